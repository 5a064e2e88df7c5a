"""Every module under snippets/ is an example: runnable, tested, and on a zh and an en page."""

import ast
import json
import time

import pytest

from guide import build_services, examples, expected, scheduler
from guide import pages as build_pages
from guide.examples import ROOT, Example, discover, run
from guide.expected import ANY_TIMING
from guide.includes import language_includes
from guide.languages import LANGUAGES

EXAMPLES = discover()
NAMES = [example.name for example in EXAMPLES]


def includes_by_language() -> dict[str, dict[str, list[tuple[str, str | None]]]]:
    return {
        language: {str(page): includes for page, includes in language_includes(language).items()}
        for language in LANGUAGES
    }


def test_examples_are_discovered():
    # Guards the discovery itself: an empty list would make every test below vacuous.
    assert "why_async.sequential_vs_concurrent" in NAMES
    assert all(not part.startswith("_") for name in NAMES for part in name.split("."))


def needs_newer_python(name: str) -> pytest.MarkDecorator:
    # A 3.14 example runs under CPython 3.14 in WebAssembly where no CPython 3.14 is
    # installed (Example.tested_here): its run is checked too (no debug mode there).
    needed = Example(name).requires_python
    return pytest.mark.skipif(
        not Example(name).tested_here, reason=f"needs Python {needed[0]}.{needed[1]}+"
    )


@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=needs_newer_python(name)) for name in NAMES]
)
def test_runs_cleanly_in_debug_mode(name, shared_runs):
    """As a reader runs it, plus asyncio debug mode and ResourceWarning as an error."""
    result = shared_runs.get(name)
    assert result.returncode == 0, result.output
    assert result.output.strip(), f"snippets.{name} printed nothing"
    assert "Traceback" not in result.output, result.output
    assert "ResourceWarning" not in result.output, result.output


@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=needs_newer_python(name)) for name in NAMES]
)
def test_an_example_that_prints_timings_declares_what_it_prints(name, shared_runs):
    """The build publishes only a run that prints its test's ``EXPECTED`` with every timing
    at its nominal value (guide/expected.py); without one it fails on such an example."""
    example = Example(name)
    if example.is_measurement:  # figures of this machine: nothing to expect
        assert expected.declared(example.expectation_file) is None
        return
    if ANY_TIMING.search(shared_runs.get(name).output):
        where = example.expectation_file.relative_to(ROOT)
        assert example.expected_lines() is not None, f"{where}: no EXPECTED"


@pytest.mark.parametrize("name", NAMES)
def test_a_declared_expectation_is_what_its_tests_check(name):
    """The tests and the build read the same EXPECTED: the test module must use it."""
    path = Example(name).expectation_file
    tree = ast.parse(path.read_text("utf-8")) if path.is_file() else ast.Module(body=[])
    declared = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["EXPECTED"]
    ]
    used = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id == "EXPECTED" and isinstance(node.ctx, ast.Load)
    ]
    assert not declared or used, f"{path.relative_to(ROOT)}: EXPECTED is declared, never checked"


@pytest.mark.parametrize("name", NAMES)
def test_follows_the_module_contract(name):
    """``async def main()`` and a ``__main__`` guard that calls ``asyncio.run``."""
    tree = ast.parse(Example(name).path.read_text("utf-8"))
    mains = [n for n in tree.body if isinstance(n, ast.AsyncFunctionDef) and n.name == "main"]
    assert mains, f"snippets.{name} has no top-level `async def main()`"
    guards = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "__name__ == '__main__'"
    ]
    assert guards, f"snippets.{name} has no `if __name__ == '__main__':` block"
    assert "asyncio.run(main())" in ast.unparse(guards[0]), f"snippets.{name}: no asyncio.run"


def runs_the_example(test_source: str, name: str) -> bool:
    """The test module runs ``snippets.<name>``: it passes the name to a call (the
    ``reader_run`` fixture, ``shared_runs.get``, ``Example``), or it imports the module
    (or names from it) and calls something from it."""
    chapter, _, module = name.rpartition(".")
    tree = ast.parse(test_source)
    from_module: set[str] = set()  # names bound to the module or to things in it
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == f"snippets.{chapter}":
            from_module |= {a.asname or a.name for a in node.names if a.name == module}
        elif isinstance(node, ast.ImportFrom) and node.module == f"snippets.{name}":
            from_module |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            from_module |= {a.asname for a in node.names if a.name == f"snippets.{name}"}
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        if any(isinstance(a, ast.Constant) and a.value == name for a in call.args):
            return True
        func = call.func
        while isinstance(func, ast.Attribute):
            func = func.value
        if isinstance(func, ast.Name) and func.id in from_module:
            return True
    return False


