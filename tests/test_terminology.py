"""One zh term per concept: docs/glossary.toml decides it, both glossary pages render
it, and no zh page uses a variant it rejects."""

import pytest

from guide import glossary
from guide.languages import LANGUAGES, language

PAGES = [language("zh").docs_dir / page for page in language("zh").page_files()]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_zh_page_uses_no_rejected_variant(page):
    assert glossary.rejected_uses(page.read_text("utf-8")) == []


def test_the_check_finds_a_rejected_variant_in_prose_only():
    text = "三个工作者从队列里取任务。\n\n```python\n# 工作者\n```\n\n`工作者` 在代码里不算。\n"
    assert glossary.rejected_uses(text) == ["1: 工作者 (use 工作协程)"]


def test_each_term_is_decided_once():
    terms = glossary.terms()
    assert len(terms) >= 40
    assert len({term.en for term in terms}) == len(terms)
    assert len({term.zh for term in terms}) == len(terms)
    accepted = {term.zh for term in terms}
    for term in terms:
        for variant in term.reject:
            # A variant inside an accepted term would flag the accepted term.
            assert not any(variant in zh for zh in accepted), (variant, term.zh)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_glossary_page_renders_the_table(code):
    page = (language(code).docs_dir / "glossary.md").read_text("utf-8")
    assert "from guide.glossary import table" in page
    assert f'print(table("{code}"))' in page
