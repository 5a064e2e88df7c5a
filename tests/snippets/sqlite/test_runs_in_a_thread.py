import asyncio
import re
import threading

import aiosqlite

from guide.testing import assert_printed
from snippets.sqlite import runs_in_a_thread as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "two open aiosqlite connections: 2 new threads",
    "sqlite3:   1.0s, query on the loop's thread: True",
    "aiosqlite: 0.5s, query on the loop's thread: False",
]

# asyncio's debug mode (the tests run examples in it) logs a step that
# held the loop longer than 0.1 s.
SLOW_STEP = re.compile(r"Executing <Task .*coro=<(\w+)\(\).* took (\d+\.\d+) seconds")


def test_blocking_sqlite3_delays_the_other_task(reader_run):
    lines = reader_run("sqlite.runs_in_a_thread")
    assert_printed(lines, EXPECTED)  # reader_run leaves out the debug-mode lines


def test_debug_mode_flags_the_blocking_query(shared_runs):
    # The strict run's raw output (reader_run leaves these debug-mode lines out).
    output = shared_runs.get("sqlite.runs_in_a_thread").output
    slow = [SLOW_STEP.match(line) for line in output.splitlines()]
    flagged = {match[1]: float(match[2]) for match in slow if match}
    # The blocking sqlite3 call held the loop for its whole 0.5 s; a busy machine may
    # flag other steps too, so only this one is asserted.
    assert flagged.get("blocking_query", 0) >= 0.5


def test_overlap_in_wall_clock_time(tmp_path, timed):
    path = tmp_path / "app.db"
    blocked, blocked_s = timed(example.alongside_other_work(example.blocking_query(path)))
    threaded, threaded_s = timed(example.alongside_other_work(example.threaded_query(path)))
    assert blocked.endswith("query on the loop's thread: True")
    assert threaded.endswith("query on the loop's thread: False")
    # Blocked: the sleep could only start after the query: 0.5 + 0.5.
    assert blocked_s >= 1.0
    # Threaded: both waits overlapped.
    assert threaded_s < blocked_s - 0.3  # about 0.5 s instead of 1.0 s


def test_one_thread_per_open_connection(tmp_path):
    async def scenario() -> list[int]:
        counts = []
        # The threads that started since, not a count: a thread an earlier test left
        # behind may end meanwhile (a count then said 0 new threads, then 1).
        before = set(threading.enumerate())
        async with aiosqlite.connect(tmp_path / "a.db") as first:
            counts.append(len(set(threading.enumerate()) - before))
            async with aiosqlite.connect(tmp_path / "a.db") as second:
                counts.append(len(set(threading.enumerate()) - before))
                idents = set()
                for db in (first, second):
                    await db.create_function("ident", 0, threading.get_ident)
                    async with db.execute("SELECT ident()") as cursor:
                        idents.add((await cursor.fetchone())[0])
                counts.append(len(idents - {threading.get_ident()}))
        return counts

    # 1 thread, then 2; the two connections' queries ran on 2 other threads.
    assert asyncio.run(scenario(), debug=True) == [1, 2, 2]


def test_one_connection_runs_its_queries_in_turn(tmp_path, timed):
    """Two slow queries at once: queued on one connection, parallel on two."""

    async def two_queries(same_connection: bool) -> None:
        async with (
            aiosqlite.connect(tmp_path / "a.db") as first,
            aiosqlite.connect(tmp_path / "a.db") as second,
        ):
            dbs = (first, first) if same_connection else (first, second)
            for db in {id(db): db for db in dbs}.values():
                await db.create_function("slow_step", 1, example.slow_step)
            await asyncio.gather(*(db.execute_fetchall("SELECT slow_step(0.3)") for db in dbs))

    _, queued = timed(two_queries(same_connection=True))
    _, parallel = timed(two_queries(same_connection=False))
    assert queued >= 0.6
    assert parallel < 0.55


def test_thread_ends_when_the_connection_closes(tmp_path):
    async def scenario() -> tuple[bool, bool]:
        db = await aiosqlite.connect(tmp_path / "a.db")
        thread = db._thread  # private: only to watch it end
        alive_while_open = thread.is_alive()
        await db.close()
        thread.join(timeout=2)
        return alive_while_open, thread.is_alive()

    assert asyncio.run(scenario(), debug=True) == (True, False)
