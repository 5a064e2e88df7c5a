"""asyncio.to_thread copies the context into the thread;
loop.run_in_executor does not, unless you pass context.run."""

import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="(none)")


def blocking_lookup() -> str:
    # A sync call (a driver, an SDK) that logs with the request id.
    return request_id.get()


async def main() -> None:
    request_id.set("req-42")
    loop = asyncio.get_running_loop()

    seen = await asyncio.to_thread(blocking_lookup)
    print(f"to_thread:                    {seen}")

    seen = await loop.run_in_executor(None, blocking_lookup)
    print(f"run_in_executor:              {seen}")

    context = contextvars.copy_context()
    seen = await loop.run_in_executor(None, context.run, blocking_lookup)
    print(f"run_in_executor, context.run: {seen}")


if __name__ == "__main__":
    asyncio.run(main())
