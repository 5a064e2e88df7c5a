import asyncio
import subprocess
import sys

import asyncpg
import pytest

from guide.testing import assert_printed
from snippets.postgres import close_on_error as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "report_leaky: 3 x DivisionByZeroError",
    "  connections still open on the server: 3",
    "  warnings once the errors were dropped: 3 x unclosed connection",
    "report: 3 x DivisionByZeroError",
    "  connections still open on the server: 0",
    "  warnings once the errors were dropped: 0",
]


def test_leaky_version_holds_connections_until_the_errors_go(reader_run):
    assert_printed(reader_run("postgres.close_on_error"), EXPECTED)


def test_try_finally_closes_before_the_error_reaches_the_caller():
    async def scenario() -> int:
        checker = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            with pytest.raises(asyncpg.DivisionByZeroError) as caught:
                await example.report(0)
            # The error is still alive here, and yet nothing is open.
            assert caught.value is not None
            return await example.open_on_server(checker)
        finally:
            await checker.close()

    assert asyncio.run(scenario(), debug=True) == 0


async def _leak_once(checker: asyncpg.Connection) -> int:
    try:
        await example.report_leaky(0)
    except asyncpg.DivisionByZeroError:
        # While the error exists, its traceback keeps the connection alive.
        return await example.open_on_server(checker)
    return -1


def test_leaked_connection_warns_when_the_error_goes():
    async def scenario() -> int:
        checker = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            with pytest.warns(ResourceWarning, match="unclosed connection"):
                open_while_handling = await _leak_once(checker)
            return open_while_handling
        finally:
            await checker.close()

    assert asyncio.run(scenario(), debug=True) == 1


def test_working_reports_give_their_value():
    async def both() -> tuple[int, int]:
        return await example.report(4), await example.report_leaky(4)

    assert asyncio.run(both(), debug=True) == (25, 25)


@pytest.mark.parametrize(("flags", "shown"), [([], False), (["-X", "dev"], True)])
def test_python_shows_resource_warnings_only_in_dev_mode(flags, shown):
    code = "import warnings; warnings.warn('unclosed thing', ResourceWarning)"
    result = subprocess.run(
        [sys.executable, *flags, "-c", code], capture_output=True, text=True, check=True
    )
    assert ("ResourceWarning: unclosed thing" in result.stderr) is shown
