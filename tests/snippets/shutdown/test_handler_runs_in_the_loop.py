from guide.testing import assert_printed, timeline

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  step: 0.4s of work with no await (SIGTERM comes at 0.1s)",
    "0.4s  step: done",
    # Sent at 0.1 s; the loop callback waited for the step to end.
    "0.4s  add_signal_handler callback: runs now",
    "0.4s  step: 0.4s of work with no await (SIGTERM comes at 0.1s)",
    # Sent at 0.1 s into the step; signal.signal's handler ran right then.
    "0.5s  signal.signal handler: runs now, inside the step",
    "0.8s  step: done",
]


def test_the_loop_callback_waits_the_plain_handler_interrupts(reader_run):
    lines = reader_run("shutdown.handler_runs_in_the_loop")
    assert_printed(lines, EXPECTED)
    events = timeline(lines)
    labels = [label for _, label in events]
    loop_callback = labels.index("add_signal_handler callback: runs now")
    plain_handler = labels.index("signal.signal handler: runs now, inside the step")
    # The loop callback comes after the first step ended, the plain handler
    # before the second one did.
    assert labels[loop_callback - 1] == "step: done"
    assert labels[plain_handler + 1] == "step: done"
    assert events[plain_handler][0] < events[plain_handler + 1][0]
