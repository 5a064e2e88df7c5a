"""The code blocks written straight into the pages (not the snippets/ includes).

Every fenced block of docs/zh and docs/en that is not a markdown-exec include is
collected here, and each one falls under exactly one of these visible rules:

- Python (```python, ```py): linted with ruff (the project's rules, 79 columns like
  snippets/ruff.toml), then run in this process as ``__main__``; what it prints must
  match its ``#>`` comments (pytest-examples). To refresh those comments with what a
  run really printed, run ``uvx nox -s test_snippets -- tests/test_inline_code.py
  --update-examples`` and review the diff.
- ```{.python test="fragment"}```: an excerpt that uses names defined elsewhere, or
  awaits outside a coroutine. Linted only, with FRAGMENT_IGNORES; never run.
- ```{.python requires="3.12"}```: run only on that Python or newer (a skip with the
  reason on older ones); linted everywhere.
- Other languages (OTHER_LANGUAGES: bash, console...) are never fed to Python.

Settings go in the brace form. In the plain form (```python test="fragment"```)
pymdownx.superfences does not recognise the fence: the block and everything up to
the next fence render as a broken paragraph, and the strict build does not notice.
In the brace form the highlighter drops the settings, so they never reach the page.

zh and en pages must carry the same inline blocks in the same order: the code is
shared, only prose differs (guide/parity.py compares prose and includes, not code).
"""

from __future__ import annotations

import difflib
import gc
import re
import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples
from pytest_examples.config import ExamplesConfig
from pytest_examples.lint import FormatError, ruff_check

from guide.examples import ROOT
from guide.languages import LANGUAGES, page_files
from guide.languages import language as site_language

PYTHON_LANGUAGES = {"python", "py"}
OTHER_LANGUAGES = {"bash", "console", "sh", "shell", "text", "toml", "yaml", "json", "pycon"}
"""Never run or linted. pycon (a ``>>>`` session) is listed: it is not a program."""

RENDER_OPTIONS = {"title", "hl_lines", "linenums", "title_mode"}
"""The only options pymdownx.highlight accepts in a plain-form fence."""
TEST_SETTINGS = {"test", "requires"}
FRAGMENT_IGNORES = ["F821", "F704"]
"""What an excerpt may do: use names defined elsewhere (F821), await at top level as a
line taken from inside a coroutine (F704). Nothing else is waived."""
LINE_LENGTH = 79
"""As in snippets/: a block wider than this scrolls on a narrow page."""
TARGET = "py311"
RUN_TIMEOUT = 10
"""Seconds: an inline example is short; one that hangs must not hang the suite."""

OPENING = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
SETTING = re.compile(r"""([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))""")


@dataclass
class Fence:
    """One fenced block of a page."""

    page: Path
    line: int  # of the opening fence, 1-based
    fence: str
    info: str
    code: str
    language: str = ""
    braces: bool = False
    settings: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        info = self.info.strip()
        self.braces = info.startswith("{") and info.endswith("}")
        words = info.strip("{}").split()
        first = words[0] if words else ""
        if self.braces:
            first = next((word[1:] for word in words if word.startswith(".")), "")
        self.language = "" if "=" in first else first.lower()
        self.settings = {m[1]: m[2] or m[3] or m[4] for m in SETTING.finditer(info)}

    @property
    def kind(self) -> str:
        if self.language in PYTHON_LANGUAGES:
            if self.settings.get("exec", "no").lower() not in {"no", "off", "false", "0"}:
                return "include"
            return "python"
        if self.language in OTHER_LANGUAGES:
            return "other"
        return "unknown"

    @property
    def name(self) -> str:
        return f"{self.page}:{self.line}"

    def listing(self) -> list[str]:
        """The block as it reads in the Markdown, for a diff."""
        return [f"```{self.info.strip()}\n", *self.code.splitlines(keepends=True), "```\n"]

    def shared_part(self) -> tuple[str, dict[str, str], str]:
        """What zh and en must agree on (a title may be translated)."""
        settings = {key: value for key, value in self.settings.items() if key != "title"}
        return self.language, settings, self.code


