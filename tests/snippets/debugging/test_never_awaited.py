from guide.testing import assert_printed

EXPECTED = [
    "$ python app.py",
    "  app.py:9: RuntimeWarning: coroutine 'save' was never awaited",
    '    save({"id": 7})  # forgot the await',
    "  RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
    "$ PYTHONASYNCIODEBUG=1 python app.py",
    "  app.py:9: RuntimeWarning: coroutine 'save' was never awaited",
    "  Coroutine created at (most recent call last)",
    '    File "app.py", line 13, in <module>',
    "      asyncio.run(main())",
    '    File "app.py", line 9, in main',
    '      save({"id": 7})  # forgot the await',
    '    save({"id": 7})  # forgot the await',
    "  RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
]


def test_debug_mode_adds_the_line_that_created_the_coroutine(reader_run):
    assert_printed(reader_run("debugging.never_awaited"), EXPECTED)
