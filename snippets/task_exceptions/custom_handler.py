"""loop.set_exception_handler: what the handler receives, and handing a
context back to loop.default_exception_handler."""

import asyncio
import gc
import logging


def handler(
    loop: asyncio.AbstractEventLoop, context: dict[str, object]
) -> None:
    if "exception" not in context:
        # Nothing to summarise: let asyncio log it the way it always does.
        loop.default_exception_handler(context)
        return
    print(f"handler: {context['message']}")
    print(f"  keys: {', '.join(sorted(context))}")
    print(f"  exception: {context['exception']!r}")


def flush_metrics() -> None:
    raise RuntimeError("metrics server is down")


async def send_email() -> None:
    raise ConnectionError("SMTP server refused the connection")


async def main() -> None:
    logging.basicConfig()  # the default handler logs to the "asyncio" logger
    loop = asyncio.get_running_loop()
    print(f"handler before: {loop.get_exception_handler()}")
    loop.set_exception_handler(handler)

    print("1. a callback raises")
    loop.call_soon(flush_metrics)
    await asyncio.sleep(0.1)

    print("2. a failed task is destroyed, its exception never retrieved")
    task = asyncio.create_task(send_email(), name="send-email")
    await asyncio.sleep(0.1)
    del task
    gc.collect()

    print("3. your own code reports through the same handler")
    loop.call_exception_handler(
        {"message": "cache refresh failed", "exception": TimeoutError()}
    )
    loop.call_exception_handler({"message": "cache is 2 hours old"})

    loop.set_exception_handler(None)  # None restores the default handler
    print(f"handler after: {loop.get_exception_handler()}")


if __name__ == "__main__":
    asyncio.run(main())
