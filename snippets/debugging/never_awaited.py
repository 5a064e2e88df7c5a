"""A coroutine that is never awaited: Python warns where it was destroyed;
debug mode also says which line created it."""

import asyncio

from snippets.debugging._child import run_app

APP = """\
import asyncio


async def save(order):
    await asyncio.sleep(0.01)


async def main():
    save({"id": 7})  # forgot the await
    await asyncio.sleep(0.01)


asyncio.run(main())
"""


def without_asyncio_frames(lines: list[str]) -> list[str]:
    """Drop the frames inside asyncio itself (a "File" line and its code
    line): their paths and line numbers depend on the Python install."""
    kept: list[str] = []
    in_other_frame = False
    for line in lines:
        if line.startswith("  File "):
            in_other_frame = '"app.py"' not in line
        elif not line.startswith("    "):  # not a frame's code line
            in_other_frame = False
        if not in_other_frame:
            kept.append(line)
    return kept


async def main() -> None:
    for command, env in [
        ("python app.py", {}),
        ("PYTHONASYNCIODEBUG=1 python app.py", {"PYTHONASYNCIODEBUG": "1"}),
    ]:
        print(f"$ {command}")
        for line in without_asyncio_frames(await run_app(APP, env=env)):
            print(f"  {line}")


if __name__ == "__main__":
    asyncio.run(main())
