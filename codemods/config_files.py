"""A project's TOML configuration (``pyproject.toml``, ``ruff.toml``), read where the codemods
ask it something: the line length (:mod:`codemods.wrap`), the oldest Python
(:mod:`codemods.target_python`)."""

from __future__ import annotations

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
