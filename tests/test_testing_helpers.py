"""The helpers every example test relies on must be able to fail."""

import pytest

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
