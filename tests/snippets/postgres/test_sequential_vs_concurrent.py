from guide.testing import figures


def test_gather_over_the_pool_overlaps_the_queries(reader_run):
    lines = reader_run("postgres.sequential_vs_concurrent")
    assert lines[0] == "same results: True"
    found = figures(lines)
    assert sorted(found) == ["concurrent_s", "queries", "sequential_s", "speedup"]
    assert found["queries"] == 10
    # One at a time: ten 0.2 s queries add up.
    assert found["sequential_s"] >= 2.0
    # At once over ten connections: a fraction of that, even on a busy machine.
    assert found["concurrent_s"] < found["sequential_s"] / 4
    assert found["speedup"] >= 4
