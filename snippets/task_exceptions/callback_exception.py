"""A callback raises: the loop reports it to its exception handler and
keeps running."""

import asyncio


def print_summary(
    loop: asyncio.AbstractEventLoop, context: dict[str, object]
) -> None:
    # A one-line summary instead of the default handler's full traceback.
    print(f"handler: {context['message']}")
    print(f"handler: exception={context['exception']!r}")


def flush_metrics() -> None:
    raise RuntimeError("metrics server is down")


def next_callback() -> None:
    print("next_callback: the loop ran the next callback as usual")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(print_summary)
    loop.call_soon(flush_metrics)
    loop.call_soon(next_callback)
    await asyncio.sleep(0.1)
    print("main: still running; the exception never reached main")


if __name__ == "__main__":
    asyncio.run(main())
