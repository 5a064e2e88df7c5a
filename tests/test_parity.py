"""zh and en say the same things (guide/parity.py; `nox -s parity` prints the figures)."""

import re

from guide import examples, parity
from guide.languages import language, page_files
from guide.parity import compare, outline


def copied_to(tmp_path, code: str, page) -> tuple:
    """(the page in this project, where the same page goes in a project at tmp_path)."""
    return language(code).docs_dir / page, tmp_path / language(code).docs / page


def test_zh_and_en_agree():
    problems, figures = compare()
    assert not problems, "\n".join(problems)
    assert figures["pages"] == len(page_files("zh")) > 0
    assert figures["anchors"] > figures["pages"]  # every page has headings with anchors
    assert figures["timelines"] >= 9


def test_the_check_sees_a_timeline_in_one_language_only(tmp_path, monkeypatch):
    """A timeline dropped from the en page is reported."""
    page = next(page for page in page_files("en") if outline("en", page).timelines)
    for code in ("zh", "en"):
        source, target = copied_to(tmp_path, code, page)
        text = source.read_text("utf-8")
        if code == "en":
            text = re.sub(r"print\(timeline\(.*\)\)\n", "", text, count=1)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    monkeypatch.setattr(examples, "ROOT", tmp_path)
    monkeypatch.setattr(parity, "page_files", lambda code: [page])
    problems, _ = compare()
    assert any("timelines differ" in problem for problem in problems)


def test_the_check_sees_a_difference(tmp_path, monkeypatch):
    """Guards the guard: a changed anchor in one language is reported."""
    page = page_files("en")[0]
    for code in ("zh", "en"):
        source, target = copied_to(tmp_path, code, page)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_text("utf-8")
        if code == "en":
            text = text.replace("{ #", "{ #changed-", 1)
        target.write_text(text, "utf-8")
    monkeypatch.setattr(examples, "ROOT", tmp_path)
    monkeypatch.setattr(parity, "page_files", lambda code: [page])
    problems, _ = compare()
    assert any("anchors differ" in problem for problem in problems)
    assert outline("en", page).anchors[0].startswith("changed-")


def test_the_check_sees_a_description_in_one_language_only(tmp_path, monkeypatch):
    """A page whose en front matter lost its description is reported, naming zh."""
    page = page_files("en")[0]
    for code in ("zh", "en"):
        source, target = copied_to(tmp_path, code, page)
        text = source.read_text("utf-8")
        assert outline(code, page).has_description, f"{code}/{page}"
        if code == "en":
            text = re.sub(r"^description:.*\n", "", text, count=1, flags=re.M)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    monkeypatch.setattr(examples, "ROOT", tmp_path)
    monkeypatch.setattr(parity, "page_files", lambda code: [page])
    problems, figures = compare()
    assert problems == [f"{page}: a description in the front matter only in zh"]
    assert figures["descriptions"] == 0
    assert not outline("en", page).has_description
