"""The reader's cache: a ``ModelSet`` kept between runs and used again while nothing it was read
from has changed.

Like ruff's and mypy's, it is a directory in the project (``.schema-inspector-cache``, with a
``.gitignore`` and a ``CACHEDIR.TAG`` of its own) that may be deleted at any time; ``--no-cache``
reads without it. It holds one entry per models path and glob: the model set and what it was
read from - the content hash of every file the reader read (the model files, the project's
modules and the libraries' modules they import from, the lock file or requirements that say the
project's library versions, as ``ModelSet.file_hashes`` lists them), every path the reader looked
for with whether it was there (a module or a lock file created since may change what the reader
finds: ``imports.probed``), and the reader itself (its own source files, which change with a new
version and with an editable install's edit, the Python that parses and where it imports from, and what the installed
SQLModel, pydantic and Flask-SQLAlchemy make of a model: ``library_rules``). A
run that finds all of them the same loads the entry instead of reading; any difference, a
missing, unreadable or foreign entry, is a miss: the files are read and the entry replaced.

The entry is loaded by an unpickler that builds the reader's own records and nothing else:
a cache directory is a file a cloned repository could carry, and what it gives is data, never
code. Writing replaces the entry in one step; a cache that cannot be written is no error.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from dataclasses import astuple, is_dataclass
from pathlib import Path

from .. import schema
from . import imports, sourcemap
from .library_rules import installed_rules
from .source_files import content_hash, model_files, without_cyclic_collector
from .sourcemap import ModelSet

_FORMAT = 1
_READER_SOURCES = Path(__file__).resolve().parents[1]  # the introspect package: the reader and the schema
_GITIGNORE = "# Created by schema-inspector automatically.\n*\n"
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This file is a cache directory tag created by schema-inspector.\n"
                 "# For information about cache directory tags see https://bford.info/cachedir/\n")


def read_models_cached(path: Path, glob: str | None, cache_dir: Path | None,
                       on_file: Callable[[int, int], None] | None = None) -> ModelSet:
    """``read_models(path, glob, on_file)``, or its result of an earlier run from ``cache_dir``
    when nothing it was read from has changed; ``cache_dir`` None reads without the cache."""
    if cache_dir is None:
        return _read(path, glob, on_file)
    entry, stamp = _entry(path, glob, cache_dir)
    cached = _load(entry, stamp)
    if cached is not None:
        if on_file is not None:
            on_file(1, 1)
        return cached
    with imports.probed() as probes:
        model_set = _read(path, glob, on_file)
    _store(entry, cache_dir, (stamp, model_set.file_hashes, probes), model_set)
    return model_set


def _read(path: Path, glob: str | None, on_file: Callable[[int, int], None] | None) -> ModelSet:
    """``read_models``: the reader's passes are imported here, when they run (a hit imports none)."""
    from .reader import read_models

    return read_models(path, glob, on_file)


def holds(path: Path, glob: str | None, cache_dir: Path | None) -> bool:
    """Whether ``read_models_cached`` will load its entry instead of reading the files (what
    it was read from is checked, the model set is not loaded)."""
    if cache_dir is None:
        return False
    entry, stamp = _entry(path, glob, cache_dir)
    try:
        with entry.open("rb") as stream:
            return _header_holds(_Unpickler(stream).load(), stamp)
    except Exception:  # a missing, truncated, foreign or older entry
        return False


def _entry(path: Path, glob: str | None, cache_dir: Path) -> tuple[Path, tuple]:
    """The entry's file, and the stamp its header must have."""
    entry = cache_dir / "models" / (_slot(path, glob) + ".pickle")
    return entry, (_FORMAT, _reader_stamp(), tuple(str(file) for file in model_files(path, glob)))


def _header_holds(header, stamp: tuple) -> bool:
    return isinstance(header, tuple) and len(header) == 3 and header[0] == stamp and _unchanged(stamp[2], *header[1:])


def _slot(path: Path, glob: str | None) -> str:
    return hashlib.sha256(f"{Path(path).resolve()}\0{glob}".encode()).hexdigest()[:20]


def _reader_stamp() -> tuple:
    """What the reader's result depends on besides its input: its own source files (a new version,
    or an editable install's edit), the Python that parses, where it looks for the libraries the
    models import (``sys.path``: a directory put on ``PYTHONPATH`` since holds paths no probe of
    the entry looked at), and what the installed SQLModel, pydantic and Flask-SQLAlchemy make of a
    model where the project declares no versions."""
    return (sys.version, tuple(sys.path), astuple(installed_rules()), sources_digest(_READER_SOURCES))


def sources_digest(*roots: Path) -> str:
    """A hash of every ``.py`` file under ``roots``: the code a cached result was made by."""
    digest = hashlib.sha256()
    for root in roots:
        for directory, subdirectories, names in os.walk(root):
            subdirectories.sort()
            for name in sorted(names):
                if name.endswith(".py"):
                    digest.update(name.encode() + b"\0" + Path(directory, name).read_bytes())
    return digest.hexdigest()


def _load(entry: Path, stamp: tuple) -> ModelSet | None:
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    try:
        with without_cyclic_collector():
            stream = io.BytesIO(data)
            header = _Unpickler(stream).load()  # what it was read from, checked before the model set is loaded
            if not _header_holds(header, stamp):
                return None
            model_set = _Unpickler(stream).load()
        return model_set if isinstance(model_set, ModelSet) and model_set.file_hashes == header[1] else None
    except Exception:  # a truncated, foreign or older entry is a miss, never a failure
        return None


def _unchanged(listing: tuple[str, ...], file_hashes: tuple[tuple[str, str], ...], probes: dict) -> bool:
    """Every file the model set was read from has the content it had, the model files are the
    same files, and every path the reader looked for is (or is not) there as it was."""
    hashes = dict(file_hashes)
    for file in listing:
        if file not in hashes:  # it could not be read then; read it now
            return False
    for file, recorded in hashes.items():
        try:
            if content_hash(Path(file).read_bytes()) != recorded:
                return False
        except OSError:
            return False
    return imports.probes_hold(probes)


def _store(entry: Path, cache_dir: Path, header: tuple, model_set: ModelSet) -> None:
    """The entry replaced in one step; a directory that cannot be written keeps no cache."""
    try:
        _make_cache_directory(cache_dir)
        with without_cyclic_collector():
            data = pickle.dumps(header, protocol=5) + pickle.dumps(model_set, protocol=5)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return  # no entry: the next run reads the files
    replace_entry(entry, data)


def file_entry(directory: Path, path: Path) -> Path:
    """The JSON entry in ``directory`` of a cache kept per file (the edits', the checker's) for ``path``."""
    return directory / (hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20] + ".json")


def replace_entry(entry: Path, data: bytes) -> None:
    """``entry`` (of a cache) replaced by ``data`` in one step: a complete temporary file renamed
    over it, so a reader sees the old entry or the new one; a failure leaves no entry, and no error."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def _make_cache_directory(cache_dir: Path) -> None:
    if cache_dir.is_dir():
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    (cache_dir / ".gitignore").write_text(_GITIGNORE)
    (cache_dir / "CACHEDIR.TAG").write_text(_CACHEDIR_TAG)


# the reader's own records, and nothing else, are what an entry may build
_ALLOWED = {(module.__name__, name): value
            for module in (schema, sourcemap) for name, value in vars(module).items()
            if isinstance(value, type) and is_dataclass(value) and value.__module__ == module.__name__}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not a record of the model reader") from None
