"""Run one example module the way ``python -m snippets.<chapter>.<example>`` does,
inside Pyodide: under Node.js (``guide/wasm/run.mjs``, for the suite and the build)
and in the browser's worker (the pages' Run control), the same code in both.

It is shipped at the root of the snippets archive (``guide.wasm.snippets_archive``)
and imported there as ``wasm_runner``. Standard library only; it also runs on CPython.

Each run gets what a fresh interpreter would give it: the example runs as
``__main__`` through ``runpy`` in a fresh namespace, every module it imported that
was not loaded before the first run is forgotten afterwards (so ``snippets.*`` and
the modules they configure are imported afresh), and the process-wide state that
examples change (logging, warnings filters, the event loop policy, ``sys.argv``,
``os.environ``, the working directory, hooks) is put back. stdout and stderr go to
one stream, so their lines keep the order they were written in.

Under Pyodide, asyncio is made to behave as CPython's for the example's run
(``_CPythonAsyncio``): Pyodide's ``asyncio.run`` reuses one never-ending WebLoop
(no fresh loop, left-over tasks never cancelled, a task factory or exception handler
set by one example still set for the next) and a WebLoop is running before any
``asyncio.run``; and its ``time.sleep`` lets other tasks run. The example gets
CPython's ``asyncio.run`` and ``Runner`` over a fresh WebLoop each time, no running
loop outside them, and a ``time.sleep`` that blocks (the runtime's own one).
"""

from __future__ import annotations

import asyncio
import gc
import io
import logging
import math
import os
import runpy
import sys
import time
import traceback
import warnings
from asyncio import base_events
from collections.abc import Callable
from types import ModuleType

_BASELINE: frozenset[str] = frozenset(sys.modules)
"""The modules loaded before any example ran: kept from one run to the next."""


class _Merged(io.TextIOBase):
    """stdout and stderr both: every write, in order, to one sink."""

    def __init__(self, sink: Callable[[str], None]) -> None:
        self._sink = sink

    @property
    def encoding(self) -> str:
        return "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        self._sink(text)
        return len(text)


def run(
    module: str,
    source: str | None = None,
    on_output: Callable[[str], None] | None = None,
) -> tuple[str, int]:
    """Run ``module`` (``snippets.why_async.sequential_vs_concurrent``) as ``__main__``;
    return what it printed (stdout and stderr in order) and its exit status.

    ``source`` runs that text instead of the module's file (a reader's edit), under
    the module's file name. ``on_output`` hears each write as it happens (a page
    shows output while the example runs)."""
    chunks: list[str] = []

    def sink(text: str) -> None:
        chunks.append(text)
        if on_output is not None:
            on_output(text)

    merged = _Merged(sink)
    saved = _Saved()
    sys.stdout = sys.stderr = merged
    status = 0
    try:
        with warnings.catch_warnings(), _CPythonAsyncio():
            status = _run_main(module, source)
    finally:
        merged.flush()
        saved.restore()
    return "".join(chunks), status


def _blocking_sleep(spinning: Callable[[float], None]) -> Callable[[float], None]:
    """A ``time.sleep`` that blocks the thread, as CPython's does: ``Atomics.wait``
    where JavaScript has ``SharedArrayBuffer`` (Node.js; a cross-origin isolated page),
    which costs no CPU; else the runtime's own, which spins until the time is up."""
    import js  # Pyodide's view of the JavaScript globals

    if getattr(js, "SharedArrayBuffer", None) is None:
        return spinning
    cell = js.Int32Array.new(js.SharedArrayBuffer.new(4))

    def sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            js.Atomics.wait(cell, 0, 0, left * 1000)

    sleep.__doc__ = spinning.__doc__
    return sleep


