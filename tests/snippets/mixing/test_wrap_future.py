import asyncio
import concurrent.futures

from guide.testing import assert_printed, took
from snippets.mixing import wrap_future as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "isfuture(thread future): False",
    "checksum 246 after 0.5s",
    "other tasks ran meanwhile: True",
]


def test_awaiting_a_thread_future_leaves_the_loop_free(reader_run):
    assert_printed(reader_run("mixing.wrap_future"), EXPECTED)


def test_wrap_future_gives_an_asyncio_future_with_the_threads_result(timed):
    async def probe() -> tuple[bool, int]:
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            wrapped = asyncio.wrap_future(pool.submit(example.checksum, b"a"))
            return asyncio.isfuture(wrapped), await wrapped

    (is_future, value), seconds = timed(probe())
    assert is_future
    assert value == ord("a")
    assert took(seconds, 0.5)
