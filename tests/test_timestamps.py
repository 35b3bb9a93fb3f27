"""The timestamp audit on hand-built schemas and models, and on the seed database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schema_inspector.introspect.db_option import load_schema
from schema_inspector.introspect.docs import split_row
from schema_inspector.introspect.models import ColumnSource, ModelSet
from schema_inspector.introspect.schema import Column, ColumnType, Schema, Table
from schema_inspector.planner.timestamp_report import (
    render_timestamp_audit_markdown,
    timestamp_audit_json,
)
from schema_inspector.planner.timestamps import (
    CREATED_AT_NO_DEFAULT,
    CREATED_AT_NULLABLE,
    MISSING_CREATED_AT,
    MISSING_UPDATED_AT,
    MODEL_CREATED_AT_NO_DEFAULT,
    MODEL_UPDATED_AT_HAS_DEFAULT,
    NOT_A_TIMESTAMP,
    UPDATED_AT_HAS_DEFAULT,
    UPDATED_AT_NULLABLE,
    audit_timestamps,
    is_current_time,
)

SEED_SQL = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "schema.sql"
TSTZ = ColumnType("timestamp with time zone")


def ts(name: str, default: str | None = None, nullable: bool = False, type_: ColumnType = TSTZ) -> Column:
    return Column(name, type_, nullable=nullable, default=default)


def ident() -> Column:
    return Column("id", ColumnType("integer"), nullable=False)


@pytest.mark.parametrize("default", [
    "now()", "CURRENT_TIMESTAMP", "(now())", "transaction_timestamp()", "statement_timestamp()",
    "clock_timestamp()", "CURRENT_TIMESTAMP(3)", "LOCALTIMESTAMP", "timezone('utc'::text, now())",
    "(now() AT TIME ZONE 'utc'::text)",
])
def test_current_time_spellings_are_equivalent(default):
    assert is_current_time(default)


@pytest.mark.parametrize("default", [
    None, "'now()'::timestamp with time zone", "'2020-01-01 00:00:00+00'::timestamp with time zone",
    "(now() + '1 day'::interval)", "nextval('x_seq'::regclass)",
])
def test_other_defaults_are_not_the_current_time(default):
    assert not is_current_time(default)


def _codes(audit, table=None):
    return sorted((f.code, f.column) for f in audit.findings if table is None or f.table == table)


def test_database_side_findings():
    schema = Schema(tables=(
        Table("good", columns=(ident(), ts("created_at", "now()"), ts("updated_at"))),
        Table("bare", columns=(ident(),)),
        Table("loose", columns=(ident(), ts("created_at", nullable=True), ts("updated_at", "CURRENT_TIMESTAMP"))),
        Table("texty", columns=(ident(), ts("created_at", "now()", type_=ColumnType("text")), ts("updated_at"))),
    ))
    audit = audit_timestamps(schema)
    assert _codes(audit, "good") == []
    assert _codes(audit, "bare") == [(MISSING_CREATED_AT, "created_at"), (MISSING_UPDATED_AT, "updated_at")]
    assert _codes(audit, "loose") == [
        (CREATED_AT_NULLABLE, "created_at"), (CREATED_AT_NO_DEFAULT, "created_at"),
        (UPDATED_AT_HAS_DEFAULT, "updated_at"),
    ]
    assert _codes(audit, "texty") == [(NOT_A_TIMESTAMP, "created_at")]
    assert audit.compliant_tables == ("good",)
    fixes = {f.code: f.fix_sql for f in audit.findings if f.table == "loose"}
    assert fixes[UPDATED_AT_HAS_DEFAULT] == "ALTER TABLE loose ALTER COLUMN updated_at DROP DEFAULT;"
    assert fixes[CREATED_AT_NO_DEFAULT] == "ALTER TABLE loose ALTER COLUMN created_at SET DEFAULT now();"


def test_nullable_updated_at_is_reported_as_cosmetic():
    schema = Schema(tables=(Table("t", columns=(ts("created_at", "now()"), ts("updated_at", nullable=True))),))
    audit = audit_timestamps(schema)
    assert [(f.code, f.severity) for f in audit.findings] == [(UPDATED_AT_NULLABLE, "cosmetic")]
    assert audit.compliant_tables == ("t",)


def test_fix_sql_quotes_identifiers():
    schema = Schema(tables=(Table('Odd"Name', schema="my schema", columns=(ts("created_at"), ts("updated_at"))),))
    fix = audit_timestamps(schema).findings[0].fix_sql
    assert fix == 'ALTER TABLE "my schema"."Odd""Name" ALTER COLUMN created_at SET DEFAULT now();'


def _model_set() -> ModelSet:
    models = Schema(tables=(
        Table("users", schema=None, columns=(
            ident(), ts("created_at"), ts("updated_at", "now()"),
        )),
        Table("posts", schema=None, columns=(
            ident(), ts("created_at", "'now()'::timestamp with time zone"), ts("updated_at"),
        )),
        Table("tags", schema=None, columns=(ident(), ts("created_at", "now()"), ts("updated_at"))),
    ))

    def source(table, column, cls, line):
        return ColumnSource(table=table, schema=None, column=column, attribute=column, class_name=cls,
                            defined_in=cls, file="models/models_user.py", line=line, end_line=line,
                            style="column")

    return ModelSet(schema=models, columns=(
        source("users", "created_at", "User", 12), source("users", "updated_at", "User", 13),
        source("posts", "created_at", "Post", 30), source("posts", "updated_at", "Post", 31),
        source("tags", "created_at", "Tag", 50), source("tags", "updated_at", "Tag", 51),
    ))


def test_model_side_findings_carry_file_and_line():
    audit = audit_timestamps(Schema(), _model_set())
    found = [(f.code, f.class_name, f.file, f.line) for f in audit.findings]
    assert found == [
        (MODEL_CREATED_AT_NO_DEFAULT, "User", "models/models_user.py", 12),
        (MODEL_UPDATED_AT_HAS_DEFAULT, "User", "models/models_user.py", 13),
        (MODEL_CREATED_AT_NO_DEFAULT, "Post", "models/models_user.py", 30),
    ]
    literal = audit.findings[2]
    assert "literal" in literal.message  # the string "now()" is called out


def test_outputs_are_versioned_and_safe_markdown():
    schema = Schema(tables=(Table("a|b", columns=(ts("created_at", "'x|y'::text"),)),))
    audit = audit_timestamps(schema, _model_set())
    document = timestamp_audit_json(audit)
    assert list(document) == ["version", "policy", "tables", "models_read", "counts", "compliant_tables", "findings"]
    assert document["version"] == 1
    assert json.loads(json.dumps(document)) == document
    assert document["counts"][MODEL_CREATED_AT_NO_DEFAULT] == 2
    text = render_timestamp_audit_markdown(audit)
    assert text == render_timestamp_audit_markdown(audit)
    width = None  # of the current table's header row
    for line in text.splitlines():
        cells = split_row(line)
        if cells is None:
            width = None
        elif width is None:
            width = len(cells)
        else:
            assert len(cells) == width, line
    assert "models/models_user.py:12" in text


def test_seed_database_breaks_the_policy_where_drift_md_says(pg):
    schema = load_schema(pg.new_database(SEED_SQL.read_text(encoding="utf-8")))
    audit = audit_timestamps(schema)
    policy = {(f.table, f.column, f.code) for f in audit.findings
              if f.code in (CREATED_AT_NO_DEFAULT, UPDATED_AT_HAS_DEFAULT)}
    assert policy == {
        ("media", "updated_at", UPDATED_AT_HAS_DEFAULT),
        ("referrals", "created_at", CREATED_AT_NO_DEFAULT),
        ("support_messages", "created_at", CREATED_AT_NO_DEFAULT),
    }


def test_seed_models_break_the_policy_where_drift_md_says(pg):
    from schema_inspector.introspect.models import read_models

    schema = load_schema(pg.new_database(SEED_SQL.read_text(encoding="utf-8")))
    models = read_models(SEED_SQL.parent / "models", "models_*.py")
    audit = audit_timestamps(schema, models)
    found = {(f.table, f.column, f.code) for f in audit.findings if f.side == "models"}
    created = {"users", "users_sessions", "users_devices", "notifications", "users_actions", "comments",
               "channels", "directors", "referral_codes", "reseller_accounts"}
    assert found == {(t, "created_at", MODEL_CREATED_AT_NO_DEFAULT) for t in created} | {
        ("payments", "updated_at", MODEL_UPDATED_AT_HAS_DEFAULT),
    }
    assert all(f.file.endswith(".py") and f.line > 0 for f in audit.findings if f.side == "models")
    text = render_timestamp_audit_markdown(audit)
    assert "| media | updated_at | updated-at-with-server-default |" in text
