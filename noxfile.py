"""Sessions: test_snippets (the suite), docs (strict build), serve (live preview),
lint, workflows (offline checks of .github/workflows), bench_server, bench_build,
bench_trace and bench_run (figures), fresh_builds (N fresh builds, pages compared),
weight (page weight and Lighthouse scores of every page)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

# nox imports this file without the project on sys.path; these guide modules need only
# the standard library, so they work before any session's environment exists.
sys.path.insert(0, str(Path(__file__).parent))
from guide import interpreters
from guide.interpreters import SUPPORTED
from guide.processes import free_port

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "workflows", "test_snippets", "docs"]


# pyenv's shims run only the active version: nox finds the others in their own folders.
os.environ["PATH"] = os.pathsep.join([*map(str, interpreters.pyenv_bins()), os.environ["PATH"]])
NEWEST = next((v for v in reversed(SUPPORTED) if interpreters.installed(v)), SUPPORTED[0])
"""Build and test with the newest Python here, so version-gated examples really run."""


def install(session: nox.Session, *groups: str) -> None:
    """Install the locked dependencies of these groups (and the project) into the session."""
    session.run_install(
        "uv",
        "sync",
        "--frozen",
        "--no-default-groups",
        # Every example, build and test worker is a new Python process: without .pyc files
        # each one compiles its imports again (aiohttp alone is about 0.3 s of CPU).
        "--compile-bytecode",
        *(f"--group={group}" for group in groups),
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
        external=True,
    )
    if {"test", "docs"} & set(groups):
        # CPython 3.14 in WebAssembly (Pyodide, locked in guide/wasm): the tests decide
        # which examples run in the browser with it, and where no CPython 3.14 is
        # installed, the tests and the build run the 3.14 examples with it. An install
        # step, so --install-only runs it online and -R (offline) reuses it.
        session.run_install(
            *_npm(), "ci", "--prefix", "guide/wasm", "--no-audit", "--no-fund", external=True
        )


@nox.session(python=NEWEST)
def test_snippets(session: nox.Session) -> None:
    """Run every example and its tests, and the strict build checks.

    Many tests use time as evidence (what overlapped, what waited). The suite runs in
    parallel while it also builds the site, and a 2-core VM under that load (or losing its
    CPU to a neighbour) can stall a step for a second. So the tests that fail in the parallel
    pass run once more at the end, one at a time, with new runs of their examples: a real
    fault fails there too. Both passes are in the log, and the session ends by listing
    every test that passed only on the second pass (lines starting "SECOND PASS").
    """
    install(session, "test", "docs")
    try:
        session.run("pytest", "--cache-clear", *session.posargs)
        return
    except nox.command.CommandFailed as failure:
        if failure.return_code != 1:  # 1: some tests failed; anything else is not a test
            raise
    first_pass = _last_failed()
    session.log("Running the tests that failed again, one at a time, on a quiet machine.")
    try:
        session.run(
            "pytest", "--last-failed", "--last-failed-no-failures=none", "-n", "0", *session.posargs
        )
    finally:
        still_failing = _last_failed()
        if passed_alone := [test for test in first_pass if test not in still_failing]:
            # Passing only on the second try is a defect too: say which, where nobody misses it.
            session.warn(
                f"{len(passed_alone)} test(s) passed only on the second pass (flaky under load):\n"
                + "\n".join(f"  SECOND PASS {test}" for test in passed_alone)
            )


def _last_failed() -> list[str]:
    """The tests the last pytest run recorded as failed (pytest's cache)."""
    path = Path(".pytest_cache/v/cache/lastfailed")
    return sorted(json.loads(path.read_text("utf-8"))) if path.is_file() else []


@nox.session(python=NEWEST)
def docs(session: nox.Session) -> None:
    """Build both languages with --strict into site/, then check its links and anchors."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict")
    session.run("python", "-m", "guide.linkcheck", "site")


@nox.session(python=NEWEST)
def serve(session: nox.Session) -> None:
    """Serve the site at http://127.0.0.1:8000 and rebuild on every edit."""
    install(session, "docs")
    # --livereload explicitly: with some click versions mkdocs serve leaves it off (mkdocs#4032).
    session.run("mkdocs", "serve", "--livereload", *session.posargs)


@nox.session(python=NEWEST)
def lint(session: nox.Session) -> None:
    """ruff over the examples, the tests and the build code."""
    install(session, "lint")
    session.run("ruff", "check", "snippets", "tests", "guide", "benchmarks", "noxfile.py")
    session.run(
        "ruff", "format", "--check", "snippets", "tests", "guide", "benchmarks", "noxfile.py"
    )


@nox.session(python=NEWEST)
def workflows(session: nox.Session) -> None:
    """Check .github/workflows offline: GitHub's schema, then zizmor's security audit."""
    session.install("check-jsonschema", "zizmor")
    files = sorted(str(path) for path in Path(".github/workflows").glob("*.yml"))
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *files)
    session.run("zizmor", "--offline", "--min-severity", "medium", ".github/workflows")


