"""The helpers every example test relies on must be able to fail."""

import sys

import pytest

from guide import expected
from guide.expected import first_deviation
from guide.testing import TIMING_TOLERANCE, assert_printed


def test_printed_timings_may_be_late_by_the_tolerance():
    assert_printed(["done after 1.3s"], ["done after 1.0s"])
    assert pytest.approx(0.3) == TIMING_TOLERANCE


def test_a_timing_further_off_fails():
    with pytest.raises(AssertionError, match=r"timings may be off by 0\.3s"):
        assert_printed(["done after 1.4s"], ["done after 1.0s"])


def test_other_text_missing_or_extra_lines_fail_with_a_diff():
    with pytest.raises(AssertionError) as failure:
        assert_printed(["a: 1", "b: 3"], ["a: 1", "b: 2"])
    assert "-b: 2\n+b: 3" in str(failure.value)
    with pytest.raises(AssertionError):
        assert_printed(["a: 1"], ["a: 1", "b: 2"])
    with pytest.raises(AssertionError):
        assert_printed(["a: 1", "b: 2"], ["a: 1"])


def test_the_build_allows_no_lateness_and_names_the_first_deviating_line():
    """guide.expected.first_deviation, the build's check: timings exactly nominal."""
    assert first_deviation(["a", "done after 1.0s"], ["a", "done after 1.0s"]) is None
    assert first_deviation(["a", "done after 1.1s"], ["a", "done after 1.0s"]) == (
        "line 2: printed 'done after 1.1s', expected 'done after 1.0s'"
    )
    assert first_deviation(["a"], ["a", "b"]) == "line 2: printed nothing more, expected 'b'"
    assert first_deviation(["a", "b"], ["a"]) == "line 2: printed 'b', expected no more"


def test_an_expectation_by_python_version_picks_the_newest_not_newer(tmp_path):
    test_module = tmp_path / "test_x.py"
    test_module.write_text(
        'import sys\n\nEXPECTED = {"3.11": ["old on {python}"], "3.13": ["new"]}\n', "utf-8"
    )
    declared = expected.declared(test_module)
    assert expected.for_python(declared, (3, 11)) == ["old on 3.11"]
    assert expected.for_python(declared, (3, 12)) == ["old on 3.12"]
    assert expected.for_python(declared, (3, 14)) == ["new"]
    with pytest.raises(ValueError, match=r"no expected lines for Python 3\.10"):
        expected.for_python(declared, (3, 10))
    # The tests' assert_printed reads an EXPECTED by version the same way, for this Python.
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert_printed([f"on {running}"], {"3.11": ["on {python}"], "3.99": ["not yet"]})


def test_a_test_module_without_expected_declares_nothing(tmp_path):
    (tmp_path / "test_y.py").write_text("def test_y():\n    pass\n", "utf-8")
    assert expected.declared(tmp_path / "test_y.py") is None
    assert expected.declared(tmp_path / "missing.py") is None
