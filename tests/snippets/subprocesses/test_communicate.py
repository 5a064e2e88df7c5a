from guide.testing import assert_printed
from snippets.subprocesses import communicate as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "the child printed: 'HELLO, CHILD\\n'",
    "exit code: 0",
]


def test_reader_sees_the_child_shout(reader_run):
    assert_printed(reader_run("subprocesses.communicate"), EXPECTED)


def test_the_child_really_transforms_its_stdin(timed):
    (output, code), _ = timed(example.shout("any other text"))
    assert (output, code) == ("ANY OTHER TEXT", 0)


def test_communicate_closes_stdin_so_the_child_reaches_its_end(timed):
    # The child reads stdin to end of file: without the close it would wait for ever.
    (output, code), seconds = timed(example.shout(""))
    assert (output, code) == ("", 0)
    assert seconds < 5


def test_a_megabyte_each_way_does_not_deadlock(timed):
    # communicate() writes and reads at the same time: the child's output
    # cannot fill the pipe while the parent is still writing.
    text = "abc\n" * 250_000
    (output, code), seconds = timed(example.shout(text))
    assert output == text.upper()
    assert code == 0
    assert seconds < 10