def fences(path: Path, name: Path) -> list[Fence]:
    """Every fenced block of a Markdown file, ``name`` being how ids show the page."""
    found: list[Fence] = []
    lines = path.read_text("utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = OPENING.match(lines[index])
        index += 1
        if not opening:
            continue
        fence = opening["fence"]
        closing = re.compile(rf"^ *{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        start = index
        while index < len(lines) and not closing.match(lines[index]):
            index += 1
        width = len(opening["indent"])
        code = "\n".join(line[width:] for line in lines[start:index]) + "\n"
        found.append(Fence(name, start, fence, opening["info"], code))
        index += 1
    return found


def problems(page_fences: list[Fence], examples: dict[int, CodeExample]) -> list[str]:
    """Why a block would slip past these checks or break the rendered page."""
    found = []
    for block in page_fences:
        if block.kind == "include":
            continue
        if block.kind == "unknown":
            found.append(
                f"{block.name}: language {block.language or '(none)'!r} is neither Python "
                "nor in OTHER_LANGUAGES: name it (```text for plain output)"
            )
        unknown_options = set(block.settings) - RENDER_OPTIONS
        if not block.braces and unknown_options:
            found.append(
                f"{block.name}: {sorted(unknown_options)} in a plain fence breaks the rendered "
                'page: use the brace form, ```{.python test="fragment"}'
            )
        if block.kind != "python":
            continue
        unknown_settings = set(block.settings) - RENDER_OPTIONS - TEST_SETTINGS
        if unknown_settings:
            found.append(f"{block.name}: unknown settings {sorted(unknown_settings)}")
        if block.settings.get("test", "fragment") != "fragment":
            found.append(f'{block.name}: test="{block.settings["test"]}": only "fragment" exists')
        if not re.fullmatch(r"3\.\d+", block.settings.get("requires", "3.11")):
            found.append(f"{block.name}: requires must be a version like 3.12")
        if block.fence != "```" or block.line not in examples:
            found.append(f"{block.name}: pytest-examples cannot see it: fence it with ```")
    # The other way round: a block pytest-examples would treat as Python, unseen here.
    seen = {block.line for block in page_fences if block.kind in ("python", "include")}
    found += [
        f"{example}: a Python block the scanner did not classify"
        for line, example in examples.items()
        if line not in seen and not example.prefix.startswith("pycon")
    ]
    return found


@dataclass
class PythonBlock:
    """An inline Python block and pytest-examples' view of it (which can rewrite it)."""

    fence: Fence
    example: CodeExample

    @property
    def fragment(self) -> bool:
        return self.fence.settings.get("test") == "fragment"

    @property
    def requires(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.fence.settings.get("requires", "3.11").split("."))

    def config(self, ignore: list[str] | None = None) -> ExamplesConfig:
        target = (
            "py" + "".join(map(str, self.requires)) if "requires" in self.fence.settings else TARGET
        )
        return ExamplesConfig(
            line_length=LINE_LENGTH,
            ruff_line_length=LINE_LENGTH,
            target_version=target,  # type: ignore[arg-type]
            ruff_ignore=ignore,
        )


def collect(folder: Path, name: Path, pages: list[Path]) -> tuple[list[Fence], list[PythonBlock]]:
    """The fences of these pages and their inline Python blocks."""
    all_fences, blocks = [], []
    for page in pages:
        path = folder / page
        page_fences = fences(path, name / page)
        examples = {example.start_line: example for example in find_examples(path)}
        all_fences += page_fences
        blocks += [
            PythonBlock(block, examples[block.line])
            for block in page_fences
            if block.kind == "python" and block.line in examples
        ]
    return all_fences, blocks


FENCES: dict[str, list[Fence]] = {}
BLOCKS: list[PythonBlock] = []
for _language in LANGUAGES:
    FENCES[_language], _blocks = collect(
        site_language(_language).docs_dir, Path(_language), page_files(_language)
    )
    BLOCKS += _blocks


def lint(block: PythonBlock, monkeypatch: pytest.MonkeyPatch, ignore: list[str] | None) -> str:
    """ruff's complaints about the block ("" when clean), with page lines."""
    monkeypatch.chdir(ROOT)  # ruff reads the project's rules from pyproject.toml here
    try:
        ruff_check(
            block.example, block.config(ignore), extra_ruff_args=("--output-format=concise",)
        )
    except FormatError as error:
        return str(error)
    return ""


def check(
    block: PythonBlock, eval_example: EvalExample, monkeypatch: pytest.MonkeyPatch, update: bool
) -> None:
    """Lint the block; run it unless it is a fragment, comparing (or rewriting) ``#>``."""
    complaints = lint(block, monkeypatch, FRAGMENT_IGNORES if block.fragment else None)
    if complaints:
        pytest.fail(complaints, pytrace=False)
    if block.fragment:
        if not lint(block, monkeypatch, None):
            pytest.fail(
                f'{block.fence.name}: marked test="fragment" but complete: '
                "drop the mark so it runs",
                pytrace=False,
            )
        return
    if sys.version_info < block.requires:
        pytest.skip(f"{block.fence.name} needs Python {block.fence.settings['requires']}")
    # pytest-examples runs the block as __main__ and leaves it in sys.modules.
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])
    # Strict like the snippets' test runs: asyncio debug mode, and no warning.
    monkeypatch.setenv("PYTHONASYNCIODEBUG", "1")
    eval_example.config = block.config()
    with warnings.catch_warnings(record=True) as caught, time_limit(RUN_TIMEOUT, block.fence.name):
        warnings.simplefilter("always")
        if update:
            eval_example.run_print_update(block.example)
        else:
            eval_example.run_print_check(block.example)
        gc.collect()  # a coroutine nobody awaited warns only when it is collected
    if caught:
        pytest.fail(
            f"{block.fence.name} warned:\n"
            + "\n".join(f"{w.category.__name__}: {w.message}" for w in caught),
            pytrace=False,
        )