def test_an_own_test_module_must_run_its_example():
    name = "demo.example"
    assert not runs_the_example("", name)
    assert not runs_the_example("from snippets.demo import example\n", name)
    assert not runs_the_example('def test_x(reader_run):\n    reader_run("demo.other")\n', name)
    assert runs_the_example('def test_x(reader_run):\n    reader_run("demo.example")\n', name)
    assert runs_the_example(
        "from snippets.demo import example as ex\n\ndef test_x():\n    ex.main().close()\n", name
    )
    assert runs_the_example("from snippets.demo.example import fetch\nfetch(1)\n", name)


@pytest.mark.parametrize("name", NAMES)
def test_has_its_own_test_module(name):
    chapter, _, module = name.rpartition(".")
    test_file = ROOT / "tests" / "snippets" / chapter.replace(".", "/") / f"test_{module}.py"
    assert test_file.is_file(), (
        f"snippets.{name} has no test: expected {test_file.relative_to(ROOT)}"
    )
    assert runs_the_example(test_file.read_text("utf-8"), name), (
        f"{test_file.relative_to(ROOT)} never runs snippets.{name}: call "
        f'reader_run("{name}") or call something the module defines'
    )


@pytest.mark.parametrize("name", NAMES)
def test_is_on_a_zh_and_an_en_page(name):
    for language, pages in includes_by_language().items():
        including = [page for page, includes in pages.items() if name in dict(includes)]
        assert including, f"snippets.{name} is not included by any {language} page"


def test_every_include_names_a_real_module_and_section():
    problems = []
    for language, pages in includes_by_language().items():
        for page, includes in pages.items():
            for name, section in includes:
                example = Example(name)
                if not example.path.is_file():
                    problems.append(f"docs/{language}/{page}: no module snippets.{name}")
                elif section is not None and section not in example.sections():
                    problems.append(f"docs/{language}/{page}: snippets.{name} has no '{section}'")
    assert not problems, "\n".join(problems)


def test_languages_have_the_same_pages_and_includes():
    zh, en = (includes_by_language()[language] for language in LANGUAGES)
    assert sorted(zh) == sorted(en), "zh and en must have the same page files"
    for page in zh:
        assert zh[page] == en[page], f"{page}: zh and en include different examples"


def test_examples_run_with_the_readers_default_warnings(monkeypatch):
    # A build may silence warnings for itself (PYTHONWARNINGS=ignore); the example
    # still prints what `python -m` prints for a reader: here, a never-awaited coroutine.
    monkeypatch.setenv("PYTHONWARNINGS", "ignore")
    printed = run(Example("coroutines.calling_runs_nothing")).check().output
    assert "RuntimeWarning: coroutine 'greet' was never awaited" in printed


def test_the_longest_examples_are_started_first(tmp_path, monkeypatch):
    monkeypatch.setattr(examples, "ROOT", tmp_path)
    for name in ("quick", "slow", "measured", "talks_to_http", "new", "tabled"):
        path = tmp_path / "snippets" / "demo" / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        docstring = "Figures (measurement)." if name == "measured" else "Demo."
        needs_http = "HTTPBIN_URL" if name == "talks_to_http" else ""
        path.write_text(f'"""{docstring}"""\n# {needs_http}\n', "utf-8")
    stored = tmp_path / ".cache" / "examples"
    stored.mkdir(parents=True)
    for name, seconds in {"quick": 0.2, "slow": 9.0}.items():
        (stored / f"demo.{name}-oldkey.json").write_text(json.dumps({"seconds": seconds}))
    table = tmp_path / "example_seconds.json"
    table.write_text(json.dumps({"demo.quick": 20.0, "demo.tabled": 7.0}))
    monkeypatch.setattr(examples, "SECONDS_TABLE", table)
    # A stored run's time first, then the committed table; else a guess: measurements,
    # then service users.
    names = ("quick", "new", "talks_to_http", "measured", "slow", "tabled")
    order = sorted(
        (Example(f"demo.{name}") for name in names),
        key=examples.expected_seconds,
        reverse=True,
    )
    assert [ex.name.split(".")[1] for ex in order] == [
        "slow",
        "tabled",
        "measured",
        "talks_to_http",
        "new",
        "quick",
    ]


