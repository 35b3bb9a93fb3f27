"""A ``.sql`` file cut into the statements a driver sends, with no client that runs code.

``psql`` interprets backslash meta-commands (``\\! cmd`` runs a shell command, backticks
in ``\\set`` too), so a schema file fed to it is a program. Here the file is cut with
PostgreSQL's own lexer (pglast's scanner), so quotes, dollar quoting, comments and
``BEGIN ATOMIC ... END`` bodies are read as the server reads them, and:

- ``COPY ... FROM stdin`` takes its rows from the lines after it, up to ``\\.`` (pg_dump's
  data blocks);
- ``\\restrict`` / ``\\unrestrict`` lines (pg_dump 17.6+ / 18) are skipped: they only
  switch psql's own meta-commands off and on;
- ownership and privilege statements (``GRANT``, ``REVOKE``, ``ALTER ... OWNER TO``...)
  are marked, and the loader skips them: they name roles of the server the dump came from;
- any other meta-command is refused, naming its line, and nothing of the file is run past
  it; so are ``COPY`` from or to a program or a server file (the server is ours, but a
  schema file has no business running programs or reading files through it).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pglast import parser

SKIPPED_META_COMMANDS = ("restrict", "unrestrict")

_COMMENTS = ("SQL_COMMENT", "C_COMMENT")
_META_NAME = re.compile(r"\\([A-Za-z]+|[^\sA-Za-z])")


class ScriptError(ValueError):
    """What cannot be loaded, with the 1-based line it is on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Statement:
    sql: str
    line: int  # of its first token
    copy_rows: str | None = None  # the data of a COPY ... FROM stdin
    copy_out: bool = False  # COPY ... TO stdout (its output is thrown away)
    # who owns or may use an object (GRANT, REVOKE, ALTER ... OWNER TO, ALTER DEFAULT
    # PRIVILEGES, REASSIGN OWNED): nothing the schema holds; it names roles that exist only
    # where the dump was made, and a loader that is not a superuser may not take them
    about_roles: bool = False


class _Lines:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def end_of(self, offset: int) -> int:
        """Offset just past the line holding ``offset`` (its newline included)."""
        line = self.of(offset)
        return self.starts[line] if line < len(self.starts) else -1


def split_script(text: str) -> list[Statement]:
    """The statements of a SQL script, in order; the whole file is read before anything
    runs, so a refused line stops the load before its first statement. Raises
    :class:`ScriptError`."""
    lines = _Lines(text)
    found: list[Statement] = []
    pos = 0
    while pos < len(text):
        rest = text[pos:]
        failure = None
        try:
            tokens = parser.scan(rest)
        except parser.ParseError as error:
            cut = error.args[1] if len(error.args) > 1 and isinstance(error.args[1], int) else 0
            cut = min(max(cut, 0), len(rest))
            failure = (pos + cut, str(error.args[0]) if error.args else str(error))
            try:
                tokens = parser.scan(rest[:cut])
            except parser.ParseError:
                tokens = []
        splitter = _Splitter(text, pos, lines)
        pos, resume = splitter.run(tokens)
        found.extend(splitter.out)
        if resume:
            continue
        if failure is not None:
            raise ScriptError(lines.of(failure[0]), failure[1])
        break
    return found


class _Splitter:
    """Tokens of one scan -> statements; stops after a COPY FROM stdin (its rows are not SQL)."""

    def __init__(self, text: str, base: int, lines: _Lines) -> None:
        self.text, self.base, self.lines = text, base, lines
        self.out: list[Statement] = []

    def run(self, tokens) -> tuple[int, bool]:
        current: list = []  # non-comment tokens of the statement being read
        parens = depth = 0
        skip_until = -1
        for token in tokens:
            start = self.base + token.start
            if start < skip_until or token.name in _COMMENTS:
                continue
            if token.name == "ASCII_92":  # a backslash outside quotes: a psql meta-command
                skip_until = self._meta_command(start, current)
                if not current:  # scan afresh after its line: its arguments are not SQL tokens
                    return skip_until, True  # (pg_dump's random \restrict key may not even lex)
                continue
            current.append(token)
            name = token.name
            if name == "ASCII_40":
                parens += 1
            elif name == "ASCII_41":
                parens = max(parens - 1, 0)
            elif name == "ATOMIC" and len(current) > 1 and current[-2].name == "BEGIN_P" and _is_routine(current):
                depth += 1
            elif depth and name == "CASE":
                depth += 1
            elif depth and name == "END_P":
                depth -= 1
            elif name == "ASCII_59" and not parens and not depth:
                end = self.base + token.end + 1
                resume = self._finish(current, end)
                current, parens, depth = [], 0, 0
                if resume is not None:
                    return resume, True
        if current:
            self._finish(current, self.base + current[-1].end + 1)
        return len(self.text), False

    def _meta_command(self, start: int, current: list) -> int:
        line_end = self.lines.end_of(start)
        line_end = len(self.text) if line_end < 0 else line_end
        match = _META_NAME.match(self.text, start)
        name = match.group(1) if match else ""
        line = self.lines.of(start)
        if name in SKIPPED_META_COMMANDS:
            return line_end
        shown = self.text[start:line_end].strip()
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        raise ScriptError(line, f"psql meta-command '{shown}' refused: a schema file is loaded as plain SQL, "
                                "never through psql (only pg_dump's \\restrict / \\unrestrict lines are skipped)")

    def _finish(self, current: list, end: int) -> int | None:
        """Record one statement; for COPY FROM stdin, return where the SQL resumes."""
        start = self.base + current[0].start
        sql = self.text[start:end]
        line = self.lines.of(start)
        names = [t.name for t in current]
        if names[0] != "COPY":
            self.out.append(Statement(sql, line, about_roles=_is_about_roles(names)))
            return None
        pairs = zip(names, names[1:], strict=False)
        if "PROGRAM" in names or any(a in ("FROM", "TO") and b == "SCONST" for a, b in pairs):
            raise ScriptError(
                line, "COPY from or to a program or a server file refused: a schema file may only COPY FROM stdin"
            )
        if "STDOUT" in names:
            self.out.append(Statement(sql, line, copy_out=True))
            return None
        rows_start = self.lines.end_of(end - 1)
        if rows_start < 0:  # the file ends on the COPY line: no rows
            self.out.append(Statement(sql, line, copy_rows=""))
            return len(self.text)
        terminator = re.compile(r"^\\\.\r?$", re.MULTILINE).search(self.text, rows_start)
        rows_end = terminator.start() if terminator else len(self.text)
        resume = terminator.end() if terminator else len(self.text)
        self.out.append(Statement(sql, line, copy_rows=self.text[rows_start:rows_end]))
        return resume


def _is_about_roles(names: list[str]) -> bool:
    if names[0] in ("GRANT", "REVOKE", "REASSIGN"):
        return True
    if names[0] != "ALTER":
        return False
    return names[1:3] == ["DEFAULT", "PRIVILEGES"] or any(
        a == "OWNER" and b == "TO" for a, b in zip(names, names[1:], strict=False))


def _is_routine(tokens) -> bool:
    """CREATE [OR REPLACE] FUNCTION / PROCEDURE: the statements whose body may be BEGIN ATOMIC."""
    names = [t.name for t in tokens[:4]]
    if names[:1] != ["CREATE"]:
        return False
    if names[1:3] == ["OR", "REPLACE"]:
        names = names[3:]
    else:
        names = names[1:]
    return bool(names) and names[0] in ("FUNCTION", "PROCEDURE")
