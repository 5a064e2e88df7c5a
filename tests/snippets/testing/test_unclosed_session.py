import asyncio

from guide.testing import assert_printed
from snippets.testing import unclosed_session as example
from snippets.testing._run_tests import run_pytest

EXPECTED = [
    "$ python -m pytest unclosed_session.py -q --tb=no",
    "..                                                                      [100%]",
    "2 passed",
    "",
    "$ python -m pytest unclosed_session.py -q --tb=no -W error",
    ".F                                                                      [100%]",
    "=========================== short test summary info ===========================",
    "FAILED unclosed_session.py::test_forgets_to_close - pytest.PytestUnraisableE...",
    "1 failed, 1 passed",
]


def test_the_leak_fails_only_with_warnings_as_errors(reader_run):
    assert_printed(reader_run("testing.unclosed_session"), EXPECTED)


def test_the_block_closes_the_session():
    async def closed_after_the_block() -> bool:
        async with example.PriceClient() as client:
            pass
        return client.session.closed

    assert asyncio.run(closed_after_the_block())


def test_what_fails_it_is_the_sessions_resource_warning(capsys):
    asyncio.run(run_pytest(example.__file__, "-W", "error", "-k", "forgets"))
    printed = capsys.readouterr().out
    assert "PytestUnraisableExceptionWarning" in printed
    assert "ResourceWarning: Unclosed client session" in printed
