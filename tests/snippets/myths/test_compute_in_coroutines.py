import asyncio

from guide.testing import assert_printed
from snippets.myths import compute_in_coroutines as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # Each job runs to its end before the next one starts: nothing overlaps.
    "gather ran the jobs: a start, a end, b start, b end, c start, c end",
    "gather faster than plain calls: False",
]


def test_gather_runs_computing_coroutines_one_after_another(reader_run):
    assert_printed(reader_run("myths.compute_in_coroutines"), EXPECTED)


def test_no_other_task_runs_while_a_job_computes():
    async def order() -> list[str]:
        trace: list[str] = []

        async def other() -> None:
            trace.append("other task")

        task = asyncio.create_task(other())
        await example.job("a", trace)  # the other task is ready all along
        await task
        return trace

    assert asyncio.run(order()) == ["a start", "a end", "other task"]
