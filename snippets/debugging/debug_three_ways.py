"""Three ways to turn on asyncio's debug mode, each in a fresh Python
process: the program reports what its running loop says."""

import asyncio

from snippets.debugging._child import run_app


def app(run_line: str) -> str:
    """A tiny program that reports the debug settings of its loop."""
    return (
        "import asyncio\n"
        "import sys\n\n\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    print(f'debug={loop.get_debug()}',\n"
        "          f'slow_callback_duration={loop.slow_callback_duration}',\n"
        "          f'dev_mode={sys.flags.dev_mode}')\n\n\n"
        f"{run_line}\n"
    )


async def main() -> None:
    plain, in_code = (
        app("asyncio.run(main())"),
        app("asyncio.run(main(), debug=True)"),
    )
    ways = [
        ("python app.py", plain, [], {}),
        ("python app.py  # asyncio.run(main(), debug=True)", in_code, [], {}),
        (
            "PYTHONASYNCIODEBUG=1 python app.py",
            plain,
            [],
            {"PYTHONASYNCIODEBUG": "1"},
        ),
        ("python -X dev app.py", plain, ["-X", "dev"], {}),
    ]
    for command, source, flags, env in ways:
        (report,) = await run_app(source, *flags, env=env)
        print(f"$ {command}\n  {report}")


if __name__ == "__main__":
    asyncio.run(main())
