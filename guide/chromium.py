"""How the browser tests and ``nox -s weight`` start Debian's chromium (research notes:
Playwright cannot download a browser here, so it drives the system one)."""

import os

EXECUTABLE = os.environ.get("CHROMIUM", "/usr/bin/chromium")
"""The chromium binary: ``CHROMIUM`` or Debian's."""

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",  # as root in a container there is no user namespace for the sandbox
    "--disable-gpu",
    # No update checks, sync or other traffic of chromium's own: every request is the page's.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
