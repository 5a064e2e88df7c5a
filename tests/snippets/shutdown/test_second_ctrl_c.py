from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.3s  main: first Ctrl-C; a cleanup of 1.0s starts",
    # The second Ctrl-C, 0.3 s later, cut the 1.0 s cleanup short:
    # "cleanup finished" is never printed.
    "0.6s  main: cleanup cancelled",
    "0.6s  asyncio.run raised KeyboardInterrupt",
]


def test_the_second_ctrl_c_cancels_the_cleanup(reader_run):
    lines = reader_run("shutdown.second_ctrl_c")
    assert_printed(lines, EXPECTED)
    assert not any("cleanup finished" in line for line in lines)
