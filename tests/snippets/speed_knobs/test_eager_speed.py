import asyncio
import contextlib
import io

import pytest

from guide.testing import figures, printed_in_process
from snippets.speed_knobs import eager_speed as example

NAMES = [
    "hits_default_ms",
    "hits_eager_ms",
    "waits_default_ms",
    "waits_eager_ms",
    "hits_speedup",
    "waits_speedup",
]


@pytest.fixture(scope="module")
def build_run() -> list[str]:
    """What the example prints run as the build runs it."""
    return printed_in_process(example.main)


def test_eager_pays_off_only_for_tasks_that_end_at_once(build_run):
    assert build_run[0] == "5000 tasks that return at once; 500 that wait 0.1s"
    found = figures(build_run)
    assert list(found) == NAMES
    assert found["hits_speedup"] >= 1.2
    assert "hits: eager faster" in build_run
    # Waiting tasks: the 0.1 s wait is nearly all of it, with either factory.
    for factory in ("default", "eager"):
        assert 100 <= found[f"waits_{factory}_ms"] < 200
    assert found["waits_speedup"] < 1.2
    assert "waits: no gain" in build_run


def test_the_printed_speedups_match_the_printed_times(build_run):
    found = figures(build_run)
    for job in ("hits", "waits"):
        ratio = found[f"{job}_default_ms"] / found[f"{job}_eager_ms"]
        # The times are printed rounded: allow for that.
        assert found[f"{job}_speedup"] == pytest.approx(ratio, rel=0.03)


def test_main_puts_the_default_factory_back():
    async def factory_after() -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            await example.main()
        return asyncio.get_running_loop().get_task_factory()

    assert asyncio.run(factory_after()) is None


def test_debug_run_prints_every_figure(reader_run):
    lines = reader_run("speed_knobs.eager_speed")
    assert set(NAMES) <= set(figures(lines))
