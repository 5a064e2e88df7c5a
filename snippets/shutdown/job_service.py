"""A job service that shuts down gracefully on SIGTERM (Unix only: it
uses loop.add_signal_handler).

One line each way: a client sends ``JOB <id> <seconds>``, the service
answers ``ACCEPTED <id>`` and, once a worker has run the job,
``DONE <id>``. On SIGTERM it stops accepting (the listening socket
closes, a job sent on an open connection gets ``REJECTED <id>``), lets
the workers drain the queue until a deadline, answers ``ABORTED <id>``
for every job it had to give up, says ``BYE``, closes every connection
and returns: the process exits with code 0.

``python -m snippets.shutdown.job_service`` runs a demo: the service, a
client, and a SIGTERM the process sends itself. With ``--serve`` it only
serves, until SIGTERM: the tests drive it from outside.
"""

import argparse
import asyncio
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

STARTED = time.monotonic()


def say(who: str, what: str) -> None:
    print(f"{time.monotonic() - STARTED:.1f}s  {who}: {what}")


# --8<-- [start:service]
@dataclass
class Job:
    job_id: str
    seconds: float
    client: asyncio.StreamWriter  # where its answer goes


class JobService:
    def __init__(
        self,
        workers: int = 2,
        deadline: float = 2.0,
        log: Callable[[str], None] = print,
    ) -> None:
        self.queue: asyncio.Queue[Job] = asyncio.Queue()
        self.worker_count = workers
        self.deadline = deadline  # seconds the jobs get after SIGTERM
        self.log = log
        self.stopping = False
        self.connections: set[asyncio.StreamWriter] = set()
        self.handlers: set[asyncio.Task[None]] = set()
        self.counts = dict.fromkeys(
            ["accepted", "done", "aborted", "rejected"], 0
        )

    async def start(self) -> int:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        self.workers = [
            asyncio.create_task(self.work()) for _ in range(self.worker_count)
        ]
        return self.server.sockets[0].getsockname()[1]

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        handler = asyncio.current_task()
        assert handler is not None
        self.handlers.add(handler)
        self.connections.add(writer)
        try:
            if self.stopping:  # connected just before the socket closed
                writer.write(b"BYE\n")
                return
            while line := await reader.readline():  # b"": closed
                writer.write(self.take(line.decode().split(), writer))
                await writer.drain()
        except ConnectionError:
            pass  # the client went away; its jobs still run
        finally:
            self.connections.discard(writer)
            writer.close()
            await writer.wait_closed()

    def take(self, words: list[str], writer: asyncio.StreamWriter) -> bytes:
        if len(words) != 3 or words[0] != "JOB":
            return b"ERROR expected: JOB <id> <seconds>\n"
        _, job_id, seconds = words
        if self.stopping:
            self.counts["rejected"] += 1
            return f"REJECTED {job_id}\n".encode()
        try:
            job = Job(job_id, min(float(seconds), 10.0), writer)
        except ValueError:
            return b"ERROR seconds must be a number\n"
        self.queue.put_nowait(job)
        self.counts["accepted"] += 1
        return f"ACCEPTED {job_id}\n".encode()

    async def work(self) -> None:
        while True:
            job = await self.queue.get()
            try:
                await asyncio.sleep(job.seconds)  # stands in for the work
            except asyncio.CancelledError:
                self.answer(job, "ABORTED")  # the deadline passed
                raise
            else:
                self.answer(job, "DONE")
            finally:
                self.queue.task_done()

    def answer(self, job: Job, outcome: str) -> None:
        self.counts[outcome.lower()] += 1
        if not job.client.is_closing():  # a line: write() buffers it
            job.client.write(f"{outcome} {job.job_id}\n".encode())

    async def shutdown(self) -> None:
        self.stopping = True
        self.server.close()  # new connections are refused from now on
        queued = self.queue.qsize()
        running = self.counts["accepted"] - self.counts["done"] - queued
        self.log(f"stop accepting; {running} running, {queued} queued")
        try:
            async with asyncio.timeout(self.deadline):
                await self.queue.join()  # every job taken is finished
        except TimeoutError:
            self.log(f"deadline of {self.deadline:.1f}s passed")
        for worker in self.workers:
            worker.cancel()  # idle ones wait in get(); busy ones abort
        await asyncio.gather(*self.workers, return_exceptions=True)
        while not self.queue.empty():  # never started: report them too
            self.answer(self.queue.get_nowait(), "ABORTED")
        for writer in self.connections:
            writer.write(b"BYE\n")
            writer.close()  # each handler's readline() now gets b""
        await asyncio.gather(*self.handlers)
        await self.server.wait_closed()


async def serve_until_sigterm(service: JobService) -> None:
    loop = asyncio.get_running_loop()
    sigterm = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, sigterm.set)
    try:
        await sigterm.wait()
    finally:
        # From here on a second SIGTERM kills the process at once.
        loop.remove_signal_handler(signal.SIGTERM)
    await service.shutdown()


# --8<-- [end:service]


async def serve(workers: int, deadline: float) -> None:
    """``--serve``: print the port, serve until SIGTERM, print a summary."""
    service = JobService(workers, deadline, log=print)
    port = await service.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    await serve_until_sigterm(service)
    print(summary(service), flush=True)


def summary(service: JobService) -> str:
    counts = ", ".join(f"{name} {n}" for name, n in service.counts.items())
    return f"{counts}; connections open: {len(service.connections)}"


# --8<-- [start:demo]
async def client(
    port: int, jobs: dict[str, float], sigterm_at: float, late_job: str
) -> None:
    """Send the jobs, SIGTERM this very process, then read every answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for job_id, seconds in jobs.items():
            writer.write(f"JOB {job_id} {seconds}\n".encode())
        await writer.drain()
        accepted = [
            (await reader.readline()).split()[1].decode() for _ in jobs
        ]
        say("client", f"accepted: {' '.join(accepted)}")
        await asyncio.sleep(sigterm_at)
        say("client", "SIGTERM to its own process, as `kill` sends it")
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.sleep(0.1)
        try:
            _, extra = await asyncio.open_connection("127.0.0.1", port)
        except ConnectionRefusedError:
            say("client", "a new connection is refused")
        else:
            say("client", "a new connection is accepted")
            extra.close()
            await extra.wait_closed()
        writer.write(f"JOB {late_job} 0.1\n".encode())
        await writer.drain()
        while line := await reader.readline():
            say("client", line.decode().strip())
        say("client", "the service closed the connection")
    finally:
        writer.close()
        await writer.wait_closed()


async def demo(
    jobs: dict[str, float], workers: int, deadline: float, sigterm_at: float
) -> JobService:
    service = JobService(workers, deadline, log=lambda s: say("service", s))
    port = await service.start()
    async with asyncio.timeout(5):
        talking = asyncio.create_task(
            client(port, jobs, sigterm_at, late_job="late")
        )
        await serve_until_sigterm(service)
        await talking
    say("service", summary(service))
    return service


async def main() -> None:
    # Two workers: a and b start at once, c and d wait in the queue.
    await demo(
        {"a": 0.4, "b": 0.6, "c": 0.4, "d": 0.4},
        workers=2,
        deadline=2.0,
        sigterm_at=0.2,
    )


# --8<-- [end:demo]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--deadline", type=float, default=2.0)
    options = parser.parse_args()
    if options.serve:
        asyncio.run(serve(options.workers, options.deadline))
    else:
        asyncio.run(main())
