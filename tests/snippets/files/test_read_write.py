import asyncio
import tempfile
from pathlib import Path

from guide.testing import assert_printed
from snippets.files import read_write as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "notes.txt: 48 bytes",
    "read(): 4 lines",
    "  first line",
    "  second line",
    "  third line",
    "  appended line",
    "temporary directory still there: False",
]


def test_reader_sees_every_line_and_no_leftovers(reader_run):
    assert_printed(reader_run("files.read_write"), EXPECTED)


def test_files_live_in_the_temporary_directory_and_are_removed(tmp_path, monkeypatch, capsys):
    opened: list[Path] = []
    real_open = example.aiofiles.open

    def recording_open(path, *args, **kwargs):
        opened.append(Path(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(example.aiofiles, "open", recording_open)
    asyncio.run(example.main())
    # Written, appended, read twice: all in a folder under tmp_path.
    assert len(opened) == 4
    assert all(path.is_relative_to(tmp_path) for path in opened)
    assert list(tmp_path.iterdir()) == []  # nothing left behind
    assert "  appended line" in capsys.readouterr().out.splitlines()
