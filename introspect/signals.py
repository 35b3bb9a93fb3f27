"""Keeping short critical sections whole when the user presses Ctrl-C or a supervisor sends
SIGTERM: the signal is held until the section ends, then delivered as usual.

Used where a half-done step would leave a mess behind: renaming a rewritten file over
the original (with its temporary file), starting or stopping the embedded server.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The signals that end a command-line run: Ctrl-C, kill / a supervisor, a closed terminal.
TERMINATING = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@contextmanager
def deferred_signals(signums: tuple[int, ...] = TERMINATING) -> Iterator[None]:
    """Run the block without interruption by ``signums``; a signal received meanwhile is
    raised again when the block ends (so Ctrl-C still stops the program, just after it).

    Python runs signal handlers in the main thread only, so elsewhere this does nothing:
    a signal cannot interrupt a block running in another thread anyway.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def remember(signum, frame) -> None:
        received.append(signum)

    previous = {}
    try:
        for signum in signums:
            previous[signum] = signal.signal(signum, remember)
        yield
    finally:
        for signum, handler in previous.items():
            # None: a handler installed from C that Python cannot reinstall; default is closest.
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        if received:
            signal.raise_signal(received[0])
