"""The SQLAlchemy <-> PostgreSQL type mapping, checked against a real server."""

from __future__ import annotations

import psycopg2
import pytest
import sqlalchemy as sa
from type_oracle import sqlalchemy_type

from schema_inspector.introspect.schema import ColumnType as T
from schema_inspector.introspect.sqltypes import (
    TypeSpelling,
    canonical,
    column_type_from_sqlalchemy,
    sqlalchemy_spelling,
    types_equivalent,
)


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "expected"),
    [
        ("String", (), {}, T("character varying")),
        ("String", (50,), {}, T("character varying", length=50)),
        ("String", (), {"length": 20}, T("character varying", length=20)),
        ("VARCHAR", (10,), {}, T("character varying", length=10)),
        ("Unicode", (5,), {}, T("character varying", length=5)),
        ("String", (0,), {}, T("character varying")),  # openFEC's String(0): SQLAlchemy writes VARCHAR
        ("CHAR", (0,), {}, T("character", length=1)),  # CHAR: character(1)
        ("Integer", (), {}, T("integer")),
        ("INTEGER", (), {}, T("integer")),
        ("BigInteger", (), {}, T("bigint")),
        ("SmallInteger", (), {}, T("smallint")),
        ("Numeric", (), {}, T("numeric")),
        ("Numeric", (3, 1), {}, T("numeric", precision=3, scale=1)),
        ("Numeric", (10,), {}, T("numeric", precision=10, scale=0)),
        ("DECIMAL", (), {"precision": 8, "scale": 2}, T("numeric", precision=8, scale=2)),
        ("Float", (), {}, T("double precision")),
        ("Float", (24,), {}, T("real")),
        ("Float", (0,), {}, T("double precision")),  # SQLAlchemy writes FLOAT, no precision
        ("Float", (), {"precision": 53}, T("double precision")),
        ("Double", (), {}, T("double precision")),
        ("DOUBLE_PRECISION", (), {}, T("double precision")),
        ("REAL", (), {}, T("real")),
        ("Boolean", (), {}, T("boolean")),
        ("Text", (), {}, T("text")),
        ("UnicodeText", (), {}, T("text")),
        ("Date", (), {}, T("date")),
        ("DateTime", (), {}, T("timestamp without time zone")),
        ("DateTime", (True,), {}, T("timestamp with time zone")),
        ("DateTime", (), {"timezone": True}, T("timestamp with time zone")),
        ("TIMESTAMP", (), {"timezone": False, "precision": 3}, T("timestamp without time zone", precision=3)),
        ("Time", (), {}, T("time without time zone")),
        ("TIME", (), {"timezone": True}, T("time with time zone")),
        ("Interval", (), {}, T("interval")),
        ("INTERVAL", (), {"precision": 2}, T("interval", precision=2)),
        ("LargeBinary", (), {}, T("bytea")),
        ("BYTEA", (), {}, T("bytea")),
        ("JSON", (), {}, T("json")),
        ("JSONB", (), {}, T("jsonb")),
        ("UUID", (), {"as_uuid": True}, T("uuid")),
        ("Uuid", (), {}, T("uuid")),
        ("INET", (), {}, T("inet")),
        ("CIDR", (), {}, T("cidr")),
        ("MACADDR", (), {}, T("macaddr")),
        ("CHAR", (), {}, T("character", length=1)),
        ("CHAR", (3,), {}, T("character", length=3)),
        ("TSVECTOR", (), {}, T("tsvector")),
        ("MONEY", (), {}, T("money")),
        ("BIT", (), {}, T("bit", length=1)),
        ("BIT", (8,), {}, T("bit", length=8)),
        ("BIT", (), {"varying": True}, T("bit varying")),
        ("ARRAY", (T("integer"),), {}, T("integer", dimensions=1)),
        ("ARRAY", (T("text"),), {"dimensions": 2}, T("text", dimensions=2)),
        ("Enum", ("a", "b"), {"name": "mood"}, T("mood", kind="enum")),
        ("Enum", ("a",), {"name": "mood", "schema": "app"}, T("mood", kind="enum", type_schema="app")),
        ("Enum", ("ab", "abcd"), {"native_enum": False}, T("character varying", length=4)),
    ],
)
def test_column_type_from_sqlalchemy(name, args, kwargs, expected):
    assert column_type_from_sqlalchemy(name, args, kwargs) == expected


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("MyDecoratedType", (), {}),  # user TypeDecorator: unknown, never guessed
        ("String", ("LENGTH_FROM_A_VARIABLE",), {}),  # not a literal length
        ("Enum", ("a", "b"), {}),  # a native enum needs a name
        ("ARRAY", ("not a type",), {}),
    ],
)
def test_unknown_or_undecidable_types_are_none(name, args, kwargs):
    assert column_type_from_sqlalchemy(name, args, kwargs) is None