@nox.session(python=NEWEST)
def bench_server(session: nox.Session) -> None:
    """10, 100 and 1,000 concurrent /delay/1 against the local service; PostgreSQL start-up."""
    install(session)
    session.run("python", "benchmarks/bench_server.py")


@nox.session(python=NEWEST)
def bench_trace(session: nox.Session) -> None:
    """What tracing adds to the run time of each example a page draws a timeline of."""
    install(session)
    session.run("python", "benchmarks/trace_overhead.py")


@nox.session(python=NEWEST)
def bench_build(session: nox.Session) -> None:
    """Naive vs cold vs warm builds, example and test times, against the speed targets."""
    install(session, "test", "docs")
    session.run("python", "benchmarks/bench_build.py")


@nox.session(python=NEWEST)
def fresh_builds(session: nox.Session) -> None:
    """N fresh builds (default 2): pages byte-identical except measured figures?"""
    install(session, "docs")
    session.run("python", "benchmarks/fresh_builds.py", *session.posargs)


@nox.session(python=NEWEST)
def parity(session: nox.Session) -> None:
    """zh and en have the same pages, includes, anchors, admonitions, tabs and tables."""
    install(session)
    session.run("python", "-m", "guide.parity")


@nox.session(python=NEWEST)
def browser(session: nox.Session) -> None:
    """Build the site, then check it in Debian's chromium with Playwright (both languages).

    With ``GUIDE_SITE_DIR`` and ``GUIDE_SITE_URL`` (the folder of a site built already,
    and the site_url it was built for), the tests check that site instead (CI: the docs
    session's)."""
    install(session, "docs", "test", "browser")
    if os.environ.get("GUIDE_SITE_DIR") and os.environ.get("GUIDE_SITE_URL"):
        site_url = os.environ["GUIDE_SITE_URL"]
    else:
        # Built for the address the tests serve it at (the switcher reads sitemap.xml URLs).
        site_url = f"http://127.0.0.1:{free_port()}/"
        session.run("mkdocs", "build", "--strict", env={"SITE_URL": site_url})
    # Only the browser tests, one process, none of the suite's usual options.
    session.env["GUIDE_SITE_URL"] = site_url
    session.run(
        "pytest",
        "-o",
        "addopts=",
        "-p",
        "no:cacheprovider",
        "tests/browser",
        "-v",
        *session.posargs,
    )


def _npm() -> list[str]:
    """npm 10 or newer: npm 9 (Debian 12's) rejects the lock file of Lighthouse, whose
    dependencies ask for "latest"; there npx runs a pinned npm 10 instead."""
    if not shutil.which("npm"):
        return ["npm"]  # nox says it is missing if the install step runs
    version = subprocess.run(["npm", "--version"], capture_output=True, text=True).stdout
    major = int(version.split(".")[0]) if version[:1].isdigit() else 0
    return ["npm"] if major >= 10 else ["npx", "--yes", "npm@10.9.9"]


@nox.session(python=NEWEST)
def bench_run(session: nox.Session) -> None:
    """Time from pressing Run to the first output line, cold cache and second run."""
    install(session, "docs", "browser")  # "docs" installs the runtime too
    # GUIDE_SITE_DIR: measure a site built already instead.
    site = os.environ.get("GUIDE_SITE_DIR")
    if not site:
        site = "build-output/bench_run/site"
        session.run("mkdocs", "build", "--strict", "--site-dir", site)
    session.run("python", "benchmarks/bench_run.py", "--site", site, *session.posargs)


@nox.session(python=NEWEST)
def weight(session: nox.Session) -> None:
    """Page weight (gzip) and Lighthouse scores (all four categories) of every page."""
    install(session, "docs", "browser")
    # Lighthouse as locked in benchmarks/lighthouse, into its node_modules: nothing global.
    # An install step, so --install-only runs it online and -R (offline) reuses it.
    session.run_install(
        *_npm(), "ci", "--prefix", "benchmarks/lighthouse", "--no-audit", "--no-fund", external=True
    )
    # GUIDE_SITE_DIR: measure a site built already (CI: the browser session's) instead.
    site = os.environ.get("GUIDE_SITE_DIR")
    if not site:
        site = "build-output/weight/site"
        # Built for the address it is served at, as in the browser session.
        site_url = f"http://127.0.0.1:{free_port()}/"
        session.run(
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            site,
            env={"SITE_URL": site_url},
        )
    session.run("python", "benchmarks/weight.py", "--site", site, *session.posargs)
