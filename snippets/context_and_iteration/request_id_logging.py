"""A request id set once per request shows up in every log line, even
in the tasks the request starts, while requests interleave."""

import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")
log = logging.getLogger("shop")


class RequestIdFilter(logging.Filter):
    """Adds the current request id to each record, as %(request_id)s."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


async def check_stock(item: str, seconds: float) -> None:
    await asyncio.sleep(seconds)  # a call to the stock service
    log.info("stock checked for %s", item)


async def handle(rid: str, items: dict[str, float]) -> None:
    # Set once, here: every task created below starts with a copy.
    request_id.set(rid)
    log.info("request started")
    async with asyncio.TaskGroup() as group:
        for item, seconds in items.items():
            group.create_task(check_stock(item, seconds))
    log.info("request done")


async def main() -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(logging.Formatter("[%(request_id)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(handle("req-1", {"apples": 0.1, "pears": 0.3}))
            group.create_task(handle("req-2", {"plums": 0.2}))
    finally:
        log.removeHandler(handler)


if __name__ == "__main__":
    asyncio.run(main())
