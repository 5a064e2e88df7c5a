"""A connection not closed on error stays open on the server until the
error object is garbage-collected; try/finally closes it at once."""

import asyncio
import os
import warnings

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)
# A name for this run's connections, so the server can count them.
SETTINGS = {"application_name": f"price-report-{os.getpid()}"}
QUERY = "SELECT 100 / $1::int"


async def report_leaky(divisor: int) -> int:
    connection = await asyncpg.connect(
        DATABASE_URL, timeout=10, server_settings=SETTINGS
    )
    value = await connection.fetchval(QUERY, divisor)
    await connection.close()  # skipped when fetchval raises
    return value


async def report(divisor: int) -> int:
    connection = await asyncpg.connect(
        DATABASE_URL, timeout=10, server_settings=SETTINGS
    )
    try:
        return await connection.fetchval(QUERY, divisor)
    finally:
        await connection.close()


async def open_on_server(checker: asyncpg.Connection) -> int:
    # close() does not wait for the server process to exit: give it time.
    await asyncio.sleep(0.1)
    return await checker.fetchval(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE application_name = $1 AND datname = current_database()",
        SETTINGS["application_name"],
    )


async def main() -> None:
    checker = await asyncpg.connect(DATABASE_URL, timeout=10)
    try:
        for version in (report_leaky, report):
            # Python hides ResourceWarning unless you run with -X dev;
            # record it here so the output can show it.
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ResourceWarning)
                # Three failing calls; keeping the errors (a log queue, a
                # results list) keeps each one's frame and its locals.
                errors = await asyncio.gather(
                    *(version(0) for _ in range(3)), return_exceptions=True
                )
                names = {type(error).__name__ for error in errors}
                still_open = await open_on_server(checker)
                print(f"{version.__name__}: 3 x {', '.join(names)}")
                print(f"  connections still open on the server: {still_open}")
                del errors  # the last references to the leaked connections
            # "unclosed connection <asyncpg...>": keep the words only.
            messages = {str(w.message).split(" <")[0] for w in caught}
            summary = f"{len(caught)} x {', '.join(messages)}" if caught else 0
            print(f"  warnings once the errors were dropped: {summary}")
    finally:
        await checker.close()


if __name__ == "__main__":
    asyncio.run(main())
