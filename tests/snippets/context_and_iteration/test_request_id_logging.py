import asyncio
import logging

from guide.testing import assert_printed
from snippets.context_and_iteration import request_id_logging as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "[req-1] request started",
    "[req-2] request started",
    "[req-1] stock checked for apples",
    "[req-2] stock checked for plums",
    "[req-2] request done",
    "[req-1] stock checked for pears",
    "[req-1] request done",
]


def test_every_line_carries_its_own_request_id(reader_run):
    assert_printed(reader_run("context_and_iteration.request_id_logging"), EXPECTED)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.addFilter(example.RequestIdFilter())
        self.seen: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append((record.request_id, record.getMessage()))


def test_requests_interleave_and_subtasks_inherit_the_id():
    records = Records()
    example.log.addHandler(records)
    example.log.setLevel(logging.INFO)
    try:

        async def two_requests() -> None:
            async with asyncio.TaskGroup() as group:
                group.create_task(example.handle("r1", {"a": 0.1, "b": 0.3}))
                group.create_task(example.handle("r2", {"c": 0.2}))

        asyncio.run(two_requests())
    finally:
        example.log.removeHandler(records)
    owner = {"a": "r1", "b": "r1", "c": "r2"}
    checks = [(rid, msg[-1]) for rid, msg in records.seen if "stock" in msg]
    # Each stock check ran in its own task, and logged its request's id.
    assert checks == [("r1", "a"), ("r2", "c"), ("r1", "b")]
    assert all(owner[item] == rid for rid, item in checks)
    # The requests overlapped: r2 finished between two lines of r1.
    ids = [rid for rid, _ in records.seen]
    assert ids.index("r2") < len(ids) - 1 - ids[::-1].index("r1")
    # Outside any request, the default.
    assert example.request_id.get() == "-"
