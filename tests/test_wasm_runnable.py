"""Which examples run in the browser, decided by running them.

Every example runs under the runtime the pages' Run control loads (CPython 3.14 in
WebAssembly, Pyodide; here under Node.js: ``guide.wasm.run_examples``), and its output
is compared with what CPython prints for the page (its test's ``EXPECTED`` for 3.14,
timings within ``TIMING_TOLERANCE``; else a plain CPython run). The manifest
``guide/wasm/runnable.json`` must say exactly what the runs show
(``guide.wasm.reason_for``): None only where the output is CPython's, else the real
reason. Rewrite it with ``python -m guide.wasm --manifest`` and review the diff.
"""

from guide import wasm
from guide.examples import Example, discover, expected_seconds, services_needed
from guide.testing import assert_printed

MINIMUM_RUNNABLE = 40
"""Examples the issue asks to run in the browser, at least."""


def test_every_example_has_an_entry_with_a_known_reason():
    entries = wasm.manifest()
    assert set(entries) == {example.module for example in discover()}
    assert {reason for reason in entries.values() if reason is not None} <= set(wasm.REASONS)


def test_enough_examples_run_in_the_browser():
    runnable = [module for module, reason in wasm.manifest().items() if reason is None]
    assert len(runnable) >= MINIMUM_RUNNABLE


def test_service_examples_never_run_in_the_browser():
    # Whatever a run shows: the browser has no local HTTP server and no database.
    entries = wasm.manifest()
    for example in discover():
        if services_needed(example):
            assert entries[example.module] in ("network", "database"), example.module


def test_the_manifest_says_what_runs_under_the_runtime_show():
    assert wasm.installed(), "the runtime is missing: npm ci --prefix guide/wasm"
    entries = wasm.manifest()
    found = sorted(discover(), key=expected_seconds, reverse=True)
    runs = wasm.run_examples([example.module for example in found])
    wrong: list[str] = []
    for example in found:
        shown = wasm.reason_for(example, runs[example.module], wasm.cpython_lines(example))
        if shown != entries[example.module]:
            # Once more, alone: a loaded machine can make a timer late (the build
            # reruns a deviating run too); a real difference shows again.
            again = wasm.run_example(example.module)
            shown = wasm.reason_for(example, again, wasm.cpython_lines(example))
        if shown != entries[example.module]:
            wrong.append(
                f"{example.module}: manifest {entries[example.module]!r}, runs show "
                f"{shown!r}\n{_tail(runs[example.module].output)}"
            )
    assert not wrong, "\n".join(wrong)


def _tail(output: str, lines: int = 8) -> str:
    return "\n".join("    " + line for line in output.splitlines()[-lines:])


def test_a_runnable_example_prints_what_cpython_prints():
    # The comparison itself: one runnable example, its lines against EXPECTED.
    example = Example("why_async.sequential_vs_concurrent")
    assert wasm.browser_status(example.module) is None
    run = wasm.run_example(example.module)
    assert run.ok
    assert wasm.reason_for(example, run, wasm.cpython_lines(example)) is None
    assert_printed(run.output.splitlines(), wasm.cpython_lines(example))


def test_the_browser_only_differences_are_browser_only():
    # wasm.BROWSER_DIFFERS lists examples the browser test found differing in chromium's
    # worker: under Node.js they must match, or the entry is stale (or hides a reason).
    for module in wasm.BROWSER_DIFFERS:
        example = Example(module.removeprefix("snippets."))
        run = wasm.run_example(module)
        assert run.ok, run.output
        assert_printed(run.output.splitlines(), wasm.cpython_lines(example))
