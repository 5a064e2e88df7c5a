"""The performance page's summary table: one builder (guide.pages), both languages."""

import pytest

from guide import pages

TIMES = "\N{MULTIPLICATION SIGN}"
PRINTED = {  # what the three examples print, as the build would hand it over
    "snippets.performance.ten_requests": {"sync_s": 5.12, "async_s": 0.53, "speedup": 9.66},
    "snippets.performance.many_requests": {
        "sync_100_s": 0.4,
        "async_100_s": 0.1,
        "speedup_100": 4.04,
        "sync_1000_s": 3.9,
        "async_1000_s": 0.8,
        "speedup_1000": 4.87,
    },
    "snippets.performance.cpu_bound": {"plain_s": 0.21, "asyncio_s": 0.22, "asyncio_speedup": 0.95},
}


@pytest.fixture
def summary(monkeypatch):
    monkeypatch.setattr(pages, "figures", PRINTED.__getitem__)

    def in_language(language: str) -> list[str]:
        monkeypatch.setattr(pages, "language", language)
        lines = pages.performance_summary().splitlines()
        # Inside the marker of measured figures (pages.measured), a blank line on each side.
        assert lines[0].startswith('<div class="guide-measured"'), lines[0]
        assert (lines[1], lines[-2], lines[-1]) == ("", "", "</div>")
        return lines[2:-2]

    return in_language


def test_each_language_gets_the_same_rows_of_this_builds_figures(summary):
    zh, en = summary("zh"), summary("en")
    assert zh[0] == "| 场景 | 同步（秒） | asyncio（秒） | 加速比 |"
    assert en[0] == "| Case | Sync (s) | asyncio (s) | Speedup |"
    assert zh[2:] == [
        f"| 10 个请求，每个等 0.5 秒 | 5.12 | 0.53 | 9.7{TIMES} |",
        f"| 100 个请求，每个等 1 毫秒 | 0.4 | 0.1 | 4.0{TIMES} |",
        f"| 1000 个请求，每个等 1 毫秒 | 3.9 | 0.8 | 4.9{TIMES} |",
        f"| 20 次纯 Python 计算（25 轮的中位数） | 0.21 | 0.22 | 0.95{TIMES} |",
    ]
    assert en[2:] == [
        f"| 10 requests, each waiting 0.5 s | 5.12 | 0.53 | 9.7{TIMES} |",
        f"| 100 requests, each waiting 1 ms | 0.4 | 0.1 | 4.0{TIMES} |",
        f"| 1,000 requests, each waiting 1 ms | 3.9 | 0.8 | 4.9{TIMES} |",
        f"| 20 pure-Python calls (median of 25 rounds) | 0.21 | 0.22 | 0.95{TIMES} |",
    ]


def test_both_pages_print_the_table_from_guide_pages():
    from guide.languages import SITE

    for language in SITE:
        text = (language.docs_dir / "performance.md").read_text("utf-8")
        assert "print(performance_summary())" in text, language.code
        assert "figures(" not in text, f"{language.code}: a page computes the table itself"
