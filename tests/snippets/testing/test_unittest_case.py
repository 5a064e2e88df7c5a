from guide.testing import assert_printed

EXPECTED = [
    "$ python -m unittest -v snippets.testing.unittest_case",
    "test_price_of_tea (snippets.testing.unittest_case.PriceTests.test_price_of_tea) ... ok",
    "test_runs_in_debug_mode (snippets.testing.unittest_case.PriceTests.test_runs_in_debug_mode)"
    " ... ok",
    "",
    "----------------------------------------------------------------------",
    "Ran 2 tests",
    "",
    "OK",
]


def test_both_tests_pass_each_on_a_debug_mode_loop(reader_run):
    assert_printed(reader_run("testing.unittest_case"), EXPECTED)
