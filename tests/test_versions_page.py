"""The versions page: every change row links to a chapter and to the section of a page
that includes the example it names, the same rows in both languages. The built site's
side (links resolve, the example is rendered there, badges) is in tests/test_build.py."""

import re
from pathlib import Path

import pytest

from guide import versions
from guide.examples import Example
from guide.includes import language_includes
from guide.languages import SITE

ROWS = {language.code: versions.rows(language.docs_dir) for language in SITE}


def test_the_table_has_every_version():
    pythons = {row.python for row in ROWS["en"]}
    assert pythons == {"3.11", "3.12", "3.13", "3.14"}
    assert len(ROWS["en"]) >= 20


def test_both_languages_list_the_same_changes_in_the_same_order():
    assert ROWS["zh"] == ROWS["en"]


def test_a_malformed_row_is_an_error(tmp_path):
    (tmp_path / versions.PAGE).write_text(
        "| 3.12 | a change | [Timeouts](timeouts.md) | timeouts.wait_for |\n", "utf-8"
    )
    with pytest.raises(ValueError, match="without chapter and example links"):
        versions.rows(tmp_path)


@pytest.mark.parametrize("language", SITE, ids=lambda language: language.code)
def test_each_row_names_an_example_its_section_includes(language):
    includes = language_includes(language.code)
    for row in ROWS[language.code]:
        where = f"{language.code} versions row {row.python} {row.example}"
        assert Example(row.example).path.is_file(), f"{where}: no such example"
        assert row.page == row.chapter, f"{where}: the example link leaves the chapter"
        text = (language.docs_dir / row.page).read_text("utf-8")
        heading = re.search(rf"^(#+) .*\{{ #{row.anchor} \}}$", text, re.MULTILINE)
        assert heading, f"{where}: {row.page} has no #{row.anchor}"
        # The section: from its heading to the next heading of the same or a higher level.
        rest = text[heading.end() :]
        level = len(heading[1])
        end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
        section = rest[: end.start() if end else len(rest)]
        assert row.example in {name for name, _ in includes[Path(row.page)]}
        assert f'"snippets.{row.example}"' in section, f"{where}: not in #{row.anchor}"
