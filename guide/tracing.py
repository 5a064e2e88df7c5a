"""Record what each asyncio task did while an example ran: the data of a timeline.

``python -m guide.tracing TRACE.json snippets.<chapter>.<example>`` runs the example as
``python -m snippets.<chapter>.<example>`` would (as ``__main__``, same ``sys.argv``,
same output) and writes the trace as JSON when it ends. The example's code is not
touched: the runner applies the tracer, so what a reader sees is what they would write.

Two hooks, both on pure-Python classes that every asyncio loop built on
``BaseEventLoop`` uses on 3.11-3.14 (with the C ``Task`` too):

* ``asyncio.events.Handle._run`` runs every callback the loop runs, so every task step
  (``handle._callback.__self__`` is the task) and every callback that held the loop.
  After a step, ``task._fut_waiter`` is the future the task now waits for, and the
  coroutine chain (``cr_await``) says which asyncio coroutine awaits it (``sleep``,
  ``Semaphore.acquire``, ``Queue.get``, ``to_thread``, a stream read...).
* ``BaseEventLoop.create_task``: when and by which task a task was created, and, with
  ``eager_task_factory`` (3.12+), its first step, which runs inside ``create_task``
  and never reaches a ``Handle``. It passes its arguments through untouched, so the
  factory keyword changes of 3.13.3/3.14 do not matter.

It imports only the standard library: a build runs a version-gated example with another
installed Python, and that Python has none of the project's packages.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import runpy
import sys
import time
import weakref
from asyncio import base_events, events

BLOCKED_AFTER = 0.1
"""Seconds: a callback or task step that holds the loop longer is a blocked period.
One tick of the timelines' grid (``guide.timelines.GRID``): a shorter hold would be
drawn as nothing, and an ordinary step can take 0.05-0.08 s on a loaded machine (the
step that starts a thread for ``to_thread`` did, in CI), which would make two builds
draw different pictures."""

DEFAULT_NAME = re.compile(r"Task-\d+")
INTERNAL_MODULES = ("asyncio.base_events", "asyncio.runners")
"""``asyncio.run`` creates tasks of its own at shutdown (``shutdown_asyncgens``,
``shutdown_default_executor``): they are not the example's, and are left out."""

SOCKET_MODULES = ("asyncio.streams", "asyncio.selector_events", "asyncio.sslproto", "aiohttp")


def _innermost(task: asyncio.Task) -> tuple[str, str]:
    """(module, qualified name) of the innermost coroutine the task is suspended in."""
    coro = task.get_coro()
    module, name = "", ""
    while coro is not None:
        code = getattr(coro, "cr_code", None) or getattr(coro, "ag_code", None)
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "ag_frame", None)
        if code is None:
            break
        module = frame.f_globals.get("__name__", "") if frame is not None else ""
        name = code.co_qualname
        coro = getattr(coro, "cr_await", None)
    return module, name


def awaited(task: asyncio.Task, waiter: object) -> tuple[str, str]:
    """(kind, detail) of what a suspended task waits for: kind is one of sleep, task,
    gather, lock, semaphore, event, condition, barrier, queue, thread, socket,
    taskgroup, timeout, ready (it yielded without a future: runs again next turn) or
    future (anything else)."""
    if waiter is None:
        return "ready", ""
    if isinstance(waiter, asyncio.Task):
        return "task", label(waiter.get_name(), _coroutine_name(waiter.get_coro()))
    if type(waiter).__name__ == "_GatheringFuture":
        return "gather", "asyncio.gather"
    module, name = _innermost(task)
    short = name.split(".")[0]
    if module == "asyncio.tasks" and name == "sleep":
        return "sleep", "asyncio.sleep"
    if module == "asyncio.locks":
        kind = {"Lock": "lock", "BoundedSemaphore": "semaphore"}.get(short, short.lower())
        return kind, name
    if module == "asyncio.queues":
        return "queue", name
    if module == "asyncio.threads":
        return "thread", "asyncio.to_thread"
    if module == "asyncio.taskgroups":
        return "taskgroup", "TaskGroup"
    if module == "asyncio.timeouts":
        return "timeout", name
    if module.startswith(SOCKET_MODULES):
        return "socket", name
    return "future", name


def _coroutine_name(coro: object) -> str:
    return getattr(coro, "__qualname__", "") or ""


def _coroutine_module(coro: object) -> str:
    frame = getattr(coro, "cr_frame", None)
    return frame.f_globals.get("__name__", "") if frame is not None else ""


def label(name: str, coroutine: str) -> str:
    """A task's lane name: the name it was given, else its coroutine's name."""
    # 3.13.0 gives None as the name of a task an eager factory already finished.
    name = name or ""
    return coroutine if (DEFAULT_NAME.fullmatch(name) or not name) and coroutine else name


