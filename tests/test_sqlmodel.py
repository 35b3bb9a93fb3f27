"""SQLModel's table classes read as the columns SQLModel makes of their fields, and compared
with the database SQLModel itself created (``SQLModel.metadata.create_all``)."""

from __future__ import annotations

import textwrap

from scenario import Scenario
from test_realworld_patterns import _converges_with

from schema_inspector.introspect.models import read_models

HEROES = """
    import uuid
    from datetime import datetime
    from decimal import Decimal
    from enum import Enum
    from typing import ClassVar, Optional

    from sqlalchemy import Column, DateTime, text
    from pydantic import NaiveDatetime
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
        mood: str | None = Field(default=None, sa_column_kwargs={"nullable": True})  # wins over Field's
        born: datetime | None = None  # with a time zone from SQLModel 0.0.45 on, without before
        seen: NaiveDatetime | None = None
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


def test_sqlmodel_drift_is_edited_in_the_fields_until_nothing_is_left(pg, tmp_path):
    scenario = _created(tmp_path, pg).drift(
        "ALTER TABLE heroes RENAME COLUMN status TO state;"
        " ALTER TABLE heroes ALTER COLUMN age SET NOT NULL; ALTER TABLE heroes ALTER COLUMN mood SET NOT NULL;"
        " ALTER TABLE team ALTER COLUMN headquarters TYPE varchar(100);"
        " ALTER TABLE heroes ALTER COLUMN wage TYPE numeric(12,2);"
        " ALTER TABLE heroes ADD COLUMN rank integer;"
        " CREATE INDEX ix_heroes_state_2 ON heroes (state);"
        " COMMENT ON COLUMN heroes.wage IS 'per month';"
        " ALTER TABLE heroes DROP COLUMN extra;"
        " ALTER TABLE team ALTER COLUMN name SET DEFAULT 'x';"
        " ALTER TABLE heroes DROP CONSTRAINT heroes_team_id_fkey;"
        " ALTER TABLE heroes ADD FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE;"
        " CREATE TABLE power (id serial PRIMARY KEY, hero_id uuid REFERENCES heroes (id), name text NOT NULL,"
        " level varchar(20) NOT NULL DEFAULT 'low');"
        " ALTER TABLE team RENAME TO teams")
    plan = _converges_with(scenario, ["ALTER INDEX ix_team_name RENAME TO ix_teams_name;"])
    assert plan.by_hand == ()
    text = scenario.text("models.py")
    for line in (
        'headquarters: str = Field(max_length=100)',  # a field without Field(...) gets one
        'age: int | None = Field(default=None, index=True, nullable=False)',  # the API's annotation kept
        'status: Status = Field(default=Status.active, sa_column_kwargs={"name": "state"})',
        'default=0, max_digits=12, decimal_places=2, sa_column_kwargs={"comment": "per month"}',
        'team_id: int | None = Field(default=None, foreign_key="teams.id", ondelete="CASCADE")',
        'name: str = Field(index=True, max_length=255, sa_column_kwargs={"server_default": text("\'x\'")})',
        'rank: int | None = None',
        'default=None, sa_column_kwargs={"nullable": False}',  # mood's, where SQLModel reads it
        '__tablename__ = "teams"',
        'class Power(SQLModel, table=True):',
        'id: int | None = Field(default=None, primary_key=True)',
        'hero_id: uuid.UUID | None = Field(default=None, foreign_key="heroes.id")',
        'name: str = Field(sa_type=Text)',
    ):
        assert line in text, (line, text)
    assert "extra" not in text and "Column(Integer" not in text and "mapped_column" not in text


SHARED_BASE = """
    from sqlmodel import Field, SQLModel


    class Stamped(SQLModel):
        note: str | None = None


    class Authored(SQLModel):
        author: str


    class Post(Stamped, Authored, table=True):
        id: int | None = Field(default=None, primary_key=True)
        title: str


    class Page(Stamped, table=True):
        id: int | None = Field(default=None, primary_key=True)


    class PostPublic(Authored):
        title: str
"""


def test_what_a_sqlmodel_field_cannot_say_is_left_by_hand(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": SHARED_BASE}, metadata="app.models:SQLModel.metadata")
    scenario.create_from_models().drift(
        "ALTER TABLE page ALTER COLUMN note TYPE varchar(50);"  # one of the base's two tables: Page's own field
        " ALTER TABLE post DROP COLUMN author;"  # the field of a base the API's PostPublic shares
        " ALTER TABLE post ALTER COLUMN id DROP DEFAULT;"
        " ALTER TABLE post ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY")
    plan = scenario.plan()
    # Page's field: an override, the base's field redefined in Page (AstrBot's; it was by hand)
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("add-column", "Page")]
    by_hand = {b.kind: b.message for b in plan.by_hand}
    assert sorted(by_hand) == ["drop-column", "identity"], by_hand
    assert "Authored is a SQLModel base that API schemas may share, which keep the field" in by_hand["drop-column"]
    assert "Post is a SQLModel class, and this change is not an edit of a field" in by_hand["identity"]
    scenario.reconcile(judged=False)
    text = scenario.text("models.py")
    assert "class Page(Stamped, table=True):\n    note: str | None = Field(default=None, max_length=50)\n" in text, text
    assert "    author: str\n" in text and "class Stamped(SQLModel):\n    note: str | None = None\n" in text


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


TYPED_BY_ANNOTATION = """
    from decimal import Decimal

    from sqlmodel import Field, SQLModel


    class Product(SQLModel, table=True):
        id: int | None = Field(default=None, primary_key=True)
        code: int
        name: str
        price: Decimal = Field(max_digits=8, decimal_places=2)
