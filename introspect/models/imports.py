"""The project's own modules that the model files import from outside the scanned path.

A model file that writes ``from app.utils.database import JSON`` or ``from ..schemas.statuses
import WorkStatus`` names a type, an enum or a constant defined in the project but outside
the directory given to ``--models``. Those files are read too (never imported), for what
they define at module level, so that ``JSON`` is the project's TypeDecorator, not
SQLAlchemy's ``JSON`` of the same name, and ``WorkStatus`` is a known Python enum.

A module is looked for where Python would find it: a relative import from the importing
file's package; an absolute one from the import root of that file (the directory above its
outermost package, the one a project puts on ``sys.path``), or above it when that package is
inside a namespace package (a directory without ``__init__.py``, PEP 420). Modules of SQLAlchemy and of
other installed libraries are not there, so they are not read. Imports are followed a few
levels deep (an enum's base class may live one module further), with a bound on the files.
The module of an installed library that a model class takes a base from is found on
``sys.path`` instead (``installed_module``, used by the reader's ``_read_library_bases``).
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

MAX_DEPTH = 3  # a model file's import, that module's, and one more
MAX_FILES = 200
_NAMESPACE_LEVELS = 2  # namespace packages a project's import root may be inside
# every path looked for while ``probed()`` records: (is a file?, the path) -> found
_PROBES: ContextVar[dict[tuple[bool, str], bool] | None] = ContextVar("probes", default=None)


def imported_files(tree: ast.Module, file: Path) -> list[Path]:
    """The project files ``tree`` (the text of ``file``) imports from, in order."""
    from .scan import (
        module_statements,  # the scan's (a cached model set's check imports this module, not it)
    )

    found: list[Path] = []
    root = None
    for statement in module_statements(tree.body):
        if isinstance(statement, ast.ImportFrom):
            if not statement.level:
                root = root or import_root(file)
            package = imported_package(file, statement.level, statement.module, root)
            target = module_file(package)
            if target is not None:
                found.append(target)
            for alias in statement.names:  # from . import limits / from app import models
                if alias.name != "*":
                    submodule = module_file(package / alias.name)
                    if submodule is not None:
                        found.append(submodule)
        elif isinstance(statement, ast.Import):
            root = root or import_root(file)
            for alias in statement.names:
                target = module_file(imported_package(file, 0, alias.name, root))
                if target is not None:
                    found.append(target)
    return list(dict.fromkeys(found))


def imported_package(file: Path, level: int, module: str | None, root: Path | None = None) -> Path:
    """The path (without ``.py``) of the module ``from <level dots><module> import ...`` in
    ``file`` names: from ``file``'s package for a relative import, else from ``root`` (default:
    ``file``'s import root)."""
    parts = module.split(".") if module else []
    if level:
        base = file.parent
        for _ in range(level - 1):
            base = base.parent
        return base.joinpath(*parts)
    base = root if root is not None else import_root(file)
    if parts and not _found(base.joinpath(parts[0]), file=False):
        # the root may be inside namespace packages (PEP 420: diracx's ``src/diracx/`` has no
        # ``__init__.py``): ``diracx.db.sql.utils`` starts with the directories the root ends with
        for depth in range(1, min(_NAMESPACE_LEVELS, len(parts)) + 1):
            if base.parts[-depth:] == tuple(parts[:depth]):
                return base.parents[depth - 1].joinpath(*parts)
    return base.joinpath(*parts)


def import_root(file: Path) -> Path:
    """The directory above the outermost package that holds ``file``."""
    directory = file.parent
    while _found(directory / "__init__.py") and directory.parent != directory:
        directory = directory.parent
    return directory


def module_file(path: Path) -> Path | None:
    """``path.py``, or ``path/__init__.py`` for a package; None when neither is a file."""
    candidate = path.with_name(path.name + ".py")
    if _found(candidate):
        return candidate
    candidate = path / "__init__.py"
    return candidate if _found(candidate) else None


def importable_name(file: Path) -> str | None:
    """The dotted name Python imports ``file`` by from ``sys.path`` (``invenio_db.shared`` of an
    installed library's ``.../site-packages/invenio_db/shared.py``); None when that name finds
    another file, or none (a module of a project that is not on the path)."""
    root = import_root(file)
    parts = file.with_suffix("").relative_to(root).parts
    if parts and parts[-1] == "__init__":
        parts = parts[:-1]
    found = installed_module(".".join(parts)) if parts else None
    return ".".join(parts) if found is not None and found.resolve() == file.resolve() else None


def installed_module(name: str) -> Path | None:
    """The file of the installed module ``name`` (``fastapi_users_db_sqlalchemy``), where
    Python's import system would find it on ``sys.path`` (a directory entry), without
    importing anything; None when none holds it."""
    parts = name.split(".")
    for entry in sys.path:
        if entry and Path(entry).is_dir():
            found = module_file(Path(entry).joinpath(*parts))
            if found is not None:
                return found
    return None


@cache
def installed_version(distribution: str) -> tuple[int, ...] | None:
    """The version of ``distribution`` installed where schema-inspector runs, as the name of its
    ``.dist-info`` folder on ``sys.path`` says (``flask_sqlalchemy-3.1.1.dist-info``; nothing is
    imported, and not through ``importlib.metadata``, whose lookups leave reference cycles the
    reader's collector-free run would keep); None when it is not installed."""
    wanted = _normalized(distribution)
    for entry in sys.path:
        for name in _listing(entry):
            stem, dot, kind = name.rpartition(".")
            project, _, version = stem.partition("-")
            if dot and kind == "dist-info" and _normalized(project) == wanted:
                return tuple(int(part) for part in re.findall(r"\d+", version)[:3]) or None
    return None


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _listing(entry: str) -> tuple[str, ...]:
    try:
        return tuple(name for name in os.listdir(entry or ".") if name.endswith(".dist-info"))
    except OSError:
        return ()


def file_found(path: Path) -> bool:
    """Whether ``path`` is a file, recorded while ``probed()`` records (a file created since
    changes what the reader read)."""
    return _found(path)


def _found(path: Path, file: bool = True) -> bool:
    """Whether ``path`` is a file (``file``) or exists; recorded while ``probed()`` records."""
    found = path.is_file() if file else path.exists()
    probes = _PROBES.get()
    if probes is not None:
        probes[(file, str(path))] = found
    return found


@contextmanager
def probed() -> Iterator[dict[tuple[bool, str], bool]]:
    """Every path the functions here look for while the block runs, with whether it was there:
    what an import finds changes when a module is created or removed (the reader's cache)."""
    probes: dict[tuple[bool, str], bool] = {}
    token = _PROBES.set(probes)
    try:
        yield probes
    finally:
        _PROBES.reset(token)


def probes_hold(probes: dict[tuple[bool, str], bool]) -> bool:
    """Whether every path ``probed()`` recorded is still there, or still not."""
    return all((Path(path).is_file() if file else Path(path).exists()) == found
               for (file, path), found in probes.items())
