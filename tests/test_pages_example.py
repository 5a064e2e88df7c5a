"""guide.pages.example: what a page shows of an example, source and output or one of them."""

import sys
from concurrent.futures import Future

import pytest

from guide import pages
from guide.examples import ExampleError, Run

MODULE = "snippets.why_async.sequential_vs_concurrent"
PRINTED = "sequential: 3 users in 3.0s\nconcurrent: 3 users in 1.0s\n"
SOURCE_TITLE = 'python title="snippets/why_async/sequential_vs_concurrent.py"'
OUTPUT_TITLE = 'text title="Output of python -m snippets.why_async.sequential_vs_concurrent"'


@pytest.fixture
def built(monkeypatch):
    """example() as a build calls it, with this run handed over by the scheduler."""
    python = ".".join(map(str, sys.version_info[:3]))
    finished: Future[Run] = Future()
    finished.set_result(Run("why_async.sequential_vs_concurrent", PRINTED, 0, 3.0, python))
    monkeypatch.setattr(pages.scheduler, "run_of", lambda name: finished)
    monkeypatch.setattr(pages, "language", "en")
    return pages.example


def test_by_default_the_source_then_its_output(built):
    shown = built(MODULE)
    assert SOURCE_TITLE in shown
    assert shown.index(SOURCE_TITLE) < shown.index(OUTPUT_TITLE)
    assert "sequential: 3 users in 3.0s" in shown


def test_output_false_shows_the_source_alone(built):
    shown = built(MODULE, output=False)
    assert SOURCE_TITLE in shown
    assert OUTPUT_TITLE not in shown


def test_source_false_shows_the_output_alone(built):
    """The home page's "what you will build": what the example printed, titled with the
    command that printed it, and none of its code."""
    shown = built(MODULE, source=False)
    assert SOURCE_TITLE not in shown
    assert "async def" not in shown
    assert OUTPUT_TITLE in shown
    assert "sequential: 3 users in 3.0s\nconcurrent: 3 users in 1.0s" in shown


def test_asking_for_neither_is_an_error_naming_the_module(built):
    with pytest.raises(ExampleError, match=MODULE):
        built(MODULE, output=False, source=False)


@pytest.fixture
def pending(monkeypatch):
    """example() as a build calls it while the example's run is still going."""
    running: Future[Run] = Future()
    monkeypatch.setattr(pages.scheduler, "run_of", lambda name: running)
    monkeypatch.setattr(pages, "language", "en")
    pages.defer_outputs(True)
    yield running
    pages.defer_outputs(False)


def test_a_run_still_going_leaves_a_placeholder_its_output_fills_in(pending):
    """A build converts every page while the examples run (guide.mkdocs_hooks.on_env
    fills the outputs in): the page is the same as if it had waited for the run."""
    shown = pages.example(MODULE)
    assert SOURCE_TITLE in shown  # the source needs no run
    assert "sequential: 3 users" not in shown
    python = ".".join(map(str, sys.version_info[:3]))
    pending.set_result(Run("why_async.sequential_vs_concurrent", PRINTED, 0, 3.0, python))

    filled, errors = pages.fill_deferred(shown)

    assert errors == []
    assert filled == pages.example(MODULE)  # the run has ended: no placeholder now
    assert OUTPUT_TITLE in filled
    assert "sequential: 3 users in 3.0s" in filled


def test_a_failed_run_behind_a_placeholder_is_an_error_naming_it(pending):
    shown = pages.example(MODULE)
    pending.set_result(Run("why_async.sequential_vs_concurrent", "boom\n", 1, 0.1, "3.13.0"))

    filled, errors = pages.fill_deferred(shown)

    assert [str(error).splitlines()[0] for error in errors] == [f"{MODULE}: exited with code 1"]
    assert f"{MODULE}: exited with code 1" in filled
    assert "guide-deferred" not in filled