"""


def test_a_type_change_is_written_as_sqlmodel_reads_the_field(pg, tmp_path):
    """``max_length=`` / ``max_digits=`` only where the annotation makes the type they size; any
    other change is ``sa_type=``."""
    scenario = Scenario(tmp_path, pg, {"models.py": TYPED_BY_ANNOTATION}, metadata="app.models:SQLModel.metadata")
    scenario.create_from_models().drift(
        "ALTER TABLE product ALTER COLUMN code TYPE varchar(10); ALTER TABLE product ALTER COLUMN name TYPE varchar(40);"
        " ALTER TABLE product ALTER COLUMN price TYPE numeric(10,3)")
    _converges_with(scenario, [])
    text = scenario.text("models.py")
    for line in ("code: int = Field(sa_type=String(10))", "name: str = Field(max_length=40)",
                 "price: Decimal = Field(max_digits=10, decimal_places=3)"):
        assert line in text, (line, text)


LINK_MODEL = """
    from sqlmodel import Field, Relationship, SQLModel


    class HeroTeamLink(SQLModel, table=True):
        team_id: int | None = Field(default=None, foreign_key="team.id", primary_key=True)
        hero_id: int | None = Field(default=None, foreign_key="hero.id", primary_key=True)


    class Team(SQLModel, table=True):
        id: int | None = Field(default=None, primary_key=True)
        name: str = Field(index=True)
        heroes: list["Hero"] = Relationship(back_populates="teams", link_model=HeroTeamLink)


    class Hero(SQLModel, table=True):
        id: int | None = Field(default=None, primary_key=True)
        teams: list[Team] = Relationship(back_populates="heroes", link_model=HeroTeamLink)
"""


def test_a_renamed_table_is_renamed_in_the_link_models_keys(pg, tmp_path):
    """A many-to-many link table (``link_model=``): composite key of two keys; the table its keys
    name renamed, each ``foreign_key="team.id"`` follows and ``__tablename__`` is written."""
    scenario = Scenario(tmp_path, pg, {"models.py": LINK_MODEL}, metadata="app.models:SQLModel.metadata")
    scenario.create_from_models()
    assert (scenario.plan().actions, scenario.plan().by_hand) == ((), ())
    scenario.drift("ALTER TABLE team RENAME TO teams")
    _converges_with(scenario, [])
    text = scenario.text("models.py")
    assert 'foreign_key="teams.id", primary_key=True' in text and '__tablename__ = "teams"' in text
    assert 'Index("ix_team_name", "name")' in text  # the database's index keeps its name


def test_a_fields_sizes_and_names_may_be_module_constants(tmp_path):
    """``Field(max_length=NAME_MAX)`` with ``NAME_MAX = 500`` in the module is varchar(500), not
    varchar (bisheng's knowledge files: the no-drift plan wrote ``max_length=500`` over the name)."""
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        from decimal import Decimal

        from sqlmodel import Field, SQLModel

        NAME_MAX = 500
        DIGITS, PLACES = 12, 4
        NAME_COLUMN = "file_name"
        NOTE = "as uploaded"


        class KnowledgeFile(SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            name: str = Field(max_length=NAME_MAX, sa_column_kwargs={"name": NAME_COLUMN, "comment": NOTE})
            size: Decimal = Field(max_digits=DIGITS, decimal_places=PLACES)
    """), encoding="utf-8")
    models = read_models(tmp_path)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.render(), c.comment) for c in table.columns] == [
        ("id", "integer", None), ("file_name", "character varying(500)", "as uploaded"),
        ("size", "numeric(12,4)", None)]


# Mirascope/lilypad: ``data: dict = Field(sa_column=json_column(), default_factory=dict)``, the column
# a function of the project makes. A comment and NOT NULL were given as ``sa_column_kwargs`` /
# ``nullable=`` beside ``sa_column=``, which SQLModel refuses: the models no longer imported.
HELPER_SA_COLUMN = """
    from sqlalchemy import JSON, Column
    from sqlmodel import Field, SQLModel


    def json_column() -> Column:
        return Column(JSON)


    class Span(SQLModel, table=True):
        id: int | None = Field(default=None, primary_key=True)
        data: dict = Field(sa_column=json_column(), default_factory=dict)
"""


def test_a_field_whose_column_a_helper_makes_is_changed_by_hand(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": HELPER_SA_COLUMN}, metadata="app.models:SQLModel.metadata")
    scenario.create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("COMMENT ON COLUMN span.data IS 'what the span carries';"
                   " ALTER TABLE span ALTER COLUMN data SET NOT NULL")
    before = scenario.text("models.py")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    messages = [b.message for b in plan.by_hand]
    assert len(messages) == 2 and all("Span.data is made by a helper" in m for m in messages), messages
    scenario.reconcile(judged=False)
    assert scenario.text("models.py") == before
