"""Two tasks fail together: both errors are in the ExceptionGroup."""

import asyncio


async def read_config(go: asyncio.Event) -> None:
    await go.wait()
    raise KeyError("database_url")


async def parse_port(go: asyncio.Event) -> None:
    await go.wait()
    raise ValueError("port must be a number")


async def main() -> None:
    # Both tasks wake on the same event, so they fail in the same step of
    # the event loop, before the group gets a chance to cancel either.
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(read_config(go))
            tg.create_task(parse_port(go))
            asyncio.get_running_loop().call_later(0.1, go.set)
    # Each except* clause gets the part of the group that matches it,
    # so both clauses run.
    except* KeyError as group:
        print(f"except* KeyError:   {group.exceptions!r}")
    except* ValueError as group:
        print(f"except* ValueError: {group.exceptions!r}")
    print("main: both failures were handled")


if __name__ == "__main__":
    asyncio.run(main())
