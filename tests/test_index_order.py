"""Index key elements with their sort order (``Index.elements``) through every layer: the
catalog reader, the model reader (checked against the indexes SQLAlchemy itself creates),
the comparison, the planner's choice of form, the codemod, the docs and the snapshot."""

from __future__ import annotations

from dataclasses import replace

import psycopg2
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelset_builder import model_set, model_table
from sqlalchemy.dialects import postgresql
from test_codemods import FLASK, MAPPED, execute
from test_docs import name_tuples, texts

from schema_inspector.codemods.apply import edit_source
from schema_inspector.introspect.docs import parse_markdown, render_markdown
from schema_inspector.introspect.index_elements import (
    index_fields,
    key_parts,
    split_sort,
)
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    Index,
    PrimaryKey,
    Schema,
    Table,
)
from schema_inspector.planner.actions import AddIndex, DropColumn
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.compare import compare
from schema_inspector.planner.options import PlannerOptions
from schema_inspector.planner.schema_diff import diff_schemas

INDEX_SQL = """
CREATE TABLE t (id serial PRIMARY KEY, a integer, "B c" text, "user" integer);
CREATE INDEX ix_desc ON t (a, "B c" DESC);
CREATE INDEX ix_nulls ON t (lower("B c") DESC NULLS LAST, a NULLS FIRST);
CREATE INDEX ix_keyword ON t ("user" DESC NULLS FIRST, a ASC NULLS LAST);
CREATE INDEX ix_expression_first ON t (lower("B c"), a);
CREATE INDEX ix_plain ON t (a, lower("B c"));
CREATE INDEX ix_hash ON t USING hash (a);
"""


@pytest.fixture(scope="module")
def indexes(pg):
    [table] = read_schema(pg.new_database(INDEX_SQL)).tables
    return {index.name: index for index in table.indexes}


def test_the_catalog_reader_keeps_the_sort_order(indexes):
    assert indexes["ix_desc"] == Index("ix_desc", ("a", "B c"), elements=("a", '"B c" DESC'))
    assert indexes["ix_nulls"] == Index(
        "ix_nulls", ("a",), expressions=('lower("B c")',), elements=('lower("B c") DESC NULLS LAST', "a NULLS FIRST")
    )
    # PostgreSQL's own quoting of a keyword; DESC NULLS FIRST and ASC NULLS LAST are defaults
    assert indexes["ix_keyword"] == Index("ix_keyword", ("user", "a"), elements=('"user" DESC', "a"))
    assert indexes["ix_expression_first"] == Index(
        "ix_expression_first", ("a",), expressions=('lower("B c")',), elements=('lower("B c")', "a")
    )


def test_elements_stay_empty_when_the_key_is_columns_then_expressions_ascending(indexes):
    assert indexes["ix_plain"] == Index("ix_plain", ("a",), expressions=('lower("B c")',))
    assert indexes["ix_hash"] == Index("ix_hash", ("a",), method="hash")
    assert indexes["ix_plain"].key_elements == ("a", 'lower("B c")')


@pytest.mark.parametrize("written, parsed", [
    ("b", ("b", False, False)),
    ("b DESC", ("b", True, True)),
    ("b desc nulls last", ("b", True, False)),
    ("b ASC", ("b", False, False)),
    ("b ASC NULLS FIRST", ("b", False, True)),
    ("b NULLS FIRST", ("b", False, True)),
    ("lower(b) DESC", ("lower(b)", True, True)),
    ('"my desc"', ('"my desc"', False, False)),
    ("DESC", ("DESC", False, False)),
])
def test_sort_options_are_read_with_postgresqls_nulls_defaults(written, parsed):
    assert split_sort(written) == parsed


def test_the_same_key_always_gives_the_same_fields():
    for elements in [("a", "b DESC"), ('"a"', "b desc nulls first"), ("a ASC", "b DESC")]:
        assert index_fields(key_parts(("a", "b"), (), elements)) == (("a", "b"), (), ("a", "b DESC"))
    assert index_fields(key_parts(("a",), ("lower(b)",), ("a", "lower(b) ASC NULLS LAST"))) == (
        ("a",), ("lower(b)",), ()
    )


# -- the model reader, and SQLAlchemy's own indexes as the judge -------------------------------

MODELS = """
from sqlalchemy import Column, Index, Integer, Text, desc, text
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    a = Column(Integer)
    name = Column("Name", Text)
    b = Column(Text)
    __table_args__ = (
        Index("ix_text", "a", text("b DESC")),
        Index("ix_methods", a.desc(), desc(b)),
        Index("ix_expression_first", text("lower(b)"), "a"),
        Index("ix_plain", "a", text("lower(b)")),
        Index("ix_quoted", text('"Name" DESC NULLS LAST'), name.nulls_first()),
        Index("ix_defaults", text("b"), text("a ASC NULLS LAST")),
    )


Index("ix_module", T.a.desc().nulls_last())
"""

