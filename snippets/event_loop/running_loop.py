"""get_running_loop() in coroutines; what get_event_loop() does where no
loop is running depends on the Python version."""

import asyncio
import sys
import warnings


def call_outside_a_loop(getter) -> str:
    """Call a loop getter where no loop runs; describe what happened."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loop = getter()
        except RuntimeError as error:
            return f"RuntimeError: {error}"
    # The call made a loop nobody runs: close it so nothing leaks.
    loop.close()
    asyncio.set_event_loop(None)
    warned = [f"{w.category.__name__}: {w.message}" for w in caught]
    return f"made a new loop; {'; '.join(warned) or 'no warning'}"


async def main() -> None:
    # The modern spelling: there must be a running loop here.
    loop = asyncio.get_running_loop()
    same = asyncio.get_event_loop() is loop
    print(f"in a coroutine: get_event_loop() is the running loop: {same}")


if __name__ == "__main__":
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
    getters = [asyncio.get_running_loop, asyncio.get_event_loop]
    print("before asyncio.run:")
    for getter in getters:
        print(f"  {getter.__name__}():\n    {call_outside_a_loop(getter)}")
    asyncio.run(main())
    print("after asyncio.run:")
    for getter in getters:
        print(f"  {getter.__name__}():\n    {call_outside_a_loop(getter)}")
