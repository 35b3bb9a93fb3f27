"""Running SQL on the throwaway embedded server through the driver (never through psql).

A script is cut by :mod:`.sql_script` first, whole, so a refused line stops the load
before anything runs. Statements go one by one, in autocommit as psql runs a file, so
that an error names the file and line of the statement PostgreSQL refused. A signal
(Ctrl-C, SIGTERM) while the server is busy cancels the statement at once: the driver
waits through a callback that lets Python's signal handlers run.
"""

from __future__ import annotations

import io
import select
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError
from .sql_script import ScriptError, Statement, split_script


def load_script(url: str, path: Path) -> None:
    """Run the SQL file at ``path``; a failure is an InputError ``file:line: ERROR:  ...``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        script = split_script(text)
    except ScriptError as error:
        raise InputError(f"{path}:{error.line}: {error.message}") from None
    with _connection(url) as connection:
        with connection.cursor() as cursor:
            for statement in script:
                if not statement.about_roles:
                    _run(cursor, statement, str(path))


def execute(url: str, sql: str) -> None:
    """Run SQL text (one or more statements) on the throwaway server."""
    import psycopg2

    with _connection(url) as connection:
        with connection.cursor() as cursor:
            try:
                cursor.execute(sql)
            except psycopg2.Error as error:
                raise InputError(f"ERROR:  {_primary(error)}", details=str(error)) from None


def _run(cursor, statement: Statement, source: str) -> None:
    import psycopg2

    try:
        if statement.copy_rows is not None or statement.copy_out:
            with _blocking_wait():  # the driver's COPY does not take a wait callback
                cursor.copy_expert(statement.sql, io.StringIO(statement.copy_rows or ""))
        else:
            cursor.execute(statement.sql)
    except psycopg2.Error as error:
        line = statement.line
        position = getattr(getattr(error, "diag", None), "statement_position", None)
        if position and str(position).isdigit():
            line += statement.sql[: int(position) - 1].count("\n")
        raise InputError(f"{source}:{line}: ERROR:  {_primary(error)}", details=str(error)) from None


def _primary(error) -> str:
    primary = getattr(getattr(error, "diag", None), "message_primary", None)
    return primary or (str(error).strip().splitlines() or [type(error).__name__])[0]


@contextmanager
def _blocking_wait() -> Iterator[None]:
    import psycopg2.extensions as extensions

    previous = extensions.get_wait_callback()
    extensions.set_wait_callback(None)
    try:
        yield
    finally:
        extensions.set_wait_callback(previous)


@contextmanager
def _connection(url: str) -> Iterator:
    import psycopg2
    import psycopg2.extensions as extensions

    previous = extensions.get_wait_callback()
    extensions.set_wait_callback(_wait_interruptibly)
    connection = None
    try:
        connection = psycopg2.connect(url)
        connection.autocommit = True
        yield connection
    finally:
        if connection is not None:
            connection.close()
        extensions.set_wait_callback(previous)


def _wait_interruptibly(connection) -> None:
    """The driver's wait, in Python: a signal handler that raises (KeyboardInterrupt,
    SystemExit) ends the wait and cancels the statement in the server."""
    import psycopg2.extensions as extensions

    while True:
        try:
            state = connection.poll()
            if state == extensions.POLL_OK:
                return
            if state == extensions.POLL_READ:
                select.select([connection.fileno()], [], [], 1.0)
            elif state == extensions.POLL_WRITE:
                select.select([], [connection.fileno()], [], 1.0)
            else:
                raise connection.OperationalError(f"unexpected poll state {state}")
        except (KeyboardInterrupt, SystemExit):
            try:
                connection.cancel()
            except Exception:
                pass
            raise
