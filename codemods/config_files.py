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
