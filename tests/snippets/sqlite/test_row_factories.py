import asyncio
import sqlite3

import aiosqlite

from guide.testing import assert_printed
from snippets.sqlite import row_factories as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "default:       tuple ('Ada Lovelace', 1815)",
    "aiosqlite.Row: keys ['name', 'born']",
    "               row['name'] = 'Ada Lovelace', row[1] = 1815",
    "dict_factory:",
    "  {'name': 'Ada Lovelace', 'born': 1815}",
    "  {'name': 'Grace Hopper', 'born': 1906}",
]


def test_three_shapes_of_row(reader_run):
    assert_printed(reader_run("sqlite.row_factories"), EXPECTED)


def test_aiosqlite_row_is_the_stdlib_row():
    assert aiosqlite.Row is sqlite3.Row


def test_dict_factory_names_columns_from_the_cursor():
    db = sqlite3.connect(":memory:")
    try:
        db.row_factory = example.dict_factory
        row = db.execute("SELECT 1 AS one, 'two' AS two").fetchone()
    finally:
        db.close()
    assert row == {"one": 1, "two": "two"}


def test_a_factory_can_be_set_for_one_cursor(tmp_path):
    async def scenario() -> tuple[object, object]:
        async with aiosqlite.connect(tmp_path / "p.db") as db:
            async with db.execute("SELECT 1 AS one") as cursor:
                cursor.row_factory = example.dict_factory
                shaped = await cursor.fetchone()
            async with db.execute("SELECT 1 AS one") as cursor:
                plain = await cursor.fetchone()
            return shaped, plain

    assert asyncio.run(scenario(), debug=True) == ({"one": 1}, (1,))
