import asyncio

from guide.testing import assert_printed
from snippets.testing import loop_scope as example

EXPECTED = [
    "$ python -m pytest loop_scope.py -q --tb=no",
    "..F                                                                     [100%]",
    "=========================== short test summary info ===========================",
    "FAILED loop_scope.py::test_on_its_own_loop - AssertionError: other loop",
    "1 failed, 2 passed",
]


def test_only_tests_on_the_module_loop_share_its_server(reader_run):
    assert_printed(reader_run("testing.loop_scope"), EXPECTED)


def test_ask_round_trips_through_the_echo_server():
    async def round_trip() -> str:
        async with await asyncio.start_server(example.echo, "127.0.0.1", 0) as server:
            return await example.ask(server.sockets[0].getsockname()[1], "hi")

    assert asyncio.run(round_trip()) == "hi"
