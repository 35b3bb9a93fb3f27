"""``[tool.schema-inspector]`` in the nearest pyproject.toml: defaults for the CLI options.

Example::

    [tool.schema-inspector]
    db = "postgresql://app@localhost/app"     # default for --db (after $DATABASE_URL)
    models = "models"                         # default for --models
    models-glob = "models_*.py"
    schemas = ["public"]
    timestamp-policy = true                   # created_at: server_default now(); updated_at: none
    include-cosmetic = false
    rename-threshold = 0.6

    [tool.schema-inspector.renames]           # declared column renames: "[schema.]table.old" = "new"
    "notifications.user_id" = "users_id"

    [tool.schema-inspector.model-files]       # where new classes for these tables go
    tv_channels = "models/models_media.py"
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from schema_inspector.introspect.errors import InputError


def _toml():
    """The TOML parser, imported when a config file is read (not by ``--help``)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


# the model reader's cache (``introspect.models.cache``): in the project, or where the variable says
CACHE_DIRECTORY = ".schema-inspector-cache"
CACHE_ENV = "SCHEMA_INSPECTOR_CACHE_DIR"
NO_CACHE_ENV = "SCHEMA_INSPECTOR_NO_CACHE"  # no cache at all: the embedded server's clusters read it too

KNOWN_KEYS = {
    "db", "models", "models-glob", "schemas", "timestamp-policy", "include-cosmetic",
    "rename-threshold", "renames", "model-files",
}


@dataclass(frozen=True)
class Config:
    """The tool's settings as read from pyproject.toml (all optional)."""

    path: Path | None = None  # the pyproject.toml they came from
    db: str | None = None
    models: str | None = None
    models_glob: str | None = None
    schemas: tuple[str, ...] = ()
    timestamp_policy: bool = False
    include_cosmetic: bool = False
    rename_threshold: float | None = None
    renames: tuple[tuple[str, str, str], ...] = ()  # (table, old, new)
    model_files: tuple[tuple[str, str], ...] = field(default=())  # (table, file)

    @overload
    def relative(self, value: str) -> str: ...
    @overload
    def relative(self, value: None) -> None: ...
    def relative(self, value: str | None) -> str | None:
        """A path from the config file, resolved against the file's directory."""
        if value is None or self.path is None or Path(value).is_absolute():
            return value
        return str(self.path.parent / value)

    def project_root(self, models_path: Path) -> Path:
        """The project: the directory of the pyproject.toml, else the models' parent."""
        return self.path.parent if self.path is not None else models_path.resolve().parent


def find_config(start: Path) -> Config:
    """The config of the nearest pyproject.toml with a [tool.schema-inspector] table."""
    start = start.resolve()
    for directory in [start, *start.parents] if start.is_dir() else start.parents:
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            config = read_config(candidate)
            if config is not None:
                return config
    return Config()


def read_config(path: Path) -> Config | None:
    try:
        document = _toml().loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, _toml().TOMLDecodeError) as error:
        raise InputError(f"{path}: cannot read [tool.schema-inspector]: {error}") from None
    table = document.get("tool", {}).get("schema-inspector")
    if table is None:
        return None
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise InputError(
            f"{path}: unknown key(s) in [tool.schema-inspector]: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(KNOWN_KEYS))})"
        )
    _check_types(path, table)
    renames = []
    for qualified, new in sorted(table.get("renames", {}).items()):
        table_name, dot, old = qualified.rpartition(".")
        if not dot or not table_name or not isinstance(new, str):
            raise InputError(f'{path}: renames entries look like "table.old_column" = "new_column"')
        renames.append((table_name, old, new))
    schemas = table.get("schemas", ())
    return Config(
        path=path,
        db=table.get("db"),
        models=table.get("models"),
        models_glob=table.get("models-glob"),
        schemas=tuple([schemas] if isinstance(schemas, str) else schemas),
        timestamp_policy=bool(table.get("timestamp-policy", False)),
        include_cosmetic=bool(table.get("include-cosmetic", False)),
        rename_threshold=table.get("rename-threshold"),
        renames=tuple(renames),
        model_files=tuple(sorted(table.get("model-files", {}).items())),
    )


# key -> (accepted types, what to write instead)
_EXPECTED = {
    "db": ((str,), 'a string: db = "postgresql://..."'),
    "models": ((str,), 'a path: models = "models"'),
    "models-glob": ((str,), 'a pattern: models-glob = "models_*.py"'),
    "schemas": ((str, list), 'a list: schemas = ["public"]'),
    "timestamp-policy": ((bool,), "true or false"),
    "include-cosmetic": ((bool,), "true or false"),
    "rename-threshold": ((int, float), "a number from 0 to 1: rename-threshold = 0.6"),
    "renames": ((dict,), 'a table: [tool.schema-inspector.renames] "table.old" = "new"'),
    "model-files": ((dict,), 'a table: [tool.schema-inspector.model-files] table = "models/file.py"'),
}


def _check_types(path: Path, table: dict) -> None:
    for key, value in table.items():
        types, hint = _EXPECTED[key]
        wrong = not isinstance(value, types) or (isinstance(value, bool) and bool not in types)
        if key == "rename-threshold" and not wrong and not 0 <= value <= 1:
            wrong = True
        if key in ("model-files", "schemas") and not wrong:
            items = value.values() if isinstance(value, dict) else ([value] if isinstance(value, str) else value)
            wrong = not all(isinstance(item, str) for item in items)
        if wrong:
            raise InputError(f"{path}: [tool.schema-inspector] {key} = {value!r}: expected {hint}")
