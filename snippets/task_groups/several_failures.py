"""Two tasks fail together: both errors are in the ExceptionGroup."""

import asyncio


async def read_config() -> None:
    await asyncio.sleep(0.1)
    raise KeyError("database_url")


async def parse_port() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("port must be a number")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(read_config())
            tg.create_task(parse_port())
    # Each except* clause gets the part of the group that matches it,
    # so both clauses run.
    except* KeyError as group:
        print(f"except* KeyError:   {group.exceptions!r}")
    except* ValueError as group:
        print(f"except* ValueError: {group.exceptions!r}")
    print("main: both failures were handled")


if __name__ == "__main__":
    asyncio.run(main())
