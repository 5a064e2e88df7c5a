import asyncio

import pytest

from guide.testing import figures
from snippets.files import read_speed as example
from snippets.files.thread_hops import RecordingExecutor


def test_prints_the_file_and_that_all_ways_agree(reader_run):
    lines = reader_run("files.read_speed")
    assert "file: 5,000 lines, 239 KB" in lines
    assert "every way counted the same lines: True" in lines
    assert set(figures(lines)) == {
        "aiofiles_lines_ms",
        "aiofiles_read_ms",
        "to_thread_ms",
        "sync_ms",
        "aiofiles_per_line_us",
        "aiofiles_lines_vs_sync",
    }


def test_line_by_line_aiofiles_is_far_slower_than_one_trip(reader_run):
    # Relations that hold on a busy machine (and in debug mode, where
    # every trip to the thread pool costs even more); never exact figures.
    found = figures(reader_run("files.read_speed"))
    slow = found["aiofiles_lines_ms"]
    assert slow > 5 * found["aiofiles_read_ms"]
    assert slow > 5 * found["to_thread_ms"]
    assert slow > 5 * found["sync_ms"]
    # The page says "more than two orders of magnitude".
    assert found["aiofiles_lines_vs_sync"] > 100


def test_per_line_cost_is_the_total_over_the_lines(reader_run):
    found = figures(reader_run("files.read_speed"))
    per_line = found["aiofiles_lines_ms"] * 1000 / example.LINES
    assert abs(found["aiofiles_per_line_us"] - per_line) < 0.2


@pytest.mark.parametrize(
    ("count_lines", "trips"),
    [
        (example.aiofiles_read, 3),  # open, read, close
        (example.to_thread, 1),
        (example.plain, 0),
    ],
)
def test_the_fast_ways_make_a_few_thread_trips_whatever_the_length(tmp_path, count_lines, trips):
    """The page: the fast ways make a fixed handful of round trips to a
    thread (or none), however many lines; line by line makes one per line."""

    async def trips_for(lines: int, how) -> int:
        pool = RecordingExecutor()
        asyncio.get_running_loop().set_default_executor(pool)
        path = tmp_path / f"{lines}.log"
        path.write_text("x\n" * lines, encoding="utf-8")
        assert await how(path) == lines
        pool.shutdown()
        return len(pool.calls)

    assert asyncio.run(trips_for(10, count_lines)) == trips
    assert asyncio.run(trips_for(1000, count_lines)) == trips
    assert asyncio.run(trips_for(1000, example.aiofiles_lines)) > 1000
