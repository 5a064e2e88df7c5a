"""The job service when SIGTERM comes and the work left needs more than
the deadline (Unix only): the job still running is cancelled at the
deadline, the one never started is not run; both are answered ABORTED,
so the client learns the fate of every job it got ACCEPTED for."""

import asyncio

from snippets.shutdown.job_service import demo


async def main() -> None:
    # One worker; after SIGTERM at 0.1 s the jobs get 0.5 s: a finishes,
    # b (2.0 s) is cancelled halfway, c never starts.
    await demo(
        {"a": 0.3, "b": 2.0, "c": 0.1}, workers=1, deadline=0.5, sigterm_at=0.1
    )


if __name__ == "__main__":
    asyncio.run(main())
