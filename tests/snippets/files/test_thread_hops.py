from guide.testing import assert_printed
from snippets.files import thread_hops  # noqa: F401  (the module imports)

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "the event loop runs in: MainThread",
    "read back: ['one', 'two', 'three']",
    "  open      ran in worker_0",
    "  write     ran in worker_0",
    "  __exit__  ran in worker_0",
    "  open      ran in worker_0",
    # async for: one readline per line, plus one that finds the end.
    "  readline  ran in worker_0",
    "  readline  ran in worker_0",
    "  readline  ran in worker_0",
    "  readline  ran in worker_0",
    "  __exit__  ran in worker_0",
    "async for over 1000 lines: {'open': 1, 'readline': 1001, '__exit__': 1}",
]


def test_every_file_call_ran_in_the_worker_thread(reader_run):
    assert_printed(reader_run("files.thread_hops"), EXPECTED)


def test_no_file_call_ran_in_the_loop_thread(reader_run):
    calls = [line for line in reader_run("files.thread_hops") if "ran in" in line]
    assert calls
    assert not any(line.endswith("MainThread") for line in calls)
