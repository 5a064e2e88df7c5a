from snippets.http_client import get_json as example


def test_prints_what_the_server_echoed(reader_run):
    assert reader_run("http_client.get_json") == [
        "status: 200",
        "content type: application/json",
        "query the server saw: {'q': 'asyncio', 'page': '2'}",
        "our header came back: guide-42",
        "slideshow: 'Sample Slide Show', 2 slides",
    ]


def test_uses_the_local_service(local_services):
    # The example reads HTTPBIN_URL when it is imported.
    assert local_services["HTTPBIN_URL"].startswith("http://127.0.0.1:")
    assert local_services["HTTPBIN_URL"] == example.BASE_URL
