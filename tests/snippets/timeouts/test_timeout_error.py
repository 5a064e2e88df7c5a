import asyncio

from guide.testing import assert_printed, took
from snippets.timeouts import timeout_error as example


def test_both_spellings_catch_the_same_class(reader_run):
    assert_printed(
        reader_run("timeouts.timeout_error"),
        [
            "asyncio.TimeoutError is TimeoutError: True",
            "except asyncio.TimeoutError: wait_for raised TimeoutError()",
            "except TimeoutError: timeout() raised TimeoutError()",
            "subclass of OSError: True",
        ],
    )


def test_the_alias_is_the_builtin():
    assert asyncio.TimeoutError is TimeoutError
    assert asyncio.exceptions.TimeoutError is TimeoutError


def test_runs_in_process(capsys, timed):
    _, seconds = timed(example.main())
    assert took(seconds, 0.2)
    assert capsys.readouterr().out.count("raised TimeoutError()") == 2
