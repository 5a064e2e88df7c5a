"""A local stand-in for httpbin.org, written with aiohttp.web.

The examples read their base URL from ``HTTPBIN_URL`` (default
``https://httpbin.org``); the tests, the build and ``python -m snippets run``
point it here so that nothing needs the internet. The endpoints answer the way
httpbin's do, for the parts the guide uses. Delays are ``asyncio.sleep``: a
thousand concurrent ``/delay/1`` requests all finish after about a second.

Run it on its own with ``python -m guide.httpbin [--port N]``; it prints its
URL on the first line of stdout. With ``--stop-at-eof`` it also stops when its
stdin reaches end of file: ``guide.services`` keeps the other end of that pipe,
so however its parent ends (even SIGKILL) the server ends with it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import signal
import sys
import threading
from typing import Any

from aiohttp import web

MAX_DELAY = 10.0
"""Seconds; like httpbin, longer delays are capped."""
MAX_BYTES = 10 * 1024 * 1024
MAX_STREAM_LINES = 100

_in_flight = web.AppKey("in_flight", dict)


def _client(request: web.Request) -> str:
    peer = request.transport.get_extra_info("peername") if request.transport else None
    return peer[0] if peer else "127.0.0.1"


def _headers(request: web.Request) -> dict[str, str]:
    # httpbin.org answers with header names in canonical case: "X-Request-Id".
    return {"-".join(p.capitalize() for p in k.split("-")): v for k, v in request.headers.items()}


def _echo(request: web.Request) -> dict[str, Any]:
    return {
        "args": dict(request.query),
        "headers": _headers(request),
        "origin": _client(request),
        "url": str(request.url),
    }


async def get(request: web.Request) -> web.Response:
    return web.json_response(_echo(request))


async def ip(request: web.Request) -> web.Response:
    return web.json_response({"origin": _client(request)})


async def headers(request: web.Request) -> web.Response:
    return web.json_response({"headers": _headers(request)})


async def user_agent(request: web.Request) -> web.Response:
    return web.json_response({"user-agent": request.headers.get("User-Agent")})


async def post(request: web.Request) -> web.Response:
    body = await request.read()
    answer = _echo(request) | {"data": "", "files": {}, "form": {}, "json": None}
    content_type = request.content_type
    if content_type == "application/json":
        answer["data"] = body.decode()
        answer["json"] = json.loads(body) if body else None
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        answer["form"] = {key: str(value) for key, value in form.items()}
    else:
        answer["data"] = body.decode(errors="replace")
    return web.json_response(answer)


async def delay(request: web.Request) -> web.Response:
    try:
        seconds = min(float(request.match_info["seconds"]), MAX_DELAY)
    except ValueError:
        raise web.HTTPBadRequest(text="delay must be a number of seconds") from None
    counter = request.app[_in_flight]
    counter["now"] += 1
    counter["peak"] = max(counter["peak"], counter["now"])
    try:
        await asyncio.sleep(max(seconds, 0))
    finally:
        counter["now"] -= 1
    return web.json_response(_echo(request))


async def status(request: web.Request) -> web.Response:
    code = int(request.match_info["code"])
    if not 100 <= code <= 599:
        raise web.HTTPBadRequest(text="status must be 100-599")
    return web.Response(status=code)


async def sample_json(request: web.Request) -> web.Response:
    return web.json_response(
        {
            "slideshow": {
                "author": "Yours Truly",
                "date": "date of publication",
                "title": "Sample Slide Show",
                "slides": [
                    {"title": "Wake up to WonderWidgets!", "type": "all"},
                    {
                        "title": "Overview",
                        "type": "all",
                        "items": [
                            "Why <em>WonderWidgets</em> are great",
                            "Who <em>buys</em> WonderWidgets",
                        ],
                    },
                ],
            }
        }
    )


async def random_bytes(request: web.Request) -> web.Response:
    size = min(int(request.match_info["n"]), MAX_BYTES)
    return web.Response(body=os.urandom(size), content_type="application/octet-stream")


async def stream(request: web.Request) -> web.StreamResponse:
    lines = min(int(request.match_info["n"]), MAX_STREAM_LINES)
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    await response.prepare(request)
    for index in range(lines):
        await response.write((json.dumps(_echo(request) | {"id": index}) + "\n").encode())
    await response.write_eof()
    return response


async def stats(request: web.Request) -> web.Response:
    """Not in httpbin: how many /delay requests are in flight now and at most so far."""
    return web.json_response(dict(request.app[_in_flight]))


async def reset_stats(request: web.Request) -> web.Response:
    request.app[_in_flight]["peak"] = request.app[_in_flight]["now"]
    return web.json_response(dict(request.app[_in_flight]))


def make_app() -> web.Application:
    app = web.Application()
    app[_in_flight] = {"now": 0, "peak": 0}
    app.router.add_get("/get", get)
    app.router.add_get("/ip", ip)
    app.router.add_get("/headers", headers)
    app.router.add_get("/user-agent", user_agent)
    app.router.add_post("/post", post)
    app.router.add_route("*", "/delay/{seconds}", delay)
    app.router.add_route("*", "/status/{code:\\d+}", status)
    app.router.add_get("/json", sample_json)
    app.router.add_get("/bytes/{n:\\d+}", random_bytes)
    app.router.add_get("/stream/{n:\\d+}", stream)
    app.router.add_get("/_stats", stats)
    app.router.add_post("/_stats/reset", reset_stats)
    return app


def raise_open_file_limit() -> None:
    """A thousand concurrent connections need more than the usual 1,024 descriptors."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _stop_at_eof(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Set ``stop`` once stdin is at its end: the parent holding the pipe is gone."""

    def wait_for_eof() -> None:
        # os.read, not sys.stdin: a daemon thread blocked in a buffered read aborts
        # the interpreter's shutdown ("could not acquire lock").
        while os.read(sys.stdin.fileno(), 4096):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_eof, name="stdin-eof", daemon=True).start()


async def serve(host: str, port: int, stop_at_eof: bool = False) -> None:
    raise_open_file_limit()
    runner = web.AppRunner(make_app(), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, port, backlog=4096)
    await site.start()
    bound_port = runner.addresses[0][1]
    print(f"http://{host}:{bound_port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    if stop_at_eof:
        _stop_at_eof(loop, stop)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--stop-at-eof", action="store_true", help="also stop when stdin reaches end of file"
    )
    args = parser.parse_args()
    asyncio.run(serve(args.host, args.port, args.stop_at_eof))


if __name__ == "__main__":
    main()
