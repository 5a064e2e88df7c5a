import re

from guide.testing import assert_printed, late_by_at_most
from snippets.why_async import waiting_timeline as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "one after another:",
    "  0.0s  start user 1",
    "  1.0s  done  user 1",
    "  1.0s  start user 2",
    "  2.0s  done  user 2",
    "  2.0s  start user 3",
    "  3.0s  done  user 3",
    "  wall clock 3.0s, CPU busy 0.0s",
    "all at once:",
    "  0.0s  start user 1",
    "  0.0s  start user 2",
    "  0.0s  start user 3",
    "  1.0s  done  user 1",
    "  1.0s  done  user 2",
    "  1.0s  done  user 3",
    "  wall clock 1.0s, CPU busy 0.0s",
]


def parse(lines: list[str]) -> dict[str, list[tuple[float, str]]]:
    """Events per part of the output: {"all at once:": [(0.0, "start user 1"), ...]}."""
    parts: dict[str, list[tuple[float, str]]] = {}
    for line in lines:
        if not line.startswith(" "):
            current = parts.setdefault(line, [])
        elif match := re.fullmatch(r"\s+([\d.]+)s\s+(.+)", line):
            current.append((float(match[1]), match[2]))
    return parts


def test_sequential_waits_run_end_to_end(capsys, timed):
    timed(example.main())
    events = parse(capsys.readouterr().out.splitlines())["one after another:"]
    expected = [
        (0.0, "start user 1"),
        (1.0, "done  user 1"),
        (1.0, "start user 2"),
        (2.0, "done  user 2"),
        (2.0, "start user 3"),
        (3.0, "done  user 3"),
    ]
    assert [event for _, event in events] == [event for _, event in expected]
    # Each wait starts when the one before ended (within a busy machine's jitter).
    assert late_by_at_most([at for at, _ in events], [at for at, _ in expected]), events


def test_concurrent_waits_start_together_and_end_together(reader_run):
    events = parse(reader_run("why_async.waiting_timeline"))["all at once:"]
    starts = [at for at, label in events if label.startswith("start")]
    ends = [at for at, label in events if label.startswith("done")]
    assert sorted(label for _, label in events) == sorted(
        [f"start user {i}" for i in (1, 2, 3)] + [f"done  user {i}" for i in (1, 2, 3)]
    )
    # All three start at once and end one second later: a timer is never early.
    assert late_by_at_most(starts, [0.0] * 3), events
    assert late_by_at_most(ends, [1.0] * 3), events


def test_waiting_keeps_the_cpu_idle(reader_run):
    summaries = [line for line in reader_run("why_async.waiting_timeline") if "wall clock" in line]
    assert_printed(
        summaries,
        [
            "  wall clock 3.0s, CPU busy 0.0s",
            "  wall clock 1.0s, CPU busy 0.0s",
        ],
    )
    # The CPU figure is exact: waiting costs none of it.
    assert all(line.endswith("CPU busy 0.0s") for line in summaries)


def test_prints_what_the_page_shows(reader_run):
    assert_printed(reader_run("why_async.waiting_timeline"), EXPECTED)
