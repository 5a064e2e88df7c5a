"""The WebAssembly runtime (guide/wasm): what it is, what it runs, and that runs in
one runtime do not leak into each other (tests/test_wasm_runnable.py decides which
examples run in the browser)."""

import json
import zipfile
from io import BytesIO

from guide import wasm
from guide.examples import discover


def test_the_label_names_the_cpython_the_runtime_runs():
    done = wasm.run_source(
        "snippets.why_async.sequential_vs_concurrent",
        "import sys\nprint(sys.implementation.name, *sys.version_info[:3], sep=' ')\n",
    )
    implementation, *version = done.output.split()
    assert (implementation, ".".join(version)) == ("cpython", wasm.python_version())
    assert wasm.runtime_label() == f"CPython {wasm.python_version()} · WebAssembly"
    assert wasm.runtime_label() == wasm.RUNTIME_LABEL
    assert wasm.python_version().startswith("3.14.")


def test_the_runtime_is_the_locked_one():
    lock = json.loads((wasm.HERE / "package-lock.json").read_text("utf-8"))
    assert lock["packages"]["node_modules/pyodide"]["version"] == wasm.pyodide_version()
    assert wasm.pyodide_version().startswith("314.")


def test_the_archive_holds_the_examples_and_the_runner_and_is_reproducible():
    archive = wasm.snippets_archive()
    assert archive == wasm.snippets_archive()
    names = set(zipfile.ZipFile(BytesIO(archive)).namelist())
    assert {f"snippets/{ex.name.replace('.', '/')}.py" for ex in discover()} <= names
    assert "wasm_runner.py" in names
    assert "snippets/__main__.py" not in names  # the local runner: services, subprocesses


def test_one_example_leaves_nothing_behind_for_the_next():
    # eager_task_factory sets a task factory on its loop. Pyodide's own asyncio.run
    # reuses one loop, and ensure_future then made the factory's CountedTask.
    runs = wasm.run_examples(
        ["snippets.tasks_futures.eager_task_factory", "snippets.tasks_futures.ensure_future"],
        processes=1,
    )
    assert (
        "create_task made a CountedTask" in runs["snippets.tasks_futures.eager_task_factory"].output
    )
    ensured = runs["snippets.tasks_futures.ensure_future"].output.splitlines()
    assert ensured[1].startswith("ensure_future(coroutine) -> Task:"), ensured


def test_time_sleep_blocks_the_loop_as_in_cpython():
    # Pyodide's time.sleep lets other tasks run; a reader's example must see CPython's.
    script = (
        "import asyncio, time\n"
        "async def tick(log):\n"
        "    log.append('tick')\n"
        "async def main():\n"
        "    log = []\n"
        "    task = asyncio.create_task(tick(log))\n"
        "    time.sleep(0.2)\n"
        "    print('ticked during time.sleep:', log == ['tick'])\n"
        "    await task\n"
        "asyncio.run(main())\n"
    )
    done = wasm.run_source("snippets.why_async.sequential_vs_concurrent", script)
    assert done.output == "ticked during time.sleep: False\n"


def test_a_runaway_example_is_stopped_at_its_timeout():
    done = wasm.run_source(
        "snippets.why_async.sequential_vs_concurrent", "while True: pass\n", timeout=3
    )
    assert done.returncode is None
    assert done.seconds >= 3
