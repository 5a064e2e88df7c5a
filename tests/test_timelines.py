"""The timelines (issue 17): what each picture claims, checked on the trace it is drawn from.

Every example a page draws a timeline of runs here under the tracer the way the build
runs it (``guide.examples.run(traced=True)``), in the strict mode of the other tests
(asyncio debug mode, ``-X dev``, ResourceWarning as an error).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

import pytest

from guide.examples import CLEAN_RUN_TRIES, Example, Run, deviation, run
from guide.includes import traced_names
from guide.testing import TIMING_TOLERANCE, assert_printed, took, without_debug_lines
from guide.timelines import Trace, max_at_once, render

_runs: dict[str, Run] = {}


def traced_run(name: str) -> Run:
    """This process's one traced strict run of an example."""
    if not Example(name).runs_here():
        pytest.skip(f"snippets.{name} needs a newer Python")
    if name not in _runs:
        _runs[name] = run(Example(name), debug=True, traced=True)
    return _runs[name].check()


def trace_of(name: str) -> Trace:
    return Trace.from_json(traced_run(name).trace)


def test_pages_draw_at_least_nine_timelines() -> None:
    assert len(traced_names()) >= 9


@pytest.mark.parametrize("name", sorted(traced_names()))
def test_tracing_does_not_change_what_the_example_prints(
    name: str, reader_run: Callable[[str], list[str]]
) -> None:
    traced = traced_run(name)
    printed = without_debug_lines(traced.output)
    # The same lines as the plain run of the other tests (timings within the tolerance)...
    assert_printed(printed, reader_run(name))
    # ...and as the test's EXPECTED, where the example declares one.
    if (expected := Example(name).expected_lines()) is not None:
        assert_printed(printed, expected)
    assert Trace.from_json(traced.trace).tasks, "a trace with no task"


def test_gather_overlaps_the_waits_that_awaiting_in_turn_runs_one_by_one() -> None:
    trace = trace_of("why_async.sequential_vs_concurrent")
    main = trace.task("main")
    gathered = [task for task in trace.tasks if task.coroutine == "fetch_user"]
    assert len(gathered) == 3
    # sequential(): main itself sleeps three times, one after another, before gather.
    first_task = min(task.created for task in gathered)
    own_sleeps = [w for w in main.waits if w.kind == "sleep" and w.end <= first_task]
    assert len(own_sleeps) == 3
    assert max_at_once([(w.start, w.end) for w in own_sleeps]) == 1
    assert all(took(w.end - w.start, 1.0) for w in own_sleeps)
    # concurrent(): the three tasks' sleeps overlap, while main waits for the gather.
    sleeps = [(w.start, w.end) for task in gathered for w in task.waits if w.kind == "sleep"]
    assert max_at_once(sleeps) == 3
    assert any(w.kind == "gather" for w in main.waits)


def test_create_task_starts_the_task_after_the_callers_step() -> None:
    trace = trace_of("core_api.create_task_order")
    main, worker = trace.task("main"), trace.task("worker")
    first_start, first_end = main.steps[0]
    assert first_start <= worker.created <= first_end  # created inside main's first step
    # It first runs after that step, before main's next one (the turn sleep(0) gave).
    assert first_end <= worker.steps[0][0] <= main.steps[1][0]
    assert main.waits[0].kind == "ready"  # sleep(0): a bare yield, no future


def test_taskgroup_failure_cancels_the_sibling() -> None:
    trace = trace_of("task_groups.failure_cancels_siblings")
    failing, sibling = trace.task("failing"), trace.task("sibling")
    assert (failing.state, failing.end["detail"]) == ("exception", "ValueError")
    assert sibling.state == "cancelled"
    assert failing.ended_at <= sibling.ended_at < 1.0  # before its own 1 s sleep ended
    assert sibling.waits[-1].kind == "sleep"
    assert sibling.waits[-1].cancelled


def test_semaphore_lets_at_most_five_fetches_hold_a_slot() -> None:
    trace = trace_of("concurrency.semaphore_limit")
    fetches = [task for task in trace.tasks if task.coroutine == "fetch"]
    assert len(fetches) == 20
    holding = []
    for task in fetches:
        acquired = [w.end for w in task.waits if w.kind == "semaphore"]
        # A fetch that found a free slot never waited for one: it held it from its start.
        holding.append((acquired[0] if acquired else task.steps[0][0], task.ended_at))
    assert max_at_once(holding) == 5
    assert sum(1 for task in fetches if any(w.kind == "semaphore" for w in task.waits)) == 15


def test_queue_workers_take_jobs_at_once_and_end_cancelled() -> None:
    trace = trace_of("concurrency.queue_workers")
    workers = [trace.task(f"worker-{i}") for i in range(3)]
    jobs = [(w.start, w.end) for task in workers for w in task.waits if w.kind == "sleep"]
    assert len(jobs) == 9
    assert max_at_once(jobs) == 3
    assert all(task.state == "cancelled" for task in workers)
    assert all(task.waits[-1].kind == "queue" for task in workers)


def _longest_blocked(trace: Trace) -> tuple[float, float, str]:
    assert trace.blocked, "no blocked period: nothing held the event loop"
    return max(trace.blocked, key=lambda period: period[1] - period[0])


