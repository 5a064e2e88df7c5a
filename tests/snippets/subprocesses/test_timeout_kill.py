import asyncio
import gc
import os
import sys
import warnings

import pytest

from guide.testing import assert_printed, child_left_behind
from snippets.subprocesses import timeout_kill as example

EXPECTED = [
    "gave up after 0.5s",
    "exit code: -9 (SIGKILL)",
]

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_reader_sees_the_child_killed_at_the_timeout(reader_run):
    assert_printed(reader_run("subprocesses.timeout_kill"), EXPECTED)


def in_proc(pid: int) -> bool:
    """The process exists, running or as a zombie."""
    return os.path.exists(f"/proc/{pid}")


@linux_only
def test_no_zombie_and_no_resource_warning_is_left():
    async def run_and_look() -> tuple[int, int, bool, bool]:
        pid, code, _ = await example.run_with_timeout(0.3)
        # Looked at right away, in the same event loop: nothing left to reap.
        return pid, code, in_proc(pid), child_left_behind(pid)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pid, code, exists, unreaped = asyncio.run(run_and_look(), debug=True)
        gc.collect()
    assert code == -9
    assert not exists, f"process {pid} is still in /proc"
    assert not unreaped
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


@linux_only
def test_the_timeout_alone_leaves_the_child_running():
    async def time_out_only() -> tuple[bool, int | None]:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", example.HANG)
        try:
            async with asyncio.timeout(0.3):
                await proc.wait()
        except TimeoutError:
            pass
        alive = in_proc(proc.pid) and proc.returncode is None
        proc.kill()
        await proc.wait()
        return alive, proc.returncode

    alive, code = asyncio.run(time_out_only(), debug=True)
    assert alive
    assert code == -9


def test_kill_alone_does_not_collect_the_child():
    async def kill_only() -> tuple[int | None, int | None]:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", example.HANG)
        proc.kill()
        right_after_kill = proc.returncode
        await proc.wait()
        return right_after_kill, proc.returncode

    assert asyncio.run(kill_only(), debug=True) == (None, -9)
