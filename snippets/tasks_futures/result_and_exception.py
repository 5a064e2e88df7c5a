"""What result() and exception() return, or raise, in each task state."""

import asyncio


async def succeeds() -> int:
    await asyncio.sleep(0.1)
    return 42


async def fails() -> int:
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


def call(task: asyncio.Task, method: str) -> str:
    """Call task.result() or task.exception(); describe what happened."""
    try:
        value = getattr(task, method)()
    except asyncio.CancelledError:
        # CancelledError carries no message here: print its type only.
        return "raises CancelledError"
    except (asyncio.InvalidStateError, ValueError) as error:
        return f"raises {type(error).__name__}: {error}"
    return f"returns {value!r}"


def report(state: str, task: asyncio.Task) -> None:
    for method in ("result", "exception"):
        print(f"{state:<10} {method + '()':<12} {call(task, method)}")


async def main() -> None:
    pending = asyncio.create_task(succeeds(), name="pending")
    report("pending", pending)
    await pending

    done = asyncio.create_task(succeeds(), name="done")
    failed = asyncio.create_task(fails(), name="failed")
    cancelled = asyncio.create_task(succeeds(), name="cancelled")
    cancelled.cancel()
    # Wait for all three to finish, whatever their outcome.
    await asyncio.wait([done, failed, cancelled], timeout=2)

    report("done", done)
    report("failed", failed)
    report("cancelled", cancelled)


if __name__ == "__main__":
    asyncio.run(main())