@pytest.mark.parametrize(
    ("column_type", "rendered"),
    [
        (T("integer"), "db.Integer"),
        (T("character varying", length=50), "db.String(50)"),
        (T("character varying"), "db.String"),
        (T("numeric", precision=3, scale=1), "db.Numeric(3, 1)"),
        (T("timestamp with time zone"), "db.DateTime(timezone=True)"),
        (T("timestamp without time zone"), "db.DateTime"),
        (T("double precision"), "db.Double"),
        (T("jsonb"), "postgresql.JSONB"),
        (T("integer", dimensions=1), "postgresql.ARRAY(db.Integer)"),
        (T("mood", kind="enum"), "db.Enum('happy', \"it's\", name='mood')"),
    ],
)
def test_spelling_renders_python_source(column_type, rendered):
    spelling = sqlalchemy_spelling(column_type, enum_labels=("happy", "it's"))
    qualifier = "postgresql" if spelling.module.endswith("postgresql") else "db"
    assert spelling.render(qualifier, inner_qualifier="db") == rendered


def test_spelling_lists_every_module_it_needs():
    spelling = sqlalchemy_spelling(T("character varying", length=5, dimensions=1))
    assert spelling.modules == {"sqlalchemy", "sqlalchemy.dialects.postgresql"}


def test_types_without_sqlalchemy_class_have_no_spelling():
    assert sqlalchemy_spelling(T("xml")) is None
    assert sqlalchemy_spelling(T("us_postal_code", kind="domain")) is None


def test_spelling_is_frozen_and_hashable():
    spelling = TypeSpelling("String", args=(5,))
    assert {spelling: 1}[TypeSpelling("String", args=(5,))] == 1


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (T("integer"), T("integer"), "same"),
        (T("integer"), T("int4"), "cosmetic"),
        (T("integer"), T("INTEGER"), "cosmetic"),
        (T("double precision"), T("float"), "cosmetic"),
        (T("timestamp without time zone", precision=6), T("timestamp without time zone"), "cosmetic"),
        (T("timestamp"), T("timestamp without time zone"), "cosmetic"),
        (T("numeric", precision=10), T("numeric", precision=10, scale=0), "cosmetic"),
        (T("character"), T("character", length=1), "cosmetic"),
        (T("text", dimensions=2), T("text", dimensions=1), "cosmetic"),
        (T("mood", kind="enum", type_schema="public"), T("mood", kind="enum"), "cosmetic"),
        (T("json"), T("jsonb"), "warning"),
        (T("character varying"), T("text"), "warning"),
        (T("character varying", length=50), T("character varying", length=100), "warning"),
        (T("character varying"), T("character varying", length=50), "warning"),
        (T("numeric", precision=3, scale=1), T("numeric", precision=5, scale=2), "warning"),
        (T("numeric"), T("numeric", precision=3, scale=1), "warning"),
        (T("character varying"), T("inet"), "warning"),
        (T("timestamp with time zone"), T("timestamp without time zone"), "warning"),
        (T("timestamp without time zone", precision=3), T("timestamp without time zone"), "warning"),
        (T("integer"), T("bigint"), "warning"),
        (T("integer"), T("numeric"), "warning"),
        (T("mood", kind="enum"), T("character varying"), "warning"),
        (T("mood", kind="enum"), T("feeling", kind="enum"), "warning"),
        (T("integer"), T("text"), "critical"),
        (T("boolean"), T("integer"), "critical"),
        (T("uuid"), T("integer"), "critical"),
        (T("integer", dimensions=1), T("integer"), "critical"),
        (T("integer", dimensions=1), T("text", dimensions=1), "critical"),
    ],
)
def test_types_equivalent(a, b, verdict):
    assert types_equivalent(a, b) == verdict
    assert types_equivalent(b, a) == verdict


