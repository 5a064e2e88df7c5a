"""asyncio.run: creates an event loop, runs main, closes the loop."""

import asyncio


async def main() -> int:
    loop = asyncio.get_running_loop()
    print(f"  inside main: a loop is running: {loop.is_running()}")
    await asyncio.sleep(0.1)
    return 42


def loop_outside_main() -> str:
    try:
        asyncio.get_running_loop()
    except RuntimeError as error:
        return f"RuntimeError: {error}"
    return "a loop is running"


if __name__ == "__main__":
    print(f"before asyncio.run: {loop_outside_main()}")
    print(f"asyncio.run returned {asyncio.run(main())}")
    # Each call gets a fresh loop, so calling it again in sequence works.
    print(f"asyncio.run again returned {asyncio.run(main())}")
    print(f"after asyncio.run: {loop_outside_main()}")
