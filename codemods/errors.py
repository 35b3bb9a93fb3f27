"""The one error a codemod raises: an action that cannot be carried out on this text."""

from __future__ import annotations


class CodemodError(Exception):
    """An action's target is missing or cannot be edited; names the file, line and why."""

    def __init__(self, file: str, line: int, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}" if where else message)

    def located(self, file: str, line: int) -> CodemodError:
        """The same error, placed at ``file:line`` when it was raised without a place."""
        return CodemodError(self.file or file, self.line or line, self.message)
