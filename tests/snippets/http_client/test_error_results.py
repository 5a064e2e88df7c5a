from snippets.http_client import error_results as example


def test_every_url_gets_a_result(capsys, timed, lines_of):
    _, seconds = timed(example.main())
    assert lines_of(capsys.readouterr().out) == [
        "ok    /get                   HTTP 200 OK",
        "error /status/404            HTTP 404 Not Found",
        "error /status/503            HTTP 503 Service Unavailable",
        "error /delay/5               timed out",
        "error http://127.0.0.1:1/get ClientConnectorError",
        "5 results, 4 errors, in 1.0s",
    ]
    # All five at once: the batch took as long as its one timeout, not the sum.
    assert seconds < 1.5
