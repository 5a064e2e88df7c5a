import asyncio

import pytest

from guide.testing import assert_printed
from snippets.testing import first_test as example

# What the example prints (pytest's report, its duration left out); the build
# publishes only a run that prints exactly this (guide/expected.py).
EXPECTED = [
    "$ python -m pytest first_test.py -q",
    "..F                                                                     [100%]",
    "================================== FAILURES ===================================",
    "____________________________ test_without_the_mark ____________________________",
    "async def functions are not natively supported.",
    "You need to install a suitable plugin for your async framework, for example:",
    "  - anyio",
    "  - pytest-asyncio",
    "  - pytest-tornasync",
    "  - pytest-trio",
    "  - pytest-twisted",
    "=========================== short test summary info ===========================",
    "FAILED first_test.py::test_without_the_mark - Failed: async def functions ar...",
    "1 failed, 2 passed",
]


def test_marked_tests_pass_and_the_unmarked_one_fails(reader_run):
    lines = reader_run("testing.first_test")
    assert_printed(lines, EXPECTED)
    # The two marked tests are the two that passed: only the unmarked one failed.
    failed = [line for line in lines if line.startswith("FAILED ")]
    assert [line.split()[1] for line in failed] == ["first_test.py::test_without_the_mark"]


def test_the_code_under_test():
    assert asyncio.run(example.fetch_price("tea")) == 4.5
    with pytest.raises(KeyError):
        asyncio.run(example.fetch_price("cake"))
