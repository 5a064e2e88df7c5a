"""ruff's ASYNC and RUF006 rules find two pitfalls before the code runs: a
blocking call in a coroutine and a task nobody keeps a reference to."""

import asyncio
import sys
from pathlib import Path

# The folder that holds snippets/: paths are printed relative to it.
PROJECT = Path(__file__).resolve().parents[2]
BAD_EXAMPLES = [
    "snippets/mixing/blocking_heartbeat.py",
    "snippets/pitfalls/lost_task.py",
]
# --isolated: no project settings; --ignore-noqa: the examples silence
# these rules on purpose, here we want to see what ruff says.
RUFF_ARGS = [
    "check",
    "--isolated",
    "--no-cache",
    "--ignore-noqa",
    "--select",
    "ASYNC,RUF006",
    "--output-format",
    "concise",
]


async def main() -> None:
    print("$ ruff " + " ".join(RUFF_ARGS + BAD_EXAMPLES))
    ruff = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "ruff",
        *RUFF_ARGS,
        *BAD_EXAMPLES,
        cwd=PROJECT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    async with asyncio.timeout(30):
        output, _ = await ruff.communicate()
    for line in output.decode().splitlines():
        print(line)
    print(f"exit code: {ruff.returncode}")


if __name__ == "__main__":
    asyncio.run(main())
