"""Every API the guide promises to teach is in an example and on a zh and an en page."""

from pathlib import Path

import pytest

from guide.examples import ROOT, discover
from guide.languages import SITE

APIS = [
    # The event loop; tasks and futures.
    "get_running_loop", "get_event_loop", "call_soon", "call_later", "call_at",
    "sleep(0)", "create_future", "set_result", ".result()", ".exception()",
    "get_name", "set_name", "current_task", "all_tasks", "add_done_callback",
    "InvalidStateError",
    # The core API.
    "asyncio.run(", "asyncio.Runner", "asyncio.gather(", "return_exceptions=True",
    "asyncio.create_task(", "asyncio.wait(", "FIRST_COMPLETED", "FIRST_EXCEPTION",
    "ALL_COMPLETED", "asyncio.as_completed(", "asyncio.sleep(",
    # TaskGroup, cancellation, timeouts, exceptions in tasks.
    "asyncio.TaskGroup(", "ExceptionGroup", "except*", ".cancel()", "CancelledError",
    "asyncio.shield(", "cancelling()", "uncancel()", "asyncio.wait_for(",
    "asyncio.timeout(", "asyncio.timeout_at(", ".reschedule(", "asyncio.TimeoutError",
    "set_exception_handler", "call_exception_handler", "default_exception_handler",
    # I/O.
    "ClientSession", "ClientTimeout", "raise_for_status", "aiosqlite", "executemany",
    "asyncpg", "fetchrow", "fetchval", ".transaction()",
    # The I/O chapters.
    "TCPConnector", "ClientError", "TraceConfig", "aiofiles.open", "asyncio.to_thread",
    "row_factory", "create_pool", "copy_records_to_table", ".prepare(", "asyncio.Semaphore",
    "asyncio.Queue", "task_done", ".join()", "QueueShutDown", "run_in_executor",
    "ProcessPoolExecutor", "ThreadPoolExecutor", "run_coroutine_threadsafe", "requests.Session",
    "asyncio.Lock",
    # Synchronization primitives.
    "asyncio.Event", "asyncio.Condition", "asyncio.Barrier", "BoundedSemaphore",
    "BrokenBarrierError",
    # Streams.
    "start_server", "open_connection", ".drain()", "wait_closed", "write_eof",
    # Subprocesses.
    "create_subprocess_exec", "communicate(", "create_subprocess_shell", "returncode",
    "asyncio.subprocess.PIPE", "CalledProcessError", "shlex.join",
    # Signals and graceful shutdown.
    "add_signal_handler", "remove_signal_handler", "SIGTERM", "SIGINT", "KeyboardInterrupt",
    # Context variables and async iteration.
    "contextvars", "copy_context", "aclosing", "asynccontextmanager", "__aenter__",
    "__aexit__", "anext(",
    # Debugging and introspection (docs/*/debugging.md).
    "debug=True", "set_debug", "get_debug", "PYTHONASYNCIODEBUG", "-X dev",
    "slow_callback_duration", "call_soon_threadsafe", "get_stack",
    "capture_call_graph", "print_call_graph", "format_call_graph",
    # Testing async code (docs/*/testing.md).
    "pytest.mark.asyncio", "asyncio_mode", "pytest_asyncio.fixture", "loop_scope",
    "IsolatedAsyncioTestCase", "asyncSetUp", "TestServer",
    # Speed knobs (docs/*/speed-knobs.md).
    "uvloop", "uvloop.run(", "loop_factory", "uvloop.new_event_loop",
    "set_event_loop_policy", "eager_task_factory", "set_task_factory",
    "set_default_executor", "force_close",
    # Versions and the whole asyncio.__all__ (versions.md; examples in the chapters).
    "asyncio.LifoQueue", "asyncio.PriorityQueue", "QueueFull", "QueueEmpty",
    "ensure_future", "iscoroutine(", "isfuture(", "wrap_future", "new_event_loop",
    "asyncio.EventLoop", "asyncio.Timeout", "open_unix_connection", "start_unix_server",
    "IncompleteReadError", "LimitOverrunError", "eager_start", "create_eager_task_factory",
]  # fmt: skip


def texts(folder: Path | str, pattern: str) -> str:
    return "\n".join(path.read_text("utf-8") for path in sorted((ROOT / folder).glob(pattern)))


@pytest.mark.parametrize("api", APIS)
def test_api_is_taught_in_code_and_both_languages(api):
    code = "\n".join(example.path.read_text("utf-8") for example in discover())
    assert api in code, f"no example uses {api}"
    for language in SITE:
        pages = texts(language.docs, "*.md")
        assert api in pages, f"no {language.code} page mentions {api}"
