import asyncio

import pytest

from snippets.coroutines import calling_runs_nothing as example


def test_calling_returns_a_coroutine_without_running_the_body(capsys):
    coro = example.greet("ada")
    assert asyncio.iscoroutine(coro)
    assert capsys.readouterr().out == ""
    coro.close()  # dispose of it without the never-awaited warning


def test_awaiting_runs_the_body(capsys):
    assert asyncio.run(example.greet("ada")) == "hello, ada"
    assert capsys.readouterr().out == "  greet('ada') is running\n"


def test_forgotten_await_warns_and_never_runs(capsys):
    with pytest.warns(RuntimeWarning, match="coroutine 'greet' was never awaited"):
        asyncio.run(example.main())
    out = capsys.readouterr().out
    assert "greet('ada') is running" in out
    assert "greet('bob') is running" not in out


def test_reader_sees_the_warning_between_the_lines(reader_run):
    lines = reader_run("coroutines.calling_runs_nothing")
    warning = next(i for i, line in enumerate(lines) if "was never awaited" in line)
    assert lines[warning].startswith("snippets/coroutines/calling_runs_nothing.py:")
    assert lines.index("calling greet('bob') without await:") < warning
    assert warning < lines.index("greet('bob') never ran")
