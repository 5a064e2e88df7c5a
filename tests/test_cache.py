"""The example cache: prose edits reuse outputs, source edits rerun the example."""

import os
import re

from guide.languages import language

STAMP = 'import time\n    print("version 1, run at", time.time_ns())'


def stamp_on(page_text: str) -> str:
    match = re.search(r"version (\d), run at (\d+)", page_text)
    assert match, "the example's output is not on the page"
    return match[0]


def test_prose_edits_reuse_the_output_and_source_edits_rerun(
    tmp_path, trial_project, build_site, visible_text
):
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "GUIDE_FRESH")}
    project = trial_project({"stamp": STAMP})
    page = tmp_path / "site" / "en" / "index.html"

    assert build_site(project, tmp_path / "site", _env=env).returncode == 0
    first = stamp_on(visible_text(page))

    # Only prose changes: the cached output (same run, same time stamp) is shown.
    zh_page = project / language("zh").docs / "index.md"
    zh_page.write_text(zh_page.read_text("utf-8") + "\n多了一句话。\n", "utf-8")
    assert build_site(project, tmp_path / "site", _env=env).returncode == 0
    assert stamp_on(visible_text(page)) == first
    assert "多了一句话" in visible_text(tmp_path / "site" / "index.html")

    # The example's source changes: it runs again and the page shows the new output.
    trial_project({"stamp": STAMP.replace("version 1", "version 2")})
    assert build_site(project, tmp_path / "site", _env=env).returncode == 0
    assert stamp_on(visible_text(page)).startswith("version 2, run at")

    # A fresh build (as CI and Pages do) reruns even an unchanged example.
    second = stamp_on(visible_text(page))
    result = build_site(project, tmp_path / "site", _env=env, GUIDE_FRESH="1")
    assert result.returncode == 0
    assert stamp_on(visible_text(page)) != second


def test_cached_measurements_are_labelled_as_such(
    tmp_path, trial_project, build_site, visible_text
):
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "GUIDE_FRESH")}
    project = trial_project(
        {"figures": 'print("requests_per_s: 1234")'},
        docstrings={"figures": "Throughput of this machine (measurement)."},
    )
    site = tmp_path / "site"

    def labels() -> tuple[bool, bool, bool, bool]:
        zh, en = visible_text(site / "index.html"), visible_text(site / "en" / "index.html")
        return (
            "缓存的测量结果" in zh,
            "Cached measurement" in en,
            "本次构建测得的数字" in zh,
            "Measured by this build" in en,
        )

    assert build_site(project, site, _env=env, GUIDE_FRESH="1").returncode == 0
    # Measured by this very build, and not checked against fixed lines: the page says so.
    assert labels() == (False, False, True, True)
    assert build_site(project, site, _env=env).returncode == 0
    assert labels() == (True, True, False, False)  # reused from the build before
    assert "requests_per_s: 1234" in visible_text(site / "en" / "index.html")


def test_a_settings_file_beside_an_example_is_part_of_its_cache_key():
    # The testing chapter's examples run pytest, which reads the folder's pytest.ini:
    # editing only that file must rerun them.
    from guide.examples import ROOT, Example, cache_sources

    sources = cache_sources(Example("testing.first_test"))
    assert ROOT / "snippets" / "testing" / "pytest.ini" in sources
    assert all(path.is_file() for path in sources)
