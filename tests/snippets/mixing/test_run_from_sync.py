import asyncio
import gc
import warnings

import pytest

from guide.testing import assert_printed
from snippets.mixing import run_from_sync as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "sync caller: ['a: ok', 'b: ok', 'c: ok'] in 0.5s",
    "async caller: ['d: ok', 'e: ok']",
    "fetch_all_sync in a coroutine raised RuntimeError:",
    "  in async code, await fetch_all() instead",
]


def test_sync_and_async_callers(reader_run):
    assert_printed(reader_run("mixing.run_from_sync"), EXPECTED)


def test_plain_code_can_call_it_again_and_again():
    # Each call starts and closes a loop of its own.
    assert example.fetch_all_sync(["x"]) == ["x: ok"]
    assert example.fetch_all_sync(["y"]) == ["y: ok"]
    with pytest.raises(RuntimeError, match="no running event loop"):
        asyncio.get_running_loop()


def test_refuses_inside_a_loop_without_a_never_awaited_warning(capsys):
    # It checks for a running loop before it makes the coroutine, so there
    # is no coroutine left behind to warn about. That warning comes from the
    # coroutine's finaliser, where an error cannot propagate (pytest would only
    # report it as "unraisable"): record warnings instead, and collect garbage
    # before the recording ends.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(example.main())
        gc.collect()
    assert "raised RuntimeError" in capsys.readouterr().out
    assert [str(w.message) for w in caught if "never awaited" in str(w.message)] == []


def test_plain_asyncio_run_inside_a_loop_fails():
    async def nested() -> None:
        coro = example.fetch_all(["x"])
        with pytest.raises(RuntimeError, match="running event loop"):
            asyncio.run(coro)
        coro.close()

    asyncio.run(nested())
