"""The timestamp audit (seed task 3.3.8): is every table's ``created_at`` / ``updated_at``
managed the way the team's policy says?

Policy: ``created_at`` is DB-managed (``NOT NULL DEFAULT now()``), ``updated_at`` is
application-managed (no server default). The audit reads the database and, when given,
the models:

- database: tables missing either column, ``created_at`` without a current-time default,
  ``created_at`` nullable, ``updated_at`` with a server default, ``updated_at`` nullable (the
  usual state of an application-managed column, reported as cosmetic), either column not
  of a timestamp type. Each finding carries the SQL that fixes it (printed, never run).
- models: ``created_at`` without ``server_default`` of the current time (the string
  ``"now()"`` is a literal PostgreSQL freezes at CREATE time, so it does not count),
  ``updated_at`` with a ``server_default``; each with the model's file:line.

Defaults are compared as text, never evaluated: ``now()``, ``CURRENT_TIMESTAMP``,
``transaction_timestamp()``, ``statement_timestamp()``, ``clock_timestamp()``,
``LOCALTIMESTAMP`` and the ``timezone('utc', now())`` spellings all count as "the current time".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TypedDict

from schema_inspector.introspect.models import ModelSet
from schema_inspector.introspect.schema import Column, Schema, Table

from .compare.defaults import normalize_default
from .discrepancy import COSMETIC, CRITICAL, WARNING, Severity
from .naming import qualified_table, quote_ident

AUDIT_VERSION = 1
CREATED_AT = "created_at"
UPDATED_AT = "updated_at"

# Finding codes, in report order.
MISSING_CREATED_AT = "missing-created-at"
MISSING_UPDATED_AT = "missing-updated-at"
CREATED_AT_NO_DEFAULT = "created-at-without-now-default"
CREATED_AT_NULLABLE = "created-at-nullable"
UPDATED_AT_HAS_DEFAULT = "updated-at-with-server-default"
UPDATED_AT_NULLABLE = "updated-at-nullable"
NOT_A_TIMESTAMP = "not-a-timestamp-type"
MODEL_CREATED_AT_NO_DEFAULT = "model-created-at-without-now-default"
MODEL_UPDATED_AT_HAS_DEFAULT = "model-updated-at-with-server-default"

CODES = (
    MISSING_CREATED_AT, MISSING_UPDATED_AT, CREATED_AT_NO_DEFAULT, CREATED_AT_NULLABLE,
    UPDATED_AT_HAS_DEFAULT, UPDATED_AT_NULLABLE, NOT_A_TIMESTAMP, MODEL_CREATED_AT_NO_DEFAULT,
    MODEL_UPDATED_AT_HAS_DEFAULT,
)

_CURRENT_TIME = re.compile(
    r"now\(\)|current_timestamp(\(\d+\))?|localtimestamp(\(\d+\))?|transaction_timestamp\(\)"
    r"|statement_timestamp\(\)|clock_timestamp\(\)"
)
# timezone('utc'::text, now()) and now() AT TIME ZONE 'utc': still the current time.
_IN_TIME_ZONE = re.compile(r"timezone\('[^']*'(::text)?, ?(?P<a>.+)\)|(?P<b>.+) at time zone ?'[^']*'(::text)?")


def is_current_time(default: str | None) -> bool:
    """Whether a default expression (as text) means "the current time"."""
    if default is None:
        return False
    text = normalize_default(default)
    if text is None:
        return False
    zoned = _IN_TIME_ZONE.fullmatch(text)
    if zoned:
        text = (zoned.group("a") or zoned.group("b")).strip()
        while text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()
    return _CURRENT_TIME.fullmatch(text) is not None


class _TableWhere(TypedDict):
    """Where a finding is: fields of TimestampFinding, passed on as keywords."""

    side: str
    table: str
    schema: str | None


class _ColumnWhere(_TableWhere):
    column: str
    default: str | None


class _ModelWhere(_ColumnWhere):
    file: str
    line: int
    class_name: str


@dataclass(frozen=True)
class TimestampFinding:
    """One policy violation: on the database side (``fix_sql`` set) or in a model (``file``)."""

    code: str
    severity: Severity
    side: str  # db | models
    table: str
    message: str
    column: str | None = None
    schema: str | None = None
    default: str | None = None  # the default as the side has it
    fix_sql: str | None = None
    file: str | None = None
    line: int | None = None
    class_name: str | None = None

    def to_json(self) -> dict:
        return {
            "code": self.code, "severity": self.severity, "side": self.side, "schema": self.schema,
            "table": self.table, "column": self.column, "default": self.default, "message": self.message,
            "fix_sql": self.fix_sql, "file": self.file, "line": self.line, "class": self.class_name,
        }


@dataclass(frozen=True)
class TimestampAudit:
    """What the audit looked at and what it found."""

    tables: int
    findings: tuple[TimestampFinding, ...]
    compliant_tables: tuple[str, ...]
    models_read: bool = False

    def counts(self) -> dict[str, int]:
        counted = Counter(f.code for f in self.findings)
        return {code: counted[code] for code in CODES if counted[code]}


def audit_timestamps(db: Schema, models: ModelSet | None = None) -> TimestampAudit:
    """Audit every table of ``db`` (views excluded) and, when given, the models."""
    findings: list[TimestampFinding] = []
    compliant: list[str] = []
    for table in db.tables:
        found = _audit_table(table)
        findings += found
        if not any(f.severity != COSMETIC for f in found):
            compliant.append(table.qualified_name)
    if models is not None:
        findings += _audit_models(models)
    return TimestampAudit(len(db.tables), tuple(findings), tuple(compliant), models is not None)


def _audit_table(table: Table) -> list[TimestampFinding]:
    sql_table = qualified_table(table.name, table.schema)
    where = _TableWhere(side="db", table=table.name, schema=table.schema)
    found: list[TimestampFinding] = []
    created, updated = table.column(CREATED_AT), table.column(UPDATED_AT)
    if created is None:
        found.append(TimestampFinding(
            MISSING_CREATED_AT, WARNING, message=f"{table.qualified_name} has no {CREATED_AT} column",
            column=CREATED_AT, fix_sql=f"ALTER TABLE {sql_table} ADD COLUMN {CREATED_AT} "
            "timestamp with time zone NOT NULL DEFAULT now();", **where))
    if updated is None:
        found.append(TimestampFinding(
            MISSING_UPDATED_AT, WARNING, message=f"{table.qualified_name} has no {UPDATED_AT} column",
            column=UPDATED_AT, fix_sql=f"ALTER TABLE {sql_table} ADD COLUMN {UPDATED_AT} timestamp with time zone;",
            **where))
    for column in (c for c in (created, updated) if c is not None):
        if not column.type.name.startswith("timestamp") or column.type.dimensions:
            found.append(TimestampFinding(
                NOT_A_TIMESTAMP, WARNING, column=column.name, default=column.default,
                message=f"{table.qualified_name}.{column.name} is {column.type.render()}, not a timestamp",
                **where))
    if created is not None:
        found += _created_at_findings(table, created, sql_table)
    if updated is not None:
        found += _updated_at_findings(table, updated, sql_table)
    return found


def _created_at_findings(table: Table, column: Column, sql_table: str) -> list[TimestampFinding]:
    where = _ColumnWhere(side="db", table=table.name, schema=table.schema, column=column.name, default=column.default)
    alter = f"ALTER TABLE {sql_table} ALTER COLUMN {quote_ident(column.name)}"
    found = []
    if not is_current_time(column.default):
        said = "no default" if column.default is None else f"DEFAULT {column.default}"
        found.append(TimestampFinding(
            CREATED_AT_NO_DEFAULT, CRITICAL, message=f"{table.qualified_name}.{column.name} has {said}; "
            "the policy wants DEFAULT now() (DB-managed)", fix_sql=f"{alter} SET DEFAULT now();", **where))
    if column.nullable:
        found.append(TimestampFinding(
            CREATED_AT_NULLABLE, WARNING, message=f"{table.qualified_name}.{column.name} is nullable",
            fix_sql=f"UPDATE {sql_table} SET {quote_ident(column.name)} = now() WHERE {quote_ident(column.name)} "
            f"IS NULL; {alter} SET NOT NULL;", **where))
    return found


def _updated_at_findings(table: Table, column: Column, sql_table: str) -> list[TimestampFinding]:
    where = _ColumnWhere(side="db", table=table.name, schema=table.schema, column=column.name, default=column.default)
    found = []
    if column.default is not None:
        found.append(TimestampFinding(
            UPDATED_AT_HAS_DEFAULT, CRITICAL, message=f"{table.qualified_name}.{column.name} has DEFAULT "
            f"{column.default}; the policy wants no default (application-managed)",
            fix_sql=f"ALTER TABLE {sql_table} ALTER COLUMN {quote_ident(column.name)} DROP DEFAULT;", **where))
    if column.nullable:
        found.append(TimestampFinding(
            UPDATED_AT_NULLABLE, COSMETIC, message=f"{table.qualified_name}.{column.name} is nullable "
            "(expected for an application-managed column: NULL until the first update)", **where))
    return found


def _audit_models(models: ModelSet) -> list[TimestampFinding]:
    found = []
    for source in models.columns:
        if source.column not in (CREATED_AT, UPDATED_AT):
            continue
        table = models.schema.table(source.table, source.schema)
        column = table.column(source.column) if table is not None else None
        default = column.default if column is not None else None
        where = _ModelWhere(
            side="models", table=source.table, schema=source.schema, column=source.column, default=default,
            file=source.file, line=source.line, class_name=source.class_name,
        )
        at = f"{source.class_name}.{source.attribute}"
        if source.column == CREATED_AT and not is_current_time(default):
            why = "no server_default" if default is None else f"server_default {default}"
            if default is not None and "now()" in default.lower() and "'" in default:
                why += " (the string \"now()\" is a literal frozen when the table is created)"
            found.append(TimestampFinding(
                MODEL_CREATED_AT_NO_DEFAULT, WARNING, message=f"{at} has {why}; the policy wants "
                "server_default=text(\"now()\") (or func.now())", **where))
        elif source.column == UPDATED_AT and default is not None:
            found.append(TimestampFinding(
                MODEL_UPDATED_AT_HAS_DEFAULT, WARNING, message=f"{at} has server_default {default}; the policy "
                "wants none (set it in the application, e.g. onupdate=)", **where))
    return found
