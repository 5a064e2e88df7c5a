"""Chapter: subprocesses: run, stream, limit, time out and check children."""
