"""await asyncio.sleep(0) is a pure yield point: without one, a CPU loop
keeps the event loop until it is done."""

import asyncio


def crunch() -> int:
    # A few milliseconds of pure computation: no await inside.
    return sum(i * i for i in range(20_000))


async def counter(name: str, order: list[str], yield_each_step: bool) -> None:
    for _ in range(3):
        crunch()
        order.append(name)
        if yield_each_step:
            await asyncio.sleep(0)  # let the loop run someone else


async def run_both(yield_each_step: bool) -> str:
    order: list[str] = []
    a = asyncio.create_task(counter("A", order, yield_each_step))
    b = asyncio.create_task(counter("B", order, yield_each_step))
    await asyncio.gather(a, b)
    return " ".join(order)


async def main() -> None:
    print(f"without sleep(0): {await run_both(yield_each_step=False)}")
    print(f"with sleep(0):    {await run_both(yield_each_step=True)}")


if __name__ == "__main__":
    asyncio.run(main())
