"""Name your tasks: get_name, set_name, current_task and all_tasks."""

import asyncio


async def fetch(page: int) -> None:
    me = asyncio.current_task()
    print(f"  {me.get_name()}: fetching page {page}")
    await asyncio.sleep(0.2)


def running_names() -> list[str]:
    # all_tasks() is a set: sort the names for a stable order.
    return sorted(task.get_name() for task in asyncio.all_tasks())


async def main() -> None:
    # asyncio.run gave main's task a default name; give it a real one.
    asyncio.current_task().set_name("main")

    tasks = [
        asyncio.create_task(fetch(page), name=f"fetch-{page}")
        for page in (1, 2)
    ]
    tasks.append(asyncio.create_task(fetch(3)))  # no name given
    tasks[-1].set_name("fetch-3")
    print(f"task names: {[task.get_name() for task in tasks]}")
    print(f"all_tasks(): {running_names()}")

    await asyncio.gather(*tasks)
    print(f"all_tasks() after gather: {running_names()}")


if __name__ == "__main__":
    asyncio.run(main())
