"""database_schema.md: render -> parse gives the same Schema back, on real databases with
hostile text and on generated schemas; the page stays safe markdown; keep-sections survive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schema_inspector.introspect.db_option import load_schema
from schema_inspector.introspect.docs import (
    DIAGRAM_TABLE_LIMIT,
    KEEP_CLOSE,
    KEEP_OPEN,
    escape,
    parse_markdown,
    render_markdown,
    split_row,
    unescape,
)
from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.schema import (
    CheckConstraint,
    Column,
    ColumnType,
    Domain,
    Enum,
    ForeignKey,
    Index,
    PrimaryKey,
    Schema,
    Table,
    UniqueConstraint,
)
from schema_inspector.planner.schema_diff import diff_schemas

SEED_SQL = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "schema.sql"

HOSTILE = [
    "a|b", "<script>alert(1)</script>", "`tick`", "line\nbreak", "# heading", "- item", "1. one",
    "tab\there", " lead", "trail ", "", '""', "é\u00e9ß漢字🙂", "back\\slash", "&amp;", "<!-- x -->",
    "_under_", "*star*", "[link](x)", "a,b", "a.b", "(x)", "x[]", "\r\n", "\u2028", "$x$", "~~s~~",
    "--> |", "<br>", "&#124;", "\\|", "=", "---", "> quote", "+", "GENERATED ALWAYS AS IDENTITY",
    "x COLLATE y",
]

texts = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
)
optional_texts = st.none() | texts
names = st.tuples(texts).map(lambda t: t[0]) | st.sampled_from(["id", "users_id", "created_at"])
name_tuples = st.lists(texts, max_size=3).map(tuple)

column_types = st.builds(
    ColumnType,
    name=st.sampled_from(["integer", "character varying", "numeric", "timestamp with time zone",
                          "time without time zone", "jsonb", "status", "bit"]) | texts,
    length=st.none() | st.integers(0, 10_000),
    precision=st.none() | st.integers(0, 1000),
    scale=st.none() | st.integers(-5, 1000),
    dimensions=st.integers(0, 3),
    kind=st.sampled_from(["base", "enum", "domain", "composite", "range"]),
    type_schema=st.sampled_from([None, "public", "pg_catalog", "audit"]) | texts,
)
columns = st.builds(
    Column,
    name=names, type=column_types, nullable=st.booleans(), default=optional_texts,
    identity=st.sampled_from([None, "always", "by default"]) | optional_texts,
    generated=optional_texts, generated_kind=st.sampled_from([None, "stored", "virtual"]),
    collation=optional_texts, comment=optional_texts, position=st.integers(0, 1600),
)
foreign_keys = st.builds(
    ForeignKey,
    columns=name_tuples, target_table=texts, target_columns=name_tuples,
    target_schema=st.sampled_from([None, "public", "audit"]) | texts, name=optional_texts,
    ondelete=st.sampled_from([None, "CASCADE", "SET NULL"]) | optional_texts, onupdate=optional_texts,
    deferrable=st.booleans(), initially_deferred=st.booleans(), enforced=st.booleans(), valid=st.booleans(),
)
tables = st.builds(
    Table,
    name=names,
    schema=st.sampled_from([None, "public", "audit"]) | texts,
    kind=st.sampled_from(["table", "partitioned table", "view", "materialized view"]) | texts,
    columns=st.lists(columns, max_size=4).map(tuple),
    primary_key=st.none() | st.builds(PrimaryKey, columns=name_tuples, name=optional_texts),
    foreign_keys=st.lists(foreign_keys, max_size=2).map(tuple),
    unique_constraints=st.lists(
        st.builds(UniqueConstraint, columns=name_tuples, name=optional_texts, nulls_not_distinct=st.booleans()),
        max_size=2,
    ).map(tuple),
    indexes=st.lists(
        st.builds(Index, name=optional_texts, columns=name_tuples, unique=st.booleans(),
                  method=st.sampled_from(["btree", "gin"]) | texts, where=optional_texts,
                  expressions=name_tuples),
        max_size=2,
    ).map(tuple),
    check_constraints=st.lists(
        st.builds(CheckConstraint, expression=texts, name=optional_texts, enforced=st.booleans(),
                  valid=st.booleans()),
        max_size=2,
    ).map(tuple),
    comment=optional_texts,
)
schemas = st.builds(
    Schema,
    tables=st.lists(tables, max_size=3).map(tuple),
    views=st.lists(tables, max_size=2).map(tuple),
    enums=st.lists(
        st.builds(Enum, name=names, labels=name_tuples, schema=st.sampled_from([None, "public"]) | texts),
        max_size=2,
    ).map(tuple),
    domains=st.lists(
        st.builds(Domain, name=names, type=column_types, nullable=st.booleans(), default=optional_texts,
                  checks=name_tuples, schema=st.sampled_from([None, "public"]) | texts),
        max_size=2,
    ).map(tuple),
    schemas=name_tuples,
    server_version=optional_texts,
)


# -- escaping ----------------------------------------------------------------------------

@given(texts, st.sampled_from(["", ",", ".", ".()[],"]))
def test_escape_is_exactly_reversible_and_leaves_no_markup(text, extra):
    escaped = escape(text, extra)
    assert unescape(escaped) == text
    assert "\n" not in escaped and "\r" not in escaped
    assert "<" not in escaped.replace("<br>", "")
    assert len(split_row(f"| {escaped} | x |")) == 2


def test_escape_keeps_ordinary_names_readable():
    assert escape("users_id") == "users_id"
    assert escape("now()") == "now()"
    assert escape("_private") == "\\_private"
    assert escape("a|b") == "a\\|b"
    assert escape("<script>") == "&lt;script&gt;"


# -- round trip over generated schemas -------------------------------------------------

@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas)
def test_generated_schemas_round_trip_exactly(schema):
    text = render_markdown(schema)
    assert parse_markdown(text) == schema
    assert render_markdown(schema) == text  # deterministic
    _assert_safe_markdown(text)


def _assert_safe_markdown(text: str) -> None:
    """No raw HTML except <br> and our own comments; every table row has its header's width."""
    in_fence = False
    width = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            # Mermaid's grammar only: entities, their attribute blocks, relationships
            assert re.fullmatch(
                r"( {4}[A-Za-z0-9_]+( [|}o]{2}--o\{ [A-Za-z0-9_]+ : \"[A-Za-z0-9_ ]*\"| \{)?|erDiagram| {4}\}"
                r"| {8}[A-Za-z_][A-Za-z0-9_()\[\]-]* [A-Za-z_][A-Za-z0-9_()\[\]-]*( (PK|FK|UK)(,(PK|FK|UK))*)?)",
                line), line
            continue
        html = re.sub(r"<br>|<!--si:[^>]*-->|<!-- /?schema-inspector:keep -->", "", line)
        assert "<" not in html.replace("`<", ""), f"line {number}: raw HTML in {line!r}"
        cells = split_row(line)
        if cells is None:
            width = None
            continue
        if width is None:
            width = len(cells)
        assert len(cells) == width, f"line {number}: {len(cells)} cells, header has {width}"


