import re
import subprocess

from ruff.__main__ import find_ruff_bin

from guide.testing import assert_printed
from snippets.mixing import blocking_heartbeat as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "time.sleep(1) in a coroutine:",
    "  the call took 1.0s",
    "  heartbeat gaps: 1.0s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s",
    "await asyncio.to_thread(time.sleep, 1):",
    "  the call took 1.0s",
    "  heartbeat gaps: 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s 0.1s",
    # 1 s blocked + ten beats, then eleven beats that outlast the 1 s in a thread.
    "both parts: 3.1s",
]


def gaps_printed(out: str) -> list[float]:
    line = next(line for line in out.splitlines() if "heartbeat gaps" in line)
    return [float(gap) for gap in re.findall(r"(\d+\.\d+)s", line)]


def test_reader_sees_the_stall_and_the_steady_beat(reader_run):
    assert_printed(reader_run("mixing.blocking_heartbeat"), EXPECTED)


def test_time_sleep_in_a_coroutine_stalls_the_heartbeat(capsys, timed):
    _, seconds = timed(example.watch(example.blocking_in_coroutine, "blocking"))
    gaps = gaps_printed(capsys.readouterr().out)
    assert len(gaps) == example.TICKS - 1
    assert gaps[0] >= 0.95  # no tick at all while time.sleep(1) ran
    assert max(gaps[1:]) < 0.5
    # The heartbeat could not tick during the call, so its ticks come after.
    assert round(seconds, 1) >= 1.8


def test_to_thread_keeps_the_heartbeat_ticking(capsys, timed):
    _, seconds = timed(example.watch(example.blocking_in_thread, "thread"))
    gaps = gaps_printed(capsys.readouterr().out)
    assert len(gaps) == example.TICKS - 1
    assert max(gaps) < 0.5  # ticked all through the 1 s call
    # The ticks overlapped the call: about 1 s in all, not 2.
    assert seconds < 1.6


def test_debug_mode_names_the_blocked_step(shared_runs):
    # The tests run examples with PYTHONASYNCIODEBUG=1 (as python -X dev
    # does): asyncio logs the step of main() that held the loop. reader_run
    # leaves such lines out; the shared run itself keeps them.
    output = shared_runs.get("mixing.blocking_heartbeat").check().output
    slow = [line for line in output.splitlines() if line.startswith("Executing <Task")]
    assert len(slow) == 1
    assert "name='Task-1' coro=<main()" in slow[0]
    assert re.search(r"took 1\.\d+ seconds$", slow[0])
    # The page: it names the line main had reached, the one that called the
    # blocking code (not the time.sleep line itself).
    source = example.__loader__.get_source(example.__name__).splitlines()
    calls = [n for n, line in enumerate(source, 1) if "await watch(blocking_in_coroutine" in line]
    assert re.search(rf"coro=<main\(\) running at \S*blocking_heartbeat\.py:{calls[0]}>", slow[0])


def test_ruff_flags_time_sleep_in_an_async_function():
    source = example.__loader__.get_source(example.__name__)
    assert "# noqa: ASYNC251" in source
    result = subprocess.run(
        [find_ruff_bin(), "check", "--isolated", "--select", "ASYNC251", "-"],
        input=source.replace("# noqa: ASYNC251", ""),
        capture_output=True,
        text=True,
        check=False,
    )
    assert "ASYNC251" in result.stdout
    assert result.returncode == 1
