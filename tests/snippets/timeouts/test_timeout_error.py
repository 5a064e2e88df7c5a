import asyncio
import subprocess

from ruff.__main__ import find_ruff_bin

from guide.testing import assert_printed, took
from snippets.timeouts import timeout_error as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "asyncio.TimeoutError is TimeoutError: True",
    "except asyncio.TimeoutError: wait_for raised TimeoutError()",
    "except TimeoutError: timeout() raised TimeoutError()",
    "subclass of OSError: True",
]


def test_both_spellings_catch_the_same_class(reader_run):
    assert_printed(reader_run("timeouts.timeout_error"), EXPECTED)


def test_the_alias_is_the_builtin():
    assert asyncio.TimeoutError is TimeoutError
    assert asyncio.exceptions.TimeoutError is TimeoutError


def test_runs_in_process(capsys, timed):
    _, seconds = timed(example.main())
    assert took(seconds, 0.2)
    assert capsys.readouterr().out.count("raised TimeoutError()") == 2


def test_ruff_up041_rewrites_the_old_spelling():
    """The page: ruff's UP041 rewrites except asyncio.TimeoutError to the builtin;
    the example's noqa keeps the old spelling on purpose."""
    source = example.__loader__.get_source(example.__name__)
    assert "# noqa: UP041" in source
    result = subprocess.run(
        [
            find_ruff_bin(),
            "check",
            "--isolated",
            "--target-version",
            "py311",
            "--select",
            "UP041",
            "--fix",
            "--diff",
            "-",
        ],
        input=source.replace("# noqa: UP041", "#"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert "-    except asyncio.TimeoutError as error:" in result.stdout
    assert "+    except TimeoutError as error:" in result.stdout
