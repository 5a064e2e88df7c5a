import signal
import subprocess
import sys

from guide.examples import ROOT
from guide.testing import assert_printed, timeline

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  main: working",
    # The SIGINT at 0.5 s reached main as a cancellation of its task...
    "0.5s  main: CancelledError, cancelling() = 1",
    # ...whose cleanup could still await...
    "0.7s  main: cleaned up, re-raising",
    # ...and only then did asyncio.run raise KeyboardInterrupt.
    "0.7s  asyncio.run raised KeyboardInterrupt",
]


def run_python(*args: str, ignore_sigint: bool = False) -> subprocess.CompletedProcess[str]:
    def set_sigint() -> None:
        # Set either way: a child inherits what this process has, and a test session
        # started in the background by a shell (nohup, `&`) already ignores SIGINT.
        signal.signal(signal.SIGINT, signal.SIG_IGN if ignore_sigint else signal.SIG_DFL)

    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20,
        preexec_fn=set_sigint,
    )


def test_ctrl_c_cancels_the_main_task_then_asyncio_run_raises(reader_run):
    lines = reader_run("shutdown.ctrl_c_cancels_main")
    assert_printed(lines, EXPECTED)
    events = [label for _, label in timeline(lines)]
    assert events.index("main: cleaned up, re-raising") < events.index(
        "asyncio.run raised KeyboardInterrupt"
    )


def test_it_works_when_started_with_sigint_ignored():
    # What the restored default_int_handler is for: a parent that ignores SIGINT.
    result = run_python("-m", "snippets.shutdown.ctrl_c_cancels_main", ignore_sigint=True)
    assert result.returncode == 0, result.stderr
    assert_printed(result.stdout.splitlines(), EXPECTED)


def test_python_keeps_an_inherited_ignored_sigint_and_so_does_asyncio_run():
    code = (
        "import asyncio, signal\n"
        "async def main():\n"
        "    print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)\n"
        "print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)\n"
        "asyncio.run(main())\n"
    )
    assert run_python("-c", code, ignore_sigint=True).stdout.split() == ["True", "True"]
    assert run_python("-c", code).stdout.split() == ["False", "False"]


def test_runner_run_does_the_same_and_its_loop_runs_on():
    code = (
        "import asyncio, os, signal\n"
        "async def work():\n"
        "    asyncio.get_running_loop().call_later(0.2, os.kill, os.getpid(), signal.SIGINT)\n"
        "    try:\n"
        "        await asyncio.sleep(10)\n"
        "    except asyncio.CancelledError:\n"
        "        print('work: CancelledError')\n"
        "        raise\n"
        "async def save():\n"
        "    return id(asyncio.get_running_loop())\n"
        "with asyncio.Runner() as runner:\n"
        "    try:\n"
        "        runner.run(work())\n"
        "    except KeyboardInterrupt:\n"
        "        print('runner.run: KeyboardInterrupt')\n"
        "    print('same loop:', runner.run(save()) == id(runner.get_loop()))\n"
    )
    result = run_python("-c", code)
    assert result.stdout.splitlines() == [
        "work: CancelledError",
        "runner.run: KeyboardInterrupt",
        "same loop: True",
    ], result.stderr
