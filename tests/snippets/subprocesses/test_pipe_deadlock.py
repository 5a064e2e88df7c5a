import asyncio
import sys

from guide.testing import assert_printed, child_left_behind
from snippets.subprocesses import pipe_deadlock as example

EXPECTED = [
    "wait(): child exited within 1.0s: False",
    "communicate(): read 1000000 bytes, exit code 0",
]


def test_reader_sees_wait_stuck_and_communicate_finish(reader_run):
    assert_printed(reader_run("subprocesses.pipe_deadlock"), EXPECTED)


def test_it_is_the_amount_of_output_that_blocks(timed):
    # A few kilobytes fit in the pipe: wait() returns at once.
    exited, seconds = timed(example.wait_only(10_000, seconds=5.0))
    assert exited
    assert seconds < 5.0


def test_after_kill_wait_still_hangs_on_the_full_pipe(timed):
    async def kill_then_wait() -> tuple[bool, int]:
        # The example's child, saying on stderr when it starts writing: a slow
        # start-up on a busy machine must not pass for an empty pipe.
        code = f"import sys; print('go', file=sys.stderr, flush=True); {example.CHATTY}"
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            code,
            "1000000",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        assert proc.stderr is not None
        assert await proc.stderr.readline() == b"go\n"
        await asyncio.sleep(0.5)  # the write fills the pipe in microseconds
        proc.kill()
        try:
            await asyncio.wait_for(proc.wait(), 1.0)
            hung = False
        except TimeoutError:
            hung = True
        await proc.communicate()  # drains the pipe, then reaps
        assert proc.returncode is not None
        return hung, proc.pid

    (hung, pid), _ = timed(kill_then_wait())
    assert hung
    assert not child_left_behind(pid)
