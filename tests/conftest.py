"""Fixtures shared by the example tests."""

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from guide.examples import Example, run


@pytest.fixture
def timed() -> Callable[[Coroutine[Any, Any, Any]], tuple[Any, float]]:
    """Run a coroutine on a fresh loop in debug mode; return its result and wall-clock seconds."""

    def run_timed(coro: Coroutine[Any, Any, Any]) -> tuple[Any, float]:
        started = time.perf_counter()
        result = asyncio.run(coro, debug=True)
        return result, time.perf_counter() - started

    return run_timed


@pytest.fixture
def reader_run() -> Callable[[str], list[str]]:
    """The lines an example prints when a reader runs ``python -m snippets.<name>``."""

    def run_as_reader(name: str) -> list[str]:
        result = run(Example(name)).check()
        return result.output.splitlines()

    return run_as_reader
