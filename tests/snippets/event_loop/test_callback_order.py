import asyncio
import time

from guide.testing import late_by_at_most, timeline, took
from snippets.event_loop import callback_order as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: scheduled 6 callbacks, now awaits",
    "0.0s  call_soon #1",
    "0.0s  call_soon #2",
    "0.0s  call_soon #3",
    # Scheduled before the call_soon ones, but a timer: it runs after them.
    "0.0s  call_later(0, ...)",
    "0.2s  call_at(start + 0.2, ...)",
    "0.5s  call_later(0.5, ...)",
]


def test_nothing_runs_before_main_awaits(reader_run):
    lines = reader_run("event_loop.callback_order")
    assert lines[0] == "main: scheduled 6 callbacks, now awaits"
    assert len(lines) == 7


def test_ready_callbacks_in_fifo_order_then_timers_by_time(reader_run):
    events, expected = timeline(reader_run("event_loop.callback_order")), timeline(EXPECTED)
    assert [label for _, label in events] == [label for _, label in expected]
    expected = [seconds for seconds, _ in expected]
    assert late_by_at_most([seconds for seconds, _ in events], expected), events


def test_due_timer_waits_behind_ready_callbacks():
    # The same rule without the example: a timer that is already due still
    # runs after callbacks that were queued with call_soon.
    order = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.call_later(0, order.append, "timer")
        loop.call_soon(order.append, "soon 1")
        loop.call_soon(order.append, "soon 2")
        await asyncio.sleep(0.05)

    asyncio.run(scenario())
    assert order == ["soon 1", "soon 2", "timer"]


def test_the_last_timer_ends_main(timed):
    # What it printed last is checked above, on the reader's run.
    _, seconds = timed(example.main())
    assert took(seconds, 0.5)


def test_loop_time_is_the_monotonic_clock():
    async def both_clocks() -> tuple[float, float]:
        return asyncio.get_running_loop().time(), time.monotonic()

    loop_time, monotonic = asyncio.run(both_clocks())
    assert abs(loop_time - monotonic) < 0.05


def test_a_task_step_is_one_more_callback_in_the_same_queue():
    # create_task queues the task's first step like call_soon would.
    order = []

    async def step() -> None:
        order.append("task step")

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.call_soon(order.append, "callback 1")
        task = asyncio.create_task(step())
        loop.call_soon(order.append, "callback 2")
        await task

    asyncio.run(scenario())
    assert order == ["callback 1", "task step", "callback 2"]
