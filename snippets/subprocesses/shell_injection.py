"""(Unix) A shell runs whatever user input smuggles in; exec does not."""

import asyncio
import shlex
import sys

# The child prints the arguments it was given.
SHOW_ARGS = "import sys; print(sys.argv[1:])"
# What a user typed as a file name. Harmless here: the extra command is
# an echo, but it could as well delete files.
USER_INPUT = "notes.txt; echo injected"


async def output_of(proc: asyncio.subprocess.Process) -> list[str]:
    stdout, _ = await proc.communicate()
    return stdout.decode().splitlines()


async def via_shell(filename: str) -> list[str]:
    # WRONG: the input becomes part of a command line that /bin/sh parses.
    command = f"{shlex.quote(sys.executable)} -c '{SHOW_ARGS}' {filename}"
    proc = await asyncio.create_subprocess_shell(
        command, stdout=asyncio.subprocess.PIPE
    )
    return await output_of(proc)


async def via_exec(filename: str) -> list[str]:
    # Right: no shell; the input is one argument, whatever it contains.
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        SHOW_ARGS,
        filename,
        stdout=asyncio.subprocess.PIPE,
    )
    return await output_of(proc)


async def via_quoted_shell(filename: str) -> list[str]:
    # If a shell is unavoidable, quote every piece of input.
    command = shlex.join([sys.executable, "-c", SHOW_ARGS, filename])
    proc = await asyncio.create_subprocess_shell(
        command, stdout=asyncio.subprocess.PIPE
    )
    return await output_of(proc)


async def main() -> None:
    print(f"user input: {USER_INPUT!r}")
    for name, run in [
        ("shell", via_shell),
        ("exec", via_exec),
        ("quoted shell", via_quoted_shell),
    ]:
        for line in await run(USER_INPUT):
            print(f"{name:>12}: {line}")


if __name__ == "__main__":
    asyncio.run(main())
