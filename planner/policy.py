"""The timestamp policy, as the planner applies it (``PlannerOptions.timestamp_policy``).

Policy: ``created_at`` is database-managed (``server_default=text("now()")``),
``updated_at`` application-managed (no server default).

The rule, since the database is the ground truth:

- the models follow the database for every column, except that for ``created_at`` /
  ``updated_at`` they follow the *policy* where the database breaks it;
- where the database breaks it (``created_at`` without a current-time default,
  ``updated_at`` with any default) the plan carries a ``db-sql`` suggestion
  (``SET DEFAULT now()`` / ``DROP DEFAULT``), so that once the suggestion is run the
  database and the models agree again, with no second edit of the models.

A ``created_at`` whose database default already means the current time
(``CURRENT_TIMESTAMP``, ``timezone('utc', now())``...) keeps that default in the models.
"""

from __future__ import annotations

from dataclasses import dataclass

from schema_inspector.introspect.schema import Column, Table
from schema_inspector.introspect.sqltypes import family

from .compare.defaults import NOW, normalize_default
from .naming import alter_column
from .timestamps import CREATED_AT, UPDATED_AT, is_current_time

POLICY_COLUMNS = (CREATED_AT, UPDATED_AT)


@dataclass(frozen=True)
class TimestampTarget:
    """What the policy wants for one column: the model's server default and, when the
    database breaks the policy, the SQL that fixes the database."""

    model_default: str | None
    db_sql: str | None
    reason: str


def timestamp_target(table: Table, column: Column, default_schema: str = "public") -> TimestampTarget | None:
    """The policy's target for ``column`` of ``table``; None for other columns (and for a
    ``created_at`` that is not a date/time column, e.g. epoch seconds: now() cannot apply)."""
    if column.name not in POLICY_COLUMNS or family(column.type) != "datetime":
        return None
    where = f"{table.qualified_name}.{column.name}"
    alter = alter_column(table.name, table.schema, column.name, default_schema)
    if column.name == CREATED_AT:
        if is_current_time(column.default):
            return TimestampTarget(
                normalize_default(column.default, column.type), None,
                f"timestamp policy: {where} is database-managed and the database has DEFAULT {column.default}",
            )
        said = "no default" if column.default is None else f"DEFAULT {column.default}"
        return TimestampTarget(
            NOW, f"{alter} SET DEFAULT now();",
            f"timestamp policy: {where} must be database-managed (DEFAULT now()); the database has {said}, "
            "so the model gets server_default=text(\"now()\") and the database a SET DEFAULT suggestion",
        )
    if column.default is None:
        return TimestampTarget(None, None, f"timestamp policy: {where} is application-managed (no server default)")
    return TimestampTarget(
        None, f"{alter} DROP DEFAULT;",
        f"timestamp policy: {where} must be application-managed (no default); the database has "
        f"DEFAULT {column.default}, so the model gets no server_default and the database a DROP DEFAULT suggestion",
    )
