import asyncio
from pathlib import Path

import pytest

from guide.testing import assert_printed
from snippets.files import batch_lines as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "cron.log         7 lines",
    "db.log         310 lines",
    "web-1.log     1200 lines",
    "web-2.log      950 lines",
    "worker.log      40 lines",
    "total         2507 lines",
    "files open at once: at most 3",
]


def test_counts_sorted_by_file_name(reader_run):
    assert_printed(reader_run("files.batch_lines"), EXPECTED)


def test_counts_match_what_was_written(reader_run):
    lines = reader_run("files.batch_lines")
    counts = {line.split()[0]: int(line.split()[1]) for line in lines[:5]}
    assert counts == example.FILES


async def count_all(folder: Path, limit: int) -> tuple[list[int], int]:
    for index in range(5):
        await example.write_file(folder / f"f{index}.log", 10 * (index + 1))
    semaphore = asyncio.Semaphore(limit)
    open_files = example.OpenFiles()
    counts = await asyncio.gather(
        *(
            example.count_lines(folder / f"f{index}.log", semaphore, open_files)
            for index in range(5)
        )
    )
    return counts, open_files.peak


@pytest.mark.parametrize(("limit", "peak"), [(1, 1), (3, 3), (10, 5)])
def test_the_semaphore_is_what_limits_open_files(tmp_path, limit, peak):
    counts, seen = asyncio.run(count_all(tmp_path, limit))
    assert counts == [10, 20, 30, 40, 50]
    # Without a tight limit all five files are open at once.
    assert seen == peak
