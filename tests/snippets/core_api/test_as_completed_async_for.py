from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "b: 'result of b', original: True",
    "c: 'result of c', original: True",
    "a: 'result of a', original: True",
]


def test_yields_the_original_tasks_in_completion_order(reader_run):
    assert_printed(reader_run("core_api.as_completed_async_for"), EXPECTED)


def test_each_task_arrives_when_it_finishes(capsys, timed):
    from snippets.core_api import as_completed_async_for as example

    _, seconds = timed(example.main())
    names = [line.split(":")[0] for line in capsys.readouterr().out.split("\n")]
    assert names[:3] == ["b", "c", "a"]
    assert 0.3 <= seconds < 0.5  # the slowest, not the sum
