import os
import signal
import subprocess
import sys

from guide.examples import ROOT
from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  main: serving until SIGINT or SIGTERM",
    # Woken by the event, not cancelled: cancelling() is 0.
    "0.3s  main: woke up for SIGINT, cancelling() = 0",
    "0.5s  main: shut down, returning normally",
    "0.5s  asyncio.run returned: exit code 0",
]


def test_ctrl_c_wakes_main_instead_of_cancelling_it(reader_run):
    assert_printed(reader_run("shutdown.stop_on_either_signal"), EXPECTED)


def test_a_sigterm_from_outside_stops_it_the_same_way():
    # The example's main in a child process, its own Ctrl-C moved out of the way,
    # so only the SIGTERM this test sends can wake it.
    code = (
        "import asyncio\n"
        "from snippets.shutdown import stop_on_either_signal as example\n"
        "example.CTRL_C_AFTER = 60\n"
        "asyncio.run(example.main())\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        first = process.stdout.readline()  # the handlers are installed
        assert first.endswith("main: serving until SIGINT or SIGTERM\n")
        process.send_signal(signal.SIGTERM)
        rest = process.stdout.read().splitlines()
        assert process.wait(timeout=10) == 0
    assert [line.partition("  ")[2] for line in rest] == [
        "main: woke up for SIGTERM, cancelling() = 0",
        "main: shut down, returning normally",
    ]
