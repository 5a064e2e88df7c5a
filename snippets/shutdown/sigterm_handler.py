"""SIGTERM (what `kill` and most service managers send) with and without
loop.add_signal_handler (Unix only). Without a handler Python dies on
the spot: no finally block runs, the exit code says "killed by signal
15". With a handler the signal is an ordinary event in the loop."""

import asyncio
import signal
import sys

# --8<-- [start:children]
NO_HANDLER = """
import asyncio

async def main():
    print("child: running", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("child: finally ran", flush=True)

asyncio.run(main())
"""

WITH_HANDLER = """
import asyncio
import signal

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    print("child: running", flush=True)
    try:
        await stop.wait()
        print("child: SIGTERM arrived, stopping", flush=True)
    finally:
        print("child: finally ran", flush=True)

asyncio.run(main())
"""
# --8<-- [end:children]


async def terminate(label: str, code: str) -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    try:
        async with asyncio.timeout(5):
            print(f"{label}:")
            print("  " + (await child.stdout.readline()).decode().strip())
            child.send_signal(signal.SIGTERM)  # as `kill <pid>` does
            for line in (await child.stdout.read()).decode().splitlines():
                print(f"  {line}")
            returncode = await child.wait()
    finally:
        if child.returncode is None:  # only if something above failed
            child.kill()
            await child.wait()
    # A negative return code: the child was killed by that signal.
    killed = signal.Signals(-returncode).name if returncode < 0 else ""
    print(
        f"  exit code {returncode}" + (f", killed by {killed}" * bool(killed))
    )


async def main() -> None:
    await terminate("no handler", NO_HANDLER)
    await terminate("add_signal_handler(SIGTERM, ...)", WITH_HANDLER)


if __name__ == "__main__":
    asyncio.run(main())
