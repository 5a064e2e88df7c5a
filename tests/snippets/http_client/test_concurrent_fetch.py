import json
import re
import urllib.request

from snippets.http_client import concurrent_fetch as example


def server_stats(base_url: str, reset: bool = False) -> dict[str, int]:
    if reset:
        request = urllib.request.Request(f"{base_url}/_stats/reset", method="POST")
    else:
        request = urllib.request.Request(f"{base_url}/_stats")
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)


def test_ten_requests_overlap_on_the_server(capsys, timed, local_services):
    base_url = local_services["HTTPBIN_URL"]
    server_stats(base_url, reset=True)
    _, seconds = timed(example.main())
    # The server saw all ten /delay/1 requests in flight at the same moment.
    assert server_stats(base_url)["peak"] == 10
    # About one second in all, not ten (there is HTTP overhead on top of the sleep).
    assert round(seconds) == 1
    first, second = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"10 responses in 1\.\ds", first)
    assert second == "results in the order asked: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"
