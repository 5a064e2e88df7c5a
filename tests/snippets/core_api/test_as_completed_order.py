import asyncio
import sys

import pytest

from guide.testing import assert_printed
from snippets.core_api import as_completed_order as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "next to finish: 'result of b'",
    "next to finish: 'result of c'",
    "next to finish: 'result of a'",
]


def test_results_arrive_in_completion_order(reader_run):
    assert_printed(reader_run("core_api.as_completed_order"), EXPECTED)


def test_each_result_is_available_as_soon_as_it_finishes(timed):
    async def arrival_times() -> list[float]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        tasks = [
            asyncio.create_task(example.fetch("a", 0.6)),
            asyncio.create_task(example.fetch("b", 0.2)),
        ]
        times = []
        for next_done in asyncio.as_completed(tasks):
            await next_done
            times.append(loop.time() - started)
        return times

    (first, second), _ = timed(arrival_times())
    # The fast result did not wait for the slow one.
    assert 0.2 <= first < 0.4
    assert second >= 0.6


def test_plain_for_yields_new_awaitables_not_the_tasks():
    async def plain_for() -> list[bool]:
        tasks = [asyncio.create_task(example.fetch("a", 0.1))]
        originals = []
        for next_done in asyncio.as_completed(tasks):
            originals.append(any(next_done is task for task in tasks))
            await next_done
        return originals

    assert asyncio.run(plain_for()) == [False]


def test_a_failure_is_raised_when_its_turn_comes():
    async def fails() -> None:
        await asyncio.sleep(0.1)
        raise ValueError("broke")

    async def collect() -> list[str]:
        tasks = [
            asyncio.create_task(fails()),
            asyncio.create_task(example.fetch("b", 0.2)),
        ]
        seen = []
        for next_done in asyncio.as_completed(tasks):
            try:
                seen.append(await next_done)
            except ValueError as error:
                seen.append(f"raised {error}")
        return seen

    assert asyncio.run(collect()) == ["raised broke", "result of b"]


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="works on 3.13+")
def test_async_for_is_a_type_error_before_3_13():
    async def try_async_for() -> None:
        task = asyncio.create_task(example.fetch("a", 0.1))
        with pytest.raises(TypeError, match="'async for' requires"):
            async for _ in asyncio.as_completed([task]):
                pass
        await task

    asyncio.run(try_async_for())
