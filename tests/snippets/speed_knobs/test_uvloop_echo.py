import asyncio

import pytest

from guide.testing import figures, printed_in_process
from snippets.speed_knobs import uvloop_echo as example

NAMES = [
    "round_trips_asyncio_s",
    "round_trips_uvloop_s",
    "sleepers_asyncio_s",
    "sleepers_uvloop_s",
    "round_trips_speedup",
    "sleepers_speedup",
]


@pytest.fixture(scope="module")
def build_run() -> list[str]:
    """What the example prints run as the build runs it."""
    return printed_in_process(example.main)


def test_uvloop_speeds_up_loop_work_not_waiting(build_run):
    assert build_run[0] == "3000 TCP round trips; 500 tasks sleeping 0.2s"
    found = figures(build_run)
    assert list(found) == NAMES
    # Round trips are the loop's own work: uvloop does it faster.
    assert found["round_trips_speedup"] >= 1.2
    # 500 sleeping tasks: the 0.2 s wait is nearly all of it, on both loops.
    for loop in ("asyncio", "uvloop"):
        assert 0.2 <= found[f"sleepers_{loop}_s"] < 0.2 + 0.15
    assert found["sleepers_speedup"] < 1.2
    assert "round_trips: uvloop faster" in build_run
    assert "sleepers: no gain" in build_run


def test_the_printed_speedups_match_the_printed_times(build_run):
    found = figures(build_run)
    for work in ("round_trips", "sleepers"):
        ratio = found[f"{work}_asyncio_s"] / found[f"{work}_uvloop_s"]
        # The times are printed rounded: allow for that.
        assert found[f"{work}_speedup"] == pytest.approx(ratio, rel=0.03)


def test_each_way_really_runs_on_its_loop():
    async def loop_name() -> str:
        return type(asyncio.get_running_loop()).__module__.split(".")[0]

    for name, new_loop in example.LOOPS.items():
        with asyncio.Runner(loop_factory=new_loop) as runner:
            assert runner.run(loop_name()) == name


def test_debug_run_prints_every_figure(reader_run):
    lines = reader_run("speed_knobs.uvloop_echo")
    assert set(NAMES) <= set(figures(lines))
