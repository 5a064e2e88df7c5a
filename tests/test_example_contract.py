"""Every module under snippets/ is an example: runnable, tested, and on a zh and an en page."""

import ast
import sys

import pytest

from guide.examples import ROOT, Example, discover
from guide.pages import LANGUAGES, page_files, page_includes

EXAMPLES = discover()
NAMES = [example.name for example in EXAMPLES]


def includes_by_language() -> dict[str, dict[str, list[tuple[str, str | None]]]]:
    return {
        language: {
            str(page): page_includes((ROOT / "docs" / language / page).read_text("utf-8"))
            for page in page_files(language)
        }
        for language in LANGUAGES
    }


def test_examples_are_discovered():
    # Guards the discovery itself: an empty list would make every test below vacuous.
    assert "why_async.sequential_vs_concurrent" in NAMES
    assert all(not part.startswith("_") for name in NAMES for part in name.split("."))


def needs_newer_python(name: str) -> pytest.MarkDecorator:
    needed = Example(name).requires_python
    return pytest.mark.skipif(
        sys.version_info[:2] < needed, reason=f"needs Python {needed[0]}.{needed[1]}+"
    )


@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=needs_newer_python(name)) for name in NAMES]
)
def test_runs_cleanly_in_debug_mode(name, example_runs):
    """As a reader runs it, plus asyncio debug mode and ResourceWarning as an error."""
    result = example_runs.get(name)
    assert result.returncode == 0, result.output
    assert result.output.strip(), f"snippets.{name} printed nothing"
    assert "Traceback" not in result.output, result.output
    assert "ResourceWarning" not in result.output, result.output


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


@pytest.mark.parametrize("name", NAMES)
def test_has_its_own_test_module(name):
    chapter, _, module = name.rpartition(".")
    test_file = ROOT / "tests" / "snippets" / chapter.replace(".", "/") / f"test_{module}.py"
    assert test_file.is_file(), (
        f"snippets.{name} has no test: expected {test_file.relative_to(ROOT)}"
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
