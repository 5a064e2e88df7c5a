"""An async context manager by hand: __aenter__ and __aexit__. What
__aexit__ returns decides whether an exception goes on."""

import asyncio
from types import TracebackType


class Session:
    """Opens on entry, closes on exit, whatever happened in the block."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_open = False

    async def __aenter__(self) -> "Session":
        await asyncio.sleep(0.01)  # connect
        self.is_open = True
        print(f"{self.name}: opened")
        return self  # what `as` binds

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        await asyncio.sleep(0.01)  # say goodbye to the server
        self.is_open = False
        got = exc_type.__name__ if exc_type else "None"
        print(f"{self.name}: closed, __aexit__ got {got}")
        return False  # never hide the caller's exception


class Ignore:
    """Like contextlib.suppress, async: swallows the given exceptions."""

    def __init__(self, *kinds: type[Exception]) -> None:
        self.kinds = kinds

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        # True swallows the exception; only the kinds asked for, never
        # CancelledError or KeyboardInterrupt.
        return exc_type is not None and issubclass(exc_type, self.kinds)


async def main() -> None:
    async with Session("s1") as session:
        print(f"s1: open inside the block: {session.is_open}")
    print(f"s1: open after the block: {session.is_open}")

    try:
        async with Session("s2"):
            raise KeyError("user")
    except KeyError as error:
        print(f"s2: caller caught {error!r}")

    async with Ignore(ValueError):
        raise ValueError("bad input")
    print("after Ignore(ValueError): no exception reached main")

    try:
        async with Ignore(ValueError):
            raise KeyError("other")
    except KeyError as error:
        print(f"Ignore(ValueError) let {error!r} through")


if __name__ == "__main__":
    asyncio.run(main())
