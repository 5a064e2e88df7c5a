"""When each example runs during a build: in parallel, the longest first, once per build.

Runs start as soon as the build knows which examples its pages include
(:func:`prefetch`), before any page renders; a page's output waits for its own run
(:func:`run_of`), and a page whose run has not ended yet gets a placeholder filled in
once every page is converted (``guide.pages.fill_deferred``). Each runs once per
build whichever languages include it, and a
run stored in the cache (``guide.examples.cached_run``) is not repeated. A run that does
not print what its test expects is run again (up to ``examples.CLEAN_RUN_TRIES`` in all);
each rerun is logged, and :func:`summary` counts them for the build's log.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from guide import build_services, examples, includes
from guide.examples import Example, ExampleError, Run, cache_key, cached_run

MAX_PARALLEL = int(os.environ.get("GUIDE_MAX_PARALLEL", "12"))
"""Examples mostly wait on timers and sockets, so more of them than cores run at once."""

_executor = ThreadPoolExecutor(max_workers=MAX_PARALLEL, thread_name_prefix="example")
_runs: dict[tuple[str, str], Future[Run]] = {}
_reruns: list[str] = []  # one name per rerun since the last summary
_reruns_lock = threading.Lock()
log = logging.getLogger("mkdocs.guide")


def _rerun(deviating: Run) -> None:
    with _reruns_lock:
        _reruns.append(deviating.name)
    log.info(
        f"snippets.{deviating.name}: run {deviating.tries} was not clean ({deviating.deviation});"
        " running it again"
    )


def _run(example: Example, traced: bool) -> Run:
    return cached_run(example, build_services.service_env, on_rerun=_rerun, traced=traced)


_traced: set[str] | None = None  # read from the pages by each build's prefetch


def traced(name: str) -> bool:
    """Whether this build runs the example under the tracer: some page draws its
    timeline, so its one run gives both the output and the trace."""
    global _traced
    if _traced is None:
        _traced = includes.traced_names()
    return name in _traced


def summary() -> str:
    """How many examples ran and how many reruns that took, since the last summary."""
    done = [
        future.result() for future in _runs.values() if future.done() and not future.exception()
    ]
    ran = [run for run in done if not run.from_cache]
    with _reruns_lock:
        reruns = list(_reruns)
        _reruns.clear()
    rerun_names = f" ({', '.join(sorted(set(reruns)))})" if reruns else ""
    return (
        f"Examples: {len(ran)} run by this build, {len(done) - len(ran)} from the cache;"
        f" reruns of runs that were not clean: {len(reruns)}{rerun_names}"
    )


def run_of(name: str) -> Future[Run]:
    """This build's run of an example (started now unless it started already)."""
    example = Example(name)
    if not example.path.is_file():
        raise ExampleError(f"{example.module}: no such example ({example.path.name} is missing)")
    is_traced = traced(name)
    key = (name, cache_key(example, is_traced))
    if key not in _runs:
        _runs[key] = _executor.submit(_run, example, is_traced)
    return _runs[key]


def prefetch(names: list[str]) -> None:
    """Start running these examples now, in parallel, so pages do not wait in turn.

    Measurements marked ``(measurement, run alone)`` run first, one at a time, with
    nothing else running, and this call waits for them. Then the services the others
    need start in the background, and the others start, the longest run first (as
    long as the last run took, else measurements first, then those that talk to a
    service), so the build waits for no long straggler.
    """
    global _traced
    _traced = includes.traced_names()  # the pages may have changed since the last build
    examples.use_launcher()  # fork runs from one warm interpreter (guide.launcher)
    wanted = []
    for name in dict.fromkeys(names):
        example = Example(name)
        # A missing one fails where the page includes it; one that no Python here can
        # run is not run (the page says so).
        if example.path.is_file() and example.python is not None:
            wanted.append(example)
    to_run = [ex for ex in wanted if examples.cached(ex, traced(ex.name)) is None]
    # Their figures are only true with idle cores, so not even a service starts while
    # they run (one that needs a service starts it itself). A failure shows where a
    # page includes it.
    for example in (ex for ex in to_run if ex.runs_alone):
        run_of(example.name).exception()
    build_services.start_services(set().union(*(examples.services_needed(ex) for ex in to_run)))
    for example in sorted(wanted, key=examples.expected_seconds, reverse=True):
        run_of(example.name)
