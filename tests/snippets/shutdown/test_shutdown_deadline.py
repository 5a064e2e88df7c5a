from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  client: accepted: a b c",
    "0.1s  client: SIGTERM to its own process, as `kill` sends it",
    "0.1s  service: stop accepting; 1 running, 2 queued",
    "0.2s  client: a new connection is refused",
    "0.2s  client: REJECTED late",
    "0.3s  client: DONE a",
    # SIGTERM at 0.1 s plus the 0.5 s deadline: b (2.0 s) is cancelled.
    "0.6s  service: deadline of 0.5s passed",
    "0.6s  client: ABORTED b",
    "0.6s  client: ABORTED c",
    "0.6s  client: BYE",
    "0.6s  client: the service closed the connection",
    "0.6s  service: accepted 3, done 1, aborted 2, rejected 1; connections open: 0",
]


def test_jobs_past_the_deadline_are_answered_aborted(reader_run):
    lines = reader_run("shutdown.shutdown_deadline")
    assert_printed(lines, EXPECTED)
    accepted = lines[0].split(": ")[-1].split()
    answered = [line.split()[-1] for line in lines if " DONE " in line or " ABORTED " in line]
    # Every accepted job answered exactly once: none lost, none twice.
    assert sorted(answered) == sorted(accepted)
