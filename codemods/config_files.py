"""A project's TOML configuration (``pyproject.toml``, ``ruff.toml``), read where the codemods
ask it something: the line length (:mod:`codemods.wrap`), the oldest Python
(:mod:`codemods.target_python`), whether imports are one name a statement."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def read_toml(path: Path) -> dict | None:
    """The document at ``path``; None when there is none or it is not TOML (the project's
    tools would say so; an edit goes on as if it were not there)."""
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def extended_files(configuration: Path) -> list[Path]:
    """The files a ruff configuration file (``pyproject.toml``, ``ruff.toml``) ``extend``s."""
    document = read_toml(configuration)
    if configuration.name == "pyproject.toml":
        document = (document or {}).get("tool", {}).get("ruff")
    if not isinstance(document, dict):
        return []
    return [path for _, path in extended_configurations(document, configuration.parent)]


def extended_configurations(table: dict, folder: Path) -> list[tuple[dict, Path]]:
    """The ruff settings (with their file) that ``table``, a ruff configuration in ``folder``,
    ``extend``s (``extend = "ruff-shared.toml"``, a path from its own folder), and those they
    extend in turn, a few files deep."""
    found: list[tuple[dict, Path]] = []
    while isinstance(table.get("extend"), str) and len(found) < 8:
        path = folder / Path(table["extend"]).expanduser()
        document = read_toml(path)
        if path.name == "pyproject.toml":
            document = (document or {}).get("tool", {}).get("ruff")
        if not isinstance(document, dict):
            break
        table, folder = document, path.parent
        found.append((table, path))
    return found


# where ruff's and isort's import settings are, by file
_RUFF_ISORT = (("lint", "isort"), ("isort",))
_IMPORT_SETTINGS = (("pyproject.toml", (*(("tool", "ruff", *key) for key in _RUFF_ISORT), ("tool", "isort"))),
                    ("ruff.toml", _RUFF_ISORT), (".ruff.toml", _RUFF_ISORT))


@functools.lru_cache(maxsize=256)
def single_line_imports(directory: Path) -> bool:
    """Whether the nearest import sorting settings above ``directory`` (ruff's ``isort`` table,
    isort's own) set ``force-single-line``: every name imported by a statement of its own."""
    for folder in [directory, *directory.parents]:
        for name, keys in _IMPORT_SETTINGS:
            document = read_toml(folder / name)
            for key in keys if document is not None else ():
                table: object = document
                for part in key:
                    table = table.get(part) if isinstance(table, dict) else None
                if isinstance(table, dict):
                    return table.get("force-single-line", table.get("force_single_line")) is True
    return False
