"""asyncio.wait returns (done, pending) sets; return_when decides when."""

import asyncio


async def job(delay: float, fails: bool = False) -> str:
    await asyncio.sleep(delay)
    if fails:
        raise ValueError("broke")
    return "ok"


def names(tasks: set[asyncio.Task[str]]) -> list[str]:
    # Sets have no order: sort the names so the output is stable.
    return sorted(task.get_name() for task in tasks)


def outcome(task: asyncio.Task[str]) -> str:
    # Reading exception() also marks it as retrieved: no warning later.
    error = task.exception()
    return f"raised {error!r}" if error else f"returned {task.result()!r}"


async def demo(return_when: str) -> None:
    tasks = {
        # 0.3 s apart: a busy machine does not make two finish together.
        asyncio.create_task(job(0.1), name="fast"),
        asyncio.create_task(job(0.4, fails=True), name="fails"),
        asyncio.create_task(job(0.7), name="slow"),
    }
    done, pending = await asyncio.wait(tasks, return_when=return_when)
    print(f"{return_when}: done={names(done)} pending={names(pending)}")
    for task in sorted(done, key=asyncio.Task.get_name):
        print(f"  {task.get_name()} {outcome(task)}")
    # wait never cancels anything: cancel what is left and wait for it.
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def main() -> None:
    for return_when in (
        asyncio.FIRST_COMPLETED,
        asyncio.FIRST_EXCEPTION,
        asyncio.ALL_COMPLETED,  # the default
    ):
        await demo(return_when)


if __name__ == "__main__":
    asyncio.run(main())
