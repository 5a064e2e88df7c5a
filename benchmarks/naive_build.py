"""An MkDocs hook for ``bench_build``'s baseline: examples run markdown-exec's way.

Every example runs where a page includes it, one after another, for every language,
with no cache and nothing started ahead. ``bench_build`` adds this hook, after the
guide's own, to the copy of the project it builds for the ``naive_s`` figure; the
guide's build itself has no such mode.
"""

from __future__ import annotations

from concurrent.futures import Future

from guide import build_services, examples, scheduler
from guide.examples import Example, ExampleError, Run


def run_where_included(name: str) -> Future[Run]:
    """Run the example now, in this thread, every time a page asks for it."""
    example = Example(name)
    if not example.path.is_file():
        raise ExampleError(f"{example.module}: no such example ({example.path.name} is missing)")
    done: Future[Run] = Future()
    env = build_services.service_env(examples.services_needed(example))
    # A page that draws its timeline needs the traced run, as in the guide's own build.
    done.set_result(examples.run(example, env=env, traced=scheduler.traced(name)))
    return done


def on_config(config):
    # Pages ask the scheduler for each run; here nothing starts ahead, nothing is shared.
    scheduler.prefetch = lambda names: None
    scheduler.run_of = run_where_included
    return config
