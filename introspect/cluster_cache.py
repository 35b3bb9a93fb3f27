"""A copy of a freshly initialised PostgreSQL cluster, kept between runs.

``initdb`` is most of an embedded server's start (0.63 s of 1.0 s here); copying the 39 MB
it writes with ``cp -a`` takes 0.06 s. The first start with given binaries runs ``initdb``
and stores a copy of the untouched data directory under the user's cache directory
(``$XDG_CACHE_HOME/schema-inspector/clusters/``, else ``~/.cache/...``); later starts copy it
instead. The copy keeps modes and owners (under root the cluster belongs to the server's
own user). The cache is an optimisation only: when it cannot be read or written, or
``$SCHEMA_INSPECTOR_NO_CACHE`` is set, ``initdb`` runs as before. A cluster is stored whole
or not at all (copied beside its place, then renamed into it). Deleting the directory is
always safe.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

NO_CACHE_ENV = "SCHEMA_INSPECTOR_NO_CACHE"
COPY_TIMEOUT_S = 60


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "schema-inspector"


def cluster_path(bin_dir: Path, initdb_args: tuple[str, ...], owner: dict) -> Path | None:
    """Where the cluster ``initdb_args`` makes with these binaries, owned by ``owner``
    (``{"user": uid, "group": gid}`` or ``{}``), is kept; None when the cache is off."""
    if os.environ.get(NO_CACHE_ENV) or shutil.which("cp") is None:
        return None
    try:
        initdb = (bin_dir / "initdb").resolve()
        stamp = initdb.stat()
    except OSError:
        return None
    key = "\0".join((str(initdb), str(stamp.st_size), str(stamp.st_mtime_ns), *initdb_args,
                     str(owner.get("user", os.geteuid())), str(owner.get("group", os.getegid()))))
    return cache_root() / "clusters" / hashlib.sha256(key.encode()).hexdigest()[:20]


def copy_cluster(cached: Path | None, data: Path) -> bool:
    """Fill the empty directory ``data`` with the cached cluster; False (``data`` left
    empty) when there is none or the copy failed."""
    if cached is None or not (cached / "PG_VERSION").is_file():
        return False
    if _cp(cached, data):
        return True
    for child in data.iterdir():  # a partial copy: initdb needs the directory empty
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    return False


def store_cluster(data: Path, cached: Path | None) -> None:
    """Keep a copy of the fresh cluster in ``data`` (before its server first starts)."""
    if cached is None or cached.exists():
        return
    partial = cached.with_name(f".{cached.name}.{os.getpid()}")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(mode=0o700)
        if _cp(data, partial) and (partial / "PG_VERSION").is_file():
            os.rename(partial, cached)  # another run may have stored it first: then this fails
    except OSError:
        pass
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _cp(source: Path, target: Path) -> bool:
    """``cp -a source/. target``: the contents, with modes, owners and times."""
    try:
        result = subprocess.run(["cp", "-a", f"{source}/.", str(target)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=COPY_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0
