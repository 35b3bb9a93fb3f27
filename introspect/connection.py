"""Read-only PostgreSQL sessions with timeouts, and URLs that never show their password."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator

from .errors import InputError

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 30_000
LOCK_TIMEOUT_MS = 2_000

_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
_PASSWORD_PARAM = re.compile(r"(password=)[^\s&]*", re.IGNORECASE)


def mask_password(text: str) -> str:
    """Replace any password in a URL or a conninfo string with ***."""
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1***@", text))


@contextmanager
def read_only_cursor(url: str) -> Iterator:
    """A cursor inside one read-only, repeatable-read transaction with timeouts.

    Repeatable read gives every catalog query the same snapshot; read-only and the
    timeouts make it safe to point the tool at a production database.
    """
    import psycopg2

    options = (
        f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS} "
        "-c default_transaction_read_only=on -c idle_in_transaction_session_timeout=60000"
    )
    try:
        conn = psycopg2.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, options=options,
            application_name="schema-inspector",
        )
    except psycopg2.Error as error:
        first_line = (str(error).strip().splitlines() or ["connection failed"])[0]
        raise InputError(
            f"cannot connect to {mask_password(url)}: {mask_password(first_line)}"
        ) from None
    try:
        conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        with conn.cursor() as cursor:
            yield cursor
        conn.rollback()
    except psycopg2.Error as error:
        raise InputError(f"database error: {mask_password(str(error).strip())}") from None
    finally:
        conn.close()
