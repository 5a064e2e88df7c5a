import re

from snippets.http_client import concurrent_fetch as example


def test_ten_requests_overlap_on_the_server(capsys, timed, httpbin_stats):
    httpbin_stats(reset=True)
    _, seconds = timed(example.main())
    # The server saw all ten /delay/1 requests in flight at the same moment.
    assert httpbin_stats()["peak"] == 10
    # About one second in all, not ten (there is HTTP overhead on top of the sleep).
    assert round(seconds) == 1
    first, second = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"10 responses in 1\.\ds", first)
    assert second == "results in the order asked: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"
