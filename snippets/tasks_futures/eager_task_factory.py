"""create_eager_task_factory(): a task factory that makes eager tasks of
your own Task class, here one that counts the tasks it made
(Python 3.12+)."""

import asyncio

CACHE = {"config": "cached value"}


class CountedTask(asyncio.Task):
    made = 0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        CountedTask.made += 1


async def lookup(key: str) -> str:
    if key in CACHE:
        return CACHE[key]  # finishes without ever waiting
    await asyncio.sleep(0.1)  # stand-in for a network call
    return f"{key} fetched"


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.create_eager_task_factory(CountedTask))
    cached = asyncio.create_task(lookup("config"))
    fetched = asyncio.create_task(lookup("user"))
    print(f"create_task made a {type(cached).__name__}")
    print(f"cached: done right after create_task: {cached.done()}")
    print(f"fetched: done right after create_task: {fetched.done()}")
    print(f"results: {await asyncio.gather(cached, fetched)}")
    print(f"tasks made by the factory: {CountedTask.made}")


if __name__ == "__main__":
    asyncio.run(main())