# -- real PostgreSQL ---------------------------------------------------------------------

HOSTILE_SQL = r'''
CREATE SCHEMA "odd schema";
CREATE TYPE "mood|x" AS ENUM ('sad', 'ok|fine', '<b>', 'a,b', '', ' lead');
CREATE DOMAIN "pos`int" AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE <> 7);
CREATE TABLE "Parent|Table" (
    "id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "naïve name" text COLLATE "C" DEFAULT 'a|b`c' NOT NULL,
    "x" numeric(5,2) DEFAULT 1.5 CHECK ("x" > 0),
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" varchar(20)[],
    "total" numeric GENERATED ALWAYS AS ("x" * 2) STORED,
    "mood" "mood|x",
    "p" "pos`int",
    "stamp" timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "uniq|name" UNIQUE NULLS NOT DISTINCT ("naïve name", "x")
);
COMMENT ON TABLE "Parent|Table" IS E'# Heading?\n- list\n<script>alert(1)</script> | pipe `code`';
COMMENT ON COLUMN "Parent|Table"."naïve name" IS E'line1\nline2 | 漢字 <b>bold</b>';
CREATE INDEX "lower|idx" ON "Parent|Table" (lower("naïve name"), "x") WHERE "x" > 1;
CREATE UNIQUE INDEX "hash_idx" ON "Parent|Table" USING btree ((coalesce("x", 0)));
CREATE TABLE "odd schema"."child.table" (
    "parent id" integer REFERENCES "Parent|Table" ("id") ON DELETE CASCADE ON UPDATE SET NULL
        DEFERRABLE INITIALLY DEFERRED,
    "note" text DEFAULT E'x\ny'
);
CREATE TABLE no_pk (a int);
ALTER TABLE no_pk ADD CONSTRAINT "chk|a" CHECK (a <> 3) NOT VALID;
CREATE VIEW "v|iew" AS SELECT "id", "x" FROM "Parent|Table";
COMMENT ON VIEW "v|iew" IS 'a view';
'''


@pytest.fixture(scope="module")
def hostile_url(pg):
    return pg.new_database(HOSTILE_SQL)


def test_hostile_database_round_trips_exactly(hostile_url):
    schema = load_schema(hostile_url, ("public", "odd schema"))
    assert schema.table("Parent|Table").comment.startswith("# Heading?")  # the fixture took
    assert len(schema.table("Parent|Table").columns[3].name) == 63
    text = render_markdown(schema)
    assert parse_markdown(text) == schema
    assert render_markdown(schema) == text
    _assert_safe_markdown(text)
    assert "<script>" not in text and "<b>" not in text
    # Ordinary tables need no hidden detail: everything is visible text.
    assert "<!--si:" not in text.split("### no_pk")[1].split("###")[0]


def test_hostile_database_passes_validate(hostile_url):
    schema = load_schema(hostile_url, ("public", "odd schema"))
    assert diff_schemas(schema, parse_markdown(render_markdown(schema))) == []


# -- keep-sections -----------------------------------------------------------------------

