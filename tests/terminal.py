"""A command started as a shell on a terminal starts it, whatever this test run inherited."""

from __future__ import annotations

import signal


def terminal_signals() -> None:
    """``preexec_fn`` of a command a test signals: SIGINT, SIGTERM and SIGHUP at their defaults.
    A suite started in the background of a non-interactive shell (``./.ci/run &``) has SIGINT
    ignored, one under ``nohup`` SIGHUP, and a child inherits that: the command rightly keeps a
    signal its parent chose to ignore (Python leaves an ignored SIGINT ignored; ``EmbeddedPostgres``
    handles only signals left at their default), so the signal a test sends would not land."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
