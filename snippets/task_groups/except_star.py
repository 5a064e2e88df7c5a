"""TaskGroup raises an ExceptionGroup, even for one failure: use except*."""

import asyncio


async def parse(text: str) -> int:
    await asyncio.sleep(0.1)
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    return int(text)


async def parse_all() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("42"))
        tg.create_task(parse("forty-two"))


async def wrong_way() -> None:
    try:
        await parse_all()
    except ValueError:  # the mistake: an ExceptionGroup is not a ValueError
        print("wrong way: except ValueError caught it")  # never printed


async def right_way() -> None:
    try:
        await parse_all()
    except* ValueError as group:
        print(f"right way: except* ValueError caught {type(group).__name__}")
        print(f"  group.exceptions = {group.exceptions!r}")


async def main() -> None:
    try:
        await wrong_way()
    except ExceptionGroup as group:
        print("wrong way: except ValueError did not catch it")
        print(f"  what escaped: {type(group).__name__}: {group}")
    await right_way()


if __name__ == "__main__":
    asyncio.run(main())