def test_time_sleep_blocks_the_loop_and_to_thread_does_not() -> None:
    trace = trace_of("mixing.blocking_heartbeat")
    start, end, who = _longest_blocked(trace)
    assert who == "main"
    assert took(end - start, 1.0)
    first, second = trace.named("heartbeat")
    # Nothing else ran while main's step held the loop: the heartbeat's 0.1 s sleep
    # lasted the whole second.
    assert not [s for task in trace.tasks for s, _ in task.steps if start < s < end]
    frozen = next(w for w in first.waits if w.start <= start and w.end >= end)
    assert frozen.kind == "sleep"
    # In a thread the same call blocks nothing: the second heartbeat runs meanwhile.
    waiting = next(w for w in trace.task("main").waits if w.kind == "thread")
    assert took(waiting.end - waiting.start, 1.0)
    beats = [s for s, _ in second.steps if waiting.start < s < waiting.end]
    assert len(beats) >= 8
    assert not [p for p in trace.blocked if p[0] >= end - 1e-9]


def test_time_sleep_in_a_task_is_a_blocked_period_asyncio_sleep_is_a_wait() -> None:
    trace = trace_of("debugging.slow_callback")
    start, end, who = _longest_blocked(trace)
    assert who == "resize_images"
    assert took(end - start, 0.5)
    polite = trace.task("resize_images_politely")
    assert [w.kind for w in polite.waits] == ["sleep"]
    assert not [p for p in trace.blocked if p[0] >= polite.created]


def test_to_thread_calls_overlap_when_gathered() -> None:
    trace = trace_of("mixing.to_thread")
    main = trace.task("main")
    assert [w.kind for w in main.waits] == ["thread"] * 3 + ["gather"]
    calls = [task for task in trace.tasks if task.coroutine == "to_thread"]
    waits = [(w.start, w.end) for task in calls for w in task.waits if w.kind == "thread"]
    assert len(waits) == 3
    assert max_at_once(waits) == 3
    assert not trace.blocked


def test_timeout_cancels_the_wait_in_progress_at_the_deadline() -> None:
    trace = trace_of("timeouts.timeout_block")
    main = trace.task("main")
    sleeps = [w for w in main.waits if w.kind == "sleep"]
    assert [w.cancelled for w in sleeps] == [False, False, True]
    assert took(sleeps[-1].end, 1.0)
    assert main.state == "result"  # it caught the TimeoutError


def test_shutdown_deadline_cancels_the_running_job() -> None:
    trace = trace_of("shutdown.shutdown_deadline")
    (worker,) = [task for task in trace.tasks if task.coroutine == "JobService.work"]
    assert worker.state == "cancelled"
    assert any(w.kind == "sleep" and w.cancelled for w in worker.waits)
    assert took(worker.ended_at, 0.6, late=TIMING_TOLERANCE)


@pytest.mark.parametrize("name", sorted(traced_names()))
def test_two_runs_draw_the_same_svg(name: str) -> None:
    """Times are put on a grid, and steps that race in lane order: two fresh clean runs
    of every example a page draws draw the same bytes, so two builds publish the same
    SVG (mixing.to_thread's threads even end in an order that differs from run to
    run)."""
    drawn = [
        render(Trace.from_json(clean_traced_run(name).trace), title="t", language="en", ident="t")
        for _ in range(2)
    ]
    assert drawn[0] == drawn[1]


def clean_traced_run(name: str) -> Run:
    """A traced run the build would publish: one that prints what its test expects,
    run again as the build does when a stalled machine moved a printed timing. Fresh
    each time (the build's cache would hand back the same run). With no clean run in
    CLEAN_RUN_TRIES the build would fail, and so does this."""
    example = Example(name)
    found = []
    for _ in range(CLEAN_RUN_TRIES):
        result = run(example, traced=True)
        found.append(deviation(example, result))
        if not found[-1]:
            return result
    pytest.fail(f"{name}: no clean run in {CLEAN_RUN_TRIES}: {found}")


def test_steps_that_race_are_drawn_in_lane_order() -> None:
    """Threads that end in the same instant wake their tasks in an order that is a race:
    the picture must not depend on it."""
    trace = trace_of("mixing.to_thread")
    swapped = copy.deepcopy(trace)
    first, second = [task for task in swapped.tasks if task.coroutine == "to_thread"][:2]
    assert first.waits[-1].kind == second.waits[-1].kind == "thread"
    # Their last steps (after their threads) change places, and so do their waits' ends.
    first.steps[-1], second.steps[-1] = second.steps[-1], first.steps[-1]
    first.waits[-1].end, second.waits[-1].end = second.waits[-1].end, first.waits[-1].end
    first.end["at"], second.end["at"] = second.end["at"], first.end["at"]
    assert first.steps[-1] != second.steps[-1]
    drawn = [render(t, title="t", language="en", ident="t") for t in (trace, swapped)]
    assert drawn[0] == drawn[1]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_svg_has_a_title_a_description_and_a_text_version(language: str) -> None:
    trace = trace_of("task_groups.failure_cancels_siblings")
    html = render(trace, title="TaskGroup", language=language, ident="tg")
    svg = re.search(r"<svg [^>]*>", html)[0]
    assert 'class="timeline"' in svg
    assert 'aria-labelledby="tg-title tg-desc"' in svg
    assert '<title id="tg-title">TaskGroup</title>' in html
    assert '<desc id="tg-desc">' in html
    text = re.search(r'<details class="guide-timeline__text">(.*)</details>', html)[1]
    cancelled = {"zh": "被取消", "en": "cancelled"}[language]
    assert re.search(rf"<code>sibling</code>.*{cancelled}", text)
    assert "ValueError" in text
