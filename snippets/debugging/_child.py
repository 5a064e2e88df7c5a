"""Run a small program as a reader would from a shell, in a fresh Python
process, and return what it printed. Shared by this chapter's examples."""

import asyncio
import os
import sys
import tempfile
from pathlib import Path

# Settings that switch debug or dev mode on in a child behind our back (the
# guide's own test runs set some): each run says which ones it wants.
DEBUG_SWITCHES = (
    "PYTHONASYNCIODEBUG",
    "PYTHONDEVMODE",
    "PYTHONWARNINGS",
    "PYTHONTRACEMALLOC",
)


async def run_app(
    source: str, *flags: str, env: dict[str, str] | None = None
) -> list[str]:
    """Save ``source`` as app.py, run ``python [flags] app.py`` and return
    the lines it printed (stdout and stderr), with the folder's path cut."""
    clean_env = {
        name: value
        for name, value in os.environ.items()
        if name not in DEBUG_SWITCHES
    }
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "app.py").write_text(source, "utf-8")
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            *flags,
            "app.py",
            cwd=folder,
            env={**clean_env, **(env or {}), "PYTHONUNBUFFERED": "1"},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            async with asyncio.timeout(10):
                output, _ = await process.communicate()
        except TimeoutError:
            process.kill()
            await process.wait()
            raise
    text = output.decode("utf-8", errors="replace")
    return text.replace(folder + os.sep, "").splitlines()
