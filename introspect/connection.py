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
from collections.abc import Iterator
from contextlib import contextmanager

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


# Passwords of the connection strings this process was given (see remember_secrets).
_SECRETS: set[str] = set()
_URL_START = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*://")
_PIECE_SEPARATORS = re.compile(r"[@/:?#&=\s]+")
_MIN_PIECE = 3


def mask_password(text: str) -> str:
    """Replace any password in a URL or a conninfo string with ***, and any substring
    equal to a password this process was given (libpq quotes tokens back in its
    messages: an invalid ``%`` escape, the host after an ``@`` in the password, the word
    after a space in an unquoted conninfo value)."""
    masked = _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1***@", text))
    for secret in sorted(_SECRETS, key=len, reverse=True):
        masked = masked.replace(secret, "***")
    return masked


def remember_secrets(conninfo: str) -> None:
    """Note the password of ``conninfo`` (a URL or key=value string), read as libpq reads
    it and as the user may have meant it, so that every later message masks it."""
    _SECRETS.update(secret for secret in password_candidates(conninfo) if secret and secret != "***")


def password_candidates(conninfo: str) -> set[str]:
    """The password as libpq parses it, the text the user wrote for it, and the pieces of
    that text libpq may read as something else (host, port, another keyword)."""
    from urllib.parse import unquote

    found: set[str] = set()

    def add(raw: str) -> None:
        for value in (raw, unquote(raw)):
            found.add(value)
            found.update(piece for piece in _PIECE_SEPARATORS.split(value) if len(piece) >= _MIN_PIECE)

    start = _URL_START.match(conninfo)
    if start:
        rest = conninfo[start.end():]
        before_query = rest.split("?", 1)[0]
        at = before_query.rfind("@")  # libpq ends the credentials at the first @; users mean the last
        if at >= 0 and ":" in before_query[:at]:
            add(before_query[:at].split(":", 1)[1])
        for match in re.finditer(r"[?&]password=([^&]*)", rest, re.IGNORECASE):
            add(match.group(1))
    else:
        for match in re.finditer(r"password\s*=\s*", conninfo, re.IGNORECASE):
            value, raw, end = _conninfo_value(conninfo, match.end())
            add(raw)
            found.add(value)
            # an unquoted value with a space: libpq reads the next words as keywords
            for word in conninfo[end:].split():
                if "=" in word:
                    break
                add(word)
    try:
        from psycopg2.extensions import parse_dsn

        parsed = parse_dsn(conninfo).get("password")
        if parsed:
            found.add(parsed)
    except Exception:  # what libpq cannot parse was covered above
        pass
    return found


def _conninfo_value(text: str, start: int) -> tuple[str, str, int]:
    """(value, raw text, end) of a conninfo value: quoted with backslash escapes, to the
    closing quote or, unbalanced, to the end; otherwise up to white space."""
    if start < len(text) and text[start] == "'":
        value, index = [], start + 1
        while index < len(text) and text[index] != "'":
            if text[index] == "\\" and index + 1 < len(text):
                index += 1
            value.append(text[index])
            index += 1
        return "".join(value), text[start + 1:index], min(index + 1, len(text))
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end], text[start:end], end


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

    remember_secrets(url)
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