EXPECTED_MODEL_INDEXES = {
    "ix_text": Index("ix_text", ("a", "b"), elements=("a", "b DESC")),
    "ix_methods": Index("ix_methods", ("a", "b"), elements=("a DESC", "b DESC")),
    "ix_expression_first": Index("ix_expression_first", ("a",), expressions=("lower(b)",), elements=("lower(b)", "a")),
    "ix_plain": Index("ix_plain", ("a",), expressions=("lower(b)",)),
    "ix_quoted": Index("ix_quoted", ("Name", "Name"), elements=('"Name" DESC NULLS LAST', '"Name" NULLS FIRST')),
    "ix_defaults": Index("ix_defaults", ("b", "a")),
    "ix_module": Index("ix_module", ("a",), elements=("a DESC NULLS LAST",)),
}


def test_the_model_reader_keeps_the_sort_order(tmp_path):
    path = tmp_path / "models.py"
    path.write_text(MODELS, encoding="utf-8")
    models = read_models(path)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert {index.name: index for index in table.indexes} == EXPECTED_MODEL_INDEXES


def test_the_model_reader_agrees_with_the_indexes_sqlalchemy_creates(pg, tmp_path):
    path = tmp_path / "models.py"
    path.write_text(MODELS, encoding="utf-8")
    [written] = read_models(path).schema.tables
    namespace: dict = {}
    exec(compile(MODELS, str(path), "exec"), namespace)
    url = pg.new_database()
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(url))
    namespace["Base"].metadata.create_all(engine)
    engine.dispose()
    [created] = read_schema(url).tables
    truth = {index.name: index for index in created.indexes}
    model = {index.name: index for index in written.indexes}
    assert set(truth) == set(model)
    # same key, element by element (PostgreSQL prints lower(b) as lower(b), quotes "Name")
    items = compare(Schema(tables=(created,)), model_set(Schema(tables=(model_table(written),))))
    assert [item.message for item in items if item.kind == "index"] == []
    assert truth["ix_text"].elements == ("a", "b DESC")


# -- comparison --------------------------------------------------------------------------

INT, TEXT = ColumnType("integer"), ColumnType("text")


def _table(*indexes: Index) -> Table:
    return Table(
        "t", columns=(Column("id", INT, nullable=False), Column("a", INT), Column("b", TEXT)),
        primary_key=PrimaryKey(("id",)), indexes=indexes,
    )


def _index_items(truth: Index, model: Index) -> list:
    items = compare(Schema(tables=(_table(truth),)), model_set(Schema(tables=(model_table(_table(model)),))))
    return [(item.kind, item.expected, item.actual) for item in items]


@pytest.mark.parametrize("model", [
    Index("ix", ("a", "b"), elements=("a", "b DESC")),
    Index("ix", ("a", "b"), elements=("a", '"b" desc')),
    Index("ix", ("a", "b"), elements=("a", "b DESC NULLS FIRST")),
])
def test_the_same_sort_order_is_the_same_index(model):
    assert _index_items(Index("ix", ("a", "b"), elements=("a", "b DESC")), model) == []


@pytest.mark.parametrize("model", [
    Index("ix", ("a", "b")),
    Index("ix", ("a", "b"), elements=("a", "b DESC NULLS LAST")),
    Index("ix", ("a", "b"), elements=("a DESC", "b DESC")),
    Index("ix", ("a", "b"), elements=("b DESC", "a")),
])
def test_a_sort_order_that_differs_is_an_index_discrepancy(model):
    truth = Index("ix", ("a", "b"), elements=("a", "b DESC"))
    assert _index_items(truth, model) == [("index", "ix (a, b DESC)", f"ix ({', '.join(model.key_elements)})")]


def test_elements_in_another_order_differ_as_alembic_compares_them_in_order():
    truth = Index("ix", ("a",), expressions=("lower(b)",), elements=("lower(b)", "a"))
    assert [kind for kind, _, _ in _index_items(truth, Index("ix", ("a",), expressions=("lower(b)",)))] == ["index"]


def test_a_sorted_one_column_index_is_an_item_not_index_true():
    truth = _table(Index("ix_t_a", ("a",), elements=("a DESC",)))
    plan = build_plan(Schema(tables=(truth,)), model_set(Schema(tables=(model_table(truth, indexes=()),))),
                      PlannerOptions())
    [action] = plan.actions
    assert isinstance(action, AddIndex) and action.attribute is None
    assert "ix_t_a (a DESC)" in action.reason


