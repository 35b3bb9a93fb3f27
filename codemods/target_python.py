"""The oldest Python a project runs on, as its configuration says it.

From the nearest ``pyproject.toml`` (``requires-python`` of ``[project]``, ``target-version``
of ``[tool.ruff]`` or ``[tool.black]``) or ``ruff.toml`` / ``.ruff.toml`` above a file that
says it. A spelling only newer Pythons run (``X | None`` in an annotation SQLAlchemy
evaluates needs 3.10) is written in a file that shows no habit of its own only when the
project's oldest Python runs it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .config_files import read_toml

# the lower bound of a requires-python specifier: ">=3.10", "~=3.11", "==3.12.*", ">= 3.9, <4"
_LOWER_BOUND = re.compile(r"(?:>=|~=|==)\s*3\.(\d+)")
_TARGET = re.compile(r"py3(\d+)")


def runs_on(file: str, version: tuple[int, int]) -> bool:
    """Whether the project of ``file`` (a path on disk) says its oldest Python is ``version`` or
    newer; False when it does not say."""
    path = Path(file).resolve() if file else None
    oldest = _oldest(path.parent) if path is not None else None
    return oldest is not None and oldest >= version


@functools.lru_cache(maxsize=256)
def _oldest(directory: Path) -> tuple[int, int] | None:
    for folder in [directory, *directory.parents]:
        for name in ("pyproject.toml", "ruff.toml", ".ruff.toml"):
            found = _from_file(folder / name)
            if found is not None:
                return found
    return None


def _from_file(path: Path) -> tuple[int, int] | None:
    document = read_toml(path)
    if document is None:
        return None
    tool = document.get("tool") if path.name == "pyproject.toml" else {"ruff": document}
    tool = tool if isinstance(tool, dict) else {}
    stated = [_table(document, "project").get("requires-python"), _table(tool, "ruff").get("target-version"),
              _table(tool, "black").get("target-version")]
    minors = [int(minor) for value in stated for text in (value if isinstance(value, list) else [value])
              if isinstance(text, str) for minor in (_LOWER_BOUND.findall(text) or _TARGET.findall(text))]
    return (3, min(minors)) if minors else None


def _table(document: dict, key: str) -> dict:
    value = document.get(key)
    return value if isinstance(value, dict) else {}