class _CPythonAsyncio:
    """While an example runs under Pyodide: asyncio.run, Runner, the event loop
    policy and time.sleep as in CPython (see the module's docstring). Elsewhere: no-op."""

    def __enter__(self) -> None:
        if sys.platform != "emscripten":
            return
        from pyodide import webloop

        class FreshLoop(webloop.WebLoop):
            """A WebLoop with the life of a CPython loop: running only inside
            run_until_complete (the running loop then, none after), closable,
            plain ``asyncio.Task`` and ``Future`` objects, errors logged to the ``asyncio``
            logger. Pyodide's WebLoop is always running and never closes."""

            def __init__(self) -> None:
                super().__init__()
                self._running = False
                self._closed = False
                self._held: list[asyncio.Handle] = []

            def call_later(self, delay, callback, *args, context=None):  # type: ignore[no-untyped-def]
                self._check_closed()
                handle = asyncio.Handle(callback, args, self, context=context)
                if delay != math.inf:
                    self._schedule(handle, max(delay, 0))
                return handle

            def _schedule(self, handle: asyncio.Handle, delay: float) -> None:
                def run_handle() -> None:
                    if handle.cancelled():
                        return
                    if not self._running:
                        # A CPython loop runs its callbacks only while it runs: this
                        # one waits for the loop's next run_until_complete.
                        self._held.append(handle)
                        return
                    self._install_running_loop()
                    self._install_asyncgen_hooks()
                    handle._run()

                webloop.scheduleCallback(
                    webloop.create_once_callable(run_handle, _may_syncify=True),
                    min(delay * 1000, webloop._MAX_TIMEOUT_MS),
                )

            def is_running(self) -> bool:
                return self._running

            def is_closed(self) -> bool:
                return self._closed

            def _check_closed(self) -> None:
                if self._closed:
                    raise RuntimeError("Event loop is closed")

            def close(self) -> None:
                if self._running:
                    raise RuntimeError("Cannot close a running event loop")
                self._closed = True

            def _install_running_loop(self) -> None:
                if not self._closed:  # a late timer of a closed loop runs nothing
                    super()._install_running_loop()

            def create_task(self, coro, **kwargs):  # type: ignore[no-untyped-def]
                self._check_closed()
                if self._task_factory is not None:
                    return self._task_factory(self, coro, **kwargs)
                return asyncio.Task(coro, loop=self, **kwargs)

            def create_future(self) -> asyncio.Future:
                return asyncio.Future(loop=self)

            default_exception_handler = base_events.BaseEventLoop.default_exception_handler

            def run_until_complete(self, future):  # type: ignore[no-untyped-def]
                self._check_closed()
                if self._running:
                    raise RuntimeError("This event loop is already running")
                if asyncio.events._get_running_loop() is not None:
                    raise RuntimeError("Cannot run the event loop while another loop is running")
                task = asyncio.ensure_future(future, loop=self)
                # run_sync suspends this stack until a JS promise settles: it takes
                # Pyodide's own futures, not a Task of any class a factory made.
                waiter = webloop.PyodideFuture(loop=self)

                def settle(done: asyncio.Future) -> None:
                    if not waiter.done():
                        waiter.set_result(None)

                task.add_done_callback(settle)
                self._running = True
                asyncio.events._set_running_loop(self)
                held, self._held = self._held, []
                for handle in held:
                    self._schedule(handle, 0)
                try:
                    webloop.run_sync(waiter)
                finally:
                    self._running = False
                    asyncio.events._set_running_loop(None)
                return task.result()

        class Policy(asyncio.events._BaseDefaultEventLoopPolicy):
            _loop_factory = FreshLoop

        self.saved = (
            asyncio.run,
            asyncio.events._event_loop_policy,
            asyncio.events._get_running_loop(),
            time.sleep,
        )
        asyncio.run = webloop._orig_run
        asyncio.events._event_loop_policy = Policy()
        asyncio.events._set_running_loop(None)
        time.sleep = _blocking_sleep(webloop._orig_sleep)

    def __exit__(self, *exc_info: object) -> None:
        if sys.platform != "emscripten":
            return
        asyncio.run, policy, running, time.sleep = self.saved
        asyncio.events._event_loop_policy = policy
        asyncio.events._set_running_loop(running)


def _run_main(module: str, source: str | None) -> int:
    try:
        if source is None:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
        else:
            _run_source(module, source)
    except SystemExit as exit_:
        return _exit_status(exit_.code)
    except BaseException as error:  # what an uncaught exception does to python -m
        traceback.print_exception(error)
        return 1
    finally:
        _close_loop()
        # What CPython finalizes when the interpreter exits (a coroutine never
        # awaited, a task destroyed while pending) is reported now, in this run.
        gc.collect()
    return 0


def _run_source(module: str, source: str) -> None:
    spec = runpy._get_module_details(module)[1]
    path = spec.origin
    main = ModuleType("__main__")
    main.__file__ = path
    main.__spec__ = spec
    main.__package__ = module.rpartition(".")[0]
    main.__builtins__ = __builtins__
    saved_main = sys.modules.get("__main__")
    sys.modules["__main__"] = main
    sys.argv = [path]
    try:
        exec(compile(source, path, "exec"), main.__dict__)
    finally:
        if saved_main is not None:
            sys.modules["__main__"] = saved_main


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _close_loop() -> None:
    """An example that set an event loop of its own leaves it behind: close it."""
    policy = asyncio.events._event_loop_policy
    local = getattr(policy, "_local", None)
    loop = getattr(local, "_loop", None)
    if loop is not None and not loop.is_running() and not loop.is_closed():
        loop.close()


class _Saved:
    """The process-wide state an example may change, as it was before the run."""

    def __init__(self) -> None:
        self.stdout, self.stderr = sys.stdout, sys.stderr
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.environ = dict(os.environ)
        self.cwd = os.getcwd()
        self.main = sys.modules.get("__main__")
        self.hooks = (sys.excepthook, sys.unraisablehook, sys.displayhook)
        self.policy = asyncio.events._event_loop_policy
        root = logging.getLogger()
        self.root_handlers = list(root.handlers)
        self.root_level = root.level
        self.loggers = {
            name: (logger.level, list(logger.handlers), logger.propagate, logger.disabled)
            for name, logger in logging.Logger.manager.loggerDict.items()
            if isinstance(logger, logging.Logger)
        }
        self.logger_names = set(logging.Logger.manager.loggerDict)
        self.disable = logging.root.manager.disable
        self.started = time.monotonic()

    def restore(self) -> None:
        sys.stdout, sys.stderr = self.stdout, self.stderr
        sys.argv[:] = self.argv
        sys.path[:] = self.path
        os.environ.clear()
        os.environ.update(self.environ)
        os.chdir(self.cwd)
        if self.main is not None:
            sys.modules["__main__"] = self.main
        sys.excepthook, sys.unraisablehook, sys.displayhook = self.hooks
        asyncio.events._event_loop_policy = self.policy
        root = logging.getLogger()
        for handler in root.handlers:
            if handler not in self.root_handlers:
                handler.close()
        root.handlers[:] = self.root_handlers
        root.setLevel(self.root_level)
        known = logging.Logger.manager.loggerDict
        for name in set(known) - self.logger_names:
            del known[name]
        for name, (level, handlers, propagate, disabled) in self.loggers.items():
            logger = known[name]
            logger.setLevel(level)
            logger.handlers[:] = handlers
            logger.propagate, logger.disabled = propagate, disabled
        logging.disable(self.disable)
        for name in set(sys.modules) - _BASELINE:
            del sys.modules[name]
