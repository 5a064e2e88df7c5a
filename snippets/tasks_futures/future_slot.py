"""A Future is an empty slot for a result: someone sets it once, whoever
awaits it waits until then."""

import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()

    # 1. Set from a callback the loop runs 0.5 s from now.
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "from a callback")
    print(f"future done: {fut.done()}")
    async with asyncio.timeout(2):  # a future nobody sets waits forever
        value = await fut
    print(f"awaited {value!r} after {loop.time() - start:.1f}s")
    print(f"future done: {fut.done()}, result(): {fut.result()!r}")

    # A future is set exactly once.
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as error:
        print(f"set_result twice: InvalidStateError: {error}")

    # 2. Set from another task: one side produces, the other waits.
    reply = loop.create_future()

    async def responder() -> None:
        await asyncio.sleep(0.5)
        reply.set_result("from another task")

    start = loop.time()
    helper = asyncio.create_task(responder(), name="responder")
    async with asyncio.timeout(2):
        print(f"awaited {await reply!r} after {loop.time() - start:.1f}s")
    await helper


if __name__ == "__main__":
    asyncio.run(main())
