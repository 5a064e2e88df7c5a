"""zh and en say the same things (guide/parity.py; `nox -s parity` prints the figures)."""

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
