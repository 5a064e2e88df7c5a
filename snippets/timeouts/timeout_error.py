"""asyncio.TimeoutError is the builtin TimeoutError (since Python 3.11):
either spelling catches the timeouts asyncio raises."""

import asyncio


async def too_slow() -> None:
    await asyncio.sleep(1)


async def main() -> None:
    same = asyncio.TimeoutError is TimeoutError
    print(f"asyncio.TimeoutError is TimeoutError: {same}")

    try:  # the older spelling, as many tutorials write it
        await asyncio.wait_for(too_slow(), timeout=0.1)
    except asyncio.TimeoutError as error:  # noqa: UP041 (on purpose)
        print(f"except asyncio.TimeoutError: wait_for raised {error!r}")

    try:  # the modern spelling
        async with asyncio.timeout(0.1):
            await too_slow()
    except TimeoutError as error:
        print(f"except TimeoutError: timeout() raised {error!r}")

    # The same class that socket and OS-level timeouts raise.
    print(f"subclass of OSError: {issubclass(TimeoutError, OSError)}")


if __name__ == "__main__":
    asyncio.run(main())
