import asyncio
import sqlite3

from guide.testing import assert_printed
from snippets.sqlite import forgot_commit as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "without commit(): saved notes: []",
    "with commit():    saved notes: ['kept']",
]


def test_only_the_committed_note_survives(reader_run):
    assert_printed(reader_run("sqlite.forgot_commit"), EXPECTED)


def test_closing_rolls_back_the_open_transaction(tmp_path):
    path = tmp_path / "notes.db"

    async def scenario() -> list[str]:
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text)")
        db.close()
        await example.add_note(path, "lost", commit=False)
        return await example.saved_notes(path)

    assert asyncio.run(scenario(), debug=True) == []


def test_stdlib_with_block_commits_but_does_not_close(tmp_path):
    """The contrast the page draws: sqlite3's `with` is a transaction, not a close."""
    path = tmp_path / "notes.db"
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE notes (text)")
        db.execute("INSERT INTO notes VALUES ('kept')")
    # Still open after the block (this would raise if it were closed) ...
    assert db.execute("SELECT count(*) FROM notes").fetchone() == (1,)
    db.close()
    # ... and the insert was committed: a new connection sees it.
    other = sqlite3.connect(path)
    try:
        assert other.execute("SELECT text FROM notes").fetchall() == [("kept",)]
    finally:
        other.close()
