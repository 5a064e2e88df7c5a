from guide.testing import assert_printed
from snippets.task_groups import several_failures as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "except* KeyError:   (KeyError('database_url'),)",
    "except* ValueError: (ValueError('port must be a number'),)",
    "main: both failures were handled",
]


def test_both_except_star_clauses_run(reader_run):
    assert_printed(reader_run("task_groups.several_failures"), EXPECTED)


def test_both_failures_are_handled_in_process(capsys, timed):
    timed(example.main())
    out = capsys.readouterr().out
    assert "KeyError('database_url')" in out
    assert "ValueError('port must be a number')" in out
