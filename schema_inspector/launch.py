"""The console script's entry: ``--version`` and ``--help`` answered before the command line
is imported (typer and the commands are most of the start-up); everything else is
:func:`cli.run`."""

from __future__ import annotations

import os
import sys


def run() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        _leave(f"schema-inspector {__version__}\n")
    if sys.argv[1:] == ["--help"] and _help_at_full_width():
        from .top_help import TOP_HELP

        _leave(TOP_HELP)
    from .cli import run as run_command_line

    run_command_line()


def _help_at_full_width() -> bool:
    """Typer (click) wraps the help at the terminal's width up to 80 columns: the stored text is
    that rendering, so a narrower terminal gets typer's own."""
    import shutil

    return shutil.get_terminal_size().columns >= 80


def _leave(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except (OSError, ValueError):  # a closed pipe (``| head``): what could be said was said
        pass
    os._exit(0)  # as cli.run leaves: nothing to tear down
