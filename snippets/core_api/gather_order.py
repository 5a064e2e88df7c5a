"""asyncio.gather returns results in the order of its arguments, not in the
order the awaitables finish."""

import asyncio


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"  {name} finished after {delay}s")
    return f"result of {name}"


async def main() -> None:
    # "a" is the slowest and finishes last, yet its result comes first.
    results = await asyncio.gather(
        fetch("a", 0.3),
        fetch("b", 0.1),
        fetch("c", 0.2),
    )
    print(f"gather returned {results}")


if __name__ == "__main__":
    asyncio.run(main())
