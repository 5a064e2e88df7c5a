import pytest

from guide.testing import figures, printed_in_process
from snippets.speed_knobs import keep_alive as example

NAMES = [
    "keep_alive_connections",
    "force_close_connections",
    "keep_alive_s",
    "force_close_s",
    "keep_alive_speedup",
]


@pytest.fixture(scope="module")
def build_run(local_services) -> list[str]:
    """What the example prints run as the build runs it."""
    return printed_in_process(example.main)


def test_keep_alive_opens_one_connection_and_saves_time(build_run):
    assert build_run[0] == "300 requests to /get, one after another"
    found = figures(build_run)
    assert list(found) == NAMES
    assert found["keep_alive_connections"] == 1
    assert found["force_close_connections"] == example.REQUESTS
    # Even on this machine's loopback, where a connection costs the least.
    assert found["keep_alive_speedup"] >= 1.2
    assert build_run[-1] == "keep-alive: faster"


def test_the_printed_speedup_matches_the_printed_times(build_run):
    found = figures(build_run)
    ratio = found["force_close_s"] / found["keep_alive_s"]
    # The times are printed rounded: allow for that.
    assert found["keep_alive_speedup"] == pytest.approx(ratio, rel=0.03)


def test_debug_run_prints_every_figure(reader_run):
    lines = reader_run("speed_knobs.keep_alive")
    assert set(NAMES) <= set(figures(lines))
