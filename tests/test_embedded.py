import shutil
import tempfile
from pathlib import Path

import psycopg2
import pytest

from schema_inspector.introspect.embedded import EmbeddedPostgres
from schema_inspector.introspect.errors import InputError


@pytest.mark.slow
def test_server_starts_answers_and_is_deleted(tmp_path):
    with EmbeddedPostgres() as server:
        root = server.root
        conn = psycopg2.connect(server.url())
        with conn.cursor() as cur:
            cur.execute("select current_setting('server_version_num')::int")
            assert cur.fetchone()[0] >= 130000
        conn.close()
        assert root.exists()
    assert not root.exists()


def test_bad_sql_reports_postgres_message_and_line(tmp_path):
    sql = tmp_path / "broken.sql"
    sql.write_text("create table a (id int);\ncreate table b (id nosuchtype);\n")
    with EmbeddedPostgres() as server:
        with pytest.raises(InputError) as error:
            server.load_sql(sql)
    message = str(error.value)
    assert "broken.sql:2" in message
    assert "nosuchtype" in message


def _cached_clusters(cache):
    return [p for p in (cache / "schema-inspector" / "clusters").glob("*") if not p.name.startswith(".")]


def test_a_fresh_cluster_is_kept_and_copied_instead_of_initdb(tmp_path, monkeypatch):
    """The first start stores its untouched cluster; the next start copies it (a file put
    into the stored copy shows up in the new server's data directory) and the server works."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SCHEMA_INSPECTOR_NO_CACHE", raising=False)
    with EmbeddedPostgres():
        pass
    [cached] = _cached_clusters(tmp_path / "cache")
    assert (cached / "PG_VERSION").is_file() and not (cached / "postmaster.pid").exists()
    (cached / "copied-from-the-cache").write_text("")
    with EmbeddedPostgres() as server:
        assert (server.root / "data" / "copied-from-the-cache").exists()
        assert oct((server.root / "data").stat().st_mode & 0o777) == oct(0o700)
        conn = psycopg2.connect(server.url())
        with conn.cursor() as cur:
            cur.execute("select 1")
            assert cur.fetchone() == (1,)
        conn.close()


@pytest.mark.slow
def test_without_a_usable_cache_initdb_runs(tmp_path, monkeypatch):
    """$SCHEMA_INSPECTOR_NO_CACHE stores nothing; a stored cluster without PG_VERSION (an
    interrupted copy) is not used; an unwritable cache directory is no error."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("SCHEMA_INSPECTOR_NO_CACHE", "1")
    with EmbeddedPostgres():
        pass
    assert not cache.exists()
    monkeypatch.delenv("SCHEMA_INSPECTOR_NO_CACHE")
    with EmbeddedPostgres():
        pass
    [cached] = _cached_clusters(cache)
    (cached / "PG_VERSION").unlink()
    with EmbeddedPostgres() as server:
        assert (server.root / "data" / "PG_VERSION").is_file()
        psycopg2.connect(server.url()).close()
    monkeypatch.setenv("XDG_CACHE_HOME", "/dev/null/not-a-directory")
    with EmbeddedPostgres() as server:
        psycopg2.connect(server.url()).close()


def test_the_server_directory_goes_to_a_memory_file_system_with_room(tmp_path, monkeypatch, request):
    """$TMPDIR wins; else the memory file system when it has room (a container's 64 MB
    /dev/shm does not); else the system's temporary directory."""
    from schema_inspector.introspect import embedded

    memory = Path(tempfile.mkdtemp(prefix="si-memory-fs-"))  # tmp_path is 0700: the server's user
    memory.chmod(0o1777)  # (under root) could not reach a directory in it
    request.addfinalizer(lambda: shutil.rmtree(memory, ignore_errors=True))
    monkeypatch.setattr(embedded, "MEMORY_FS", str(memory))
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(embedded, "MEMORY_FS_MIN_FREE", 1 << 60)
    assert embedded.scratch_directory() is None
    monkeypatch.setattr(embedded, "MEMORY_FS_MIN_FREE", 1)
    assert embedded.scratch_directory() == str(memory)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert embedded.scratch_directory() is None
    monkeypatch.delenv("TMPDIR")
    with EmbeddedPostgres() as server:
        assert server.root.parent == memory
        psycopg2.connect(server.url()).close()
    assert list(memory.iterdir()) == []
