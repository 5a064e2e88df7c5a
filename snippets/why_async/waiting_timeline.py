"""Where the time goes: a timeline of three waits, and the CPU time."""

import asyncio
import time


class Clock:
    """Prints each event with the seconds since the clock started."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def log(self, event: str) -> None:
        print(f"  {time.perf_counter() - self.wall:.1f}s  {event}")

    def summary(self) -> str:
        wall = time.perf_counter() - self.wall
        cpu = time.process_time() - self.cpu
        return f"  wall clock {wall:.1f}s, CPU busy {cpu:.1f}s"


async def fetch_user(user_id: int, clock: Clock) -> None:
    clock.log(f"start user {user_id}")
    await asyncio.sleep(
        1
    )  # stands in for I/O: the CPU has nothing to do meanwhile
    clock.log(f"done  user {user_id}")


async def main() -> None:
    print("one after another:")
    clock = Clock()
    for user_id in (1, 2, 3):
        await fetch_user(user_id, clock)
    print(clock.summary())

    print("all at once:")
    clock = Clock()
    await asyncio.gather(
        *(fetch_user(user_id, clock) for user_id in (1, 2, 3))
    )
    print(clock.summary())


if __name__ == "__main__":
    asyncio.run(main())
