"""The local services: httpbin's endpoints, and every bad setting (HTTPBIN_URL, DATABASE_URL, an
example name, an example for a newer Python) stopping every entry point with one line."""

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from pytest_socket import SocketConnectBlockedError

from guide import services
from guide.examples import ROOT

BAD_URLS = {  # name: (DATABASE_URL, where the message must say it tried)
    "refused": ("postgresql://bob:s3cret@127.0.0.1:1/shop", "127.0.0.1:1/shop"),
    "unknown host": ("postgresql://bob:s3cret@db.invalid/shop", "db.invalid:5432/shop"),
}
QUICK = 3.0
"""Seconds within which the check of a setting reports it (``services.check_settings``)."""
STARTED = 20.0
"""Seconds within which a command reports it, start-up included: mkdocs and pytest start
in about 0.4 s on an idle machine, several seconds on 2 busy cores."""

ENTRY_POINTS = {  # name: the command, as a reader runs it
    "runner": ("-m", "snippets", "run", "postgres.query"),
    "build": ("-m", "mkdocs", "build", "--strict"),
    "pytest": ("-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", "tests/test_services.py"),
}
HTTP_ENTRY_POINTS = {**ENTRY_POINTS, "runner": ("-m", "snippets", "run", "http_client.get_json")}


def run_with(
    settings: dict[str, str], *command: str, cwd: Path = ROOT
) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``python *command`` with these settings; return the result and its seconds."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_XDIST")}
    env = {**env, **settings}
    env.pop("GUIDE_TEST_RUNS", None)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, *command], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    return result, time.monotonic() - started


def run_with_database_url(url: str, *command: str) -> subprocess.CompletedProcess[str]:
    return run_with({"DATABASE_URL": url}, *command)[0]


def assert_one_line(result: subprocess.CompletedProcess[str], seconds: float) -> str:
    """Exit code 2, nothing on stdout, one line on stderr, without a stall: the line."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout.strip() == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert seconds < STARTED, f"{seconds:.1f}s: {lines[0]}"
    return lines[0]


def assert_checked_quickly(monkeypatch: pytest.MonkeyPatch, settings: dict[str, str]) -> str:
    """The check every entry point runs first rejects the settings in under QUICK seconds."""
    for key, value in settings.items():
        monkeypatch.setenv(key, value)
    started = time.monotonic()
    with pytest.raises(services.ServiceError) as error:
        services.check_settings()
    seconds = time.monotonic() - started
    assert seconds < QUICK, f"{seconds:.1f}s: {error.value}"
    return str(error.value)


def assert_one_clear_line(result: subprocess.CompletedProcess[str], host: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0
    lines = [line for line in output.splitlines() if "DATABASE_URL" in line]
    assert len(lines) == 1, output
    assert f"PostgreSQL at {host}" in lines[0]
    assert "s3cret" not in output
    assert "Traceback" not in output


@pytest.mark.parametrize(("url", "where"), BAD_URLS.values(), ids=BAD_URLS.keys())
def test_runner_stops_on_a_bad_database_url(url, where):
    result = run_with_database_url(url, "-m", "snippets", "run", "postgres.query")
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_clear_line(result, where)


def test_runner_rejects_a_malformed_database_url():
    result = run_with_database_url("mysql://x", "-m", "snippets", "run", "postgres.query")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: DATABASE_URL is not a PostgreSQL URL (expected postgresql://user:password@host/db)"
    )


def test_build_stops_before_touching_the_site(tmp_path):
    site = tmp_path / "site"
    result = run_with_database_url(
        BAD_URLS["refused"][0], "-m", "mkdocs", "build", "--strict", "-d", str(site)
    )
    assert_one_clear_line(result, "127.0.0.1:1/shop")
    assert not site.exists()


def test_pytest_stops_before_any_test(tmp_path):
    result = run_with_database_url(BAD_URLS["refused"][0], *ENTRY_POINTS["pytest"])
    assert result.returncode == 2
    assert_one_clear_line(result, "127.0.0.1:1/shop")
    assert "passed" not in result.stdout


BAD_HTTPBIN_URLS = {  # name: (HTTPBIN_URL, what the line must say)
    "refused": ("http://127.0.0.1:1", "cannot use httpbin at http://127.0.0.1:1: "),
    "malformed": ("htp:/127.0.0.1", "HTTPBIN_URL is not an http(s) URL: 'htp:/127.0.0.1'"),
}


@pytest.mark.parametrize("entry", HTTP_ENTRY_POINTS)
@pytest.mark.parametrize(("url", "said"), BAD_HTTPBIN_URLS.values(), ids=BAD_HTTPBIN_URLS.keys())
def test_a_bad_httpbin_url_gives_one_line(monkeypatch, entry, url, said):
    result, seconds = run_with({"HTTPBIN_URL": url}, *HTTP_ENTRY_POINTS[entry])
    line = assert_one_line(result, seconds)
    assert said in line
    assert assert_checked_quickly(monkeypatch, {"HTTPBIN_URL": url}) in line


@pytest.fixture
def silent_port():
    """A port that accepts connections and never answers."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield server.getsockname()[1]


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("kind", ["http server", "silent port"])
def test_a_database_url_that_is_not_postgresql_gives_the_reason_quickly(
    monkeypatch, local_services, silent_port, entry, kind
):
    port = local_services["HTTPBIN_URL"].rsplit(":", 1)[1] if kind == "http server" else silent_port
    url = f"postgresql://bob:s3cret@127.0.0.1:{port}/shop"
    result, seconds = run_with({"DATABASE_URL": url}, *ENTRY_POINTS[entry])
    line = assert_one_line(result, seconds)
    assert f"cannot use PostgreSQL at 127.0.0.1:{port}/shop: " in line
    reason = "it answers HTTP, not PostgreSQL" if kind == "http server" else "no PostgreSQL answer"
    assert reason in line
    assert "s3cret" not in line
    assert assert_checked_quickly(monkeypatch, {"DATABASE_URL": url}) in line