def test_a_measurement_marked_run_alone_has_the_machine_to_itself(tmp_path, monkeypatch):
    monkeypatch.setattr(examples, "ROOT", tmp_path)
    chapter = tmp_path / "snippets" / "alone_demo"
    chapter.mkdir(parents=True)
    for package in (tmp_path / "snippets", chapter):
        (package / "__init__.py").write_text("", "utf-8")
    for name in ("measured", "other_1", "other_2", "other_3"):
        docstring = "Figures (measurement, run alone)." if name == "measured" else "Demo."
        # other_1 names a service's variable, so the build starts that service for it.
        uses = "# DATABASE_URL\n" if name == "other_1" else ""
        (chapter / f"{name}.py").write_text(
            f'"""{docstring}"""\n\n{uses}import time\n\n'
            'print(f"start: {time.time()}")\n'
            "time.sleep(0.3)\n"
            'print(f"end: {time.time()}")\n',
            "utf-8",
        )
    names = [f"alone_demo.{name}" for name in ("other_1", "measured", "other_2", "other_3")]
    assert [Example(name).runs_alone for name in names] == [False, True, False, False]

    # Record when a service starts instead of starting it: the order is the point here.
    service_starts = []
    monkeypatch.setattr(build_services, "_service_starts", {})
    monkeypatch.setattr(
        build_services, "_start_service", lambda name: service_starts.append(time.time()) or {}
    )

    scheduler.prefetch(names)
    returned = time.time()
    measured = build_pages.figures("snippets.alone_demo.measured")
    others = [build_pages.figures(f"snippets.{name}") for name in names if "other" in name]
    # prefetch waits for it, and no other example starts before it ends.
    assert measured["end"] <= returned
    assert all(other["start"] >= measured["end"] for other in others)
    # Not even a service starts while it runs.
    assert len(service_starts) == 1
    assert service_starts[0] >= measured["end"]
    # The others still run side by side.
    assert max(other["start"] for other in others) < min(other["end"] for other in others)


def _rerun_project(root, chapter_name: str, long_seconds: float) -> list[str]:
    """Two examples: ``timed`` sleeps 1.2 s and its test expects "slept 1.2s"; ``long``
    sleeps ``long_seconds``. Returns their names. (A build process runs an example
    once: each test needs examples of its own.)"""
    chapter = root / "snippets" / chapter_name
    chapter.mkdir(parents=True)
    for package in (root / "snippets", chapter):
        (package / "__init__.py").write_text("", "utf-8")
    (chapter / "timed.py").write_text(
        '"""Demo."""\n\nimport time\n\nstarted = time.monotonic()\ntime.sleep(1.2)\n'
        'print(f"slept {time.monotonic() - started:.1f}s")\n',
        "utf-8",
    )
    (chapter / "long.py").write_text(
        f'"""Demo."""\n\nimport time\n\ntime.sleep({long_seconds})\nprint("done")\n', "utf-8"
    )
    tests = root / "tests" / "snippets" / chapter_name
    tests.mkdir(parents=True)
    (tests / "test_timed.py").write_text('EXPECTED = ["slept 1.2s"]\n', "utf-8")
    return [f"{chapter_name}.timed", f"{chapter_name}.long"]


@pytest.mark.parametrize("machine", ["calm", "busy"])
def test_a_rerun_waits_for_a_calm_machine_not_for_the_last_run(machine, tmp_path, monkeypatch):
    monkeypatch.setattr(examples, "ROOT", tmp_path)
    # The machine's CPU use is the policy's input: set it, so the test does not depend on
    # how busy the suite keeps this machine.
    monkeypatch.setattr(
        examples, "cpu_percent", lambda seconds: 10.0 if machine == "calm" else 100.0
    )
    # timed's first run stalls from 0.8 s to 2.3 s and prints a late time: it is run again.
    chapter = f"rerun_{machine}"
    monkeypatch.setenv(examples.STALL_VARIABLE, f"{chapter}.timed:1")
    timed_name, long_name = _rerun_project(
        tmp_path, chapter, long_seconds=8 if machine == "calm" else 4
    )

    scheduler.prefetch([timed_name, long_name])
    timed = scheduler.run_of(timed_name).result()
    long_done_then = scheduler.run_of(long_name).done()
    scheduler.run_of(long_name).result().check()

    assert (timed.tries, timed.deviation, timed.output) == (2, "", "slept 1.2s\n")
    if machine == "calm":
        # Rerun at once (done by ~4 s), beside the long run, not after it (8 s).
        assert not long_done_then
    else:
        # The busy machine stays busy: the rerun waited for every first run to end.
        assert long_done_then
