"""Version gating of the example tests, in one place, driven by the examples.

An example for a newer Python says so in its docstring, ``(Python 3.13+)``
(``Example.requires_python``). On an older interpreter its tests:

- skip if it is for 3.12 or 3.13 (they check CPython's behaviour on this very
  interpreter, or a newer CPython that is not the one running the suite);
- run if it is for 3.14 and something here runs 3.14 (``Example.python``): a CPython
  3.14, else CPython 3.14 compiled to WebAssembly under Node.js (``guide.wasm``).
  ``reader_run`` then gives that run's output; a test without fixtures runs its own
  code under the runtime (the WebAssembly one only); a test with fixtures skips.
"""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

import pytest

from guide import interpreters, wasm
from guide.examples import Example

HERE = Path(__file__).parent


def _example_of(item: pytest.Item) -> Example | None:
    """The example a test module here checks: tests/snippets/<chapter>/test_<leaf>.py."""
    path = Path(item.fspath)
    if not path.name.startswith("test_") or HERE not in path.parents:
        return None
    chapter = path.parent.relative_to(HERE).parts
    example = Example(".".join((*chapter, path.stem.removeprefix("test_"))))
    return example if example.path.is_file() else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        example = _example_of(item)
        if example is None or example.runs_here():
            continue
        needed = "{}.{}".format(*example.requires_python)
        if not example.tested_here:
            item.add_marker(
                pytest.mark.skip(
                    reason=f"{example.module}: Python {needed}+, this is {interpreters.RUNNING}"
                )
            )
        elif "reader_run" in getattr(item, "fixturenames", ()):
            continue  # reader_run runs it with Example.python
        elif example.python == wasm.INTERPRETER and not inspect.signature(item.obj).parameters:
            item.obj = _under_runtime(example, item.obj)
        else:
            item.add_marker(
                pytest.mark.skip(
                    reason=f"an in-process test of a Python {needed}+ API, this is "
                    f"{interpreters.RUNNING} (its output is checked under {example.python})"
                )
            )


def _under_runtime(example: Example, test: object) -> object:
    """The test function, run by CPython 3.14 in WebAssembly instead of this Python:
    its source, with its module's imports, as a script in the example's place."""
    module = inspect.getmodule(test)
    imports = [
        line
        for line in inspect.getsource(module).splitlines()
        if line.startswith(("import ", "from ")) and "pytest" not in line and "guide" not in line
    ]
    script = "\n".join(
        [*imports, "", textwrap.dedent(inspect.getsource(test)), f"{test.__name__}()", ""]
    )

    def run_under_runtime() -> None:
        done = wasm.run_source(example.module, script)
        assert done.ok, f"under {wasm.runtime_label()}:\n{done.output}"

    run_under_runtime.__name__ = test.__name__
    return run_under_runtime
