import subprocess
import sys

from guide.testing import assert_printed
from snippets.pitfalls import ruff_findings as example

EXPECTED = [
    "$ ruff check --isolated --no-cache --ignore-noqa --select ASYNC,RUF006 "
    "--output-format concise snippets/mixing/blocking_heartbeat.py "
    "snippets/pitfalls/lost_task.py",
    "snippets/mixing/blocking_heartbeat.py:22:5: ASYNC251 Async functions "
    "should not call `time.sleep`",
    "snippets/pitfalls/lost_task.py:43:5: RUF006 Store a reference to the "
    "return value of `asyncio.create_task`",
    "Found 2 errors.",
    "exit code: 1",
]


def test_ruff_flags_the_blocking_call_and_the_dropped_task(reader_run):
    assert_printed(reader_run("pitfalls.ruff_findings"), EXPECTED)


def test_each_finding_points_at_the_mistake():
    # The line numbers above must be the mistakes the pages show, not lines
    # that moved when someone edited the examples.
    mistakes = {
        "snippets/mixing/blocking_heartbeat.py": "time.sleep(1)",
        "snippets/pitfalls/lost_task.py": "asyncio.create_task(wait_for_reply",
    }
    for line in EXPECTED[1:3]:
        path, number, _ = line.split(":", 2)
        source = (example.PROJECT / path).read_text(encoding="utf-8")
        assert mistakes[path] in source.splitlines()[int(number) - 1]


def test_without_ignore_noqa_the_examples_stay_quiet():
    # Why the example passes --ignore-noqa: each bad example silences the
    # rule on its mistake, so the project's own lint stays clean.
    args = [a for a in example.RUFF_ARGS if a != "--ignore-noqa"]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, *example.BAD_EXAMPLES],
        cwd=example.PROJECT,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "All checks passed!")
