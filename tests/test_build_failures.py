"""A broken example fails the strict build, and the message names it."""

import os
import re

BROKEN_EXAMPLES = {
    "raises": 'raise ValueError("boom")',
    "hangs": "await asyncio.sleep(3600)",
    "silent": "await asyncio.sleep(0)",
    # A timing no test checks: the page could show a stall (no EXPECTED, guide/expected.py).
    "unchecked": 'print("took 0.0s")',
}
TIMED = (
    "loop = asyncio.get_running_loop()\n"
    "    started = loop.time()\n"
    "    await asyncio.sleep(1.2)\n"
    '    print(f"slept {loop.time() - started:.1f}s")'
)
"""One sleep: a run paused when it should wake (GUIDE_STALL pauses it from 0.8 s after it
starts for 1.5 s) wakes late and prints more than 1.2s."""


def test_a_working_example_builds_in_the_copied_project(
    tmp_path, trial_project, build_site, visible_text
):
    """The control for the test below, and a clean start and stop of the build's own services."""
    body = 'import os\n    print("it works with", sorted(os.environ.keys() & {"DATABASE_URL"}))'
    project = trial_project({"works": body})
    # Without the test's DATABASE_URL, and with a cache folder of its own, the build
    # starts an embedded PostgreSQL that only it uses, and must stop it cleanly.
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    result = build_site(project, tmp_path / "site", _env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr
    pgdata = tmp_path / "cache" / "asyncio-guide" / "pgdata"
    assert (pgdata / "PG_VERSION").is_file()  # it did start one
    assert not (pgdata / "postmaster.pid").exists()  # and stopped it
    assert "it works with ['DATABASE_URL']" in visible_text(tmp_path / "site" / "en" / "index.html")


def test_failing_examples_fail_the_strict_build_by_name(tmp_path, trial_project, build_site):
    project = trial_project(BROKEN_EXAMPLES)
    result = build_site(project, tmp_path / "site", GUIDE_EXAMPLE_TIMEOUT="3")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "snippets.trial.raises: exited with code 1" in log
    assert "ValueError: boom" in log
    assert "snippets.trial.hangs: still running after 3s, killed" in log
    assert "snippets.trial.silent: printed nothing" in log
    assert (
        "snippets.trial.unchecked: no clean run in 1 run: it prints timings,"
        " but tests/snippets/trial/test_unchecked.py has no EXPECTED"
    ) in log
    assert "Aborted with" in log


def test_a_stalled_run_is_run_again_and_the_page_shows_the_clean_one(
    tmp_path, trial_project, build_site, visible_text
):
    project = trial_project({"timed": TIMED}, expected={"timed": ["slept 1.2s"]})
    result = build_site(project, tmp_path / "site", GUIDE_FRESH="1", GUIDE_STALL="trial.timed:1")
    assert result.returncode == 0, result.stderr
    log = result.stdout + result.stderr
    # Paused when it should have woken, it printed a later time.
    assert re.search(
        r"snippets\.trial\.timed: run 1 was not clean \(first deviating line 1:"
        r" printed 'slept \d\.\ds', expected 'slept 1\.2s'\); running it again",
        log,
    ), log
    # Once for the stall; a busy machine may make the second run late too.
    assert re.search(r"reruns of runs that were not clean: [12] \(trial\.timed\)", log), log
    for page in (tmp_path / "site" / "index.html", tmp_path / "site" / "en" / "index.html"):
        assert re.findall(r"slept \d\.\ds", visible_text(page)) == ["slept 1.2s"]


def test_an_example_with_no_clean_run_fails_the_build_by_name(tmp_path, trial_project, build_site):
    project = trial_project({"timed": TIMED}, expected={"timed": ["slept 1.2s"]})
    # Every run stalls: the build gives up after its three tries.
    result = build_site(project, tmp_path / "site", GUIDE_FRESH="1", GUIDE_STALL="trial.timed:99")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert re.search(
        r"snippets\.trial\.timed: no clean run in 3 runs: first deviating line 1:"
        r" printed 'slept \d\.\ds', expected 'slept 1\.2s'",
        log,
    ), log
    assert log.count("snippets.trial.timed: run ") == 2  # runs 1 and 2 were rerun
    assert "Aborted with" in log


def test_an_example_for_a_newer_python_is_shown_without_running(
    tmp_path, trial_project, build_site, visible_text
):
    project = trial_project(
        {"future": 'raise SystemExit("must not run")'},
        docstrings={"future": "Needs a release that does not exist yet (Python 3.99+)."},
    )
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    zh = visible_text(tmp_path / "site" / "index.html")
    en = visible_text(tmp_path / "site" / "en" / "index.html")
    assert "must not run" in en  # the source is shown
    assert "这个示例需要 Python 3.99 或更新版本" in zh
    assert "This example needs Python 3.99 or newer" in en