def _two_table_schema(comment: str = "first") -> Schema:
    return Schema(tables=(
        Table("a", columns=(Column("id", ColumnType("integer"), position=1),), comment=comment),
        Table("b", columns=(Column("id", ColumnType("integer"), position=1),)),
    ))


def test_keep_sections_survive_regeneration_byte_for_byte():
    first = render_markdown(_two_table_schema())
    note_a = f"{KEEP_OPEN}\nWhy *a* exists: | not a table |\n## not a section\n{KEEP_CLOSE}"
    note_top = f"{KEEP_OPEN}\n  indented  \n{KEEP_CLOSE}"
    edited = first.replace("### a\n", f"### a\n\n{note_a}\n", 1).replace(
        "## Overview\n", f"{note_top}\n\n## Overview\n", 1
    )
    assert parse_markdown(edited) == _two_table_schema()  # notes are not schema

    regenerated = render_markdown(_two_table_schema("changed"), previous=edited)
    assert note_a in regenerated and note_top in regenerated
    assert regenerated.index("### a") < regenerated.index(note_a) < regenerated.index("#### Columns")
    assert parse_markdown(regenerated) == _two_table_schema("changed")
    # Idempotent: regenerating again changes no byte.
    assert render_markdown(_two_table_schema("changed"), previous=regenerated) == regenerated


def test_keep_section_of_a_dropped_table_moves_to_kept_notes():
    note = f"{KEEP_OPEN}\nabout b\n{KEEP_CLOSE}"
    edited = render_markdown(_two_table_schema()).replace("### b\n", f"### b\n\n{note}\n", 1)
    only_a = Schema(tables=_two_table_schema().tables[:1])
    regenerated = render_markdown(only_a, previous=edited)
    assert regenerated.rstrip().endswith(f"## Kept notes\n\n{note}")
    assert parse_markdown(regenerated) == only_a
    assert render_markdown(only_a, previous=regenerated) == regenerated


def test_unbalanced_keep_markers_name_the_line():
    text = render_markdown(_two_table_schema()) + f"\n{KEEP_OPEN}\nnote\n"
    line = text.splitlines().index(KEEP_OPEN) + 1
    with pytest.raises(InputError, match=f"line {line}:"):
        parse_markdown(text)
    with pytest.raises(InputError, match="line"):
        render_markdown(_two_table_schema(), previous=f"{KEEP_CLOSE}\n")


# -- hand-edited, unreadable docs --------------------------------------------------------

@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace("| 1 | id | integer |", "| 1 | id | integer | extra |", 1), "cells"),
    (lambda t: t.replace("| integer | yes |", "| integer | maybe |", 1), "Nullable must be yes or no"),
    (lambda t: t.replace("| 1 | id |", "| one | id |", 1), "must be a number"),
    (lambda t: t.replace("### b\n", "### b\n\nSome prose.\n", 1), "unexpected text"),
    (lambda t: t.replace("## Views", "## Notes", 1), "unknown section"),
    (lambda t: t.replace("#### Columns", "#### Colums", 1), "unknown subsection"),
])
def test_hand_edits_that_cannot_be_read_name_the_line(edit, message):
    text = edit(render_markdown(_two_table_schema()))
    with pytest.raises(InputError, match=rf"line \d+: .*{message}"):
        parse_markdown(text)


# -- diagram -----------------------------------------------------------------------------

def test_large_schemas_get_one_diagram_per_connected_group():
    def table(i: int, target: int | None) -> Table:
        fks = (ForeignKey(("p",), f"t{target}", ("id",), "public"),) if target is not None else ()
        return Table(f"t{i}", columns=(Column("id", ColumnType("integer")), Column("p", ColumnType("integer"))),
                     foreign_keys=fks)

    count = DIAGRAM_TABLE_LIMIT + 10
    # Two chains (t0..t4 and t5..t7) and many tables without foreign keys.
    links = {1: 0, 2: 1, 3: 2, 4: 3, 6: 5, 7: 6}
    schema = Schema(tables=tuple(table(i, links.get(i)) for i in range(count)))
    diagram = render_markdown(schema).split("## Diagram")[1]
    blocks = re.findall(r"```mermaid\n(.*?)```", diagram, re.S)
    assert len(blocks) == 2
    assert blocks[0].count("||") + blocks[0].count("|o") == 4 and "t4" in blocks[0]
    assert "t6" in blocks[1] and "t60" not in diagram
    assert f"{count - 8} tables without foreign keys" in diagram


# -- the seed fixture --------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database(SEED_SQL.read_text(encoding="utf-8"))


def test_seed_docs_validate_clean_then_name_an_added_column(pg, seed_url):
    schema = load_schema(seed_url)
    docs = parse_markdown(render_markdown(schema))
    assert docs == schema
    assert diff_schemas(schema, docs) == []

    drifted_sql = SEED_SQL.read_text(encoding="utf-8") + "\nALTER TABLE users ADD COLUMN nickname varchar(40);\n"
    drifted = load_schema(pg.new_database(drifted_sql))
    found = diff_schemas(drifted, docs)
    assert [(d.table, d.column, d.severity) for d in found] == [("users", "nickname", "critical")]
