from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "sent JSON, content type: application/json",
    "server parsed: {'name': 'ada', 'languages': ['python', 'c'], 'admin': False}",
    "round trip intact: True",
    "sent a form, server saw: {'user': 'ada', 'remember': 'yes'}",
]


def test_json_and_form_bodies_round_trip(reader_run):
    assert_printed(reader_run("http_client.post_json"), EXPECTED)
