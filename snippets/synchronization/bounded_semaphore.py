"""A Semaphore released once too often quietly gains a slot; a
BoundedSemaphore raises ValueError instead."""

import asyncio


async def most_at_once(semaphore: asyncio.Semaphore, tasks: int) -> int:
    inside = most = 0

    async def job() -> None:
        nonlocal inside, most
        async with semaphore:
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0.01)
            inside -= 1

    async with asyncio.TaskGroup() as group:
        for _ in range(tasks):
            group.create_task(job())
    return most


async def main() -> None:
    plain = asyncio.Semaphore(2)
    plain.release()  # a bug: a release without an acquire
    print(
        f"Semaphore(2), one release too many: "
        f"{await most_at_once(plain, 5)} at once"
    )

    bounded = asyncio.BoundedSemaphore(2)
    try:
        bounded.release()
    except ValueError as error:
        print(
            f"BoundedSemaphore(2), one release too many: ValueError: {error}"
        )
    print(f"BoundedSemaphore(2): {await most_at_once(bounded, 5)} at once")


if __name__ == "__main__":
    asyncio.run(main())
