"""A broken example fails the strict build, and the message names it."""

import shutil
from pathlib import Path

from guide.examples import ROOT
from guide.pages import LANGUAGES

BROKEN_EXAMPLES = {
    "raises": 'raise ValueError("boom")',
    "hangs": "await asyncio.sleep(3600)",
    "silent": "await asyncio.sleep(0)",
}


def make_project(tmp_path: Path, bodies: dict[str, str]) -> Path:
    """A copy of the site's machinery with one page per language including the given examples."""
    project = tmp_path / "project"
    for config in ("mkdocs.yml", "mkdocs.en.yml"):
        text = (ROOT / config).read_text("utf-8")
        (project / config).parent.mkdir(parents=True, exist_ok=True)
        # Drop the nav: the copy has only an index page per language.
        (project / config).write_text(text.split("\nnav:")[0] + "\n", "utf-8")
    shutil.copytree(ROOT / "guide", project / "guide")
    shutil.copytree(ROOT / "docs" / "theme", project / "docs" / "theme")
    chapter = project / "snippets" / "trial"
    chapter.mkdir(parents=True)
    (project / "snippets" / "__init__.py").write_text("", "utf-8")
    (chapter / "__init__.py").write_text("", "utf-8")
    blocks = []
    for name, body in bodies.items():
        (chapter / f"{name}.py").write_text(
            f"import asyncio\n\n\nasync def main() -> None:\n    {body}\n\n\n"
            'if __name__ == "__main__":\n    asyncio.run(main())\n',
            "utf-8",
        )
        blocks.append(
            f'```python exec="on"\nfrom guide.pages import example\n'
            f'print(example("trial.{name}"))\n```\n'
        )
    for language in LANGUAGES:
        (project / "docs" / language).mkdir(parents=True)
        (project / "docs" / language / "index.md").write_text(
            "# Trial { #trial }\n\n" + "\n".join(blocks), "utf-8"
        )
    return project


def test_a_working_example_builds_in_the_copied_project(tmp_path, build_site, visible_text):
    """The control for the test below: the copy builds when its example works."""
    project = make_project(tmp_path, {"works": 'print("it works")'})
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "it works" in visible_text(tmp_path / "site" / "en" / "index.html")


def test_failing_examples_fail_the_strict_build_by_name(tmp_path, build_site):
    project = make_project(tmp_path, BROKEN_EXAMPLES)
    result = build_site(project, tmp_path / "site", GUIDE_EXAMPLE_TIMEOUT="3")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "snippets.trial.raises: exited with code 1" in log
    assert "ValueError: boom" in log
    assert "snippets.trial.hangs: still running after 3s, killed" in log
    assert "snippets.trial.silent: printed nothing" in log
    assert "Aborted with" in log
