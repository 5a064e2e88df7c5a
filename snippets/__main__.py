"""Run an example with the local services it needs.

``python -m snippets run <chapter>.<example>`` runs one example.

``python -m snippets list`` lists the examples. ``run`` starts a local httpbin
stand-in and an embedded PostgreSQL when the example needs them (unless
``HTTPBIN_URL`` / ``DATABASE_URL`` are set), points the example at them and
runs ``python -m snippets.<name>``, so every example works offline.
"""

import argparse
import os
import subprocess
import sys

from guide import processes, services
from guide.examples import ROOT, Example, discover


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m snippets", description=__doc__
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list the examples")
    run = commands.add_parser(
        "run", help="run one example, e.g. http_client.get_json"
    )
    run.add_argument("name", help="<chapter>.<example>")
    args = parser.parse_args(argv)
    # `kill`, `timeout` and closed terminals stop the services as Ctrl-C does.
    processes.stop_on_sigterm_like_ctrl_c()

    if args.command == "list":
        for example in discover():
            print(example.name)
        return 0

    example = Example(args.name.removeprefix("snippets."))
    if not example.path.is_file():
        print(
            f"error: no example {example.module} (python -m snippets list)",
            file=sys.stderr,
        )
        return 2
    if not example.runs_here():
        needed = ".".join(map(str, example.requires_python))
        print(
            f"error: {example.module} needs Python {needed}+, this is"
            f" {sys.version.split()[0]} (uv run --python {needed} ...)",
            file=sys.stderr,
        )
        return 2
    try:
        with services.running(
            services.needs(example.path.read_text("utf-8"))
        ) as env:
            command = [sys.executable, "-m", example.module]
            return subprocess.call(
                command, cwd=ROOT, env={**os.environ, **env}
            )
    except services.ServiceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
