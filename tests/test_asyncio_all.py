"""The whole teaching API: every public name of the running interpreter's asyncio
(``asyncio.__all__``), except the short list below, is used by an example and named
on a zh and an en page.

The list grows with Python (``EventLoop`` in 3.13, the call graph in 3.14), so the
suite runs this on every interpreter it runs on (3.11 and 3.13 here, 3.11 to 3.14 in
CI). A new Python that adds a name fails here until the guide teaches it, or the
name joins ``EXCLUDED`` with a reason.
"""

import asyncio
import re

import pytest

from guide.examples import ROOT, discover
from guide.languages import SITE

EXCLUDED = {
    # Transports and protocols: the callback layer under streams. The guide teaches
    # streams (StreamReader/StreamWriter), which cover what an application needs.
    "BaseTransport": "transports and protocols",
    "ReadTransport": "transports and protocols",
    "WriteTransport": "transports and protocols",
    "Transport": "transports and protocols",
    "DatagramTransport": "transports and protocols",
    "SubprocessTransport": "transports and protocols",
    "BaseProtocol": "transports and protocols",
    "Protocol": "transports and protocols",
    "BufferedProtocol": "transports and protocols",
    "DatagramProtocol": "transports and protocols",
    "SubprocessProtocol": "transports and protocols",
    "StreamReaderProtocol": "transports and protocols",
    # Event-loop policies: deprecated in 3.14 (loop_factory replaces them).
    "AbstractEventLoopPolicy": "event-loop policies",
    "DefaultEventLoopPolicy": "event-loop policies",
    "get_event_loop_policy": "event-loop policies",
    "set_event_loop_policy": "event-loop policies",
    # Child watchers: deprecated in 3.12, removed in 3.14.
    "AbstractChildWatcher": "child watchers",
    "SafeChildWatcher": "child watchers",
    "FastChildWatcher": "child watchers",
    "MultiLoopChildWatcher": "child watchers",
    "ThreadedChildWatcher": "child watchers",
    "PidfdChildWatcher": "child watchers",
    "get_child_watcher": "child watchers",
    "set_child_watcher": "child watchers",
    # Windows only (in asyncio.__all__ on Windows): the proactor and its policies.
    "ProactorEventLoop": "Windows only",
    "IocpProactor": "Windows only",
    "WindowsSelectorEventLoopPolicy": "Windows only",
    "WindowsProactorEventLoopPolicy": "Windows only",
    # Event-loop implementers' plumbing, not used by applications.
    "BaseEventLoop": "loop implementation (code is written against AbstractEventLoop)",
    "AbstractServer": "loop implementation (the base of Server)",
    "SendfileNotAvailableError": "loop implementation (loop.sendfile's fallback)",
    "future_add_to_awaited_by": "3.14 call-graph bookkeeping for custom futures",
    "future_discard_from_awaited_by": "3.14 call-graph bookkeeping for custom futures",
}
"""Names the guide does not teach, each with its reason (the private ``_`` names too)."""

EXPLAINED_ONLY = {
    "iscoroutinefunction": "deprecated in 3.14 for inspect.iscoroutinefunction",
    "FrameCallGraphEntry": "3.14: what capture_call_graph returns, shown by print_call_graph",
    "FutureCallGraph": "3.14: what capture_call_graph returns, shown by print_call_graph",
    "print_call_graph": "3.14: the debugging example prints its text from format_call_graph",
}
"""Names the pages explain but no example should use, each with its reason."""


def taught_names() -> list[str]:
    return sorted(
        name for name in asyncio.__all__ if not name.startswith("_") and name not in EXCLUDED
    )


def used_in_code(name: str, code: str) -> bool:
    """``asyncio.name`` (not a longer name), or imported: ``from asyncio import name``."""
    attribute = re.compile(rf"\basyncio\.{name}(?!\w)")
    imported = re.compile(rf"^\s*from asyncio import [^\n]*\b{name}\b", re.MULTILINE)
    return bool(attribute.search(code) or imported.search(code))


def named_on_page(name: str, text: str) -> bool:
    """``asyncio.name`` anywhere, or an inline code span that starts with the name."""
    return bool(re.search(rf"\basyncio\.{name}(?!\w)|`{name}(?!\w)", text))


def uncovered(names: list[str]) -> list[str]:
    """The names that no example uses or that a language's pages do not name."""
    code = "\n".join(example.path.read_text("utf-8") for example in discover())
    pages = [
        "\n".join(path.read_text("utf-8") for path in sorted((ROOT / language.docs).glob("*.md")))
        for language in SITE
    ]
    return [
        name
        for name in names
        if not (name in EXPLAINED_ONLY or used_in_code(name, code))
        or not all(named_on_page(name, text) for text in pages)
    ]


def test_the_exclusions_are_short_and_real():
    # A typo in EXCLUDED would silently teach nothing; Windows names and names
    # removed in 3.14 are absent on some interpreters, so check the shape only.
    assert len(EXCLUDED) <= 40
    assert "Queue" not in EXCLUDED
    assert "run" not in EXCLUDED
    assert len(taught_names()) >= 50


@pytest.mark.parametrize("name", taught_names())
def test_each_asyncio_name_is_taught(name):
    assert uncovered([name]) == [], (
        f"asyncio.{name}: no example uses it, or a zh or en page does not name it "
        "(or add it to EXCLUDED / EXPLAINED_ONLY in tests/test_asyncio_all.py with a reason)"
    )


def test_the_check_catches_an_unused_name():
    assert uncovered(["this_is_not_taught"]) == ["this_is_not_taught"]
    assert not used_in_code("run", "loop.run_until_complete(main())")
    assert used_in_code("run", "asyncio.run(main())")
    assert not named_on_page("Queue", "an asyncio.QueueFull here")
