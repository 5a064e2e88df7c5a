"""Task.cancelling() counts pending cancel requests; uncancel() takes one
back. asyncio.timeout() relies on both."""

import asyncio


async def child() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        count = asyncio.current_task().cancelling()
        print(f"child: CancelledError, child.cancelling() = {count}")
        raise


async def main() -> None:
    me = asyncio.current_task()
    task = asyncio.create_task(child(), name="child")
    await asyncio.sleep(0.1)
    task.cancel()
    task.cancel()  # a second request: the counter goes up again
    print(f"main: child.cancelling() = {task.cancelling()}")
    try:
        await task
    except asyncio.CancelledError:
        # The child's error, or was main itself cancelled? Main's counter says.
        if me.cancelling():
            raise  # main was cancelled: let it propagate
        print(f"main: only the child; main.cancelling() = {me.cancelling()}")

    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                count = me.cancelling()
                print(f"main: timed out; main.cancelling() = {count}")
                raise
    except TimeoutError:
        # The timeout took its own request back with uncancel().
        print(f"main: TimeoutError; main.cancelling() = {me.cancelling()}")


if __name__ == "__main__":
    asyncio.run(main())
