"""asyncio.sleep(delay, result) returns result; sleep(0) lets other tasks
run."""

import asyncio


async def count(name: str, order: list[str], yield_each_step: bool) -> None:
    for step in (1, 2, 3):
        order.append(f"{name}{step}")
        if yield_each_step:
            await asyncio.sleep(0)  # give the other task a turn


async def two_counters(yield_each_step: bool) -> str:
    order: list[str] = []
    await asyncio.gather(
        count("a", order, yield_each_step),
        count("b", order, yield_each_step),
    )
    return " ".join(order)


async def main() -> None:
    value = await asyncio.sleep(0.1, result="wake-up value")
    print(f"asyncio.sleep(0.1, result=...) returned {value!r}")

    # Without an await in the loop, a runs all its steps before b starts.
    print(f"without sleep(0): {await two_counters(yield_each_step=False)}")
    print(f"with sleep(0):    {await two_counters(yield_each_step=True)}")


if __name__ == "__main__":
    asyncio.run(main())
