import asyncio
import logging

from guide.testing import assert_printed
from snippets.files import blocking_read as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "count_lines(path) in a coroutine:",
    "  2,000,000 lines; heartbeat ticked meanwhile: False",
    "await asyncio.to_thread(count_lines, path):",
    "  2,000,000 lines; heartbeat ticked meanwhile: True",
]


def test_plain_read_stalls_the_heartbeat_to_thread_does_not(reader_run):
    assert_printed(reader_run("files.blocking_read"), EXPECTED)


def test_debug_mode_logs_the_blocking_step(tmp_path, caplog, capsys):
    path = tmp_path / "big.txt"
    example.write_big_file(path)

    async def plain() -> int:
        return example.count_lines(path)

    async def watched() -> None:
        asyncio.get_running_loop().slow_callback_duration = 0.02
        await example.watch(plain, "plain")

    with caplog.at_level(logging.WARNING, logger="asyncio"):
        asyncio.run(watched(), debug=True)
    slow = [r.getMessage() for r in caplog.records if "took" in r.getMessage()]
    assert any(m.startswith("Executing <Task") for m in slow), slow
    assert "heartbeat ticked meanwhile: False" in capsys.readouterr().out
