"""gather(return_exceptions=True): exceptions come back as values, in place."""

import asyncio


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if name == "b":
        raise ValueError(f"{name} failed")
    return f"result of {name}"


async def main() -> None:
    results = await asyncio.gather(
        fetch("a", 0.3),
        fetch("b", 0.1),
        fetch("c", 0.2),
        return_exceptions=True,
    )
    # No exception was raised here: check each value yourself.
    for name, result in zip("abc", results, strict=True):
        if isinstance(result, Exception):
            print(f"{name}: raised {type(result).__name__}: {result}")
        else:
            print(f"{name}: returned {result!r}")


if __name__ == "__main__":
    asyncio.run(main())
