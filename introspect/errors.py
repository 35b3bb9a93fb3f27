"""The one error type for bad input: the CLI prints it as one line and exits 2."""

from __future__ import annotations


class InputError(Exception):
    """Bad input, an unusable source or an unreachable database.

    ``str(error)`` is one line that says what, where and how to fix; ``details`` holds
    more (a server log, the rest of a message) for ``--debug``.
    """

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details
