"""The drift report on hand-built discrepancies (the seed report's shapes) and on the seed
fixture end to end."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from schema_inspector.introspect.docs import parse_markdown, render_markdown, split_row
from schema_inspector.introspect.schema import Column, ColumnType, Schema, Table
from schema_inspector.planner.actions import SetNullable, SuggestSQL
from schema_inspector.planner.discrepancy import (
    COLUMN_RENAME,
    COMMENT,
    EXTRA_COLUMN,
    MISSING_CLASS,
    MISSING_COLUMN,
    NULLABLE,
    PRIMARY_KEY,
    TYPE,
    Discrepancy,
)
from schema_inspector.planner.evidence import Candidate, Rename
from schema_inspector.planner.plan import Plan
from schema_inspector.planner.report import (
    build_report,
    render_report_markdown,
    report_json,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seed"
USER_FILE = "models/models_user.py"


def d(kind, severity, table, column=None, *, file=USER_FILE, line=None, evidence=None, expected=None, actual=None):
    return Discrepancy(kind=kind, severity=severity, table=table, column=column, message=f"{kind} {table}.{column}",
                       file=file, line=line, evidence=evidence, expected=expected, actual=actual)


DB = Schema(tables=tuple(
    Table(name, columns=(Column("id", ColumnType("integer")),))
    for name in ("notifications", "users_faves_directors", "users", "tv_channels", "a|b")
))

DB_VS_MODELS = [
    d(MISSING_CLASS, "critical", "tv_channels", file=None),
    d(MISSING_COLUMN, "critical", "notifications", "metadata", line=160),
    d(MISSING_COLUMN, "critical", "notifications", "expires_at", line=160,
      evidence=Candidate("read_at", Rename("read_at", "expires_at", 0.47, ("similar spelling only",)))),
    d(EXTRA_COLUMN, "critical", "notifications", "read_at", line=166,
      evidence=Candidate("expires_at", Rename("read_at", "expires_at", 0.47, ("similar spelling only",)))),
    d(COLUMN_RENAME, "critical", "notifications", "users_id", line=161,
      evidence=Rename("user_id", "users_id", 1.0, ("same words",))),
    d(PRIMARY_KEY, "critical", "users_faves_directors", "id", line=141),
    d(NULLABLE, "critical", "users", "role", line=18, expected="NOT NULL", actual="NULL"),
    d(NULLABLE, "critical", "users", "is_active", file="models/models_media.py", line=19),
    d(TYPE, "cosmetic", "users", "role", line=18),
    d(COMMENT, "cosmetic", "a|b", "<script>x</script>", line=3, expected="a | b\n# c"),
]

PLAN = Plan(actions=(
    SuggestSQL(file="", class_name="UserFaveDirector", table="users_faves_directors",
               reason="the table has no primary key; the model keeps id as its ORM key",
               sql="ALTER TABLE users_faves_directors ADD PRIMARY KEY (id);"),
    SetNullable(file="models/models_media.py", class_name="User", table="users", attribute="is_active",
                column="is_active", reason="DB is NOT NULL", nullable=False),
))


def _report(**kwargs):
    defaults = dict(db=DB, db_vs_models=DB_VS_MODELS, models_vs_docs=None, docs_vs_db=None, plan=PLAN,
                    db_arg="postgresql://app@db/sok", models_arg="models")
    defaults.update(kwargs)
    db, found, mvd, dvd, plan = (defaults.pop(k) for k in ("db", "db_vs_models", "models_vs_docs", "docs_vs_db", "plan"))
    return build_report(db, found, mvd, dvd, plan, **defaults)


def test_counts_by_severity_and_kind():
    summary = report_json(_report())["summary"]
    assert summary["comparisons"]["db_vs_models"] == {
        "total": 10,
        "by_severity": {"critical": 8, "warning": 0, "cosmetic": 2},
        "by_kind": {MISSING_CLASS: 1, MISSING_COLUMN: 2, EXTRA_COLUMN: 1, COLUMN_RENAME: 1, PRIMARY_KEY: 1,
                    NULLABLE: 2, TYPE: 1, COMMENT: 1},
    }
    assert summary["comparisons"]["models_vs_docs"] is None
    assert summary["database_tables"] == 5 and summary["tables_with_drift"] == 5


def test_per_table_details_list_columns_on_each_side():
    tables = {t["table"]: t for t in report_json(_report())["tables"]}
    assert tables["notifications"]["only_in_db"] == ["metadata", "expires_at"]
    assert tables["notifications"]["only_in_models"] == ["read_at"]
    assert tables["users"]["files"] == ["models/models_media.py", USER_FILE]


def test_rename_candidates_carry_evidence_and_confidence():
    renames = report_json(_report())["rename_candidates"]
    assert [(r["table"], r["model_column"], r["db_column"], r["confidence"], r["accepted"]) for r in renames] == [
        ("notifications", "read_at", "expires_at", 0.47, False),
        ("notifications", "user_id", "users_id", 1.0, True),
    ]
    assert renames[1]["reasons"] == ["same words"] and renames[1]["line"] == 161


def test_db_sql_comes_from_the_plan():
    assert report_json(_report())["db_sql"] == [{
        "table": "users_faves_directors", "sql": "ALTER TABLE users_faves_directors ADD PRIMARY KEY (id);",
        "reason": "the table has no primary key; the model keeps id as its ORM key",
    }]
    assert "ADD PRIMARY KEY" in render_report_markdown(_report())


def test_recommendations_follow_the_seed_priorities_with_exact_commands():
    recommendations = report_json(_report())["recommendations"]
    assert [r["title"] for r in recommendations] == [
        "Critical column mismatches", "Missing tables", "Primary and foreign keys", "Nullable constraints",
        "Comments and cosmetic type spellings",
    ]
    first = recommendations[0]["commands"]
    assert [(c["fix_kind"], c["file"]) for c in first] == [
        ("column-name", USER_FILE), ("add-column", USER_FILE), ("drop-column", USER_FILE),
    ]
    assert shlex.split(first[0]["command"]) == [
        "schema-inspector", "plan", "--db", "postgresql://app@db/sok", "--models", "models",
        "--only", "column-name", "--file", USER_FILE,
    ]
    # With a plan, the files come from its actions: nullable only where the plan edits.
    nullable = recommendations[3]["commands"]
    assert [(c["fix_kind"], c["file"], c["count"]) for c in nullable] == [("nullable", "models/models_media.py", 1)]
    assert "db-sql" in recommendations[2]["note"]
    # Without a plan the files come from the discrepancies.
    without = report_json(_report(plan=None))["recommendations"][3]["commands"]
    assert [c["file"] for c in without] == ["models/models_media.py", USER_FILE]


def test_docs_drift_recommends_regenerating_the_docs():
    stale = [d(MISSING_COLUMN, "critical", "users", "nickname", file=None)]
    report = _report(models_vs_docs=[], docs_vs_db=stale, doc_arg="docs/database_schema.md")
    last = report_json(report)["recommendations"][-1]
    assert last["title"] == "Regenerate the docs"
    assert last["commands"][0]["command"] == (
        "schema-inspector generate-docs --db postgresql://app@db/sok --out docs/database_schema.md"
    )
    text = render_report_markdown(report)
    assert "## Models vs docs\n\nNo drift." in text


def test_json_is_versioned_stable_and_serialisable():
    document = report_json(_report())
    assert list(document) == [
        "version", "command", "sources", "summary", "tables", "comparisons", "rename_candidates", "db_sql",
        "recommendations", "notes",
    ]
    assert document["version"] == 1
    assert json.loads(json.dumps(document)) == document
    assert report_json(_report()) == document


def test_markdown_is_deterministic_and_safe():
    text = render_report_markdown(_report())
    assert text == render_report_markdown(_report())
    assert "<script>" not in text
    width = None
    in_fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        cells = None if in_fence else split_row(line)
        if cells is None:
            width = None
        elif width is None:
            width = len(cells)
        else:
            assert len(cells) == width, line
    assert re.search(r"### Priority 1: Critical column mismatches", text)


# -- the seed fixture end to end ---------------------------------------------------------

@pytest.fixture(scope="module")
def seed(pg):
    from schema_inspector.introspect.db_option import load_schema
    from schema_inspector.introspect.models import read_models

    truth = load_schema(pg.new_database((SEED / "schema.sql").read_text(encoding="utf-8")))
    return truth, read_models(SEED / "models", "models_*.py")


def test_seed_report_reproduces_the_seed_summary(seed):
    from schema_inspector.planner.compare import compare

    truth, models = seed
    docs = parse_markdown(render_markdown(truth))
    report = build_report(truth, compare(truth, models), compare(docs, models), [], None,
                          db_arg="fixtures/seed/schema.sql", models_arg="fixtures/seed/models")
    document = report_json(report)
    # Docs regenerated from the database: models vs docs is the same drift as models vs DB.
    assert document["summary"]["comparisons"]["models_vs_docs"] == document["summary"]["comparisons"]["db_vs_models"]
    tables = {t["table"]: t for t in document["tables"]}
    missing = {t for t, v in tables.items() if any(x["kind"] == MISSING_CLASS for x in v["discrepancies"])}
    assert missing == {"users_media_affinity", "media_backup", "tv_channels"}
    assert {"metadata", "created_by", "expires_at", "is_sent", "updated_at"} <= set(tables["notifications"]["only_in_db"])
    assert {"updated_by", "created_by", "updated_at"} <= set(tables["users_actions"]["only_in_db"])
    renames = {(r["table"], r["model_column"], r["db_column"]) for r in document["rename_candidates"] if r["accepted"]}
    assert {("notifications", "user_id", "users_id"), ("users_sessions", "last_activity", "last_activity_at")} <= renames
    titles = [r["title"] for r in document["recommendations"]]
    assert titles[:4] == ["Critical column mismatches", "Missing tables", "Primary and foreign keys",
                          "Nullable constraints"]
    text = render_report_markdown(report)
    for heading in ("### Missing classes (3 tables)", "#### notifications", "### Primary key mismatches",
                    "### Nullable mismatches", "## Rename candidates"):
        assert heading in text
