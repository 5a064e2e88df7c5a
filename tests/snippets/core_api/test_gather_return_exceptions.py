import asyncio

from guide.testing import assert_printed
from snippets.core_api import gather_return_exceptions as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "a: returned 'result of a'",
    "b: raised ValueError: b failed",
    "c: returned 'result of c'",
]


def test_exception_is_a_value_in_its_place(reader_run):
    assert_printed(reader_run("core_api.gather_return_exceptions"), EXPECTED)


def test_gather_returns_the_exception_object_and_waits_for_all(timed):
    async def gather_all() -> list[object]:
        return await asyncio.gather(
            example.fetch("a", 0.3),
            example.fetch("b", 0.1),
            return_exceptions=True,
        )

    (a, b), seconds = timed(gather_all())
    assert a == "result of a"
    assert isinstance(b, ValueError)
    assert str(b) == "b failed"
    # The failure at 0.1 s did not end the wait: "a" finished at 0.3 s.
    assert seconds >= 0.3
