"""gather(return_exceptions=True) returns errors as results; TaskGroup has
no such option."""

import asyncio
import inspect


async def job(name: str) -> str:
    await asyncio.sleep(0.1)
    if name == "b":
        raise ValueError(f"{name} failed")
    return f"{name} ok"


async def main() -> None:
    results = await asyncio.gather(
        job("a"), job("b"), job("c"), return_exceptions=True
    )
    print(f"gather results: {results!r}")
    for result in results:
        kind = "error" if isinstance(result, BaseException) else "value"
        print(f"  {kind}: {result!r}")
    print(
        f"TaskGroup takes no options: TaskGroup"
        f"{inspect.signature(asyncio.TaskGroup)}"
    )


if __name__ == "__main__":
    asyncio.run(main())
