import asyncio
import inspect

from guide.testing import assert_printed, took
from snippets.context_and_iteration import async_generator as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "generator: fetching page 1",
    "consumer:  got item 1.1",
    "consumer:  got item 1.2",
    "generator: fetching page 2",
    "consumer:  got item 2.1",
    "consumer:  got item 2.2",
    "generator: fetching page 3",
    "consumer:  got item 3.1",
    "consumer:  got item 3.2",
    "generator: fetching page 1",
    "anext() gives: item 1.1",
]


def test_pages_are_fetched_only_when_asked_for(reader_run):
    assert_printed(reader_run("context_and_iteration.async_generator"), EXPECTED)


def test_it_is_an_async_generator_and_does_nothing_until_iterated(capsys):
    generator = example.items(pages=2)
    assert inspect.isasyncgen(generator)
    assert hasattr(generator, "__aiter__")
    assert hasattr(generator, "__anext__")
    assert capsys.readouterr().out == ""  # no page fetched on creation

    async def first_then_close() -> str:
        first = await anext(generator)
        await generator.aclose()
        return first

    assert asyncio.run(first_then_close()) == "item 1.1"
    assert capsys.readouterr().out == "generator: fetching page 1\n"


def test_the_generator_waits_while_the_consumer_works(timed):
    async def slow_consumer() -> int:
        count = 0
        async for _ in example.items(pages=2):
            await asyncio.sleep(0.1)
            count += 1
        return count

    # 2 pages x 0.1 s plus 4 items x 0.1 s: taking turns, nothing overlaps.
    count, seconds = timed(slow_consumer())
    assert count == 4
    assert took(seconds, 0.6)
