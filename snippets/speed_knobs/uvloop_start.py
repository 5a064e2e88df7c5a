"""Starting a program on uvloop's event loop: uvloop.run, or asyncio.Runner
with loop_factory (Python 3.11). Each way starts a loop in a worker thread,
so that one run of this module shows them side by side."""

import asyncio

import uvloop


async def which_loop() -> str:
    loop = asyncio.get_running_loop()
    return f"{type(loop).__module__}.{type(loop).__qualname__}"


def with_uvloop_run() -> str:
    # uvloop's own entry point: asyncio.run, on a uvloop loop.
    return uvloop.run(which_loop())


def with_runner() -> str:
    # asyncio.Runner calls loop_factory to make its loop.
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(which_loop())


async def main() -> None:
    print(f"asyncio.run: {await which_loop()}")
    # A thread may run an event loop of its own: each way starts one.
    for start in (with_uvloop_run, with_runner):
        print(f"{start.__name__}: {await asyncio.to_thread(start)}")


if __name__ == "__main__":
    asyncio.run(main())
