"""Charts drawn at build time from the figures an example printed in that build."""

import re

CHART = """
```python exec="on" html="on"
from guide.pages import chart
print(chart("snippets.trial.figures", {{"slow_s": "{slow}", "fast_s": "{fast}"}}, title="{title}"))
```
"""
BODY = 'print("slow_s: 10.02")\n    print("fast_s: 1.10")'


def test_chart_shows_the_printed_figures_with_labels_per_language(
    tmp_path, trial_project, build_site
):
    project = trial_project(
        {"figures": BODY},
        extra={
            "zh": CHART.format(slow="同步", fast="异步", title="耗时对比"),
            "en": CHART.format(slow="sync", fast="async", title="Time taken"),
        },
    )
    assert build_site(project, tmp_path / "site").returncode == 0
    zh = (tmp_path / "site" / "index.html").read_text("utf-8")
    en = (tmp_path / "site" / "en" / "index.html").read_text("utf-8")
    for page, labels in ((zh, ("同步", "异步", "耗时对比")), (en, ("sync", "async", "Time taken"))):
        svg = re.search(r"<svg class=\"guide-chart\".*?</svg>", page, flags=re.S)
        assert svg, "no chart on the page"
        assert all(f">{label}<" in svg[0] for label in labels)
        assert ">10.02s<" in svg[0]
        assert ">1.10s<" in svg[0]  # as printed, trailing zero and all
        # One bar per figure, in the figures' proportion to the 0.1 px the SVG is written
        # with (half of that either way for the rounding).
        slow, fast = (float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg[0]))
        assert abs(fast - slow * 1.10 / 10.02) <= 0.05 + 1e-9, (slow, fast)


def test_a_chart_of_a_figure_the_example_did_not_print_fails_the_build(
    tmp_path, trial_project, build_site
):
    chart = CHART.replace('"fast_s"', '"missing_s"')
    project = trial_project(
        {"figures": BODY},
        extra={
            "zh": chart.format(slow="a", fast="b", title="t"),
            "en": chart.format(slow="a", fast="b", title="t"),
        },
    )
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "snippets.trial.figures: printed no figure named missing_s" in result.stderr
