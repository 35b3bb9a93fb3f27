"""SQLModel's table classes read as the columns SQLModel makes of their fields, and compared
with the database SQLModel itself created (``SQLModel.metadata.create_all``)."""

from __future__ import annotations

import textwrap

from scenario import Scenario

from schema_inspector.introspect.models import read_models

HEROES = """
    import uuid
    from datetime import datetime
    from decimal import Decimal
    from enum import Enum
    from typing import ClassVar, Optional

    from sqlalchemy import Column, DateTime, text
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlmodel import Field, Relationship, SQLModel


    class Status(str, Enum):
        active = "active"
        retired = "retired"


    class TeamBase(SQLModel):
        name: str = Field(index=True, max_length=255)
        headquarters: str


    class Team(TeamBase, table=True):
        id: Optional[int] = Field(default=None, primary_key=True)
        heroes: list["Hero"] = Relationship(back_populates="team")


    class HeroBase(SQLModel):
        name: str = Field(index=True)
        secret_name: str
        age: int | None = Field(default=None, index=True)


    class Hero(HeroBase, table=True):
        __tablename__ = "heroes"
        kind: ClassVar[str] = "hero"

        id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
        team_id: int | None = Field(default=None, foreign_key="team.id", ondelete="SET NULL")
        team: Team | None = Relationship(back_populates="heroes")
        status: Status = Field(default=Status.active)
        wage: Decimal = Field(default=0, max_digits=10, decimal_places=2)
        extra: dict = Field(default_factory=dict, sa_type=JSONB)
        created_at: datetime = Field(
            sa_column=Column(DateTime(timezone=True), server_default=text("now()"), nullable=False)
        )
        note: Optional[str] = Field(default=None, nullable=False,
                                    sa_column_kwargs={"comment": "a note", "server_default": ""})
        _cache: dict = {}


    class HeroPublic(HeroBase):
        id: uuid.UUID
"""


def _created(tmp_path, pg) -> Scenario:
    return Scenario(tmp_path, pg, {"models.py": HEROES}, metadata="app.models:SQLModel.metadata").create_from_models()


def test_sqlmodel_tables_read_as_sqlmodel_creates_them(pg, tmp_path):
    scenario = _created(tmp_path, pg)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [t.name for t in models.schema.tables] == ["heroes", "team"]
    plan = scenario.plan()
    assert [(a.kind, a.reason) for a in plan.actions] == []
    assert plan.by_hand == ()


def test_sqlmodel_drift_is_listed_by_hand_and_a_renamed_table_gets_its_name(pg, tmp_path):
    scenario = _created(tmp_path, pg).drift(
        "ALTER TABLE heroes ALTER COLUMN age SET NOT NULL;"
        " ALTER TABLE team ALTER COLUMN headquarters TYPE varchar(100);"
        " ALTER TABLE heroes ADD COLUMN rank integer;"
        " CREATE TABLE power (id serial PRIMARY KEY, name text NOT NULL);"
        " ALTER TABLE heroes RENAME TO heroes_v2")
    outcome = scenario.reconcile(judged=False)
    assert [a.kind for a in outcome.plan.actions] == ["table-name"]
    assert '__tablename__ = "heroes_v2"' in scenario.text("models.py")
    by_hand = {(b.kind, b.line): b.message for b in outcome.plan.by_hand}
    lines = scenario.text("models.py").splitlines()
    assert {(kind, lines[line - 1].strip().split(":")[0]) for kind, line in by_hand if line} >= {
        ("nullable", "age"), ("type", "headquarters"), ("missing-column", "class Hero(HeroBase, table=True)")}
    assert all("SQLModel" in message for message in by_hand.values())
    [power] = [m for (kind, _), m in by_hand.items() if kind == "missing-class"]
    assert "table power has no model class" in power and "write its class by hand" in power


MODULE_PREFIXED = """
    import sqlmodel


    class Account(sqlmodel.SQLModel, table=True):
        __tablename__ = "accounts"

        id: int | None = sqlmodel.Field(default=None, primary_key=True)
        email: str = sqlmodel.Field(unique=True)
        settings: dict = sqlmodel.Field(default_factory=dict, sa_column_kwargs=OPTIONS)
"""


def test_a_field_sqlmodel_cannot_type_or_a_computed_option_is_unresolved(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(MODULE_PREFIXED), encoding="utf-8")
    models = read_models(tmp_path)
    [accounts] = models.schema.tables
    assert [(c.name, c.type.render(), c.nullable) for c in accounts.columns][:2] == [
        ("id", "integer", False), ("email", "character varying", False)]
    assert [u.columns for u in accounts.unique_constraints] == [("email",)]
    messages = [u.message for u in models.unresolved]
    assert "settings: annotation `dict` has no column type in SQLModel's map; give the field sa_type= (it is not " \
        "compared until then)" in messages
    assert any("sa_column_kwargs=OPTIONS is not a literal dict" in m for m in messages), messages


def test_sqlmodel_reexported_by_a_module_of_the_project_is_sqlmodel(tmp_path):
    (tmp_path / "db.py").write_text("from sqlmodel import Field, SQLModel  # noqa: F401\n", encoding="utf-8")
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        from .db import Field, SQLModel


        class Note(SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            body: str = Field(max_length=500)
    """), encoding="utf-8")
    models = read_models(tmp_path)
    assert models.unresolved == ()
    [note] = models.schema.tables
    assert (note.name, [(c.name, c.type.render()) for c in note.columns]) == (
        "note", [("id", "integer"), ("body", "character varying(500)")])
