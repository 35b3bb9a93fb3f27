"""Read-only PostgreSQL sessions with timeouts, and URLs that never show their password.

Safety of a session opened by :func:`read_only_cursor`, in layers:

- the transaction is begun ``READ ONLY`` (repeatable read: every catalog query sees one
  snapshot), and a first query is run before the cursor is handed out, so a later
  ``SET TRANSACTION READ WRITE`` is refused by the server ("must be set before any
  query"); any INSERT/UPDATE/DDL, ``nextval()`` or a volatile function that writes fails;
- ``statement_timeout``, ``lock_timeout`` and ``idle_in_transaction_session_timeout``
  are set for the transaction with ``set_config(..., is_local => true)`` rather than as
  startup options, so the session also works through poolers that reject ``options``;
- the connection is always closed (rolled back) on the way out, whatever happened.

A caller that deliberately sends ``COMMIT`` then ``SET default_transaction_read_only =
off`` can still write: the cursor is a guard against accidents, not a sandbox. The
catalog reader sends only SELECTs; for a database you do not trust, use a role with
CONNECT only (see docs/reliability.md).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator

from .errors import InputError

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 30_000
LOCK_TIMEOUT_MS = 2_000
IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000

# user:password@ in a URL (the password may hold anything but "@" and whitespace:
# libpq itself ends the credentials at the first "@").
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
# password=... in a URL query or a key/value conninfo string, quoted or not.
_PASSWORD_PARAM = re.compile(r"""(password\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&'][^\s&]*)""", re.IGNORECASE)

# One round trip that sets the timeouts for this transaction, takes its snapshot (so that
# it can no longer be switched to read-write) and says whether it really is read-only.
_SESSION_SETUP_SQL = """
SELECT pg_catalog.set_config('statement_timeout', %(statement)s, true),
       pg_catalog.set_config('lock_timeout', %(lock)s, true),
       pg_catalog.set_config('idle_in_transaction_session_timeout', %(idle)s, true),
       pg_catalog.current_setting('transaction_read_only')
"""

# Who holds the locks a statement gave up waiting for (relation locks that are granted
# and conflict with ACCESS SHARE: only ACCESS EXCLUSIVE does).
_LOCK_HOLDERS_SQL = """
SELECT l.relation::regclass::text, l.pid
FROM pg_catalog.pg_locks l
WHERE l.locktype = 'relation' AND l.granted AND l.mode = 'AccessExclusiveLock'
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.pid <> pg_catalog.pg_backend_pid()
ORDER BY 1, 2
"""

_LOCK_NOT_AVAILABLE = "55P03"
_QUERY_CANCELED = "57014"


def mask_password(text: str) -> str:
    """Replace any password in a URL or a conninfo string with ***."""
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1***@", text))


@contextmanager
def read_only_cursor(
    url: str,
    *,
    connect_timeout_s: int = CONNECT_TIMEOUT_S,
    statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
    lock_timeout_ms: int = LOCK_TIMEOUT_MS,
) -> Iterator:
    """A cursor inside one read-only, repeatable-read transaction with timeouts.

    Every failure is an :class:`InputError` whose message names the database (password
    masked) and says what to do; a lock wait that hits ``lock_timeout`` names the locked
    tables and the sessions holding them.
    """
    import psycopg2

    try:
        conn = psycopg2.connect(url, connect_timeout=connect_timeout_s, application_name="schema-inspector")
    except psycopg2.Error as error:
        first_line = (str(error).strip().splitlines() or ["connection failed"])[0]
        raise InputError(
            f"cannot connect to {mask_password(url)}: {mask_password(first_line)}"
            " (check the URL, that the server runs and accepts this user)"
        ) from None
    try:
        conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        with conn.cursor() as cursor:
            cursor.execute(_SESSION_SETUP_SQL, {
                "statement": f"{int(statement_timeout_ms)}ms",
                "lock": f"{int(lock_timeout_ms)}ms",
                "idle": f"{IDLE_IN_TRANSACTION_TIMEOUT_MS}ms",
            })
            if cursor.fetchone()[3] != "on":
                raise InputError(f"{mask_password(url)}: the server did not start a read-only transaction; "
                                 "refusing to read through it")
            yield cursor
        conn.rollback()
    except psycopg2.Error as error:
        raise InputError(_database_error(conn, error, statement_timeout_ms, lock_timeout_ms)) from None
    finally:
        conn.close()


def _database_error(conn, error, statement_timeout_ms: int, lock_timeout_ms: int) -> str:
    """One line for a failed catalog read: what happened and what to do about it."""
    first_line = mask_password((str(error).strip().splitlines() or [type(error).__name__])[0])
    code = getattr(error, "pgcode", None)
    if code == _LOCK_NOT_AVAILABLE:
        holders = _lock_holders(conn)
        held = f" ({holders})" if holders else ""
        return (f"database error: {first_line}: waited {lock_timeout_ms} ms for a lock held by another "
                f"session{held}; retry when that transaction (a migration?) has finished")
    if code == _QUERY_CANCELED:
        return (f"database error: {first_line}: a catalog query ran longer than {statement_timeout_ms} ms; "
                "retry when the server is less busy")
    return f"database error: {first_line}"


def _lock_holders(conn) -> str:
    """``public.t locked by pid 123`` for the ACCESS EXCLUSIVE locks held right now, or ""."""
    import psycopg2

    try:
        conn.rollback()
        with conn.cursor() as cursor:
            cursor.execute(_LOCK_HOLDERS_SQL)
            rows = cursor.fetchall()
        conn.rollback()
    except psycopg2.Error:
        return ""  # best effort: the error itself is what matters
    return ", ".join(f"{relation} locked by pid {pid}" for relation, pid in rows)
