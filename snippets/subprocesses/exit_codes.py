"""Exit codes and stderr: asyncio never raises for a child that failed."""

import asyncio
import subprocess
import sys

CHILDREN = {
    "fine": "print('done')",
    "gives up": "import sys; print('no input', file=sys.stderr); sys.exit(3)",
    "crashes": "raise ValueError('bad header')",
}


async def run(code: str) -> tuple[int, str, str]:
    """(exit code, stdout, last line of stderr) of ``python -c code``."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await proc.communicate()
    assert proc.returncode is not None
    last = stderr.decode().strip().splitlines()[-1:] or [""]
    return proc.returncode, stdout.decode().strip(), last[0]


async def run_checked(code: str) -> str:
    """stdout of ``python -c code``, or CalledProcessError if it failed."""
    returncode, stdout, stderr = await run(code)
    if returncode != 0:
        raise subprocess.CalledProcessError(
            returncode, ["python", "-c", code], stdout, stderr
        )
    return stdout


async def main() -> None:
    for name, code in CHILDREN.items():
        returncode, stdout, stderr = await run(code)
        print(f"{name}: exit code {returncode}")
        print(f"  stdout: {stdout!r}")
        print(f"  stderr: {stderr!r}")
    try:
        await run_checked(CHILDREN["crashes"])
    except subprocess.CalledProcessError as error:
        print(f"run_checked raised: exit code {error.returncode}")


if __name__ == "__main__":
    asyncio.run(main())
