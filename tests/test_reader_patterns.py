"""Patterns real projects write, read right (issue 11, section 2). Each reads one of our
own trees in ``tests/model_trees`` (``test_every_fixture_no_drift.py`` also checks that a
database created from each tree gives a plan without code actions)."""

from __future__ import annotations

from pathlib import Path

from schema_inspector.introspect.source import read_models

TREES = Path(__file__).resolve().parent / "model_trees"


def columns(models, table: str) -> dict:
    found = next(t for t in models.schema.tables if t.name == table)
    return {c.name: c for c in found.columns}


def test_annotated_aliases_with_a_mapped_column_are_columns_whatever_the_python_type():
    models = read_models(TREES / "annotated_alias")
    dataset = columns(models, "dataset")
    assert [(n, c.type.name, c.type.dimensions, c.nullable) for n, c in dataset.items()] == [
        ("id", "integer", 0, False),
        ("user_metadata", "jsonb", 0, False),  # Annotated[dict[str, Any], mapped_column(JSONB, nullable=False)]
        ("tags", "character varying", 1, True),
        ("labels", "character varying", 1, True),  # Mapped[Optional[Labels]]
    ]
    assert models.unresolved == ()