# -- round trip through a real PostgreSQL ------------------------------------------------

ROUND_TRIP = [
    T("integer"),
    T("bigint"),
    T("smallint"),
    T("numeric"),
    T("numeric", precision=3, scale=1),
    T("numeric", precision=12, scale=0),
    T("double precision"),
    T("real"),
    T("boolean"),
    T("text"),
    T("character varying"),
    T("character varying", length=50),
    T("character", length=1),
    T("character", length=7),
    T("date"),
    T("timestamp without time zone"),
    T("timestamp with time zone"),
    T("timestamp without time zone", precision=3),
    T("timestamp with time zone", precision=0),
    T("time without time zone"),
    T("time with time zone"),
    T("time without time zone", precision=2),
    T("interval"),
    T("interval", precision=3),
    T("bytea"),
    T("json"),
    T("jsonb"),
    T("uuid"),
    T("inet"),
    T("cidr"),
    T("macaddr"),
    T("macaddr8"),
    T("money"),
    T("tsvector"),
    T("tsquery"),
    T("bit", length=1),
    T("bit", length=8),
    T("bit varying"),
    T("bit varying", length=16),
    T("int4range"),
    T("tstzrange"),
    T("integer", dimensions=1),
    T("character varying", length=20, dimensions=1),
    T("mood", kind="enum"),
    T("mood", kind="enum", dimensions=1),
]


def _read_back(url: str) -> dict[str, str]:
    """Column name -> format_type(atttypid, atttypmod) for table ``probe``."""
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                "WHERE attrelid = 'probe'::regclass AND attnum > 0 AND NOT attisdropped"
            )
            return dict(cur.fetchall())
    finally:
        conn.close()


def test_spelling_round_trips_through_postgresql(db):
    metadata = sa.MetaData()
    columns = []
    for index, column_type in enumerate(ROUND_TRIP):
        spelling = sqlalchemy_spelling(column_type, enum_labels=("sad", "ok", "happy"))
        columns.append(sa.Column(f"c{index}", sqlalchemy_type(spelling)))
    sa.Table("probe", metadata, sa.Column("id", sa.Integer, primary_key=True), *columns)
    engine = sa.create_engine(db.replace("postgresql://", "postgresql+psycopg2://", 1))
    try:
        metadata.create_all(engine)
    finally:
        engine.dispose()
    stored = _read_back(db)
    for index, column_type in enumerate(ROUND_TRIP):
        # format_type prints e.g. "numeric(3,1)" / "timestamp(3) without time zone" /
        # "character varying(20)[]": exactly ColumnType.render() of a canonical type.
        assert stored[f"c{index}"] == column_type.render(), column_type


def test_sqlalchemy_names_agree_with_their_spelling():
    """Reading a spelling back gives the type it was made from (the two maps agree)."""
    for column_type in ROUND_TRIP:
        spelling = sqlalchemy_spelling(column_type, enum_labels=("a",))
        args = tuple(spelling.args)
        if spelling.inner is not None:
            inner = column_type_from_sqlalchemy(
                spelling.inner.name, spelling.inner.args, dict(spelling.inner.kwargs)
            )
            args = (inner,) + args
        back = column_type_from_sqlalchemy(spelling.name, args, dict(spelling.kwargs))
        assert canonical(back) == canonical(column_type), column_type
