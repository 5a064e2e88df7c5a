import re

from guide.testing import assert_printed


def test_second_connection_reads_what_the_first_committed(reader_run):
    lines = reader_run("sqlite.persist")
    assert re.fullmatch(r"wrote app\.db: \d+ bytes on disk", lines[0])
    assert int(lines[0].split()[2]) > 0
    assert_printed(
        lines[1:],
        [
            "  1: Ada <ada@example.com>",
            "  2: Grace <grace@example.com>",
            "looked up by email: Grace",
        ],
    )