class Tracer:
    """The records of one run. Times are ``perf_counter`` readings until :meth:`data`
    makes them seconds since the first task was created; the hot path (:meth:`step`,
    once per callback the loop runs) does as little as it can."""

    def __init__(self) -> None:
        self.clock = time.perf_counter
        self.zero: float | None = None
        self.tasks: list[dict] = []
        self.blocked: list[list] = []
        # By id(task), dropped when the task is collected: the tracer must not keep a
        # task alive ("Task was destroyed but it is pending!" would go unsaid).
        self._records: dict[int, dict] = {}
        self._refs: dict[int, weakref.ref] = {}
        # What each task waits for now, weakly: was that wait ended by a cancel()?
        self._waiters: dict[int, weakref.ref] = {}

    def _forget(self, key: int) -> None:
        self._records.pop(key, None)
        self._refs.pop(key, None)
        self._waiters.pop(key, None)

    def record(
        self,
        task: asyncio.Task,
        moment: float,
        parent: asyncio.Task | None,
        coro: object = None,
    ) -> dict:
        """The task's record, made the first time it is seen. ``coro``: its coroutine,
        if known. (``get_coro()`` of a task an eager factory already finished crashes
        3.12.1, so it is asked only of tasks that have not run yet.)"""
        key = id(task)
        found = self._records.get(key)
        if found is not None:
            return found
        if self.zero is None:
            self.zero = moment
        if coro is None:
            coro = task.get_coro()
        parent_record = self._records.get(id(parent)) if parent is not None else None
        name = task.get_name() or ""
        found = {
            "index": len(self.tasks),
            "name": name,
            "label": label(name, _coroutine_name(coro)),
            "coroutine": _coroutine_name(coro),
            "internal": _coroutine_module(coro) in INTERNAL_MODULES,
            "parent": None if parent_record is None else parent_record["index"],
            "created": moment,
            "steps": [],
            "waits": [],
            "end": None,
        }
        self.tasks.append(found)
        self._records[key] = found
        self._refs[key] = weakref.ref(task, lambda _, key=key: self._forget(key))
        return found

    def step(self, task: asyncio.Task, started: float, ended: float) -> None:
        key = id(task)
        found = self._records.get(key) or self.record(task, started, None)
        waits = found["waits"]
        if waits and waits[-1][1] is None:
            waits[-1][1] = started
            # A wait a cancel() ended (a timeout's, a TaskGroup's...): its future was
            # cancelled.
            waiter = self._waiters.pop(key, None)
            waiter = waiter() if waiter is not None else None
            if waiter is not None and waiter.cancelled():
                waits[-1][4] = True
        found["steps"].append([started, ended])
        name = task.get_name()
        if name != found["name"] and name:  # renamed (set_name): keep the newest name
            found["name"] = name
            found["label"] = label(name, found["coroutine"])
        if task.done():
            found["end"] = {"at": ended, **_outcome(task)}
        else:
            waiter = task._fut_waiter
            kind, detail = awaited(task, waiter)
            waits.append([ended, None, kind, detail, False])
            if waiter is not None:
                self._waiters[key] = weakref.ref(waiter)
        if ended - started > BLOCKED_AFTER:
            self.blocked.append([started, ended, found["label"], found["index"]])

    def callback(self, handle: events.Handle, started: float, ended: float) -> None:
        if ended - started > BLOCKED_AFTER:
            callback = handle._callback
            who = getattr(callback, "__qualname__", type(callback).__name__)
            self.blocked.append([started, ended, who, None])

    def data(self) -> dict:
        """The trace: every time in seconds since the first task was created."""
        zero = self.zero or 0.0

        def at(moment: float | None) -> float | None:
            return None if moment is None else round(moment - zero, 6)

        tasks = []
        for found in self.tasks:
            end = found["end"] and {**found["end"], "at": at(found["end"]["at"])}
            tasks.append(
                found
                | {
                    "created": at(found["created"]),
                    "steps": [[at(a), at(b)] for a, b in found["steps"]],
                    "waits": [[at(a), at(b), *rest] for a, b, *rest in found["waits"]],
                    "end": end,
                }
            )
        return {
            "python": "{}.{}.{}".format(*sys.version_info[:3]),
            "blocked_after": BLOCKED_AFTER,
            "tasks": tasks,
            "blocked": [[at(a), at(b), *rest] for a, b, *rest in self.blocked],
        }


def _outcome(task: asyncio.Task) -> dict:
    """How a finished task ended, read without marking its exception as retrieved
    (``task.exception()`` would silence "Task exception was never retrieved")."""
    if task.cancelled():
        return {"state": "cancelled", "detail": ""}
    error = task._exception
    if error is not None:
        return {"state": "exception", "detail": type(error).__name__}
    return {"state": "result", "detail": ""}


def _has_started(coro: object) -> bool:
    try:
        return inspect.getcoroutinestate(coro) != inspect.CORO_CREATED
    except AttributeError:  # not a native coroutine (a task factory may take others)
        return False


def install(tracer: Tracer) -> None:
    """Hook the tracer into asyncio (for the rest of this process)."""
    run_handle = events.Handle._run
    create_task = base_events.BaseEventLoop.create_task
    clock = tracer.clock

    def _run(handle: events.Handle) -> None:
        callback = handle._callback
        task = getattr(callback, "__self__", None)
        started = clock()
        try:
            run_handle(handle)
        finally:
            ended = clock()
            if isinstance(task, asyncio.Task):
                tracer.step(task, started, ended)
            else:
                tracer.callback(handle, started, ended)

    def traced_create_task(self, coro, *args, **kwargs):
        parent = asyncio.current_task(self)
        started = clock()
        task = create_task(self, coro, *args, **kwargs)
        ended = clock()
        # Debug mode names where a task was created ("created at file:line" in its
        # repr, which asyncio logs): the caller's line, as without the tracer.
        source = getattr(task, "_source_traceback", None)
        if source and source[-1].filename == __file__:
            del source[-1]
        tracer.record(task, started, parent, coro)
        if task.done() or _has_started(coro):
            # An eager task's first step ran inside create_task.
            tracer.step(task, started, ended)
        return task

    events.Handle._run = _run
    base_events.BaseEventLoop.create_task = traced_create_task


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0].startswith("-"):
        sys.exit("usage: python -m guide.tracing TRACE.json snippets.<chapter>.<example> [args]")
    trace_file, module, *rest = argv
    tracer = Tracer()
    install(tracer)
    sys.argv = [sys.argv[0], *rest]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    finally:
        # dumps, not dump: its C encoder is several times faster on a long trace.
        with open(trace_file, "w", encoding="utf-8") as out:
            out.write(json.dumps(tracer.data()))


if __name__ == "__main__":
    main(sys.argv[1:])
