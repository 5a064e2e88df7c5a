from guide.testing import assert_printed

EXPECTED = [
    "$ python app.py",
    "  debug=False slow_callback_duration=0.1 dev_mode=False",
    "$ python app.py  # asyncio.run(main(), debug=True)",
    "  debug=True slow_callback_duration=0.1 dev_mode=False",
    "$ PYTHONASYNCIODEBUG=1 python app.py",
    "  debug=True slow_callback_duration=0.1 dev_mode=False",
    "$ python -X dev app.py",
    "  debug=True slow_callback_duration=0.1 dev_mode=True",
]


def test_each_way_turns_debug_mode_on_and_only_dev_mode_adds_dev_mode(
    reader_run,
):
    # The strict run has PYTHONASYNCIODEBUG=1 itself: the plain child must
    # still report debug=False, so the example really starts it clean.
    assert_printed(reader_run("debugging.debug_three_ways"), EXPECTED)
