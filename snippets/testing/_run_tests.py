"""Run an example's tests in a child process, as a reader would, and print
the report. Shared by the testing chapter's examples."""

import asyncio
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
# pytest ends with "2 passed in 0.12s", unittest with "Ran 2 tests in
# 0.012s": the duration changes from run to run, so the report leaves it out.
DURATION = re.compile(r" in \d+\.\d+s( \(\d+:\d+:\d+\))?")


async def run_pytest(test_file: str, *options: str) -> int:
    """Run ``pytest <test_file> -q <options>`` in this folder (so its
    pytest.ini applies), print the command and pytest's report, and return
    pytest's exit code."""
    name = Path(test_file).name
    return await _run(["pytest", name, "-q", *options], cwd=HERE)


async def run_unittest(module: str) -> int:
    """Run ``python -m unittest -v <module>`` from the project's folder."""
    return await _run(["unittest", "-v", module], cwd=ROOT)


async def _run(command: list[str], cwd: Path) -> int:
    print("$ " + " ".join(["python", "-m", *command]))
    env = {
        # Debug mode only where a test asks for it, whoever runs this; and
        # pytest writes whole failure messages in its summary when it sees
        # CI or BUILD_NUMBER, so a CI run would print a different report.
        **{
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONASYNCIODEBUG", "CI", "BUILD_NUMBER")
        },
        "COLUMNS": "79",  # the width of pytest's ===== lines
        # Plain text for the page, whatever the caller's terminal asks for.
        "PY_COLORS": "0",
        "PYTHON_COLORS": "0",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        *command,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        async with asyncio.timeout(60):
            output, _ = await process.communicate()
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    for line in output.decode().splitlines():
        print(DURATION.sub("", line).rstrip())
    return process.returncode