def test_runner_names_an_unknown_example():
    result, seconds = run_with({}, "-m", "snippets", "run", "http_client.no_such_example")
    line = assert_one_line(result, seconds)
    assert line == (
        "error: no example snippets.http_client.no_such_example (python -m snippets list)"
    )


def test_runner_says_which_python_an_example_needs(trial_project):
    project = trial_project({"future": "print('from the future')"}, {"future": "(Python 3.99+)"})
    shutil.copy(ROOT / "snippets" / "__main__.py", project / "snippets" / "__main__.py")
    result, seconds = run_with({}, "-m", "snippets", "run", "trial.future", cwd=project)
    line = assert_one_line(result, seconds)
    this = sys.version.split()[0]
    assert line == f"error: snippets.trial.future needs Python 3.99+, this is {this}" + (
        " (uv run --python 3.99 ...)"
    )


def test_the_page_examples_use_loopback_services(local_services):
    assert local_services["HTTPBIN_URL"].startswith("http://127.0.0.1:")
    assert "host=/" in local_services["DATABASE_URL"]  # the embedded server's unix socket


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_pytest_refuses_internet_connections():
    async def connect() -> None:
        await asyncio.open_connection("93.184.215.14", 80)

    with pytest.raises(SocketConnectBlockedError, match=re.escape("127.0.0.1,::1")):
        asyncio.run(connect())


async def fetch(method: str, url: str, **kwargs) -> tuple[int, bytes]:
    timeout = aiohttp.ClientTimeout(total=10)
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        session.request(method, url, **kwargs) as response,
    ):
        return response.status, await response.read()


@pytest.fixture
def httpbin(local_services):
    base = local_services["HTTPBIN_URL"]

    def call(method: str, path: str, **kwargs) -> tuple[int, bytes]:
        return asyncio.run(fetch(method, base + path, **kwargs))

    return call


def test_get_echoes_query_and_headers(httpbin):
    status, body = httpbin("GET", "/get?a=1&b=two", headers={"X-Trace": "t1"})
    echoed = json.loads(body)
    assert status == 200
    assert echoed["args"] == {"a": "1", "b": "two"}
    assert echoed["headers"]["X-Trace"] == "t1"
    assert echoed["origin"] == "127.0.0.1"


def test_post_echoes_json_and_form(httpbin):
    _, body = httpbin("POST", "/post", json={"n": [1, 2]})
    assert json.loads(body)["json"] == {"n": [1, 2]}
    _, body = httpbin("POST", "/post", data={"k": "v"})
    assert json.loads(body)["form"] == {"k": "v"}


def test_status_bytes_stream_ip_headers(httpbin):
    assert httpbin("GET", "/status/418")[0] == 418
    assert len(httpbin("GET", "/bytes/4096")[1]) == 4096
    lines = httpbin("GET", "/stream/3")[1].decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [0, 1, 2]
    assert json.loads(httpbin("GET", "/ip")[1]) == {"origin": "127.0.0.1"}
    assert "Host" in json.loads(httpbin("GET", "/headers")[1])["headers"]


def test_delay_takes_fractional_seconds_without_blocking(local_services):
    base = local_services["HTTPBIN_URL"]

    async def scenario() -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.gather(*(fetch("GET", f"{base}/delay/0.5") for _ in range(20)))
        return loop.time() - started

    # Twenty half-second delays served side by side, not one after another (10 s).
    assert round(asyncio.run(scenario())) in (0, 1)
