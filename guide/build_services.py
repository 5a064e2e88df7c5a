"""The local services of a build: each starts in the background the first time an
example needs it, once per build process, and stops when the outermost build ends.

Examples that need no service do not wait for, say, PostgreSQL to start. The services
themselves are ``guide.services``'.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack

from guide import services

_services = ExitStack()
_service_starts: dict[str, Future[dict[str, str]]] = {}
_service_starter = ThreadPoolExecutor(max_workers=2, thread_name_prefix="service")
_services_lock = threading.Lock()


def _start_service(name: str) -> dict[str, str]:
    service = services.running({name})
    env = service.__enter__()
    with _services_lock:
        _services.push(service)
    return env


def start_services(wanted: set[str]) -> list[Future[dict[str, str]]]:
    """Start the wanted local services, once per build process, without waiting."""
    with _services_lock:
        for name in sorted(wanted - _service_starts.keys()):
            _service_starts[name] = _service_starter.submit(_start_service, name)
        return [_service_starts[name] for name in sorted(wanted)]


def service_env(wanted: set[str]) -> dict[str, str]:
    """The variables that point an example at the wanted services, once they run."""
    env: dict[str, str] = {}
    for started in start_services(wanted):
        env.update(started.result())
    return env


def stop_services() -> None:
    with _services_lock:
        starting = list(_service_starts.values())
    for started in starting:
        started.exception()  # wait: a service still starting is stopped too
    with _services_lock:
        _services.close()
        _service_starts.clear()