@contextmanager
def time_limit(seconds: int, name: str) -> Iterator[None]:
    """Raise in the running example if it takes longer (main thread only: signals)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def too_slow(signum: int, frame: object) -> None:
        raise TimeoutError(f"{name}: still running after {seconds}s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_every_block_is_classified_and_renders():
    found = []
    for language in LANGUAGES:
        for page in page_files(language):
            path = site_language(language).docs_dir / page
            examples = {example.start_line: example for example in find_examples(path)}
            found += problems(fences(path, Path(language) / page), examples)
    assert not found, "\n".join(found)
    # Guards the scanner: the pages include examples, so it must see those fences.
    assert all(any(block.kind == "include" for block in FENCES[lang]) for lang in LANGUAGES)


def test_zh_and_en_carry_the_same_inline_blocks():
    differences = []
    root, other = LANGUAGES  # the guide has two languages (guide/languages.py)
    for page in sorted(set(page_files(root)) & set(page_files(other))):
        zh, en = (
            [
                block
                for block in FENCES[language]
                if block.kind != "include" and block.page == Path(language) / page
            ]
            for language in (root, other)
        )
        if [block.shared_part() for block in zh] != [block.shared_part() for block in en]:
            differences.append(
                f"{page}: zh {[block.name for block in zh]}, en {[block.name for block in en]}\n"
                + "".join(
                    difflib.unified_diff(
                        [line for block in zh for line in block.listing()],
                        [line for block in en for line in block.listing()],
                        "zh",
                        "en",
                    )
                )
            )
    assert not differences, "\n".join(differences)


def test_each_language_has_inline_python_blocks():
    # The pages carry inline blocks: finding none means the scanner or the pages broke,
    # and every check below would pass on nothing.
    counts = {
        language: sum(block.fence.page.parts[0] == language for block in BLOCKS)
        for language in LANGUAGES
    }
    assert all(counts.values()), f"inline Python blocks per language: {counts}"


@pytest.mark.parametrize(
    "block",
    # An empty list would make pytest skip this test: a single None fails it instead.
    BLOCKS or [None],
    ids=lambda block: block.fence.name if block else "none",
)
def test_inline_python(block: PythonBlock | None, eval_example: EvalExample, monkeypatch, request):
    if block is None:
        pytest.fail("no page has an inline Python block", pytrace=False)
    check(block, eval_example, monkeypatch, update=request.config.getoption("update_examples"))


# Guards the guard: the same checks on a made-up page, where they must fail.

TRIAL_PAGE = """\
# Trial

