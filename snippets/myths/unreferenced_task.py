"""The event loop holds tasks only weakly: a pending task that nothing else
refers to is garbage collected before it finishes."""

import asyncio
import gc


async def wait_for_reply(reply: asyncio.Future[str]) -> None:
    print("  task: waiting for the reply")
    text = await reply
    print(f"  task: got {text!r}")


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    # What the default handler logs, without the addresses it adds.
    print(f"  event loop: {context['message']}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)

    print("create_task, result thrown away:")
    # Only the task refers to this future: nothing else ever resolves it,
    # the way a reply that a dropped connection never delivers.
    asyncio.create_task(wait_for_reply(loop.create_future()))  # noqa: RUF006
    await asyncio.sleep(0)  # the task starts and waits
    gc.collect()  # what the garbage collector does some time later
    print(f"  other tasks pending: {len(asyncio.all_tasks()) - 1}")

    print("create_task, task kept in a set:")
    running: set[asyncio.Task[None]] = set()
    reply = loop.create_future()
    task = asyncio.create_task(wait_for_reply(reply))
    running.add(task)
    task.add_done_callback(running.discard)
    del task  # only the set refers to it now
    await asyncio.sleep(0)
    gc.collect()
    print(f"  other tasks pending: {len(asyncio.all_tasks()) - 1}")
    reply.set_result("ok")
    await asyncio.gather(*running)


if __name__ == "__main__":
    asyncio.run(main())
