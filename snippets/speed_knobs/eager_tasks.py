"""With eager_task_factory (Python 3.12+), create_task runs the coroutine at
once: one that returns without waiting is done before create_task returns."""

import asyncio

cache = {"a": "cached a"}


async def lookup(key: str) -> str:
    print(f"  lookup {key}: starts")
    if key in cache:
        return cache[key]  # no await: it ends in its first step
    await asyncio.sleep(0.1)  # stands in for a network call
    cache[key] = f"fetched {key}"
    return cache[key]


async def two_lookups(factory: str) -> None:
    print(f"{factory} tasks:")
    hit = asyncio.create_task(lookup("a"))
    miss = asyncio.create_task(lookup("b"))
    print(f"  created: hit done {hit.done()}, miss done {miss.done()}")
    print(f"  results: {await hit}, {await miss}")


async def main() -> None:
    await two_lookups("default")
    del cache["b"]  # a miss again for the eager round
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    await two_lookups("eager")
    loop.set_task_factory(None)  # back to the default factory


if __name__ == "__main__":
    asyncio.run(main())
