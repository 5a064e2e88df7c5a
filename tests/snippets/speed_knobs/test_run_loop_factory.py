import asyncio
import sys
import warnings

import uvloop

from guide.testing import assert_printed
from snippets.speed_knobs import run_loop_factory as example

# What the example prints, by the Python version each list starts at.
EXPECTED = {
    "3.12": [
        "loop_factory: uvloop.Loop",
        "set_event_loop_policy: no warning",
    ],
    "3.14": [
        "loop_factory: uvloop.Loop",
        "set_event_loop_policy: DeprecationWarning",
    ],
}


def test_asyncio_run_takes_a_loop_factory(reader_run):
    assert_printed(reader_run("speed_knobs.run_loop_factory"), EXPECTED)


def test_the_policy_warning_is_what_this_python_does():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.set_event_loop_policy(None)
    deprecated = any(w.category is DeprecationWarning for w in caught)
    assert deprecated == (sys.version_info >= (3, 14))
    assert example.policy_warning() == ("DeprecationWarning" if deprecated else "no warning")


def test_the_factory_loop_is_closed_after_the_run():
    made: list[asyncio.AbstractEventLoop] = []

    def factory() -> asyncio.AbstractEventLoop:
        made.append(uvloop.new_event_loop())
        return made[-1]

    assert asyncio.run(example.which_loop(), loop_factory=factory) == ("uvloop.Loop")
    assert made[0].is_closed()
