from guide.testing import assert_printed


def test_json_and_form_bodies_round_trip(reader_run):
    assert_printed(
        reader_run("http_client.post_json"),
        [
            "sent JSON, content type: application/json",
            "server parsed: {'name': 'ada', 'languages': ['python', 'c'], 'admin': False}",
            "round trip intact: True",
            "sent a form, server saw: {'user': 'ada', 'remember': 'yes'}",
        ],
    )
