import asyncio

import pytest

from guide.testing import assert_printed
from snippets.task_groups import except_star as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "wrong way: except ValueError did not catch it",
    "  what escaped: ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)",
    "right way: except* ValueError caught ExceptionGroup",
    "  group.exceptions = (ValueError(\"not a number: 'forty-two'\"),)",
]


def test_reader_sees_except_valueerror_miss_and_except_star_catch(reader_run):
    assert_printed(reader_run("task_groups.except_star"), EXPECTED)


def test_one_failure_is_still_wrapped_in_a_group():
    with pytest.raises(ExceptionGroup) as caught:
        asyncio.run(example.parse_all())
    (error,) = caught.value.exceptions
    assert isinstance(error, ValueError)


def test_except_valueerror_lets_the_group_through():
    with pytest.raises(ExceptionGroup):
        asyncio.run(example.wrong_way())
