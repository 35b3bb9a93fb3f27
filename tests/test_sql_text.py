"""Index expressions and predicates compare by meaning (``planner.compare.sql_text``)."""

from __future__ import annotations

import pytest

from schema_inspector.planner.compare.sql_text import (
    canonical_expression,
    canonical_predicate,
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
])
def test_equivalent_expressions_are_equal(database, model):
    assert canonical_expression(database) == canonical_expression(model)


@pytest.mark.parametrize("database, model", [
    ("(status)::text = ANY (ARRAY['open'::character varying, 'held'::character varying]::text[])",
     "status IN ('open', 'held')"),
    ("x <> ALL (ARRAY[1, 2])", "x NOT IN (1, 2)"),
    ("ingested_at > '2020-01-01 00:00:00'::timestamp without time zone", "ingested_at > '2020-01-01'"),
    ("(((status)::text = 'open'::text) AND (name IS NOT NULL))", "status = 'open' AND name IS NOT NULL"),
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
])
def test_different_predicates_differ(database, model):
    assert canonical_predicate(database) != canonical_predicate(model)


def test_text_the_parser_rejects_is_reduced_as_text():
    assert canonical_expression("func.lower(Item.name") == "func.lower(item.name"
    assert canonical_predicate(None) is None
