"""Three one-second waits, one after another and then all at once."""

import asyncio
import time


async def fetch_user(user_id: int) -> dict[str, object]:
    # asyncio.sleep stands in for a network or database call that takes 1 s.
    await asyncio.sleep(1)
    return {"id": user_id, "name": f"user-{user_id}"}


async def sequential() -> list[dict[str, object]]:
    # Each await waits for its call to finish before the next one starts.
    return [await fetch_user(1), await fetch_user(2), await fetch_user(3)]


async def concurrent() -> list[dict[str, object]]:
    # gather starts all three, then waits for all of them.
    return await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3))


async def main() -> None:
    for strategy in (sequential, concurrent):
        started = time.perf_counter()
        users = await strategy()
        elapsed = time.perf_counter() - started
        print(f"{strategy.__name__}: {len(users)} users in {elapsed:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
