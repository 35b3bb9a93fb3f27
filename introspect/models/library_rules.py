"""What the libraries that make the tables mean for the models, by the versions the project uses:
SQLModel from 0.0.45 makes a ``datetime`` field ``timestamp with time zone``; pydantic 1 makes a
field that defaults to ``None`` optional, so SQLModel makes its column nullable (pydantic 2 goes by
the annotation alone); Flask-SQLAlchemy from 3 puts every model's table on ``db.metadata``, even
where a base declares a ``metadata`` of its own.

The project says which versions it uses: the nearest folder above the models whose lock file
(``uv.lock``, ``poetry.lock``, ``pdm.lock``), ``requirements*.txt`` or ``pyproject.toml`` names the
library. A lock's version, or a requirement pinned with ``==``, is the version; else the one
installed where schema-inspector runs, when that is the project's environment; else the lowest
version the project's requirement admits; a library named nowhere and installed nowhere gets
today's rules. schema-inspector often runs outside the project's environment (pipx, a CI job's
own), and a project on pydantic 1 cannot install it beside its own packages (typer needs pydantic
2): the pydantic installed with schema-inspector is the project's only where the project's SQLModel
is installed too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .imports import file_found, installed_version

# the files that name a project's dependencies, in the order one folder's are asked
_LOCKS = ("uv.lock", "poetry.lock", "pdm.lock")
_REQUIREMENTS = ("requirements.txt", "requirements.in", "requirements/base.txt", "requirements/prod.txt")
DEPENDENCY_FILES = (*_LOCKS, *_REQUIREMENTS, "pyproject.toml")
Version = tuple[int, ...]


@dataclass(frozen=True)
class LibraryRules:
    aware_datetimes: bool = True  # SQLModel >= 0.0.45
    none_default_is_optional: bool = False  # pydantic < 2
    flask_models_take_db_metadata: bool = True  # Flask-SQLAlchemy >= 3
    # SQLAlchemy >= 2, whose generic ``Double`` and ``Uuid`` new columns are written with (PyGrid, on
    # 1.3 through Flask-SQLAlchemy 2: ``db.Double`` did not import); by what the project declares
    # (SQLAlchemy's own version, or a Flask-SQLAlchemy before 3 / SQLModel before 0.0.12, which need 1.x)
    generic_types_of_2: bool = True


TODAYS_RULES = LibraryRules()  # the libraries' latest versions


def library_rules(models: Path, read: dict[str, bytes] | None = None) -> LibraryRules:
    """The rules for the models under ``models``; each dependency file read is put in ``read``
    (path -> content: the reader's cache is valid while they are unchanged)."""
    return _rules(_DependencyFiles(Path(models).resolve(), read if read is not None else {}).version)


@cache
def installed_rules() -> LibraryRules:
    """What the installed libraries alone make the rules (part of the reader cache's stamp)."""
    return _rules(lambda distribution, counts: installed_version(distribution) if counts else None)


def _rules(version: Callable[[str, bool], Version | None]) -> LibraryRules:
    """``version(distribution, installed_counts)``: the version a project's rules go by."""
    with_the_project = installed_version("sqlmodel") is not None  # then pydantic's is the project's too
    return LibraryRules(
        aware_datetimes=_at_least(version("sqlmodel", True), (0, 0, 45)),
        none_default_is_optional=not _at_least(version("pydantic", with_the_project), (2,)),
        flask_models_take_db_metadata=_at_least(version("flask-sqlalchemy", True), (3,)),
        generic_types_of_2=_at_least(version("sqlalchemy", False), (2,))
        and _at_least(version("flask-sqlalchemy", False), (3,)) and _at_least(version("sqlmodel", False), (0, 0, 12)),
    )


def _at_least(version: Version | None, minimum: Version) -> bool:
    return True if version is None else version[:len(minimum)] >= minimum


class _DependencyFiles:
    """The dependency files of the folders from ``start`` up, read once each."""

    def __init__(self, start: Path, read: dict[str, bytes]) -> None:
        self.folders = [start, *start.parents] if start.is_dir() else list(start.parents)
        self.read = read
        self._texts: dict[Path, str | None] = {}

    def version(self, distribution: str, installed_counts: bool) -> Version | None:
        """The version of ``distribution``: the exact one the nearest folder that names it says,
        else the installed one (where ``installed_counts``), else the lowest that folder admits."""
        declared = self._declared(distribution)
        if declared is not None and declared[1]:
            return declared[0]
        installed = installed_version(distribution) if installed_counts else None
        return installed if installed is not None else declared[0] if declared is not None else None

    def _declared(self, distribution: str) -> tuple[Version, bool] | None:
        """(version, whether exact) the nearest folder that names ``distribution`` says."""
        for folder in self.folders:
            for name in _LOCKS:
                found = _locked(self._text(folder / name), distribution)
                if found is not None:
                    return found, True
            for name in DEPENDENCY_FILES[len(_LOCKS):]:
                required = _required(self._text(folder / name), distribution)
                if required is not None:
                    return required
        return None

    def _text(self, path: Path) -> str | None:
        if path not in self._texts:
            text = None
            if file_found(path):
                try:
                    data = path.read_bytes()
                except OSError:
                    data = b""
                self.read[str(path)] = data
                text = data.decode("utf-8", "replace")
            self._texts[path] = text
        return self._texts[path]


def _name_pattern(distribution: str) -> str:
    """The distribution's name as files may write it (case, and ``-`` / ``_`` / ``.`` alike)."""
    return "[-_.]".join(re.escape(part) for part in re.split(r"[-_.]", distribution))


def _locked(text: str | None, distribution: str) -> Version | None:
    """A lock file's ``[[package]]`` entry: ``name = "x"`` then ``version = "1.2.3"``."""
    if not text:
        return None
    match = re.search(rf'^name\s*=\s*"{_name_pattern(distribution)}"\s*\nversion\s*=\s*"([^"]+)"', text,
                      re.IGNORECASE | re.MULTILINE)
    return _version(match.group(1)) if match else None


def _required(text: str | None, distribution: str) -> tuple[Version, bool] | None:
    """The version a requirement of ``distribution`` names, and whether it is exact: ``x==1.2``
    (exact), ``x>=1.2``, ``x~=1.2`` (requirements, PEP 621: the lowest admitted), ``x = "1.2"``
    (exact), ``x = "^1.2"`` / ``x = {version = "~1.2"}`` (Poetry); None for none with a lower bound."""
    if not text:
        return None
    name = _name_pattern(distribution)
    number = r"v?(\d+(?:\.\d+)*)"
    poetry = rf"""(?:==|>=|~=|\^|~|===)?\s*{number}"""
    for pattern in (
        rf"""(?:^|["'\s]){name}\s*(?:\[[^\]]*\])?\s*(==|>=|~=|===)\s*{number}""",  # x>=1.2, anywhere
        rf"""^\s*["']?{name}["']?\s*=\s*["']({poetry})""",  # poetry: x = "^1.2"
        rf"""^\s*["']?{name}["']?\s*=\s*\{{[^}}\n]*\bversion\s*=\s*["']({poetry})""",  # x = {version = "^1.2"}
    ):
        match = re.search(pattern, text, re.IGNORECASE | re.MULTILINE)
        if match:
            version = _version(match.group(2))
            exact = match.group(1).startswith("==") or match.group(1)[:1].isdigit() or match.group(1)[:1] == "v"
            return (version, exact) if version is not None else None
    return None


def _version(text: str) -> Version | None:
    parts = re.findall(r"\d+", text)[:3]
    return tuple(int(part) for part in parts) if parts else None
