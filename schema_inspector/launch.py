"""The console script's entry: ``--version`` answered before the command line is imported
(typer, rich and the commands are most of the start-up); everything else is :func:`cli.run`."""

from __future__ import annotations

import os
import sys


def run() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        sys.stdout.write(f"schema-inspector {__version__}\n")
        sys.stdout.flush()
        os._exit(0)  # as cli.run leaves: nothing to tear down
    from .cli import run as run_command_line

    run_command_line()