```python
import asyncio


async def main() -> None:
    await asyncio.sleep(0)
    print("done")
    #> done


asyncio.run(main())
```

```python
print(1 + 1)
#> 3
```

```py
print("no output comment")
```

```python
import asyncio


async def main() -> None:
    asyncio.create_task(asyncio.sleep(0))
```

```{.python test="fragment"}
results = await asyncio.gather(fetch(a), fetch(b))
```

```{.python test="fragment"}
print("complete")
```

```python
results = await asyncio.gather(fetch(a), fetch(b))
```

```python test="fragment"
x = 1
```

```
plain text
```

```bash
uv run python -m snippets list
```

```python
import asyncio


async def main() -> None:
    asyncio.sleep(1)


asyncio.run(main())
```

```python
import asyncio

asyncio.run(asyncio.sleep(60))
```
"""


@pytest.fixture
def trial_blocks(tmp_path) -> dict[int, PythonBlock]:
    (tmp_path / "trial.md").write_text(TRIAL_PAGE, "utf-8")
    _, blocks = collect(tmp_path, Path("trial"), [Path("trial.md")])
    return {block.fence.line: block for block in blocks}


def test_the_checks_pass_a_right_block(trial_blocks, eval_example, monkeypatch):
    check(trial_blocks[3], eval_example, monkeypatch, update=False)
    check(trial_blocks[33], eval_example, monkeypatch, update=False)  # a fragment


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param(16, "Print output changed code", id="wrong-output"),
        pytest.param(21, "Print output changed code", id="output-not-shown"),
        # The project's rules (RUF006 is not one of ruff's defaults), at page lines.
        pytest.param(25, "trial.md:30:5: RUF006", id="project-rule"),
        pytest.param(37, 'marked test="fragment" but complete', id="needless-fragment"),
        pytest.param(41, "F704", id="unmarked-fragment"),
        pytest.param(57, "never awaited", id="never-awaited"),
    ],
)
def test_the_checks_fail_a_wrong_block(trial_blocks, eval_example, monkeypatch, line, message):
    with pytest.raises(pytest.fail.Exception, match=re.escape(message)):
        check(trial_blocks[line], eval_example, monkeypatch, update=False)


def test_a_hanging_block_is_stopped(trial_blocks, eval_example, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "RUN_TIMEOUT", 1)
    with pytest.raises(TimeoutError, match=r"trial/trial\.md:68: still running after 1s"):
        check(trial_blocks[68], eval_example, monkeypatch, update=False)


def test_the_inventory_rejects_what_would_slip_through(tmp_path):
    (tmp_path / "trial.md").write_text(TRIAL_PAGE, "utf-8")
    examples = {example.start_line: example for example in find_examples(tmp_path / "trial.md")}
    found = problems(fences(tmp_path / "trial.md", Path("trial.md")), examples)
    assert found == [
        "trial.md:45: ['test'] in a plain fence breaks the rendered page: use the brace form, "
        '```{.python test="fragment"}',
        "trial.md:49: language '(none)' is neither Python nor in OTHER_LANGUAGES: name it "
        "(```text for plain output)",
    ]
