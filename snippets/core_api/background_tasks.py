"""Fire-and-forget tasks: keep a strong reference in a set until each one is
done, because the event loop only keeps weak references to tasks."""

import asyncio

background_tasks: set[asyncio.Task[None]] = set()


async def send_email(to: str, delay: float) -> None:
    await asyncio.sleep(delay)  # stands in for talking to a mail server
    print(f"  sent to {to}")


def report(task: asyncio.Task[None]) -> None:
    # Runs after the discard callback: callbacks run in the order added.
    print(f"  {task.get_name()} done, {len(background_tasks)} left in the set")


async def main() -> None:
    for to, delay in [("ada", 0.1), ("bob", 0.2), ("cy", 0.3)]:
        task = asyncio.create_task(send_email(to, delay), name=f"email-{to}")
        # The pattern: a strong reference while it runs, dropped when done.
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
        task.add_done_callback(report)  # only to show the set shrinking
    print(f"main: {len(background_tasks)} tasks in background_tasks")

    # Before the program ends, wait for whatever is still running.
    await asyncio.gather(*background_tasks)
    print(f"main: background_tasks is empty: {not background_tasks}")


if __name__ == "__main__":
    asyncio.run(main())
