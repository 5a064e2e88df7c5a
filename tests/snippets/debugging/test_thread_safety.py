import asyncio
import threading

from guide.testing import assert_printed
from snippets.debugging import thread_safety as example

EXPECTED = [
    "worker: RuntimeError: Non-thread-safe operation invoked on an event "
    "loop other than the current one",
    "loop: hello from the worker, thread-safely",
    "worker: run_coroutine_threadsafe gave 42",
    "main: done",
]


def test_debug_mode_rejects_call_soon_from_another_thread(reader_run):
    assert_printed(reader_run("debugging.thread_safety"), EXPECTED)


def test_without_debug_mode_the_wrong_call_is_not_caught():
    accepted = []

    async def call_soon_from_a_thread() -> None:
        loop = asyncio.get_running_loop()
        loop.set_debug(False)
        thread = threading.Thread(
            target=lambda: accepted.append(loop.call_soon(example.greet, "x"))
        )
        thread.start()
        await asyncio.to_thread(thread.join)

    asyncio.run(call_soon_from_a_thread())
    assert len(accepted) == 1  # no RuntimeError: the mistake goes unseen
