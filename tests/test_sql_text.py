"""Index expressions and predicates compare by meaning (``planner.compare.sql_text``)."""

from __future__ import annotations

import pytest

from schema_inspector.planner.compare.sql_text import (
    canonical_expression,
    canonical_predicate,
    column_references,
    renamed_at,
)


@pytest.mark.parametrize("database, model", [
    ("lower((name)::text)", "lower(name)"),
    ("lower(name::text)", "LOWER( name )"),
    ('upper("Email"::text)', "upper(Email)"),
    ("COALESCE(x, 0)", "coalesce(x, 0)"),
    # a JSONB element: the operator (SQLAlchemy before PostgreSQL 14) or the subscript
    ("(jsonb_blob -> 'nURkuc'::text)", "jsonb_blob['nURkuc']"),
    ("(blob['answers'::text])", "blob -> 'answers'"),
    ("((a -> 'x'::text) -> 'y'::text)", "a['x']['y']"),
    ("lower((name)::text)", 'lower(public."Users".name)'),  # the table's own column, qualified
])
def test_equivalent_expressions_are_equal(database, model):
    assert canonical_expression(database) == canonical_expression(model)


@pytest.mark.parametrize("database, model", [
    ("(status)::text = ANY (ARRAY['open'::character varying, 'held'::character varying]::text[])",
     "status IN ('open', 'held')"),
    ("x <> ALL (ARRAY[1, 2])", "x NOT IN (1, 2)"),
    ("ingested_at > '2020-01-01 00:00:00'::timestamp without time zone", "ingested_at > '2020-01-01'"),
    ("(((status)::text = 'open'::text) AND (name IS NOT NULL))", "status = 'open' AND name IS NOT NULL"),
    # dci-control-server: ``postgresql_where=text("components.state = 'active' AND ...")``
    ("((state = 'active'::states) AND (team_id IS NULL))",
     "components.state = 'active' AND components.team_id IS NULL"),
])
def test_equivalent_predicates_are_equal(database, model):
    assert canonical_predicate(database) == canonical_predicate(model)


@pytest.mark.parametrize("database, model", [
    ("lower(name)", "upper(name)"),
    ("x + 1", "x + 2"),
    ("blob ->> 'k'", "blob['k']"),  # text, not jsonb
    ("blob -> 'k'", "blob -> 'j'"),
])
def test_different_expressions_differ(database, model):
    assert canonical_expression(database) != canonical_expression(model)


@pytest.mark.parametrize("database, model", [
    ("status = ANY (ARRAY['open', 'held'])", "status IN ('open')"),
    ("ingested_at > '2020-01-01 00:00:00'", "ingested_at > '2020-01-02'"),
    ("a AND b", "a OR b"),
    ("t.a = 1", "t.b = 1"),
])
def test_different_predicates_differ(database, model):
    assert canonical_predicate(database) != canonical_predicate(model)


def test_text_the_parser_rejects_is_reduced_as_text():
    assert canonical_expression("func.lower(Item.name") == "func.lower(item.name"
    assert canonical_predicate(None) is None


@pytest.mark.parametrize("sql, old, new, expected", [
    ("-90 <= latitude and LATITUDE <= 90 and 'latitude' <> ''", "latitude", "lat",
     "-90 <= lat and lat <= 90 and 'latitude' <> ''"),
    # a keyword, a type, a function or a cast of the same spelling is no reference to the column
    ("extract(year FROM now()) > 0 AND year > 1", "year", "yr", "extract(year FROM now()) > 0 AND yr > 1"),
    ("date >= date '2000-01-01' AND length(code) > 0 AND kind::text = 'x'", "date", "day",
     "day >= date '2000-01-01' AND length(code) > 0 AND kind::text = 'x'"),
    ("length(code) > 2", "length", "size", "length(code) > 2"),
    # another column's quoted name, and names of other letters, stay
    ('"Nom" <> \'\' AND prénom <> nom', "nom", "name", '"Nom" <> \'\' AND prénom <> name'),
    ('"Lat" <= 90', "Lat", '"Latitude"', '"Latitude" <= 90'),
    # qualified by its table (and schema): a check reads its own table's columns only
    ("tries <= public.runs.intid AND \"Runs\" . intid > 0 AND runs.intidx > 0", "intid", "seq",
     "tries <= public.runs.seq AND \"Runs\" . seq > 0 AND runs.intidx > 0"),
])
def test_a_check_s_references_to_a_column_follow_its_new_name(sql, old, new, expected):
    assert renamed_at(sql, column_references(sql, old) or [], new) == expected


def test_a_check_the_parser_rejects_is_left_as_it_is():
    assert column_references("latitude <= 90 AND (", "latitude") is None
