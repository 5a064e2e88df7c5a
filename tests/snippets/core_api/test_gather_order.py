from guide.testing import assert_printed
from snippets.core_api import gather_order as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # Completion order: fastest first.
    "  b finished after 0.1s",
    "  c finished after 0.2s",
    "  a finished after 0.3s",
    # Result order: the order the awaitables were passed.
    "gather returned ['result of a', 'result of b', 'result of c']",
]


def test_results_follow_the_arguments_not_completion(reader_run):
    assert_printed(reader_run("core_api.gather_order"), EXPECTED)


def test_waits_overlap(capsys, timed):
    _, seconds = timed(example.main())
    capsys.readouterr()
    # As long as the slowest (0.3 s), well short of the sum (0.6 s).
    assert 0.3 <= seconds < 0.5
