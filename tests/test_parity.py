"""zh and en say the same things (guide/parity.py; `nox -s parity` prints the figures)."""

import re

from guide.pages import page_files
from guide.parity import compare, outline


def test_zh_and_en_agree():
    problems, figures = compare()
    assert not problems, "\n".join(problems)
    assert figures["pages"] == len(page_files("zh")) > 0
    assert figures["anchors"] > figures["pages"]  # every page has headings with anchors


def test_the_check_sees_a_difference(tmp_path, monkeypatch):
    """Guards the guard: a changed anchor in one language is reported."""
    from guide import parity

    page = page_files("en")[0]
    for language in ("zh", "en"):
        source = parity.ROOT / "docs" / language / page
        target = tmp_path / "docs" / language / page
        target.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_text("utf-8")
        if language == "en":
            text = text.replace("{ #", "{ #changed-", 1)
        target.write_text(text, "utf-8")
    monkeypatch.setattr(parity, "ROOT", tmp_path)
    monkeypatch.setattr(parity, "page_files", lambda language: [page])
    problems, _ = compare()
    assert any("anchors differ" in problem for problem in problems)
    assert outline("en", page).anchors[0].startswith("changed-")


def test_the_check_sees_a_description_in_one_language_only(tmp_path, monkeypatch):
    """A page whose en front matter lost its description is reported, naming zh."""
    from guide import parity

    page = page_files("en")[0]
    for language in ("zh", "en"):
        text = (parity.ROOT / "docs" / language / page).read_text("utf-8")
        assert outline(language, page).has_description, f"{language}/{page}"
        if language == "en":
            text = re.sub(r"^description:.*\n", "", text, count=1, flags=re.M)
        target = tmp_path / "docs" / language / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    monkeypatch.setattr(parity, "ROOT", tmp_path)
    monkeypatch.setattr(parity, "page_files", lambda language: [page])
    problems, figures = compare()
    assert problems == [f"{page}: a description in the front matter only in zh"]
    assert figures["descriptions"] == 0
    assert not outline("en", page).has_description