# -- codemod -------------------------------------------------------------------------------


@pytest.mark.parametrize("style", [0, 1], ids=["flask", "mapped"])
def test_a_sorted_index_is_written_as_text_and_sqlalchemy_builds_it(style):
    definition = Index("ix_post_user_title", ("user_id", "title"), elements=("user_id", "title DESC NULLS LAST"))
    action = AddIndex(file="models.py", class_name="Post", table="post", reason="t", definition=definition)
    source = (FLASK, MAPPED)[style]
    prefix = ("db.", "")[style]
    # the item on one line where it fits the file's 79 columns, else wrapped as black would
    item = (f'        {prefix}Index("ix_post_user_title", "user_id", {prefix}text("title DESC NULLS LAST")),\n'
            if style else
            '        db.Index(\n            "ix_post_user_title", "user_id", db.text("title DESC NULLS LAST")\n        ),\n')
    after = source.replace('    __tablename__ = "post"\n', f'    __tablename__ = "post"\n    __table_args__ = (\n{item}    )\n')
    if style:
        after = after.replace("from sqlalchemy import ForeignKey, Integer, String, Text\n",
                              "from sqlalchemy import ForeignKey, Index, Integer, String, Text, text\n")
    assert edit_source(source, [action]) == after
    assert edit_source(after, [action]) == after
    [index] = execute(after)["Post"].__table__.indexes
    ddl = str(sa.schema.CreateIndex(index).compile(dialect=postgresql.dialect()))
    assert ddl == "CREATE INDEX ix_post_user_title ON post (user_id, title DESC NULLS LAST)"


def test_a_plain_column_of_a_sorted_index_is_named_as_the_class_still_names_it():
    definition = Index("ix_post_author", ("author_id", "title"), elements=("author_id", "title DESC"))
    action = AddIndex(file="models.py", class_name="Post", table="post", reason="t", definition=definition,
                      model_columns=("user_id", "title"))
    out = edit_source(FLASK, [action])
    assert 'db.Index("ix_post_author", "user_id", db.text("title DESC")),' in out
    execute(out)


def test_dropping_a_column_drops_the_sorted_indexes_that_list_it():
    table_args = (
        "    __table_args__ = (\n"
        '        db.Index("ix_post_slug_text", "title", db.text("slug DESC")),\n'
        '        db.Index("ix_post_slug_method", slug.desc().nulls_last()),\n'
        '        db.Index("ix_post_title", db.text("title DESC")),\n'
        "    )\n"
    )
    source = FLASK + table_args
    drop = DropColumn(file="models.py", class_name="Post", table="post", reason="t", attribute="slug", column="slug")
    after = edit_source(source, [drop])
    assert after == source.replace("    slug = db.Column(db.String(20), nullable=False)\n", "").replace(
        '        db.Index("ix_post_slug_text", "title", db.text("slug DESC")),\n'
        '        db.Index("ix_post_slug_method", slug.desc().nulls_last()),\n', ""
    )
    assert {i.name for i in execute(after)["Post"].__table__.indexes} == {"ix_post_title"}


# -- docs, snapshot, validate ------------------------------------------------------------------


def test_docs_show_the_key_order_and_read_it_back(indexes):
    table = Table("t", columns=(Column("a", INT, position=1),), indexes=tuple(indexes.values()))
    schema = Schema(tables=(table,))
    text = render_markdown(schema)
    assert "| Name | Columns | Expressions | Key order | Unique | Method | Where |" in text
    assert '| ix_desc | a, B c |  | a, "B c" DESC | no | btree |  |' in text
    assert parse_markdown(text) == schema
    assert Schema.from_json(schema.to_json()) == schema


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.builds(Index, name=st.none() | texts, columns=name_tuples, expressions=name_tuples,
                          elements=name_tuples, where=st.none() | texts), max_size=3))
def test_any_elements_round_trip_through_docs_and_snapshot(generated):
    schema = Schema(tables=(Table("t", indexes=tuple(generated)),))
    assert parse_markdown(render_markdown(schema)) == schema
    assert Schema.from_json(schema.to_json()) == schema


def test_validate_reports_a_sort_order_the_docs_lack(indexes):
    database = Schema(tables=(Table("t", indexes=(indexes["ix_desc"],)),))
    docs = Schema(tables=(Table("t", indexes=(replace(indexes["ix_desc"], elements=()),)),))
    [item] = diff_schemas(database, docs)
    assert (item.kind, item.expected, item.actual) == (
        "index", 'ix_desc USING btree (a, "B c" DESC)', 'ix_desc USING btree (a, "B c")'
    )
