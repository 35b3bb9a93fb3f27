"""Alembic as the independent judge of convergence: import rewritten models, ask Alembic.

``judge(root, metadata, url, statements)`` runs this module as a script in a fresh Python
process (the models under test are a module called ``models`` in every scenario, so they
cannot share one interpreter). The child puts ``root`` on ``sys.path``, imports the module
named in ``metadata`` (``"models:db.metadata"``, ``"models.base:Base.metadata"``), runs
``configure_mappers()`` and then Alembic's ``compare_metadata`` with ``compare_type`` and
``compare_server_default`` against ``url``. With ``statements`` (the plan's ``db-sql``
suggestions, on a throwaway database), it runs them one at a time and compares again after
each, so every difference can be attributed to the suggestion that removes it.

Alembic's diffs read "what to do to the database so that it matches the models": ``add_*``
is in the models and not in the database, ``remove_*`` the other way round. They are
printed as plain JSON records (:func:`describe_diff`); a diff kind this module does not
know is an error, never dropped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from fresh_interpreter import run_script


@dataclass(frozen=True)
class Verdict:
    """What the child process saw.

    ``rounds[0]`` is Alembic's diff list before any statement ran; ``rounds[i]`` the list
    after ``statements[i - 1]``. ``warnings`` are the SQLAlchemy warnings raised while
    importing the models and configuring the mappers. A failing ``configure_mappers()`` is
    reported, not fatal: Alembic reads the tables, which exist once the classes are
    defined, so the database comparison still has something to say.
    """

    rounds: list[list[dict[str, Any]]]
    warnings: list[str]
    configure_error: str | None  # "ExceptionName: message" when configure_mappers() failed

    @property
    def before(self) -> list[dict[str, Any]]:
        return self.rounds[0]

    @property
    def after(self) -> list[dict[str, Any]]:
        return self.rounds[-1]


class Suggestion(Protocol):
    """What the oracle needs of a ``db-sql`` suggestion (``planner.actions.SuggestSQL``)."""

    table: str
    sql: str


class ModelsBroken(AssertionError):
    """The rewritten models do not import (their mappers' failure is in the Verdict)."""


def judge(root: Path, metadata: str, url: str, statements: Sequence[str] = ()) -> Verdict:
    """Import ``metadata`` (``module:attribute.path``) with ``root`` on ``sys.path`` in a
    fresh interpreter and return Alembic's view of ``url`` against it (see module doc)."""
    request = json.dumps({"root": str(root), "metadata": metadata, "url": url, "statements": list(statements)})
    done = run_script(__file__, input=request, timeout=120)
    if done.returncode != 0:
        raise ModelsBroken(f"models under {root} failed in a fresh interpreter:\n{done.stderr}")
    report = json.loads(done.stdout)
    return Verdict(report["rounds"], report["warnings"], report["configure_error"])


def _key(diff: dict) -> str:
    return json.dumps(diff, sort_keys=True)


def unexplained_diffs(verdict: Verdict, suggestions: Sequence[Suggestion]) -> list[dict]:
    """Alembic's diffs that no db-sql suggestion explains.

    A suggestion explains a diff when running it makes the diff go away and it is about the
    diff's table. Nothing else is allowed: a diff that survives every suggestion, goes away
    after a suggestion on another table, or first appears after a suggestion, is reported.
    """
    rounds = [{_key(d) for d in diffs} for diffs in verdict.rounds]
    problems = []
    for diff in verdict.before:
        key = _key(diff)
        gone = next((i for i in range(1, len(rounds)) if key not in rounds[i]), None)
        if gone is None:
            problems.append({**diff, "why": "no db-sql suggestion removes it"})
        elif suggestions[gone - 1].table != diff["table"]:
            problems.append({**diff, "why": f"removed by a suggestion on another table: {suggestions[gone - 1].sql}"})
        elif any(key in later for later in rounds[gone:]):
            problems.append({**diff, "why": "comes back after a later suggestion"})
    seen = set(rounds[0])
    for suggestion, diffs in zip(suggestions, rounds[1:], strict=False):
        for key in sorted(diffs - seen):
            problems.append({**json.loads(key), "why": f"appears after {suggestion.sql}"})
        seen |= diffs
    return problems


# -- the child process ------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A server default or a type as text: Alembic hands over DefaultClause / TextClause /
    FetchedValue / TypeEngine objects depending on the side."""
    if value is None:
        return None
    argument = getattr(value, "arg", value)
    return str(getattr(argument, "text", argument))


def _columns(constraint) -> list[str]:
    return [column.name for column in constraint.columns]


def describe_diff(diff) -> dict[str, Any]:
    """One Alembic diff (a tuple, or a list of ``modify_*`` tuples for one column) as JSON."""
    if isinstance(diff, list):  # modify_* tuples for one column
        changes = {}
        for op, _schema, _table, _column, _existing, old, new in diff:
            changes[op] = {"db": _text(old), "models": _text(new)}
        _, _, table, column, *_ = diff[0]  # one column: every tuple names it
        return {"op": "modify", "table": table, "column": column, "changes": changes}
    op = diff[0]
    if op in ("add_table", "remove_table"):
        return {"op": op, "table": diff[1].name}
    if op in ("add_column", "remove_column"):
        return {"op": op, "table": diff[2], "column": diff[3].name}
    if op in ("add_index", "remove_index"):
        index = diff[1]
        return {"op": op, "table": index.table.name, "name": index.name, "unique": bool(index.unique),
                "columns": [getattr(e, "name", str(e)) for e in index.expressions]}
    if op in ("add_constraint", "remove_constraint"):
        constraint = diff[1]
        return {"op": op, "table": constraint.table.name, "name": constraint.name,
                "type": type(constraint).__name__, "columns": _columns(constraint)}
    if op in ("add_fk", "remove_fk"):
        fk = diff[1]
        return {"op": op, "table": fk.table.name, "name": fk.name, "columns": _columns(fk),
                "target": fk.referred_table.name, "target_columns": [e.column.name for e in fk.elements],
                "ondelete": fk.ondelete, "onupdate": fk.onupdate}
    if op in ("add_table_comment", "remove_table_comment"):  # the Table as the models have it
        return {"op": op, "table": diff[1].name, "models_comment": diff[1].comment}
    raise ValueError(f"unknown Alembic diff {op!r}: teach describe_diff about it")


def _compare(engine, metadata) -> list[dict[str, Any]]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return [describe_diff(diff) for diff in compare_metadata(context, metadata)]


def _resolve(spec: str):
    import importlib

    module_name, _, path = spec.partition(":")
    value = importlib.import_module(module_name)
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _child(request: dict[str, Any]) -> dict[str, Any]:
    import warnings

    import sqlalchemy as sa
    from sqlalchemy.orm import configure_mappers

    sys.path.insert(0, request["root"])
    configure_error = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", sa.exc.SAWarning)
        metadata = _resolve(request["metadata"])
        try:
            configure_mappers()
        except sa.exc.SQLAlchemyError as error:
            configure_error = f"{type(error).__name__}: {error}"
    import psycopg2

    # SQLAlchemy 2.1 would pick psycopg 3 for a bare postgresql:// URL; the URL is libpq's.
    engine = sa.create_engine(
        "postgresql+psycopg2://", creator=lambda: psycopg2.connect(request["url"]), poolclass=sa.pool.NullPool
    )
    rounds = [_compare(engine, metadata)]
    for statement in request["statements"]:
        with engine.begin() as connection:
            connection.exec_driver_sql(statement)
        rounds.append(_compare(engine, metadata))
    engine.dispose()
    messages = [str(w.message) for w in caught if issubclass(w.category, sa.exc.SAWarning)]
    return {"rounds": rounds, "warnings": messages, "configure_error": configure_error}


if __name__ == "__main__":
    print(json.dumps(_child(json.load(sys.stdin))))
