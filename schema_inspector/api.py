"""The Python API: the steps the commands run, for scripts and coding agents.

Each function returns the typed objects the command line prints (``--format json`` is
their ``to_json()``), so a script sees exactly what a person or a CI job sees::

    from schema_inspector import api

    truth = api.read_schema("postgresql://localhost/app")      # or "schema.sql", "snapshot.json"
    models = api.read_models("app/models")
    drift = api.compare(truth, models)                          # list[Discrepancy]
    plan = api.build_plan(truth, models)                        # Plan: actions with reasons
    for result in api.run_plan(plan):                           # dry run: diffs, nothing written
        print(getattr(result, "diff", ""))
    api.run_plan(plan, write=True)                              # apply

Settings (``[tool.schema-inspector]`` in pyproject.toml: declared renames, the rename
threshold, the timestamp policy...) come from ``api.load_config(path)``; without one every
function uses the defaults, as the command line does outside a configured project.

Errors a user can fix raise :class:`InputError` with one line that says what and where.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from schema_inspector.codemods.files import Changed, Failed, FileResult, Unchanged
from schema_inspector.codemods.files import run_plan as _run_plan
from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.models import ModelSet
from schema_inspector.introspect.schema import Schema
from schema_inspector.planner.actions import Action
from schema_inspector.planner.discrepancy import Discrepancy
from schema_inspector.planner.plan import Plan

from .config import Config, find_config

__all__ = [
    "Action", "Changed", "Config", "Discrepancy", "Failed", "FileResult", "InputError", "ModelSet", "Plan",
    "Schema", "Unchanged", "build_plan", "compare", "load_config", "read_models", "read_schema", "run_plan",
]

PathLike = str | Path


def load_config(start: PathLike = ".") -> Config:
    """The settings of the nearest pyproject.toml at or above ``start`` (defaults if none)."""
    return find_config(Path(start))


def read_schema(source: str, schemas: Sequence[str] = ("public",)) -> Schema:
    """The database as one typed schema, from a PostgreSQL URL, a ``.sql`` file (loaded into
    a throwaway embedded PostgreSQL) or a ``.json`` snapshot written by ``introspect --out``."""
    from schema_inspector.introspect.db_option import load_schema

    return load_schema(source, tuple(schemas))


def read_models(path: PathLike, glob: str | None = None) -> ModelSet:
    """What the model files under ``path`` declare, read statically (nothing is imported).
    Files that cannot be read are in ``ModelSet.errors``; the rest are still read."""
    from schema_inspector.introspect.models import read_models as _read_models

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory (models)")
    return _read_models(path, glob)


def compare(truth: Schema, models: ModelSet, config: Config | None = None) -> list[Discrepancy]:
    """Every difference between ``truth`` (the database, or the docs) and the models."""
    from schema_inspector.planner.compare import compare as _compare

    config = config or Config()
    extra = {}
    if config.rename_threshold is not None:
        extra["rename_threshold"] = float(config.rename_threshold)
    return _compare(truth, models, renames=config.renames, **extra)


def build_plan(
    truth: Schema,
    models: ModelSet,
    config: Config | None = None,
    *,
    include_cosmetic: bool = False,
    drop_unmatched: bool = False,
) -> Plan:
    """The fix actions that make ``models`` match ``truth``, each with its reason."""
    from schema_inspector.planner.build import build_plan as _build_plan

    return _build_plan(truth, models, planner_options(config or Config(), include_cosmetic, drop_unmatched))


def run_plan(plan: Plan, *, write: bool = False, allowed_root: PathLike | None = None) -> list[FileResult]:
    """Carry out ``plan`` file by file: with ``write=False`` (the default) nothing is written
    and each :class:`Changed` holds the unified diff; with ``write=True`` every changed file is
    replaced atomically. Only files under ``allowed_root`` (default: the current directory)
    are written; a file's problem is its :class:`Failed` result, never an exception."""
    root = Path(allowed_root).resolve() if allowed_root is not None else None
    return _run_plan(plan, write=write, allowed_root=root)


def planner_options(config: Config, include_cosmetic: bool = False, drop_unmatched: bool = False):
    """The planner's options from the settings (the command line's flags added)."""
    from schema_inspector.planner.options import PlannerOptions

    options = PlannerOptions(
        drop_unmatched=drop_unmatched,
        renames=config.renames,
        timestamp_policy=config.timestamp_policy,
        include_cosmetic=include_cosmetic or config.include_cosmetic,
        model_files=tuple((table, config.relative(file)) for table, file in config.model_files),
    )
    if config.rename_threshold is not None:
        options = dataclasses.replace(options, rename_threshold=float(config.rename_threshold))
    return options
