import os
from itertools import pairwise

from guide.testing import assert_printed
from snippets.subprocesses import stream_lines as example

EXPECTED = [
    "0.0s  line 1 (child running)",
    "0.3s  line 2 (child running)",
    "0.6s  line 3 (child running)",
]


def test_reader_sees_lines_as_the_child_prints_them(reader_run):
    assert_printed(reader_run("subprocesses.stream_lines"), EXPECTED)


def env_without_unbuffered() -> dict[str, str]:
    # The build and the tests run examples with PYTHONUNBUFFERED=1, which a child
    # inherits; a reader's shell usually does not set it.
    return {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def test_each_line_arrives_before_the_next_is_printed(timed):
    arrivals, _ = timed(example.stream(env=env_without_unbuffered()))
    seconds = [at for at, _, _ in arrivals]
    assert [line for _, line, _ in arrivals] == ["line 1", "line 2", "line 3"]
    # 0.3 s apart: read as printed, not all at the end.
    assert all(b - a >= 0.25 for a, b in pairwise(seconds))
    assert all(running for _, _, running in arrivals)


def test_without_flush_the_lines_arrive_together_at_exit(timed):
    unflushed = example.TICKER.replace(", flush=True", "")
    assert unflushed != example.TICKER
    arrivals, _ = timed(example.stream(unflushed, env=env_without_unbuffered()))
    seconds = [at for at, _, _ in arrivals]
    assert len(seconds) == 3
    # The child's buffer is written out when it exits: no gaps of 0.3 s.
    assert seconds[-1] < 0.1


def test_pythonunbuffered_in_the_child_env_does_what_flush_does(timed):
    unflushed = example.TICKER.replace(", flush=True", "")
    env = env_without_unbuffered() | {"PYTHONUNBUFFERED": "1"}
    arrivals, _ = timed(example.stream(unflushed, env=env))
    seconds = [at for at, _, _ in arrivals]
    assert all(b - a >= 0.25 for a, b in pairwise(seconds))
