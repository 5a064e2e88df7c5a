import subprocess
import sys
import textwrap

import pytest

from guide.examples import ROOT
from guide.testing import assert_printed
from snippets.mixing import process_pool as example

LINUX = sys.platform.startswith("linux")


def run_with_start_method(method: str, module: str, path=ROOT) -> str:
    """Run a module as `python -m` does, with the given start method."""
    code = textwrap.dedent(f"""
        import multiprocessing, runpy, sys
        sys.path.insert(0, {str(path)!r})
        multiprocessing.set_start_method({method!r})
        runpy.run_module({module!r}, run_name="__main__", alter_sys=True)
    """)
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.stdout + done.stderr


@pytest.mark.skipif(not LINUX, reason="default start methods differ")
def test_default_start_method_and_results(reader_run):
    lines = reader_run("mixing.process_pool")
    # Linux: fork up to 3.13; 3.14 made forkserver the default.
    method = "forkserver" if sys.version_info >= (3, 14) else "fork"
    assert_printed(
        lines[:3],
        [
            f"start method: {method}",
            "squares: [1, 4, 9]",
            "computed in other processes: True",
        ],
    )
    # 3.11-3.13 raise AttributeError for a local lambda; 3.14 reworked
    # pickle's errors, so accept PicklingError there.
    allowed = {"a lambda: AttributeError"}
    if sys.version_info >= (3, 14):
        allowed.add("a lambda: PicklingError")
    assert lines[3:] in ([line] for line in allowed)


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_works_when_workers_import_the_module_again(method):
    # spawn is the default on macOS and Windows, forkserver on Linux from
    # 3.14: each worker imports snippets.mixing.process_pool again.
    out = run_with_start_method(method, "snippets.mixing.process_pool")
    assert f"start method: {method}" in out
    assert "squares: [1, 4, 9]" in out
    assert "computed in other processes: True" in out
    assert "Traceback" not in out


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_without_the_guard_the_workers_fail(tmp_path, method):
    source = example.__file__
    with open(source, encoding="utf-8") as file:
        text = file.read()
    guard = 'if __name__ == "__main__":\n    asyncio.run(main())\n'
    assert guard in text
    (tmp_path / "unguarded.py").write_text(text.replace(guard, "asyncio.run(main())\n"), "utf-8")
    out = run_with_start_method(method, "unguarded", tmp_path)
    # Each worker re-runs main() on import and tries to start a pool itself;
    # multiprocessing refuses, the worker dies and the parent's pool breaks.
    assert out.count(f"start method: {method}") > 1
    assert "bootstrapping phase" in out
    assert "BrokenProcessPool" in out
    assert "squares: [1, 4, 9]" not in out


@pytest.mark.skipif(not LINUX, reason="fork is the Linux way")
def test_without_the_guard_fork_happens_to_work(tmp_path):
    # fork copies the parent instead of importing the module again.
    text = ROOT.joinpath("snippets/mixing/process_pool.py").read_text("utf-8")
    guard = 'if __name__ == "__main__":\n    asyncio.run(main())\n'
    (tmp_path / "unguarded.py").write_text(text.replace(guard, "asyncio.run(main())\n"), "utf-8")
    out = run_with_start_method("fork", "unguarded", tmp_path)
    assert out.count("start method: fork") == 1
    assert "squares: [1, 4, 9]" in out


@pytest.mark.skipif(sys.version_info < (3, 12), reason="warns from 3.12")
@pytest.mark.skipif(not LINUX, reason="fork is the Linux way")
def test_forking_a_process_that_runs_threads_warns():
    code = textwrap.dedent("""
        import multiprocessing, threading, time
        from concurrent.futures import ProcessPoolExecutor
        if __name__ == "__main__":
            thread = threading.Thread(target=time.sleep, args=(0.5,))
            thread.start()
            fork = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(1, mp_context=fork) as pool:
                print(pool.submit(abs, -1).result(timeout=10))
            thread.join()
    """)
    done = subprocess.run(
        [sys.executable, "-W", "always::DeprecationWarning", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout == "1\n"
    assert "DeprecationWarning" in done.stderr
    assert "multi-threaded" in done.stderr


def test_square_is_an_ordinary_function():
    value, pid = example.square(7)
    assert value == 49
    assert pid > 0
