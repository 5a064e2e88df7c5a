"""The job service as a real child process, stopped by a real SIGTERM from outside."""

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from guide.examples import ROOT
from guide.testing import assert_printed, took, without_debug_lines

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  client: accepted: a b c d",
    "0.2s  client: SIGTERM to its own process, as `kill` sends it",
    # a and b run on the two workers, c and d wait in the queue.
    "0.2s  service: stop accepting; 2 running, 2 queued",
    "0.3s  client: a new connection is refused",
    "0.3s  client: REJECTED late",
    # The queue drains after SIGTERM: c and d still run.
    "0.4s  client: DONE a",
    "0.6s  client: DONE b",
    "0.8s  client: DONE c",
    "1.0s  client: DONE d",
    "1.0s  client: BYE",
    "1.0s  client: the service closed the connection",
    "1.0s  service: accepted 4, done 4, aborted 0, rejected 1; connections open: 0",
]

STRICT_PYTHON = [sys.executable, "-X", "dev", "-W", "error::ResourceWarning"]
TIMEOUT = 15.0  # seconds for any one step; the suite runs on a busy machine


def test_the_demo_drains_the_queue_after_sigterm(reader_run):
    assert_printed(reader_run("shutdown.job_service"), EXPECTED)


@dataclass
class Service:
    process: subprocess.Popen[str]
    stdout: queue.Queue[str]
    port: int

    def next_line(self) -> str:
        return self.stdout.get(timeout=TIMEOUT)


@contextmanager
def service(*options: str) -> Iterator[Service]:
    """``python -m snippets.shutdown.job_service --serve`` in a session of its own, run
    strictly (asyncio debug mode, -X dev, ResourceWarning as an error)."""
    process = subprocess.Popen(
        [*STRICT_PYTHON, "-m", "snippets.shutdown.job_service", "--serve", *options],
        cwd=ROOT,
        env={**os.environ, "PYTHONASYNCIODEBUG": "1", "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None

    def read_lines() -> None:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))

    reading = threading.Thread(target=read_lines)
    reading.start()
    try:
        first = lines.get(timeout=TIMEOUT)
        assert first.startswith("listening on 127.0.0.1:"), first
        yield Service(process, lines, int(first.rpartition(":")[2]))
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=TIMEOUT)
        reading.join(timeout=TIMEOUT)
        process.stdout.close()
        assert process.stderr is not None
        process.stderr.close()


class Client:
    """A plain blocking client, so nothing asyncio in the test helps the service."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        self.lines = self.sock.makefile("r", encoding="utf-8", newline="\n")

    def send(self, line: str) -> None:
        self.sock.sendall(f"{line}\n".encode())

    def submit(self, jobs: dict[str, float]) -> list[str]:
        for job_id, seconds in jobs.items():
            self.send(f"JOB {job_id} {seconds}")
        return [self.lines.readline().strip() for _ in jobs]

    def rest(self) -> list[str]:
        """Every line until the service closes the connection (EOF)."""
        return [line.strip() for line in self.lines]

    def close(self) -> None:
        self.lines.close()
        self.sock.close()


def outcomes(answers: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for answer in answers:
        outcome, _, job_id = answer.partition(" ")
        if outcome in ("DONE", "ABORTED"):
            found.setdefault(job_id, []).append(outcome)
    return found


def stopped_cleanly(running: Service) -> str:
    """Exit code 0, nothing on stderr but debug mode's slow-step notes, no process
    left in its session; returns the summary line it printed last."""
    assert running.process.wait(timeout=TIMEOUT) == 0
    assert running.process.stderr is not None
    assert without_debug_lines(running.process.stderr.read()) == []
    with pytest.raises(ProcessLookupError):
        os.killpg(running.process.pid, 0)
    return running.next_line()


def test_sigterm_from_outside_loses_no_accepted_job():
    with service("--workers", "2", "--deadline", "5") as running:
        clients = [Client(running.port), Client(running.port)]
        try:
            jobs = [{f"{name}{n}": 0.3 for n in range(3)} for name in "ab"]
            for client, its_jobs in zip(clients, jobs, strict=True):
                assert client.submit(its_jobs) == [f"ACCEPTED {job}" for job in its_jobs]
            running.process.send_signal(signal.SIGTERM)
            assert running.next_line().startswith("stop accepting;")
            with pytest.raises(ConnectionRefusedError):
                socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT)
            clients[0].send("JOB late 0.1")
            answers = [client.rest() for client in clients]
        finally:
            for client in clients:
                client.close()
        summary = stopped_cleanly(running)
    assert "REJECTED late" in answers[0]
    for its_answers, its_jobs in zip(answers, jobs, strict=True):
        # Every accepted job answered once, on its own connection, and done;
        # then BYE, then the service closed the connection (the EOF).
        assert outcomes(its_answers) == {job: ["DONE"] for job in its_jobs}
        assert its_answers[-1] == "BYE"
    assert summary == "accepted 6, done 6, aborted 0, rejected 1; connections open: 0"


def test_past_the_deadline_every_job_left_is_reported_aborted():
    with service("--workers", "1", "--deadline", "0.5") as running:
        client = Client(running.port)
        try:
            assert client.submit({"quick": 0.1, "long": 5.0, "queued": 0.1}) == [
                "ACCEPTED quick",
                "ACCEPTED long",
                "ACCEPTED queued",
            ]
            # Once quick is done, the worker has taken long at once.
            assert client.lines.readline().strip() == "DONE quick"
            running.process.send_signal(signal.SIGTERM)
            sigterm_sent = time.monotonic()
            answers = client.rest()
            closed_after = time.monotonic() - sigterm_sent
            assert running.next_line() == "stop accepting; 1 running, 1 queued"
        finally:
            client.close()
        assert running.next_line() == "deadline of 0.5s passed"
        summary = stopped_cleanly(running)
    assert outcomes(answers) == {"long": ["ABORTED"], "queued": ["ABORTED"]}
    assert answers[-1] == "BYE"
    # It waited for the deadline and no longer: not the 5 s the long job wanted.
    assert took(closed_after, 0.5)
    assert summary == "accepted 3, done 1, aborted 2, rejected 0; connections open: 0"


def test_a_client_that_left_still_gets_its_jobs_run():
    with service("--workers", "1", "--deadline", "5") as running:
        client = Client(running.port)
        assert client.submit({"x": 0.2, "y": 0.2}) == ["ACCEPTED x", "ACCEPTED y"]
        client.close()
        running.process.send_signal(signal.SIGTERM)
        assert running.next_line().startswith("stop accepting;")
        summary = stopped_cleanly(running)
    assert summary == "accepted 2, done 2, aborted 0, rejected 0; connections open: 0"


def test_a_second_sigterm_during_the_drain_kills_at_once():
    with service("--workers", "1", "--deadline", "5") as running:
        client = Client(running.port)
        try:
            assert client.submit({"long": 5.0}) == ["ACCEPTED long"]
            running.process.send_signal(signal.SIGTERM)
            assert running.next_line().startswith("stop accepting;")
            running.process.send_signal(signal.SIGTERM)
            # The handler was removed after the first: SIGTERM's default action.
            assert running.process.wait(timeout=TIMEOUT) == -signal.SIGTERM
        finally:
            client.close()
