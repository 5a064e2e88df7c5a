import re

from snippets.why_async import waiting_timeline as example


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
    assert all(abs(at - want) <= 0.3 for (at, _), (want, _) in zip(events, expected, strict=True))


def test_concurrent_waits_start_together_and_end_together(reader_run):
    events = parse(reader_run("why_async.waiting_timeline"))["all at once:"]
    assert sorted(events) == [(0.0, f"start user {i}") for i in (1, 2, 3)] + [
        (1.0, f"done  user {i}") for i in (1, 2, 3)
    ]


def test_waiting_keeps_the_cpu_idle(reader_run):
    summaries = [line for line in reader_run("why_async.waiting_timeline") if "wall clock" in line]
    assert summaries == [
        "  wall clock 3.0s, CPU busy 0.0s",
        "  wall clock 1.0s, CPU busy 0.0s",
    ]
