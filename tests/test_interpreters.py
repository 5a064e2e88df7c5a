"""The Pythons the build finds (guide/interpreters.py), and the one it runs a
newer-Python example with when its own is too old."""

import json
import subprocess
import sys

from guide import interpreters, wasm
from guide.examples import ROOT, Example, discover


def test_each_python_found_is_the_version_it_is_found_for():
    assert interpreters.installed(interpreters.RUNNING) == sys.executable
    found = {v: interpreters.installed(v) for v in interpreters.SUPPORTED}
    for version, python in found.items():
        if python is not None:
            assert version_of(python) == version, python
    # pyenv's shims run only its active version; the others are found in their folders.
    for folder in interpreters.pyenv_bins():
        version = ".".join(folder.parent.name.split(".")[:2])
        if version in interpreters.SUPPORTED:
            assert found[version] is not None, f"{folder} has Python {version}, not found"


def test_a_build_on_an_older_python_runs_newer_examples_with_the_newest_python_here():
    """What ``uv run mkdocs serve`` does when uv picked an older Python than the
    machine has: stdlib examples for a newer Python run with the newest one."""
    oldest = next(v for v in interpreters.SUPPORTED if interpreters.installed(v))
    names = [ex.name for ex in discover()]
    # guide.examples needs only the standard library, so a bare interpreter can ask.
    asked = subprocess.run(
        [
            interpreters.installed(oldest),
            "-c",
            "import json, sys; from guide.examples import Example;"
            "print(json.dumps({n: Example(n).python for n in sys.argv[1:]}));"
            "print(sys.executable)",
            *names,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    answers, itself = asked.stdout.splitlines()
    chosen = json.loads(answers)
    newer = [name for name in names if not Example(name).runs_here(as_tuple(oldest))]
    for name in names:
        example = Example(name)
        if name not in newer:
            assert chosen[name] == itself, name
        elif example.imports_only_stdlib:
            newest = max(
                (v for v in interpreters.SUPPORTED if interpreters.installed(v)), key=as_tuple
            )
            if as_tuple(newest) >= example.requires_python:
                assert version_of(chosen[name]) == newest, name
            elif wasm.can_run(example.requires_python):
                # A 3.14 example and no CPython 3.14 here: CPython 3.14 in WebAssembly.
                assert chosen[name] == wasm.INTERPRETER, name
            else:  # and no runtime either: the page says it was not run
                assert chosen[name] is None, name
        else:
            assert chosen[name] is None, name


def version_of(python: str) -> str:
    return ".".join(interpreters.version_of(python).split(".")[:2])


def as_tuple(version: str) -> tuple[int, int]:
    major, minor = version.split(".")
    return int(major), int(minor)
