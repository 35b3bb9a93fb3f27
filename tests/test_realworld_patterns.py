"""Patterns the real-world corpus (``benchmarks/realworld/``) found the tool misreading,
each reproduced in a small models package of our own.

Every fixture here keeps the no-drift property: a database made by ``create_all`` from the
fixture's own models gives a plan with 0 code actions; the ones with a drift also converge
(apply, a second plan clean, a second apply changes no byte, Alembic agrees).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from alembic_oracle import judge
from scenario import Scenario

from schema_inspector.codemods.files import Failed, run_plan
from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.compare import compare
from schema_inspector.planner.options import PlannerOptions
from schema_inspector.planner.plan import Plan

# Netflix/lemur: ``Column(ArrowType, DefaultClause(func.now()), nullable=False)``, the
# server default as a positional ``DefaultClause``; and indexes assigned in the class body
# (``ix = Index("ix_certificates_id_desc", id.desc(), unique=True)``), which SQLAlchemy
# attaches to the table through their columns.
POSITIONAL_DEFAULT_AND_BODY_INDEX = """
    from sqlalchemy import Column, DateTime, DefaultClause, Index, Integer, String, func, text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Certificate(Base):
        __tablename__ = "certificates"

        id = Column(Integer, primary_key=True)
        ix = Index("ix_certificates_id_desc", id.desc(), unique=True)
        owner = Column(String(128), DefaultClause("nobody"), nullable=False)
        not_after = Column(DateTime)
        not_after_ix = Index("ix_certificates_not_after", not_after.desc())
        created = Column(DateTime, DefaultClause(func.now()), nullable=False)
        rotated = Column(Integer, DefaultClause(text("0")))
    """


def _no_drift(tmp_path, pg, models: str, metadata: str = "app.models:Base.metadata") -> Scenario:
    """The models' own database: no edit planned, none left by hand."""
    scenario = Scenario(tmp_path, pg, {"models.py": models}, metadata=metadata).create_from_models()
    plan = scenario.plan()
    actions = [a for a in plan.actions if a.kind != "db-sql"]
    assert actions == [], [(a.kind, a.reason) for a in actions]
    assert plan.by_hand == (), [b.message for b in plan.by_hand]
    return scenario


# abilian/abilian-core and dstackai/dstack: TypeDecorators whose ``__init__`` gives their impl
# its arguments, ``kwargs.setdefault("length", self.default_max_length)`` in a base the types
# derive from (``RoleType(UniqueNameType)``) and ``def __init__(self, enum_class, *args, **kwargs)``
# passing the rest on (``EnumAsString(Role, 100)``); ``super().__init__(timezone=True)``. Each was
# read as its impl without arguments (``varchar``), a type left by hand where nothing drifted.
INIT_GIVEN_IMPL_ARGUMENTS = """
    import enum

    from sqlalchemy import Column, DateTime, Integer, String, TypeDecorator
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Role(enum.Enum):
        ADMIN = 1


    class UniqueNameType(TypeDecorator):
        impl = String
        cache_ok = True
        default_max_length = 100

        def __init__(self, *args, **kwargs):
            assert self.Type is not None
            kwargs.setdefault("length", self.default_max_length)
            TypeDecorator.__init__(self, *args, **kwargs)


    class RoleType(UniqueNameType):
        Type = Role


    class EnumAsString(TypeDecorator):
        impl = String
        cache_ok = True

        def __init__(self, enum_class, *args, fallback=None, **kwargs):
            self.enum_class = enum_class
            super().__init__(*args, **kwargs)


    class TZDateTime(TypeDecorator):
        impl = DateTime
        cache_ok = True

        def __init__(self):
            super().__init__(timezone=True)


    class Member(Base):
        __tablename__ = "members"
        id = Column(Integer, primary_key=True)
        role = Column(RoleType, nullable=False)
        short_role = Column(RoleType(length=20))
        kind = Column(EnumAsString(Role, 50))
        joined = Column(TZDateTime())
"""


# fastapi-practices/fastapi_best_architecture: the key is ``Mapped[id_key]``, an ``Annotated``
# alias that chooses its ``mapped_column(..., unique=True, index=True)`` by a setting. The column
# cannot be read (an `unresolved:` line), and the unique index the database has on it was an
# index the model seemed to lack (an Index added, or left by hand, where nothing drifted).
KEY_CHOSEN_BY_A_SETTING = """
    from typing import Annotated

    from sqlalchemy import BigInteger, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

    SNOWFLAKE = False

    id_key = Annotated[
        int,
        mapped_column(BigInteger, primary_key=True, unique=True, index=True)
        if not SNOWFLAKE
        else mapped_column(BigInteger, primary_key=True, unique=True, index=True, default=lambda: 1),
    ]


    class Base(DeclarativeBase):
        pass


    class Business(Base):
        __tablename__ = "gen_business"

        id: Mapped[id_key]
        name: Mapped[str] = mapped_column(String(50), unique=True)
"""


def test_the_items_over_a_column_the_reader_cannot_see_are_not_judged(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, KEY_CHOSEN_BY_A_SETTING)
    assert scenario.plan().notes == ()  # the key is the class's: no "may be there already" about it
    [unresolved] = read_models(scenario.package).unresolved
    assert unresolved.message.startswith("Business.id: `mapped_column(") and unresolved.message.endswith(
        "in `Annotated[...]` chooses its mapped_column() at run time; cannot resolve statically")
    scenario.drift("DROP INDEX ix_gen_business_id; ALTER TABLE gen_business DROP CONSTRAINT gen_business_name_key")
    [unique] = [a for a in scenario.plan().actions if a.kind == "unique"]  # the name's still is
    assert unique.attribute == "name"


# rucio/rucio: a ``before_create`` listener on Table renames a column's enum type on PostgreSQL as
# the table is created (``target.columns.identity_type.type.name = "IDENTITIES_TYPE_CHK"``). The
# column's type was the one its statement writes, a type left by hand where nothing drifted; the
# reader cannot run the listener, so the type is not compared (an `unresolved:` line says why).
RETYPED_AT_CREATE = """
    import enum

    from sqlalchemy import Column, Enum, Integer, Table, event
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Kind(enum.Enum):
        USER = "user"
        GROUP = "group"


    @event.listens_for(Table, "before_create")
    def _rename_type(target, connection, **kw):
        if connection.dialect.name == "postgresql" and target.name == "memberships":
            target.columns.kind.type.name = "identity_kind"


    class Identity(Base):
        __tablename__ = "identities"
        id = Column(Integer, primary_key=True)
        kind = Column(Enum(Kind, name="identity_kind"), nullable=False)


    class Membership(Base):
        __tablename__ = "memberships"
        id = Column(Integer, primary_key=True)
        kind = Column(Enum(Kind, name="membership_kind"), nullable=False)
"""


def test_a_type_a_before_create_listener_changes_is_not_compared(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, RETYPED_AT_CREATE)
    [unresolved] = read_models(scenario.package).unresolved
    assert "memberships.kind: _rename_type() (" in unresolved.message
    assert unresolved.message.endswith("changes its type when the table is created (a before_create listener); "
                                       "its type is not compared")


# pypi/warehouse: the base's ``type_annotation_map = {enum.Enum: sqlalchemy.Enum(enum.Enum,
# values_callable=lambda x: [e.value for e in x])}``, which SQLAlchemy applies to every enum class a
# ``Mapped[...]`` names (it looks a class up by its bases): their labels are the members' values.
# They were read as the names, 35 enum-label items left by hand where nothing drifted.
ENUM_BY_ANNOTATION_MAP = """
    import enum

    import sqlalchemy
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        type_annotation_map = {
            enum.Enum: sqlalchemy.Enum(enum.Enum, values_callable=lambda x: [e.value for e in x]),
        }


    class Reason(enum.Enum):
        SpamComplaint = "spam complaint"
        HardBounce = "hard bounce"


    class Email(Base):
        __tablename__ = "emails"
        id: Mapped[int] = mapped_column(primary_key=True)
        reason: Mapped[Reason | None]
"""


def test_enum_classes_take_the_enum_of_the_annotation_map(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ENUM_BY_ANNOTATION_MAP)
    assert read_models(scenario.package).schema.enums[0].labels == ("spam complaint", "hard bounce")
    scenario.drift("ALTER TYPE reason ADD VALUE 'soft bounce'")
    [by_hand] = scenario.plan().by_hand  # the member's name cannot be made from the label
    assert by_hand.message.startswith("emails.reason: enum reason labels differ (the model lacks 'soft bounce');")


# amundsen-io/amundsenrds: every key typed ``String(KEY_LEN, **INDEX_KEY_COLLATION_ARGS)``, a dict
# of another module's spread into the type's keywords (was "takes *args/**kwargs", the keys' types
# not compared).
KEYWORDS_SPREAD_FROM_A_DICT = """
    from sqlalchemy import Column, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    KEY_LEN = 200
    COLLATION_ARGS = {"collation": "C"}


    class Badge(Base):
        __tablename__ = "badge"
        rk = Column(String(KEY_LEN, **COLLATION_ARGS), primary_key=True)
"""


def test_a_types_keywords_spread_from_a_constant_dict_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, KEYWORDS_SPREAD_FROM_A_DICT)
    models = read_models(scenario.package)
    assert (models.unresolved, models.schema.tables[0].columns[0].type.render()) == ((), "character varying(200)")
    scenario.drift("ALTER TABLE badge ALTER COLUMN rk TYPE varchar(300)")
    [by_hand] = scenario.plan().by_hand  # compared now; the length is a constant other columns may share
    assert by_hand.message.startswith("badge.rk is character varying(300) in the database but character "
                                      "varying(200) in the model; the model's type takes KEY_LEN, COLLATION_ARGS")


def test_what_a_type_decorators_init_gives_its_impl_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INIT_GIVEN_IMPL_ARGUMENTS)
    [members] = read_models(scenario.package).schema.tables
    assert [c.type.render() for c in members.columns] == [
        "integer", "character varying(100)", "character varying(20)", "character varying(50)",
        "timestamp with time zone"]


def test_a_positional_default_clause_and_indexes_in_the_class_body_are_read(pg, tmp_path):
    _no_drift(tmp_path, pg, POSITIONAL_DEFAULT_AND_BODY_INDEX)


def test_a_positional_default_clause_follows_the_database(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, POSITIONAL_DEFAULT_AND_BODY_INDEX)
    scenario.drift("ALTER TABLE certificates ALTER COLUMN created SET DEFAULT statement_timestamp();"
                   "ALTER TABLE certificates ALTER COLUMN rotated DROP DEFAULT;")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(POSITIONAL_DEFAULT_AND_BODY_INDEX).lstrip("\n").replace(
        "DefaultClause, Index, Integer, String, func, text", "DefaultClause, Index, Integer, String, text").replace(
        "created = Column(DateTime, DefaultClause(func.now()), nullable=False)",
        'created = Column(DateTime, nullable=False, server_default=text("statement_timestamp()"))').replace(
        'rotated = Column(Integer, DefaultClause(text("0")))', "rotated = Column(Integer)")


# mealie-recipes/mealie: the declarative base gives every table ``created_at`` with
# ``index=True``. A new table made by hand without that index: the generated class cannot
# take created_at from the base as it is (create_all would add the index), so it writes the
# column itself, as the database has it.
INDEXED_BASE = """
    from datetime import datetime

    from sqlalchemy import DateTime, Integer, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        created_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


    class Recipe(Base):
        __tablename__ = "recipes"

        name: Mapped[str] = mapped_column(String(100))
    """


def test_a_generated_class_writes_a_base_column_whose_index_the_table_lacks(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INDEXED_BASE)
    scenario.drift("CREATE TABLE ratings (id serial PRIMARY KEY, created_at timestamp,"
                   " recipe_id integer REFERENCES recipes (id));"
                   "CREATE TABLE notes (id serial PRIMARY KEY, created_at timestamp, body text);"
                   "CREATE INDEX ix_notes_created_at ON notes (created_at);")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    ratings = outcome.after["models.py"].split("class Rating(Base):")[1].split("class ")[0]
    notes = outcome.after["models.py"].split("class Note(Base):")[1].split("class ")[0]
    assert "    created_at: Mapped[datetime | None] = mapped_column(DateTime)\n" in ratings, ratings
    assert "created_at" not in notes, notes


# pgadmin-org/pgadmin4: ``class User(db.Model, UserMixin)`` with flask_security's
# ``UserMixin`` / ``RoleMixin`` (methods only, like flask_login's). A column the database
# gained was left out ("the reader cannot see every column of User"); it is added now.
# flask_security's models.fsqla* mixins do declare columns: they stay unseen.
FLASK_SECURITY_MODELS = """
    from flask_security import RoleMixin, UserMixin
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()


    class Role(db.Model, RoleMixin):
        __tablename__ = "role"

        id = db.Column(db.Integer, primary_key=True)
        name = db.Column(db.String(80), unique=True)


    class User(db.Model, UserMixin):
        __tablename__ = "user"

        id = db.Column(db.Integer, primary_key=True)
        email = db.Column(db.String(255))
    """


def test_flask_security_user_and_role_mixins_add_no_columns(pg, tmp_path):
    stub = tmp_path / "flask_security"  # ours: the two mixins, methods only
    stub.mkdir()
    (stub / "__init__.py").write_text("class UserMixin:\n    pass\n\n\nclass RoleMixin:\n    pass\n")
    scenario = _no_drift(tmp_path, pg, FLASK_SECURITY_MODELS, metadata="app.models:db.metadata")
    scenario.drift('ALTER TABLE "user" ADD COLUMN last_login_at timestamp;')
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(FLASK_SECURITY_MODELS).lstrip("\n").replace(
        "    email = db.Column(db.String(255))\n",
        "    email = db.Column(db.String(255))\n    last_login_at = db.Column(db.DateTime)\n")


def test_flask_security_fsqla_mixins_stay_unseen(tmp_path):
    from schema_inspector.introspect.models import read_models

    (tmp_path / "models.py").write_text(textwrap.dedent("""
        import flask_security
        from flask_security.models import fsqla_v3 as fsqla
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()


        class Role(db.Model, fsqla.FsRoleMixin):
            __tablename__ = "role"


        class User(db.Model, flask_security.UserMixin):
            __tablename__ = "user"

            id = db.Column(db.Integer, primary_key=True)
        """))
    models = read_models(tmp_path)
    assert [u.message.split(":")[0] for u in models.unresolved] == ["Role"], models.unresolved


# pgadmin-org/pgadmin4: ``USER_ID = 'user.id'`` at module level, then
# ``db.ForeignKey(USER_ID)`` in a dozen classes. The target is read through the constant
# (the file's own, one imported by name, ``module.NAME``); an edit of the foreign key's
# options keeps the constant.
FK_CONSTANT_KEYS = """
    FOLDER_ID = "folder.id"
    """

FK_CONSTANT_MODELS = """
    from sqlalchemy import Column, ForeignKey, Integer
    from sqlalchemy.orm import declarative_base

    from . import keys
    from .keys import FOLDER_ID

    Base = declarative_base()

    OWNER_ID = "owner.id"


    class Owner(Base):
        __tablename__ = "owner"

        id = Column(Integer, primary_key=True)


    class Folder(Base):
        __tablename__ = "folder"

        id = Column(Integer, primary_key=True)
        owner_id = Column(Integer, ForeignKey(OWNER_ID))


    class Note(Base):
        __tablename__ = "note"

        id = Column(Integer, primary_key=True)
        folder_id = Column(Integer, ForeignKey(FOLDER_ID))
        parent_id = Column(Integer, ForeignKey(keys.FOLDER_ID))
    """


def test_a_foreign_key_named_by_a_constant_is_read_and_its_options_edited_in_place(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"keys.py": FK_CONSTANT_KEYS, "models.py": FK_CONSTANT_MODELS}).create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TABLE folder DROP CONSTRAINT folder_owner_id_fkey;"
                   "ALTER TABLE folder ADD CONSTRAINT folder_owner_id_fkey FOREIGN KEY (owner_id) "
                   "REFERENCES owner (id) ON DELETE CASCADE;"
                   "ALTER TABLE note DROP CONSTRAINT note_parent_id_fkey;"
                   "ALTER TABLE note ADD CONSTRAINT note_parent_id_fkey FOREIGN KEY (parent_id) "
                   "REFERENCES folder (id) ON DELETE CASCADE")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(FK_CONSTANT_MODELS).lstrip("\n").replace(
        "ForeignKey(OWNER_ID)", 'ForeignKey(OWNER_ID, ondelete="CASCADE")').replace(
        "ForeignKey(keys.FOLDER_ID)", 'ForeignKey(keys.FOLDER_ID, ondelete="CASCADE")')


# getredash/redash: ``id = primary_key("DataSource")`` where the helper looks the key's type
# up in a setting (``key_type, kwargs = key_definitions[name]; return Column(key_type,
# primary_key=True, **kwargs)``): the reader cannot read that column. It still knows the
# attribute: when the table has a column of that name, the hidden column is that one, and a
# column the database gained under another name is added (it was a note: "the reader cannot
# see every column"). When the table has no column of that name, it stays a note.
HIDDEN_KEY_BASE = """
    from sqlalchemy import Column, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    KEY_TYPES = {"Source": (Integer, {})}


    def primary_key(name):
        kind, options = KEY_TYPES[name]
        return Column(kind, primary_key=True, **options)
    """

HIDDEN_KEY_MODELS = """
    from sqlalchemy import Column, String

    from .base import Base, primary_key


    class Source(Base):
        __tablename__ = "source"

        id = primary_key("Source")
        name = Column(String(80), nullable=False)
    """


def test_a_column_hidden_behind_a_helper_is_the_table_column_of_its_attribute_name(pg, tmp_path):
    files = {"base.py": HIDDEN_KEY_BASE, "models.py": HIDDEN_KEY_MODELS}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TABLE source ADD COLUMN paused_reason varchar(255)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(HIDDEN_KEY_MODELS).lstrip("\n").replace(
        "    name = Column(String(80), nullable=False)\n",
        "    name = Column(String(80), nullable=False)\n    paused_reason = Column(String(255))\n")


def test_a_column_hidden_behind_a_helper_whose_name_the_table_lacks_keeps_new_columns_a_note(pg, tmp_path):
    files = {"base.py": HIDDEN_KEY_BASE, "models.py": HIDDEN_KEY_MODELS}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    scenario.drift("ALTER TABLE source RENAME COLUMN id TO source_id; ALTER TABLE source ADD COLUMN paused_reason text")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert sum("not added: the reader cannot see every column of Source" in note for note in plan.notes) == 2


# PrefectHQ/prefect: the declarative base itself gives every table ``id``, ``created`` and
# ``updated`` (``class Base(DeclarativeBase)`` with mapped_column attributes). A new table
# made by hand with only ``id``: the generated class derives from that base like its
# siblings, and the base's columns the table lacks are set to None (SQLAlchemy then maps no
# such column); it was given the base's columns, which create_all would add.
COLUMNS_ON_THE_BASE = """
    import datetime

    from sqlalchemy import ForeignKey, String, func
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        id: Mapped[int] = mapped_column(primary_key=True)
        created: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
        updated: Mapped[datetime.datetime] = mapped_column(server_default=func.now(), index=True)


    class Flow(Base):
        __tablename__ = "flow"

        name: Mapped[str] = mapped_column(String(80))
    """


def test_a_generated_class_sets_the_bases_columns_the_table_lacks_to_none(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, COLUMNS_ON_THE_BASE)
    scenario.drift("CREATE TABLE flow_tag (id serial PRIMARY KEY, flow_id integer NOT NULL REFERENCES flow (id),"
                   " tag varchar(40) NOT NULL)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(COLUMNS_ON_THE_BASE).lstrip("\n").replace(
        "from sqlalchemy import ForeignKey, String, func", "from sqlalchemy import ForeignKey, Integer, String, func") + '''

class FlowTag(Base):
    """Generated by schema-inspector from the database table flow_tag."""

    __tablename__ = "flow_tag"

    flow_id: Mapped[int] = mapped_column(Integer, ForeignKey("flow.id"))
    tag: Mapped[str] = mapped_column(String(40))

    created = None
    updated = None
'''
    reason = next(a.reason for a in outcome.plan.actions if a.kind == "add-model")
    assert "created, updated, which the base adds and the table lacks, are set to None" in reason


def test_an_edit_of_a_file_outside_the_models_path_is_a_note(pg, tmp_path):
    # the models read models/ only: kinds.py and run_states.py are read for the names the
    # models import, never edited; a label the database's enum gains is a note there
    import shutil

    from conftest import execute
    from test_every_fixture_no_drift import create_all

    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema
    from schema_inspector.planner.build import build_plan
    from schema_inspector.planner.options import PlannerOptions

    tree = Path(__file__).resolve().parent / "model_trees" / "project_imports"
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    shutil.copytree(tree, tmp_path / "app" / "project_imports", ignore=shutil.ignore_patterns("__pycache__"))
    url = pg.new_database()
    create_all(tmp_path, "app.project_imports", url)
    execute(url, "ALTER TYPE run_state ADD VALUE 'FAILED'")
    plan = build_plan(read_schema(url), read_models(tmp_path / "app" / "project_imports" / "models"), PlannerOptions())
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    notes = [n for n in plan.notes if "Not edited: the file is outside the models path" in n]
    assert len(notes) == 1 and notes[0].startswith(str(tmp_path / "app" / "project_imports" / "run_states.py"))
    assert "RunState, which gets the member FAILED" in notes[0]


# indico/indico: the naming convention is set on the metadata after the base is made
# (``db.Model.metadata.naming_convention = naming_convention``), not passed to MetaData().
CONVENTION_ASSIGNED = """
    from sqlalchemy import CheckConstraint, Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    naming_convention = {
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
    }
    Base.metadata.naming_convention = naming_convention


    class Item(Base):
        __tablename__ = "item"
        __table_args__ = (CheckConstraint("price >= 0", "price_positive"),)

        id = Column(Integer, primary_key=True)
        code = Column(String(20), unique=True)
        price = Column(Integer, nullable=False)
    """


def test_a_naming_convention_assigned_to_the_metadata_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CONVENTION_ASSIGNED)
    scenario.drift("CREATE TABLE item_tag (id serial PRIMARY KEY, item_id integer NOT NULL REFERENCES item (id),"
                   " tag varchar(40) NOT NULL CONSTRAINT ck_item_tag_tag_not_empty CHECK (tag <> ''))")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert 'CheckConstraint("tag::text <> \'\'::text", name="tag_not_empty")' in outcome.after["models.py"]


# indico/indico: ``ProtectionMixin.protection_mode`` is a declared_attr that returns a
# column only when the class allows it (``if not cls.disable_protection_mode: return
# db.Column(...)``). The reader cannot say whether a class gets it, so a new class for a
# table without that column does not take the mixin (it took it, and got the column).
SOMETIMES_A_COLUMN = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class ProtectedMixin:
        disable_protection = False

        @declared_attr
        def protection(cls):
            if not cls.disable_protection:
                return Column(Integer, nullable=False, default=0)


    class Room(ProtectedMixin, Base):
        __tablename__ = "room"

        id = Column(Integer, primary_key=True)
        name = Column(String(80))
    """


def test_a_mixin_whose_column_the_reader_cannot_see_is_left_out_of_a_new_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, SOMETIMES_A_COLUMN)
    scenario.drift("CREATE TABLE room_tag (id serial PRIMARY KEY, room_id integer NOT NULL REFERENCES room (id),"
                   " tag varchar(40) NOT NULL)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "class RoomTag(Base):" in outcome.after["models.py"]


# indico/indico: ``LinkMixin.event_id`` is returned by a ``@declared_attr`` function. A
# change the database makes to it is made in the returned column (the plan held an edit
# that apply then skipped; then a note, drift left in the models).
DECLARED_ATTR_COLUMN = """
    from sqlalchemy import Column, ForeignKey, Integer
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class Event(Base):
        __tablename__ = "event"

        id = Column(Integer, primary_key=True)


    class LinkMixin:
        @declared_attr
        def event_id(cls):
            return Column(Integer, ForeignKey("event.id"), index=True)


    class Booking(LinkMixin, Base):
        __tablename__ = "booking"

        id = Column(Integer, primary_key=True)
    """


def test_a_change_to_a_declared_attr_column_edits_the_column_it_returns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DECLARED_ATTR_COLUMN)
    scenario.drift("ALTER TABLE booking ALTER COLUMN event_id SET NOT NULL")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.plan.by_hand == ()
    assert ("    def event_id(cls):\n"
            "        return Column(Integer, ForeignKey(\"event.id\"), index=True, nullable=False)\n"
            ) in outcome.after["models.py"]


# indico/indico: the index template holds tokens the project computes with functions
# (``"ix": "ix_%(unique_index)s%(table_name)s_%(column_names)s"`` with ``"unique_index":
# _unique_index``): the reader cannot name the indexes it makes, so an unnamed index is the
# database's index of the same definition (it was taken for ``ix_<table>_<column>``: the
# index dropped and the database's added on a database without drift).
CALLABLE_TOKENS = """
    from sqlalchemy import Column, Index, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def _column_names(constraint, table):
        return "_".join(c if isinstance(c, str) else c.name for c in constraint.columns)


    def _unique_index(constraint, table):
        return "uq_" if constraint.unique else ""


    Base.metadata.naming_convention = {
        "ix": "ix_%(unique_index)s%(table_name)s_%(column_names)s",
        "column_names": _column_names,
        "unique_index": _unique_index,
    }


    class Feature(Base):
        __tablename__ = "feature"
        __table_args__ = (Index(None, "name", "title"),)

        id = Column(Integer, primary_key=True)
        name = Column(String(40), nullable=False, index=True, unique=True)
        title = Column(String(80))
        code = Column(String(10), index=True)
    """


def test_indexes_named_by_a_convention_of_project_tokens_are_matched_by_definition(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CALLABLE_TOKENS)
    scenario.drift("CREATE INDEX ix_feature_title ON feature (title)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "title = Column(String(80), index=True)" in outcome.after["models.py"]


# fief-dev/fief: ``from sqlalchemy import Enum as SQLEnum`` (the name Enum is Python's enum
# module's) and, in the same spirit, a type imported under a short name. They are
# SQLAlchemy's types: read, compared and edited as such (they were "not a known SQLAlchemy
# type", and a change to them was left to a person as if they were a project's own types).
RENAMED_IMPORTS = """
    import enum

    from sqlalchemy import Enum as SQLEnum, Integer, String as Str
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Kind(enum.Enum):
        small = "small"
        large = "large"


    class Box(Base):
        __tablename__ = "boxes"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        label: Mapped[str] = mapped_column(Str(20))
        kind: Mapped[Kind] = mapped_column(SQLEnum(Kind, name="box_kind"))
"""


def _read_whole(tmp_path, pg, models: str) -> Scenario:
    """``_no_drift``, and every statement read (no unresolved line)."""
    scenario = _no_drift(tmp_path, pg, models)
    assert read_models(scenario.package).unresolved == ()
    return scenario


def test_sqlalchemy_types_imported_under_another_name_are_read_and_edited(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, RENAMED_IMPORTS)
    scenario.drift("ALTER TABLE boxes ALTER COLUMN label TYPE varchar(40);"
                   "ALTER TYPE box_kind ADD VALUE 'medium'")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(RENAMED_IMPORTS).lstrip("\n").replace(
        "Str(20)", "Str(40)").replace('    large = "large"\n', '    large = "large"\n    medium = "medium"\n')


# celery/celery: the result backend stores results with ``PickleType`` (SQLAlchemy's
# TypeDecorator over LargeBinary). Its column is bytea and is compared as one; a type the
# database changes under it is a person's call (pickling is Python's side), and a new bytea
# column is never written as PickleType because the file has some.
PICKLE = """
    from sqlalchemy import Column, Integer, LargeBinary, PickleType
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Task(Base):
        __tablename__ = "tasks"
        id = Column(Integer, primary_key=True)
        result = Column(PickleType, nullable=True)
        meta = Column(PickleType(protocol=4))
        raw = Column(LargeBinary)
"""


def test_a_pickle_type_column_is_compared_and_its_type_left_to_a_person(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, PICKLE)
    scenario.drift("ALTER TABLE tasks ALTER COLUMN result TYPE text USING NULL;"
                   "ALTER TABLE tasks ADD COLUMN payload bytea")
    plan = scenario.plan()
    assert [(a.kind, getattr(a, "attribute", None)) for a in plan.actions] == [("add-column", "payload")]
    [by_hand] = plan.by_hand
    assert "tasks.result" in by_hand.message and "PickleType" in by_hand.message, by_hand.message
    outcome = scenario.reconcile()
    assert "payload = Column(LargeBinary)" in outcome.after["models.py"]


# polarsource/polar: a TypeDecorator base with an ``__init__`` of its own (it takes the Python
# enum class) and subclasses that only set ``impl``: ``StringEnum(Kind)`` is ``Unicode()``,
# the argument is the decorator's, not the impl's (was "type decorator over `Unicode` has
# arguments that are not literals" on every such column).
ENUM_DECORATOR_FAMILY = """
    import enum
    from typing import Any

    import sqlalchemy as sa
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
    from sqlalchemy.types import TypeDecorator


    class EnumType(TypeDecorator):
        def __init__(self, enum_class: type[enum.Enum], **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.enum_class = enum_class

        def process_bind_param(self, value, dialect):
            return value.value if isinstance(value, self.enum_class) else value

        def process_result_value(self, value, dialect):
            return value if value is None else self.enum_class(value)


    class StringEnum(EnumType):
        impl = sa.Unicode
        cache_ok = True


    class IntEnum(EnumType):
        impl = sa.Integer
        cache_ok = True


    class Kind(enum.StrEnum):
        small = "small"
        large = "large"


    class Level(enum.IntEnum):
        low = 1
        high = 2


    class Base(DeclarativeBase):
        pass


    class Box(Base):
        __tablename__ = "boxes"

        id: Mapped[int] = mapped_column(primary_key=True)
        kind: Mapped[Kind] = mapped_column(StringEnum(Kind), nullable=False, index=True)
        level: Mapped[Level] = mapped_column(IntEnum(Level))
"""


def test_arguments_of_a_type_decorator_base_with_its_own_init_are_not_the_impls(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, ENUM_DECORATOR_FAMILY)
    [table] = read_models(scenario.package).schema.tables
    columns = {c.name: c.type.render() for c in table.columns}
    assert columns == {"id": "integer", "kind": "character varying", "level": "integer"}


# mindsdb/mindsdb: ``class Base`` with the shared columns and methods, then
# ``Base = declarative_base(cls=Base)``: the name is rebound to the declarative base made
# from that class, whose columns every model has (was "no mapped classes found").
DECLARATIVE_BASE_FROM_OWN_CLASS = """
    from sqlalchemy import Column, DateTime, Integer, String, func
    from sqlalchemy.orm import declarative_base


    class Base:
        id = Column(Integer, primary_key=True)
        created_at = Column(DateTime, server_default=func.now())

        def as_dict(self):
            return {"id": self.id}


    Base = declarative_base(cls=Base)


    class Project(Base):
        __tablename__ = "project"
        name = Column(String(64), nullable=False)


    class File(Base):
        __tablename__ = "file"
        path = Column(String, nullable=False)
"""

# The same with a class of another name: ``Base = declarative_base(cls=CommonBase)``
# (the columns of CommonBase were silently not read, so a plan added them again).
DECLARATIVE_BASE_FROM_A_CLASS = DECLARATIVE_BASE_FROM_OWN_CLASS.replace(
    "class Base:", "class CommonBase:").replace("declarative_base(cls=Base)", "declarative_base(cls=CommonBase)")


def test_a_declarative_base_made_from_a_class_gives_its_columns_to_every_model(pg, tmp_path):
    for name, models in (("own", DECLARATIVE_BASE_FROM_OWN_CLASS), ("other", DECLARATIVE_BASE_FROM_A_CLASS)):
        scenario = _read_whole(tmp_path / name, pg, models)
        tables = {t.name: [c.name for c in t.columns] for t in read_models(scenario.package).schema.tables}
        assert {name: sorted(columns) for name, columns in tables.items()} == {
            "project": ["created_at", "id", "name"], "file": ["created_at", "id", "path"]}


# Flask-SQLAlchemy's documented customisation: ``db = SQLAlchemy(model_class=IdModel)``, where
# ``IdModel`` subclasses flask_sqlalchemy's ``Model`` (2.x/3.0) or is a ``DeclarativeBase``
# (3.1): every ``db.Model`` has its columns, ``IdModel`` maps no table of its own, and a
# class without ``__tablename__`` still gets its name from the class (was: ``IdModel`` read as
# a model of table ``id_model``, and no model had ``id``).
FLASK_MODEL_CLASS = """
    import sqlalchemy as sa
    from flask_sqlalchemy import SQLAlchemy
    from flask_sqlalchemy.model import Model


    class IdModel(Model):
        id = sa.Column(sa.Integer, primary_key=True)


    db = SQLAlchemy(model_class=IdModel)


    class Project(db.Model):
        __tablename__ = "project"
        name = sa.Column(sa.String(64), nullable=False)


    class ProjectFile(db.Model):
        path = sa.Column(sa.String, nullable=False)
"""

FLASK_MODEL_CLASS_DECLARATIVE = FLASK_MODEL_CLASS.replace(
    "from flask_sqlalchemy.model import Model\n", "from sqlalchemy.orm import DeclarativeBase\n").replace(
    "class IdModel(Model):", "class IdModel(DeclarativeBase):")


def test_the_model_class_of_flask_sqlalchemy_gives_its_columns_to_every_model(pg, tmp_path):
    for name, models in (("model", FLASK_MODEL_CLASS), ("declarative", FLASK_MODEL_CLASS_DECLARATIVE)):
        scenario = _no_drift(tmp_path / name, pg, models, metadata="app.models:db.metadata")
        model_set = read_models(scenario.package)
        assert model_set.unresolved == ()
        assert {t.name: sorted(c.name for c in t.columns) for t in model_set.schema.tables} == {
            "project": ["id", "name"], "project_file": ["id", "path"]}
        assert {c.class_name: c.kind for c in model_set.classes} == {
            "IdModel": "mixin", "Project": "model", "ProjectFile": "model"}


# polarsource/polar: a mixin imported from a project module that does not parse on the Python
# running the tool (``type X = ...`` under 3.11) was "not defined in the scanned files" (add
# the file to --models), though it is; the message names the file and why it cannot be read.
def test_a_base_from_a_project_file_that_cannot_be_parsed_names_that_file(tmp_path):
    package = tmp_path / "app"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "kit.py").write_text("from sqlalchemy.orm import Mapped\n\n\nclass MetadataMixin:\n"
                                    "    meta: Mapped[dict]\n\n\ndef broken(:\n    pass\n")
    (package / "models" / "__init__.py").write_text("")
    (package / "models" / "box.py").write_text(textwrap.dedent("""
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.kit import MetadataMixin


        class Base(DeclarativeBase):
            pass


        class Box(MetadataMixin, Base):
            __tablename__ = "boxes"
            id: Mapped[int] = mapped_column(primary_key=True)
    """))
    [unresolved] = read_models(package / "models").unresolved
    assert unresolved.message == (
        f"Box: base class MetadataMixin is imported from {package / 'kit.py'}, which cannot be read "
        "(syntax error: invalid syntax): the columns, __tablename__ and __table_args__ MetadataMixin may add "
        "are not seen"), unresolved.message


# polarsource/polar: single-table subclasses narrow the discriminator with
# ``type: Mapped[Literal[Kind.text]] = mapped_column(use_existing_column=True)`` and share a
# column two of them declare. SQLAlchemy uses the table's column of that name; the
# ``Literal`` is not a column type (was "annotation `Literal[Kind.text]` cannot be mapped
# statically" for each subclass).
USE_EXISTING_COLUMN = """
    import datetime
    import enum
    from typing import Literal

    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Kind(enum.Enum):
        text = "text"
        number = "number"


    class Field(Base):
        __tablename__ = "fields"
        id: Mapped[int] = mapped_column(primary_key=True)
        type: Mapped[str] = mapped_column(String(16), index=True)
        __mapper_args__ = {"polymorphic_on": "type"}


    class TextField(Field):
        type: Mapped[Literal[Kind.text]] = mapped_column(use_existing_column=True)
        started: Mapped[datetime.datetime | None] = mapped_column(use_existing_column=True)
        __mapper_args__ = {"polymorphic_identity": "text"}


    class NumberField(Field):
        type: Mapped[Literal[Kind.number]] = mapped_column(use_existing_column=True)
        started: Mapped[datetime.datetime | None] = mapped_column(use_existing_column=True)
        __mapper_args__ = {"polymorphic_identity": "number"}
"""


def test_a_single_table_subclass_column_that_uses_the_existing_column_is_the_tables(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, USE_EXISTING_COLUMN)
    [table] = read_models(scenario.package).schema.tables
    assert [(c.name, c.type.render(), c.nullable) for c in table.columns] == [
        ("id", "integer", False), ("type", "character varying(16)", False),
        ("started", "timestamp without time zone", True)]


# privacyidea/privacyidea: ``AUDIT_TABLE_NAME = "pidea_audit"`` at module level and
# ``__tablename__ = AUDIT_TABLE_NAME`` (was "computed; cannot resolve statically", the table
# not compared). The constant names the table; a rename of the table in the database is a
# person's edit of the constant, which other code may use too.
TABLENAME_CONSTANT = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    AUDIT_TABLE_NAME = "audit_log"


    class Audit(Base):
        __tablename__ = AUDIT_TABLE_NAME
        id = Column(Integer, primary_key=True)
        action = Column(String(50), nullable=False)
        signature = Column(String(620))
"""


def test_a_tablename_from_a_module_constant_is_read_and_its_rename_left_to_a_person(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, TABLENAME_CONSTANT)
    assert [t.name for t in read_models(scenario.package).schema.tables] == ["audit_log"]
    scenario.drift("ALTER TABLE audit_log RENAME TO audit_entries")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions] == []
    [by_hand] = plan.by_hand
    assert "AUDIT_TABLE_NAME" in by_hand.message and "'audit_entries'" in by_hand.message, by_hand.message


# privacyidea/privacyidea: lengths kept in a module-level dict,
# ``Unicode(audit_column_length.get("action"))`` / ``String(LENGTHS["serial"])`` (was "has
# arguments that are not literals" on each column, the type not compared).
LENGTHS_DICT = """
    from sqlalchemy import Column, Integer, String, Unicode
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    LENGTHS = {"action": 50, "serial": 40}


    class Audit(Base):
        __tablename__ = "audit"
        id = Column(Integer, primary_key=True)
        action = Column(Unicode(LENGTHS.get("action")))
        serial = Column(String(LENGTHS["serial"]))
"""


def test_type_lengths_from_a_module_level_dict_are_read(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, LENGTHS_DICT)
    [table] = read_models(scenario.package).schema.tables
    assert [c.type.render() for c in table.columns] == ["integer", "character varying(50)", "character varying(40)"]
    scenario.drift("ALTER TABLE audit ALTER COLUMN action TYPE varchar(80)")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions] == []
    [by_hand] = plan.by_hand
    assert "takes LENGTHS.get('action') (a constant" in by_hand.message, by_hand.message


# fastapi-users/fastapi-users-db-sqlalchemy: a mixin declares its columns twice, plain
# annotations under ``if TYPE_CHECKING:`` and the mapped columns in the ``else:`` that runs
# (was "column assigned under `if` ... is not read" on every column, and the class's table
# without them). A change to one of them is left by hand: edits are made on class-body
# statements only; a spelling of its type the plan would not change anyway (``String(length=320)``,
# onyx's) is no change left by hand (it was, on a database made from the models).
TYPE_CHECKING_ELSE = """
    from typing import TYPE_CHECKING

    from sqlalchemy import ForeignKey, Integer, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


    class Base(DeclarativeBase):
        pass


    class Owner(Base):
        __tablename__ = "owners"
        id: Mapped[int] = mapped_column(primary_key=True)


    class AccountColumns:
        __tablename__ = "accounts"

        if TYPE_CHECKING:
            id: int
            email: str
        else:
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            email: Mapped[str] = mapped_column(String(length=320), unique=True, index=True, nullable=False)

            @declared_attr
            def owner_id(cls) -> Mapped[int]:
                return mapped_column(ForeignKey("owners.id", ondelete="cascade"), nullable=False)


    class Account(AccountColumns, Base):
        nickname: Mapped[str | None] = mapped_column(String(40))
"""


def test_the_columns_of_the_run_time_branch_of_if_type_checking_are_read(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, TYPE_CHECKING_ELSE)
    tables = {t.name: [c.name for c in t.columns] for t in read_models(scenario.package).schema.tables}
    assert tables == {"owners": ["id"], "accounts": ["nickname", "id", "email", "owner_id"]}
    assert scenario.plan().by_hand == ()
    scenario.drift("ALTER TABLE accounts ALTER COLUMN email TYPE varchar(400);"
                   "ALTER TABLE accounts ADD COLUMN last_seen timestamp")
    plan = scenario.plan()
    assert [(a.kind, getattr(a, "attribute", None)) for a in plan.actions] == [("add-column", "last_seen")]
    [by_hand] = plan.by_hand
    assert "AccountColumns.email is defined in the branch of `if TYPE_CHECKING: ... else:`" in by_hand.message
    outcome = scenario.reconcile()
    # the one difference left is the by-hand item's
    assert outcome.problems() == ['Alembic: {"op": "modify", "table": "accounts", "column": "email", "changes": '
                                  '{"modify_type": {"db": "VARCHAR(400)", "models": "VARCHAR(320)"}}, '
                                  '"why": "no db-sql suggestion removes it"}'], outcome.problems()
    assert "    last_seen: Mapped[datetime | None] = mapped_column(DateTime)\n" in outcome.after["models.py"]


# ITISFoundation/osparc-simcore: ``Table`` objects whose ``ForeignKeyConstraint`` names the
# referred columns through the other table (``[users.c.id]``, a composite
# ``(nodes.c.project, nodes.c.node)``): was "names columns that are not literals", the keys
# not compared.
TABLE_KEYS_THROUGH_COLUMNS = """
    import sqlalchemy as sa

    metadata = sa.MetaData()

    users = sa.Table(
        "users",
        metadata,
        sa.Column("id", sa.BigInteger, primary_key=True),
    )

    nodes = sa.Table(
        "nodes",
        metadata,
        sa.Column("project", sa.String, nullable=False),
        sa.Column("node", sa.String, nullable=False),
        sa.PrimaryKeyConstraint("project", "node"),
    )

    confirmations = sa.Table(
        "confirmations",
        metadata,
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("user_id", sa.BigInteger),
        sa.Column("project", sa.String),
        sa.Column("node", sa.String),
        sa.ForeignKeyConstraint(["user_id"], [users.c.id], name="user_confirmation_fkey", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(("project", "node"), (nodes.c.project, nodes.c.node), name="fk_confirmation_node"),
    )
"""


def test_a_foreign_key_constraint_naming_the_other_tables_columns_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_KEYS_THROUGH_COLUMNS}, metadata="app.models:metadata")
    scenario.create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = [t for t in models.schema.tables if t.name == "confirmations"]
    assert sorted((fk.name, fk.columns, fk.target_table, fk.target_columns, fk.ondelete)
                  for fk in table.foreign_keys) == [
        ("fk_confirmation_node", ("project", "node"), "nodes", ("project", "node"), None),
        ("user_confirmation_fkey", ("user_id",), "users", ("id",), "CASCADE")]
    # a change to it is left by hand, like a composite key's (was: a ForeignKey added to the
    # column next to the constraint, two keys where the database has one)
    scenario.drift("ALTER TABLE confirmations DROP CONSTRAINT user_confirmation_fkey,"
                   " ADD CONSTRAINT user_confirmation_fkey FOREIGN KEY (user_id) REFERENCES users (id)"
                   " ON DELETE SET NULL")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    [by_hand] = plan.by_hand
    assert "declares this foreign key with a ForeignKeyConstraint" in by_hand.message, by_hand.message


# getsentry/zeus: a TypeDecorator of the project named ``Enum`` (the standard library's
# imported as ``EnumType``) and ``class StrEnum(Enum): impl = STRINGTYPE``: StrEnum is a
# TypeDecorator over String(), not a Python enum (was "type `StrEnum(Reason)` is not a known
# SQLAlchemy type").
DECORATOR_NAMED_ENUM = """
    from enum import Enum as EnumType

    from sqlalchemy import Column, Integer
    from sqlalchemy.orm import declarative_base
    from sqlalchemy.types import INT, STRINGTYPE, TypeDecorator

    Base = declarative_base()


    class Enum(TypeDecorator):
        impl = INT
        cache_ok = True

        def __init__(self, enum=None, *args, **kwargs):
            self.enum = enum
            super().__init__(*args, **kwargs)

        def process_bind_param(self, value, dialect):
            return None if value is None else value.value

        def process_result_value(self, value, dialect):
            return value if value is None or not self.enum else self.enum(value)


    class StrEnum(Enum):
        impl = STRINGTYPE


    class Reason(EnumType):
        failing = "failing"
        missing = "missing"


    class Level(EnumType):
        low = 1
        high = 2


    class FailureReason(Base):
        __tablename__ = "failure_reasons"
        id = Column(Integer, primary_key=True)
        reason = Column(StrEnum(Reason), nullable=False)
        level = Column(Enum(Level))
"""


def test_a_type_decorator_named_enum_is_not_the_standard_librarys(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, DECORATOR_NAMED_ENUM)
    [table] = read_models(scenario.package).schema.tables
    assert [(c.name, c.type.render()) for c in table.columns] == [
        ("id", "integer"), ("reason", "character varying"), ("level", "integer")]


# ITISFoundation/osparc-simcore, the rest of its Table style: the referential actions named
# through a class of constants (``ondelete=RefActions.CASCADE``, was read as no action: a
# foreign-key edit on every key where nothing drifted), a column whose nullability and server
# default are not literals (not compared, was "assumed" and edited), ``server_default=sa.null()``
# (PostgreSQL stores no default for it) and a timestamp literal PostgreSQL prints otherwise;
# a new table of a codebase of Table objects only is a Table next to its foreign-key neighbour
# (was a class on a Base the file does not have).
TABLES_WITH_CONSTANTS = {
    "common.py": """
        from typing import Final

        import sqlalchemy as sa

        metadata = sa.MetaData()


        class RefActions:
            '''Referential actions.'''

            CASCADE: Final[str] = "CASCADE"
            SET_NULL: Final[str] = "SET NULL"

    """,
    "models.py": """
        import sqlalchemy as sa

        from .common import RefActions, metadata

        users = sa.Table(
            "users",
            metadata,
            sa.Column("id", sa.BigInteger, primary_key=True),
            sa.Column("deleted", sa.DateTime(timezone=True), server_default=sa.null()),
            sa.Column("born", sa.DateTime(timezone=True), server_default=sa.text("'1900-01-01T00:00:00Z'::timestamptz")),
        )

        tags = sa.Table(
            "tags",
            metadata,
            sa.Column("id", sa.BigInteger, primary_key=True),
            sa.Column("owner", sa.BigInteger, sa.ForeignKey("users.id", ondelete=RefActions.CASCADE)),
            sa.Column("editor", sa.BigInteger, sa.ForeignKey(users.c.id, ondelete=RefActions.SET_NULL)),
            sa.Column("hidden", sa.Boolean, nullable=not False, server_default=sa.text(f"{'false'}")),
        )
    """,
}


def test_table_objects_with_constants_of_a_class_and_unread_options(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TABLES_WITH_CONSTANTS, metadata="app.models:metadata").create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    models = read_models(scenario.package)
    [tags] = [t for t in models.schema.tables if t.name == "tags"]
    assert sorted((fk.columns, fk.ondelete) for fk in tags.foreign_keys) == [
        (("editor",), "SET NULL"), (("owner",), "CASCADE")]
    assert sorted(u.message for u in models.unresolved) == [
        "hidden: nullable=not False is not a literal; whether the column takes NULL is not compared",
        "hidden: server_default `sa.text(f\"{'false'}\")` is not static SQL; not compared"]
    scenario.drift("CREATE TABLE tag_aliases (id bigserial PRIMARY KEY,"
                   " tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE, alias text NOT NULL)")
    outcome = scenario.reconcile()
    # Alembic's own noise, on the database create_all made as well: it compares the text NULL
    # of sa.null() with no default, where PostgreSQL stores none
    assert outcome.problems() == [
        'Alembic: {"op": "modify", "table": "users", "column": "deleted", "changes": {"modify_default": '
        '{"db": null, "models": "NULL"}}, "why": "no db-sql suggestion removes it"}']
    assert outcome.after["models.py"].endswith(textwrap.dedent("""
        tag_aliases = sa.Table(
            "tag_aliases",
            metadata,
            sa.Column("id", sa.BigInteger, primary_key=True),
            sa.Column("tag_id", sa.BigInteger, sa.ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
            sa.Column("alias", sa.Text, nullable=False),
        )
    """)), outcome.after["models.py"]


# Flexget/Flexget: every plugin module makes its own base with a project function,
# ``Base = db_schema.versioned_base("backlog", 3)``, which returns a class it defines under
# ``@as_declarative(metadata=...)``; one module writes ``if TYPE_CHECKING: class Base: ...
# else: Base = versioned_base(...)``, and another imports ``AuthBase`` from a library while a
# third names its base ``AuthBase``. Was: 3 of 112 model classes read (the type checkers'
# ``class Base`` stood for every module's Base), and plain classes of one name reported.
BASE_FACTORY = {
    "db_schema.py": """
        from sqlalchemy import MetaData
        from sqlalchemy.orm import as_declarative

        metadata = MetaData()


        def versioned_base(plugin: str, version: int):
            '''A base that knows its plugin's schema version.'''

            @as_declarative(metadata=metadata)
            class VersionedBase:
                _plugin = plugin
                _version = version

            return VersionedBase
    """,
    "backlog.py": """
        from sqlalchemy import Column, Integer, Unicode

        from app import db_schema

        Base = db_schema.versioned_base("backlog", 3)


        class BacklogEntry(Base):
            __tablename__ = "backlog"
            id = Column(Integer, primary_key=True)
            title = Column(Unicode)


        class Schemas:
            entry = {"type": "object"}
    """,
    "cache.py": """
        from typing import TYPE_CHECKING

        from sqlalchemy import Column, Integer, String

        from app.db_schema import versioned_base

        if TYPE_CHECKING:

            class Base:
                pass

        else:
            Base = versioned_base("input_cache", 2)


        class InputCache(Base):
            __tablename__ = "input_cache"
            id = Column(Integer, primary_key=True)
            name = Column(String(40))


        class Schemas:
            cache = {"type": "object"}
    """,
    "trakt.py": """
        from sqlalchemy import Column, Integer

        from app.db_schema import versioned_base

        AuthBase = versioned_base("trakt_auth", 0)


        class TraktAuth(AuthBase):
            __tablename__ = "trakt_auth"
            id = Column(Integer, primary_key=True)
    """,
    "sites.py": """
        from string import Formatter as AuthBase


        class SiteAuth(AuthBase):
            '''Not a model: the library's AuthBase, not trakt's.'''
    """,
    "models.py": """
        from app import backlog, cache, sites, trakt
        from app.db_schema import metadata
    """,
}


def test_bases_a_project_function_returns_are_declarative_bases(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, BASE_FACTORY, metadata="app.models:metadata").create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted((c.class_name, c.table) for c in models.classes if c.kind == "model") == [
        ("BacklogEntry", "backlog"), ("InputCache", "input_cache"), ("TraktAuth", "trakt_auth")]


# fastapi/full-stack-fastapi-template and other FastAPI projects: SQLModel classes
# (``class Hero(SQLModel, table=True)``), here beside a declarative base. Their fields are read as
# SQLModel makes the columns (they were one `unresolved:` line each, their tables not compared;
# before that, a SQLAlchemy class was generated for each of their tables); a codebase of SQLModel
# classes only is a codebase of models (it was "no mapped classes found").
SQLMODEL_AND_DECLARATIVE = """
    from typing import Optional

    from sqlalchemy import Column, Integer
    from sqlalchemy.orm import declarative_base
    from sqlmodel import Field, SQLModel

    Base = declarative_base()


    class Hero(SQLModel, table=True):
        id: Optional[int] = Field(default=None, primary_key=True)
        name: str = Field(index=True)


    class Team(Base):
        __tablename__ = "team"
        id = Column(Integer, primary_key=True)
"""


def test_sqlmodel_table_classes_are_read_beside_declarative_ones(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": SQLMODEL_AND_DECLARATIVE})
    scenario.drift("CREATE TABLE hero (id serial PRIMARY KEY, name varchar NOT NULL);"
                   "CREATE INDEX ix_hero_name ON hero (name); CREATE TABLE team (id serial PRIMARY KEY)")
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted(t.name for t in models.schema.tables) == ["hero", "team"]
    plan = scenario.plan()
    assert (plan.actions, plan.by_hand) == ((), ())
    (scenario.package / "models.py").write_text(textwrap.dedent(SQLMODEL_AND_DECLARATIVE).split("\n\n\nclass Team")[0])
    assert [t.name for t in read_models(scenario.package).schema.tables] == ["hero"]


# Flexget/Flexget: an index made at module level on the columns of the metadata's table,
# ``columns = Base.metadata.tables["failed"].c; Index("failed_title_url", columns.title,
# columns.url)`` (was "module-level Index on columns, which is not a mapped table", and an
# Index added to the class where nothing drifted).
INDEX_ON_METADATA_COLUMNS = """
    from sqlalchemy import Column, Index, Integer, String, Unicode
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class FailedEntry(Base):
        __tablename__ = "failed"
        id = Column(Integer, primary_key=True)
        title = Column(Unicode)
        url = Column(String)


    columns = Base.metadata.tables["failed"].c
    Index("failed_title_url", columns.title, columns.url)
"""


def test_a_module_level_index_on_the_metadatas_table_columns_is_the_tables(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, INDEX_ON_METADATA_COLUMNS)
    [table] = read_models(scenario.package).schema.tables
    assert [(i.name, i.columns) for i in table.indexes] == [("failed_title_url", ("title", "url"))]


# mlrun/mlrun: every model class inside ``with warnings.catch_warnings():`` at module level
# (was "no mapped classes found"), and mapped classes that module-level functions make for a
# table named at run time (``def make_label(table): class Label(Base): __tablename__ =
# f"{table}_labels"``). Classes in the block are read and compared; a change to one is a by-hand
# item (the edits are made on top-level classes); a function's class leaves the tables without
# a class alone (was: a class generated for each of them).
CLASSES_IN_A_WITH_BLOCK = """
    import warnings

    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base

    import app.utils.db

    Base = declarative_base()


    def make_label(table):
        class Label(Base):
            __tablename__ = f"{table}_labels"
            id = Column(Integer, primary_key=True)
            name = Column(String(255))
            parent = Column(Integer, ForeignKey(f"{table}.id"))

        return Label


    with warnings.catch_warnings():
        warnings.simplefilter("ignore")

        class Artifact(Base, app.utils.db.HasStruct):
            __tablename__ = "artifacts"
            id = Column(Integer, primary_key=True)
            key = Column(String(255))
            Label = make_label(__tablename__)
"""

# a mixin named by its dotted path after ``import app.utils.db`` (was "not defined in the
# scanned files", its column unseen)
HAS_STRUCT = """
    from sqlalchemy import Column, LargeBinary


    class HasStruct:
        body = Column(LargeBinary)
"""


def test_classes_in_a_with_block_and_classes_a_function_makes(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": CLASSES_IN_A_WITH_BLOCK, "utils/__init__.py": "",
                                       "utils/db.py": HAS_STRUCT}).create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    models = read_models(scenario.package / "models.py")
    assert [(c.class_name, c.table) for c in models.classes] == [("make_label().Label", None),
                                                                 ("Artifact", "artifacts")]
    assert [c.name for c in models.schema.tables[0].columns] == ["id", "key", "body"]
    assert [u.message for u in models.unresolved] == [
        "Label: a mapped class that make_label() makes at run time, its table decided then: the database tables "
        "no class maps that have its columns (id, name, parent) are not given a generated class"]
    # a class in a top-level ``with`` block is always defined, as a top-level one is: edited
    # in place, and a new class goes after it in the block (mlrun: was one by-hand item per change)
    outcome = scenario.drift("""
        ALTER TABLE artifacts ALTER COLUMN key TYPE varchar(300);
        ALTER TABLE artifacts ALTER COLUMN key SET NOT NULL;
        ALTER TABLE artifacts RENAME COLUMN key TO artifact_key;
        ALTER TABLE artifacts ADD COLUMN uid varchar(40);
        CREATE TABLE artifact_notes (id serial PRIMARY KEY, artifact_id integer REFERENCES artifacts (id));
    """).reconcile()
    assert outcome.problems() == [], "\n".join(outcome.problems()) + outcome.after["models.py"]
    assert outcome.plan.by_hand == ()
    assert sorted(a.kind for a in outcome.code_actions()) == [
        "add-column", "add-model", "column-name", "nullable", "type"]
    text = outcome.after["models.py"]
    assert '        key = Column("artifact_key", String(300), nullable=False)\n' in text, text
    assert "\n    class ArtifactNote(Base):\n" in text, text
    assert text.index("class ArtifactNote") > text.index("Label = make_label(__tablename__)")


# openstack/keystone and alephdata/aleph: enum labels named through constants of a class,
# ``Enum(AssignmentType.USER_PROJECT, ...)`` where AssignmentType holds literals and methods,
# and ``Enum(*TYPES)`` where the model's own body says ``USER = "user"`` and
# ``TYPES = [USER, GROUP]`` (both were "labels that are not literals", the column's type not
# compared).
ENUM_LABELS_FROM_CLASS_CONSTANTS = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class AssignmentType:
        USER_PROJECT = "UserProject"
        GROUP_PROJECT = "GroupProject"

        @classmethod
        def of(cls, user_id):
            return cls.USER_PROJECT if user_id else cls.GROUP_PROJECT


    class Assignment(Base):
        __tablename__ = "assignment"
        id = Column(Integer, primary_key=True)
        type = Column(Enum(AssignmentType.USER_PROJECT, AssignmentType.GROUP_PROJECT, name="assignment_type"))


    class Role(Base):
        __tablename__ = "role"
        USER = "user"
        GROUP = "group"
        TYPES = [USER, GROUP]

        id = Column(Integer, primary_key=True)
        type = Column(Enum(*TYPES, name="role_type"), nullable=False)
"""


def test_enum_labels_named_by_constants_of_a_class_are_read(pg, tmp_path):
    scenario = _read_whole(tmp_path, pg, ENUM_LABELS_FROM_CLASS_CONSTANTS)
    enums = {e.name: e.labels for e in read_models(scenario.package).schema.enums}
    assert enums == {"assignment_type": ("UserProject", "GroupProject"), "role_type": ("user", "group")}


# tracim/tracim: the project's declarative base is named ``DeclarativeBase``
# (``DeclarativeBase = declarative_base(metadata=metadata)``, imported by every models module),
# which is not SQLAlchemy's class of that name (was "no mapped classes found": each model was
# taken for a base); server defaults ``sqlalchemy.sql.expression.literal(False)`` and
# ``str(DEFAULT_ALLOWED_SPACE)`` of a numeric constant of the class (were "not static SQL").
PROJECT_BASE_NAMED_DECLARATIVE_BASE = {
    "meta.py": """
        from sqlalchemy import MetaData
        from sqlalchemy.ext.declarative import declarative_base

        metadata = MetaData()
        DeclarativeBase = declarative_base(metadata=metadata)
    """,
    "models.py": """
        import sqlalchemy
        from sqlalchemy import BigInteger, Boolean, Column, Integer

        from app.meta import DeclarativeBase, metadata


        class User(DeclarativeBase):
            __tablename__ = "users"
            DEFAULT_ALLOWED_SPACE = 0  # a constant of the class, as tracim writes it
            user_id = Column(Integer, primary_key=True)
            is_active = Column(Boolean, nullable=False, server_default=sqlalchemy.sql.expression.literal(True))
            allowed_space = Column(BigInteger, nullable=False, server_default=str(DEFAULT_ALLOWED_SPACE))
    """,
}


def test_a_project_base_named_declarative_base_is_the_projects(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PROJECT_BASE_NAMED_DECLARATIVE_BASE,
                        metadata="app.models:metadata").create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [users] = models.schema.tables
    assert [(c.name, c.default) for c in users.columns] == [
        ("user_id", None), ("is_active", "true"), ("allowed_space", "'0'::bigint")]
    scenario.drift("ALTER TABLE users ALTER COLUMN is_active SET DEFAULT false")
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == ["server-default"]


def test_sqlalchemys_declarative_base_re_exported_by_a_project_module_stays_sqlalchemys(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "db.py").write_text("from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n")
    (package / "models.py").write_text(textwrap.dedent("""
        from app.db import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class User(Base):
            __tablename__ = "users"
            id: Mapped[int] = mapped_column(primary_key=True)
    """))
    models = read_models(package)
    assert [(c.class_name, c.kind, c.table) for c in models.classes] == [("Base", "mixin", None),
                                                                         ("User", "model", "users")]
    assert models.unresolved == ()


def test_a_mapped_class_a_function_makes_under_a_literal_name_is_named(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)


        def create_audit_table():
            class AuditLog(Base):
                __tablename__ = "audit_log"
                id = Column(Integer, primary_key=True)

            return AuditLog.__table__
    """))
    models = read_models(tmp_path)
    assert [(c.class_name, c.table) for c in models.classes] == [("User", "users"),
                                                                 ("create_audit_table().AuditLog", None)]
    assert [u.message for u in models.unresolved] == [
        "AuditLog: a mapped class that create_audit_table() makes at run time, its table audit_log is not "
        "compared: the database tables no class maps that have its columns (id) are not given a generated class"]


# bitcart/bitcart: the models' root derives from a library's declarative base
# (``class Model(SQLQuery): __abstract__ = True``; only declarative reads ``__abstract__``), and
# its ``__init_subclass__`` prefixes the table name only of a plugin's class
# (``if hasattr(cls, "TABLE_PREFIX"):``). Was "no mapped classes found"; then every table
# name taken for one the hook makes. (bitcart's library is advanced-alchemy; a name no package
# has stands in for it, so that the result does not depend on what is installed: the reader reads
# an installed library's bases.)
GUARDED_TABLENAME_HOOK = """
    from unpublished_orm.base import SQLQuery
    from sqlalchemy import Column, Integer, Text


    class Model(SQLQuery):
        __abstract__ = True

        def __init_subclass__(cls, **kwargs):
            if hasattr(cls, "__tablename__"):
                if hasattr(cls, "TABLE_PREFIX"):
                    cls.__tablename__ = f"plugin_{cls.TABLE_PREFIX}_{cls.__tablename__}"
            super().__init_subclass__(**kwargs)


    class User(Model):
        __tablename__ = "users"
        id = Column(Text, primary_key=True)


    class PluginSetting(Model):
        __tablename__ = "settings"
        TABLE_PREFIX = "shop"
        id = Column(Integer, primary_key=True)
"""


def test_a_tablename_hook_guarded_by_hasattr_leaves_classes_without_that_attribute_alone(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(GUARDED_TABLENAME_HOOK))
    models = read_models(tmp_path)
    assert [(c.class_name, c.table) for c in models.classes if c.kind == "model"] == [
        ("User", "users"), ("PluginSetting", None)]
    assert [u.message.split(":")[0:2] for u in models.unresolved] == [
        ["Model", " base class SQLQuery is not defined in the scanned files and is not a known declarative base"],
        ["PluginSetting", " __tablename__ is computed (set by Model.__init_subclass__ at run time); cannot resolve "
                          "statically"]]


# A base imported under another name (``from app.mixins import Stamped as StampedMixin``)
# is the class of that module. Was "base class StampedMixin is not defined in the scanned
# files": its columns missing, so a plan added them.
STAMPED_MIXIN = """
    from sqlalchemy import Column, DateTime, func


    class Stamped:
        created_at = Column(DateTime, server_default=func.now(), nullable=False)
"""

ALIASED_MIXIN_MODELS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    from app.mixins import Stamped as StampedMixin

    Base = declarative_base()


    class Thing(Base, StampedMixin):
        __tablename__ = "things"
        id = Column(Integer, primary_key=True)
        name = Column(String(40))
"""


def test_a_base_imported_under_another_name_is_the_class_of_its_module(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"mixins.py": STAMPED_MIXIN, "models.py": ALIASED_MIXIN_MODELS})
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.class_name, c.attribute, c.defined_in) for c in models.columns] == [
        ("Thing", "id", "Thing"), ("Thing", "name", "Thing"), ("Thing", "created_at", "Stamped")]
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []


# ethyca/fides: ``from app.db.base_class import FidesBase as FideslibBase`` and then
# ``class FidesBase(FideslibBase)``, a class of the same name as the one it extends. The
# base module's own ``class Wrapped(FidesBase)`` (the ``cls=`` of its declarative base,
# with the declared ``__tablename__`` and the ``id`` of every model) means that module's
# class. Was: one class of that name read, the other reported as "also defined", so 49
# models had no table name and none had ``id`` / ``created_at``.
SAME_NAME_BASE = """
    from sqlalchemy import Column, DateTime, String, func
    from sqlalchemy.orm import declarative_base, declared_attr


    class Resource:
        id = Column(String(255), primary_key=True)
        created_at = Column(DateTime(timezone=True), server_default=func.now())

        @declared_attr
        def __tablename__(cls) -> str:
            return cls.__name__.lower()


    class Wrapped(Resource):
        def save(self):
            return self


    Base = declarative_base(cls=Wrapped)
"""

SAME_NAME_EXTENSION = """
    from sqlalchemy import Column, String

    from app.base_class import Resource as LibraryResource


    class Resource(LibraryResource):
        key = Column(String(40), unique=True)
"""

SAME_NAME_MODELS = """
    from sqlalchemy import Column, String, Text

    from app.base_class import Base
    from app.resources import Resource


    class Widget(Base):
        name = Column(String(40))


    class System(Base, Resource):
        __tablename__ = "systems"
        description = Column(Text)
"""


def test_a_class_named_like_the_imported_class_it_extends_keeps_both(pg, tmp_path):
    files = {"base_class.py": SAME_NAME_BASE, "resources.py": SAME_NAME_EXTENSION, "models.py": SAME_NAME_MODELS}
    scenario = Scenario(tmp_path, pg, files)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {t.name: [c.name for c in t.columns] for t in models.schema.tables} == {
        "widget": ["name", "id", "created_at"], "systems": ["description", "key", "id", "created_at"]}
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []


# ethyca/fides: ``from enum import Enum as EnumType`` under the enum classes, and the
# SQLAlchemy ``Enum`` taken from a module of the project that imports it at run time
# (``if TYPE_CHECKING: class EnumColumn(...) else: from sqlalchemy import Enum as
# EnumColumn``). Was: "labels that are not literals" and "not a known SQLAlchemy type".
REEXPORTED_ENUM_UTIL = """
    from typing import TYPE_CHECKING

    if TYPE_CHECKING:
        from sqlalchemy.types import TypeEngine

        class EnumColumn(TypeEngine):
            def __init__(self, enum, **kwargs) -> None: ...

    else:
        from sqlalchemy import Enum as EnumColumn
"""

REEXPORTED_ENUM_MODELS = """
    from enum import Enum as EnumType

    from sqlalchemy import Column, Integer
    from sqlalchemy.orm import declarative_base

    from app.util import EnumColumn

    Base = declarative_base()


    class Action(str, EnumType):
        approved = "approved"
        denied = "denied"


    class AuditLog(Base):
        __tablename__ = "audit_log"
        id = Column(Integer, primary_key=True)
        action = Column(EnumColumn(Action), nullable=False)
"""


def test_an_aliased_enum_base_and_a_reexported_sqlalchemy_enum_are_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"util.py": REEXPORTED_ENUM_UTIL, "models.py": REEXPORTED_ENUM_MODELS})
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(e.name, e.labels) for e in models.schema.enums] == [("action", ("approved", "denied"))]
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []


def test_a_reexported_sqlalchemy_enum_follows_the_database(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"util.py": REEXPORTED_ENUM_UTIL, "models.py": REEXPORTED_ENUM_MODELS})
    scenario.create_from_models().drift(
        "ALTER TABLE audit_log ADD COLUMN previous action; ALTER TABLE audit_log ALTER COLUMN action DROP NOT NULL;")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    models = outcome.after["models.py"]
    assert '    action = Column(EnumColumn(Action), nullable=True)\n' in models
    assert '    previous = Column(Enum("approved", "denied", name="action"))\n' in models


# ethyca/fides: ``from app.models import Dataset as CtlDataset`` and then
# ``ForeignKey(CtlDataset.id)``. Was "CtlDataset is not a mapped class of the scanned files;
# the foreign key is not compared".
ALIASED_TARGET_MODELS = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Dataset(Base):
        __tablename__ = "datasets"
        id = Column(Integer, primary_key=True)
        name = Column(String(40))
"""

ALIASED_TARGET_CONFIG = """
    from sqlalchemy import Column, ForeignKey, Integer

    from app.models import Base
    from app.models import Dataset as CtlDataset


    class DatasetConfig(Base):
        __tablename__ = "dataset_configs"
        id = Column(Integer, primary_key=True)
        dataset_id = Column(Integer, ForeignKey(CtlDataset.id, ondelete="CASCADE"), nullable=False)
"""


def test_a_foreign_key_through_a_class_imported_under_another_name_is_compared(pg, tmp_path):
    models_and_import = textwrap.dedent(ALIASED_TARGET_MODELS) + "\n\nfrom app.config import DatasetConfig  # noqa\n"
    files = {"models.py": models_and_import, "config.py": ALIASED_TARGET_CONFIG}
    scenario = Scenario(tmp_path, pg, files)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    configs = next(t for t in models.schema.tables if t.name == "dataset_configs")
    assert [(fk.columns, fk.target_table, fk.target_columns, fk.ondelete) for fk in configs.foreign_keys] == [
        (("dataset_id",), "datasets", ("id",), "CASCADE")]
    scenario.create_from_models().drift(
        "ALTER TABLE dataset_configs DROP CONSTRAINT dataset_configs_dataset_id_fkey;"
        "ALTER TABLE dataset_configs ADD FOREIGN KEY (dataset_id) REFERENCES datasets (id) ON DELETE SET NULL;")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert 'ForeignKey(CtlDataset.id, ondelete="SET NULL")' in outcome.after["config.py"]


# hasgeek/funnel's tests: ``from flask_sqlalchemy.session import Session as FsaSession``
# next to the project's own ``models/session.py`` with a ``Session`` model. The library's
# module is not the project's file of that last name: ``BoundSession`` is no model.
LIBRARY_MODULE_NAMED_LIKE_OURS = {
    "models/__init__.py": "",
    "models/session.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Session(Base):
            __tablename__ = "session"
            id = Column(Integer, primary_key=True)
    """,
    "conftest.py": """
        from flask_sqlalchemy.session import Session as FsaSession


        class BoundSession(FsaSession):
            pass


        def tables(db):
            return db.Model.metadata.sorted_tables
    """,
}


def test_a_base_imported_from_a_library_module_is_not_the_project_module_of_that_name(tmp_path):
    for name, text in LIBRARY_MODULE_NAMED_LIKE_OURS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text))
    models = read_models(tmp_path)
    assert [(c.class_name, c.kind, c.table) for c in models.classes] == [("Session", "model", "session")]


# hypothesis/h: ``h/db/mixins.py`` and ``h/db/mixins_dataclasses.py`` both define a
# ``Timestamps`` mixin; the models use the first. The other, which no class names, was an
# "also defined at ..., the first is read" line.
UNUSED_SAME_NAME_MIXIN = {
    "mixins.py": """
        from sqlalchemy import Column, DateTime, func


        class Timestamps:
            created = Column(DateTime, server_default=func.now(), nullable=False)
    """,
    "mixins_dataclasses.py": """
        from datetime import datetime

        from sqlalchemy import func
        from sqlalchemy.orm import Mapped, MappedAsDataclass, mapped_column


        class Timestamps(MappedAsDataclass):
            updated: Mapped[datetime] = mapped_column(init=False, server_default=func.now())
    """,
    "models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        from app.mixins import Timestamps

        Base = declarative_base()


        class Flag(Base, Timestamps):
            __tablename__ = "flag"
            id = Column(Integer, primary_key=True)
    """,
}


def test_a_mixin_named_like_another_that_no_class_uses_is_no_problem(tmp_path):
    for name, text in UNUSED_SAME_NAME_MIXIN.items():
        (tmp_path / "app" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "app" / name).write_text(textwrap.dedent(text))
    models = read_models(tmp_path / "app")
    assert models.unresolved == ()
    assert [(c.attribute, c.defined_in) for c in models.columns] == [("id", "Flag"), ("created", "Timestamps")]


# cgwire/zou: a model names its mixin's column again (``id = BaseMixin.id``, to use it in
# the body), and a partial unique index on class-body columns whose ``postgresql_where=``
# is a column expression (``is_bot.isnot(True)``). Was: the mixin's ``id`` hidden (a plan
# added ``id_2 = Column('id', ...)``), and the index's WHERE clause not read.
REEXPOSED_MIXIN_COLUMN = """
    import uuid

    from sqlalchemy import Boolean, Column, Index, String, Uuid
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class BaseMixin:
        id = Column(Uuid, primary_key=True, default=uuid.uuid4)


    class Entity(Base, BaseMixin):
        __tablename__ = "entity"

        id = BaseMixin.id
        name = Column(String(160), nullable=False)


    class Person(Base, BaseMixin):
        __tablename__ = "person"

        email = Column(String(255))
        is_bot = Column(Boolean, nullable=False, default=False)

        __table_args__ = (
            Index("only_one_email_by_person", email, is_bot, unique=True, postgresql_where=is_bot.isnot(True)),
        )


    # hypothesis/lms: a partial unique index WHERE col IN (...), written with .in_([...])
    class GradingSync(Base, BaseMixin):
        __tablename__ = "grading_sync"

        entity_id = Column(Uuid, nullable=False)
        status = Column(String(20), nullable=False)

        __table_args__ = (
            Index("ix_grading_sync_unique", entity_id, unique=True,
                  postgresql_where=(status.in_(["scheduled", "in_progress"]))),
        )
"""


def test_a_mixin_column_named_again_in_the_body_and_a_where_on_body_columns_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, REEXPOSED_MIXIN_COLUMN)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.class_name, c.attribute, c.defined_in) for c in models.columns if c.class_name == "Entity"] == [
        ("Entity", "name", "Entity"), ("Entity", "id", "BaseMixin")]


# cgwire/zou: the file's varchar(255) columns are ``ChoiceType(PROJECT_STYLES)`` (a
# sqlalchemy-utils type that maps the values to choices). A new varchar(255) column took that
# spelling, choices and all; a type whose arguments name data is its own column's.
CHOICE_COLUMNS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base
    from sqlalchemy_utils import ChoiceType

    Base = declarative_base()

    STYLES = [("2d", "2D"), ("3d", "3D")]
    STATUSES = [("open", "Open"), ("closed", "Closed")]


    class Project(Base):
        __tablename__ = "project"
        id = Column(Integer, primary_key=True)
        name = Column(String(80), nullable=False)
        style = Column(ChoiceType(STYLES))
        status = Column(ChoiceType(STATUSES))
"""


def test_a_new_column_is_not_given_a_type_written_for_another_columns_data(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CHOICE_COLUMNS)
    scenario.drift("ALTER TABLE project ADD COLUMN website varchar(255)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "    website = Column(String(255))\n" in outcome.after["models.py"]


# opendevops-cn/codo-cmdb: ``ChoiceType(STATUS, String(32))``, the impl given as the second argument,
# was read as the type's default impl, varchar(255): a type change at every such column of a database
# the models made.
def test_a_choice_type_given_its_impl_by_position_is_of_that_impl(pg, tmp_path):
    models = CHOICE_COLUMNS.replace("ChoiceType(STATUSES)", "ChoiceType(STATUSES, String(32))")
    plan = _no_drift(tmp_path, pg, models).drift("ALTER TABLE project ALTER COLUMN status TYPE varchar(64)").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert [b.message.split(";")[0] for b in plan.by_hand] == [
        "project.status is character varying(64) in the database but character varying(32) in the model"]


# hypothesis/h: defaults written as ``sa.func.jsonb("[]")`` and ``text("now() + interval
# '30 days'")`` (PostgreSQL stores ``'[]'::jsonb`` and ``(now() + '30 days'::interval)``); an
# index on ``func.md5(_uri_normalized)`` where that attribute maps the column
# ``uri_normalized``; and an index element a function of the project builds
# (``_normalise_username(cls.username)``). Were: three server-default edits and two index
# rewrites on a database made from these very models.
H_PATTERNS = """
    import sqlalchemy as sa
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    def _normalise_username(username):
        return sa.func.lower(sa.func.replace(username, sa.text("'.'"), sa.text("''")))


    class Job(Base):
        __tablename__ = "job"
        id = sa.Column(sa.Integer, primary_key=True)
        extra = sa.Column(JSONB, server_default=sa.func.jsonb("{}"), nullable=False)
        expires_at = sa.Column(sa.DateTime, server_default=sa.text("now() + interval '30 days'"), nullable=False)


    class DocumentURI(Base):
        __tablename__ = "document_uri"
        id = sa.Column(sa.Integer, primary_key=True)
        _uri_normalized = sa.Column("uri_normalized", sa.UnicodeText, nullable=False)
        type = sa.Column(sa.UnicodeText, nullable=False, server_default="")

        __table_args__ = (sa.Index("ix__document_uri_unique", sa.func.md5(_uri_normalized), "type", unique=True),)


    class User(Base):
        __tablename__ = "user"
        id = sa.Column(sa.Integer, primary_key=True)
        username = sa.Column(sa.UnicodeText, nullable=False)
        authority = sa.Column(sa.UnicodeText, nullable=False)

        @declared_attr
        def __table_args__(cls):
            return (sa.Index("ix__user__userid", _normalise_username(cls.username), cls.authority, unique=True),)
"""


def test_stored_casts_renamed_attributes_in_index_expressions_and_a_helper_built_index(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, H_PATTERNS)
    models = read_models(scenario.package)
    assert [u.message for u in models.unresolved] == [
        "User: index ix__user__userid: `_normalise_username(cls.username)` is a call the reader does not follow "
        "into; the index is not compared"]
    uri = next(t for t in models.schema.tables if t.name == "document_uri")
    assert [(i.name, i.expressions) for i in uri.indexes] == [("ix__document_uri_unique", ("md5(uri_normalized)",))]
    scenario.drift("DROP INDEX ix__user__userid")
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []  # the helper's index is not re-added


# hypothesis/lms: ``varchar_enum(Kind)`` returns ``mapped_column(sa.Enum(enum,
# native_enum=False, create_constraint=False, length=max_length, values_callable=...))``:
# the labels never reach the database, a VARCHAR(64) does. Was: "labels that are not literals".
VARCHAR_ENUM = """
    from enum import StrEnum

    import sqlalchemy as sa
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    def varchar_enum(enum, max_length=64, nullable=False) -> Mapped:
        return mapped_column(
            sa.Enum(
                enum,
                native_enum=False,
                create_constraint=False,
                length=max_length,
                values_callable=lambda obj: [item.value for item in obj],
            ),
            nullable=nullable,
        )


    class Base(DeclarativeBase):
        pass


    class Kind(StrEnum):
        COURSE = "course"
        SECTION = "section"


    class Grouping(Base):
        __tablename__ = "grouping"
        id: Mapped[int] = mapped_column(primary_key=True)
        type: Mapped[Kind] = varchar_enum(Kind)
"""


def test_an_enum_whose_labels_never_reach_the_database_is_its_varchar(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, VARCHAR_ENUM)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    grouping = next(t for t in models.schema.tables if t.name == "grouping")
    assert [(c.name, c.type.name, c.type.length) for c in grouping.columns][1] == ("type", "character varying", 64)
    scenario.drift("ALTER TABLE grouping ALTER COLUMN type TYPE varchar(100)")
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []  # made by a helper: by hand
    line = scenario.text("models.py").splitlines().index("    type: Mapped[Kind] = varchar_enum(Kind)") + 1
    assert [item.line for item in plan.by_hand] == [line]


# skyportal/skyportal: every model derives from ``baselayer.app.models.Base`` (a git
# submodule, absent from the checkout), whose declared ``__tablename__`` names the tables.
# "mapped class without __tablename__" now says where the name may come from.
OUTSIDE_BASE = """
    from baselayer.app.models import Base
    from sqlalchemy import Column, Integer, String


    class Allocation(Base):
        name = Column(String(40))


    class Instrument(Base):
        __tablename__ = "instruments"
        id = Column(Integer, primary_key=True)
"""


def test_a_class_without_tablename_names_the_base_from_outside_that_may_set_it(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(OUTSIDE_BASE))
    models = read_models(tmp_path)
    assert [u.message for u in models.unresolved] == [
        "Allocation: mapped class without __tablename__; its base Base comes from baselayer.app.models, outside "
        "the scanned files, and may set it (a declared_attr): add that module's file to --models"]


# opendatacube/datacube-core: ``__table_args__ = (_core.METADATA, CheckConstraint(...),
# {"schema": sql.SCHEMA_NAME, "comment": ...})``: the MetaData passed on positionally, and the
# schema a constant of another module of the project. Were: "table argument `_core.METADATA`
# is not understood" and "table schema `sql.SCHEMA_NAME` is not a literal" for every table.
SCHEMA_CONSTANTS = {
    "sql.py": """
        SCHEMA_NAME = "agdc"
    """,
    "core.py": """
        from sqlalchemy import MetaData

        from app.sql import SCHEMA_NAME

        METADATA = MetaData(schema=SCHEMA_NAME)
    """,
    "models.py": """
        from sqlalchemy import CheckConstraint, Column, SmallInteger, String
        from sqlalchemy.orm import registry

        from app import core, sql

        orm_registry = registry()
        metadata = orm_registry.metadata


        @orm_registry.mapped
        class MetadataType:
            __tablename__ = "metadata_type"
            __table_args__ = (
                core.METADATA,
                CheckConstraint(r"name ~* '^\\w+$'", name="alphanumeric_name"),
                {"schema": sql.SCHEMA_NAME, "comment": "Metadata type"},
            )
            id = Column(SmallInteger, primary_key=True, autoincrement=True)
            name = Column(String, unique=True)
    """,
}


def test_table_options_named_by_constants_and_a_metadata_among_the_table_args(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SCHEMA_CONSTANTS, metadata="app.models:metadata")
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(t.schema, t.name, t.comment) for t in models.schema.tables] == [("agdc", "metadata_type", "Metadata type")]
    scenario.drift("CREATE SCHEMA agdc").create_from_models()
    plan = build_plan(read_schema(scenario.url, ("public", "agdc")), models, PlannerOptions())
    assert [a for a in plan.actions if a.kind != "db-sql"] == []


# A MetaData with a default schema (``MetaData(schema="app")``) puts every table made in it
# in that schema: through ``declarative_base(metadata=...)``, a ``DeclarativeBase``'s
# ``metadata = MetaData(schema=...)``, ``SQLAlchemy(metadata=...)`` and ``Table("x",
# metadata, ...)``. Was: every such table read in the default schema, silently.
DEFAULT_SCHEMA = """
    from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table
    from sqlalchemy.orm import declarative_base

    SCHEMA = "app"

    Base = declarative_base(metadata=MetaData(schema=SCHEMA))


    class Account(Base):
        __tablename__ = "accounts"
        id = Column(Integer, primary_key=True)
        name = Column(String(40))


    links = Table(
        "links", Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("account_id", Integer, ForeignKey("accounts.id")),
    )
"""


def test_tables_take_the_schema_of_their_metadata(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": DEFAULT_SCHEMA})
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted((t.schema, t.name) for t in models.schema.tables) == [("app", "accounts"), ("app", "links")]
    scenario.drift("CREATE SCHEMA app").create_from_models()
    scenario.drift("ALTER TABLE app.accounts ALTER COLUMN name SET NOT NULL")
    plan = build_plan(read_schema(scenario.url, ("public", "app")), models, PlannerOptions())
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("nullable", "Account")]


def test_the_other_ways_to_give_a_base_a_metadata_schema(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent('''
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy import Column, Integer, MetaData, Table
        from sqlalchemy.orm import DeclarativeBase

        metadata = MetaData(schema="flask")
        db = SQLAlchemy(metadata=metadata)
        loose = MetaData(schema="loose")


        class Modern(DeclarativeBase):
            metadata = MetaData(schema="modern")


        class Other(Modern):
            __tablename__ = "others"
            __table_args__ = {"schema": "explicit"}
            id = Column(Integer, primary_key=True)


        class Kept(Modern):
            __tablename__ = "kept"
            id = Column(Integer, primary_key=True)


        class Post(db.Model):
            __tablename__ = "posts"
            id = Column(Integer, primary_key=True)


        tags = Table("tags", loose, Column("id", Integer, primary_key=True))
        marks = Table("marks", db.metadata, Column("id", Integer, primary_key=True))
    '''))
    models = read_models(tmp_path)
    assert models.unresolved == ()
    assert sorted((t.schema, t.name) for t in models.schema.tables) == [
        ("explicit", "others"), ("flask", "marks"), ("flask", "posts"), ("loose", "tags"), ("modern", "kept")]


# hasgeek/funnel: ``sa.Index("ix_account_name_lower", sa.func.lower(name).label("name_lower"))``;
# ckan: ``Index("idx_only_one_active_email_no_case", func.lower(Column("email")), ...)`` on a
# Table. The label is no part of the DDL; ``Column("email")`` there names the column.
LABELLED_INDEX = """
    import sqlalchemy as sa
    from sqlalchemy import Column, Index, Integer, MetaData, Table, UnicodeText, func
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    metadata = MetaData()


    class Account(Base):
        __tablename__ = "account"
        id = Column(Integer, primary_key=True)
        name = Column(UnicodeText)

        __table_args__ = (sa.Index("ix_account_name_lower", sa.func.lower(name).label("name_lower")),)


    user_table = Table(
        "user", metadata,
        Column("id", Integer, primary_key=True),
        Column("email", UnicodeText),
        Index("idx_user_email_no_case", func.lower(Column("email")), unique=True),
    )
"""


def test_an_index_expression_with_a_label_or_a_column_object_is_read(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(LABELLED_INDEX))
    models = read_models(tmp_path)
    assert models.unresolved == ()
    assert sorted((i.name, i.expressions) for t in models.schema.tables for i in t.indexes) == [
        ("idx_user_email_no_case", ("lower(email)",)), ("ix_account_name_lower", ("lower(name)",))]


# A type whose argument is a type (``postgresql.ARRAY(Text)``) was taken for one that passes
# a constant ("a constant other columns may share"): a type change was left by hand.
ARRAY_OF_TEXT = """
    from sqlalchemy import Column, Integer, Text
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Post(Base):
        __tablename__ = "post"
        id = Column(Integer, primary_key=True)
        tags = Column(postgresql.ARRAY(Text))
"""


def test_a_type_that_takes_a_type_is_edited_not_left_by_hand(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ARRAY_OF_TEXT)
    scenario.drift("ALTER TABLE post ALTER COLUMN tags TYPE varchar(40)[]")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert [a.kind for a in outcome.plan.actions if a.kind != "db-sql"] == ["type"]
    assert "tags = Column(postgresql.ARRAY(" in outcome.after["models.py"]


# Arize-ai/phoenix: ``Mapped[Literal["LLM", "CODE", "HUMAN"]]`` and ``Mapped[UserRoleName]``
# with ``UserRoleName: TypeAlias = Literal[...]`` (SQLAlchemy's type map makes them
# ``Enum(..., native_enum=False)``: a VARCHAR of the longest label), ``__table_args__`` ending
# in ``dict(sqlite_autoincrement=True)``, and a MetaData whose ``schema=`` a function returns
# (one line for it, not one per table). Were: 95 unresolved lines.
LITERAL_TYPES = """
    import os
    from typing import Literal, Optional, TypeAlias

    from sqlalchemy import MetaData, String, UniqueConstraint
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

    UserRoleName: TypeAlias = Literal["SYSTEM", "ADMIN", "MEMBER", "VIEWER"]


    class Base(DeclarativeBase):
        metadata = MetaData(schema=os.environ.get("APP_SCHEMA"))


    class Annotation(Base):
        __tablename__ = "annotations"
        __table_args__ = (UniqueConstraint("name"), dict(sqlite_autoincrement=True))
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(String(40))
        annotator_kind: Mapped[Literal["LLM", "CODE", "HUMAN"]]
        role: Mapped[Optional[UserRoleName]]
"""


def test_literal_annotations_and_a_computed_metadata_schema(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LITERAL_TYPES)
    models = read_models(scenario.package)
    assert [u.message for u in models.unresolved] == [
        "the schema= of a MetaData `os.environ.get(\"APP_SCHEMA\")` is not a literal; its tables are looked for by "
        "their names in the schemas read"]
    (table,) = models.schema.tables
    assert [(c.name, c.type.name, c.type.length, c.nullable) for c in table.columns][2:] == [
        ("annotator_kind", "character varying", 5, False), ("role", "character varying", 6, True)]


# lsst-dm/cm-service: ``metadata = MetaData(schema=config.db.table_schema)`` and ``index=True`` columns.
# SQLAlchemy names such an index ``ix_<schema>_<table>_<column>``; the schema read as none, every
# index was renamed to ``ix_<table>_<column>`` (72 edits where nothing drifted), and a new
# ``ix_cm_t_y`` was written as ``index=True``, which SQLAlchemy names otherwise unless the schema is cm.
METADATA_SCHEMA_FROM_SETTINGS = {
    "models.py": """
        import os

        from sqlalchemy import ForeignKey, MetaData, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            metadata = MetaData(schema=os.environ.get("CM_SCHEMA", "cm"))


        class Campaign(Base):
            __tablename__ = "campaign"
            id: Mapped[int] = mapped_column(primary_key=True)
            name: Mapped[str] = mapped_column(String(80), index=True)


        class Step(Base):
            __tablename__ = "step"
            id: Mapped[int] = mapped_column(primary_key=True)
            campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
            label: Mapped[str | None] = mapped_column(String(40))
        """,
}


def test_index_names_of_a_metadata_schema_the_reader_cannot_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, METADATA_SCHEMA_FROM_SETTINGS)
    scenario.drift("CREATE SCHEMA cm").create_from_models()
    models = read_models(scenario.package)
    assert sorted(t for t, _, _ in models.schema_unread) == ["campaign", "step"]

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("cm",)), read_models(scenario.package), PlannerOptions())

    assert (plan().code_actions, plan().by_hand) == ((), ())
    scenario.drift("CREATE INDEX ix_cm_step_label ON cm.step (label)")
    drifted = plan()
    assert [(a.kind, a.table) for a in drifted.code_actions] == [("index", "step")]
    run_plan(drifted, write=True, allowed_root=tmp_path)
    assert "label: Mapped[str | None] = mapped_column(String(40), index=True)" in scenario.text("models.py")
    assert (plan().code_actions, plan().by_hand) == ((), ())
    # Alembic reads the default schema only, so it would add every table; the names it would give
    # the indexes are the ones SQLAlchemy gives them, and the database has
    verdict = judge(tmp_path, scenario.metadata, scenario.url)
    assert verdict.configure_error is None
    assert sorted(d["name"] for d in verdict.after if d["op"] == "add_index") == [
        "ix_cm_campaign_name", "ix_cm_step_campaign_id", "ix_cm_step_label"]


# ethyca/fides: ``encrypted_type(type_in=String())``, a function of the project whose last
# statement returns ``StringEncryptedType(...)`` (``if type_in is None: type_in = Text()``
# before it): the type it returns. Was "not a known SQLAlchemy type" on 37 columns.
TYPE_HELPER = {
    "encryption.py": """
        from sqlalchemy import Text
        from sqlalchemy_utils import StringEncryptedType
        from sqlalchemy_utils.types.encrypted.encrypted_type import AesGcmEngine


        def encrypted_type(type_in=None) -> StringEncryptedType:
            \"\"\"Build a StringEncryptedType with a callable key.\"\"\"
            if type_in is None:
                type_in = Text()
            return StringEncryptedType(type_in=type_in, key="secret", engine=AesGcmEngine, padding="pkcs5")
    """,
    "models.py": """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.ext.mutable import MutableDict
        from sqlalchemy.orm import declarative_base
        from sqlalchemy_utils import JSONType

        from app.encryption import encrypted_type

        Base = declarative_base()


        class Secret(Base):
            __tablename__ = "secrets"
            id = Column(Integer, primary_key=True)
            value = Column(encrypted_type(type_in=String()), nullable=False)
            config = Column(MutableDict.as_mutable(encrypted_type(type_in=JSONType)))
    """,
}


def test_a_type_a_function_of_the_project_returns_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TYPE_HELPER)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    (table,) = models.schema.tables
    assert [(c.name, c.type.name) for c in table.columns] == [
        ("id", "integer"), ("value", "character varying"), ("config", "character varying")]
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TABLE secrets ALTER COLUMN value TYPE text")
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []  # the helper's type is changed by hand
    assert any("encrypted_type" in item.message for item in plan.by_hand)


# pypi/warehouse: ``ForeignKey(f"{ObserverAssociation.__tablename__}.id")``, a target made of
# another model's table name; and an f-string of a module constant.
FSTRING_FOREIGN_KEYS = """
    from sqlalchemy import Column, ForeignKey, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    PREFIX = "obs"


    class ObserverAssociation(Base):
        __tablename__ = "observer_association"
        id = Column(Integer, primary_key=True)


    class Observer(Base):
        __tablename__ = "obs_observers"
        id = Column(Integer, primary_key=True)
        association_id = Column(Integer, ForeignKey(f"{ObserverAssociation.__tablename__}.id"), nullable=False)
        parent_id = Column(Integer, ForeignKey(f"{PREFIX}_observers.id"))
    """


def test_a_foreign_key_made_of_another_models_table_name_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FSTRING_FOREIGN_KEYS)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    observers = next(t for t in models.schema.tables if t.name == "obs_observers")
    assert sorted((k.columns, k.target_table) for k in observers.foreign_keys) == [
        (("association_id",), "observer_association"), (("parent_id",), "obs_observers")]
    # only a plain {name} is read: a conversion or a format spec is not guessed
    (scenario.package / "models.py").write_text(textwrap.dedent(
        FSTRING_FOREIGN_KEYS.replace("__tablename__}.id", "__tablename__!s}.id")), encoding="utf-8")
    (problem,) = read_models(scenario.package).unresolved
    assert "association_id: foreign key target" in problem.message


# jupyterhub/jupyterhub: association tables made in a loop, with names from an f-string
# (``Table(f"{entity}_role_map", ...)``), and TypeDecorators that keep JSON in a text column.
# The tables had no class, so the plan generated three (and the models no longer imported:
# "Table 'user_role_map' is already defined"); a new text column was written ``JSONDict``,
# the file's most common spelling of text, whose values are dicts.
LOOP_TABLES_AND_JSON_IN_TEXT = """
    import json

    from sqlalchemy import Boolean, Column, ForeignKey, Integer, Table, Text, Unicode
    from sqlalchemy.orm import declarative_base
    from sqlalchemy.types import TypeDecorator

    Base = declarative_base()


    class JSONDict(TypeDecorator):
        impl = Text
        cache_ok = True

        def process_bind_param(self, value, dialect):
            return None if value is None else json.dumps(value)

        def process_result_value(self, value, dialect):
            return None if value is None else json.loads(value)


    class JSONList(JSONDict):
        pass


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
        name = Column(Unicode(255), unique=True)
        state = Column(JSONDict)
        options = Column(JSONDict)
        scopes = Column(JSONList)


    class Group(Base):
        __tablename__ = "groups"

        id = Column(Integer, primary_key=True)


    class Role(Base):
        __tablename__ = "roles"

        id = Column(Integer, primary_key=True)
        name = Column(Unicode(255), unique=True)


    _role_maps = {}

    for entity in ("user", "group"):
        table = Table(
            f"{entity}_role_map" if entity == "user" else entity + "_roles",
            Base.metadata,
            Column(f"{entity}_id", ForeignKey(f"{entity}s.id", ondelete="CASCADE"), primary_key=True),
            Column("role_id", ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
            Column("managed", Boolean, default=False, nullable=False),
        )
        _role_maps[entity] = type(entity.title() + "RoleMap", (Base,), {"__table__": table})
    """


def test_tables_made_in_a_loop_are_no_missing_classes_and_json_in_text_is_no_way_to_write_text(pg, tmp_path):

    scenario = _no_drift(tmp_path, pg, LOOP_TABLES_AND_JSON_IN_TEXT)
    models = read_models(tmp_path / "app")
    [unresolved] = models.unresolved
    assert "made at run time" in unresolved.message and "*_role_map or *_roles" in unresolved.message
    assert not [d for d in compare(read_schema(scenario.url), models) if d.kind == "missing-class"]
    scenario.drift("ALTER TABLE users ADD COLUMN note text; CREATE TABLE badges (id serial PRIMARY KEY, label text)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "    note = Column(Text)\n" in outcome.after["models.py"] and "passed_sla" not in outcome.after["models.py"]
    assert "class Badge(Base):" in outcome.after["models.py"]  # a table no pattern matches still gets one
    assert "label = Column(Text)" in outcome.after["models.py"]


# openstack/qinling (and mistral): ``class JsonEncodedLongText(JsonEncoded): impl = LongText()`` of
# ``def LongText(): return sa.Text().with_variant(...)``, given to columns by a function that makes it
# mutable (``def JsonLongDictType(): return MutableDict.as_mutable(JsonEncodedLongText)``). Neither
# was known to hold JSON: a column turned ``text`` was written ``JsonLongDictType()``, the file's most
# common spelling of text, and took dicts.
JSON_THROUGH_TYPE_FUNCTIONS = {
    "types.py": """
        import json

        import sqlalchemy as sa
        from sqlalchemy.dialects import mysql
        from sqlalchemy.ext import mutable


        class JsonEncoded(sa.TypeDecorator):
            impl = sa.Text
            cache_ok = True

            def process_bind_param(self, value, dialect):
                return None if value is None else json.dumps(value)

            def process_result_value(self, value, dialect):
                return None if value is None else json.loads(value)


        def LongText():
            return sa.Text().with_variant(mysql.LONGTEXT(), "mysql")


        class JsonEncodedLongText(JsonEncoded):
            impl = LongText()


        def JsonLongDictType():
            return mutable.MutableDict.as_mutable(JsonEncodedLongText)
    """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        from app import types as st

        Base = declarative_base()


        class Runtime(Base):
            __tablename__ = "runtimes"
            id = sa.Column(sa.Integer, primary_key=True)
            image = sa.Column(sa.String(255), nullable=False)
            code = sa.Column(st.JsonLongDictType())
            config = sa.Column(st.JsonLongDictType())
            extra = sa.Column(st.JsonLongDictType())
            description = sa.Column(sa.Text())
    """,
}


def test_json_through_a_type_function_is_no_way_to_write_text(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, JSON_THROUGH_TYPE_FUNCTIONS).create_from_models()
    assert set(read_models(scenario.package).serializing_types) >= {"JsonEncodedLongText", "JsonLongDictType"}
    outcome = scenario.drift("ALTER TABLE runtimes ALTER COLUMN image TYPE text").reconcile()
    assert "    image = sa.Column(sa.Text(), nullable=False)\n" in outcome.after["models.py"]
    assert outcome.problems() == []


# osm-search/Nominatim and mozilla-releng/balrog: ``Table`` objects made in a method
# (``self.placex = sa.Table("placex", meta, ...)`` in ``SearchTables.__init__``) or returned by
# a function. The reader reads ``Table`` objects at module level only, and these had literal
# names, so they were taken for read tables: no run-time pattern, no unresolved line. Beside
# declarative classes, the plan generated a class for each (the models then no longer import:
# "Table 'audit_log' is already defined"); alone, the error said only "no mapped classes found".
TABLES_MADE_IN_FUNCTIONS = """
    from sqlalchemy import Column, Integer, Table, Text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
        name = Column(Text)


    class AuditTables:
        def __init__(self, metadata):
            self.log = Table("audit_log", metadata, Column("id", Integer, primary_key=True), Column("message", Text))


    def archive_table(metadata):
        return Table("archive", metadata, Column("id", Integer, primary_key=True))


    def users_as_a_migration_sees_them(metadata):  # a table the class maps: nothing to say
        return Table("users", metadata, Column("id", Integer, primary_key=True))


    AUDIT = AuditTables(Base.metadata)
    ARCHIVE = archive_table(Base.metadata)
    """


def test_tables_made_in_functions_and_methods_are_no_missing_classes(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLES_MADE_IN_FUNCTIONS)
    messages = sorted(u.message for u in read_models(tmp_path / "app").unresolved)
    assert len(messages) == 2
    assert messages[0].startswith("Table(\"archive\", ...): made when archive_table runs")
    assert messages[1].startswith("Table(\"audit_log\", ...): made when AuditTables.__init__ runs")
    assert "not compared, no class generated" in messages[1]
    scenario.drift("ALTER TABLE users ADD COLUMN note text; CREATE TABLE badges (id serial PRIMARY KEY, label text)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "    note = Column(Text)\n" in outcome.after["models.py"] and "passed_sla" not in outcome.after["models.py"]
    assert "class Badge(Base):" in outcome.after["models.py"]
    assert "AuditLog" not in outcome.after["models.py"] and "class Archive" not in outcome.after["models.py"]


def test_models_of_tables_made_only_in_methods_say_where_the_tables_are(tmp_path):
    (tmp_path / "tables.py").write_text(textwrap.dedent("""
        import sqlalchemy as sa


        class SearchTables:
            def __init__(self, meta):
                self.status = sa.Table("import_status", meta, sa.Column("sequence_id", sa.Integer))
                self.placex = sa.Table("placex", meta, sa.Column("place_id", sa.BigInteger))
        """), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_models(tmp_path)
    message = str(raised.value)
    assert message.startswith(f"no mapped classes found under {tmp_path}")
    assert (f"2 Table(...) objects are made when a function runs, such as import_status in SearchTables.__init__ "
            f"at {tmp_path / 'tables.py'}:7") in message


# mage-ai/mage-ai: the enum class of a column defined inside the model class that uses it
# (``class PipelineRun(BaseModel): class PipelineRunStatus(StrEnum): ...``, then
# ``status = Column(Enum(PipelineRunStatus))``). The reader looked for enum classes at module
# level only: 8 columns were "labels that are not literals", never compared. A name two classes
# give their own enums (``Status`` in each) is not guessed: which one a column means is Python's
# scoping, and a wrong one would rewrite the column's labels.
NESTED_ENUMS = """
    import enum

    from sqlalchemy import Boolean, Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class StrEnum(str, enum.Enum):
        pass


    class PipelineRun(Base):
        __tablename__ = "pipeline_run"

        class PipelineRunStatus(StrEnum):
            INITIAL = "initial"
            RUNNING = "running"
            COMPLETED = "completed"

        id = Column(Integer, primary_key=True)
        status = Column(Enum(PipelineRunStatus), default=PipelineRunStatus.INITIAL, index=True)
        passed_sla = Column(Boolean, default=False)


    class BlockRun(Base):
        __tablename__ = "block_run"

        class Status(StrEnum):
            QUEUED = "queued"
            DONE = "done"

        id = Column(Integer, primary_key=True)
        status = Column(Enum(Status, name="block_run_status"))


    class Job(Base):
        __tablename__ = "job"

        class Status(StrEnum):
            WAITING = "waiting"

        id = Column(Integer, primary_key=True)
        status = Column(Enum(Status, name="job_status"))


    class Status(StrEnum):
        OPEN = "open"


    class Task(Base):
        __tablename__ = "task"

        id = Column(Integer, primary_key=True)
        status = Column(Enum(Status, name="task_status"))
    """


def test_an_enum_class_inside_the_model_class_is_read_and_edited_there(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, NESTED_ENUMS)
    models = read_models(tmp_path / "app")
    [run] = [t for t in models.schema.tables if t.name == "pipeline_run"]
    assert run.column("status").type.name == "pipelinerunstatus"
    assert [e.labels for e in models.schema.enums if e.name == "pipelinerunstatus"] == [
        ("INITIAL", "RUNNING", "COMPLETED")]
    messages = sorted(u.message for u in models.unresolved)
    assert len(messages) == 3 and all("Status is defined in more than one class (models.py: Status, BlockRun.Status, "
                                      "Job.Status)" in m for m in messages), messages
    # the class that holds the enum is edited too: both edits are made (they overlapped)
    scenario.drift("ALTER TYPE pipelinerunstatus ADD VALUE 'FAILED'; ALTER TABLE pipeline_run ADD COLUMN note text;"
                   "ALTER TABLE pipeline_run DROP COLUMN passed_sla")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert (
        '        COMPLETED = "completed"\n'
        '        FAILED = "failed"\n'
        "\n"
        "    id = Column(Integer, primary_key=True)\n"
    ) in outcome.after["models.py"]
    assert "    note = Column(Text)\n" in outcome.after["models.py"] and "passed_sla" not in outcome.after["models.py"]


# mage-ai/mage-ai again, the whole repository with --models at its models package: the reader
# follows the models' imports into the application for their constants, types, enums and bases,
# and said what it could not read there too, of classes no model uses ("Batch: mapped class
# without __tablename__; its base Base comes from ...", a pyarrow wrapper's base). A class the
# models derive from stays in the list.
def test_what_is_unread_in_an_imported_module_is_said_only_of_classes_the_models_derive_from(tmp_path):
    files = {
        "app/__init__.py": "",
        "app/models/__init__.py": "",
        "app/models/jobs.py": """
            from sqlalchemy import Column, Integer, String
            from sqlalchemy.orm import declarative_base

            from app.data.batches import NAME_MAX
            from app.data.stamps import Stamped

            Base = declarative_base()


            class Job(Stamped, Base):
                __tablename__ = "job"

                id = Column(Integer, primary_key=True)
                name = Column(String(NAME_MAX))
            """,
        "app/data/__init__.py": "",
        "app/data/batches.py": """
            from arrow_wrappers import Base

            NAME_MAX = 80


            class Batch(Base):
                def rows(self):
                    return []


            class RecordBatch(Batch):
                pass
            """,
        "app/data/stamps.py": """
            from sqlalchemy import Column

            from app.data.kinds import Stamp


            class Stamped:
                stamped = Column(Stamp())
            """,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    models = read_models(tmp_path / "app" / "models")
    [job] = models.schema.tables
    assert job.column("name").type.length == 80  # the imported module was read
    [unresolved] = models.unresolved
    assert unresolved.file.endswith("stamps.py") and "stamped: type `Stamp()`" in unresolved.message


# janeczku/calibre-web: ``Column(BLOB)`` (its settings live in SQLite). SQLAlchemy writes its
# upper-case types as they are named, and PostgreSQL has no BLOB: the line said "not a known
# SQLAlchemy type (a variable or custom type?)", which sends the reader looking for a variable.
def test_an_upper_case_type_postgresql_lacks_says_so_and_what_to_write(tmp_path):
    (tmp_path / "settings.py").write_text(textwrap.dedent("""
        from sqlalchemy import BLOB, DATETIME, Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Settings(Base):
            __tablename__ = "settings"

            id = Column(Integer, primary_key=True)
            session_key = Column(BLOB, default=b"")
            saved = Column(DATETIME)
        """), encoding="utf-8")
    messages = [u.message for u in read_models(tmp_path).unresolved]
    assert messages == [
        "session_key: type `BLOB` is SQLAlchemy's, but PostgreSQL has no type BLOB (SQLAlchemy writes it as it is, "
        "and CREATE TABLE fails): write LargeBinary (bytea) instead",
        "saved: type `DATETIME` is SQLAlchemy's, but PostgreSQL has no type DATETIME (SQLAlchemy writes it as it "
        "is, and CREATE TABLE fails): write DateTime (timestamp) instead",
    ]


# Every database Alembic (or Flask-Migrate) manages has its version table, and the corpus never
# had one (its databases come from create_all): the plan generated ``class AlembicVersion(Base)``
# on an undrifted database. Found reading glance, whose migrations read ``alembic_version``.
# The migration tool's tables are told by their columns (Alembic's ``version_table=`` renames
# it); a table of the application's with a ``version_num`` column among others is the team's.
ALEMBIC_AND_MIGRATE = (
    "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL,"
    " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));"
    "CREATE TABLE app_versions (version_num varchar(255) NOT NULL,"
    " CONSTRAINT app_versions_pkc PRIMARY KEY (version_num));"
    "CREATE TABLE migrate_version (repository_id varchar(250) NOT NULL, repository_path text, version integer,"
    " PRIMARY KEY (repository_id));"
    "CREATE TABLE release_versions (version_num varchar(32) PRIMARY KEY, notes text)"
)


def test_the_migration_tools_own_tables_get_no_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLES_MADE_IN_FUNCTIONS)
    scenario.drift(ALEMBIC_AND_MIGRATE)
    plan = scenario.plan()
    assert [(a.kind, a.table) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "release_versions")]


# hypothesis/checkmate: every rule table takes a column from a static method of a mixin
# (``hash = HashMatchMixin.hash_column()``), read as a helper function is; a class method too,
# unless the column it returns reads ``cls`` (then the class's own business: unresolved).
HELPER_METHODS = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class HashMatchMixin:
        NAME_LENGTH = 40

        @staticmethod
        def hash_column(unique=False):
            return sa.Column(sa.String(64), nullable=False, index=True, unique=unique)

        @classmethod
        def code_column(cls, length=32):
            return sa.Column(sa.String(length), nullable=False)

        @classmethod
        def named_column(cls):
            return sa.Column(sa.String(cls.NAME_LENGTH))


    class AllowRule(Base, HashMatchMixin):
        __tablename__ = "allow_rule"

        id = sa.Column(sa.Integer, primary_key=True)
        hash = HashMatchMixin.hash_column(unique=True)
        code = HashMatchMixin.code_column(length=16)
        name = HashMatchMixin.named_column()


    class BlockRule(Base, HashMatchMixin):
        __tablename__ = "block_rule"

        id = sa.Column(sa.Integer, primary_key=True)
        hash = HashMatchMixin.hash_column()
    """


def test_a_column_a_static_or_class_method_returns_is_read_as_a_helpers(pg, tmp_path):
    _no_drift(tmp_path, pg, HELPER_METHODS)
    models = read_models(tmp_path / "app")
    allow = next(t for t in models.schema.tables if t.name == "allow_rule")
    block = next(t for t in models.schema.tables if t.name == "block_rule")
    assert (allow.column("hash").type.render(), allow.column("hash").nullable) == ("character varying(64)", False)
    assert [(i.columns, i.unique) for i in allow.indexes] == [(("hash",), True)]  # unique=True, index=True
    assert [(i.columns, i.unique) for i in block.indexes] == [(("hash",), False)]
    assert allow.column("code").type.render() == "character varying(16)"
    [unresolved] = models.unresolved
    assert "AllowRule.name: column built by a function call `HashMatchMixin.named_column(...)`" in unresolved.message


# openstack/heat: a TypeDecorator whose ``load_dialect_impl`` picks a type for MySQL only and
# else returns ``self.impl`` (``LongText``, and ``Json(LongText)`` over it): on PostgreSQL its
# type is its impl's (or the type it returns for the rest: advanced-alchemy's EncryptedString), but "chooses its type in load_dialect_impl; cannot resolve statically" left
# 11 columns uncompared. And ``ForeignKey(column="resource.id", ondelete="CASCADE")``: the target
# as a keyword, "not static", and an edit of the key would have added a positional target beside it.
OTHER_DIALECT_IMPL_AND_FK_KEYWORD = """
    import json

    import sqlalchemy
    from sqlalchemy import Column, ForeignKey, Integer, String, types
    from sqlalchemy.dialects import mysql
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class LongText(types.TypeDecorator):
        impl = types.Text
        cache_ok = True

        def load_dialect_impl(self, dialect):
            if dialect.name == "mysql":
                return dialect.type_descriptor(mysql.LONGTEXT())
            else:
                return self.impl


    class Json(LongText):
        cache_ok = True

        def process_bind_param(self, value, dialect):
            return json.dumps(value)

        def process_result_value(self, value, dialect):
            return None if value is None else json.loads(value)


    class Encrypted(types.TypeDecorator):  # advanced-alchemy's EncryptedString, in short
        impl = types.String
        cache_ok = True

        def load_dialect_impl(self, dialect):
            if dialect.name in {"mysql", "mariadb"}:
                return dialect.type_descriptor(types.Text())
            if dialect.name == "oracle":
                return dialect.type_descriptor(types.String(length=4000))
            return dialect.type_descriptor(types.String())


    class Resource(Base):
        __tablename__ = "resource"

        id = Column(Integer, primary_key=True)
        rsrc_metadata = Column(Json)
        status_reason = Column(LongText)
        secret = Column(Encrypted)


    class ResourceData(Base):
        __tablename__ = "resource_data"

        id = Column(Integer, primary_key=True)
        key = Column(String(255))
        resource_id = Column(Integer, sqlalchemy.ForeignKey(column="resource.id", ondelete="CASCADE"), nullable=False)
    """


def test_a_type_picked_for_another_dialect_only_is_the_impl_and_a_keyword_fk_target_is_read_and_kept(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, OTHER_DIALECT_IMPL_AND_FK_KEYWORD)
    models = read_models(tmp_path / "app")
    assert models.unresolved == ()
    resource = next(t for t in models.schema.tables if t.name == "resource")
    assert [resource.column(c).type.render() for c in ("rsrc_metadata", "status_reason", "secret")] == [
        "text", "text", "character varying"]
    data = next(t for t in models.schema.tables if t.name == "resource_data")
    assert [(fk.columns, fk.target_table, fk.ondelete) for fk in data.foreign_keys] == [
        (("resource_id",), "resource", "CASCADE")]
    scenario.drift("ALTER TABLE resource_data DROP CONSTRAINT resource_data_resource_id_fkey;"
                   "ALTER TABLE resource_data ADD FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE SET NULL")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert ('resource_id = Column(Integer, sqlalchemy.ForeignKey(column="resource.id", ondelete="SET NULL"), '
            "nullable=False)") in outcome.after["models.py"]


# openstack/cinder: a self-referencing foreign key to the column defined just above in the class
# body (``specs_id = sa.Column(sa.String(36), sa.ForeignKey(id))``): "not static", the key
# never compared.
OWN_COLUMN_FOREIGN_KEY = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class QualityOfServiceSpecs(Base):
        __tablename__ = "quality_of_service_specs"

        id = sa.Column(sa.String(36), primary_key=True)
        specs_id = sa.Column(sa.String(36), sa.ForeignKey(id), index=True)
        key = sa.Column(sa.String(255))


    class Node(Base):
        __tablename__ = "node"

        id = sa.Column(sa.String(36), primary_key=True)
        specs_id = sa.Column(sa.String(36), sa.ForeignKey(id), index=True)
    """


def test_a_foreign_key_to_a_column_of_the_class_body_is_read_and_kept_as_written(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, OWN_COLUMN_FOREIGN_KEY)
    models = read_models(tmp_path / "app")
    assert models.unresolved == ()
    assert sorted((t.name, fk.target_table, fk.target_columns) for t in models.schema.tables
                  for fk in t.foreign_keys) == [("node", "node", ("id",)),
                                                 ("quality_of_service_specs", "quality_of_service_specs", ("id",))]
    scenario.drift("ALTER TABLE node DROP CONSTRAINT node_specs_id_fkey;"
                   "ALTER TABLE node ADD FOREIGN KEY (specs_id) REFERENCES node (id) ON DELETE CASCADE")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert ('    specs_id = sa.Column(\n        sa.String(36), sa.ForeignKey(id, ondelete="CASCADE"), index=True\n    )\n'
            in outcome.after["models.py"])  # the target as written; the line wrapped at 88 columns


# openstack/cinder: the generated class takes its bases from the file's first class of the most
# common bases, and read the columns the bases give from that class alone. Cinder's first class
# (Service) defines the base's updated_at again, so the base's updated_at was not seen: the new
# class for a table without updated_at kept it (the models then had a column the database lacks).
BASE_COLUMN_DEFINED_AGAIN = """
    from sqlalchemy import Boolean, Column, DateTime, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class AppBase(Base):
        __abstract__ = True

        created_at = Column(DateTime)
        updated_at = Column(DateTime)
        deleted = Column(Boolean, default=False)


    class Service(AppBase):
        __tablename__ = "services"

        id = Column(Integer, primary_key=True)
        updated_at = Column(DateTime, nullable=True, index=True)


    class Volume(AppBase):
        __tablename__ = "volumes"

        id = Column(Integer, primary_key=True)
        name = Column(String(255))
    """


def test_a_generated_class_sets_aside_every_base_column_its_table_lacks(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, BASE_COLUMN_DEFINED_AGAIN)
    scenario.drift("CREATE TABLE volume_notes (id serial PRIMARY KEY, body text NOT NULL, created_at timestamp)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "class VolumeNote(AppBase):" in after
    assert "    updated_at = None\n    deleted = None\n" in after  # as the base defines them



# openstack/heat: most classes derive from (BASE, HeatBase); Service adds a soft-delete mixin and
# defines the base's updated_at again. Weighing each set of bases the classes use by the columns
# it sets to None, Service's bases (the mixin left out: the same bases) seemed to set none, and
# the new class kept the base's updated_at, which its table lacks.
BASES_OF_A_CLASS_THAT_DEFINES_A_BASE_COLUMN_AGAIN = BASE_COLUMN_DEFINED_AGAIN.replace("""
    class Service(AppBase):""", """
    class SoftDelete:
        deleted_at = Column(DateTime)


    class Stack(AppBase):
        __tablename__ = "stacks"

        id = Column(Integer, primary_key=True)


    class Service(AppBase, SoftDelete):""")


def test_bases_that_come_down_to_the_same_once_mixins_go_are_no_other_choice(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, BASES_OF_A_CLASS_THAT_DEFINES_A_BASE_COLUMN_AGAIN)
    scenario.drift("CREATE TABLE volume_notes (id serial PRIMARY KEY, body text NOT NULL, created_at timestamp)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "class VolumeNote(AppBase):" in after
    assert "    updated_at = None\n    deleted = None\n" in after

# litestar-org/litestar-fullstack, on advanced-alchemy's bases: (1) the declarative base's
# ``registry = orm_registry``, a registry a function makes with its own ``type_annotation_map``
# (``datetime`` -> a timezone-aware type): the reader typed ``Mapped[datetime]`` by SQLAlchemy's
# default map, and the plan "fixed" 10 columns of an undrifted database; such a column is now
# unresolved (not compared). (2) ``SlugKey``'s ``@declared_attr.directive __table_args__``
# builds its items from the class (``UniqueConstraint(cls.slug, name=f"uq_{cls.__tablename__}
# _slug").ddl_if(...)``): 3 no-drift unique constraints, then a ``__table_args__`` that named
# ``SlugKey.__table_args__`` (the models no longer imported). Items a class builds per class are
# hidden now, as a function's are.
RUN_TIME_REGISTRY_AND_PER_CLASS_TABLE_ARGS = """
    from datetime import datetime

    from sqlalchemy import DateTime, Index, String, UniqueConstraint
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, registry


    def create_registry():
        return registry(type_annotation_map={datetime: DateTime(timezone=True)})


    orm_registry = create_registry()


    class Base(DeclarativeBase):
        registry = orm_registry


    class SlugKey:
        @declared_attr
        def slug(cls) -> Mapped[str]:
            return mapped_column(String(length=100), nullable=False)

        @staticmethod
        def _on_postgresql(*_, **kwargs):
            return kwargs["dialect"].name == "postgresql"

        @declared_attr.directive
        @classmethod
        def __table_args__(cls):
            return (
                UniqueConstraint(cls.slug, name=f"uq_{cls.__tablename__}_slug").ddl_if(callable_=cls._on_postgresql),
                Index(f"ix_{cls.__tablename__}_slug", cls.slug),
            )


    class Tag(Base, SlugKey):
        __tablename__ = "tag"

        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(String(100))
        created_at: Mapped[datetime]
    """


def test_a_registry_made_at_run_time_and_table_args_built_per_class_are_not_guessed(pg, tmp_path):
    _no_drift(tmp_path, pg, RUN_TIME_REGISTRY_AND_PER_CLASS_TABLE_ARGS)
    messages = [u.message for u in read_models(tmp_path / "app").unresolved]
    assert any(m.startswith("created_at: annotation type `datetime`: its column type comes from the "
                            "type_annotation_map of a registry made at run time (Base.registry = orm_registry)")
               for m in messages), messages
    # an item made conditional (``.ddl_if(callable_=cls._on_postgresql)``) is not read for each class
    assert any("SlugKey: __table_args__ is computed" in m for m in messages), messages


def test_a_foreign_key_to_a_variable_outside_a_class_body_is_said_plainly(tmp_path):
    # ForeignKey(id) is a class body's own column; a Table's ForeignKey(target) names a variable
    # the reader does not follow, and the line says that (not "  is not a mapped class")
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        users = sa.Table("users", Base.metadata, sa.Column("id", sa.Integer, primary_key=True))
        target = users.c.id
        notes = sa.Table("notes", Base.metadata, sa.Column("user_id", sa.Integer, sa.ForeignKey(target)))
        """), encoding="utf-8")
    [unresolved] = read_models(tmp_path).unresolved
    assert unresolved.message == ("foreign key target `target`: target names no column of a class body the reader "
                                  "can follow; the foreign key is not compared")


# spiral-project/ihatemoney: SQLAlchemy-Continuum. ``make_versioned()`` and ``__versioned__ = {}``
# make, when the mappers are configured, a ``<table>_version`` table per versioned class and a
# ``transaction`` table; no class writes them. The plan generated a class for each (5 no-drift
# actions) and the models no longer imported ("Table 'bill_version' is already defined").
# The library is not installed here: CONTINUUM_STAND_IN, ours, makes the same tables the same way.
CONTINUUM_STAND_IN = """
    \"\"\"A stand-in of ours for SQLAlchemy-Continuum: its tables, made the way it makes them.\"\"\"
    import sqlalchemy as sa
    from sqlalchemy.orm import Mapper


    def make_versioned(user_cls=None, options=None, plugins=None):
        template = (options or {}).get("table_name", "%s_version")

        @sa.event.listens_for(Mapper, "mapper_configured")
        def version(mapper, cls):
            if "__versioned__" not in dir(cls) or mapper.inherits is not None:
                return
            table = mapper.local_table
            if "transaction" not in table.metadata.tables:
                sa.Table("transaction", table.metadata, sa.Column("id", sa.BigInteger, primary_key=True),
                         sa.Column("issued_at", sa.DateTime))
            sa.Table(template % table.name, table.metadata,
                     *[sa.Column(c.name, c.type, primary_key=c.primary_key, nullable=not c.primary_key)
                       for c in table.columns],
                     sa.Column("transaction_id", sa.BigInteger, primary_key=True),
                     sa.Column("end_transaction_id", sa.BigInteger),
                     sa.Column("operation_type", sa.SmallInteger, nullable=False))
    """

VERSIONED_BY_CONTINUUM = """
    from sqlalchemy import Column, Integer, Unicode
    from sqlalchemy.orm import declarative_base
    from sqlalchemy_continuum import make_versioned

    make_versioned(user_cls=None, options={"table_name": "%s_history"})

    Base = declarative_base()


    class Versioned:
        __versioned__ = {}


    class Article(Versioned, Base):
        __tablename__ = "article"

        id = Column(Integer, primary_key=True)
        title = Column(Unicode(200))


    class Author(Base):
        __tablename__ = "author"

        id = Column(Integer, primary_key=True)
    """


def test_the_tables_sqlalchemy_continuum_makes_are_no_missing_classes(pg, tmp_path):
    (tmp_path / "sqlalchemy_continuum.py").write_text(textwrap.dedent(CONTINUUM_STAND_IN), encoding="utf-8")
    scenario = _no_drift(tmp_path, pg, VERSIONED_BY_CONTINUUM)
    [unresolved] = read_models(tmp_path / "app").unresolved
    assert "the tables it makes at run time (article_history, transaction)" in unresolved.message
    scenario.drift(
        "ALTER TABLE article ADD COLUMN body text; ALTER TABLE article_history ADD COLUMN body text;"
        "CREATE TABLE author_history (id serial PRIMARY KEY);"
        # a new versioned table, with the version table the library expects
        "CREATE TABLE tag (id serial PRIMARY KEY);"
        "CREATE TABLE tag_history (id integer NOT NULL, transaction_id bigint NOT NULL, end_transaction_id bigint,"
        " operation_type smallint NOT NULL, PRIMARY KEY (id, transaction_id))"
    )
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    models = outcome.after["models.py"]
    assert "    body = Column(Text)\n" in models
    # Author is not versioned: a table of that name is the team's own, and its class is not versioned
    assert "class AuthorHistory(Base):" in models
    assert "class Tag(Versioned, Base):" in models
    assert "TagHistory" not in models


# ihatemoney: a versioned table renamed, its version table with it (the library names it after
# the table): that one was taken for a table without a class, and the class generated for it
# collided with the library's ("Table 'project_v2_version' is already defined").
def test_the_version_table_of_a_renamed_versioned_table_is_the_librarys(pg, tmp_path):
    (tmp_path / "sqlalchemy_continuum.py").write_text(textwrap.dedent(CONTINUUM_STAND_IN), encoding="utf-8")
    scenario = _no_drift(tmp_path, pg, VERSIONED_BY_CONTINUUM)
    plan = _converges_with(scenario.drift("ALTER TABLE article RENAME TO article_v2;"
                                          " ALTER TABLE article_history RENAME TO article_v2_history"), [])
    assert [(a.kind, a.class_name) for a in plan.actions] == [("table-name", "Article")]


# Kotti/Kotti: the package's ``Base = declarative_base(cls=KottiBase)``, the class imported under
# that alias (``from kotti.sqla import Base as KottiBase``), whose ``declared_attr`` names each
# table from its class after importing its helper in the function (against an import cycle).
# Neither was read: every class was "without __tablename__", so nothing was compared. Then the
# subclasses of a mapped class were read as single-table inheritance, whereas SQLAlchemy calls
# the declared_attr for them too: each has a table of its own (13 drops and 3 classes generated).
BASE_CLASS_UNDER_AN_ALIAS = {
    "__init__.py": """
        from sqlalchemy.orm import declarative_base

        from app.sqla import Base as AppBase

        Base = declarative_base(cls=AppBase)
        """,
    "sqla.py": """
        from sqlalchemy.orm import declared_attr


        class Base:
            @declared_attr
            def __tablename__(cls):
                from app.util import camel_case_to_name

                return "{}s".format(camel_case_to_name(cls.__name__))
        """,
    "util.py": """
        import re


        def camel_case_to_name(text):
            return re.sub(r"(?<!^)(?=[A-Z])", "_", text).lower()
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer, Unicode

        from app import Base


        class Node(Base):
            id = Column(Integer, primary_key=True)
            name = Column(Unicode(250), nullable=False)


        class NodeTag(Base):
            id = Column(Integer, primary_key=True)
            node_id = Column(Integer, ForeignKey("nodes.id"), nullable=False)


        class Document(Node):
            id = Column(Integer, ForeignKey(Node.id), primary_key=True)
            body = Column(Unicode(5000), nullable=False)
        """,
}


def test_a_base_class_imported_under_an_alias_names_the_tables(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, BASE_CLASS_UNDER_AN_ALIAS, metadata="app.models:Base.metadata")
    scenario.create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    models = read_models(tmp_path / "app")
    assert [(u.file.rsplit("/", 1)[-1], "computed from the class name" in u.message) for u in models.unresolved] == [
        ("sqla.py", True)] * 3
    scenario.drift("ALTER TABLE nodes ADD COLUMN title text; ALTER TABLE node_tags ALTER COLUMN node_id DROP NOT NULL;"
                   "ALTER TABLE documents ALTER COLUMN body TYPE varchar(8000)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    # the file writes nullable= on every column
    assert "    title = Column(Text, nullable=True)\n" in outcome.after["models.py"]
    assert '    node_id = Column(Integer, ForeignKey("nodes.id"), nullable=True)\n' in outcome.after["models.py"]
    assert "    body = Column(Unicode(8000), nullable=False)\n" in outcome.after["models.py"]


# Arize-ai/phoenix: ``type_annotation_map = {dict[str, Any]: JsonDict, list[dict[str, Any]]: JsonList}``,
# keyed by generic types, and annotation-only columns ``attributes: Mapped[dict[str, Any]]``. The
# keys were read by their origin (``dict``, ``list``), and ``Mapped[dict[...]]`` taken for a
# relationship's collection: the columns were missing (added again as ``attributes_2``); a jsonb
# server default written with its keys in another order than PostgreSQL prints them was changed.
GENERIC_ANNOTATION_MAP = """
    from typing import Any, Optional

    from sqlalchemy import JSON, ForeignKey
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
    from sqlalchemy.types import TypeDecorator

    JSON_ = JSON().with_variant(JSONB(), "postgresql")


    class JsonDict(TypeDecorator[dict[str, Any]]):
        cache_ok = True
        impl = JSON_


    class JsonList(TypeDecorator[list[Any]]):
        cache_ok = True
        impl = JSON_


    class Base(DeclarativeBase):
        type_annotation_map = {
            dict[str, Any]: JsonDict,
            list[dict[str, Any]]: JsonList,
        }


    class Trace(Base):
        __tablename__ = "traces"

        id: Mapped[int] = mapped_column(primary_key=True)
        spans: Mapped[list["Span"]] = relationship(back_populates="trace")


    class Span(Base):
        __tablename__ = "spans"

        id: Mapped[int] = mapped_column(primary_key=True)
        trace_id: Mapped[int] = mapped_column(ForeignKey("traces.id"))
        attributes: Mapped[dict[str, Any]]
        events: Mapped[list[dict[str, Any]]]
        mapping: Mapped[dict[str, Any]] = mapped_column(server_default='{"path_mapping": {}, "literal_mapping": {}}')
        extra: Mapped[Optional[dict[str, Any]]]
        trace: Mapped["Trace"] = relationship(back_populates="spans")
    """


def test_a_type_annotation_map_keyed_by_generic_types(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, GENERIC_ANNOTATION_MAP)
    [spans] = [t for t in read_models(tmp_path / "app").schema.tables if t.name == "spans"]
    assert [(c.name, c.type.render(), c.nullable) for c in spans.columns][2:] == [
        ("attributes", "jsonb", False), ("events", "jsonb", False), ("mapping", "jsonb", False), ("extra", "jsonb", True)]
    scenario.drift("ALTER TABLE spans ALTER COLUMN extra SET NOT NULL; ALTER TABLE spans ALTER COLUMN mapping"
                   " SET DEFAULT '{\"path_mapping\": {\"a\": 1}}'")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "    extra: Mapped[dict[str, Any]]\n" in outcome.after["models.py"]
    assert """server_default=text('\\'{"path_mapping": {"a": 1}}\\'')""" in outcome.after["models.py"]


# opendatacube/datacube-core: Core Tables on ``core.METADATA``, a MetaData of another module whose
# ``schema=`` is a constant of a third; a ``Text`` subclass a ``@compiles`` function writes as
# PostgreSQL's ``NAME``. The tables were read in the default schema, the type as unknown, and the
# names SQLAlchemy gives ``index=True`` there lacked the schema (``ix_agdc_dataset_kind``).
TABLES_ON_ANOTHER_MODULES_METADATA = {
    "sql.py": """
        from sqlalchemy.ext.compiler import compiles
        from sqlalchemy.sql import sqltypes

        SCHEMA_NAME = "agdc"


        class PGNAME(sqltypes.Text):
            __visit_name__ = "NAME"


        @compiles(PGNAME)
        def visit_name(element, compiler, **kw):
            return "NAME"
        """,
    "core.py": """
        from sqlalchemy import MetaData

        from app.sql import SCHEMA_NAME

        METADATA = MetaData(schema=SCHEMA_NAME)
        """,
    "tables.py": """
        from sqlalchemy import Column, ForeignKey, Integer, String, Table, func

        from . import core, sql

        DATASET = Table(
            "dataset", core.METADATA,
            Column("id", Integer, primary_key=True),
            Column("kind", String, index=True),
            Column("added_by", sql.PGNAME, server_default=func.current_user(), nullable=False),
        )

        LOCATION = Table(
            "location", core.METADATA,
            Column("id", Integer, primary_key=True),
            Column("dataset_ref", None, ForeignKey(DATASET.c.id), index=True, nullable=False),
        )
        """,
}


def test_core_tables_on_the_metadata_of_another_module_in_its_schema(pg, tmp_path):
    from schema_inspector.codemods.files import run_plan

    scenario = Scenario(tmp_path, pg, TABLES_ON_ANOTHER_MODULES_METADATA, metadata="app.tables:core.METADATA")
    scenario.drift("CREATE SCHEMA agdc").create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {(t.schema, t.name, c.name): c.type.render() for t in models.schema.tables for c in t.columns
            if c.name == "added_by"} == {("agdc", "dataset", "added_by"): "name"}

    def plan():
        return build_plan(read_schema(scenario.url, ("agdc",)), read_models(scenario.package), PlannerOptions())

    assert [a.kind for a in plan().actions] == []
    scenario.drift("ALTER TABLE agdc.location ADD COLUMN note text")
    results = run_plan(plan(), write=True, allowed_root=tmp_path)
    assert [Path(r.path).name for r in results] == ["tables.py"]
    assert '    Column("note", Text),\n' in scenario.text("tables.py")
    assert [a.kind for a in plan().actions] == []


# fastapi-users/fastapi-users-db-sqlalchemy (and advanced-alchemy's bases, invenio-db's mixins):
# the models derive from an installed library's mixins (``class User(SQLAlchemyBaseUserTableUUID,
# Base)``: its ``__tablename__``, its columns under ``if TYPE_CHECKING: ... else:``, a GUID type of
# the library's). The library was not read: "base class ... not defined in the scanned files",
# nothing compared. A stand-in library of ours, outside the project, on ``sys.path``.
LIBRARY_MIXINS = {
    "__init__.py": """
        import uuid
        from typing import TYPE_CHECKING, Generic, TypeVar

        from sqlalchemy import Boolean, String
        from sqlalchemy.orm import Mapped, mapped_column

        from .generics import GUID

        ID = TypeVar("ID")


        class BaseUserTable(Generic[ID]):
            __tablename__ = "user"

            if TYPE_CHECKING:
                id: ID
                email: str
            else:
                email: Mapped[str] = mapped_column(String(length=320), unique=True, index=True, nullable=False)
                is_active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


        class BaseUserTableUUID(BaseUserTable[uuid.UUID]):
            if TYPE_CHECKING:
                id: uuid.UUID
            else:
                id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4)
        """,
    "generics.py": """
        from sqlalchemy import CHAR
        from sqlalchemy.dialects.postgresql import UUID
        from sqlalchemy.types import TypeDecorator


        class GUID(TypeDecorator):
            impl = CHAR
            cache_ok = True

            def load_dialect_impl(self, dialect):
                if dialect.name == "postgresql":
                    return dialect.type_descriptor(UUID())
                return dialect.type_descriptor(CHAR(36))
        """,
}

# The package of the models puts the stand-in libraries on the path of the interpreter that
# creates the database, as an installed library is on it.
SITE_ON_PATH = "import pathlib\nimport sys\n\nsys.path.append(str(pathlib.Path(__file__).parents[1] / 'site'))\n"


def _install(tmp_path, monkeypatch, package: str, files: dict[str, str]) -> Path:
    """A stand-in for an installed library: ``files`` (dedented) of ``package`` under
    ``tmp_path/site``, which is on ``sys.path`` as a site directory is; the package's folder."""
    folder = tmp_path / "site" / package
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    return folder


MODELS_ON_LIBRARY_MIXINS = {
    # the interpreter that creates the database finds the stand-in library as an installed one
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from typing import Optional

        from fakeusers import BaseUserTableUUID
        from sqlalchemy.orm import DeclarativeBase, Mapped


        class Base(DeclarativeBase):
            pass


        class User(BaseUserTableUUID, Base):
            nickname: Mapped[Optional[str]]
        """,
}


def test_a_base_from_an_installed_library_is_read_where_python_finds_it(pg, tmp_path, monkeypatch):
    library = _install(tmp_path, monkeypatch, "fakeusers", LIBRARY_MIXINS)
    scenario = Scenario(tmp_path, pg, MODELS_ON_LIBRARY_MIXINS).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [user] = models.schema.tables
    assert (user.name, [(c.name, c.type.render(), c.nullable) for c in user.columns]) == ("user", [
        ("nickname", "character varying", True), ("id", "uuid", False), ("email", "character varying(320)", False),
        ("is_active", "boolean", False)])
    assert [Path(f).name for f in models.outside] == ["__init__.py", "generics.py"]
    assert models.library == models.outside  # the project imports nothing else from outside
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift('ALTER TABLE "user" ADD COLUMN bio text').reconcile()
    assert outcome.problems() == []
    assert "    bio: Mapped[Optional[str]] = mapped_column(Text)\n" in outcome.after["models.py"]
    # a column of the library's is no statement of the project's to edit: a person's change
    plan = scenario.drift('ALTER TABLE "user" ALTER COLUMN is_active DROP NOT NULL').plan()
    assert [a.kind for a in plan.actions] == []
    assert [(h.kind, "is_active" in h.message) for h in plan.by_hand] == [("nullable", True)]
    assert (library / "__init__.py").read_text(encoding="utf-8") == \
        textwrap.dedent(LIBRARY_MIXINS["__init__.py"]).lstrip("\n")  # the library is never edited


# authlib/example-oauth2-server: a column of a library's mixin dropped from the database (oauth2_code's
# acr) was a note saying to remove it from the mixin "once no class needs it", which the project
# cannot do; the class now maps no such column (``acr = None``), as a generated class does.
MODELS_ON_A_LIBRARY_MIXIN = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import declarative_base, relationship

        from fakeoauth.sqla import CodeMixin

        Base = declarative_base()


        class User(Base):
            __tablename__ = "users"

            id = Column(Integer, primary_key=True)


        class Code(Base, CodeMixin):
            __tablename__ = "codes"

            id = Column(Integer, primary_key=True)
            user_id = Column(Integer, ForeignKey("users.id"))
            user = relationship("User")
        """,
}
OAUTH_MIXINS = """
    from sqlalchemy import Column, String, Text


    class CodeMixin:
        code = Column(String(120), unique=True, nullable=False)
        scope = Column(Text, default="")
        acr = Column(Text, nullable=True)
    """


def test_a_library_column_the_database_dropped_is_unmapped_in_the_class(pg, tmp_path, monkeypatch):
    library = _install(tmp_path, monkeypatch, "fakeoauth", {"__init__.py": "", "sqla.py": OAUTH_MIXINS})
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LIBRARY_MIXIN).create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE codes DROP COLUMN acr").reconcile()
    assert [(a.kind, type(a).__name__, a.attribute) for a in outcome.plan.actions] == [
        ("drop-column", "UnmapInheritedColumn", "acr")]
    assert outcome.problems() == []
    assert '    user_id = Column(Integer, ForeignKey("users.id"))\n    acr = None\n' in outcome.after["models.py"]
    assert (library / "sqla.py").read_text(encoding="utf-8") == textwrap.dedent(OAUTH_MIXINS).lstrip("\n")



# fedora-infra/mirrormanager2: ``BASE = get_base()``, a function of sqlalchemy-helpers that returns
# the library's declarative base (which carries a naming convention). Every class's base was "not
# defined in the scanned files": columns it may add not seen, so a column the database added was
# a note, not an edit.
MODELS_ON_A_LIBRARY_FUNCTIONS_BASE = {
    "__init__.py": SITE_ON_PATH,
    "database.py": """
        from fakehelpers import get_base

        BASE = get_base()
        """,
    "models.py": """
        import sqlalchemy as sa

        from .database import BASE


        class Arch(BASE):
            __tablename__ = "arch"

            id = sa.Column(sa.Integer, primary_key=True)
            name = sa.Column(sa.Text, index=True)
        """,
}
HELPERS_LIBRARY = {
    "__init__.py": "from .manager import Base, get_base\n",
    "manager.py": """
        import warnings

        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase

        NAMING_CONVENTION = {"ix": "ix_%(column_0_label)s", "pk": "pk_%(table_name)s"}


        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention=NAMING_CONVENTION)


        def get_base(*args, **kwargs):
            warnings.warn("use Base", DeprecationWarning, stacklevel=2)
            return Base
        """,
}


def test_a_base_a_library_function_returns_is_that_declarative_base(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakehelpers", HELPERS_LIBRARY)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LIBRARY_FUNCTIONS_BASE, metadata="app.models:BASE.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert dict(models.naming_convention) == {"ix": "ix_%(column_0_label)s", "pk": "pk_%(table_name)s"}
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE arch ADD COLUMN bits integer").reconcile()
    assert outcome.problems() == []
    assert "    bits = sa.Column(sa.Integer)\n" in outcome.after["models.py"]


def test_a_module_level_call_of_a_library_function_no_class_derives_from_reads_no_library(tmp_path, monkeypatch):
    # ``app = Flask(__name__)`` is no base: reading the library for it read 19 of Flask's files
    _install(tmp_path, monkeypatch, "fakeweb", {"__init__.py": "class Web:\n    pass\n"})
    _install(tmp_path, monkeypatch, "fakehelpers", HELPERS_LIBRARY)
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        import sqlalchemy as sa
        from fakehelpers import get_base
        from fakeweb import Web

        app = Web()
        BASE = get_base()


        class Arch(BASE):
            __tablename__ = "arch"

            id = sa.Column(sa.Integer, primary_key=True)
        """), encoding="utf-8")
    models = read_models(tmp_path / "models.py")
    assert [Path(f).parent.name for f in models.library] == ["fakehelpers", "fakehelpers"]

# aiidateam/aiida-core: the naming convention is a module-level tuple of pairs given as
# ``MetaData(naming_convention=dict(naming_convention))``, with ``column_0_N_label`` tokens. It was
# not read: every index=True of the models was "not in the database" (and the database's
# ix_db_dbnode_db_dbnode_label "not in the models"): 27 no-drift actions.
CONVENTION_FROM_PAIRS = """
    from sqlalchemy import Column, ForeignKey, Integer, MetaData, String
    from sqlalchemy.orm import declarative_base

    naming_convention = (
        ("pk", "%(table_name)s_pkey"),
        ("ix", "ix_%(table_name)s_%(column_0_N_label)s"),
        ("uq", "uq_%(table_name)s_%(column_0_N_name)s"),
        ("fk", "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s"),
    )

    Base = declarative_base(metadata=MetaData(naming_convention=dict(naming_convention)))


    class DbUser(Base):
        __tablename__ = "db_dbuser"

        id = Column(Integer, primary_key=True)
        email = Column(String(254), nullable=False, unique=True)
        label = Column(String(255), index=True)


    class DbNode(Base):
        __tablename__ = "db_dbnode"

        id = Column(Integer, primary_key=True)
        user_id = Column(Integer, ForeignKey("db_dbuser.id"), index=True)
    """


def test_a_naming_convention_made_by_dict_of_pairs_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CONVENTION_FROM_PAIRS)
    models = read_models(tmp_path / "app")
    assert dict(models.naming_convention)["ix"] == "ix_%(table_name)s_%(column_0_N_label)s"
    scenario.drift("ALTER TABLE db_dbnode ADD COLUMN ctime timestamp; CREATE INDEX ix_db_dbnode_db_dbnode_ctime"
                   " ON db_dbnode (ctime)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "    ctime = Column(DateTime" in outcome.after["models.py"]  # problems() has Alembic find its index


# dpgaspar/Flask-AppBuilder (Superset's and Airflow's security models): the abstract base sets
# ``__table_args__ = {"extend_existing": True}`` for every model. A new index or table comment
# gave a model a __table_args__ of its own, which replaced the inherited one (then they were
# left to a person; now the new __table_args__ ends with ``Model.__table_args__``). And with
# ``login_count`` dropped while ``fail_login_count`` became ``failed_login_count``, the plan
# mapped ``login_count`` to the renamed column ("extends by whole words" outranked an inflection).
INHERITED_TABLE_ARGS = """
    from typing import Optional

    from sqlalchemy import Integer, String
    from sqlalchemy.orm import Mapped, declarative_base, mapped_column

    Base = declarative_base()


    class Model(Base):
        __abstract__ = True
        __table_args__ = {"extend_existing": True}


    class User(Model):
        __tablename__ = "ab_user"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        email: Mapped[str] = mapped_column(String(320), unique=True, nullable=False)
        login_count: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
        fail_login_count: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    """


def test_a_model_inheriting_table_args_keeps_them_in_a_table_args_of_its_own(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INHERITED_TABLE_ARGS)
    scenario.drift("CREATE INDEX ix_ab_user_email_lower ON ab_user (lower(email));"
                   "COMMENT ON TABLE ab_user IS 'people';"
                   "ALTER TABLE ab_user DROP COLUMN login_count;"
                   "ALTER TABLE ab_user RENAME COLUMN fail_login_count TO failed_login_count")
    plan = scenario.plan()
    assert sorted((a.kind, getattr(a, "attribute", None)) for a in plan.actions if a.kind != "db-sql") == [
        ("column-name", "fail_login_count"), ("comment", None), ("drop-column", "login_count"), ("index", None)]
    assert plan.by_hand == ()
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert ("    __table_args__ = (\n"
            '        Index("ix_ab_user_email_lower", text("lower(email::text)")),\n'
            '        {**Model.__table_args__, "comment": "people"},\n'
            "    )\n") in outcome.after["models.py"]
    assert "mapped_column(\n        \"failed_login_count\"" in outcome.after["models.py"] or \
        'mapped_column("failed_login_count"' in outcome.after["models.py"]


def test_a_comment_alone_for_a_model_inheriting_table_args(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INHERITED_TABLE_ARGS)
    outcome = scenario.drift("COMMENT ON TABLE ab_user IS 'people'").reconcile()
    assert outcome.problems() == []
    assert '    __table_args__ = {**Model.__table_args__, "comment": "people"}\n' in outcome.after["models.py"]


def test_a_generated_class_ends_its_table_args_with_those_its_base_gives(pg, tmp_path):
    # a class generated on Model with items of its own wrote a __table_args__ tuple that dropped
    # {"extend_existing": True}; it now passes them on, and the reader reads them so
    scenario = _no_drift(tmp_path, pg, INHERITED_TABLE_ARGS)
    scenario.drift("CREATE TABLE ab_role (id serial PRIMARY KEY, name varchar(64) NOT NULL);"
                   "CREATE INDEX ix_ab_role_name_lower ON ab_role (lower(name)); COMMENT ON TABLE ab_role IS 'roles';"
                   "CREATE TABLE ab_group (id serial PRIMARY KEY, label varchar(64));"
                   "CREATE INDEX ix_ab_group_label_lower ON ab_group (lower(label))")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '        {**Model.__table_args__, "comment": "roles"},\n' in after
    assert "        Model.__table_args__,\n" in after
    assert read_models(scenario.package).unresolved == ()



# conda-incubator/conda-store: ``specification_id: Mapped[str] = mapped_column(ForeignKey(
# "specification.id"))``. With a foreign key and no type, SQLAlchemy takes the target column's type
# and leaves the annotation's alone: the column is an integer. The reader took the annotation
# (varchar), and a plan on the database the models made changed it to Integer.
FOREIGN_KEY_OVER_ANNOTATION = """
    from sqlalchemy import ForeignKey, Unicode
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Specification(Base):
        __tablename__ = "specification"

        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(Unicode(255))


    class Solve(Base):
        __tablename__ = "solve"

        id: Mapped[int] = mapped_column(primary_key=True)
        specification_id: Mapped[str] = mapped_column(ForeignKey("specification.id"), nullable=False)
    """


def test_a_foreign_key_column_without_a_type_takes_its_targets_not_its_annotations(pg, tmp_path):
    _no_drift(tmp_path, pg, FOREIGN_KEY_OVER_ANNOTATION)
    columns = {c.name: c for c in next(t for t in read_models(tmp_path / "app").schema.tables
                                       if t.name == "solve").columns}
    assert columns["specification_id"].type.name == "integer"


# alphagov/notifications-api: SQLAlchemy's history_meta recipe. ``Versioned.__mapper_cls__`` maps
# the class through a function that adds a ``version`` column (and a ``*_history`` table) at
# mapping time. The reader cannot see that column: a plan added it to every versioned class, and
# the models no longer imported ("A column with name 'version' is already present").
MAPPING_HOOK = """
    from sqlalchemy import Column, Integer, String, Table
    from sqlalchemy.orm import Mapper, declarative_base, declared_attr

    Base = declarative_base()


    def _versioned(mapper):
        table = mapper.local_table
        Table(f"{table.name}_history", table.metadata, Column("id", Integer, primary_key=True),
              Column("version", Integer, primary_key=True, autoincrement=False))
        table.append_column(Column("version", Integer, default=1, nullable=False))
        mapper.add_property("version", table.c.version)


    class Versioned:
        @declared_attr
        def __mapper_cls__(cls):
            def map(cls, *arg, **kw):
                mapper = Mapper(cls, *arg, **kw)
                _versioned(mapper)
                return mapper

            return map


    class Service(Base, Versioned):
        __tablename__ = "services"

        id = Column(Integer, primary_key=True)
        name = Column(String(255))


    class Stamped:
        # dispatch's TimeStampMixin: a hook that only registers an event hides no column
        @classmethod
        def __declare_last__(cls):
            event.listen(cls, "before_update", lambda mapper, connection, target: None)


    class Note(Base, Stamped):
        __tablename__ = "notes"

        id = Column(Integer, primary_key=True)
    """.replace("from sqlalchemy import Column,", "from sqlalchemy import event, Column,")


def test_columns_a_mapping_hook_adds_are_not_added_again(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, MAPPING_HOOK)
    messages = [u.message for u in read_models(tmp_path / "app").unresolved]
    assert any("Versioned.__mapper_cls__ runs when the class is mapped" in m for m in messages), messages
    assert any("*_history that no class maps" in m for m in messages), messages
    assert not any("Stamped" in m for m in messages), messages
    scenario.drift("ALTER TABLE notes ADD COLUMN color varchar(7); ALTER TABLE services ADD COLUMN code text")
    plan = scenario.plan()
    assert [(a.kind, a.class_name, getattr(a, "attribute", None)) for a in plan.actions if a.kind != "db-sql"] == [
        ("add-column", "Note", "color")]  # services.code: Service's columns are not all seen, a note
    assert any("services.code" in note for note in plan.notes), plan.notes


# openstack/keystone: the models write SQLAlchemy's names through a module of the project that
# re-exports some of them (``from keystone.common import sql``, ``Column = sql.Column`` in
# ``sql/core.py``, brought into the package by ``from .core import *``), and a mixin derives from
# a library's submodule attribute (``from oslo_db.sqlalchemy import models``, ``models.ModelBase``).
# The mixin's base was read from the package's ``__init__`` (the base "not defined": every column a
# by-hand item), and a generated class wrote ``sql.text('now()')``, which the module lacks.
RE_EXPORTING_MODULE = {
    "__init__.py": SITE_ON_PATH,
    "sql/__init__.py": "from app.sql.core import *  # noqa\n",
    "sql/core.py": """
        import sqlalchemy as sql
        from fakeoslo.sqlalchemy import models
        from sqlalchemy.orm import declarative_base

        ModelBase = declarative_base()

        Column = sql.Column
        String = sql.String
        Integer = sql.Integer
        DateTime = sql.DateTime
        ForeignKey = sql.ForeignKey


        class ModelDictMixin(models.ModelBase):
            def to_dict(self):
                return {name: getattr(self, name) for name in self.attributes}
        """,
    "models.py": """
        from app import sql


        class Project(sql.ModelBase, sql.ModelDictMixin):
            __tablename__ = "project"
            attributes = ["id", "name"]
            id = sql.Column(sql.String(64), primary_key=True)
            name = sql.Column(sql.String(64), nullable=False)
        """,
}


def test_names_go_through_a_re_exporting_module_only_when_it_has_them(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeoslo", {
        "__init__.py": "", "sqlalchemy/__init__.py": "",
        "sqlalchemy/models.py": "class ModelBase:\n    def save(self, session):\n        session.add(self)\n"})
    scenario = Scenario(tmp_path, pg, RE_EXPORTING_MODULE, metadata="app.models:sql.ModelBase.metadata")
    scenario.create_from_models()
    assert read_models(scenario.package).unresolved == ()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift(
        "ALTER TABLE project ADD COLUMN created_at timestamp NOT NULL DEFAULT now();"
        "CREATE TABLE audit_event (id serial PRIMARY KEY, project_id varchar(64) REFERENCES project (id));"
    ).reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert after.startswith("from sqlalchemy import text\n\nfrom app import sql\n")
    assert ('    created_at = sql.Column(\n        sql.DateTime, nullable=False, server_default=text("now()")\n    )\n'
            in after)
    assert '    project_id = sql.Column(sql.String(64), sql.ForeignKey("project.id"))\n' in after


# openstack/nova: a type made by a function of another module, called through that module
# (``from nova.db import types``, ``types.MediumText()``, ``def MediumText(): return
# sa.Text().with_variant(mysql.MEDIUMTEXT(), 'mysql')``): "not a known SQLAlchemy type", the
# column not compared, eight times in one file.
TYPE_FUNCTION_OF_A_MODULE = {
    "db/__init__.py": "",
    "db/types.py": """
        import sqlalchemy as sa
        import sqlalchemy.dialects.mysql


        def MediumText():
            return sa.Text().with_variant(sqlalchemy.dialects.mysql.MEDIUMTEXT(), "mysql")
        """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        from app.db import types

        Base = declarative_base()


        class Instance(Base):
            __tablename__ = "instances"

            id = sa.Column(sa.Integer, primary_key=True)
            user_data = sa.Column(types.MediumText())
            launched_on = sa.Column(types.MediumText())
        """,
}


def test_a_type_function_called_through_its_module_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TYPE_FUNCTION_OF_A_MODULE).create_from_models()
    models = read_models(scenario.package / "models.py")
    assert models.unresolved == ()
    [instances] = models.schema.tables
    assert [(c.name, c.type.render()) for c in instances.columns] == [
        ("id", "integer"), ("user_data", "text"), ("launched_on", "text")]
    assert [a.kind for a in scenario.plan().actions] == []


# openstack/nova: every class takes ``deleted`` from an installed library's mixin (oslo.db's
# ``SoftDeleteMixin``, ``deleted = Column(types.SoftDeleteInteger, default=0)`` with the library's
# ``types`` module); the database makes it NOT NULL in one table only. The plan asked for an
# override in that class, copied from the library's statement, and the edit left it out (the
# models' ``types`` is nova's own module): the second plan asked again, the column stayed nullable.
SOFT_DELETE_LIBRARY = """
    from sqlalchemy import Column, DateTime

    from fakedb import types


    class SoftDeleteMixin:
        deleted_at = Column(DateTime)
        deleted = Column(types.SoftDeleteInteger, default=0)
    """

SOFT_DELETE_TYPES = """
    from sqlalchemy import Integer
    from sqlalchemy.types import TypeDecorator


    class SoftDeleteInteger(TypeDecorator):
        impl = Integer
        cache_ok = True
    """

MODELS_ON_A_LIBRARY_SOFT_DELETE = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import sqlalchemy as sa
        from fakedb import models
        from sqlalchemy import orm

        from app import types

        BASE = orm.declarative_base()


        class Service(BASE, models.SoftDeleteMixin):
            __tablename__ = "services"

            id = sa.Column(sa.Integer, primary_key=True)
            host = sa.Column(sa.String(255))


        class Fault(BASE, models.SoftDeleteMixin):
            __tablename__ = "faults"

            id = sa.Column(sa.Integer, primary_key=True)
            message = sa.Column(types.MediumText())
        """,
    "types.py": """
        import sqlalchemy as sa


        def MediumText():
            return sa.Text()
        """,
}


def test_a_column_of_a_library_mixin_is_overridden_in_the_one_class_that_differs(pg, tmp_path, monkeypatch):
    _install_soft_delete_library(tmp_path, monkeypatch)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LIBRARY_SOFT_DELETE, metadata="app.models:BASE.metadata")
    scenario.create_from_models()
    outcome = scenario.drift("ALTER TABLE faults ALTER COLUMN deleted SET NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    # an import under another name on a line of its own, as isort and ruff write it
    assert "from fakedb import models\nfrom fakedb import types as fakedb_types\n" in after
    # written as the file writes SQLAlchemy's names (``sa.Column``), not imported anew
    assert "    deleted = sa.Column(\n        fakedb_types.SoftDeleteInteger, default=0, nullable=False\n    )\n" in after
    assert "from sqlalchemy import orm\n" in after


def test_a_column_of_a_library_mixin_every_class_differs_on_is_overridden_in_each(pg, tmp_path, monkeypatch):
    # the mixin itself would change, were it the project's; a library's is read, never edited
    _install_soft_delete_library(tmp_path, monkeypatch)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LIBRARY_SOFT_DELETE, metadata="app.models:BASE.metadata")
    scenario.create_from_models()
    outcome = scenario.drift("ALTER TABLE faults ALTER COLUMN deleted SET NOT NULL;"
                             "ALTER TABLE services ALTER COLUMN deleted SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert sorted((a.kind, a.class_name) for a in outcome.plan.actions) == [("add-column", "Fault"), ("add-column", "Service")]
    assert "fakedb/models.py is an installed library's (read, never edited)" in outcome.plan.actions[0].reason
    assert outcome.after["models.py"].count(
        "    deleted = sa.Column(\n        fakedb_types.SoftDeleteInteger, default=0, nullable=False\n    )\n") == 2
    assert (tmp_path / "site" / "fakedb" / "models.py").read_text(encoding="utf-8") == \
        textwrap.dedent(SOFT_DELETE_LIBRARY).lstrip("\n")


def test_a_generated_class_leaves_out_a_library_mixin_whose_columns_its_table_lacks(pg, tmp_path, monkeypatch):
    # litestar-fullstack: the class generated for a new table kept advanced-alchemy's SlugKey and
    # set ``slug = None``; SlugKey's __table_args__ then made a UniqueConstraint of None and the
    # models no longer imported. A library's mixin is left out as a project's is.
    _install_soft_delete_library(tmp_path, monkeypatch)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LIBRARY_SOFT_DELETE, metadata="app.models:BASE.metadata")
    scenario.create_from_models()
    outcome = scenario.drift("CREATE TABLE service_notes (id serial PRIMARY KEY, service_id integer"
                             " REFERENCES services (id), body text)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "class ServiceNote(BASE):" in after and "deleted = None" not in after


def _install_soft_delete_library(tmp_path, monkeypatch) -> None:
    _install(tmp_path, monkeypatch, "fakedb",
             {"__init__.py": "", "models.py": SOFT_DELETE_LIBRARY, "types.py": SOFT_DELETE_TYPES})


# openstack/designate: Core ``Table`` objects only, two columns typed with a library's
# TypeDecorator (``from oslo_db.sqlalchemy import types``, ``types.JsonEncodedDict``). The library
# was read only for the bases classes take from it: "not a known SQLAlchemy type", the columns
# never compared.
LIBRARY_TYPE_DECORATOR = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from sqlalchemy import Column, Integer, MetaData, Table
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from fakejson.sqlalchemy import types
        from fakejson.sqlalchemy.types import JsonEncodedList as Listed

        metadata = MetaData()

        service_statuses = Table(
            "service_statuses", metadata,
            Column("id", Integer, primary_key=True),
            Column("stats", types.JsonEncodedDict, nullable=False),
            Column("capabilities", types.JsonEncodedDict(mysql_as_long=True), nullable=False),
        )


        class Base(DeclarativeBase):
            metadata = metadata


        class Pool(Base):
            __tablename__ = "pools"

            id: Mapped[int] = mapped_column(primary_key=True)
            targets = mapped_column(Listed, nullable=False)
        """,
}

JSON_TYPES = """
    import json

    from sqlalchemy.types import Text, TypeDecorator


    class JsonEncodedType(TypeDecorator):
        impl = Text
        type = None

        def __init__(self, mysql_as_long=False):
            super().__init__()

        def process_bind_param(self, value, dialect):
            return json.dumps(value)


    class JsonEncodedDict(JsonEncodedType):
        type = dict
        cache_ok = True


    class JsonEncodedList(JsonEncodedType):
        type = list
        cache_ok = True
    """


def test_a_column_typed_with_a_library_type_decorator_is_read_from_the_library(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakejson",
             {"__init__.py": "", "sqlalchemy/__init__.py": "", "sqlalchemy/types.py": JSON_TYPES})
    scenario = Scenario(tmp_path, pg, LIBRARY_TYPE_DECORATOR, metadata="app.models:metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {(t.name, c.name, c.type.render()) for t in models.schema.tables for c in t.columns} >= {
        ("service_statuses", "stats", "text"), ("service_statuses", "capabilities", "text"),
        ("pools", "targets", "text")}
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE service_statuses ALTER COLUMN stats DROP NOT NULL;"
                             "ALTER TABLE pools ALTER COLUMN targets DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '    Column("stats", types.JsonEncodedDict, nullable=True),\n' in after
    assert "    targets = mapped_column(Listed, nullable=True)\n" in after


# pajbot/pajbot: ``mapped_column(UtcDateTime())`` of ``from sqlalchemy_utc import UtcDateTime``, a
# library named after SQLAlchemy. The reader took every module whose name starts with "sqlalchemy" for
# SQLAlchemy's own, so it never looked for the library's TypeDecorator: 16 columns "not a known
# SQLAlchemy type", never compared; and the codemods counted its names as SQLAlchemy's
# (tests/test_file_style.py has a test of that).
LIBRARY_NAMED_AFTER_SQLALCHEMY = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import datetime

        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
        from sqlalchemy_stamps import UtcDateTime


        class Base(DeclarativeBase):
            pass


        class Deck(Base):
            __tablename__ = "deck"

            id: Mapped[int] = mapped_column(primary_key=True)
            first_used: Mapped[datetime.datetime] = mapped_column(UtcDateTime())
            last_used: Mapped[datetime.datetime | None] = mapped_column(UtcDateTime, nullable=True)
        """,
}
STAMPS_TYPES = """
    from sqlalchemy.types import DateTime, TypeDecorator


    class UtcDateTime(TypeDecorator):
        impl = DateTime(timezone=True)
        cache_ok = True
    """


def test_a_library_named_after_sqlalchemy_is_a_library(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "sqlalchemy_stamps",
             {"__init__.py": "from .types import UtcDateTime\n", "types.py": STAMPS_TYPES})
    scenario = Scenario(tmp_path, pg, LIBRARY_NAMED_AFTER_SQLALCHEMY).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.name, c.type.render()) for c in models.schema.tables[0].columns] == [
        ("id", "integer"), ("first_used", "timestamp with time zone"), ("last_used", "timestamp with time zone")]
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE deck ALTER COLUMN last_used SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    last_used: Mapped[datetime.datetime] = mapped_column(UtcDateTime, nullable=False)\n" in \
        outcome.after["models.py"]


# igorbenav/FastAPI-boilerplate: ``Post`` has a column named ``text``. A column the database added
# got ``server_default=text("0")`` after it in the class body, where ``text`` is that column (a
# class body is a scope of its own): "'MappedColumn' object is not callable", the models no longer
# imported. A name the class body binds is reached another way (here an alias import).
CLASS_BODY_SHADOWS = {
    "models.py": """
        from datetime import datetime

        from sqlalchemy import String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Post(Base):
            __tablename__ = "post"

            id: Mapped[int] = mapped_column(primary_key=True)
            text: Mapped[str] = mapped_column(String(200))
            datetime: Mapped[str] = mapped_column(String(20))  # as it was written, in words
            summary: Mapped[str]  # binds nothing: an annotation alone


        class Tag(Base):
            __tablename__ = "tag"

            id: Mapped[int] = mapped_column(primary_key=True)
        """,
}


def test_a_name_the_class_body_binds_is_not_what_a_new_statement_there_reads(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, CLASS_BODY_SHADOWS).create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift(
        "ALTER TABLE post ADD COLUMN view_count integer NOT NULL DEFAULT 0;"
        "ALTER TABLE post ADD COLUMN edited_at timestamp;"
        "ALTER TABLE tag ADD COLUMN created_at timestamp NOT NULL DEFAULT now()").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert after.startswith(
        "from datetime import datetime\n"
        "from datetime import datetime as datetime_datetime\n"
        "from typing import Optional\n\n"
        "from sqlalchemy import DateTime, Integer, String, text\n"
        "from sqlalchemy import text as sa_text\n")
    assert '    view_count: Mapped[int] = mapped_column(Integer, server_default=sa_text("0"))\n' in after
    assert "    edited_at: Mapped[Optional[datetime_datetime]] = mapped_column(DateTime)\n" in after
    # outside that class the names are the module's own
    assert '    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=text("now()"))\n' in after


# openstack/mistral: the models reach their base module through an alias (``from app import base
# as mb``): the declarative base made there with ``cls=`` (``mb.ModelBase``) and an id column helper
# (``mb.id_column()``); index names are built from the class's table name
# (``"%s_scope" % __tablename__``); foreign keys are added to classes after them at module level
# (``Job.metric_id = sa.Column(...)``), which declarative maps. 60 no-drift actions: the base's
# columns not seen, ids "built by a function call", every index named anew, the late columns
# added again; then a generated class on the secure base with ``project_id = None``, which the
# project's own hook over that base's subclasses could not listen to.
MODULE_ALIAS_BASE = {
    "base.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base


        def id_column():
            return sa.Column(sa.String(36), primary_key=True)


        class _ModelBase:
            created_at = sa.Column(sa.DateTime)


        ModelBase = declarative_base(cls=_ModelBase)


        class SecureModelBase(ModelBase):
            __abstract__ = True

            project_id = sa.Column(sa.String(80))
        """,
    "models.py": """
        import sqlalchemy as sa

        from app import base as mb


        class Metric(mb.ModelBase):
            __tablename__ = "metrics"
            __table_args__ = (sa.Index("%s_name" % __tablename__, "name"),)

            id = sa.Column(sa.Integer, primary_key=True)
            name = sa.Column(sa.String(80))


        class Job(mb.SecureModelBase):
            __tablename__ = "jobs"
            __table_args__ = (sa.Index("%s_%s" % (__tablename__, "project_id"), "project_id"),)

            id = mb.id_column()


        class Run(mb.SecureModelBase):
            __tablename__ = "runs"

            id = mb.id_column()


        Job.metric_id = sa.Column(
            sa.Integer,
            sa.ForeignKey(Metric.id, ondelete="CASCADE"),
            nullable=True
        )
        """,
}


def test_a_base_module_through_an_alias_and_columns_added_after_the_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MODULE_ALIAS_BASE, metadata="app.models:mb.ModelBase.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    tables = {t.name: t for t in models.schema.tables}
    assert [c.name for c in tables["metrics"].columns] == ["id", "name", "created_at"]
    assert [c.name for c in tables["jobs"].columns] == ["id", "metric_id", "project_id", "created_at"]
    assert [i.name for i in tables["metrics"].indexes] == ["metrics_name"]
    assert [i.name for i in tables["jobs"].indexes] == ["jobs_project_id"]
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift(
        "ALTER TABLE jobs ALTER COLUMN metric_id SET NOT NULL;"
        "COMMENT ON COLUMN jobs.metric_id IS 'the metric it computes';"
        "CREATE TABLE notes (id varchar(36) PRIMARY KEY, body text NOT NULL)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert ('\nJob.metric_id = sa.Column(\n    sa.Integer,\n    sa.ForeignKey(Metric.id, ondelete="CASCADE"),\n'
            '    nullable=False,\n    comment="the metric it computes"\n)\n') in after  # its own layout kept
    # a new table without project_id derives from the base whose columns it lacks fewer of
    assert "\nclass Note(mb.ModelBase):\n" in after
    assert "project_id = None" not in after



# optuna/optuna: the column callable is an alias chosen at import (``try: ... _Column =
# mapped_column`` / ``except ImportError: from sqlalchemy import Column as _Column``). Every column
# was made "by a helper or an alias of Column" (each change a by-hand item), and a new column was
# written ``Column(...)`` with an import of its own.
COLUMN_ALIAS_CHOSEN_AT_IMPORT = {
    "models.py": """
        from sqlalchemy import DateTime, Integer, String
        from sqlalchemy.orm import declarative_base

        try:
            from sqlalchemy.orm import mapped_column

            _Column = mapped_column
        except ImportError:
            from sqlalchemy import Column as _Column  # type: ignore[assignment]

        BaseModel = declarative_base()


        class StudyModel(BaseModel):
            __tablename__ = "studies"

            study_id = _Column(Integer, primary_key=True)
            study_name = _Column(String(512), index=True, unique=True, nullable=False)
            started = _Column(DateTime)
        """,
}


def test_a_plain_alias_of_the_column_callable_is_edited_as_the_callable(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, COLUMN_ALIAS_CHOSEN_AT_IMPORT, metadata="app.models:BaseModel.metadata")
    scenario.create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE studies ALTER COLUMN started SET NOT NULL;"
                             "ALTER TABLE studies ADD COLUMN worker text").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    started = _Column(DateTime, nullable=False)\n" in after
    assert "    worker = _Column(Text, nullable=True)\n" in after
    assert after.startswith("from sqlalchemy import DateTime, Integer, String, Text\n")


def test_a_class_body_index_named_from_the_table_name_beside_a_base_s_table_args(tmp_path):
    # the base's __table_args__ are read with no table name of the class's (its own
    # ``__tablename__`` is not the base's); the class body's own Index is read with it
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Tracked(Base):
            __abstract__ = True
            __table_args__ = {"comment": "tracked"}


        class Job(Tracked):
            __tablename__ = "jobs"

            id = sa.Column(sa.Integer, primary_key=True)
            state = sa.Column(sa.String(20))
            by_state = sa.Index("%s_state" % __tablename__, state)
            by_name = sa.Index("%s_name" % __tablename__, "state")  # strings only: attached to nothing
        """), encoding="utf-8")
    [jobs] = read_models(tmp_path / "models.py").schema.tables
    assert [(i.name, i.columns) for i in jobs.indexes] == [("jobs_state", ("state",))]


# Skyvern-AI/skyvern: a partial index's predicate built from SQL expressions over a constant of
# another module (``or_(column("status").is_(None), ~column("status").in_(TERMINAL_STATUSES))``).
# The reader kept the Python source as the predicate, which never equals the database's: a no-drift
# action rewrote the index. It reads as SQL now; a predicate it cannot read is an unresolved line
# and its index is not compared (no edit where nothing drifted).
PREDICATE_OVER_A_CONSTANT = {
    "statuses.py": """
        TERMINAL_STATUSES = ("completed", "failed")
        """,
    "models.py": """
        import sqlalchemy
        from sqlalchemy import Column, Index, String
        from sqlalchemy.orm import DeclarativeBase

        from app.statuses import TERMINAL_STATUSES


        def open_runs():
            return sqlalchemy.column("status").is_(None)


        class Base(DeclarativeBase):
            pass


        class TaskRun(Base):
            __tablename__ = "task_runs"
            __table_args__ = (
                Index(
                    "ix_task_runs_nonterminal",
                    "run_id",
                    postgresql_where=sqlalchemy.or_(
                        sqlalchemy.column("status").is_(None),
                        ~sqlalchemy.column("status").in_(TERMINAL_STATUSES),
                    ),
                ),
                Index("ix_task_runs_open", "run_id", postgresql_where=open_runs()),
            )

            task_run_id = Column(String, primary_key=True)
            run_id = Column(String, nullable=False)
            status = Column(String)
        """,
}


def test_a_partial_index_predicate_over_a_constant_reads_as_sql(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PREDICATE_OVER_A_CONSTANT).create_from_models()
    models = read_models(scenario.package / "models.py")
    [runs] = models.schema.tables
    assert [(i.name, i.where) for i in runs.indexes] == [
        ("ix_task_runs_nonterminal", "(status IS NULL) OR (status NOT IN ('completed', 'failed'))")]
    assert [u.message for u in models.unresolved] == [
        "TaskRun: index ix_task_runs_open: postgresql_where `open_runs()` is not read as SQL; "
        "the index is not compared"]
    assert [a.kind for a in scenario.plan().actions] == []


# GNS3/gns3-server: ``@as_declarative() class Base`` and an ``__abstract__`` ``BaseTable(Base)``
# with created_at / updated_at. The planner took the decorated base (no bases of its own) for a
# plain mixin, so BaseTable too, and a new class took its bases from the file's style: it kept
# updated_at, which its table lacks (a second plan set it to None).
ABSTRACT_TABLE_ON_AS_DECLARATIVE = """
    from sqlalchemy import Column, DateTime, Integer, String, func
    from sqlalchemy.orm import as_declarative


    @as_declarative()
    class Base:
        def asdict(self):
            return {}


    class BaseTable(Base):
        __abstract__ = True

        created_at = Column(DateTime, server_default=func.current_timestamp())
        updated_at = Column(DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp())


    class User(BaseTable):
        __tablename__ = "users"

        user_id = Column(Integer, primary_key=True)
        name = Column(String)
    """


def test_a_new_class_on_an_abstract_table_of_an_as_declarative_base_sets_aside_its_lacking_columns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ABSTRACT_TABLE_ON_AS_DECLARATIVE)
    outcome = scenario.drift("CREATE TABLE notes (note_id serial PRIMARY KEY, body text NOT NULL,"
                             " created_at timestamp DEFAULT CURRENT_TIMESTAMP)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "class Note(BaseTable):" in after
    assert "    body = Column(Text, nullable=False)\n\n    updated_at = None\n" in after


# google/timesketch: mixins whose ``declared_attr`` makes a class per model at run time with
# ``type(...)`` (``"__tablename__": f"{self.__tablename__:s}_label"``, or ``"%s_acl" %
# self.__tablename__``) and returns a relationship to it. 75 no-drift actions: a class generated
# for each such table (the models then defined it twice); every model's columns "not all seen"
# (a declared_attr that is not a column); then a new table's class took the mixins, whose tables
# for it the database lacks.
TABLES_MADE_BY_TYPE_IN_MIXINS = """
    from sqlalchemy import Column, ForeignKey, Integer, Unicode
    from sqlalchemy.orm import declarative_base, declared_attr, relationship

    Base = declarative_base()


    class Label:
        id = Column(Integer, primary_key=True)
        label = Column(Unicode(255))


    class LabelMixin:
        @declared_attr
        def labels(self):
            self.Label = type(
                f"{self.__name__:s}Label",
                (Label, Base),
                {
                    "__tablename__": f"{self.__tablename__:s}_label",
                    "parent_id": Column(Integer, ForeignKey(f"{self.__tablename__:s}.id")),
                },
            )
            return relationship(self.Label)


    class AclMixin:
        @declared_attr
        def acl(self):
            self.Entry = type(
                "%sEntry" % self.__name__,
                (Label, Base),
                {"__tablename__": "%s_acl" % self.__tablename__,
                 "parent_id": Column(Integer, ForeignKey("%s.id" % self.__tablename__))},
            )
            return relationship(self.Entry)


    class Sketch(LabelMixin, AclMixin, Base):
        __tablename__ = "sketch"

        id = Column(Integer, primary_key=True)
        name = Column(Unicode(255))


    class Story(LabelMixin, AclMixin, Base):
        __tablename__ = "story"

        id = Column(Integer, primary_key=True)
        sketch_id = Column(Integer, ForeignKey("sketch.id"))
    """


def test_tables_a_mixin_makes_with_type_get_no_class_and_new_classes_take_the_mixin_only_with_them(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLES_MADE_BY_TYPE_IN_MIXINS)
    assert {t.name for t in read_models(scenario.package).schema.tables} == {"sketch", "story"}
    outcome = scenario.drift(
        "ALTER TABLE sketch ADD COLUMN color varchar(6);"
        "CREATE TABLE bookmark (id serial PRIMARY KEY, sketch_id integer REFERENCES sketch (id))").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    name = Column(Unicode(255))\n    color = Column(Unicode(6))\n" in after
    assert "\nclass Bookmark(Base):\n" in after  # no sketch_label / bookmark_acl in the database for it


# openstack/craton: a mixin's ``declared_attr`` that defines functions of its own (``def
# _assoc_creator(kv): return ...``) before ``rel = relationship(...)`` / ``return rel``: their returns
# were counted as its, so it was "not a single return of a column", every class of the mixin had
# columns the reader could not see, and a column the database gained was a note only.
RELATIONSHIP_AFTER_INNER_FUNCTIONS = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr, relationship

    Base = declarative_base()


    class Variable(Base):
        __tablename__ = "variables"
        id = Column(Integer, primary_key=True)
        owner_id = Column(Integer)
        key = Column(String(64))


    class VariableMixin:
        @declared_attr
        def variables(cls):
            def creator(key):
                return Variable(key=key)

            rel = relationship(Variable, primaryjoin=f"foreign(Variable.owner_id) == {cls.__name__}.id",
                               viewonly=True)
            return rel


    class Cell(VariableMixin, Base):
        __tablename__ = "cells"
        id = Column(Integer, primary_key=True)
        name = Column(String(255))
    """


def test_a_declared_attr_relationship_after_functions_of_its_own_hides_no_columns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, RELATIONSHIP_AFTER_INNER_FUNCTIONS)
    outcome = scenario.drift("ALTER TABLE cells ADD COLUMN location varchar(32)").reconcile()
    assert outcome.plan.notes == () and outcome.plan.by_hand == ()
    assert "    name = Column(String(255))\n    location = Column(String(32))\n" in outcome.after["models.py"]
    assert outcome.problems() == []


# openstack/group-based-policy: subclasses without a ``__tablename__`` of their own that extend their
# parent's table (``__table_args__ = {"extend_existing": True}``), on neutron-lib's base whose
# ``declared_attr __tablename__`` names a table after the class. SQLAlchemy reads ``cls.__tablename__``,
# the parent's literal first in the MRO: the subclass is on the parent's table. The reader took the
# base's name (``targetmappings``), and each column the subclass adds was added again on the parent.
EXTENDED_PARENT_TABLE = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base, declared_attr


    class _Base:
        @declared_attr
        def __tablename__(cls):
            return cls.__name__.lower() + "s"


    Base = declarative_base(cls=_Base)


    class Target(Base):
        __tablename__ = "gp_targets"
        id = sa.Column(sa.Integer, primary_key=True)
        type = sa.Column(sa.String(15))
        __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "base"}


    class TargetMapping(Target):
        __table_args__ = {"extend_existing": True}
        __mapper_args__ = {"polymorphic_identity": "mapping"}
        port_id = sa.Column(sa.String(36), unique=True)


    class Port(Base):
        id = sa.Column(sa.Integer, primary_key=True)
    """


def test_a_subclass_without_a_tablename_is_on_its_parents_table_before_the_bases_function(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, EXTENDED_PARENT_TABLE)
    assert sorted(t.name for t in read_models(scenario.package).schema.tables) == ["gp_targets", "ports"]
    outcome = scenario.drift("ALTER TABLE gp_targets ADD COLUMN name varchar(50)").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-column", "Target")]
    assert outcome.problems() == []


# moloch--/RootTheBox: ``from builtins import object`` (python-future) as a base's base, and a
# declared_attr ``__tablename__`` that binds ``name = cls.__name__`` before its ``return``: the table
# names were "dynamic", no class matched a table, and the drift went unseen; the base "may add
# columns". And lingthio/Flask-User-starter-app's ``class User(db.Model, UserMixin)`` of Flask-User,
# not installed: its mixin "may add columns", a column the database gained a note only.
LOCAL_NAME_TABLENAME = """
    import re
    from builtins import object

    from flask_user import UserMixin
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr


    class _DatabaseObject(object):
        @declared_attr
        def __tablename__(self):
            name = self.__name__
            return name[0].lower() + re.sub(r"([A-Z])", lambda letter: "_" + letter.group(0).lower(), name[1:])

        id = Column(Integer, primary_key=True)


    DatabaseObject = declarative_base(cls=_DatabaseObject)


    class MarketItem(DatabaseObject):
        name = Column(String(64))


    class User(DatabaseObject, UserMixin):
        email = Column(String(120))
    """


def test_a_tablename_of_a_local_name_and_a_builtins_object_base_are_read(pg, tmp_path):
    flask_user = tmp_path / "flask_user"
    flask_user.mkdir()
    (flask_user / "__init__.py").write_text("class UserMixin:\n    def is_active(self):\n        return True\n")
    scenario = _no_drift(tmp_path, pg, LOCAL_NAME_TABLENAME, metadata="app.models:DatabaseObject.metadata")
    (flask_user / "__init__.py").unlink()  # the tool reads the models where Flask-User is not installed
    assert sorted(t.name for t in read_models(scenario.package).schema.tables) == ["market_item", "user"]
    outcome = scenario.drift("ALTER TABLE market_item ADD COLUMN price integer; "
                             "ALTER TABLE \"user\" ADD COLUMN locale varchar(8)").reconcile(judged=False)
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-column", "MarketItem"), ("add-column", "User")]
    assert outcome.plan.notes == ()
    assert outcome.problems() == []
    (flask_user / "__init__.py").write_text("class UserMixin:\n    pass\n")  # for the application to import
    verdict = judge(scenario.root, scenario.metadata, scenario.url)
    assert verdict.configure_error is None and verdict.after == [] and verdict.warnings == []


# okpy/ok: ``status_enum = db.Enum(*status_values, name="status")`` in the class body, then
# ``status = db.Column(status_enum)``: "not a known SQLAlchemy type", the column not compared.
CLASS_BODY_TYPE = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class GroupMember(Base):
        __tablename__ = "group_member"
        status_values = ["pending", "active"]
        status_enum = Enum(*status_values, name="member_status")

        id = Column(Integer, primary_key=True)
        status = Column(status_enum, nullable=False)
    """


def test_a_type_the_class_body_binds_a_name_to_is_its_columns_type(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CLASS_BODY_TYPE)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.name, c.type.name) for c in models.schema.tables[0].columns] == [
        ("id", "integer"), ("status", "member_status")]
    plan = scenario.drift("ALTER TABLE group_member ALTER COLUMN status DROP NOT NULL").plan()
    assert [(a.kind, a.attribute) for a in plan.code_actions] == [("nullable", "status")]


# openstack/networking-ovn: ``__table_args__ = (model_base.BASEV2.__table_args__)``, the base's own
# options written again: "not a literal tuple or dict", the table's items taken for unread.
BASE_TABLE_ARGS_WRITTEN_AGAIN = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class BASEV2(Base):
        __abstract__ = True
        __table_args__ = {"mysql_engine": "InnoDB", "comment": "revisions"}


    class Revision(BASEV2):
        __tablename__ = "revisions"
        __table_args__ = (BASEV2.__table_args__)
        id = Column(Integer, primary_key=True)
        name = Column(String(36))
    """


def test_a_bases_table_args_written_again_are_the_bases(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, BASE_TABLE_ARGS_WRITTEN_AGAIN)
    models = read_models(scenario.package)
    assert models.unresolved == () and models.schema.tables[0].comment == "revisions"
    outcome = scenario.drift("CREATE INDEX ix_revisions_name ON revisions (name)").reconcile()
    assert "    name = Column(String(36), index=True)\n" in outcome.after["models.py"]
    assert outcome.problems() == []


# Aeternalis-Ingenium/FastAPI-Backend-Template: ``Mapped as SQLAlchemyMapped, mapped_column as
# sqlalchemy_mapped_column``. The reader followed the aliases; the editor did not: each edited line was
# taken for a SQLModel field (``Field(sa_column_kwargs={"name": ...})`` and a second column beside it),
# new columns were written ``sqlalchemy.Column(...)``, and five columns were no longer mapped.
IMPORTED_UNDER_OTHER_NAMES = """
    import datetime

    import sqlalchemy
    from sqlalchemy.orm import DeclarativeBase, Mapped as SQLAlchemyMapped, mapped_column as sqlalchemy_mapped_column


    class Base(DeclarativeBase):
        pass


    class Account(Base):
        __tablename__ = "account"

        id: SQLAlchemyMapped[int] = sqlalchemy_mapped_column(primary_key=True, autoincrement="auto")
        username: SQLAlchemyMapped[str] = sqlalchemy_mapped_column(sqlalchemy.String(length=64), nullable=False)
        is_logged_in: SQLAlchemyMapped[bool] = sqlalchemy_mapped_column(sqlalchemy.Boolean, default=False)
        updated_at: SQLAlchemyMapped[datetime.datetime] = sqlalchemy_mapped_column(
            sqlalchemy.DateTime(timezone=True), nullable=True
        )
    """


def test_mapped_and_mapped_column_under_other_names_are_edited_as_such(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, IMPORTED_UNDER_OTHER_NAMES)
    outcome = scenario.drift("ALTER TABLE account RENAME COLUMN is_logged_in TO logged_in; "
                             "ALTER TABLE account ADD COLUMN display_name varchar(64); "
                             "ALTER TABLE account ALTER COLUMN updated_at SET NOT NULL").reconcile()
    after = outcome.after["models.py"]
    assert ('    is_logged_in: SQLAlchemyMapped[bool] = sqlalchemy_mapped_column("logged_in", sqlalchemy.Boolean, '
            'default=False)\n') in after, after
    assert "    display_name: SQLAlchemyMapped[Optional[str]] = sqlalchemy_mapped_column(" in after, after
    assert "Field(" not in after and "sqlalchemy.Column(" not in after
    assert "updated_at: SQLAlchemyMapped[datetime.datetime] = sqlalchemy_mapped_column(" in after
    assert outcome.problems() == []


# teamhide/fastapi-boilerplate: ``location: Mapped[Location] = composite(mapped_column("lat"),
# mapped_column("lng"))`` of a dataclass. The columns were not read: the plan added ``lat`` and ``lng``
# where nothing drifted, and the models no longer imported (DuplicateColumnError).
COMPOSITE_COLUMNS = """
    from dataclasses import dataclass

    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, composite, mapped_column


    class Base(DeclarativeBase):
        pass


    @dataclass
    class Location:
        lat: float
        lng: float


    class User(Base):
        __tablename__ = "user"
        id: Mapped[int] = mapped_column(primary_key=True)
        nickname: Mapped[str] = mapped_column(String(255))
        location: Mapped[Location] = composite(mapped_column("lat"), mapped_column("lng"))
    """


def test_the_columns_a_composite_declares_are_the_tables(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, COMPOSITE_COLUMNS)
    names = [c.name for c in read_models(scenario.package).schema.tables[0].columns]
    assert names == ["id", "nickname", "lat", "lng"]
    outcome = scenario.drift("ALTER TABLE \"user\" ADD COLUMN email varchar(64)").reconcile()
    assert [(a.kind, a.attribute) for a in outcome.code_actions()] == [("add-column", "email")]
    assert outcome.problems() == []


# okpy/ok and openstack/networking-odl: one enum type name, two label sets (``GroupMember.status``
# pending/active, ``Job.status`` queued/running/finished). PostgreSQL makes one type; the reader kept
# the first set for both columns, silently (networking-odl's message named labels of the other set).
ONE_ENUM_NAME_TWO_LABEL_SETS = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class GroupMember(Base):
        __tablename__ = "group_member"
        id = Column(Integer, primary_key=True)
        status = Column(Enum("pending", "active", name="status"))


    class Job(Base):
        __tablename__ = "job"
        id = Column(Integer, primary_key=True)
        status = Column(Enum("queued", "running", "finished", name="status"))
    """


def test_one_enum_name_of_two_label_sets_is_said(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(ONE_ENUM_NAME_TWO_LABEL_SETS))
    models = read_models(tmp_path)
    assert [(u.line, u.message) for u in models.unresolved] == [(17, (
        "status: enum status is defined here with the labels queued, running, finished and elsewhere with "
        "pending, active: PostgreSQL has one type of that name, made with one set (the labels of this column "
        "are not compared); give each its own name="))]
    assert [(e.name, e.labels) for e in models.schema.enums] == [("status", ("pending", "active"))]


# simple-login/app: ``server_default=str(AliasGeneratorEnum.word.value)`` (an int enum member's value
# as text), ``CheckConstraint(tries >= 0, ...)`` written in Python with the class body's column, a
# unique partial index on a boolean column (``postgresql_where=Column("ownership_verified")``): 11
# unresolved lines, those defaults, the check and the index never compared.
PYTHON_WRITTEN_DEFAULTS_AND_CHECKS = """
    import enum

    import sqlalchemy as sa
    from sqlalchemy import CheckConstraint, Column, Index
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class AliasGenerator(enum.Enum):
        word = 1
        uuid = 2


    class Account(Base):
        __tablename__ = "account"

        id = sa.Column(sa.Integer, primary_key=True)
        alias_generator = sa.Column(sa.Integer, nullable=False, default=AliasGenerator.word.value,
                                    server_default=str(AliasGenerator.word.value))
        tries = sa.Column(sa.Integer, default=3, nullable=False)
        domain = sa.Column(sa.String(128), nullable=False)
        verified = sa.Column(sa.Boolean, nullable=False, server_default="0")

        __table_args__ = (
            CheckConstraint(tries >= 0, name="account_tries_positive"),
            Index("ix_unique_domain", "domain", unique=True, postgresql_where=Column("verified")),
        )
    """


def test_defaults_checks_and_predicates_written_in_python_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, PYTHON_WRITTEN_DEFAULTS_AND_CHECKS)
    models = read_models(scenario.package / "models.py")
    assert models.unresolved == ()
    [account] = models.schema.tables
    assert [c.default for c in account.columns if c.name == "alias_generator"] == ["1"]
    assert [(c.name, c.expression) for c in account.check_constraints] == [("account_tries_positive", "tries >= 0")]
    assert [(i.name, i.where) for i in account.indexes] == [("ix_unique_domain", "verified")]

# openstack/ironic: every ``__table_args__`` ends in (or is) ``table_args()``, a function of the
# module returning MySQL's table options or None, as the configuration says. Each was "not
# understood", and every table's indexes and constraints were by-hand items.
DIALECT_OPTIONS_FUNCTION = """
    import os

    from sqlalchemy import Column, Index, Integer, String, schema
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def table_args():
        if os.environ.get("DB_ENGINE") == "mysql":
            return {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4"}
        return None


    class Chassis(Base):
        __tablename__ = "chassis"
        __table_args__ = (
            schema.UniqueConstraint("uuid", name="uniq_chassis0uuid"),
            table_args()
        )
        id = Column(Integer, primary_key=True)
        uuid = Column(String(36))


    class Setting(Base):
        __tablename__ = "settings"
        __table_args__ = table_args()
        id = Column(Integer, primary_key=True)
        name = Column(String(255))
    """


def test_a_function_of_another_databases_table_options_adds_nothing(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DIALECT_OPTIONS_FUNCTION)
    assert read_models(scenario.package).unresolved == ()
    outcome = scenario.drift("CREATE INDEX ix_settings_name ON settings (name);"
                             "ALTER TABLE chassis ADD CONSTRAINT uniq_chassis0id_uuid UNIQUE (id, uuid)").reconcile()
    assert outcome.problems() == []
    assert outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    # the new item goes before the options, which SQLAlchemy takes from the end
    assert ('        UniqueConstraint("id", "uuid", name="uniq_chassis0id_uuid"),\n'
            '        table_args()\n    )\n') in after
    assert '    name = Column(String(255), index=True)\n' in after


def test_that_function_is_followed_through_a_module_alias_and_an_import(pg, tmp_path):
    # openstack/solum: ``__table_args__ = sql.table_args()`` in every class module, the function
    # of ``from solum.objects.sqlalchemy import models as sql``, or imported by name: the table's
    # items were taken for ones the call may build, an index the database gained a note only
    files = {
        "base.py": """
            import os

            from sqlalchemy.orm import declarative_base

            Base = declarative_base()


            def table_args():
                if os.environ.get("DB_ENGINE") == "mysql":
                    return {"mysql_engine": "InnoDB"}
                return None
        """,
        "assembly.py": """
            import sqlalchemy as sa

            from app import base as sql


            class Assembly(sql.Base):
                __tablename__ = "assembly"
                __table_args__ = sql.table_args()
                id = sa.Column(sa.Integer, primary_key=True)
                status = sa.Column(sa.String(36))
        """,
        "plan.py": """
            import sqlalchemy as sa

            from app.base import Base, table_args


            class Plan(Base):
                __tablename__ = "plan"
                __table_args__ = table_args()
                id = sa.Column(sa.Integer, primary_key=True)
                name = sa.Column(sa.String(36))
        """,
    }
    scenario = Scenario(tmp_path, pg, files, metadata="app.base:Base.metadata")
    (scenario.package / "__init__.py").write_text("from app import assembly, plan  # noqa: F401\n")
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []
    outcome = scenario.drift("CREATE INDEX ix_assembly_status ON assembly (status);"
                             "CREATE INDEX ix_plan_name ON plan (name)").reconcile()
    assert outcome.plan.by_hand == () and outcome.plan.notes == ()
    assert "    status = sa.Column(sa.String(36), index=True)\n" in outcome.after["assembly.py"]
    assert "    name = sa.Column(sa.String(36), index=True)\n" in outcome.after["plan.py"]
    assert outcome.problems() == []


# ethyca/fides: case-insensitive user names through the sqlalchemy-citext package's type
# (``from citext import CIText``): "not a known SQLAlchemy type", the columns not compared.
CITEXT_LIBRARY = """
    from sqlalchemy import types


    class CIText(types.Concatenable, types.UserDefinedType):
        cache_ok = True

        def get_col_spec(self):
            return "CITEXT"
    """

MODELS_ON_CITEXT = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from citext import CIText
        from sqlalchemy import Column, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class FidesUser(Base):
            __tablename__ = "fidesuser"

            id = Column(String, primary_key=True)
            username = Column(CIText, unique=True, index=True)
        """,
}


def test_a_citext_column_of_the_citext_package_is_compared(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "citext", {"__init__.py": CITEXT_LIBRARY})
    scenario = Scenario(tmp_path, pg, MODELS_ON_CITEXT).drift("CREATE EXTENSION IF NOT EXISTS citext")
    scenario.create_from_models()
    assert read_models(scenario.package).unresolved == ()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE fidesuser ADD COLUMN email_address citext").reconcile()
    assert outcome.problems() == []
    assert "    email_address = Column(CIText)\n" in outcome.after["models.py"]


# The other way round: ``from app import db`` where ``app/db.py`` is a module but the package's
# ``__init__`` binds ``db`` itself (``from .db import db``): Python gives the Flask-SQLAlchemy
# object, whose names are all SQLAlchemy's (``db.text``), not the module's.
FLASK_DB_NAMED_LIKE_ITS_MODULE = {
    "__init__.py": "from .db import db  # noqa: F401\n",
    "db.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
    "models.py": """
        from app import db


        class Shop(db.Model):
            __tablename__ = "shop"

            id = db.Column(db.Integer, primary_key=True)
        """,
}


def test_an_object_the_package_binds_is_not_the_module_of_that_name(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_DB_NAMED_LIKE_ITS_MODULE, metadata="app.models:db.metadata")
    scenario.create_from_models()
    outcome = scenario.drift("ALTER TABLE shop ADD COLUMN opened_at timestamp NOT NULL DEFAULT now()").reconcile()
    assert outcome.problems() == []
    assert ('    opened_at = db.Column(\n        db.DateTime, nullable=False, server_default=db.text("now()")\n    )\n'
            in outcome.after["models.py"])


# jazzband/website: ``postgres = JazzbandSQLAlchemy(model_class=JazzbandModel)``, a subclass of
# Flask-SQLAlchemy's ``SQLAlchemy`` (an ``init_app`` of its own) given a class of helper methods on
# ``flask_sqlalchemy.model.Model``. The call was not read as the extension's: the helper class was
# taken for a model of a table ``jazzband_model`` the database lacks, in every plan.
FLASK_EXTENSION_SUBCLASS = {
    "db.py": """
        from flask_sqlalchemy import SQLAlchemy
        from flask_sqlalchemy.model import Model


        class AppModel(Model):
            def save(self):
                return self


        class AppSQLAlchemy(SQLAlchemy):
            def init_app(self, app):
                super().init_app(app)


        postgres = AppSQLAlchemy(model_class=AppModel)
        """,
    "models.py": """
        from .db import postgres as db


        class Email(db.Model):
            __tablename__ = "email"

            id = db.Column(db.Integer, primary_key=True)
        """,
}


def test_a_subclass_of_the_flask_extension_reads_its_model_class_as_every_model_s_base(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_EXTENSION_SUBCLASS, metadata="app.models:db.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.class_name, c.table) for c in models.classes if c.table] == [("Email", "email")]
    outcome = scenario.drift("ALTER TABLE email ADD COLUMN address varchar(200)").reconcile()
    assert outcome.problems() == [] and outcome.plan.notes == ()
    assert "    address = db.Column(db.String(200))\n" in outcome.after["models.py"]


# jazzband/website: a mixin of the package's top (``jazzband/mixins.py``) writes its columns with
# ``postgres.Column`` of ``from .db import postgres``; a model of a subpackage imports the same object
# as ``from ..db import postgres as db``. The override of the mixin's column in one class was
# written ``postgres.Column(postgres.DateTime, ...)`` with ``postgres`` imported again beside ``db``
# (ruff's I001); it speaks as the class's file does now.
MIXIN_OF_THE_PACKAGE_TOP = {
    "db.py": """
        from flask_sqlalchemy import SQLAlchemy

        postgres = SQLAlchemy()
        """,
    "mixins.py": """
        from .db import postgres


        class Synced:
            synced_at = postgres.Column(postgres.DateTime, nullable=False)
        """,
    "members/__init__.py": "",
    "members/models.py": """
        from ..db import postgres as db
        from ..mixins import Synced


        class Email(db.Model, Synced):
            __tablename__ = "email"

            id = db.Column(db.Integer, primary_key=True)


        class Member(db.Model, Synced):
            __tablename__ = "member"

            id = db.Column(db.Integer, primary_key=True)
        """,
}


def test_an_override_of_a_mixin_column_names_what_the_mixin_imports_as_the_class_s_file_does(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MIXIN_OF_THE_PACKAGE_TOP, metadata="app.members.models:db.metadata")
    scenario.create_from_models()
    outcome = scenario.drift("ALTER TABLE email ALTER COLUMN synced_at DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["members/models.py"]
    assert after.startswith("from ..db import postgres as db\nfrom ..mixins import Synced\n"), after
    assert "    synced_at = db.Column(db.DateTime, nullable=True)\n" in after, after


# pebble-dev/rebble-appstore-api and conbench/conbench: indexes made by a statement of their own at
# module level after the class (``db.Index("ix", Widget.owner_id, Widget.kind, unique=True)``). An
# index the database dropped was left by hand, the statement kept; and a column the database
# dropped, which PostgreSQL drops such an index with, was held back as read when the module loads
# (by that statement), the index never named. The statement goes now, and the column with it.
INDEX_STATEMENTS_AFTER_CLASSES = """
    from sqlalchemy import Column, Index, Integer, Text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Widget(Base):
        __tablename__ = "widget"

        id = Column(Integer, primary_key=True)
        owner_id = Column(Integer)
        kind = Column(Text)
        kernel = Column(Text)


    Index("widget_owner_kind", Widget.owner_id, Widget.kind, unique=True)
    Index(
        "widget_kind_kernel",
        Widget.kind,
        Widget.kernel,
    )


    class Gadget(Base):
        __tablename__ = "gadget"

        id = Column(Integer, primary_key=True)
        name = Column(Text)


    # the gadgets' names, searched by prefix
    Index("gadget_name", Gadget.name)
    """


def test_a_module_level_index_statement_the_database_dropped_is_removed(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, INDEX_STATEMENTS_AFTER_CLASSES).drift(
        "DROP INDEX widget_owner_kind; DROP INDEX gadget_name").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    assert "widget_owner_kind" not in after and 'Index("gadget_name"' not in after
    assert ("    kernel = Column(Text)\n\n\nIndex(\n    \"widget_kind_kernel\",\n" in after
            and after.endswith("    name = Column(Text)\n\n\n# the gadgets' names, searched by prefix\n")), after


def test_a_dropped_column_goes_with_the_module_level_index_postgresql_dropped_with_it(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, INDEX_STATEMENTS_AFTER_CLASSES).drift(
        "ALTER TABLE widget DROP COLUMN kernel").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    assert "kernel" not in after and 'Index("widget_owner_kind", Widget.owner_id, Widget.kind, unique=True)\n' in after
    both = _no_drift(tmp_path / "both", pg, INDEX_STATEMENTS_AFTER_CLASSES).drift(
        "ALTER TABLE widget DROP COLUMN kind, DROP COLUMN kernel").reconcile()
    assert both.problems() == [] and both.plan.by_hand == ()
    assert [a.kind for a in both.plan.actions].count("index") == 2  # widget_kind_kernel once for its two columns
    assert "    owner_id = Column(Integer)\n\n\nclass Gadget(Base):\n" in both.after["models.py"]


# pebble-dev/rebble-appstore-api: a file of single quotes but for one ``__tablename__ = "developers"``.
# The table's rename wrote ``'app_developers'``: the new name takes the quotes of the string it replaces.
def test_a_renamed_table_s_name_keeps_the_quotes_it_was_written_in(pg, tmp_path):
    models = """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Developer(Base):
            __tablename__ = "developers"

            id = Column(Integer, primary_key=True)
            name = Column(String(40), comment='shown on the store')
            email = Column(String(80), comment='for the store')
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE developers RENAME TO app_developers").reconcile()
    assert outcome.problems() == []
    assert '    __tablename__ = "app_developers"\n' in outcome.after["models.py"]


# bcgov/sbc-auth: a code table's class has no column of its own (``BaseCodeModel`` gives them), only
# ``__tablename__`` and class methods. Its first column went right above ``@classmethod``, the blank
# line before the method taken (pycodestyle's E301).
def test_a_column_added_before_a_method_leaves_the_blank_line_before_the_method(pg, tmp_path):
    models = """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Coded:
            code = Column(String(15), primary_key=True)
            description = Column(String(100))


        class OrgType(Coded, Base):
            \"\"\"The org types.\"\"\"

            __tablename__ = "org_types"

            @classmethod
            def get_default(cls):
                return None
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE org_types ADD COLUMN is_default boolean").reconcile()
    assert outcome.problems() == []
    assert ('    __tablename__ = "org_types"\n\n    is_default = Column(Boolean)\n\n    @classmethod\n'
            in outcome.after["models.py"])


# NexMirror/Kallithea: every class's ``__table_args__`` ends with the module's options dict
# (``(UniqueConstraint(...), _table_args_default_dict)``, ``(_table_args_default_dict,)`` alone). A
# new class had none of it (``extend_existing`` and all); it ends its own with it now.
TABLE_ARGS_TAIL = """
    from sqlalchemy import Column, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    _table_args_default_dict = {"extend_existing": True, "sqlite_autoincrement": True}


    class Repository(Base):
        __tablename__ = "repositories"
        __table_args__ = (
            UniqueConstraint("repo_name"),
            _table_args_default_dict,
        )

        repo_id = Column(Integer, primary_key=True)
        repo_name = Column(String(255), nullable=False)


    class Setting(Base):
        __tablename__ = "settings"
        __table_args__ = (_table_args_default_dict,)

        app_settings_id = Column(Integer, primary_key=True)
    """


def test_a_new_class_ends_its_table_args_with_the_options_every_class_of_its_file_ends_them_with(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, TABLE_ARGS_TAIL).drift(
        "CREATE TABLE repository_topics (id serial PRIMARY KEY, repo_id integer NOT NULL"
        " REFERENCES repositories (repo_id), topic varchar(40), UNIQUE (repo_id, topic));"
        "CREATE TABLE tags (id serial PRIMARY KEY, name text); COMMENT ON TABLE tags IS 'the tags';"
        "CREATE TABLE marks (id serial PRIMARY KEY)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert ('name="repository_topics_repo_id_topic_key"\n        ),\n        _table_args_default_dict,\n    )\n'
            in after)
    assert '    __table_args__ = {**_table_args_default_dict, "comment": "the tags"}\n' in after
    assert '    __tablename__ = "marks"\n    __table_args__ = (\n        _table_args_default_dict,\n    )\n' in after, after


# chanzuckerberg/czgenepi: ``mapper_registry = registry(metadata=meta)`` over a ``MetaData(schema="aspen",
# naming_convention={"ix": "ix_%(column_0_label)s"})``, then ``idbase = mapper_registry.generate_base(
# cls=mx.BaseMixin)`` with the mixin named through a module alias. The mixin's ``id`` was not seen (an
# ``id`` added to every class), nor the schema the tables take from the registry's MetaData (each
# ``index=True`` rewritten as an ``Index`` of the name the label without the schema gives).
REGISTRY_OF_A_SCHEMA = {
    "mixins.py": """
        from sqlalchemy import Column, Integer


        class BaseMixin:
            id = Column(Integer, primary_key=True, autoincrement=True)
        """,
    "base.py": """
        from sqlalchemy import MetaData
        from sqlalchemy.orm import registry

        from app import mixins as mx

        meta = MetaData(schema="aspen", naming_convention={"ix": "ix_%(column_0_label)s"})
        mapper_registry = registry(metadata=meta)
        idbase = mapper_registry.generate_base(cls=mx.BaseMixin)
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer, String

        from .base import idbase


        class Group(idbase):
            __tablename__ = "groups"

            name = Column(String(40), nullable=False)


        class User(idbase):
            __tablename__ = "users"

            group_id = Column(Integer, ForeignKey(Group.id), index=True)
            email = Column(String(80), index=True)
        """,
}


def test_a_registry_s_metadata_gives_its_base_a_schema_and_a_mixin_through_a_module_alias(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, REGISTRY_OF_A_SCHEMA, metadata="app.models:idbase.metadata")
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted((t.schema, t.name, "id" in [c.name for c in t.columns]) for t in models.schema.tables) == [
        ("aspen", "groups", True), ("aspen", "users", True)]
    scenario.drift("CREATE SCHEMA aspen").create_from_models()
    scenario.drift("ALTER TABLE aspen.users ADD COLUMN phone varchar(20)")
    plan = build_plan(read_schema(scenario.url, ("public", "aspen")), models, PlannerOptions())
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("add-column", "User")]


# te5in/CodeGra.de: ``Base = db.Model`` in the models package's ``__init__`` (in the ``else:`` of ``if
# t.TYPE_CHECKING:``), which also imports a name from a helpers module that defines a plain ``class
# Base`` for its type hints. Every ``class X(Base)`` of ``from . import Base`` was taken for a subclass of
# the helpers' class: not one model was read, and the plan made a Table for every table.
BASE_NAMED_LIKE_A_HELPER_CLASS = {
    "helpers/__init__.py": "",
    "helpers/types.py": """
        import typing as t


        class MyDb:
            Model: t.Any


        class Base:
            query: t.ClassVar[t.Any]
        """,
    "models/__init__.py": """
        import typing as t

        from flask_sqlalchemy import SQLAlchemy

        from app.helpers.types import MyDb  # noqa: F401

        db = SQLAlchemy()

        if t.TYPE_CHECKING:
            pass
        else:
            Base = db.Model
        """,
    "models/course.py": """
        from . import Base, db


        class Course(Base):
            __tablename__ = "Course"

            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.Unicode)
        """,
}


def test_a_base_its_package_binds_by_assignment_is_not_a_helper_class_of_that_name(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, BASE_NAMED_LIKE_A_HELPER_CLASS, metadata="app.models.course:db.metadata",
                        models="models")
    models = read_models(scenario.models)
    assert [(c.class_name, c.table) for c in models.classes if c.table] == [("Course", "Course")]
    outcome = scenario.create_from_models().drift('ALTER TABLE "Course" ADD COLUMN state text').reconcile()
    assert outcome.problems() == [] and [a.kind for a in outcome.plan.actions] == ["add-column"]


# te5in/CodeGra.de: ``__name = db.Column("name", db.Unicode, unique=True, index=True)``, a private
# (name-mangled) attribute behind a property. It was taken for a dunder setting: the column unread,
# and a ``name`` attribute added for it where nothing drifted.
def test_a_private_attribute_s_column_is_read(pg, tmp_path):
    models = """
        from sqlalchemy import Column, Integer, Unicode
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Permission(Base):
            __tablename__ = "Permission"

            id = Column("id", Integer, primary_key=True)
            __name = Column("name", Unicode, unique=True, index=True, nullable=False)

            @property
            def name(self):
                return self.__name
        """
    outcome = _no_drift(tmp_path, pg, models).drift('ALTER TABLE "Permission" ALTER COLUMN name TYPE varchar(100)')
    outcome = outcome.reconcile()
    assert outcome.problems() == []
    assert ('    __name = Column(\n        "name", Unicode(100), unique=True, index=True, nullable=False\n    )\n'
            in outcome.after["models.py"]), outcome.after["models.py"]


# te5in/CodeGra.de: a mixin's ``declared_attr`` key in the ``else:`` of ``if t.TYPE_CHECKING and MYPY:``
# (annotations for mypy in the other branch). The block was not read as one that runs: the column
# unread, an attribute added for it and its table's unique constraint declared again.
def test_the_else_of_if_type_checking_and_more_is_what_runs(pg, tmp_path):
    models = """
        import typing as t

        from sqlalchemy import Column, ForeignKey, Integer, Text, UniqueConstraint
        from sqlalchemy.orm import declarative_base, declared_attr

        Base = declarative_base()
        MYPY = False


        class User(Base):
            __tablename__ = "User"

            id = Column(Integer, primary_key=True)


        class SettingBase:
            if t.TYPE_CHECKING and MYPY:
                user_id: int
            else:

                @declared_attr
                def user_id(cls):
                    return Column("user_id", Integer, ForeignKey("User.id", ondelete="CASCADE"), nullable=False)


        class NotificationsSetting(Base, SettingBase):
            __tablename__ = "notifications_setting"
            __table_args__ = (UniqueConstraint("user_id", "reason"),)

            id = Column(Integer, primary_key=True)
            reason = Column(Text, nullable=False)
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE notifications_setting ADD COLUMN note text")
    outcome = outcome.reconcile()
    assert outcome.problems() == [] and [a.kind for a in outcome.plan.actions] == ["add-column"]


# cabotage/cabotage-app: ``class Base(DeclarativeBase): metadata = MetaData(naming_convention=NAMING)``
# given as ``SQLAlchemy(model_class=Base)``. Its convention was taken for one of a Flask model class's
# own metadata, which Flask-SQLAlchemy 3 makes no table in: a renamed table's unique constraint then
# took the new table's name (``uq_user_roles_name``) where PostgreSQL kept ``uq_roles_name``.
FLASK_MODEL_CLASS_WITH_A_CONVENTION = {
    "server.py": """
        from typing import TYPE_CHECKING, Any, ClassVar

        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase

        NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s", "pk": "pk_%(table_name)s"}


        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention=NAMING)


        db = SQLAlchemy(model_class=Base)

        if TYPE_CHECKING:

            class Model(Base):
                query: ClassVar[Any]
        else:
            Model = db.Model
        """,
    "models/__init__.py": "",
    "models/auth.py": """
        from sqlalchemy import Integer, String
        from sqlalchemy.orm import Mapped, mapped_column

        from app.server import Model


        class Role(Model):
            __tablename__ = "roles"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            name: Mapped[str | None] = mapped_column(String(80), unique=True)
        """,
}


def test_the_convention_of_a_declarative_base_given_as_model_class_names_the_constraints(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_MODEL_CLASS_WITH_A_CONVENTION, metadata="app.models.auth:Model.metadata",
                        models="models").create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    outcome = scenario.drift("ALTER TABLE roles RENAME TO user_roles").reconcile()
    assert outcome.problems() == []
    assert '    __table_args__ = (UniqueConstraint("name", name="uq_roles_name"),)\n' in outcome.after["models/auth.py"]


# chanzuckerberg/czgenepi: tables of enum values made by its copy of sqlalchemy-enum-tables,
# ``_ColorTable = enumtables.EnumTable(Color, base, tablename="colors")``, which makes the class with
# the base's metaclass (``declBase.__class__(typename, (declBase,), namespace)``, ``"__tablename__":
# tablename if tablename else ...``). A class was generated for each such table: the models then
# failed to import ("Table 'colors' is already defined").
ENUM_TABLE_FACTORY = {
    "enumtables/__init__.py": """
        import sqlalchemy as sa


        def EnumTable(enum, declBase, name=None, tablename=None):
            typename = name if name else (enum.__name__ + "Table")
            namespace = {
                "__tablename__": tablename if tablename else enum.__name__.lower(),
                "__enum__": enum,
                "item_id": sa.Column(sa.String, primary_key=True),
            }
            return declBase.__class__(typename, (declBase,), namespace)
        """,
    "models.py": """
        import enum

        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import declarative_base

        from app import enumtables

        Base = declarative_base()


        class Color(enum.Enum):
            RED = "RED"


        _ColorTable = enumtables.EnumTable(Color, Base, tablename="colors")


        class Paint(Base):
            __tablename__ = "paints"

            id = Column(Integer, primary_key=True)
            color = Column(String, ForeignKey(_ColorTable.item_id), nullable=False)
        """,
}


def test_a_table_a_library_function_makes_with_the_base_s_metaclass_gets_no_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, ENUM_TABLE_FACTORY).create_from_models()
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert any("its table colors is made when it runs" in u.message for u in read_models(scenario.package).unresolved)
    outcome = scenario.drift("ALTER TABLE paints ADD COLUMN shade text").reconcile()
    assert outcome.problems() == [] and [a.kind for a in outcome.plan.actions] == ["add-column"]


# chanzuckerberg/czgenepi: ``class Color(enum.Enum)`` in the file a new class for table ``colors`` goes
# to. The plan named the class ``Color``, and apply refused it ("the file already binds 'Color'"): a
# name any top-level statement of the file binds is taken, a model's or not.
def test_a_new_class_is_not_named_as_a_class_of_its_file_that_is_no_model(pg, tmp_path):
    models = """
        import enum

        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Color(enum.Enum):
            RED = "RED"


        class Paint(Base):
            __tablename__ = "paints"

            id = Column(Integer, primary_key=True)
        """
    outcome = _no_drift(tmp_path, pg, models).drift("CREATE TABLE colors (id serial PRIMARY KEY, name text)").reconcile()
    assert outcome.problems() == []
    assert "class ColorModel(Base):\n" in outcome.after["models.py"]


# AstrBotDevs/AstrBot: ``TimestampMixin(SQLModel)``, a non-table base of every table class, gives
# ``updated_at``; the database makes it nullable in one table. The override in that class was left by
# hand ("a SQLModel class, and this change is not an edit of a field"); the base's field is copied in
# and changed, as a declarative class's inherited column is.
def test_a_sqlmodel_field_of_a_shared_base_is_redefined_in_the_one_table_class_that_differs(pg, tmp_path):
    models = """
        from datetime import datetime, timezone

        from sqlmodel import Field, SQLModel


        class Stamped(SQLModel):
            created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
            updated_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


        class Note(Stamped, SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            body: str


        class Memo(Stamped, SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            body: str
        """
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:SQLModel.metadata").drift(
        "ALTER TABLE note ALTER COLUMN updated_at DROP NOT NULL").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert ("class Note(Stamped, SQLModel, table=True):\n    updated_at: datetime = Field(\n"
            "        default_factory=lambda: datetime.now(timezone.utc), nullable=True\n    )\n"
            in outcome.after["models.py"]), outcome.after["models.py"]


# A review of the imported aliases (conbench's): an imported alias that presets a type is no callee for a new
# column (``TextColumn(Integer, ...)`` was written: the models no longer imported), and an alias made from an
# alias that sets ``nullable=`` sets it too (its Mapped column's annotation alone was changed: no convergence).
def test_imported_aliases_that_preset_a_type_or_nullable_through_another(pg, tmp_path):
    typed = {
        "cols.py": """
            from functools import partial

            from sqlalchemy import Column, Text

            TextColumn = partial(Column, Text)
            """,
        "models.py": """
            from sqlalchemy import Column, Integer
            from sqlalchemy.orm import declarative_base

            from .cols import TextColumn

            Base = declarative_base()


            class Note(Base):
                __tablename__ = "note"

                id = Column(Integer, primary_key=True)
                title = TextColumn()
                body = TextColumn()
            """,
    }
    outcome = Scenario(tmp_path / "typed", pg, typed).create_from_models().drift(
        "ALTER TABLE note ADD COLUMN score integer").reconcile()
    assert outcome.problems() == [] and "    score = Column(Integer)\n" in outcome.after["models.py"]
    chained = {
        "entity.py": """
            import functools

            from sqlalchemy.orm import DeclarativeBase, mapped_column


            class Base(DeclarativeBase):
                pass


            NotNull = functools.partial(mapped_column, nullable=False)
            IndexedNotNull = functools.partial(NotNull, index=True)
            """,
        "models.py": """
            from typing import Optional

            import sqlalchemy as s
            from sqlalchemy.orm import Mapped

            from .entity import Base, IndexedNotNull, NotNull


            class Commit(Base):
                __tablename__ = "commit"
                id: Mapped[str] = NotNull(s.String(50), primary_key=True)
                sha: Mapped[str] = IndexedNotNull(s.String(40))
            """,
    }
    outcome = Scenario(tmp_path / "chained", pg, chained).create_from_models()
    outcome = outcome.drift("ALTER TABLE commit ALTER COLUMN sha DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    sha: Mapped[Optional[str]] = IndexedNotNull(s.String(40), nullable=True)\n" in outcome.after["models.py"]


# A review of the module-level Index statements (rebble's): one of a name imported under another
# (``SaIndex(...)``) or sharing its line with another statement is left by hand, as the codemods would not
# find it (the plan said it removed it, and apply refused it at each run).
@pytest.mark.parametrize("statements", ['SaIndex("widget_owner", Widget.owner_id)\n',
                                        'Index("widget_owner", Widget.owner_id); Index("widget_kind", Widget.kind)\n'])
def test_a_module_level_index_the_codemods_would_not_find_is_left_by_hand(pg, tmp_path, statements):
    models = (
        "from sqlalchemy import Column, Index, Integer, Text\nfrom sqlalchemy import Index as SaIndex\n"
        "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\nclass Widget(Base):\n"
        '    __tablename__ = "widget"\n\n    id = Column(Integer, primary_key=True)\n    owner_id = Column(Integer)\n'
        "    kind = Column(Text)\n\n\n" + statements)
    outcome = _no_drift(tmp_path, pg, models).drift("DROP INDEX widget_owner").reconcile(judged=False)
    assert [a.kind for a in outcome.plan.actions] == []
    assert [b.message.endswith("change that call by hand.") for b in outcome.plan.by_hand] == [True]


# A review of the options dict a new class's __table_args__ ends with (Kallithea's): not one with a schema
# (``AUDIT = {"schema": "audit"}``: a new table of public went into audit, the models no longer imported),
# nor where a class of the file names its table without it.
def test_a_new_class_does_not_end_its_table_args_with_a_dict_of_a_schema(pg, tmp_path):
    models = """
        from sqlalchemy import Column, Integer, String, UniqueConstraint
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        AUDIT = {"schema": "audit"}


        class Event(Base):
            __tablename__ = "events"
            __table_args__ = (UniqueConstraint("name"), AUDIT)

            id = Column(Integer, primary_key=True)
            name = Column(String(40))


        class Trail(Base):
            __tablename__ = "trails"
            __table_args__ = (AUDIT,)

            id = Column(Integer, primary_key=True)
        """
    scenario = Scenario(tmp_path, pg, {"models.py": models}).drift("CREATE SCHEMA audit").create_from_models()
    scenario.drift("CREATE TABLE public.things (id serial PRIMARY KEY, name text)")
    plan = build_plan(read_schema(scenario.url, ("public", "audit")), read_models(scenario.package), PlannerOptions())
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "Thing")]
    scenario.reconcile(judged=False)
    text = scenario.text("models.py")
    assert "AUDIT" not in text[text.index("class Thing(Base):"):], text


# A review of the SQLModel override (AstrBot's): one whose change is no edit of a field (an identity) stays
# by hand (``Field(Identity(), default=None, ...)`` was written: "Field() got multiple values").
def test_a_sqlmodel_override_of_a_change_that_is_no_field_edit_stays_by_hand(pg, tmp_path):
    models = """
        from sqlmodel import Field, SQLModel


        class Keyed(SQLModel):
            id: int | None = Field(default=None, primary_key=True)


        class Note(Keyed, table=True):
            body: str


        class Memo(Keyed, table=True):
            body: str
        """
    scenario = _no_drift(tmp_path, pg, models, metadata="app.models:SQLModel.metadata").drift(
        "ALTER TABLE note ALTER COLUMN id DROP DEFAULT; ALTER TABLE note ALTER COLUMN id ADD GENERATED BY DEFAULT AS"
        " IDENTITY")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert ["Note is a SQLModel class, and this change is not an edit of a field" in b.message
            for b in plan.by_hand] == [True]


# A review of the override's names (jazzband's): the class's file imports the object absolutely (``from
# app.db import postgres as db``) where the mixin's imports it relatively (``from .db import postgres``).
def test_an_override_names_what_its_file_imports_absolutely_as_the_file_does(pg, tmp_path):
    files = {**MIXIN_OF_THE_PACKAGE_TOP, "members/models.py": MIXIN_OF_THE_PACKAGE_TOP["members/models.py"].replace(
        "from ..db import postgres as db\n        from ..mixins import Synced",
        "from app.db import postgres as db\n        from app.mixins import Synced")}
    scenario = Scenario(tmp_path, pg, files, metadata="app.members.models:db.metadata").create_from_models()
    outcome = scenario.drift("ALTER TABLE email ALTER COLUMN synced_at DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["members/models.py"]
    assert after.startswith("from app.db import postgres as db\nfrom app.mixins import Synced\n"), after
    assert "    synced_at = db.Column(db.DateTime, nullable=True)\n" in after, after


# A review of the SQLAlchemy subclasses (jazzband's): one defined in a file scanned after the call's, or
# derived from ``SQLAlchemy`` imported under another name, makes ``db`` as ``SQLAlchemy(...)`` does (its
# model class was a model of a table the database lacks, and its ``id`` was every model's no more); and
# ``model_class=model.Model`` (Flask-SQLAlchemy's own) is never a project class named ``Model``.
def test_the_flask_extension_through_an_alias_or_another_file_and_a_library_model_class(tmp_path):
    layouts = {
        "later": {"zsqla.py": "from flask_sqlalchemy import SQLAlchemy\n\n\nclass AppSQLAlchemy(SQLAlchemy):\n"
                              "    pass\n",
                  "ext.py": "from .base import AppModel\nfrom .zsqla import AppSQLAlchemy\n\n"
                            "db = AppSQLAlchemy(model_class=AppModel)\n"},
        "aliased": {"ext.py": "from flask_sqlalchemy import SQLAlchemy as _SQLAlchemy\n\nfrom .base import AppModel\n"
                              "\n\nclass AppSQLAlchemy(_SQLAlchemy):\n    pass\n\n\n"
                              "db = AppSQLAlchemy(model_class=AppModel)\n"},
    }
    base = ("from flask_sqlalchemy.model import Model\nfrom sqlalchemy import Column, Integer\n\n\n"
            "class AppModel(Model):\n    id = Column(Integer, primary_key=True)\n")
    models = ("from sqlalchemy import Column, String\n\nfrom .ext import db\n\n\nclass User(db.Model):\n"
              '    __tablename__ = "users"\n\n    name = Column(String)\n')
    for name, files in layouts.items():
        package = tmp_path / name / "app"
        package.mkdir(parents=True)
        for file, text in {"__init__.py": "", "base.py": base, "models.py": models, **files}.items():
            (package / file).write_text(text)
        read = read_models(package)
        assert [(t.name, sorted(c.name for c in t.columns)) for t in read.schema.tables] == [
            ("users", ["id", "name"])], name
    package = tmp_path / "library" / "app"
    package.mkdir(parents=True)
    for file, text in {"__init__.py": "",
                       "ext.py": "from flask_sqlalchemy import SQLAlchemy, model\n\ndb = SQLAlchemy(model_class=model.Model)\n",
                       "models.py": "from sqlalchemy import Column, DateTime, Integer, String\n\nfrom .ext import db\n\n\n"
                                    "class Model:\n    created = Column(DateTime)\n\n\nclass Tag(db.Model):\n"
                                    '    __tablename__ = "tags"\n\n    id = Column(Integer, primary_key=True)\n'
                                    "    label = Column(String)\n"}.items():
        (package / file).write_text(text)
    assert [(t.name, [c.name for c in t.columns]) for t in read_models(package).schema.tables] == [
        ("tags", ["id", "label"])]


# openstack/fuel-web: ``Base = declarative_base(cls=ObserverModelBase)`` in development, else ``cls=
# models.ModelBase`` of oslo.db. The second, a library's class named through its module, was taken for a class
# of the project's named ``ModelBase``: ObserverModelBase became a model of a table unknown, and no class was
# generated for a new table while it was (czgenepi's ``cls=mx.BaseMixin`` is of a module of the project).
def test_a_base_made_from_a_library_s_class_through_its_module_keeps_the_project_s(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text(textwrap.dedent("""
        from oslo_db.sqlalchemy import models
        from sqlalchemy import Column, Integer
        from sqlalchemy.ext.declarative import declarative_base

        DEVELOPMENT = False


        class ObserverModelBase(models.ModelBase):
            def __setattr__(self, key, value):
                super().__setattr__(key, value)


        if DEVELOPMENT:
            Base = declarative_base(cls=ObserverModelBase)
        else:
            Base = declarative_base(cls=models.ModelBase)


        class CapacityLog(Base):
            __tablename__ = "capacity_log"

            id = Column(Integer, primary_key=True)
        """))
    models = read_models(package)
    assert [(c.class_name, c.table) for c in models.classes if c.kind == "model"] == [("CapacityLog", "capacity_log")]


# A module-level Index named by a constant (``Index(OWNER_IX, Widget.owner_id)``): the index the
# database dropped was planned as removed from ``__table_args__`` and never was (the reader did not read
# the name; the codemods found no such item). A constant of the file is read and its statement removed;
# one imported from another module is left by hand, as the codemods look for it in the file alone.
CONSTANT_NAMED_INDEX = (
    "from sqlalchemy import Column, Index, Integer, Text\n"
    "from sqlalchemy.orm import declarative_base\n\n{names}Base = declarative_base()\n{constant}\n\n"
    'class Widget(Base):\n    __tablename__ = "widget"\n\n    id = Column(Integer, primary_key=True)\n'
    "    owner_id = Column(Integer)\n    kind = Column(Text)\n\n\nIndex(OWNER_IX, Widget.owner_id)\n")


def test_a_module_level_index_named_by_a_constant_of_its_file_is_removed(pg, tmp_path):
    models = CONSTANT_NAMED_INDEX.format(names="", constant='\nOWNER_IX = "widget_owner"\n')
    outcome = _no_drift(tmp_path, pg, models).drift("DROP INDEX widget_owner").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert outcome.after["models.py"].endswith("    kind = Column(Text)\n"), outcome.after["models.py"]


def test_a_module_level_index_named_by_an_imported_constant_is_left_by_hand(pg, tmp_path):
    models = CONSTANT_NAMED_INDEX.format(names="from app.names import OWNER_IX\n", constant="")
    scenario = Scenario(tmp_path, pg, {"models.py": models, "names.py": 'OWNER_IX = "widget_owner"\n'})
    outcome = scenario.create_from_models().drift("DROP INDEX widget_owner").reconcile(judged=False)
    assert [a.kind for a in outcome.plan.actions] == []
    assert [b.message.endswith("change that call by hand.") for b in outcome.plan.by_hand] == [True]


# opendevops-cn/codo-cmdb: a column written twice in one class body (``network_type = Column(...)``
# above ``outer_ip`` and again below it; Python keeps the last). The database dropped it: the last
# statement was removed and the first kept, so the column stayed in the models.
def test_a_dropped_column_written_twice_in_its_class_goes_from_both_statements(pg, tmp_path):
    models = """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Nat(Base):
            __tablename__ = "nat"
            id = Column(Integer, primary_key=True)
            network_type = Column("network_type", String(50))
            outer_ip = Column("outer_ip", String(50))
            network_type = Column("network_type", String(50))
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE nat DROP COLUMN network_type").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert outcome.after["models.py"].endswith(
        '    id = Column(Integer, primary_key=True)\n    outer_ip = Column("outer_ip", String(50))\n')


# opendevops-cn/codo-cmdb: one PostgreSQL enum bound to one name in the package and again in a module
# (``asset_type_enum = Enum(...)`` in ``models/__init__.py`` and in ``tree.py``). A label the database
# gained went into the package's statement only, the module's kept its old labels and nothing said so
# (the reader took the two for one); now each statement gets it.
SAME_ENUM_WRITTEN_TWICE = {
    "__init__.py": 'from sqlalchemy import Enum\n\nkind_enum = Enum("server", "mysql", name="asset_kind")\n',
    "base.py": "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n",
    "rules.py": """
        from sqlalchemy import Column, Integer

        from app import kind_enum
        from app.base import Base


        class Rule(Base):
            __tablename__ = "rules"
            id = Column(Integer, primary_key=True)
            asset_type = Column(kind_enum)
        """,
    "tree.py": """
        from sqlalchemy import Column, Enum, Integer

        from app.base import Base

        kind_enum = Enum("server", "mysql", name="asset_kind")


        class Tree(Base):
            __tablename__ = "tree"
            id = Column(Integer, primary_key=True)
            asset_type = Column(kind_enum)
        """,
    "models.py": "from app.base import Base  # noqa: F401\nfrom app.rules import Rule  # noqa: F401\nfrom app.tree import Tree  # noqa: F401\n",
}


def test_a_label_the_database_gained_goes_into_each_statement_that_binds_the_enum_name(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SAME_ENUM_WRITTEN_TWICE).create_from_models()
    outcome = scenario.drift("ALTER TYPE asset_kind ADD VALUE 'nat'").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    for name in ("__init__.py", "tree.py"):
        assert 'kind_enum = Enum("server", "mysql", "nat", name="asset_kind")\n' in outcome.after[name]


# bomzheg/Shvatka and lsst-sqre/docverse: non-native enums (``Enum(Kind, native_enum=False, length=32)``, the
# enum class of another module) whose varchar the database widened were left by hand; the call's length= is
# changed now, the enum class kept.
NON_NATIVE_ENUM_LENGTH = {
    "kinds/__init__.py": "from .editions import Kind  # noqa: F401\n",
    "kinds/editions.py": """
        from enum import StrEnum


        class Kind(StrEnum):
            main = "main"
            draft = "draft"
        """,
    "models.py": """
        from sqlalchemy import Enum, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.kinds import Kind


        class Base(DeclarativeBase):
            pass


        class Edition(Base):
            __tablename__ = "editions"
            id: Mapped[int] = mapped_column(primary_key=True)
            kind: Mapped[Kind] = mapped_column(Enum(Kind, native_enum=False, length=32))
            mode: Mapped[Kind] = mapped_column(Enum(Kind, native_enum=False, length=32))
            slug: Mapped[str] = mapped_column(String(32))
        """,
}


def test_a_non_native_enums_length_follows_the_databases_varchar(pg, tmp_path):
    outcome = Scenario(tmp_path, pg, NON_NATIVE_ENUM_LENGTH).create_from_models().drift(
        "ALTER TABLE editions ALTER COLUMN kind TYPE varchar(64), ALTER COLUMN mode TYPE text").reconcile(judged=False)
    assert outcome.problems() == []
    assert [a.reason.split("; ")[1] for a in outcome.plan.actions] == ["the non-native Enum(...)'s length= becomes 64."]
    assert [b.message.split("; ", 1)[1] for b in outcome.plan.by_hand] == [
        "the model's type is a non-native Enum(...), whose length= makes the varchar: the type is left alone rather "
        "than written as a string type; change its length= by hand."]
    after = outcome.after["models.py"]
    assert "    kind: Mapped[Kind] = mapped_column(Enum(Kind, native_enum=False, length=64))\n" in after


# chanzuckerberg/czid-platformics: ``Enum(TaxonLevel, native_enum=False)`` without length= (the varchar as
# long as the longest label) whose varchar the database widened was left by hand; it takes the length=.
def test_a_non_native_enum_without_a_length_takes_the_databases(pg, tmp_path):
    files = {**NON_NATIVE_ENUM_LENGTH, "models.py": NON_NATIVE_ENUM_LENGTH["models.py"].replace(
        "Enum(Kind, native_enum=False, length=32)", "Enum(Kind, native_enum=False)")}
    outcome = Scenario(tmp_path, pg, files).create_from_models().drift(
        "ALTER TABLE editions ALTER COLUMN kind TYPE varchar(64)").reconcile(judged=False)
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    assert "    kind: Mapped[Kind] = mapped_column(\n        Enum(Kind, native_enum=False, length=64)\n    )\n" \
           "    mode: Mapped[Kind] = mapped_column(Enum(Kind, native_enum=False))\n" in after, after  # 89 > 88: wrapped


# communitiesuk/funding-service-design-post-award-data-store: CHECKs written as strings in pieces over
# several lines inside parentheses. A rename of a column one names made them one literal of 145
# characters on one line (the project's E501 at 120); each piece is renamed in place now.
def test_a_check_written_in_pieces_keeps_its_pieces_when_a_column_it_names_is_renamed(pg, tmp_path):
    models = """
        from sqlalchemy import CheckConstraint, Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Thing(Base):
            __tablename__ = "thing"
            id = Column(Integer, primary_key=True)
            a_id = Column(Integer)
            b_id = Column(Integer)
            __table_args__ = (
                CheckConstraint(
                    (
                        "(a_id IS NOT NULL AND b_id IS NULL) "
                        "OR (a_id IS NULL AND b_id IS NOT NULL)"
                    ),
                    name="one_parent",
                ),
            )
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE thing RENAME COLUMN b_id TO b_parent_id").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert ('                "(a_id IS NOT NULL AND b_parent_id IS NULL) "\n'
            '                "OR (a_id IS NULL AND b_parent_id IS NOT NULL)"\n') in outcome.after["models.py"]


# communitiesuk's post-award data store and AberystwythSystemsBiology/limbus: an enum type the database
# renamed (``ALTER TYPE ... RENAME TO``), of a column made from a Python enum class (``Enum(Kind,
# name="kindenum")``, ``db.Enum(Colour)`` named by its class). Left by hand (the class kept), and the
# column's ``server_default=Kind.A.name`` rewritten as ``text("'A'")`` for the cast's new type name; the
# Enum(...) takes the new name= now, and the default stays.
def test_an_enum_type_the_database_renamed_is_the_new_name_of_the_class_s_enum(pg, tmp_path):
    models = """
        import enum

        from sqlalchemy import Column, Enum, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Kind(enum.Enum):
            A = "a"
            B = "b"


        class Colour(enum.Enum):
            red = "red"
            blue = "blue"


        class Org(Base):
            __tablename__ = "org"
            id = Column(Integer, primary_key=True)
            kind = Column(Enum(Kind, name="kindenum"), server_default=Kind.A.name)
            colour = Column(Enum(Colour))
        """
    outcome = _no_drift(tmp_path, pg, models).drift(
        "ALTER TYPE kindenum RENAME TO kind; ALTER TYPE colour RENAME TO sample_colour").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert [a.kind for a in outcome.plan.actions] == ["type", "type"]
    after = outcome.after["models.py"]
    assert '    kind = Column(Enum(Kind, name="kind"), server_default=Kind.A.name)\n' in after
    assert '    colour = Column(Enum(Colour, name="sample_colour"))\n' in after


# communitiesuk's post-award data store: ``sqla.ARRAY(sqla.String())`` widened to ``varchar(10)[]`` came out
# as ``ARRAY(sqla.String(10))`` with an import of PostgreSQL's ARRAY; the file's ARRAY is kept now.
def test_an_array_s_element_type_changes_inside_the_array_the_file_writes(pg, tmp_path):
    models = """
        import sqlalchemy as sqla
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Org(Base):
            __tablename__ = "org"
            id = sqla.Column(sqla.Integer, primary_key=True)
            codes = sqla.Column(sqla.ARRAY(sqla.String()))
            sizes = sqla.Column(sqla.ARRAY(sqla.Integer))
        """
    outcome = _no_drift(tmp_path, pg, models).drift(
        "ALTER TABLE org ALTER COLUMN codes TYPE varchar(10)[], ALTER COLUMN sizes TYPE bigint[]").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    assert "    codes = sqla.Column(sqla.ARRAY(sqla.String(10)))\n" in after
    assert "    sizes = sqla.Column(sqla.ARRAY(sqla.BigInteger))\n" in after and "dialects" not in after, after


# PnX-SI/GeoNature-citizen: a table of schema ``gnc_obstax`` with ``db.Enum(ValidationStatus)``, a type
# SQLAlchemy makes in ``public`` (an Enum does not take its table's schema). Read with ``--schema gnc_obstax``
# the type was not read: a label the database gained was not compared, and nothing said so.
def test_an_enum_of_another_schema_that_a_column_uses_is_compared(pg, tmp_path):
    models = """
        import enum

        from sqlalchemy import Column, Enum, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Status(enum.Enum):
            NOT_VALIDATED = "Non validé"
            VALIDATED = "Validé"


        class Obs(Base):
            __tablename__ = "obs"
            __table_args__ = {"schema": "s"}

            id = Column(Integer, primary_key=True)
            status = Column(Enum(Status))
        """
    scenario = Scenario(tmp_path, pg, {"models.py": models}).drift("CREATE SCHEMA s").create_from_models()
    truth = read_schema(scenario.url, ("s",))
    assert [(e.schema, e.name) for e in truth.enums] == [("public", "status")]
    assert build_plan(truth, read_models(scenario.package), PlannerOptions()).actions == ()
    scenario.drift("ALTER TYPE status ADD VALUE 'PENDING'")
    plan = build_plan(read_schema(scenario.url, ("s",)), read_models(scenario.package), PlannerOptions())
    assert plan.actions == ()  # a new member's value does not follow from its name: a person writes it
    assert [b.message.split("; ")[0] for b in plan.by_hand] == [
        "obs.status: enum status labels differ (the model lacks 'PENDING')"]


# fastapiadmin/FastapiAdmin: the classes derive from ``(ModelMixin, UserMixin)``, and UserMixin gives
# ``created_id`` with a ``declared_attr`` relationship joined on it. A new table without that key derived
# from both with ``created_id = None``: the relationship had no key left and the models no longer
# configured. The new class leaves out the mixin whose foreign key the table lacks.
A_MIXIN_OF_KEYS = {
    "base.py": """
        from typing import Optional

        from sqlalchemy import ForeignKey, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


        class Base(DeclarativeBase):
            pass


        class ModelMixin(Base):
            __abstract__ = True
            id: Mapped[int] = mapped_column(primary_key=True)
            uuid: Mapped[str] = mapped_column(String(64))


        class UserMixin(Base):
            __abstract__ = True
            created_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))

            @declared_attr
            def created_by(cls) -> Mapped[Optional["User"]]:
                return relationship("User", foreign_keys=lambda: cls.created_id)
        """,
    "users.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from app.base import ModelMixin, UserMixin


        class User(ModelMixin, UserMixin):
            __tablename__ = "users"
            name: Mapped[str] = mapped_column(String(40))


        class Log(ModelMixin):
            __tablename__ = "log"
            line: Mapped[str] = mapped_column(String(40))
        """,
    "tickets.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from app.base import ModelMixin, UserMixin


        class Ticket(ModelMixin, UserMixin):
            __tablename__ = "ticket"
            title: Mapped[str] = mapped_column(String(40))


        class Note(ModelMixin, UserMixin):
            __tablename__ = "note"
            body: Mapped[str] = mapped_column(String(40))
        """,
    "models.py": "from app.base import Base  # noqa: F401\nfrom app.users import Log, User  # noqa: F401\nfrom app.tickets import Note, Ticket  # noqa: F401\n",
}


def test_a_new_class_leaves_out_a_mixin_whose_foreign_key_the_table_lacks(pg, tmp_path):
    outcome = Scenario(tmp_path, pg, A_MIXIN_OF_KEYS).create_from_models().drift(
        "CREATE TABLE attachment (id serial PRIMARY KEY, ticket_id int REFERENCES ticket (id), url varchar(200))"
    ).reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["tickets.py"]
    assert "class Attachment(ModelMixin):\n" in after and "created_id" not in after
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


# memodb-io/memobase: ``@REG.mapped_as_dataclass`` on every class, over a plain ``@dataclass`` base whose
# fields are ``mapped_column(..., init=False)``. A new table's class was written ``@REG.mapped`` (the base's
# ``init=False`` then refused: the models no longer imported), and a column added to a class came with no
# default after fields with defaults ("non-default argument follows default argument"). A new class keeps
# the decorator, and its fields, like a new column's, stay out of the constructor's required arguments.
REGISTRY_DATACLASSES = """
    import uuid
    from dataclasses import dataclass
    from datetime import datetime
    from typing import Optional

    from sqlalchemy import TIMESTAMP, UUID, VARCHAR, ForeignKey, func
    from sqlalchemy.orm import Mapped, mapped_column, registry

    REG = registry()


    @dataclass
    class Base:
        id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default_factory=uuid.uuid4, init=False)
        created_at: Mapped[datetime] = mapped_column(TIMESTAMP, server_default=func.now(), init=False)


    @REG.mapped_as_dataclass
    class Project(Base):
        __tablename__ = "projects"
        name: Mapped[str] = mapped_column(VARCHAR(64))
        status: Mapped[Optional[str]] = mapped_column(VARCHAR(16), default="active")
    """


def test_a_registry_s_dataclass_models_get_fields_a_dataclass_takes(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, REGISTRY_DATACLASSES, metadata="app.models:REG.metadata").drift(
        "ALTER TABLE projects ADD COLUMN owner varchar(64);"
        "CREATE TABLE project_keys (id serial PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id),"
        " label varchar(40), created_at timestamp NOT NULL DEFAULT now())"
    ).reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    assert "    owner: Mapped[Optional[str]] = mapped_column(VARCHAR(64), default=None)\n" in after, after
    assert "@REG.mapped_as_dataclass\nclass ProjectKey(" in after, after
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


# dataease/SQLBot: SQLModel tables keyed by identity columns, written ``Field(sa_column=Column(BigInteger,
# Identity(always=True), primary_key=True))``. A new table so keyed was never written ("write sa_column=
# Column(...) by hand"), and every plan planned it again; the field is written so now.
def test_a_new_sqlmodel_class_s_identity_key_is_a_column_given_as_sa_column(pg, tmp_path):
    models = """
        from typing import Optional

        from sqlalchemy import BigInteger, Column, Identity
        from sqlmodel import Field, SQLModel


        class Term(SQLModel, table=True):
            __tablename__ = "terms"
            id: Optional[int] = Field(sa_column=Column(BigInteger, Identity(always=True), primary_key=True))
            word: str = Field(max_length=64)
        """
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:SQLModel.metadata").drift(
        "CREATE TABLE term_alias (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " term_id bigint REFERENCES terms (id), alias varchar(64) NOT NULL)").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert ("    id: Optional[int] = Field(\n"
            "        default=None, sa_column=Column(BigInteger, Identity(always=True), primary_key=True)\n"
            "    )\n") in outcome.after["models.py"]


# dataease/SQLBot: a table class that derives from a plain class of ``Field(...)`` annotations (``class
# AiModelBase:``, no SQLModel in its bases), whose fields SQLModel makes columns of the table. They were
# not read: five columns were added again (``supplier_2 = Column('supplier', ...)``) where nothing drifted,
# and the models no longer imported (DuplicateColumnError).
def test_a_sqlmodel_table_s_fields_of_a_plain_base_class_are_its_columns(pg, tmp_path):
    models = """
        from sqlmodel import Field, SQLModel


        class AuditFields:
            owner: str = Field(max_length=255, nullable=False)
            level: int = Field(default=1, nullable=False)


        class Doc(SQLModel, AuditFields, table=True):
            id: int | None = Field(default=None, primary_key=True)
            title: str = Field(max_length=80)
        """
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:SQLModel.metadata").drift(
        "ALTER TABLE doc ALTER COLUMN owner TYPE varchar(300)").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert "    owner: str = Field(max_length=300, nullable=False)\n" in outcome.after["models.py"]


# memodb-io/memobase: a new table whose key is its own (a serial, not the base's uuid) and which lacks the
# base's ``updated_at``: its class derived from the plain base all the same, with ``updated_at`` only set to
# None by a second apply. A class the registry's decorator maps needs no base: it has none.
def test_a_new_decorator_mapped_class_takes_no_base_whose_columns_the_table_has_otherwise(pg, tmp_path):
    models = REGISTRY_DATACLASSES.replace(
        "        created_at: Mapped[datetime] = mapped_column(TIMESTAMP, server_default=func.now(), init=False)\n",
        "        created_at: Mapped[datetime] = mapped_column(TIMESTAMP, server_default=func.now(), init=False)\n"
        "        updated_at: Mapped[datetime] = mapped_column(TIMESTAMP, server_default=func.now(), init=False)\n")
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:REG.metadata").drift(
        "CREATE TABLE project_keys (id serial PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id),"
        " label varchar(40), created_at timestamp NOT NULL DEFAULT now())").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert "@REG.mapped_as_dataclass\nclass ProjectKey:\n" in outcome.after["models.py"]


# A review of memobase's dataclass fields: a registry's ``@mapped_as_dataclass`` class and a declarative
# class of the same name in another module: a column added to the declarative one was written for a dataclass
# (``init=False``: the models no longer imported). The flag is the class's of its own file.
ONE_NAME_A_DATACLASS_AND_NOT = {
    "base.py": """
        from sqlalchemy.orm import DeclarativeBase, registry


        class Base(DeclarativeBase):
            pass


        REG = registry(metadata=Base.metadata)
        """,
    "shop.py": """
        from typing import Optional

        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from app.base import REG


        @REG.mapped_as_dataclass
        class Item:
            __tablename__ = "shop_items"
            id: Mapped[int] = mapped_column(primary_key=True, init=False)
            name: Mapped[Optional[str]] = mapped_column(String(40), default=None)
        """,
    "stock.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from app.base import Base


        class Item(Base):
            __tablename__ = "stock_items"
            id: Mapped[int] = mapped_column(primary_key=True)
            label: Mapped[str] = mapped_column(String(40))
        """,
    "models.py": "from app.base import Base  # noqa: F401\nfrom app import shop, stock  # noqa: F401\n",
}


def test_a_column_of_a_class_named_as_a_dataclass_model_is_no_dataclass_field(pg, tmp_path):
    outcome = Scenario(tmp_path, pg, ONE_NAME_A_DATACLASS_AND_NOT).create_from_models().drift(
        "ALTER TABLE stock_items ADD COLUMN qty int NOT NULL DEFAULT 0").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert "init=False" not in outcome.after["stock.py"]


# A review of the non-native enums' length= and the renamed enum types' name=: a call the type is not
# itself (``Enum(...).with_variant(...)``) lost its enum class for a string type, or for string labels,
# and a length shorter than the longest label (which SQLAlchemy refuses) was written: each is by hand.
@pytest.mark.parametrize("written, drift", [
    ('Enum(Kind, native_enum=False, length=32)', "ALTER TABLE things ALTER COLUMN kind TYPE varchar(5)"),
    ('Enum(Kind, native_enum=False, length=32).with_variant(String(length=30), "sqlite")',
     "ALTER TABLE things ALTER COLUMN kind TYPE varchar(40)"),
    ('Enum(Kind, name="kindenum").with_variant(String(10), "sqlite")', "ALTER TYPE kindenum RENAME TO kind"),
])
def test_an_enum_type_written_otherwise_than_one_enum_call_is_changed_by_hand(pg, tmp_path, written, drift):
    models = f"""
        import enum

        from sqlalchemy import Column, Enum, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Kind(enum.Enum):
            short = "short"
            much_longer_one = "much_longer_one"


        class Thing(Base):
            __tablename__ = "things"
            id = Column(Integer, primary_key=True)
            kind = Column({written})
        """
    plan = _no_drift(tmp_path, pg, models).drift(drift).plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert [b.kind.value for b in plan.by_hand] == ["type"], plan.by_hand


# A review of the session's type edits: an enum column moved to another type whose ``Enum(...)`` names
# its labels by constants took the new name= only (the old labels kept under the new type's name); an
# array of ``Numeric(10, 2)`` made ``numeric[]`` became ``ARRAY(Numeric(2))`` (the scale read as the
# precision once the precision had gone: the second plan changed it again); a file's ``db.Column(...)``
# counted as its ``Column = db.Column`` alias, and a new column took the alias.
def test_type_edits_the_review_found(pg, tmp_path):
    models = """
        from sqlalchemy import ARRAY, Column, Enum, Integer, Numeric
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        ACTIVE = "active"
        INACTIVE = "inactive"


        class T(Base):
            __tablename__ = "t"
            id = Column(Integer, primary_key=True)
            status = Column(Enum(ACTIVE, INACTIVE, name="status"))
            amounts = Column(ARRAY(Numeric(10, 2)))
            total = Column(Numeric(10, 2))
        """
    outcome = _no_drift(tmp_path, pg, models).drift(
        "CREATE TYPE state AS ENUM ('on', 'off'); ALTER TABLE t ALTER COLUMN status TYPE state USING NULL;"
        "ALTER TABLE t ALTER COLUMN amounts TYPE numeric[], ALTER COLUMN total TYPE numeric").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    after = outcome.after["models.py"]
    assert '    status = Column(Enum("on", "off", name="state"))\n' in after
    assert "    amounts = Column(ARRAY(Numeric))\n    total = Column(Numeric)\n" in after, after


def test_a_column_call_of_the_namespace_is_no_use_of_an_alias_of_its_name(pg, tmp_path):
    models = """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()
        Column = db.Column


        class Account(db.Model):
            __tablename__ = "account"
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(40))
            email = db.Column(db.String(80))
            note = Column(db.Text)
        """
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:db.metadata").drift(
        "ALTER TABLE account ADD COLUMN phone varchar(20)").reconcile()
    assert outcome.problems() == []
    assert "    phone = db.Column(db.String(20))\n" in outcome.after["models.py"], outcome.after["models.py"]


# sciapp/sampledb: every column written ``Mapped[...] = db.Column(...)`` (the annotation beside an
# old-style Column, for a type checker): a new column and a generated class's columns were written
# without it; and in a file of mostly single quotes, a key's ``"instruments.id"`` retargeted by a table
# rename came back as ``'lab_instruments.id'``.
def test_a_file_that_annotates_its_columns_gets_annotated_columns_and_keeps_a_keys_quotes(pg, tmp_path):
    models = """
        import typing

        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy.orm import Mapped

        db = SQLAlchemy()


        class Instrument(db.Model):
            __tablename__ = 'instruments'
            id: Mapped[int] = db.Column(db.Integer, primary_key=True)
            name: Mapped[str] = db.Column(db.String, nullable=False)
            note: Mapped[typing.Optional[str]] = db.Column(db.Text, nullable=True)


        class Action(db.Model):
            __tablename__ = 'actions'
            id: Mapped[int] = db.Column(db.Integer, primary_key=True)
            instrument_id: Mapped[typing.Optional[int]] = db.Column(db.Integer, db.ForeignKey("instruments.id"))
        """
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:db.metadata").drift(
        "ALTER TABLE instruments ADD COLUMN color varchar(7);"
        "CREATE TABLE maintenance (id serial PRIMARY KEY, instrument_id integer NOT NULL REFERENCES instruments,"
        " note text);"
        "ALTER TABLE instruments RENAME TO lab_instruments").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    color: Mapped[typing.Optional[str]] = db.Column(db.String(7))\n" in after, after
    assert "    id: Mapped[int] = db.Column(db.Integer, primary_key=True)\n" \
           "    instrument_id: Mapped[int] = db.Column(db.Integer, db.ForeignKey(Instrument.id), nullable=False)\n" \
           "    note: Mapped[typing.Optional[str]] = db.Column(db.Text)\n" in after, after
    assert 'db.Column(db.Integer, db.ForeignKey("lab_instruments.id"))\n' in after, after


# PnX-SI/GeoNature: ``@serializable(exclude=[...])`` on the one mapped class of a file names that
# class's own attributes; a class generated beside it took the decorator, arguments and all (in
# ``ast.unparse``'s quotes). A call two classes share, or a plain name, is the file's habit.
@pytest.mark.parametrize("decorators, kept", [
    (['@serializable(exclude=["actors"])'], None),
    (['@serializable(exclude=["actors"])', '@serializable(exclude=["actors"])'],
     '@serializable(exclude=["actors"])\nclass Tag(db.Model):'),
    (["@serializable"], "@serializable\nclass Tag(db.Model):"),
])
def test_a_decorator_call_of_one_class_is_not_given_a_new_class(pg, tmp_path, decorators, kept):
    classes = "".join(f"""

        {decorator}
        class Dataset{index}(db.Model):
            __tablename__ = "datasets{index}"
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(40))
        """ for index, decorator in enumerate(decorators))
    models = """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()


        def serializable(cls=None, exclude=()):
            return cls if cls is not None else (lambda c: c)
        """ + classes
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:db.metadata").drift(
        "CREATE TABLE tag (id serial PRIMARY KEY, dataset_id integer NOT NULL REFERENCES datasets0)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "class Tag(db.Model):" in after, after
    if kept is None:
        assert after.count("@serializable") == 1, after
    else:
        assert kept in after, after


# chanzuckerberg/czid-platformics: ``__mapper_args__ = {"polymorphic_identity": __tablename__}`` in every
# class of a joined-inheritance tree. A table rename made the identity the new name, and the rows stored
# under the old one an identity no class has ("No such polymorphic_identity"): it keeps the old name.
def test_a_renamed_table_keeps_the_identity_its_class_read_from_its_name(pg, tmp_path):
    models = """
        from sqlalchemy import ForeignKey, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Entity(Base):
            __tablename__ = "entity"
            __mapper_args__ = {"polymorphic_identity": __tablename__, "polymorphic_on": "type"}
            id: Mapped[int] = mapped_column(primary_key=True)
            type: Mapped[str] = mapped_column(String(40))


        class Sample(Entity):
            __tablename__ = "sample"
            __mapper_args__ = {"polymorphic_identity": __tablename__}
            entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), primary_key=True)
            name: Mapped[str] = mapped_column(String(40))
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE sample RENAME TO biosample").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '    __tablename__ = "biosample"\n    __mapper_args__ = {"polymorphic_identity": "sample"}\n' in after, after
    assert '{"polymorphic_identity": __tablename__, "polymorphic_on": "type"}' in after  # not renamed: kept


# canonical/maas: Core ``Table(...)`` objects laid out by black at 79 columns, keys hugged in their
# call (``ForeignKey(\n    "maasserver_zone.id", deferrable=True, initially="DEFERRED"\n)``). A table
# rename made that line 83 columns and left it so, and a generated table's column wrote its key as one
# line of 92: each is laid out as black would now, one argument a line.
def test_a_tables_hugged_key_and_a_new_tables_key_are_wrapped_as_black_would(pg, tmp_path):
    (tmp_path / ".flake8").write_text("[flake8]\nmax-line-length = 79\n")
    models = """
        from sqlalchemy import BigInteger, Column, ForeignKey, MetaData, Table

        METADATA = MetaData()

        ZoneTable = Table(
            "maasserver_zone",
            METADATA,
            Column("id", BigInteger, primary_key=True),
        )

        VlanTable = Table(
            "maasserver_vlan",
            METADATA,
            Column("id", BigInteger, primary_key=True),
            Column(
                "zone_id",
                BigInteger,
                ForeignKey(
                    "maasserver_zone.id", deferrable=True, initially="DEFERRED"
                ),
                nullable=False,
            ),
        )
        """
    outcome = _no_drift(tmp_path, pg, models, metadata="app.models:METADATA").drift(
        "CREATE TABLE maasserver_zonetag (id bigint PRIMARY KEY, zone_id bigint NOT NULL REFERENCES"
        " maasserver_zone DEFERRABLE INITIALLY DEFERRED);"
        "ALTER TABLE maasserver_zone RENAME TO maasserver_availabilityzone").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert textwrap.indent(textwrap.dedent("""\
        ForeignKey(
            "maasserver_availabilityzone.id",
            deferrable=True,
            initially="DEFERRED",
        ),
        """), "        ") in after, after
    assert max(map(len, after.splitlines())) <= 79, after


# pyspur: a table's public id a generated column of its private key (``Computed("'R' || _intid")``); the key
# renamed in the database, the expression kept the old name and create_all of the edited models failed
def test_a_generated_column_follows_the_column_its_expression_names(tmp_path, pg):
    models = """\
        from sqlalchemy import Computed, Integer, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Run(Base):
            __tablename__ = "runs"

            _intid: Mapped[int] = mapped_column(Integer, primary_key=True)
            id: Mapped[str] = mapped_column(String, Computed("'R' || _intid", persisted=True), unique=True)
            label: Mapped[str | None] = mapped_column(String)
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE runs RENAME COLUMN _intid TO seq").reconcile(
        PlannerOptions(renames=(("runs", "_intid", "seq"),)))
    assert outcome.problems() == []
    assert """Computed("'R' || seq", persisted=True)""" in outcome.after["models.py"]


# redhat-cip/dci-control-server: a partial unique index's predicate names its columns with the table
# (``components.state = 'active'``), which PostgreSQL stores unqualified: an index action where nothing drifted
def test_a_partial_index_predicate_of_qualified_columns_is_no_drift(tmp_path, pg):
    models = """\
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        STATES = sa.Enum("active", "inactive", name="states")


        class Component(Base):
            __tablename__ = "components"
            __table_args__ = (
                sa.Index("components_name_team_id_key", "name", "team_id", unique=True,
                         postgresql_where=sa.sql.text("components.state = 'active' AND components.team_id is not NULL")),
            )

            id = sa.Column(sa.Integer, primary_key=True)
            name = sa.Column(sa.String(255), nullable=False)
            state = sa.Column(STATES, default="active")
            team_id = sa.Column(sa.Integer)
        """
    outcome = _no_drift(tmp_path, pg, models).drift(
        "ALTER TABLE components ADD COLUMN title text").reconcile()
    assert outcome.problems() == []
    assert [a.kind for a in outcome.plan.actions] == ["add-column"]


# redhat-cip/dci-control-server: ``STATUSES = sa.Enum(*JOB_STATUSES, name="statuses")`` shared by two tables, its
# labels a module-level list; a label the database added was left by hand, where the list takes it
def test_a_label_goes_into_the_list_an_enum_variable_spreads(tmp_path, pg):
    models = """\
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        JOB_STATUSES = ["new", "running", "success"]
        STATUSES = sa.Enum(*JOB_STATUSES, name="statuses")


        class Job(Base):
            __tablename__ = "jobs"

            id = sa.Column(sa.Integer, primary_key=True)
            status = sa.Column(STATUSES, nullable=False)


        class JobState(Base):
            __tablename__ = "jobstates"

            id = sa.Column(sa.Integer, primary_key=True)
            status = sa.Column(STATUSES, nullable=False)
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TYPE statuses ADD VALUE 'cancelled'").reconcile()
    assert outcome.problems() == []
    assert outcome.plan.by_hand == ()
    assert 'JOB_STATUSES = ["new", "running", "success", "cancelled"]\n' in outcome.after["models.py"]


# openoereb/pyramid_oereb: ``Office = get_office(Base, app_schema_name, String)``, a function whose body defines
# the mapped class; the reader saw a table without a class and generated one, and the edited models then failed
# to import (``Table 'office' is already defined``)
def test_a_class_a_function_makes_gets_no_generated_twin(tmp_path, pg):
    factories = """\
        from sqlalchemy import Column, ForeignKey, String


        def get_office(base, pk_type):
            class Office(base):
                __tablename__ = "office"

                id = Column(pk_type, primary_key=True)
                name = Column(String)

            return Office


        def join_table(base, name):
            class Join(base):
                __tablename__ = name

                id = Column(String, primary_key=True)
                office_id = Column(String, ForeignKey("office.id"))

            return Join
        """
    models = """\
        from sqlalchemy import Column, ForeignKey, String
        from sqlalchemy.orm import declarative_base

        from .factories import get_office, join_table

        Base = declarative_base()
        Office = get_office(Base, String)
        Availability = join_table(Base, "availability")


        class Theme(Base):
            __tablename__ = "theme"

            id = Column(String, primary_key=True)
            office_id = Column(String, ForeignKey(Office.id))
        """
    scenario = Scenario(tmp_path, pg, {"factories.py": factories, "models.py": models}).create_from_models()
    outcome = scenario.drift("ALTER TABLE theme ADD COLUMN title text").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.table) for a in outcome.plan.actions] == [("add-column", "theme")]
    assert [u.message for u in read_models(scenario.models).unresolved if "run time" in u.message] == [
        "Office: a mapped class that get_office() makes at run time, its table office is not compared: the database "
        "tables no class maps that have its columns (id, name) are not given a generated class",
        "Join: a mapped class that join_table() makes at run time, its table decided then: the database tables no "
        "class maps that have its columns (id, office_id) are not given a generated class"]


# carlo99999/LiteStarGateway: ``from advanced_alchemy.extensions.litestar import base`` and
# ``class Team(base.UUIDAuditBase)``: the extension's ``__init__`` re-exports the module ``base`` among a dozen
# others, whose files filled the reader's bound on a library's files before the base's mixins were read (every
# class lost id, created_at and updated_at: 108 columns added where nothing drifted)
REEXPORTING_LIBRARY = {
    "__init__.py": "",
    "base.py": """
        from sqlalchemy.orm import DeclarativeBase

        from fakealchemy.mixins import AuditColumns, UUIDPrimaryKey


        class Base(DeclarativeBase):
            pass


        class UUIDAuditBase(UUIDPrimaryKey, AuditColumns, Base):
            __abstract__ = True
        """,
    "mixins/__init__.py": """
        from fakealchemy.mixins.audit import AuditColumns
        from fakealchemy.mixins.uuid import UUIDPrimaryKey
        """,
    "mixins/audit.py": """
        import datetime

        from sqlalchemy import DateTime
        from sqlalchemy.orm import Mapped, mapped_column


        class AuditColumns:
            created_at: Mapped[datetime.datetime] = mapped_column(DateTime(timezone=True))
            updated_at: Mapped[datetime.datetime] = mapped_column(
                DateTime(timezone=True), default=lambda: datetime.datetime.now(datetime.timezone.utc))
        """,
    "mixins/uuid.py": """
        import uuid

        from sqlalchemy import Uuid
        from sqlalchemy.orm import Mapped, mapped_column


        class UUIDPrimaryKey:
            id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
        """,
    # a package of types that imports two dozen modules: a type the models take from it leads there
    "types/__init__.py": "from sqlalchemy import DateTime, TypeDecorator\n\n" + "".join(
        f"from fakealchemy.types import kind{n}\n" for n in range(24)) + (
        "\n\nclass UTCDateTime(TypeDecorator):\n    impl = DateTime(timezone=True)\n    cache_ok = True\n"),
    **{f"types/kind{n}.py": f"KIND = {n}\n" for n in range(24)},
    "extensions/__init__.py": "",
    "extensions/web/__init__.py": "from fakealchemy import base\n" + "".join(
        f"from fakealchemy.extensions.web import part{n}\n" for n in range(24)),
    **{f"extensions/web/part{n}.py": f"PART = {n}\n" for n in range(24)},
}


def test_a_base_module_a_library_package_re_exports_is_read_first(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakealchemy", REEXPORTING_LIBRARY)
    models = """
        import datetime

        from fakealchemy.extensions.web import base
        from fakealchemy.types import UTCDateTime
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column


        class Team(base.UUIDAuditBase):
            __tablename__ = "team"

            name: Mapped[str] = mapped_column(String(50))
            closed_at: Mapped[datetime.datetime] = mapped_column(UTCDateTime)
        """
    outcome = _no_drift(tmp_path, pg, SITE_ON_PATH + textwrap.dedent(models), metadata="app.models:Team.metadata").drift(
        "ALTER TABLE team ADD COLUMN title text").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.attribute) for a in outcome.plan.actions] == [("add-column", "title")]


# LiteStarGateway: advanced-alchemy's ``updated_at`` (``default=lambda: datetime.datetime.now(datetime.timezone.utc)``
# of ``import datetime``) made nullable in one table, where the models' file does ``from datetime import datetime``:
# the override was planned and then refused ("datetime means something else in the class's file")
def test_a_library_column_copied_where_its_module_name_is_a_class_imports_what_it_reads(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakealchemy", REEXPORTING_LIBRARY)
    models = """
        from datetime import datetime

        from fakealchemy.extensions.web import base
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column


        class Team(base.UUIDAuditBase):
            __tablename__ = "team"

            name: Mapped[str] = mapped_column(String(50))


        class Event(base.UUIDAuditBase):
            __tablename__ = "event"

            happened_at: Mapped[datetime] = mapped_column()
        """
    outcome = _no_drift(tmp_path, pg, SITE_ON_PATH + textwrap.dedent(models), metadata="app.models:Team.metadata").drift(
        "ALTER TABLE event ALTER COLUMN updated_at DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "from datetime import timezone as datetime_timezone\n" in after, after
    assert "default=lambda: datetime.now(datetime_timezone.utc)" in after, after


# Review: a list two enum types spread (``Enum(*JOB_STATUSES, name="statuses")`` and ``name="archive_statuses"``)
# took the label one of them gained, which the other then lacked in the database: by hand
@pytest.mark.parametrize("spelled", ["variables", "inline"])
def test_a_list_two_enum_types_spread_takes_no_label_of_one(tmp_path, pg, spelled):
    types = ('STATUSES = sa.Enum(*JOB_STATUSES, name="statuses")\n'
             '        ARCHIVE_STATUSES = sa.Enum(*JOB_STATUSES, name="archive_statuses")\n')
    models = f"""\
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        JOB_STATUSES = ["new", "running", "success"]
        {types if spelled == "variables" else ""}

        class Job(Base):
            __tablename__ = "jobs"

            id = sa.Column(sa.Integer, primary_key=True)
            status = sa.Column({"STATUSES" if spelled == "variables" else 'sa.Enum(*JOB_STATUSES, name="statuses")'})


        class ArchivedJob(Base):
            __tablename__ = "archived_jobs"

            id = sa.Column(sa.Integer, primary_key=True)
            status = sa.Column({"ARCHIVE_STATUSES" if spelled == "variables"
                                else 'sa.Enum(*JOB_STATUSES, name="archive_statuses")'})
        """
    plan = _no_drift(tmp_path, pg, models).drift("ALTER TYPE statuses ADD VALUE 'cancelled'").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert [(b.kind, b.message.split(":")[0]) for b in plan.by_hand] == [("enum-labels", "jobs.status")]


# OCHA-DAP/hapi-sqlalchemy-schema: ``def build_enum_using_values(cls): return sa.Enum(cls, values_callable=lambda
# e: [m.value for m in e])`` on columns annotated ``Mapped[PriceType]``: the type was not read (a lambda argument of
# a type helper), and once it was, the annotation's reading (the members' names) stood; a label the database
# gained was unreported among the notes of types the reader cannot resolve
def test_a_type_helper_of_an_enum_by_its_values_gives_the_class_a_member(tmp_path, pg):
    models = """\
        import enum

        import sqlalchemy as sa
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        def values_enum(cls):
            return sa.Enum(cls, values_callable=lambda e: [m.value for m in e])


        class PriceType(str, enum.Enum):
            RETAIL = "Retail"
            WHOLESALE = "Wholesale"


        class Base(DeclarativeBase):
            pass


        class Price(Base):
            __tablename__ = "price"

            id: Mapped[int] = mapped_column(primary_key=True)
            kind: Mapped[PriceType] = mapped_column(values_enum(PriceType))
        """
    scenario = _no_drift(tmp_path, pg, models)
    assert read_models(scenario.models).unresolved == ()
    outcome = scenario.drift("ALTER TYPE pricetype ADD VALUE 'Export'").reconcile()
    assert outcome.problems() == []
    assert '    WHOLESALE = "Wholesale"\n    EXPORT = "Export"\n' in outcome.after["models.py"]


# fossasia/open-event-server: a class of constants nested in the model
# (``class Status: PENDING = "pending"``) names the column's server default
# (``server_default=Status.PENDING``) and an enum's values (``Enum(*Status.STATUSES)``); both
# were unresolved (the default never compared, the enum's type unread).
NESTED_CONSTANTS = """
    from sqlalchemy import Column, Enum, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Exhibitor(Base):
        class Status:
            PENDING = "pending"
            ACCEPTED = "accepted"

            STATUSES = [PENDING, ACCEPTED]

        __tablename__ = "exhibitors"

        id = Column(Integer, primary_key=True)
        status = Column(String, nullable=False, default=Status.PENDING, server_default=Status.PENDING)
        stage = Column(Enum(*Status.STATUSES, name="exhibitor_stage"))
    """


def test_a_class_of_constants_nested_in_the_model_names_defaults_and_enum_values(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, NESTED_CONSTANTS)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.default, c.type.render()) for c in table.columns] == [
        ("id", None, "integer"), ("status", "'pending'::character varying", "character varying"),
        ("stage", None, "exhibitor_stage")]
    scenario.drift("ALTER TABLE exhibitors ALTER COLUMN status SET DEFAULT 'accepted'")
    assert [(a.kind, a.attribute) for a in scenario.plan().actions] == [("server-default", "status")]


# fossasia/open-event-server: sqlalchemy-utils' ``@aggregated("feedbacks", db.Column(...))`` on
# a method makes the method a column of that name. It was not read: every such column was a
# column the models lacked (an add-column where nothing drifted), and its drift was not seen.
AGGREGATED_COLUMNS = """
    from sqlalchemy import Column, Float, ForeignKey, Integer, func
    from sqlalchemy.orm import declarative_base, relationship
    from sqlalchemy_utils import aggregated

    Base = declarative_base()


    class Talk(Base):
        __tablename__ = "talks"

        id = Column(Integer, primary_key=True)

        @aggregated("feedbacks", Column(Float, default=0, server_default="0", nullable=False))
        def average_rating(self):
            return func.coalesce(func.avg(Feedback.rating), 0)

        feedbacks = relationship("Feedback", backref="talk")


    class Feedback(Base):
        __tablename__ = "feedbacks"

        id = Column(Integer, primary_key=True)
        talk_id = Column(Integer, ForeignKey("talks.id"))
        rating = Column(Float, nullable=False)
    """


def test_a_column_that_sqlalchemy_utils_aggregates_is_read_and_edited_in_its_decorator(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, AGGREGATED_COLUMNS)
    [talks] = [t for t in read_models(scenario.package).schema.tables if t.name == "talks"]
    assert [(c.name, c.nullable, c.default) for c in talks.columns] == [
        ("id", False, None), ("average_rating", False, "'0'::double precision")]
    scenario.drift("ALTER TABLE talks ALTER COLUMN average_rating DROP NOT NULL")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert '@aggregated("feedbacks", Column(Float, default=0, server_default="0", nullable=True))\n' \
        in outcome.after["models.py"], outcome.after["models.py"]


# buildbot: the Table objects are attributes of a plain class (``class Model: metadata =
# sa.MetaData(); builds = sautils.Table("builds", metadata, ...)``), made through a project
# wrapper of ``sa.Table``, with an ``sa.Index`` in the class body. They were not read at all
# ("no mapped classes found"); they are read, edited where they are (indented), and a new table
# goes into the class body next to its neighbour.
TABLES_IN_A_CLASS = {
    "sautils.py": """
        import sqlalchemy as sa


        def Table(*args, **kwargs):
            '''sa.Table with the options every table of the project takes.'''
            kwargs["mysql_character_set"] = "utf8"
            return sa.Table(*args, **kwargs)
    """,
    "models.py": """
        import sqlalchemy as sa

        from app import sautils


        class Model:
            metadata = sa.MetaData()

            masters = sautils.Table(
                "masters",
                metadata,
                sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("name", sa.Text, nullable=False),
            )

            builds = sautils.Table(
                "builds",
                metadata,
                sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("masterid", sa.Integer, sa.ForeignKey("masters.id"), nullable=False),
                sa.Column("started_at", sa.Integer, nullable=False),
            )

            sa.Index("builds_masterid", builds.c.masterid)

            def is_current(self):
                return True
    """,
}


def test_table_objects_held_by_a_plain_class_are_read_and_edited_in_place(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TABLES_IN_A_CLASS, metadata="app.models:Model.metadata").create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    models = read_models(scenario.package)
    assert sorted((t.name, len(t.columns), [i.name for i in t.indexes]) for t in models.schema.tables) == [
        ("builds", 3, ["builds_masterid"]), ("masters", 2, [])]
    scenario.drift("ALTER TABLE builds ALTER COLUMN started_at DROP NOT NULL;"
                   "ALTER TABLE masters ADD COLUMN active smallint NOT NULL DEFAULT 1;"
                   "CREATE TABLE build_notes (id serial PRIMARY KEY,"
                   " buildid integer NOT NULL REFERENCES builds (id), note text NOT NULL)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent('''\
        import sqlalchemy as sa

        from app import sautils


        class Model:
            metadata = sa.MetaData()

            masters = sautils.Table(
                "masters",
                metadata,
                sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("name", sa.Text, nullable=False),
                sa.Column("active", sa.SmallInteger, nullable=False, server_default=sa.text("1")),
            )

            builds = sautils.Table(
                "builds",
                metadata,
                sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("masterid", sa.Integer, sa.ForeignKey("masters.id"), nullable=False),
                sa.Column("started_at", sa.Integer, nullable=True),
            )

            build_notes = sautils.Table(
                "build_notes",
                metadata,
                sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("buildid", sa.Integer, sa.ForeignKey("builds.id"), nullable=False),
                sa.Column("note", sa.Text, nullable=False),
            )

            sa.Index("builds_masterid", builds.c.masterid)

            def is_current(self):
                return True
        '''), outcome.after["models.py"]


# An association table written in the body of the model that uses it (a class attribute that
# SQLAlchemy leaves alone, its Table in the metadata all the same): read as a table of the
# models (it was a table the models lacked: a generated Table where nothing drifted).
ASSOCIATION_TABLE_IN_A_MODEL = """
    from sqlalchemy import Column, ForeignKey, Integer, String, Table
    from sqlalchemy.orm import declarative_base, relationship

    Base = declarative_base()


    class Tag(Base):
        __tablename__ = "tags"

        id = Column(Integer, primary_key=True)
        name = Column(String(40), nullable=False)


    class Post(Base):
        __tablename__ = "posts"

        post_tags = Table(
            "post_tags",
            Base.metadata,
            Column("post_id", Integer, ForeignKey("posts.id"), primary_key=True),
            Column("tag_id", Integer, ForeignKey("tags.id"), primary_key=True),
        )

        id = Column(Integer, primary_key=True)
        tags = relationship(Tag, secondary=post_tags)
    """


def test_an_association_table_in_a_models_body_is_a_table_of_the_models(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ASSOCIATION_TABLE_IN_A_MODEL)
    scenario.drift("ALTER TABLE post_tags ADD COLUMN added_at timestamp")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert '        Column("tag_id", Integer, ForeignKey("tags.id"), primary_key=True),\n' \
           '        Column("added_at", DateTime),\n    )\n' in outcome.after["models.py"], outcome.after["models.py"]


# inveniosoftware (invenio-accounts, invenio-records...): ``class Role(db.Model, db.Timestamp)``
# where ``db`` is invenio-db's ``SQLAlchemy`` object, whose class gives ``Timestamp`` (a mixin of
# two columns) and ``UTCDateTime`` (a type) by name in its ``__getattr__``. The base was "not
# defined in the scanned files": the two columns of every model unseen, the classes not compared
# in full. A stand-in library of ours.
GETATTR_LIBRARY = {
    "__init__.py": "from .shared import db\n",
    "shared.py": """
        from datetime import datetime, timezone

        from flask_sqlalchemy import SQLAlchemy as FlaskSQLAlchemy
        from sqlalchemy import Column, DateTime
        from sqlalchemy.types import TypeDecorator


        class UTCDateTime(TypeDecorator):
            impl = DateTime(timezone=True)
            cache_ok = True


        class Timestamp:
            created = Column(UTCDateTime, default=lambda: datetime.now(tz=timezone.utc), nullable=False)
            updated = Column(UTCDateTime, default=lambda: datetime.now(tz=timezone.utc), nullable=False)


        class SQLAlchemy(FlaskSQLAlchemy):
            def __getattr__(self, name):
                if name == "UTCDateTime":
                    return UTCDateTime
                if name == "Timestamp":
                    return Timestamp
                return super().__getattr__(name)


        db = SQLAlchemy()
        """,
}
MODELS_ON_GETATTR_MIXINS = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from fakedb import db


        class Role(db.Model, db.Timestamp):
            __tablename__ = "roles"

            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(80), unique=True)
            expires_at = db.Column(db.UTCDateTime)
        """,
}


def test_a_mixin_an_objects_getattr_gives_by_name_is_that_class(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakedb", GETATTR_LIBRARY)
    scenario = Scenario(tmp_path, pg, MODELS_ON_GETATTR_MIXINS, metadata="app.models:db.metadata").create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [roles] = models.schema.tables
    assert [(c.name, c.type.render(), c.nullable) for c in roles.columns] == [
        ("id", "integer", False), ("name", "character varying(80)", True),
        ("expires_at", "timestamp with time zone", True), ("created", "timestamp with time zone", False),
        ("updated", "timestamp with time zone", False)]
    assert [a.kind for a in scenario.plan().actions] == []


# Two packages with a constants module each (``app/limits/constants.py``, ``app/auth/constants.py``,
# as OpenStack's projects and many apps have): ``from app.auth import constants`` and ``from
# .auth.constants import TOKEN_SIZE`` took the values of the first module of that name scanned (a
# varchar(16) read as varchar(64): a type "fixed" where nothing drifted, the constant lost).
TWO_CONSTANTS_MODULES = {
    "limits/__init__.py": "",
    "limits/constants.py": """
        # Column sizes of the limits
        NAME_SIZE = 200
        TOKEN_SIZE = 64
    """,
    "auth/__init__.py": "",
    "auth/constants.py": """
        # Column sizes of the auth tables
        NAME_SIZE = 80
        TOKEN_SIZE = 16
    """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        from app.auth import constants
        from .auth.constants import TOKEN_SIZE
        from .limits import constants as limits

        Base = declarative_base()


        class Login(Base):
            __tablename__ = "logins"

            id = sa.Column(sa.Integer, primary_key=True)
            user_name = sa.Column(sa.String(constants.NAME_SIZE), nullable=False)
            token = sa.Column(sa.String(TOKEN_SIZE), nullable=False)
            limit_name = sa.Column(sa.String(limits.NAME_SIZE))
    """,
}


def test_constants_of_two_modules_of_one_name_are_each_the_imported_modules(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TWO_CONSTANTS_MODULES).create_from_models()
    [logins] = read_models(scenario.package).schema.tables
    assert [(c.name, c.type.render()) for c in logins.columns] == [
        ("id", "integer"), ("user_name", "character varying(80)"), ("token", "character varying(16)"),
        ("limit_name", "character varying(200)")]
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []


# openstack/neutron: the lengths of its types are constants of an installed library
# (``sa.String(db_const.NAME_FIELD_SIZE)`` after ``from neutron_lib.db import constants as
# db_const``), and so are enum labels and defaults (``constants.EGRESS_DIRECTION`` of
# ``neutron_lib.constants``, another module named constants). The library was read for bases and
# types only: every such column was unresolved, its type not compared. A stand-in library of ours.
CONSTANTS_LIBRARY = {
    "__init__.py": "",
    "constants.py": """
        INGRESS_DIRECTION = "ingress"
        EGRESS_DIRECTION = "egress"
        NAME_FIELD_SIZE = 64  # another module's constant of that name
    """,
    "db/__init__.py": "",
    "db/constants.py": """
        NAME_FIELD_SIZE = 255
        UUID_FIELD_SIZE = 36
    """,
}
MODELS_ON_LIBRARY_CONSTANTS = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import sqlalchemy as sa
        from fakelib import constants
        from fakelib.db import constants as db_const
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Rule(Base):
            __tablename__ = "rules"

            id = sa.Column(sa.String(length=db_const.UUID_FIELD_SIZE), primary_key=True)
            name = sa.Column(sa.String(db_const.NAME_FIELD_SIZE))
            direction = sa.Column(
                sa.Enum(constants.EGRESS_DIRECTION, constants.INGRESS_DIRECTION, name="rule_directions"),
                nullable=False, server_default=constants.EGRESS_DIRECTION)
        """,
}


def test_constants_of_an_installed_library_size_the_types(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakelib", CONSTANTS_LIBRARY)
    scenario = Scenario(tmp_path, pg, MODELS_ON_LIBRARY_CONSTANTS).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [rules] = models.schema.tables
    assert [(c.name, c.type.render(), c.default) for c in rules.columns] == [
        ("id", "character varying(36)", None), ("name", "character varying(255)", None),
        ("direction", "rule_directions", "'egress'::rule_directions")]
    assert [a.kind for a in scenario.plan().actions] == []
    # compared now: a length a constant gives is a person's change (the constant is shared)
    plan = scenario.drift("ALTER TABLE rules ALTER COLUMN name TYPE varchar(300)").plan()
    assert [a.kind for a in plan.actions] == []
    assert [(h.kind, h.message.split(";")[0]) for h in plan.by_hand] == [
        ("type", "rules.name is character varying(300) in the database but character varying(255) in the model")]


# openstack/neutron on neutron-lib: the library maps a table of its own (``class
# StandardAttribute(model_base.BASEV2)``, named ``cls.__name__.lower() + "s"`` by the library's
# base), and its mixin's ``standard_attr_id`` refers to it (``ForeignKey(StandardAttribute.id)``).
# The plan generated a class for the library's table (which then failed at import: "Table
# 'standardattributes' is already defined") and overrode the mixin's column in every class (its
# key read as to the provisional ``standard_attribute``). A key to a class through its module
# (``ForeignKey(standard_attr.StandardAttribute.id)``) was not read, and a foreign-key edit; one the
# reader cannot read at all (``ForeignKey(target_of("networks"))``) was one too, and is not compared.
LIBRARY_WITH_A_TABLE = {
    "__init__.py": "",
    "model_base.py": """
        import sqlalchemy as sa
        from sqlalchemy import orm


        class NeutronBaseV2:
            @orm.declared_attr
            def __tablename__(cls):
                return cls.__name__.lower() + "s"


        class BASEV2(orm.DeclarativeBase, NeutronBaseV2):
            pass


        class HasId:
            id = sa.Column(sa.String(36), primary_key=True)
    """,
    "standard_attr.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declared_attr

        from fakeneutron import model_base


        class StandardAttribute(model_base.BASEV2):
            id = sa.Column(sa.BigInteger, primary_key=True, autoincrement=True)
            resource_type = sa.Column(sa.String(255), nullable=False)


        class HasStandardAttributes:
            @declared_attr
            def standard_attr_id(cls):
                return sa.Column(sa.BigInteger, sa.ForeignKey(StandardAttribute.id, ondelete="CASCADE"),
                                 unique=True, nullable=False)
    """,
}
MODELS_ON_A_LIBRARY_WITH_A_TABLE = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import sqlalchemy as sa
        from fakeneutron import model_base
        from fakeneutron import standard_attr


        def target_of(table):
            return f"{table}.id"


        class Network(model_base.BASEV2, model_base.HasId, standard_attr.HasStandardAttributes):
            name = sa.Column(sa.String(255))


        class Tag(model_base.BASEV2):
            standard_attr_id = sa.Column(sa.BigInteger, sa.ForeignKey(standard_attr.StandardAttribute.id,
                                                                      ondelete="CASCADE"), primary_key=True)
            tag = sa.Column(sa.String(255), primary_key=True)
            network_id = sa.Column(sa.String(36), sa.ForeignKey(target_of("networks")))
    """,
}


def test_a_librarys_own_table_gets_no_class_and_keys_to_it_are_its(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeneutron", LIBRARY_WITH_A_TABLE)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LIBRARY_WITH_A_TABLE,
                        metadata="app.models:model_base.BASEV2.metadata").create_from_models()
    models = read_models(scenario.package)
    assert [u.message for u in models.unresolved] == [
        "network_id: foreign key target `sa.ForeignKey(target_of(\"networks\"))` is not static"]
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    assert [n for n in plan.notes if "standardattributes" in n] == [
        "table standardattributes (2 columns) has no model class; no class generated: class StandardAttribute "
        f"of an installed library maps it ({tmp_path / 'site' / 'fakeneutron' / 'standard_attr.py'}:7); "
        "the library's tables are not compared."]
    # the key through the module is read: its change is an edit
    plan = scenario.drift("ALTER TABLE tags DROP CONSTRAINT tags_standard_attr_id_fkey").plan()
    assert [(a.kind, a.attribute) for a in plan.actions if a.kind != "db-sql"] == [("foreign-key", "standard_attr_id")]


# fastapi-practices/fastapi_best_architecture: the primary key every model uses is an
# ``Annotated`` alias whose ``mapped_column`` a setting chooses (an autoincrement key, or a
# snowflake key with a Python-side default). It was read as the bare ``int``: an integer
# column that is no primary key, so `plan` made it one (and would have retyped it) where
# nothing drifted. Which column it is depends on the run: it is not read, and said so once.
RUN_TIME_ANNOTATED_KEY = """
    from typing import Annotated

    from sqlalchemy import BigInteger, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

    SNOWFLAKE = False


    def next_id() -> int:
        return 1


    id_key = Annotated[
        int,
        mapped_column(BigInteger, primary_key=True, autoincrement=True, comment="key")
        if not SNOWFLAKE
        else mapped_column(BigInteger, primary_key=True, default=next_id, comment="snowflake key"),
    ]


    class Base(MappedAsDataclass, DeclarativeBase):
        pass


    class Dept(Base):
        __tablename__ = "sys_dept"

        id: Mapped[id_key] = mapped_column(init=False)
        name: Mapped[str] = mapped_column(String(64))
    """


def test_an_annotated_column_chosen_at_run_time_is_not_read_and_not_edited(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, RUN_TIME_ANNOTATED_KEY)
    models = read_models(scenario.package)
    [problem] = models.unresolved
    assert (problem.line, problem.hidden_attribute) == (28, "id")
    assert "Dept.id: `mapped_column(BigInteger" in problem.message
    assert "chooses its mapped_column() at run time" in problem.message
    assert [c.name for c in models.schema.tables[0].columns] == ["name"]
    scenario.drift("ALTER TABLE sys_dept ALTER COLUMN name TYPE varchar(128)")
    assert [(a.kind, a.attribute) for a in scenario.plan().actions] == [("type", "name")]


# fastapi-practices/fastapi_best_architecture: the base gives every table its class's docstring
# as the table comment, by a ``declared_attr.directive`` ``__table_args__`` that returns
# ``{"comment": cls.__doc__ or ""}``. It was "computed", so every index and constraint of every
# table may have come from it: an index made on the database was a note, never added. A dict
# holds options only: the items are the class's own, the comment is not compared (it is no
# literal), and a new ``__table_args__`` cannot keep the base's by naming ``Base.__table_args__``
# (that would be the base's own docstring), so a multi-column index is left to a person.
DOCSTRING_TABLE_COMMENTS = """
    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


    def describe() -> str:
        return "the settings"


    class Base(DeclarativeBase):
        @declared_attr.directive
        def __tablename__(cls) -> str:
            return cls.__name__.lower()

        @declared_attr.directive
        def __table_args__(cls) -> dict:
            return {"comment": cls.__doc__ or ""}


    class Dept(Base):
        \"\"\"Departments.\"\"\"

        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(String(64))
        code: Mapped[str] = mapped_column(String(16))


    class Setting(Base):
        __tablename__ = "setting"
        __table_args__ = {"comment": describe()}

        id: Mapped[int] = mapped_column(primary_key=True)
    """


def test_a_table_comment_made_per_class_is_not_compared_and_the_items_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DOCSTRING_TABLE_COMMENTS)
    models = read_models(scenario.package)
    assert sorted(u.message for u in models.unresolved) == [
        'Dept: table comment `cls.__doc__ or ""` is not a literal; the table comment is not compared',
        "Setting: table comment `describe()` is not a literal; the table comment is not compared"]
    scenario.drift("CREATE INDEX ix_dept_code ON dept (code); CREATE INDEX ix_dept_id_name ON dept (id, name);"
                   "COMMENT ON TABLE dept IS 'changed'; COMMENT ON TABLE setting IS 'changed'")
    plan = scenario.plan()
    assert [(a.kind, a.class_name, a.attribute) for a in plan.actions] == [("index", "Dept", "code")]
    [by_hand] = plan.by_hand
    assert "ix_dept_id_name" in by_hand.message and 'Base.__table_args__ = {"comment": cls.__doc__' in by_hand.message


# dstackai/dstack: partial indexes over rows not deleted, written ``postgresql_where=deleted ==
# false()`` with SQLAlchemy's ``false()`` construct. The predicate was "not read as SQL", so each
# such index was never compared (a changed predicate went unseen).
FALSE_CONSTRUCT_PREDICATE = """
    from datetime import datetime

    from sqlalchemy import Boolean, DateTime, Index
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
    from sqlalchemy.sql import false, true


    class Base(DeclarativeBase):
        pass


    class Fleet(Base):
        __tablename__ = "fleets"

        id: Mapped[int] = mapped_column(primary_key=True)
        deleted: Mapped[bool] = mapped_column(Boolean, server_default=false())
        active: Mapped[bool] = mapped_column(Boolean, server_default=true())
        last_processed_at: Mapped[datetime] = mapped_column(DateTime)

        __table_args__ = (
            Index("ix_fleets_fetch_q", last_processed_at.asc(), postgresql_where=deleted == false()),
            Index("ix_fleets_active", "id", postgresql_where=active.is_(true())),
        )
    """


def test_a_partial_index_over_false_written_as_sqlalchemys_construct_is_compared(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FALSE_CONSTRUCT_PREDICATE)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [fleets] = models.schema.tables
    assert sorted((i.name, i.where) for i in fleets.indexes) == [
        ("ix_fleets_active", "active IS TRUE"), ("ix_fleets_fetch_q", "deleted = false")]
    scenario.drift("DROP INDEX ix_fleets_fetch_q; "
                   "CREATE INDEX ix_fleets_fetch_q ON fleets (last_processed_at) WHERE deleted = true")
    assert [(a.kind, a.reason.split(";")[0]) for a in scenario.plan().actions] == [
        ("index", "fleets: index ix_fleets_fetch_q is ix_fleets_fetch_q (last_processed_at) WHERE deleted = true "
                  "in the database, ix_fleets_fetch_q (last_processed_at) WHERE deleted = false in the model")]
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert 'Index("ix_fleets_fetch_q", "last_processed_at", postgresql_where=text("deleted = true")),' in \
        outcome.after["models.py"]


# reanahub/reana-db: ``from sqlalchemy.orm import relationship, backref`` where ``backref`` is
# only ever a keyword argument's name (``relationship("UserToken", backref="user_")``): unused
# before the edit. Dropping a column beside such a relationship took the import out, as if the
# edit had made it unused: a user's line changed that no drift asked for.
KEYWORD_NAMED_LIKE_AN_IMPORT = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import backref, declarative_base, relationship

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
        full_name = Column(String(255))
        username = Column(String(255))
        tokens = relationship("UserToken", backref="user_")


    class UserToken(Base):
        __tablename__ = "user_tokens"

        id = Column(Integer, primary_key=True)
        user_id = Column(Integer, ForeignKey("users.id"))
    """


def test_an_import_used_only_as_a_keyword_name_stays_when_its_statement_is_edited(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, KEYWORD_NAMED_LIKE_AN_IMPORT)
    scenario.drift("ALTER TABLE users DROP COLUMN username")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(KEYWORD_NAMED_LIKE_AN_IMPORT).lstrip("\n").replace(
        "    username = Column(String(255))\n", "")


# reanahub/reana-db: sqlalchemy-utils' ``Timestamp`` mixin gives most models their ``created`` and
# ``updated`` columns. The reader took nothing of sqlalchemy-utils for a base ("not defined in the
# scanned files"): the two columns of each class were unseen, and their drift with them.
TIMESTAMP_MIXIN = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base
    from sqlalchemy_utils import Timestamp
    from sqlalchemy_utils import Timestamp as ModelsTimestamp

    Base = declarative_base()


    class Workflow(Base, Timestamp):
        __tablename__ = "workflows"

        id = Column(Integer, primary_key=True)
        name = Column(String(64))


    class AuditLog(Base, ModelsTimestamp):
        __tablename__ = "audit_log"

        id = Column(Integer, primary_key=True)
    """


def test_the_timestamp_mixin_of_sqlalchemy_utils_gives_its_columns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TIMESTAMP_MIXIN)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {t.name: [c.name for c in t.columns] for t in models.schema.tables} == {
        "audit_log": ["id", "created", "updated"], "workflows": ["id", "name", "created", "updated"]}
    scenario.drift("ALTER TABLE audit_log ALTER COLUMN updated SET DEFAULT now()")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name, a.attribute) for a in outcome.plan.actions] == [
        ("add-column", "AuditLog", "updated")]  # an override of the inherited column


# bitcart/bitcart: pydantic models are stored as JSONB through a function of the project that
# defines a Mutable class for the model, then returns ``MutableModel.as_mutable(PydanticJSON(model))``.
# The returns of that class's methods hid the function's own: the type was "not a known SQLAlchemy
# type", and the column's type was never compared.
TYPE_MADE_AFTER_A_CLASS = """
    from typing import Any

    from sqlalchemy import Integer
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlalchemy.ext.mutable import Mutable
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
    from sqlalchemy.types import TypeDecorator


    class Preferences(dict):
        pass


    class PydanticJSON(TypeDecorator):
        impl = JSONB
        cache_ok = True

        def __init__(self, model: type, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._model = model


    def MutableModel(model: type):
        class MutableModel(Mutable, model):
            @classmethod
            def coerce(cls, key: str, value: Any):
                if isinstance(value, dict):
                    return cls(value)
                return Mutable.coerce(key, value)

        return MutableModel.as_mutable(PydanticJSON(model))


    class Base(DeclarativeBase):
        pass


    class User(Base):
        __tablename__ = "users"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        settings: Mapped[Preferences] = mapped_column(MutableModel(Preferences), default=Preferences)
    """


def test_a_type_a_function_returns_after_defining_a_class_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TYPE_MADE_AFTER_A_CLASS)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.name, c.type.render()) for c in models.schema.tables[0].columns] == [
        ("id", "integer"), ("settings", "jsonb")]
    scenario.drift("ALTER TABLE users ALTER COLUMN settings TYPE json")
    plan = scenario.plan()
    assert plan.actions == ()
    assert [(item.kind, item.message.split(";")[0]) for item in plan.by_hand] == [
        ("type", "users.settings is json in the database but jsonb in the model")]


# Agenta-AI/agenta: an entity class whose every column comes from mixins of another module, in a
# file that says nothing but ``__tablename__`` and ``__table_args__`` of constraints. The reader
# skipped such files unparsed (none of its words for a model file was in them): 32 of 35 tables
# were classes the models lacked, and `plan` generated each again where nothing drifted.
MIXINS_ONLY_BASE = """
    import uuid

    from sqlalchemy import String, Uuid
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class IdentifierDBA:
        id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)


    class IdentityDBA:
        method: Mapped[str] = mapped_column(String(32))
        subject: Mapped[str] = mapped_column(String(256))
    """
MIXINS_ONLY_ENTITY = """
    from sqlalchemy import Index, UniqueConstraint

    from app.base import Base, IdentifierDBA, IdentityDBA


    class UserIdentityDBE(Base, IdentifierDBA, IdentityDBA):
        __tablename__ = "user_identities"

        __table_args__ = (
            UniqueConstraint("method", "subject", name="uq_user_identities_method_subject"),
            Index("ix_user_identities_method", "method"),
        )
    """
MIXINS_ONLY_MODELS = """
    from app import entities  # noqa: F401
    from app.base import Base, IdentifierDBA
    from sqlalchemy import String
    from sqlalchemy.orm import Mapped, mapped_column


    class Project(Base, IdentifierDBA):
        __tablename__ = "projects"

        name: Mapped[str] = mapped_column(String(64))
    """


def test_a_file_of_entities_made_of_mixins_alone_is_read(pg, tmp_path):
    files = {"base.py": MIXINS_ONLY_BASE, "entities.py": MIXINS_ONLY_ENTITY, "models.py": MIXINS_ONLY_MODELS}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    assert sorted(t.name for t in read_models(scenario.package).schema.tables) == ["projects", "user_identities"]
    scenario.drift("DROP INDEX ix_user_identities_method")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name) for a in outcome.plan.actions] == [("index", "UserIdentityDBE")]


# onyx-dot-app/onyx: an attribute of 67 characters (``num_times_observed_no_additional_docs_to_
# populate_migration_table``). PostgreSQL cuts identifiers to 63 bytes, so the database's column
# has the cut name; the plan read the two as a rename and mapped the attribute to the cut name
# where nothing drifted.
LONG_COLUMN_NAME = """
    from sqlalchemy import Integer
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class MigrationRecord(Base):
        __tablename__ = "opensearch_tenant_migration_record"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        num_times_observed_no_additional_docs_to_populate_migration_table: Mapped[int | None] = mapped_column(
            Integer)
    """


def test_a_column_name_longer_than_postgresql_keeps_is_its_cut_name(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LONG_COLUMN_NAME)
    scenario.drift("ALTER TABLE opensearch_tenant_migration_record "
                   "ALTER COLUMN num_times_observed_no_additional_docs_to_populate_migration_table SET NOT NULL")
    outcome = scenario.reconcile()
    long = "num_times_observed_no_additional_docs_to_populate_migration_table"
    cut = long[:63]
    # Alembic compares the names uncut: the same two lines on the database create_all made
    assert sorted(p.split('"why"')[0] for p in outcome.problems()) == [
        f'Alembic: {{"op": "add_column", "table": "opensearch_tenant_migration_record", "column": "{long}", ',
        f'Alembic: {{"op": "remove_column", "table": "opensearch_tenant_migration_record", "column": "{cut}", ']
    assert [(a.kind, a.attribute) for a in outcome.plan.actions] == [("nullable", long)]


def test_a_name_is_cut_where_postgresql_cuts_it():
    from schema_inspector.introspect.schema import stored_identifier

    assert stored_identifier("a" * 64) == "a" * 63
    assert stored_identifier("é" * 40) == "é" * 31  # 62 bytes: the 32nd would end past byte 63
    assert stored_identifier("a" * 63) == "a" * 63


# fedora-infra/koschei: indexes made after the classes, at module level: over a tuple of columns
# the class body names (``Index("ix", *Dependency.nevra, unique=True)``), partial over a negated
# or a bare boolean column (``postgresql_where=~Package.blocked``, ``=Build.last_complete``).
# The tuple was read as one expression, the predicates not at all; and a module-level index the
# reader could not read was neither reported nor left alone: each was an edit where nothing
# drifted.
MODULE_LEVEL_INDEXES = """
    from sqlalchemy import Boolean, Column, Index, Integer, String, func
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def active_rows():
        return func.coalesce(Package.blocked, False)


    class Dependency(Base):
        __tablename__ = "dependency"

        id = Column(Integer, primary_key=True)
        name = Column(String, nullable=False)
        version = Column(String, nullable=False)
        arch = Column(String, nullable=False)

        nva = (name, version, arch)


    class Package(Base):
        __tablename__ = "package"

        id = Column(Integer, primary_key=True)
        collection_id = Column(Integer, nullable=False)
        blocked = Column(Boolean, nullable=False, default=False)
        tracked = Column(Boolean, nullable=False, default=True)


    Index("ix_dependency_composite", *Dependency.nva, unique=True)
    Index("ix_package_collection_id", Package.collection_id, postgresql_where=(~Package.blocked))
    Index("ix_package_tracked", Package.id, postgresql_where=(Package.tracked))
    Index("ix_package_active", Package.collection_id, postgresql_where=active_rows())
    """


def test_indexes_made_at_module_level_over_a_columns_tuple_and_boolean_columns_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, MODULE_LEVEL_INDEXES)
    models = read_models(scenario.package)
    assert [(u.line, u.message.split(";")[0]) for u in models.unresolved] == [
        (34, "Package: index ix_package_active: postgresql_where `active_rows()` is not read as SQL")]
    assert sorted((i.name, i.columns, i.where) for t in models.schema.tables for i in t.indexes) == [
        ("ix_dependency_composite", ("name", "version", "arch"), None),
        ("ix_package_collection_id", ("collection_id",), "NOT (blocked)"),
        ("ix_package_tracked", ("id",), "tracked")]
    scenario.drift("DROP INDEX ix_package_tracked; CREATE INDEX ix_package_tracked ON package (id) WHERE NOT tracked;"
                   "DROP INDEX ix_package_active; CREATE INDEX ix_package_active ON package (collection_id)")
    plan = scenario.plan()
    assert plan.actions == ()  # the drift of an index a module-level call makes is that call's, by hand
    assert [(b.line, b.message) for b in plan.by_hand] == [(
        33, "package: index ix_package_tracked is ix_package_tracked (id) WHERE NOT tracked in the database, "
            "ix_package_tracked (id) WHERE tracked in the model; not edited: the Index('ix_package_tracked', ...) "
            f"call at {scenario.package / 'models.py'}:33 makes it at module level; change that call by hand.")]


# SQLAlchemy's declarative mapping of dataclasses (``@mapper_registry.mapped`` over ``@dataclass``,
# ``__sa_dataclass_metadata_key__ = "sa"``), common in projects begun on SQLAlchemy 1.4: each
# column is ``field(init=False, metadata={"sa": Column(...)})``. The reader saw no column at all
# (and said nothing): every column of every table was one the models lacked.
DATACLASS_FIELD_COLUMNS = """
    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import datetime

    from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, func
    from sqlalchemy.orm import registry, relationship

    mapper_registry = registry()
    Base = mapper_registry.generate_base()


    @dataclass
    class TimestampMixin:
        __sa_dataclass_metadata_key__ = "sa"

        created_at: datetime = field(
            init=False, metadata={"sa": Column(DateTime(timezone=True), server_default=func.now())}
        )


    @mapper_registry.mapped
    @dataclass
    class User(TimestampMixin):
        __tablename__ = "users"
        __sa_dataclass_metadata_key__ = "sa"

        id: int = field(init=False, metadata={"sa": Column(Integer, primary_key=True)})
        name: str = field(default=None, metadata={"sa": Column(String(50), nullable=False)})


    @mapper_registry.mapped
    @dataclass
    class Address:
        __tablename__ = "addresses"
        __sa_dataclass_metadata_key__ = "sa"

        id: int = field(init=False, metadata={"sa": Column(Integer, primary_key=True)})
        user_id: int = field(init=False, metadata={"sa": Column(ForeignKey("users.id"))})
        email: str = field(default=None, metadata={"sa": Column(String(120))})
        user: User = field(default=None, metadata={"sa": relationship("User")})
    """


def test_columns_in_the_metadata_of_dataclass_fields_are_read_and_edited(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DATACLASS_FIELD_COLUMNS, metadata="app.models:mapper_registry.metadata")
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {t.name: [c.name for c in t.columns] for t in models.schema.tables} == {
        "addresses": ["id", "user_id", "email"], "users": ["id", "name", "created_at"]}
    scenario.drift("ALTER TABLE addresses ALTER COLUMN email TYPE varchar(255);"
                   "ALTER TABLE addresses ALTER COLUMN email SET NOT NULL")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(DATACLASS_FIELD_COLUMNS).lstrip("\n").replace(
        'email: str = field(default=None, metadata={"sa": Column(String(120))})',
        'email: str = field(default=None, metadata={"sa": Column(String(255), nullable=False)})')


# The same mapping through a project's own wrapper of ``dataclasses.field`` (``field(init=False,
# sql=Column(...))`` putting the column into the metadata itself): the reader cannot follow it.
# A mapped class of which not one column was read was silent: now it is said, and nothing is
# added to it.
WRAPPED_FIELD_COLUMNS = """
    import dataclasses
    from dataclasses import dataclass

    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import registry

    mapper_registry = registry()


    def field(*, sql, **options):
        return dataclasses.field(metadata={"sa": sql}, **options)


    @mapper_registry.mapped
    @dataclass
    class Experiment:
        __tablename__ = "experiments"
        __sa_dataclass_metadata_key__ = "sa"

        id: int = field(init=False, sql=Column(Integer, primary_key=True))
        name: str = field(default=None, sql=Column(String(64)))
    """


def test_a_mapped_class_of_which_no_column_is_read_is_said_and_left_alone(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, WRAPPED_FIELD_COLUMNS, metadata="app.models:mapper_registry.metadata")
    [problem] = read_models(scenario.package).unresolved
    assert (problem.line, problem.hides_columns_of) == (16, "Experiment")
    assert problem.message.startswith("Experiment: no column of its table experiments was read")


# Mailu/Mailu: a mixin's ``@declared_attr`` defines the function its column's ``onupdate=`` calls,
# then returns the column (``def updater(ctx): ...`` / ``return db.Column("email", ...,
# onupdate=updater)``). It was "not a single return of a column": the column was unseen, and
# the class's columns hidden with it.
DECLARED_ATTR_WITH_A_HELPER = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class Email:
        localpart = Column(String(80), nullable=False)

        @declared_attr
        def _email(cls):
            \"\"\"the complete email address\"\"\"

            def updater(ctx):
                return "{localpart}@example.org".format_map(ctx.current_parameters)

            return Column("email", String(255), nullable=False, unique=True, onupdate=updater)


    class User(Email, Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
    """


def test_a_declared_attr_that_defines_a_helper_before_its_column_is_read_and_edited(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DECLARED_ATTR_WITH_A_HELPER)
    assert read_models(scenario.package).unresolved == ()
    scenario.drift("COMMENT ON COLUMN users.email IS 'localpart@domain'")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name, a.attribute) for a in outcome.plan.actions] == [("comment", "Email", "_email")]
    assert 'comment="localpart@domain"' in outcome.after["models.py"]


# inveniosoftware/invenio-files-rest: a partial unique index made by an ``after_create`` listener
# whose DDL a classmethod of the model returns (``event.listen(ObjectVersion.__table__,
# "after_create", ObjectVersion.head_ddl().execute_if(dialect="postgresql"))``). Only DDL written
# inside the ``listen`` call was read: the plan added an ``Index`` where nothing drifted.
LISTENER_DDL_FROM_A_METHOD = """
    from sqlalchemy import DDL, Boolean, Column, Integer, String, event
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def tag_ddl():
        return DDL("CREATE INDEX ix_object_tag ON %(table)s (tag)")


    class StoredObject(Base):
        __tablename__ = "stored_object"

        id = Column(Integer, primary_key=True)
        key = Column(String(255), nullable=False)
        tag = Column(String(40))
        is_head = Column(Boolean, nullable=False, default=True)

        @classmethod
        def head_ddl(cls):
            return DDL(
                "CREATE UNIQUE INDEX ix_uq_object_head "
                "ON %(table)s (key) WHERE is_head"
            )


    event.listen(StoredObject.__table__, "after_create", StoredObject.head_ddl().execute_if(dialect="postgresql"))
    event.listen(StoredObject.__table__, "after_create", tag_ddl())
    """


def test_an_index_an_after_create_listener_makes_with_a_methods_ddl_is_not_added_again(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LISTENER_DDL_FROM_A_METHOD)
    assert [(name, line) for name, _, line in read_models(scenario.package).listener_indexes] == [
        ("ix_object_tag", 8), ("ix_uq_object_head", 22)]


# fedora-infra/tahrir-api: ``from sqlalchemy_helpers import Base as DeclarativeBase``, a library's
# declarative base imported under the name of SQLAlchemy's class: every model was read as a
# declarative base itself ("no mapped classes found"). The same under any other alias: "not a
# known declarative base", every column hidden. And SQLAlchemy's own class under an alias
# (``from sqlalchemy.orm import DeclarativeBase as SABase``) was no declarative base at all.
ALIASED_BASES = {
    "__init__.py": SITE_ON_PATH,
    "base.py": """
        from sqlalchemy.orm import DeclarativeBase as SABase


        class Model(SABase):
            pass
        """,
    "models.py": """
        from fakehelpers import Base as DeclarativeBase
        from fakehelpers import Base as LibraryBase
        from sqlalchemy import Column, ForeignKey, Integer, String

        from .base import Model as ProjectBase


        class Issuer(DeclarativeBase):
            __tablename__ = "issuers"
            id = Column(Integer, primary_key=True)
            name = Column(String(128), nullable=False)


        class Badge(LibraryBase):
            __tablename__ = "badges"
            id = Column(Integer, primary_key=True)
            issuer_id = Column(Integer, ForeignKey("issuers.id"), nullable=False)


        class Team(ProjectBase):
            __tablename__ = "teams"
            id = Column(Integer, primary_key=True)
            name = Column(String(128))
        """,
    "meta.py": """
        from sqlalchemy import MetaData

        from app import base, models

        metadata = MetaData()
        for source in (models.DeclarativeBase.metadata, base.Model.metadata):
            for table in source.sorted_tables:
                table.to_metadata(metadata)
        """,
}
ALIASED_LIBRARY = """
    from sqlalchemy.orm import DeclarativeBase


    class Base(DeclarativeBase):
        pass
    """


def test_declarative_bases_imported_under_another_name_map_their_subclasses(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakehelpers", {"__init__.py": "from .manager import Base\n",
                                                    "manager.py": ALIASED_LIBRARY})
    scenario = Scenario(tmp_path, pg, ALIASED_BASES, metadata="app.meta:metadata").create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted((t.name, len(t.columns)) for t in models.schema.tables) == [
        ("badges", 2), ("issuers", 2), ("teams", 2)]
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE teams ALTER COLUMN name SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name) for a in outcome.plan.actions] == [("nullable", "Team")]


# infobyte/faraday: single-table subclasses that add one column each through SQLAlchemy 1.x's
# documented answer to a column two of them declare, ``@declared_attr def service_id(cls): return
# Parent.__table__.c.get("service_id", Column(...))`` (the table's column when it has one): "not a
# single return of a column", the classes' columns hidden. And enum labels listed by a class
# constant that names module constants (``TYPES = [LDAP_TYPE, LOCAL_TYPE]``) or by another
# model's constant (``Enum(*Finding.STATUSES)``) were "cannot resolve statically"; so were two
# lists joined (digitalmarketplace-api's ``ROLES = ADMIN_ROLES + ["buyer", "supplier"]``).
COLUMN_OF_THE_PARENT_TABLE_OR_NEW = """
    from sqlalchemy import Column, Enum, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()
    LDAP_TYPE = "ldap"
    LOCAL_TYPE = "local"


    class Service(Base):
        __tablename__ = "service"
        id = Column(Integer, primary_key=True)


    class Finding(Base):
        __tablename__ = "finding"
        STATUSES = ["open", "closed"]
        id = Column(Integer, primary_key=True)
        kind = Column(String(20), nullable=False)
        status = Column(Enum(*STATUSES, name="finding_statuses"), nullable=False)
        __mapper_args__ = {"polymorphic_on": kind}


    class ServiceFinding(Finding):
        __mapper_args__ = {"polymorphic_identity": "service"}

        @declared_attr
        def service_id(cls):
            return Finding.__table__.c.get("service_id", Column(Integer, ForeignKey("service.id"), index=True))


    class WebFinding(Finding):
        __mapper_args__ = {"polymorphic_identity": "web"}

        @declared_attr
        def service_id(cls):
            return Finding.__table__.c.get("service_id", Column(Integer, ForeignKey("service.id"), index=True))


    class Account(Base):
        __tablename__ = "account"
        TYPES = [LDAP_TYPE, LOCAL_TYPE]
        ADMIN_ROLES = ["admin", "admin-manager"]
        ROLES = ADMIN_ROLES + ["buyer", "supplier"]
        id = Column(Integer, primary_key=True)
        kind = Column(Enum(*TYPES, name="account_types"), nullable=False)
        role = Column(Enum(*ROLES, name="account_roles"), nullable=False)


    class FindingHistory(Base):
        __tablename__ = "finding_history"
        id = Column(Integer, primary_key=True)
        status = Column(Enum(*Finding.STATUSES, name="finding_history_statuses"), nullable=False)
    """


def test_a_declared_attr_column_taken_from_the_parent_table_or_made_is_read_and_edited(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, COLUMN_OF_THE_PARENT_TABLE_OR_NEW)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    finding = next(t for t in models.schema.tables if t.name == "finding")
    assert [c.name for c in finding.columns] == ["id", "kind", "status", "service_id"]
    outcome = scenario.drift("COMMENT ON COLUMN finding.service_id IS 'the scanned service';"
                             "ALTER TYPE account_types ADD VALUE 'saml'").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name) for a in outcome.plan.actions if a.kind == "comment"] == [
        ("comment", "ServiceFinding")]
    assert ('Finding.__table__.c.get("service_id", Column(Integer, ForeignKey("service.id"), index=True, '
            'comment="the scanned service"))') in outcome.after["models.py"]


# infobyte/faraday: a mixin's column names a constant of the mixin's own body
# (``SEVERITIES = [...]``, ``severity = Column(Enum(*SEVERITIES, name=...))``); a table's override of
# that column (a comment the database gained) copied ``*SEVERITIES`` into the subclass's body,
# where the name is not bound: the models no longer imported (NameError).
MIXIN_COLUMN_OF_ITS_OWN_CONSTANT = {
    "mixins.py": """
        from sqlalchemy import Column, Enum, Text


        class Rated:
            SEVERITIES = ["low", "high"]
            LOW = "low"

            severity = Column(Enum(*SEVERITIES, name="severities"), nullable=False, default=LOW)
            note = Column(Text)
        """,
    "models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        from .mixins import Rated

        Base = declarative_base()


        class Finding(Rated, Base):
            __tablename__ = "finding"
            id = Column(Integer, primary_key=True)


        class Template(Rated, Base):
            __tablename__ = "template"
            id = Column(Integer, primary_key=True)
        """,
}


def test_an_override_of_a_mixin_column_names_the_mixins_own_constants_through_the_mixin(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MIXIN_COLUMN_OF_ITS_OWN_CONSTANT).create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("COMMENT ON COLUMN finding.severity IS 'from the scanner'").reconcile()
    assert outcome.problems() == []
    assert ("    severity = Column(\n        Enum(*Rated.SEVERITIES, name=\"severities\"),\n        nullable=False,\n"
            "        default=Rated.LOW,\n        comment=\"from the scanner\",\n    )\n") in outcome.after["models.py"]


# infobyte/faraday: most columns are made by aliases of Column that preset keywords
# (``BlankColumn = partial(Column, nullable=False, default="")``). Every change to such a
# column was left by hand, a drop too; the statement's own keywords win over the alias's, so a
# change is an edit of the statement (``BlankColumn("os_name", String(64))``), unless it
# takes away what the alias sets. An imported alias too (conbench's ``NotNull`` of ``_entity.py``):
# the codemods follow the import to it (it was left by hand).
PARTIAL_ALIASES = {
    "fields.py": """
        from functools import partial

        from sqlalchemy import Column

        SharedColumn = partial(Column, nullable=False)
        """,
    "models.py": """
        from functools import partial

        from sqlalchemy import Column, Integer, Text
        from sqlalchemy.orm import declarative_base

        from .fields import SharedColumn

        Base = declarative_base()

        BlankColumn = partial(Column, nullable=False, info={"allow_blank": True}, default="")
        NonBlankColumn = partial(Column, nullable=False, server_default="-")


        class Host(Base):
            __tablename__ = "host"
            id = Column(Integer, primary_key=True)
            os = BlankColumn(Text)
            mac = BlankColumn(Text)
            vendor = BlankColumn(Text)
            name = NonBlankColumn(Text)
            owner = SharedColumn(Text)
        """,
}


def test_a_column_of_a_keyword_alias_of_column_is_edited_in_its_statement(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PARTIAL_ALIASES).create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift(
        "ALTER TABLE host RENAME COLUMN os TO os_name;"
        "ALTER TABLE host ALTER COLUMN os_name TYPE varchar(64);"
        "ALTER TABLE host ALTER COLUMN vendor DROP NOT NULL;"
        "COMMENT ON COLUMN host.vendor IS 'from the MAC prefix';"
        "ALTER TABLE host DROP COLUMN mac;"
        "ALTER TABLE host ALTER COLUMN name DROP DEFAULT;"
        "ALTER TABLE host ALTER COLUMN owner TYPE varchar(80)"
    ).reconcile()
    after = outcome.after["models.py"]
    assert '    os = BlankColumn("os_name", String(64))\n' in after
    assert '    vendor = BlankColumn(Text, nullable=True, comment="from the MAC prefix")\n' in after
    assert "mac" not in after
    assert "    name = NonBlankColumn(Text)\n" in after and "    owner = SharedColumn(String(80))\n" in after
    by_hand = sorted((item.kind, item.message) for item in outcome.plan.by_hand)
    assert [kind for kind, _ in by_hand] == ["server-default"]
    assert "Host.name is made by an alias of Column that sets server_default=" in by_hand[0][1]


# conbench/conbench: no column is written with mapped_column itself; every one is made by one of
# two aliases of it that a module of the project makes and the model modules import
# (``NotNull = functools.partial(mapped_column, nullable=False)``). Each change was left by hand,
# and a new column came out as a bare ``Column(...)`` in a file of ``Mapped`` annotations.
IMPORTED_MAPPED_ALIASES = {
    "entity.py": """
        import functools

        from sqlalchemy.orm import declarative_base, mapped_column

        Base = declarative_base()
        NotNull = functools.partial(mapped_column, nullable=False)
        Nullable = functools.partial(mapped_column, nullable=True)
        """,
    "columns.py": """
        from .entity import NotNull, Nullable  # passed on, as a package's __init__ does
        """,
    "models.py": """
        from typing import Optional

        import sqlalchemy as s
        from sqlalchemy.orm import Mapped

        from .columns import NotNull, Nullable
        from .entity import Base


        class Commit(Base):
            __tablename__ = "commit"
            id: Mapped[str] = NotNull(s.String(50), primary_key=True)
            message: Mapped[str] = NotNull(s.String(250))
            login: Mapped[Optional[str]] = Nullable(s.String(50))
            reason: Mapped[Optional[str]] = Nullable(s.Text)
        """,
}


def test_a_column_of_an_imported_keyword_alias_is_edited_in_its_statement(pg, tmp_path):
    outcome = Scenario(tmp_path, pg, IMPORTED_MAPPED_ALIASES).create_from_models().drift(
        "ALTER TABLE commit RENAME COLUMN login TO login_name;"
        "ALTER TABLE commit ALTER COLUMN message TYPE varchar(1000);"
        "ALTER TABLE commit ALTER COLUMN reason SET NOT NULL;"
        "ALTER TABLE commit ADD COLUMN branch text"
    ).reconcile()
    assert outcome.plan.by_hand == ()
    assert sorted(a.kind for a in outcome.plan.actions) == ["add-column", "column-name", "nullable", "type"]
    after = outcome.after["models.py"]
    assert '    login: Mapped[Optional[str]] = Nullable("login_name", s.String(50))\n' in after
    assert "    message: Mapped[str] = NotNull(s.String(1000))\n" in after
    assert "    reason: Mapped[str] = Nullable(s.Text, nullable=False)\n" in after
    assert "    branch: Mapped[Optional[str]] = " in after and "s.Column(" not in after


# conbench/conbench: the same aliases called through their module (``entity.NotNull(...)`` of ``from .
# import entity``): no column of the class was read (the table said to be of columns the reader does not
# know, and nothing planned); now read, and edited, as the aliases imported by name are.
def test_a_column_of_a_keyword_alias_called_through_its_module_is_edited_in_its_statement(pg, tmp_path):
    models = IMPORTED_MAPPED_ALIASES["models.py"].replace("from .columns import NotNull, Nullable", "from . import entity")
    models = models.replace("= NotNull(", "= entity.NotNull(").replace("= Nullable(", "= entity.Nullable(")
    outcome = Scenario(tmp_path, pg, {**IMPORTED_MAPPED_ALIASES, "models.py": models}).create_from_models().drift(
        "ALTER TABLE commit RENAME COLUMN login TO login_name;"
        "ALTER TABLE commit ALTER COLUMN message TYPE varchar(1000);"
        "ALTER TABLE commit ALTER COLUMN reason SET NOT NULL;"
        "ALTER TABLE commit ADD COLUMN branch text"
    ).reconcile()
    assert outcome.plan.by_hand == () and outcome.problems() == []
    assert sorted(a.kind for a in outcome.plan.actions) == ["add-column", "column-name", "nullable", "type"]
    after = outcome.after["models.py"]
    assert '    login: Mapped[Optional[str]] = entity.Nullable("login_name", s.String(50))\n' in after
    assert "    message: Mapped[str] = entity.NotNull(s.String(1000))\n" in after
    assert "    reason: Mapped[str] = entity.Nullable(s.Text, nullable=False)\n" in after
    assert "    branch: Mapped[Optional[str]] = mapped_column(s.Text)\n" in after, after


# gnocchixyz/gnocchi: types made by subclassing a library's type, not TypeDecorator itself
# (``class SetType(sqlalchemy_utils.JSONType)`` turning the values on their way out): "not a
# known SQLAlchemy type", the columns not compared; and the tables' options as a module's dict
# constant in ``__table_args__`` (``(UniqueConstraint(...), COMMON_TABLES_ARGS)``): "not
# understood", every table of it said to have items the reader cannot see.
LIBRARY_TYPE_SUBCLASSES = """
    import sqlalchemy
    import sqlalchemy_utils
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    COMMON_TABLES_ARGS = {"mysql_charset": "utf8", "mysql_engine": "InnoDB"}


    class SetType(sqlalchemy_utils.JSONType):
        def process_result_value(self, value, dialect):
            return set(super().process_result_value(value, dialect) or ())


    class Label(sqlalchemy.String):
        pass


    class ArchivePolicy(Base):
        __tablename__ = "archive_policy"
        __table_args__ = (
            sqlalchemy.UniqueConstraint("label", name="uniq_archive_policy0label"),
            COMMON_TABLES_ARGS,
        )

        name = sqlalchemy.Column(sqlalchemy.String(255), primary_key=True)
        label = sqlalchemy.Column(Label(80))
        aggregation_methods = sqlalchemy.Column(SetType, nullable=False)
    """


def test_a_subclass_of_a_library_type_and_a_dict_constant_of_table_options_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LIBRARY_TYPE_SUBCLASSES)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.name) for c in table.columns] == [
        ("name", "character varying"), ("label", "character varying"), ("aggregation_methods", "json")]
    outcome = scenario.drift("ALTER TABLE archive_policy ALTER COLUMN aggregation_methods TYPE jsonb").reconcile()
    assert outcome.plan.actions == ()  # a type of the project's own behaviour is changed by hand
    [by_hand] = outcome.plan.by_hand
    assert "jsonb in the database but json in the model; the model writes the type SetType" in by_hand.message


# inveniosoftware/invenio-access: foreign keys to the mapped classes of an installed library
# (``from invenio_accounts.models import User``, ``db.ForeignKey(User.id, ondelete="CASCADE")``):
# "User is not a mapped class of the scanned files; the foreign key is not compared". The library's
# module is read for them as it is for the bases and types the models take from it.
LIBRARY_MODELS = {
    "__init__.py": "",
    "db.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        """,
    "models.py": """
        from sqlalchemy import Column, Integer, String

        from .db import Base


        class User(Base):
            __tablename__ = "accounts_user"
            id = Column(Integer, primary_key=True)
            email = Column(String(255), unique=True)
        """,
}
ON_LIBRARY_MODELS = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from fakeaccounts.db import Base
        from fakeaccounts.models import User
        from sqlalchemy import Column, ForeignKey, Integer, String


        class ActionUsers(Base):
            __tablename__ = "access_actionsusers"
            id = Column(Integer, primary_key=True)
            action = Column(String(80))
            user_id = Column(Integer, ForeignKey(User.id, ondelete="CASCADE"), nullable=False)
        """,
}


def test_a_foreign_key_to_a_class_of_an_installed_library_is_read_and_compared(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeaccounts", LIBRARY_MODELS)
    scenario = Scenario(tmp_path, pg, ON_LIBRARY_MODELS, metadata="app.models:Base.metadata").create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [fk] = next(t for t in models.schema.tables if t.name == "access_actionsusers").foreign_keys
    assert (fk.target_table, fk.target_columns, fk.ondelete) == ("accounts_user", ("id",), "CASCADE")
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift(
        "ALTER TABLE access_actionsusers DROP CONSTRAINT access_actionsusers_user_id_fkey;"
        "ALTER TABLE access_actionsusers ADD FOREIGN KEY (user_id) REFERENCES accounts_user (id)").reconcile()
    assert outcome.problems() == []
    assert "ForeignKey(User.id)" in outcome.after["models.py"]


# inveniosoftware/invenio-access: a mixin's column that one table drops (``argument = None`` in that
# class: another table keeps it) while the class's own ``__table_args__`` lists it in a
# UniqueConstraint (PostgreSQL dropped the constraint with the column): the constraint stayed,
# naming a column the class no longer has, and the models no longer imported (KeyError).
INHERITED_COLUMN_IN_A_CONSTRAINT = """
    from sqlalchemy import Column, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class ActionNeed:
        action = Column(String(80), index=True)
        argument = Column(String(255), nullable=True)


    class ActionUsers(ActionNeed, Base):
        __tablename__ = "access_actionsusers"
        id = Column(Integer, primary_key=True)


    class ActionSystemRoles(ActionNeed, Base):
        __tablename__ = "access_actionssystemroles"
        __table_args__ = (
            UniqueConstraint("action", "argument", "role_name", name="access_actionssystemroles_unique"),
        )
        id = Column(Integer, primary_key=True)
        role_name = Column(String(40), nullable=False)
    """


def test_an_inherited_column_a_table_drops_takes_its_constraints_of_the_class_with_it(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INHERITED_COLUMN_IN_A_CONSTRAINT)
    outcome = scenario.drift("ALTER TABLE access_actionssystemroles DROP COLUMN argument").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    argument = None\n" in after and "access_actionssystemroles_unique" not in after


# inveniosoftware/invenio-access: a mixin's ``index=True`` column that one table renames. The
# class overrides the column (``Column("action_argument", ...)``), and the database keeps the
# index under the old column's name, which SQLAlchemy would not give it any more: the index
# item was added, but the copy kept ``index=True`` (a note said to change the mixin by hand), and
# only a second apply removed it; the class's items kept the column's old name (the import failed).
RENAMED_INDEXED_MIXIN_COLUMN = """
    from sqlalchemy import Column, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class ActionNeed:
        argument = Column(String(255), nullable=True, index=True)
        scope = Column(String(40))


    class ActionUsers(ActionNeed, Base):
        __tablename__ = "access_actionsusers"
        __table_args__ = (UniqueConstraint("argument", "user_id", name="access_actionsusers_unique"),)
        id = Column(Integer, primary_key=True)
        user_id = Column(Integer)


    class ActionRoles(ActionNeed, Base):
        __tablename__ = "access_actionsroles"
        __table_args__ = (UniqueConstraint("scope", "id", name="access_actionsroles_unique"),)
        id = Column(Integer, primary_key=True)
    """


def test_a_renamed_indexed_mixin_column_is_overridden_without_its_flag_in_one_apply(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, RENAMED_INDEXED_MIXIN_COLUMN)
    outcome = scenario.drift("ALTER TABLE access_actionsusers RENAME COLUMN argument TO action_argument;"
                             "ALTER TABLE access_actionsroles RENAME COLUMN scope TO scope_name").reconcile(
        PlannerOptions(renames=(("access_actionsusers", "argument", "action_argument"),
                                ("access_actionsroles", "scope", "scope_name"))))
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '    argument = Column("action_argument", String(255), nullable=True)\n' in after
    assert 'Index("ix_access_actionsusers_argument", "action_argument")' in after
    assert 'UniqueConstraint("action_argument", "user_id", name="access_actionsusers_unique")' in after
    assert 'UniqueConstraint("scope_name", "id", name="access_actionsroles_unique")' in after


# ethyca/fides: a partial unique index in the class body's ``__table_args__`` whose predicate is
# the boolean column itself, named bare (``Index("only_one_default", is_default, unique=True,
# postgresql_where=is_default)``): "not read as SQL", the index not compared.
BARE_BOOLEAN_PREDICATE = """
    from sqlalchemy import Boolean, Column, Index, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class StorageConfig(Base):
        __tablename__ = "storageconfig"
        id = Column(Integer, primary_key=True)
        name = Column(String(80))
        is_default = Column(Boolean, default=False)

        __table_args__ = (
            Index("only_one_default", is_default, unique=True, postgresql_where=is_default),
        )
    """


def test_a_partial_index_on_a_bare_boolean_column_is_read_and_compared(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, BARE_BOOLEAN_PREDICATE)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [index] = models.schema.tables[0].indexes
    assert (index.name, index.where) == ("only_one_default", "is_default")
    outcome = scenario.drift("DROP INDEX only_one_default;"
                             "CREATE UNIQUE INDEX only_one_default ON storageconfig (is_default) WHERE NOT is_default"
                             ).reconcile()
    assert outcome.problems() == []
    assert "postgresql_where=text(\"NOT is_default\")" in outcome.after["models.py"]


# A class on a SQLAlchemy type that a ``@compiles`` function writes as another PostgreSQL type,
# without a ``__visit_name__`` of its own: the compiled type, not the base's (a class on a type
# is read as that type only when nothing compiles it otherwise).
COMPILED_TYPE_WITHOUT_VISIT_NAME = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.ext.compiler import compiles
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class PgName(String):
        cache_ok = True


    @compiles(PgName, "postgresql")
    def _compile_name(element, compiler, **kw):
        return "NAME"


    class Role(Base):
        __tablename__ = "roles"
        id = Column(Integer, primary_key=True)
        added_by = Column(PgName, nullable=False)
    """


def test_a_class_on_a_type_that_compiles_to_another_type_is_the_compiled_type(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, COMPILED_TYPE_WITHOUT_VISIT_NAME)
    [table] = read_models(scenario.package).schema.tables
    assert [(c.name, c.type.name) for c in table.columns] == [("id", "integer"), ("added_by", "name")]


# alphagov/digitalmarketplace-api: SQLAlchemy's SQL constructs imported under other names
# (``from sqlalchemy.sql.expression import true as sql_true, false as sql_false, null as sql_null,
# and_ as sql_and``): ``server_default=sql_true()`` "not static SQL", and partial indexes over
# ``sql_and(Event.acknowledged == sql_false(), ...)`` / ``!= sql_null()`` not compared.
# lucyparsons/OpenOversight: ``from sqlalchemy.sql import func as sql_func``, then
# ``server_default=sql_func.now()``: "not static SQL" too.
RENAMED_SQL_CONSTRUCTS = """
    from sqlalchemy import Boolean, Column, DateTime, Index, Integer, String
    from sqlalchemy.orm import declarative_base
    from sqlalchemy.sql import func as sql_func
    from sqlalchemy.sql.expression import and_ as sql_and, false as sql_false, null as sql_null, true as sql_true

    Base = declarative_base()


    class AuditEvent(Base):
        __tablename__ = "audit_events"
        id = Column(Integer, primary_key=True)
        type = Column(String(80), nullable=False)
        acknowledged = Column(Boolean, nullable=False, server_default=sql_false())
        active = Column(Boolean, nullable=False, server_default=sql_true())
        awarded_at = Column(DateTime)
        created_at = Column(DateTime, server_default=sql_func.now())

        __table_args__ = (
            Index("idx_audit_events_unacknowledged", type,
                  postgresql_where=sql_and(acknowledged == sql_false(), type == "update_service")),
            Index("idx_audit_events_awarded", id, unique=True, postgresql_where=awarded_at != sql_null()),
        )
    """


def test_sql_constructs_imported_under_other_names_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, RENAMED_SQL_CONSTRUCTS)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [c.default for c in table.columns if c.name in ("acknowledged", "active", "created_at")] == [
        "false", "true", "now()"]
    assert sorted(i.where for i in table.indexes) == [
        "(acknowledged = false) AND (type = 'update_service')", "awarded_at IS NOT NULL"]
    outcome = scenario.drift("ALTER TABLE audit_events ALTER COLUMN active SET DEFAULT false").reconcile()
    assert outcome.problems() == []
    assert '    active = Column(Boolean, nullable=False, server_default=text("false"))\n' in outcome.after["models.py"]


# biocommons/uta: tables in a schema of their own. A rename declared as a person in that schema
# would write it, "uta.gene.maploc" = "map_location", was never applied (only "gene.maploc" was
# looked for); either spelling is the table's now, and a qualified one only in its schema.
TABLE_IN_A_SCHEMA = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base(metadata=sa.MetaData(schema="uta"))


    class Gene(Base):
        __tablename__ = "gene"
        gene_id = sa.Column(sa.Text, primary_key=True)
        maploc = sa.Column(sa.Text)
    """


def test_a_rename_declared_with_the_tables_schema_is_the_tables(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_IN_A_SCHEMA})
    scenario.drift("CREATE SCHEMA uta").create_from_models()
    scenario.drift("ALTER TABLE uta.gene RENAME COLUMN maploc TO map_location")
    for declared, applies in ((("uta.gene", "maploc", "map_location"), True),
                              (("gene", "maploc", "map_location"), True),
                              (("other.gene", "maploc", "map_location"), False)):
        plan = build_plan(read_schema(scenario.url, schemas=("uta",)), read_models(scenario.package),
                          PlannerOptions(renames=(declared,)))
        assert [(a.kind, a.attribute) for a in plan.actions if a.kind == "column-name"] == (
            [("column-name", "maploc")] if applies else []), declared


# MerginMaps/server: PostgreSQL enums whose labels are a Python enum's values, spread from a
# classmethod (``ENUM(*RequestStatus.values(), name="request_status")``, ``def values(cls): return
# [member.value for member in cls.__members__.values()]``) or from the comprehension itself:
# "takes *args/**kwargs; cannot resolve statically", the columns' types not compared.
ENUM_VALUES_SPREAD = """
    from enum import Enum

    from sqlalchemy import Column, Integer
    from sqlalchemy.dialects.postgresql import ENUM
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class RequestStatus(Enum):
        ACCEPTED = "accepted"
        DECLINED = "declined"

        @classmethod
        def values(cls):
            return [member.value for member in cls.__members__.values()]


    class ProjectRole(Enum):
        READER = "reader"
        OWNER = "owner"


    class AccessRequest(Base):
        __tablename__ = "access_request"
        id = Column(Integer, primary_key=True)
        status = Column(ENUM(*RequestStatus.values(), name="request_status"))
        role = Column(ENUM(*[member.value for member in ProjectRole.__members__.values()], name="project_role"))
    """


def test_enum_labels_spread_from_a_python_enums_values_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ENUM_VALUES_SPREAD)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted((e.name, e.labels) for e in models.schema.enums) == [
        ("project_role", ("reader", "owner")), ("request_status", ("accepted", "declined"))]


# ONSdigital/ras-secure-message: type lengths from another module's constants plus one
# (``String(constants.MAX_SUBJECT_LEN + 1)``): "arguments that are not literals", the types not
# compared. Integer arithmetic on constants is what Python computes (+, -, *).
LENGTH_ARITHMETIC = {
    "constants.py": """
        MAX_SUBJECT_LEN = 100
        MAX_BODY_LEN = 50000
        """,
    "models.py": """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        from app import constants

        Base = declarative_base()
        MARGIN = 2


        class SecureMessage(Base):
            __tablename__ = "secure_message"
            id = Column(Integer, primary_key=True)
            subject = Column(String(constants.MAX_SUBJECT_LEN + 1))
            body = Column(String(constants.MAX_BODY_LEN * MARGIN - 1))
        """,
}


def test_type_lengths_computed_from_constants_are_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, LENGTH_ARITHMETIC).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.length) for c in table.columns] == [("id", None), ("subject", 101), ("body", 99999)]
    assert [a.kind for a in scenario.plan().actions] == []


# sopel-irc/sopel: every table's ``__table_args__`` is one module dict constant of MySQL options
# (``__table_args__ = MYSQL_TABLE_ARGS``): "not a literal tuple or dict", each table said to have
# items the reader cannot see, and an index or a table comment the database gained "by hand".
# The constant is read as the options it holds; a new item goes before it in a tuple, and a
# comment joins it as ``{**MYSQL_TABLE_ARGS, "comment": ...}`` (the constant, which the other
# tables share, stays as it is).
TABLE_ARGS_CONSTANT = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    MYSQL_TABLE_ARGS = {'mysql_engine': 'InnoDB',
                        'mysql_charset': 'utf8mb4'}


    class NickIDs(Base):
        __tablename__ = 'nick_ids'
        nick_id = Column(Integer, primary_key=True)


    class Nicknames(Base):
        __tablename__ = 'nicknames'
        __table_args__ = MYSQL_TABLE_ARGS
        nick_id = Column(Integer, ForeignKey('nick_ids.nick_id'), primary_key=True)
        slug = Column(String(255), primary_key=True)
        canonical = Column(String(255))


    class PluginValues(Base):
        __tablename__ = 'plugin_values'
        __table_args__ = MYSQL_TABLE_ARGS
        plugin = Column(String(255), primary_key=True)
        key = Column(String(255), primary_key=True)
    """


def test_table_args_that_are_a_dict_constant_are_read_and_edited_around_it(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLE_ARGS_CONSTANT)
    assert read_models(scenario.package).unresolved == ()
    outcome = scenario.drift(
        "CREATE INDEX ix_nicknames_slug_canonical ON nicknames (slug, canonical);"
        "COMMENT ON TABLE plugin_values IS 'per plugin'"
    ).reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert """
    __tablename__ = 'nicknames'
    __table_args__ = (
        Index('ix_nicknames_slug_canonical', 'slug', 'canonical'),
        MYSQL_TABLE_ARGS,
    )
""" in text
    assert """
    __tablename__ = 'plugin_values'
    __table_args__ = {**MYSQL_TABLE_ARGS, 'comment': 'per plugin'}
""" in text
    assert "MYSQL_TABLE_ARGS = {'mysql_engine': 'InnoDB',\n                    'mysql_charset': 'utf8mb4'}" in text


# mlrun/mlrun: columns named by another module's constants and a str enum's members, before
# their types (``Column(EventFieldType.UID, String(40))``, ``Column(WriterEvent.ENDPOINT_ID,
# ...)``, the classes re-exported by a package's ``__init__``), and ``__tablename__ =
# EventFieldType.MODEL_ENDPOINTS``: "not a known SQLAlchemy type", the table not read at all. A
# str names the column as SQLAlchemy writes it, ``str()`` of it: the constant's, a ``StrEnum``
# member's value (a ``(str, Enum)`` member would write ``WriterEvent.ENDPOINT_ID``); a change of
# the name or the type, which would rewrite what the constant writes, is left by hand.
NAMES_FROM_CONSTANTS = {
    "schemas/__init__.py": """
        from .constants import (
            EventFieldType,
            WriterEvent,
        )
        """,
    "schemas/constants.py": """
        from enum import Enum


        class MonitoringStrEnum(str, Enum):  # StrEnum's str() before Python 3.11
            def __str__(self):
                return self.value


        class EventFieldType:
            MODEL_ENDPOINTS = "model_endpoints"
            UID = "uid"
            STATE = "state"


        class WriterEvent(MonitoringStrEnum):
            ENDPOINT_ID = "endpoint_id"
            APPLICATION_NAME = "application_name"
        """,
    "models.py": """
        from sqlalchemy import Column, String, Text
        from sqlalchemy.orm import declarative_base

        from app.schemas import EventFieldType, WriterEvent

        Base = declarative_base()


        class ModelEndpoints(Base):
            __tablename__ = EventFieldType.MODEL_ENDPOINTS

            uid = Column(EventFieldType.UID, String(40), primary_key=True)
            state = Column(EventFieldType.STATE, String(10))
            endpoint = Column(WriterEvent.ENDPOINT_ID, String(40))
            application = Column(WriterEvent.APPLICATION_NAME, Text)
        """,
}


def test_columns_named_by_constants_and_str_enum_members_are_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, NAMES_FROM_CONSTANTS).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert (table.name, [c.name for c in table.columns]) == (
        "model_endpoints", ["uid", "state", "endpoint_id", "application_name"])
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE model_endpoints ALTER COLUMN state SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "state = Column(EventFieldType.STATE, String(10), nullable=False)" in outcome.after["models.py"]
    outcome = scenario.drift("ALTER TABLE model_endpoints ALTER COLUMN uid TYPE varchar(64)").reconcile()
    assert outcome.problems() == []
    assert "uid = Column(EventFieldType.UID, String(64), primary_key=True)" in outcome.after["models.py"]
    plan = scenario.drift("ALTER TABLE model_endpoints RENAME COLUMN endpoint_id TO endpoint_uid").plan()
    assert [a.kind for a in plan.code_actions] == []
    assert [entry.message.split("; ")[-1] for entry in plan.by_hand] == [
        "ModelEndpoints.endpoint is named by WriterEvent.ENDPOINT_ID, which other code may use: change its value, "
        "or the name, by hand."]


# mem0ai/mem0: ``last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
# nullable=True)``, the column made NOT NULL: ``nullable=False`` was written and the annotation
# left saying ``| None``, which type checkers then believe. The annotation follows with it.
UNION_WITH_NULLABLE = """
    from datetime import datetime

    from sqlalchemy import DateTime, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class User(Base):
        __tablename__ = "users"

        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(String(255), nullable=False)
        last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    """


def test_an_annotation_that_agreed_with_nullable_follows_its_change(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, UNION_WITH_NULLABLE)
    outcome = scenario.drift("ALTER TABLE users ALTER COLUMN last_login_at SET NOT NULL;"
                             "ALTER TABLE users ALTER COLUMN name DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert "    last_login_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)\n" in text
    assert "    name: Mapped[str | None] = mapped_column(String(255), nullable=True)\n" in text


# inveniosoftware/invenio-records: a table whose columns come from an abstract base of the
# project (``RecordMetadataBase(Timestamp)``) and through it from an installed library's mixin
# (invenio-db's ``Timestamp``, ``created = Column(UTCDateTime, ..., nullable=False)``, reached as
# ``db.Timestamp``). A comment the database gave the library's column was skipped ("cannot import
# 'UTCDateTime' for the copy") and planned again; the copy now imports what it names from the
# library's module by its installed name. And a new table's class derived from the project's base
# with ``json = None``, ``version_id = None``: a base over a library's mixin was taken for a
# mapped base, never left out.
TIMESTAMP_LIBRARY = """
    from datetime import datetime, timezone

    from sqlalchemy import Column, DateTime
    from sqlalchemy.types import TypeDecorator


    class UTCDateTime(TypeDecorator):
        impl = DateTime(timezone=True)
        cache_ok = False


    class Timestamp:
        created = Column(
            UTCDateTime,
            default=lambda: datetime.now(tz=timezone.utc),
            nullable=False,
        )
        updated = Column(
            UTCDateTime,
            default=lambda: datetime.now(tz=timezone.utc),
            nullable=False,
        )


    class _Database:
        def __getattr__(self, name):
            if name == "Timestamp":
                return Timestamp
            raise AttributeError(name)


    db = _Database()
    """
ON_TIMESTAMP_LIBRARY = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import uuid

        from faketime.shared import db
        from sqlalchemy import JSON, Column, Integer, Uuid
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class RecordMetadataBase(db.Timestamp):
            id = Column(Uuid, primary_key=True, default=uuid.uuid4)
            json = Column(JSON, nullable=True)
            version_id = Column(Integer, nullable=False)

            __mapper_args__ = {"version_id_col": version_id}


        class RecordMetadata(Base, RecordMetadataBase):
            __tablename__ = "records_metadata"
        """,
}


def test_a_comment_on_a_library_mixins_column_behind_a_project_base_is_an_override(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "faketime", {"__init__.py": "", "shared.py": TIMESTAMP_LIBRARY})
    scenario = Scenario(tmp_path, pg, ON_TIMESTAMP_LIBRARY).create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("COMMENT ON COLUMN records_metadata.created IS 'when the record was made';"
                             "CREATE TABLE records_note (id serial PRIMARY KEY, record_id uuid NOT NULL"
                             " REFERENCES records_metadata (id), body text NOT NULL,"
                             " created timestamp NOT NULL DEFAULT now())").reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert "from faketime.shared import UTCDateTime, db\n" in text
    assert """
class RecordMetadata(Base, RecordMetadataBase):
    __tablename__ = "records_metadata"

    created = Column(
        UTCDateTime,
        default=lambda: datetime.now(tz=timezone.utc),
        nullable=False,
        comment="when the record was made",
    )
""" in text
    # a new class leaves the project's base out: the table lacks the columns it adds
    assert "\nclass RecordNote(Base):\n" in text and "= None" not in text


# DIRACGrid/diracx: a column helper that passes its other keywords on (``def enum_column(name,
# enum_type, **kwargs): return mapped_column(name, Enum(enum_type, native_enum=False, length=16),
# **kwargs)``, called ``enum_column("Status", FlowStatus, server_default=FlowStatus.PENDING.name)``):
# "column built by a function call", the column hidden and a constraint over it "names unknown
# column". The call's keywords are the column's, as Python passes them.
KEYWORDS_PASSED_ON = {
    "types.py": """
        from sqlalchemy import Enum
        from sqlalchemy.orm import mapped_column


        def enum_column(name, enum_type, **kwargs):
            return mapped_column(name, Enum(enum_type, native_enum=False, length=16), **kwargs)
        """,
    "models.py": """
        from enum import Enum, auto

        from sqlalchemy import String, UniqueConstraint
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.types import enum_column


        class Base(DeclarativeBase):
            pass


        class FlowStatus(Enum):
            PENDING = auto()
            READY = auto()


        class DeviceFlows(Base):
            __tablename__ = "DeviceFlows"
            __table_args__ = (UniqueConstraint("UserCode", "Status"),)

            user_code: Mapped[str] = mapped_column("UserCode", String(8), primary_key=True)
            status: Mapped[FlowStatus] = enum_column("Status", FlowStatus, server_default=FlowStatus.PENDING.name)
        """,
}


def test_a_column_helper_that_passes_keywords_on_gives_them_to_the_column(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, KEYWORDS_PASSED_ON).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    status = table.column("Status")
    assert (status.type.name, status.type.length, status.default) == (
        "character varying", 16, "'PENDING'::character varying")
    assert [a.kind for a in scenario.plan().actions] == []
    plan = scenario.drift('ALTER TABLE "DeviceFlows" ALTER COLUMN "Status" DROP DEFAULT').plan()
    assert plan.code_actions == ()  # made by a helper: its change is the helper's
    [by_hand] = plan.by_hand
    assert "DeviceFlows.status is made by a helper" in by_hand.message


# DIRACGrid/diracx: the packages live in a namespace package (``src/diracx/`` has no
# ``__init__.py``, PEP 420), and the models import ``from diracx.db.sql.utils import ...``: looked
# for under ``src/diracx/`` (the directory above the outermost regular package), never found, the
# helper and the annotated types it gives unknown.
def test_an_import_inside_a_namespace_package_is_found(tmp_path):
    package = tmp_path / "src" / "spacename" / "db"
    (package / "auth").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "auth" / "__init__.py").write_text("")
    (package / "utils.py").write_text(textwrap.dedent("""
        from typing import Annotated

        from sqlalchemy import String
        from sqlalchemy.orm import mapped_column

        str255 = Annotated[str, 255]


        def name_column(name, **kwargs):
            return mapped_column(name, String(64), **kwargs)
        """))
    (package / "auth" / "schema.py").write_text(textwrap.dedent("""
        from sqlalchemy import String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from spacename.db.utils import name_column, str255


        class Base(DeclarativeBase):
            type_annotation_map = {str255: String(255)}


        class Token(Base):
            __tablename__ = "tokens"
            id: Mapped[int] = mapped_column(primary_key=True)
            scope: Mapped[str255]
            owner: Mapped[str] = name_column("Owner", nullable=True)
        """))
    models = read_models(package / "auth")
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.length, c.nullable) for c in table.columns] == [
        ("id", None, False), ("scope", 255, False), ("Owner", 64, True)]


# DIRACGrid/diracx: CamelCase columns mapped to snake_case attributes by name (``job_id:
# Mapped[int] = mapped_column("JobID", ...)``, ``heart_beat_time``). A column the database gained
# was added as ``Priority: Mapped[...]``, a new table's class with ``JobID``, ``Tag``: attributes
# unlike every other of the codebase. They follow its convention now.
CAMEL_COLUMNS_SNAKE_ATTRIBUTES = """
    from datetime import datetime
    from typing import Optional

    from sqlalchemy import ForeignKey, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Jobs(Base):
        __tablename__ = "Jobs"

        job_id: Mapped[int] = mapped_column("JobID", primary_key=True)
        job_name: Mapped[str] = mapped_column("JobName", String(128))
        heart_beat_time: Mapped[Optional[datetime]] = mapped_column("HeartBeatTime")
        vo: Mapped[str] = mapped_column("VO", String(32))


    class InputData(Base):
        __tablename__ = "InputData"

        job_id: Mapped[int] = mapped_column("JobID", ForeignKey("Jobs.JobID"), primary_key=True)
        lfn: Mapped[str] = mapped_column("LFN", String(255), primary_key=True)
    """


def test_new_attributes_of_camel_case_columns_are_snake_case_as_the_codebase_writes_them(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CAMEL_COLUMNS_SNAKE_ATTRIBUTES)
    outcome = scenario.drift(
        'ALTER TABLE "Jobs" ADD COLUMN "RescheduleCounter" integer;'
        'CREATE TABLE "JobTags" ("JobID" integer NOT NULL REFERENCES "Jobs" ("JobID"), "TagName" varchar(64) NOT NULL,'
        ' PRIMARY KEY ("JobID", "TagName"))'
    ).reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert '    reschedule_counter: Mapped[Optional[int]] = mapped_column("RescheduleCounter", Integer)\n' in text
    assert ('    job_id: Mapped[int] = mapped_column(\n        "JobID", Integer, ForeignKey("Jobs.JobID"), primary_key=True\n'
            '    )\n') in text
    assert '    tag_name: Mapped[str] = mapped_column("TagName", String(64), primary_key=True)\n' in text


# openstack/cloudkitty: ``@declared_attr def __table_args__(cls): args = (UniqueConstraint(...),
# HashMapBase.__table_args__,); return args``: "__table_args__ is computed", the table's
# constraints unread and every table of it said to hide items. The value a name is assigned and
# then returned is what the function returns.
TABLE_ARGS_RETURNED_BY_NAME = """
    from sqlalchemy import Column, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class HashMapBase:
        __table_args__ = {'mysql_charset': 'utf8', 'mysql_engine': 'InnoDB'}


    class HashMapField(Base, HashMapBase):
        __tablename__ = 'hashmap_fields'

        @declared_attr
        def __table_args__(cls):
            args = (
                UniqueConstraint('service_id', 'name', name='uniq_field_per_service'),
                HashMapBase.__table_args__,)
            return args

        id = Column(Integer, primary_key=True)
        name = Column(String(255), nullable=False)
        service_id = Column(Integer, nullable=False)
    """


def test_table_args_a_declared_attr_assigns_and_returns_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLE_ARGS_RETURNED_BY_NAME)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(u.name, u.columns) for u in table.unique_constraints] == [("uniq_field_per_service", ("service_id", "name"))]


# openstack/cloudkitty: ``unique=True`` under a naming convention that names it
# (``"uq": "uq_%(table_name)s_%(column_0_name)s"``) on a column the database renamed: PostgreSQL
# keeps the constraint's name (``uq_hashmap_groups_name``), the convention now gives another
# (``uq_hashmap_groups_label``), and Alembic reports the constraint dropped and added while the
# plan said nothing (an unnamed model constraint stood for any name). It stands for the name the
# convention gives; the database's name is written where the convention cannot give it, as it
# was already for an index (``index=True`` under ``"ix"``).
CONVENTION_NAMED_UNIQUE = """
    from sqlalchemy import Column, Integer, MetaData, String
    from sqlalchemy.orm import declarative_base

    NAMING_CONVENTION = {
        "ix": 'ix_%(column_0_label)s',
        "uq": "uq_%(table_name)s_%(column_0_name)s",
    }


    def get_base():
        base = declarative_base()
        base.metadata.naming_convention = NAMING_CONVENTION
        return base


    Base = get_base()


    class HashMapGroup(Base):
        __tablename__ = 'hashmap_groups'
        id = Column(Integer, primary_key=True)
        group_id = Column(String(36), nullable=False, unique=True)
        name = Column(String(255), nullable=False, unique=True)
        tenant = Column(String(64), index=True)
    """


def test_a_column_renamed_under_a_convention_that_names_its_unique_constraint_keeps_the_name(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CONVENTION_NAMED_UNIQUE)
    outcome = scenario.drift("ALTER TABLE hashmap_groups RENAME COLUMN name TO label;"
                             "ALTER TABLE hashmap_groups RENAME COLUMN tenant TO tenant_id").reconcile()
    assert outcome.problems() == []
    assert """
    __table_args__ = (
        UniqueConstraint('label', name='uq_hashmap_groups_name'),
        Index('ix_hashmap_groups_tenant', 'tenant_id'),
    )
    id = Column(Integer, primary_key=True)
    group_id = Column(String(36), nullable=False, unique=True)
    name = Column('label', String(255), nullable=False)
    tenant = Column('tenant_id', String(64))
""" in outcome.after["models.py"]


# openstack/cyborg: enum labels named by constants a tuple assignment unpacks
# (``ATTACH_HANDLE_TYPES = (AH_TYPE_PCI, AH_TYPE_MDEV) = ("PCI", "MDEV")`` in a constants module,
# ``Enum(constants.AH_TYPE_PCI, constants.AH_TYPE_MDEV, name='attach_type')``): "not understood",
# the enum not compared. Each name of the tuple target is its element, as Python unpacks it.
UNPACKED_CONSTANTS = {
    "constants.py": """
        ATTACH_HANDLE_TYPES = (AH_TYPE_PCI, AH_TYPE_MDEV) = (
            "PCI",
            "MDEV",
        )
        """,
    "models.py": """
        from sqlalchemy import Column, Enum, Integer
        from sqlalchemy.orm import declarative_base

        from app import constants

        Base = declarative_base()


        class AttachHandle(Base):
            __tablename__ = 'attach_handles'
            id = Column(Integer, primary_key=True)
            attach_type = Column(Enum(constants.AH_TYPE_PCI, constants.AH_TYPE_MDEV, name='attach_type'),
                                 nullable=False)
        """,
}


def test_enum_labels_from_constants_a_tuple_assignment_unpacks_are_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, UNPACKED_CONSTANTS).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(e.name, e.labels) for e in models.schema.enums] == [("attach_type", ("PCI", "MDEV"))]
    assert [a.kind for a in scenario.plan().actions] == []


# Enforcer/clean-architecture: Core ``Table`` objects no class maps. A new table's column named
# like a name the generated code may use (``uuid``) was written ``Column("uuid", ..., key="uuid_")``:
# a key is for a mapped class's attribute, and ``refunds.c.uuid`` is what the file's other tables
# give. Without a mapping the columns keep their names as keys.
CORE_TABLES_ONLY = """
    from sqlalchemy import Column, Integer, MetaData, String, Table

    metadata = MetaData()

    payments = Table(
        "payments",
        metadata,
        Column("uuid", String(32), primary_key=True),
        Column("amount", Integer, nullable=False),
    )
    """


def test_a_new_core_table_no_class_maps_keeps_its_column_names_as_keys(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": CORE_TABLES_ONLY}, metadata="app.models:metadata")
    scenario.create_from_models()
    outcome = scenario.drift("CREATE TABLE refunds (uuid varchar(32) PRIMARY KEY, metadata text)").reconcile()
    assert outcome.problems() == []
    assert """
refunds = Table(
    "refunds",
    metadata,
    Column("uuid", String(32), primary_key=True),
    Column("metadata", Text),
)
""" in outcome.after["models.py"]


# pgorecki/python-ddd: ``Column(mutable_json_type(dbtype=JSONB, nested=True))`` of sqlalchemy-json
# (the type it is given, made mutable): "not a known SQLAlchemy type", the column not compared.
# The stand-in library below gives the type back made mutable, as the real one does.
SQLALCHEMY_JSON_STAND_IN = """
    from sqlalchemy import JSON
    from sqlalchemy.ext.mutable import MutableDict


    def mutable_json_type(dbtype=JSON, nested=False):
        return MutableDict.as_mutable(dbtype)
    """
ON_SQLALCHEMY_JSON = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.dialects.postgresql import JSONB
        from sqlalchemy.orm import declarative_base
        from fakejsonlib import mutable_json_type

        Base = declarative_base()


        class ListingModel(Base):
            __tablename__ = "bidding_listing"
            id = Column(Integer, primary_key=True)
            data = Column(mutable_json_type(dbtype=JSONB, nested=True))
            extra = Column(mutable_json_type(JSONB))
        """,
}


def test_a_column_of_sqlalchemy_jsons_mutable_type_is_the_type_it_wraps(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakejsonlib", {"__init__.py": SQLALCHEMY_JSON_STAND_IN})
    scenario = Scenario(tmp_path, pg, ON_SQLALCHEMY_JSON).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.name) for c in table.columns] == [("id", "integer"), ("data", "jsonb"), ("extra", "jsonb")]
    assert [a.kind for a in scenario.plan().actions] == []


# geopython/GeoHealthCheck: ``report = deferred(Column(Text))`` early in the class body, then
# ``_report = Column("report", Text)`` and a property ``report`` of that name: the property
# replaces the first column in the class, which SQLAlchemy never sees; the table has one
# ``report`` column, ``_report``'s.
COLUMN_REPLACED_BY_A_PROPERTY = """
    import json

    from sqlalchemy import Column, Integer, Text
    from sqlalchemy.orm import declarative_base, deferred

    Base = declarative_base()


    class Run(Base):
        __tablename__ = "run"

        identifier = Column(Integer, primary_key=True)
        report = deferred(Column(Text, default={}))

        def notes(self):
            return ""

        _report = Column("report", Text, default={})
        notes = Column(Text)

        @property
        def report(self):
            return json.loads(self._report)

        @report.setter
        def report(self, report):
            self._report = json.dumps(report)
    """


def test_a_column_a_later_property_of_its_name_replaces_is_not_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, COLUMN_REPLACED_BY_A_PROPERTY)
    [table] = read_models(scenario.package).schema.tables
    assert [c.name for c in table.columns] == ["identifier", "report", "notes"]
    outcome = scenario.drift("ALTER TABLE run RENAME COLUMN report TO report_json").reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(COLUMN_REPLACED_BY_A_PROPERTY).lstrip("\n").replace(
        '_report = Column("report", Text', '_report = Column("report_json", Text')


# polarsource/polar: a ``@declared_attr`` that imports its model first, then returns a
# ``column_property`` of a scalar subquery (a read-only expression, no column of the table);
# and one that imports first and returns a real column, read as a column.
DECLARED_ATTR_IMPORTING_FIRST = {
    "models.py": """
        from sqlalchemy import ForeignKey, Integer, func, select
        from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, declared_attr, mapped_column


        class Base(DeclarativeBase):
            pass


        class Wallet(Base):
            __tablename__ = "wallets"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)

            @declared_attr
            def balance(cls) -> Mapped[int]:
                from .ledger import Entry

                return column_property(
                    select(func.coalesce(func.sum(Entry.amount), 0)).where(Entry.wallet_id == cls.id)
                    .correlate_except(Entry).scalar_subquery()
                )

            @declared_attr
            def entry_id(cls) -> Mapped[int]:
                from .ledger import Entry

                return mapped_column(ForeignKey(Entry.id), nullable=False)
        """,
    "ledger.py": """
        from sqlalchemy import ForeignKey, Integer
        from sqlalchemy.orm import Mapped, mapped_column

        from .models import Base


        class Entry(Base):
            __tablename__ = "entries"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            wallet_id: Mapped[int] = mapped_column(Integer)
            amount: Mapped[int] = mapped_column(Integer)
        """,
}


def test_a_declared_attr_importing_first_is_read_by_what_it_returns(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, DECLARED_ATTR_IMPORTING_FIRST).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    wallets = next(t for t in models.schema.tables if t.name == "wallets")
    assert [(c.name, c.type.name, c.nullable) for c in wallets.columns] == [
        ("id", "integer", False), ("entry_id", "integer", False)]
    assert [a.kind for a in scenario.plan().actions] == []


# polarsource/polar: abstract mixins that single-table subclasses take, redeclaring the base's
# columns with ``use_existing_column=True`` and an annotation that maps to no type
# (``Mapped[None]``, a Python enum outside the type map): the table's own column is the one,
# and what the annotation would make of itself does not matter.
EXISTING_COLUMNS_FROM_A_MIXIN = """
    import enum
    from typing import Any

    from sqlalchemy import Integer, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Interval(enum.Enum):
        month = "month"
        year = "year"


    class Price(Base):
        __tablename__ = "prices"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        kind: Mapped[str] = mapped_column(String(20))
        interval: Mapped[Any] = mapped_column(String, nullable=True, default=None)

        __mapper_args__ = {"polymorphic_on": "kind"}


    class LegacyPrice:
        __abstract__ = True

        interval: Mapped[Interval] = mapped_column(use_existing_column=True, nullable=True)


    class NewPrice:
        __abstract__ = True

        interval: Mapped[None] = mapped_column(use_existing_column=True, nullable=True, default=None)


    class FixedPrice(NewPrice, Price):
        __mapper_args__ = {"polymorphic_identity": "fixed"}


    class LegacyFixedPrice(LegacyPrice, Price):
        __mapper_args__ = {"polymorphic_identity": "legacy_fixed"}
    """


def test_use_existing_columns_of_a_mixin_on_single_table_subclasses_need_no_type(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, EXISTING_COLUMNS_FROM_A_MIXIN)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [table] = models.schema.tables
    assert [(c.name, c.type.name) for c in table.columns] == [
        ("id", "integer"), ("kind", "character varying"), ("interval", "character varying")]


# polarsource/polar: a column's type is a TypeDecorator of a project module the reader cannot
# parse (newer syntax than the running Python): the note names that module and why.
TYPE_FROM_AN_UNREADABLE_MODULE = {
    "models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        from .taxes import TaxIDType

        Base = declarative_base()


        class Customer(Base):
            __tablename__ = "customers"
            id = Column(Integer, primary_key=True)
            tax_id = Column(TaxIDType, nullable=True)
        """,
    "taxes.py": """
        from sqlalchemy import TypeDecorator
        from sqlalchemy.dialects.postgresql import JSONB


        class TaxIDType(TypeDecorator):
            impl = JSONB
            cache_ok = True


        def check(value):
            try:
                return value
            except ValueError, TypeError:
                return None
        """,
}


def test_a_type_from_a_module_that_cannot_be_read_is_a_note_naming_it(tmp_path):
    for name, text in TYPE_FROM_AN_UNREADABLE_MODULE.items():
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    models = read_models(tmp_path / "models.py")
    [note] = models.unresolved
    assert note.line == 12 and note.message.startswith(
        f"tax_id: type `TaxIDType` is imported from {tmp_path / 'taxes.py'}, which cannot be read (syntax error: ")


# gothinkster/flask-realworld-example-app (cookiecutter-flask's database module): a helper that
# makes a foreign key column of a table's name, its target ``'{0}.{1}'.format(tablename,
# pk_name)`` and its type the target's: "not static", "no type", never compared.
REFERENCE_COL_HELPER = {
    "database.py": """
        from sqlalchemy import Column, ForeignKey
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        def reference_col(tablename, nullable=False, pk_name="id", **kwargs):
            return Column(ForeignKey("{0}.{1}".format(tablename, pk_name)), nullable=nullable, **kwargs)


        def keyed_col(tablename, key):
            return Column(ForeignKey("{table}.{}".format(key, table=tablename)))
        """,
    "models.py": """
        from sqlalchemy import Column, Integer, String

        from .database import Base, keyed_col, reference_col


        class User(Base):
            __tablename__ = "users"

            id = Column(Integer, primary_key=True)
            handle = Column(String(40), unique=True)


        class Article(Base):
            __tablename__ = "article"

            id = Column(Integer, primary_key=True)
            author_id = reference_col("users")
            editor_id = reference_col("users", nullable=True)
            handle = keyed_col("users", "handle")
        """,
}


def test_a_foreign_key_target_formatted_from_a_helpers_arguments_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, REFERENCE_COL_HELPER, metadata="app.database:Base.metadata").create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    article = next(t for t in models.schema.tables if t.name == "article")
    assert [(c.name, c.type.name, c.nullable) for c in article.columns] == [
        ("id", "integer", False), ("author_id", "integer", False), ("editor_id", "integer", True),
        ("handle", "character varying", True)]
    assert [(fk.columns, fk.target_table, fk.target_columns) for fk in article.foreign_keys] == [
        (("author_id",), "users", ("id",)), (("editor_id",), "users", ("id",)), (("handle",), "users", ("handle",))]
    assert [a.kind for a in scenario.plan().actions] == []


# rucio/rucio: a class's primary key and foreign keys in a ``__table_args__`` the reader cannot
# follow (a function builds it): the plan set ``primary_key=True`` on the key's columns, added a
# ``ForeignKey`` beside the hidden ``ForeignKeyConstraint`` and overrode a mixin's column made NOT
# NULL by the hidden key, where nothing had drifted. An item the database has and such a class
# seems to lack is a note, as its indexes already were.
TABLE_ARGS_OF_A_FUNCTION_HOLD_THE_KEYS = """
    from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, String
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    def keys(*items):
        return (*items, {"mysql_engine": "InnoDB"})


    class Stamped:
        @declared_attr
        def created_at(cls):
            return Column(DateTime)


    class Account(Base):
        __tablename__ = "accounts"

        name = Column(String(25), primary_key=True)


    class Replica(Base, Stamped):
        __tablename__ = "replicas"
        __table_args__ = keys(PrimaryKeyConstraint("scope", "name", "created_at"),
                              ForeignKeyConstraint(["account"], ["accounts.name"]))

        scope = Column(String(25))
        name = Column(String(250))
        account = Column(String(25))


    class Lock(Base):
        __tablename__ = "locks"
        __table_args__ = keys(ForeignKeyConstraint(["scope", "name", "created_at"],
                                                   ["replicas.scope", "replicas.name", "replicas.created_at"]))

        id = Column(Integer, primary_key=True)
        scope = Column(String(25))
        name = Column(String(250))
        created_at = Column(DateTime)
    """


def test_keys_in_table_args_the_reader_cannot_follow_are_notes_not_edits(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_ARGS_OF_A_FUNCTION_HOLD_THE_KEYS}).create_from_models()
    plan = scenario.plan()
    assert [(a.kind, a.class_name, getattr(a, "attribute", "")) for a in plan.actions if a.kind != "db-sql"] == []
    assert plan.by_hand == ()  # on the database the models made nothing drifted: no task for a person
    notes = "\n".join(plan.notes)
    assert "replicas.scope is part of the primary key in the database, not in the model; not changed: " in notes
    assert "foreign key in the database: accounts(name); in the model: no foreign key; not changed" in notes
    assert "may declare the primary key among the table's items, which the reader cannot follow" in notes
    assert "foreign key in the database: replicas(scope, name, created_at); in the model: no foreign key; " \
        "not changed" in notes  # digitalmarketplace: a composite key too


# rucio/rucio: every class takes ``ModelBase``, whose declared_attr ``__table_args__`` returns the
# class's own ``_table_args`` with CHECK constraints and MySQL options added, branch by branch
# (``if cls.__tablename__ == ...: return cls._table_args + (...)``): "__table_args__ is computed",
# so no primary key, foreign key or index of the 71 tables was read. The items are each class's
# ``_table_args``, and the edits go there: a renamed column's index names it by its new name, and
# a new index joins the tuple (a ``__table_args__`` of the class's own would replace the base's).
TABLE_ARGS_FROM_A_CLASS_ATTRIBUTE = """
    from datetime import datetime
    from typing import Optional

    from sqlalchemy import CheckConstraint, DateTime, ForeignKeyConstraint, Index, PrimaryKeyConstraint, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

    COMMON = {"mysql_engine": "InnoDB"}


    class Base(DeclarativeBase):
        pass


    class Stamped:
        @declared_attr
        def __table_args__(cls):
            if cls.__tablename__ == "replicas":
                return cls._table_args + (CheckConstraint("created_at IS NOT NULL", "REPLICAS_CREATED_NN"), COMMON)
            return cls._table_args + (
                CheckConstraint("created_at IS NOT NULL", name=cls.__tablename__.upper() + "_CREATED_NN"),
                {"mysql_engine": "InnoDB"},
            )

        @declared_attr
        def created_at(cls) -> Mapped[datetime]:
            return mapped_column(DateTime, default=datetime.utcnow)


    class Account(Base, Stamped):
        __tablename__ = "accounts"
        name: Mapped[str] = mapped_column(String(25))
        email: Mapped[Optional[str]] = mapped_column(String(255))
        _table_args = (PrimaryKeyConstraint("name", name="ACCOUNTS_PK"),)


    class Replica(Base, Stamped):
        __tablename__ = "replicas"
        scope: Mapped[str] = mapped_column(String(25))
        name: Mapped[str] = mapped_column(String(250))
        account: Mapped[str] = mapped_column(String(25))
        expires_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
        _table_args = (PrimaryKeyConstraint("scope", "name", "created_at", name="REPLICAS_PK"),
                       ForeignKeyConstraint(["account"], ["accounts.name"], name="REPLICAS_ACCOUNT_FK"),
                       Index("REPLICAS_EXPIRES_AT_IDX", "expires_at"))
    """


def test_table_items_a_base_takes_from_a_class_attribute_are_read_and_edited_there(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLE_ARGS_FROM_A_CLASS_ATTRIBUTE)
    models = read_models(scenario.package)
    assert models.unresolved == () and models.hidden_items == ()
    replicas = next(t for t in models.schema.tables if t.name == "replicas")
    assert replicas.primary_key.columns == ("scope", "name", "created_at")
    assert [(fk.name, fk.columns, fk.target_table) for fk in replicas.foreign_keys] == [
        ("REPLICAS_ACCOUNT_FK", ("account",), "accounts")]
    assert [(i.name, i.columns) for i in replicas.indexes] == [("REPLICAS_EXPIRES_AT_IDX", ("expires_at",))]
    scenario.drift(
        "ALTER TABLE replicas RENAME COLUMN expires_at TO expiry;"
        'CREATE INDEX "REPLICAS_ACCOUNT_IDX" ON replicas (account)'
    )
    plan = scenario.plan()
    assert [(Path(file).name, name, attribute) for file, name, attribute in plan.items_attributes] == [
        ("models.py", "Replica", "_table_args")]
    assert Plan.from_json(plan.to_json()) == plan  # a saved plan edits the same statement
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert """
    expires_at: Mapped[Optional[datetime]] = mapped_column("expiry", DateTime)
    _table_args = (PrimaryKeyConstraint("scope", "name", "created_at", name="REPLICAS_PK"),
                   ForeignKeyConstraint(["account"], ["accounts.name"], name="REPLICAS_ACCOUNT_FK"),
                   Index("REPLICAS_EXPIRES_AT_IDX", "expiry"),
                   Index("REPLICAS_ACCOUNT_IDX", "account"))
""" in outcome.after["models.py"], outcome.after["models.py"]
    assert "__table_args__ = (" not in outcome.after["models.py"]


# gnocchixyz/gnocchi: a mixin's declared_attr ``__table_args__`` returns a CHECK constraint named
# from ``cls.__tablename__`` and the module's options dict (``(CheckConstraint(..., name="ck_{}_..."
# .format(cls.__tablename__)), COMMON_TABLES_ARGS)``): "__table_args__ is computed", and the tables
# said to hide their items. CHECK constraints and options are all it gives: nothing compared is
# hidden.
CHECKS_AND_OPTIONS_PER_CLASS = """
    import sqlalchemy
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()
    COMMON_TABLES_ARGS = {"mysql_charset": "utf8", "mysql_engine": "InnoDB"}


    class ResourceMixin:
        @declared_attr
        def __table_args__(cls):
            return (sqlalchemy.CheckConstraint(
                "started_at <= ended_at", name="ck_{}_started_before_ended".format(cls.__tablename__)),
                COMMON_TABLES_ARGS)

        started_at = sqlalchemy.Column(sqlalchemy.DateTime, nullable=False)
        ended_at = sqlalchemy.Column(sqlalchemy.DateTime)


    class Owner(Base):
        __tablename__ = "owner"
        id = sqlalchemy.Column(sqlalchemy.Integer, primary_key=True)


    class Resource(ResourceMixin, Base):
        __tablename__ = "resource"
        id = sqlalchemy.Column(sqlalchemy.Integer, primary_key=True)
        owner_id = sqlalchemy.Column(sqlalchemy.Integer)
    """


def test_a_declared_attr_of_checks_and_options_hides_no_item(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CHECKS_AND_OPTIONS_PER_CLASS)
    models = read_models(scenario.package)
    assert models.unresolved == () and models.hidden_items == ()
    table = next(t for t in models.schema.tables if t.name == "resource")
    assert [c.expression for c in table.check_constraints] == ["started_at <= ended_at"]
    outcome = scenario.drift("ALTER TABLE resource ADD FOREIGN KEY (owner_id) REFERENCES owner (id)").reconcile()
    assert outcome.problems() == []
    assert [a.kind for a in outcome.plan.actions] == ["foreign-key"]


# abilian/abilian-core: ``class Principal(IdMixin, TimestampedMixin, Indexable)`` takes the mixin
# ``Indexable`` of its package's ``base`` module, and a test module maps a model of that name
# (``class Indexable(IdMixin, CoreIndexable, Model): __tablename__ = "sa_indexable"``). The model
# replaced the mixin under the name, Principal became its single-table subclass, and ``User(Principal,
# db.Model)`` lost the columns its bases give (id, created_at...): the plan would add them again.
A_MIXIN_AND_A_MODEL_OF_ONE_NAME = {
    "__init__.py": "",
    "base.py": """
        from datetime import datetime

        from sqlalchemy import Column, DateTime, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class IdMixin:
            id = Column(Integer, primary_key=True)


        class TimestampedMixin:
            created_at = Column(DateTime, default=datetime.utcnow)


        class Indexable:
            __indexable__ = True
        """,
    "subjects.py": """
        from sqlalchemy import Column, UnicodeText

        from .base import Base, IdMixin, Indexable, TimestampedMixin


        class Principal(IdMixin, TimestampedMixin, Indexable):
            pass


        class User(Principal, Base):
            __tablename__ = "user"
            email = Column(UnicodeText, nullable=False)
        """,
    "test_adapter.py": """
        from .base import Base, IdMixin


        class Indexable(IdMixin, Base):
            __tablename__ = "sa_indexable"
        """,
    "models.py": """
        from .base import Base
        from .subjects import User
        from .test_adapter import Indexable
        """,
}


def test_a_mixin_a_class_imports_is_its_base_beside_a_model_of_the_same_name(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_MIXIN_AND_A_MODEL_OF_ONE_NAME).create_from_models()
    models = read_models(scenario.package)
    user = models.schema.table("user")
    assert sorted(c.name for c in user.columns) == ["created_at", "email", "id"]
    assert {c.class_name: c.kind for c in models.classes}["Principal"] == "mixin"
    assert [(a.kind, a.class_name) for a in scenario.plan().actions if a.kind != "db-sql"] == []


# abilian/abilian-core: ``class Entity(Indexable, BaseMixin, Model, metaclass=EntityMeta)``, whose
# metaclass gives every subclass an ``id`` column when the class is made (``d["id"] =
# _EntityInherit.id``); and indexes made by functions over classes' attributes (``def
# _postgres_indexes1(): ... Index(name("user_role"), RoleAssignment.user_id, ...)``, called at
# module level, and a ``@listens_for(User, "mapper_configured")`` listener). The plan mapped the
# id each Entity subclass's table has as ``id_2 = Column("id", ...)`` (SQLAlchemy refused the
# models) and declared the indexes again. Both are the reader's blind spots, said: the columns a
# metaclass may add and the items of the tables such functions index are notes.
METACLASS_AND_FUNCTION_INDEXES = """
    from sqlalchemy import Column, ForeignKey, Index, Integer, String, func
    from sqlalchemy.event import listens_for
    from sqlalchemy.orm import DeclarativeMeta, declarative_base

    Base = declarative_base()


    class EntityMeta(DeclarativeMeta):
        def __new__(mcs, classname, bases, d):
            if classname != "Entity":
                d["id"] = Column(Integer, ForeignKey("entity.id"), primary_key=True)
            return DeclarativeMeta.__new__(mcs, classname, bases, d)


    class Entity(Base, metaclass=EntityMeta):
        __tablename__ = "entity"
        id = Column(Integer, primary_key=True)
        kind = Column(String(40))
        __mapper_args__ = {"polymorphic_on": kind}


    class Comment(Entity):
        __tablename__ = "comment"
        __mapper_args__ = {"polymorphic_identity": "comment"}
        body = Column(String(200))


    class Person(Base):
        __tablename__ = "person"
        id = Column(Integer, primary_key=True)
        email = Column(String(120))
        role = Column(String(20))


    def _person_indexes():
        P = Person
        return [Index("ix_person_role_unique", P.role, unique=True)]


    _person_indexes()


    @listens_for(Person, "mapper_configured", propagate=True)
    def _email_index(mapper, cls):
        Index("person_unique_lower_email", func.lower(cls.email), unique=True)
    """


def test_columns_a_metaclass_may_add_and_indexes_functions_make_are_notes(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, METACLASS_AND_FUNCTION_INDEXES)
    models = read_models(scenario.package)
    [meta] = [u for u in models.unresolved if "metaclass" in u.message]
    assert meta.message.startswith("Entity: its metaclass EntityMeta (") and "may add columns" in meta.message
    assert {name for name, _ in models.hidden} == {"Entity", "Comment"}
    [(table, _, file, line)] = models.hidden_items
    assert table == "person" and Path(file).read_text().splitlines()[line - 1] == "def _person_indexes():"


# Pagure/pagure: ``"ix": "ix_%(table_name)s_%(column_0_label)s"`` repeats the table's name, so a
# plugin table's ``index=True`` name passes 63 characters and SQLAlchemy cuts it with a hash
# (``ix_hook_pagure_no_new_branches_hook_pagure_no_new_branc_8325``). The reader took such a name
# for one the convention cannot give and fell back to ``ix_<label>``: a new index and a dropped one
# where nothing had drifted. The same for a unique constraint and a foreign key of long names.
LONG_CONVENTION_NAMES = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base(metadata=sa.MetaData(naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_label)s",
        "fk": "fk_%(table_name)s_%(column_0_label)s_%(referred_table_name)s",
    }))


    class Repository(Base):
        __tablename__ = "repository"

        id = sa.Column(sa.Integer, primary_key=True)


    class RepositoryNotificationHookSetting(Base):
        __tablename__ = "repository_notification_hook_setting"

        id = sa.Column(sa.Integer, primary_key=True)
        repository_id = sa.Column(sa.Integer, sa.ForeignKey("repository.id"), unique=True, index=True)
        channel_address = sa.Column(sa.String(200), unique=True)
    """


def test_a_conventional_name_over_63_characters_is_cut_as_sqlalchemy_cuts_it(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LONG_CONVENTION_NAMES)
    table = read_schema(scenario.url).table("repository_notification_hook_setting")
    names = [*(i.name for i in table.indexes), *(u.name for u in table.unique_constraints),
             *(f.name for f in table.foreign_keys)]
    # the plan (no action above) took these, cut to 55 characters and a hash, for the model's
    assert sorted(len(name) for name in names) == [60, 60, 60], names
    assert all(name.startswith(("ix_", "uq_", "fk_")) for name in names), names


# tracim/tracim: isort's ``force_single_line`` (one name per ``from`` statement, in the whole
# file), a length from a class constant (``Unicode(length=MAX_TAG_NAME_LENGTH)``), ``unique=False``
# said on columns. A column made ``text`` by hand was left to the user ("the constant other
# columns may share"), though ``Text`` takes no constant; ``index=True`` took ``unique=False`` away.
SINGLE_LINE_IMPORTS = """
    from sqlalchemy import Column
    from sqlalchemy import Integer
    from sqlalchemy import Sequence
    from sqlalchemy import Unicode
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Tag(Base):
        __tablename__ = "tag"
        MAX_LENGTH = 255

        tag_id = Column(Integer, Sequence("seq__tag__tag_id"), primary_key=True)
        tag_name = Column(Unicode(length=MAX_LENGTH), nullable=False)
        rank = Column(Integer, unique=False)
    """


def test_a_type_without_numbers_replaces_a_constant_length_in_a_file_of_single_line_imports(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, SINGLE_LINE_IMPORTS)
    scenario.drift("ALTER TABLE tag ALTER COLUMN tag_name TYPE text; CREATE INDEX ix_tag_rank ON tag (rank)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(SINGLE_LINE_IMPORTS).lstrip("\n").replace(
        "from sqlalchemy import Unicode\n", "from sqlalchemy import Text\n").replace(
        "tag_name = Column(Unicode(length=MAX_LENGTH), nullable=False)",
        "tag_name = Column(Text, nullable=False)").replace(
        "unique=False)", "unique=False, index=True)")


def test_a_length_from_a_constant_is_still_left_to_the_user_for_a_new_length(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, SINGLE_LINE_IMPORTS)
    scenario.drift("ALTER TABLE tag ALTER COLUMN tag_name TYPE varchar(500)")
    plan = scenario.plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    [by_hand] = plan.by_hand
    assert "MAX_LENGTH (a constant other columns may share)" in by_hand.message, by_hand.message


# LinOTP/LinOTP: two columns named by module-level f-strings of a prefix another module
# defines (``session_column = f"{COL_PREFIX}session"``, for Oracle's reserved words): read as
# types, the columns were unknown; and a file that names every column in its call
# (``name = Column("name", ...)``) got a new column that did not.
PREFIXED_NAMES = {
    "db.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        COL_PREFIX = ""
        """,
    "models.py": """
        from sqlalchemy import Column, DateTime, Integer, String

        from app.db import COL_PREFIX, Base

        session_column = f"{COL_PREFIX}session"
        timestamp_column = f"{COL_PREFIX}timestamp"


        class Challenge(Base):
            __tablename__ = "challenges"

            id = Column("id", Integer(), primary_key=True)
            transid = Column("transid", String(64), nullable=False)
            ptransid = Column("ptransid", String(64))
            odata = Column("data", String(512), default="")
            tokenserial = Column("tokenserial", String(64), default="")
            session = Column(session_column, String(512), default="")
            timestamp = Column(timestamp_column, DateTime)
        """,
}


def test_a_column_named_by_an_f_string_of_an_imported_prefix_is_read_and_new_columns_name_themselves(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PREFIXED_NAMES).create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TABLE challenges ALTER COLUMN session TYPE varchar(1024);"
                   " ALTER TABLE challenges ALTER COLUMN timestamp SET NOT NULL;"
                   " ALTER TABLE challenges ADD COLUMN received_count integer")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == textwrap.dedent(PREFIXED_NAMES["models.py"]).lstrip("\n").replace(
        "session = Column(session_column, String(512),", "session = Column(session_column, String(1024),").replace(
        "timestamp = Column(timestamp_column, DateTime)",
        'timestamp = Column(timestamp_column, DateTime, nullable=False)\n'
        '    received_count = Column("received_count", Integer())')


# thoth-station/storages: ``ENUM(EnvironmentTypeEnum.RUNTIME.value, EnvironmentTypeEnum.BUILDTIME.value,
# name="environment_type")``, labels written as the members' values: "labels that are not
# literals", the column's type not compared.
ENUM_OF_MEMBER_VALUES = """
    from enum import Enum

    from sqlalchemy import Column, Integer
    from sqlalchemy.dialects.postgresql import ENUM
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class EnvironmentType(Enum):
        RUNTIME = "RUNTIME"
        BUILDTIME = "BUILDTIME"


    class SoftwareEnvironment(Base):
        __tablename__ = "software_environment"

        id = Column(Integer, primary_key=True)
        environment_type = Column(
            ENUM(EnvironmentType.RUNTIME.value, EnvironmentType.BUILDTIME.value, name="environment_type"),
            nullable=False,
        )
    """


def test_enum_labels_written_as_members_values_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ENUM_OF_MEMBER_VALUES)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(e.name, e.labels) for e in models.schema.enums] == [("environment_type", ("RUNTIME", "BUILDTIME"))]
    plan = scenario.drift("ALTER TYPE environment_type ADD VALUE 'TEST'").plan()
    assert [a.kind for a in plan.code_actions] == []
    [by_hand] = plan.by_hand
    assert "written with EnvironmentType.RUNTIME.value, EnvironmentType.BUILDTIME.value" in by_hand.message


SHARED_ENUM_CONSTANT = """
    from sqlalchemy import Column, Integer
    from sqlalchemy.dialects.postgresql import ENUM
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    _ENVIRONMENT_TYPE = ENUM("RUNTIME", "BUILDTIME", name="environment_type", create_type=True)


    class SoftwareEnvironment(Base):
        __tablename__ = "software_environment"

        id = Column(Integer, primary_key=True)
        environment_type = Column(_ENVIRONMENT_TYPE, nullable=False)


    class ExternalSoftwareEnvironment(Base):
        __tablename__ = "external_software_environment"

        id = Column(Integer, primary_key=True)
        environment_type = Column(_ENVIRONMENT_TYPE, nullable=False)
    """


def test_enum_labels_of_a_type_columns_share_go_into_its_statement(pg, tmp_path):
    # thoth-station/storages: ``_ENVIRONMENT_TYPE_ENUM = ENUM(...)`` at module level, the type of
    # several tables' columns: each column's type was replaced by an ``Enum(...)`` of its own; then
    # a by-hand item for each column; now the statement gets the label, once
    scenario = _no_drift(tmp_path, pg, SHARED_ENUM_CONSTANT)
    outcome = scenario.drift("ALTER TYPE environment_type ADD VALUE 'TEST'").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("type", "_ENVIRONMENT_TYPE")]
    assert outcome.plan.by_hand == ()
    assert '_ENVIRONMENT_TYPE = ENUM("RUNTIME", "BUILDTIME", "TEST", name="environment_type", create_type=True)\n' \
        in outcome.after["models.py"]
    assert outcome.problems() == []


# CentOS/duffy: partial unique indexes whose ``postgresql_where`` is a module constant. The reader
# took the table's indexes for unknown when it could not render one: an index made by hand on
# another column was a note only. (duffy's own constant, an ``and_(...)`` of ``Column("x") == None``
# clauses, is read now; one a function of the project builds is not.)
UNREAD_INDEX_PREDICATE = """
    from sqlalchemy import Column, Index, Integer, MetaData, Text, UnicodeText, and_
    from sqlalchemy.orm import declarative_base

    Base = declarative_base(metadata=MetaData(naming_convention={"ix": "%(column_0_N_label)s_index"}))


    def _clause(*clauses):
        return and_(*clauses)


    INDEX_UNIQUENESS_CLAUSE = _clause(
        Column("retired_at") == None,  # noqa: E711
        Column("state") != "provisioning",
    )


    class Node(Base):
        __tablename__ = "nodes"
        __table_args__ = (
            Index("active_hostname_index", "hostname", unique=True, postgresql_where=INDEX_UNIQUENESS_CLAUSE),
        )

        id = Column(Integer, primary_key=True, nullable=False)
        hostname = Column(Text, nullable=True)
        state = Column(Text, nullable=True)
        retired_at = Column(Integer, nullable=True)
        comment = Column(UnicodeText, nullable=True)
    """


def test_an_index_whose_predicate_is_not_read_leaves_the_tables_other_indexes_compared(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, UNREAD_INDEX_PREDICATE)
    outcome = scenario.drift("CREATE INDEX nodes_comment_index ON nodes (comment)").reconcile()
    assert outcome.problems() == []
    assert "comment = Column(UnicodeText, nullable=True, index=True)" in outcome.after["models.py"]
    plan = scenario.drift("DROP INDEX active_hostname_index").plan()
    assert [a.kind for a in plan.code_actions] == []  # the index not read is not compared


def test_an_index_whose_predicate_is_a_module_constant_of_sql_is_compared(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, UNREAD_INDEX_PREDICATE.replace("_clause(\n", "and_(\n"))
    outcome = scenario.drift("DROP INDEX active_hostname_index").reconcile()
    assert outcome.problems() == []
    assert "Index(" not in outcome.after["models.py"]


# release-engineering/exodus-gw: uuid keys written ``Uuid(as_uuid=False)`` with ``Mapped[str]``. A
# generated class spelled its uuid column the project's way but annotated it ``Mapped[uuid.UUID]``,
# which SQLAlchemy does not give for ``as_uuid=False`` (type checkers then believe the wrong type).
UUID_AS_STR = """
    import uuid

    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
    from sqlalchemy.types import Uuid


    class Base(DeclarativeBase):
        pass


    class Publish(Base):
        __tablename__ = "publishes"

        id: Mapped[str] = mapped_column(Uuid(as_uuid=False), primary_key=True, default=lambda: str(uuid.uuid4()))
        env: Mapped[str] = mapped_column(String)


    class Task(Base):
        __tablename__ = "tasks"

        id: Mapped[str] = mapped_column(Uuid(as_uuid=False), primary_key=True)
        state: Mapped[str] = mapped_column(String)
    """


def test_a_new_uuid_column_spelled_as_str_is_annotated_str(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, UUID_AS_STR)
    outcome = scenario.drift("CREATE TABLE publish_notes (id serial PRIMARY KEY,"
                             " publish_id uuid NOT NULL REFERENCES publishes (id), body text NOT NULL)").reconcile()
    assert outcome.problems() == []
    assert "    publish_id: Mapped[str] = mapped_column(Uuid(as_uuid=False), ForeignKey(\"publishes.id\"))\n" \
        in outcome.after["models.py"], outcome.after["models.py"]


# Ouranosinc/Magpie: ``sa.Enum(TokenOperation, name=TokenOperation.__name__, length=32)``: "no
# literal name=", the column not compared.
ENUM_NAMED_BY_CLASS_NAME = """
    import enum

    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class TokenOperation(enum.Enum):
        GROUP_ACCEPT_TERMS = "group-accept-terms"
        USER_PASSWORD_RESET = "user-password-reset"


    class TemporaryToken(Base):
        __tablename__ = "tmp_tokens"

        id = sa.Column(sa.Integer(), primary_key=True)
        operation = sa.Column(sa.Enum(TokenOperation, name=TokenOperation.__name__, length=32), nullable=False)
    """


def test_an_enum_named_by_its_class_name_attribute_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ENUM_NAMED_BY_CLASS_NAME)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(e.name, e.labels) for e in models.schema.enums] == [
        ("TokenOperation", ("GROUP_ACCEPT_TERMS", "USER_PASSWORD_RESET"))]
    outcome = scenario.drift("ALTER TABLE tmp_tokens ALTER COLUMN operation DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "operation = sa.Column(sa.Enum(TokenOperation, name=TokenOperation.__name__, length=32), nullable=True)" \
        in outcome.after["models.py"]


# alphagov/emergency-alerts-api: ``UniqueConstraint(broadcast_event_id, provider)`` written alone in
# the class body: its columns attach it to the table, so create_all makes it; the reader read only an
# ``Index`` there (a unique constraint "in the database, not in the model" where nothing drifted). An
# item naming its columns as strings only is attached to nothing, and not read.
BODY_CONSTRAINT = """
    from sqlalchemy import Column, Index, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class ProviderMessage(Base):
        __tablename__ = "provider_message"

        id = Column(Integer, primary_key=True)
        event_id = Column(Integer)
        provider = Column(String)

        UniqueConstraint(event_id, provider)
        Index("ix_provider_message_provider", "provider")  # attached to nothing: no index
    """


def test_a_unique_constraint_on_class_body_columns_is_read_and_one_of_strings_is_not(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, BODY_CONSTRAINT)
    [table] = read_models(scenario.package).schema.tables
    assert [u.columns for u in table.unique_constraints] == [("event_id", "provider")]
    assert table.indexes == ()


# pinterest/querybook: ``class DataTable(TruncateString("name", "type"), Base)``, a base made by a
# function of the project that defines and returns a class of ``@validates`` methods only. The reader
# took its columns for unseen ("an expression the reader does not follow"): a column added by hand
# was a note. A factory whose class makes columns stays unseen.
CLASS_FACTORY_BASE = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base, validates

    Base = declarative_base()


    def TruncateString(*fields):
        class TruncateStringMixin:
            @validates(*fields)
            def validate_string_field_length(self, key, value):
                max_len = getattr(self.__class__, key).prop.columns[0].type.length
                return value[:max_len] if value and len(value) > max_len else value

        return TruncateStringMixin


    def Stamped():
        class StampedMixin:
            stamp = Column(Integer)

        return StampedMixin


    class DataTable(TruncateString("name"), Base):
        __tablename__ = "data_table"

        id = Column(Integer, primary_key=True)
        name = Column(String(255))


    class DataSchema(Stamped(), Base):
        __tablename__ = "data_schema"

        id = Column(Integer, primary_key=True)
    """


def test_a_base_made_by_a_class_factory_that_maps_nothing_hides_nothing(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CLASS_FACTORY_BASE)
    models = read_models(scenario.package)
    assert [u.message.split(":")[0] for u in models.unresolved] == ["DataSchema"]  # Stamped() makes a column
    outcome = scenario.drift("ALTER TABLE data_table ADD COLUMN owner varchar(255)").reconcile()
    assert outcome.problems() == []
    assert '    name = Column(String(255))\n    owner = Column(String(255))\n' in outcome.after["models.py"]


# Pagure/pagure: ``relationship as relation``, with ``secondary="tags_issues_colored"`` and
# ``secondaryjoin="tags_issues_colored.c.tag_id==tags_colored.c.id"``: strings SQLAlchemy looks
# tables up in by name. The reader did not see relationships called by their alias, and a table
# renamed in the database kept its old name there: the models no longer configured.
TABLES_NAMED_IN_RELATIONSHIP_STRINGS = """
    import sqlalchemy as sa
    from sqlalchemy.orm import backref, declarative_base, relationship as relation

    BASE = declarative_base()


    class TagColored(BASE):
        __tablename__ = "tags_colored"

        id = sa.Column(sa.Integer, primary_key=True)
        tag = sa.Column(sa.String(255), nullable=False)


    class TagIssueColored(BASE):
        __tablename__ = "tags_issues_colored"

        tag_id = sa.Column(sa.Integer, sa.ForeignKey("tags_colored.id"), primary_key=True)
        issue_id = sa.Column(sa.Integer, sa.ForeignKey("issues.id"), primary_key=True)


    class Issue(BASE):
        __tablename__ = "issues"

        id = sa.Column(sa.Integer, primary_key=True)
        tags = relation(
            "TagColored",
            secondary="tags_issues_colored",
            primaryjoin="issues.c.id==tags_issues_colored.c.issue_id",
            secondaryjoin="tags_issues_colored.c.tag_id==tags_colored.c.id",
            backref=backref("tags_colored", viewonly=True),
            viewonly=True,
        )
    """


def test_a_renamed_table_is_renamed_in_the_strings_of_relationships_called_by_an_alias(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLES_NAMED_IN_RELATIONSHIP_STRINGS, metadata="app.models:BASE.metadata")
    [issue_tags] = [r for r in read_models(scenario.package).relationships if r.attribute == "tags"]
    assert issue_tags.tables_named == ("tags_issues_colored", "issues", "tags_colored")
    outcome = scenario.drift("ALTER TABLE tags_colored RENAME TO colored_tags;"
                             " ALTER TABLE tags_issues_colored RENAME TO colored_tags_issues").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert ('        secondary="colored_tags_issues",\n'
            '        primaryjoin="issues.c.id==colored_tags_issues.c.issue_id",\n'
            '        secondaryjoin="colored_tags_issues.c.tag_id==colored_tags.c.id",\n'
            '        backref=backref("tags_colored", viewonly=True),\n') in after  # the backref is a name


# ITISFoundation/osparc-simcore: ``column_created_datetime(timezone=False)`` in one table and
# ``(timezone=True)`` in another, the helper's ``sa.DateTime(timezone=timezone)`` read once for
# both: the type resolver's cache went by the helper's text, and the second table took the first
# call's type (a type edit where nothing drifted).
HELPER_CALLED_WITH_TWO_VALUES = """
    import sqlalchemy as sa

    metadata = sa.MetaData()


    def column_created_datetime(*, timezone: bool = True) -> sa.Column:
        return sa.Column("created", sa.DateTime(timezone=timezone), nullable=False, server_default=sa.func.now())


    runs = sa.Table("runs", metadata, sa.Column("id", sa.Integer, primary_key=True),
                    column_created_datetime(timezone=True))
    groups = sa.Table("groups", metadata, sa.Column("id", sa.Integer, primary_key=True),
                      column_created_datetime(timezone=False))
    """


def test_a_helper_called_with_two_values_gives_each_call_its_own_type(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, HELPER_CALLED_WITH_TWO_VALUES, metadata="app.models:metadata")
    schema = read_models(scenario.package).schema
    assert [(t.name, t.column("created").type.name) for t in schema.tables] == [
        ("groups", "timestamp without time zone"), ("runs", "timestamp with time zone")]


# miguelgrinberg/microblog, release-engineering/resultsdb (Flask-SQLAlchemy), kotti, timesketch: table
# names the classes are given (from the class name, by the base's declared_attr). A table renamed in
# the database had no __tablename__ to change: the rename was refused while the foreign keys to it
# followed the new name, and the models no longer configured. The class now says the new name.
GIVEN_TABLE_NAMES = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr


    class _Base:
        @declared_attr
        def __tablename__(cls):
            return cls.__name__.lower()


    Base = declarative_base(cls=_Base)


    class Post(Base):
        '''A post.'''

        id = Column(Integer, primary_key=True)
        title = Column(String(100))


    class Comment(Base):
        id = Column(Integer, primary_key=True)
        post_id = Column(Integer, ForeignKey("post.id"))
    """


def test_a_table_renamed_whose_class_is_given_its_name_gets_a_tablename(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, GIVEN_TABLE_NAMES)
    outcome = scenario.drift("ALTER TABLE post RENAME TO posts").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    '''A post.'''\n\n    __tablename__ = \"posts\"\n\n    id = Column(Integer, primary_key=True)\n" in after
    assert 'post_id = Column(Integer, ForeignKey("posts.id"))' in after


# quantopian/zipline: Core tables whose foreign keys name a column object
# (``sa.ForeignKey(equities.c.sid)``); a class's may name an attribute (``ForeignKey(Exchange.code)``).
# Such a key follows a rename of its table's name, so the rename alone is its fix; a key written
# as a string is rewritten to the new name.
KEYS_BY_OBJECT = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    metadata = Base.metadata


    class Exchange(Base):
        __tablename__ = "exchanges"

        code = sa.Column(sa.String(10), primary_key=True)


    equities = sa.Table(
        "equities",
        metadata,
        sa.Column("sid", sa.Integer, primary_key=True),
        sa.Column("exchange", sa.String(10), sa.ForeignKey(Exchange.code)),
    )

    mappings = sa.Table(
        "mappings",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sid", sa.Integer, sa.ForeignKey(equities.c.sid)),
        sa.Column("other_sid", sa.Integer, sa.ForeignKey("equities.sid")),
    )
    """


def test_a_foreign_key_naming_a_column_object_follows_a_table_rename(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, KEYS_BY_OBJECT, metadata="app.models:metadata")
    outcome = scenario.drift("ALTER TABLE equities RENAME TO equities_v2;"
                             " ALTER TABLE exchanges RENAME TO exchanges_v2").reconcile()
    assert outcome.problems() == []
    assert sorted((a.kind, a.table, getattr(a, "column", None)) for a in outcome.plan.actions) == [
        ("foreign-key", "mappings", "other_sid"), ("table-name", "equities_v2", None),
        ("table-name", "exchanges_v2", None)]
    after = outcome.after["models.py"]
    assert 'sa.Column("sid", sa.Integer, sa.ForeignKey(equities.c.sid)),' in after
    assert 'sa.Column("exchange", sa.String(10), sa.ForeignKey(Exchange.code)),' in after
    assert "sa.ForeignKey(\"equities_v2.sid\")" in after


def _converges_with(scenario: Scenario, sql: list[str]) -> Plan:
    """The plan's db-sql suggestions are ``sql``; once they run on the database after the
    apply, nothing is left to change and Alembic sees no difference. The plan."""
    outcome = scenario.reconcile(judged=False)
    assert [a.sql for a in outcome.plan.actions if a.kind == "db-sql"] == sql
    assert outcome.problems() == []
    if sql:
        scenario.drift("\n".join(sql))
    assert [(a.kind, a.reason) for a in scenario.plan().actions] == []
    assert judge(scenario.root, scenario.metadata, scenario.url).after == []
    return outcome.plan


# mealie-recipes/mealie, its ``recipes`` table renamed: the base gives every class ``created_at``
# with ``index=True``, which SQLAlchemy names after the table (``ix_recipes_v2_created_at``) while
# the database's index kept its name. The class cannot name an index it inherits; the database's
# index takes SQLAlchemy's name (a note said "change it by hand" and left the models unmatched).
def test_an_inherited_index_of_a_renamed_table_is_renamed_in_the_database(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INDEXED_BASE).drift("ALTER TABLE recipes RENAME TO recipes_v2")
    plan = _converges_with(scenario, ["ALTER INDEX ix_recipes_created_at RENAME TO ix_recipes_v2_created_at;"])
    assert [a.kind for a in plan.actions] == ["table-name", "db-sql"]
    assert "Recipe inherits index=True on created_at from Base" in plan.actions[1].reason


# jupyter-server/jupyverse on fastapi-users-db-sqlalchemy, its ``oauth_account`` table renamed: the
# mixin's ``index=True`` columns are in the ``else:`` of ``if TYPE_CHECKING:``. Their index items were
# left by hand as the columns' changes are, so the database's indexes (of the old table's names) were
# written as ``Index`` items beside the ones SQLAlchemy makes after the new name: the database's
# index takes SQLAlchemy's name, as an inherited ``index=True`` does.
# The same where the branch is the class's own.
TYPE_CHECKING_ELSE_OWN = TYPE_CHECKING_ELSE.replace(
    "class AccountColumns:", "class Account(Base):").replace(
    "    class Account(AccountColumns, Base):\n        nickname", "        nickname")


@pytest.mark.parametrize("models", [TYPE_CHECKING_ELSE, TYPE_CHECKING_ELSE_OWN], ids=["mixin", "own"])
def test_an_index_of_a_type_checking_branch_column_follows_a_table_rename_in_the_database(pg, tmp_path, models):
    scenario = _read_whole(tmp_path, pg, models).drift("ALTER TABLE accounts RENAME TO accounts_v2")
    plan = _converges_with(scenario, ["ALTER INDEX ix_accounts_email RENAME TO ix_accounts_v2_email;"])
    assert [a.kind for a in plan.actions] == ["table-name", "db-sql"]
    assert plan.by_hand == ()
    where = "AccountColumns" if models is TYPE_CHECKING_ELSE else "Account"
    assert (f"Account has index=True on email from the branch of `if TYPE_CHECKING: ... else:` of {where}, which "
            "the plan does not edit and SQLAlchemy names ix_accounts_v2_email after the table") in plan.actions[1].reason


# fedora-infra/webhook-to-fedora-messaging: ``Base`` is an installed library's (sqlalchemy-helpers),
# imported by the project's ``database.py`` and from there by the models; the library's metadata
# has a naming convention (``uq_%(table_name)s_%(column_0_name)s``), which was not read: the base
# was looked for in the project only. A mixin's ``unique=True`` then names the constraint after
# the table, so a table rename leaves the database's constraint under the old name.
LIBRARY_BASE = {
    "__init__.py": """
        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase

        from .conventions import NAMING_CONVENTION


        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention=NAMING_CONVENTION)
        """,
    "conventions.py": """
        NAMING_CONVENTION = {
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "pk": "pk_%(table_name)s",
        }
        """,
}

MODELS_ON_A_REEXPORTED_BASE = {
    "__init__.py": SITE_ON_PATH,
    "database.py": """
        from fakehelpers import Base

        __all__ = ["Base"]
        """,
    "models.py": """
        from sqlalchemy.orm import Mapped, mapped_column

        from .database import Base


        class UUIDMixin:
            uuid: Mapped[str] = mapped_column(unique=True)


        class Service(Base, UUIDMixin):
            __tablename__ = "services"

            id: Mapped[int] = mapped_column(primary_key=True)
            name: Mapped[str]
        """,
}


def test_a_library_base_imported_through_a_project_module_gives_its_naming_convention(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakehelpers", LIBRARY_BASE)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_REEXPORTED_BASE).create_from_models()
    models = read_models(scenario.package)
    assert dict(models.naming_convention)["uq"] == "uq_%(table_name)s_%(column_0_name)s"
    assert [a.kind for a in scenario.plan().actions] == []
    plan = _converges_with(scenario.drift("ALTER TABLE services RENAME TO services_v2"),
                           ["ALTER TABLE services_v2 RENAME CONSTRAINT uq_services_uuid TO uq_services_v2_uuid;"])
    assert [a.kind for a in plan.actions] == ["table-name", "db-sql"]
    assert "Service inherits unique=True on uuid from UUIDMixin" in plan.actions[1].reason


# openstack/mistral: index names computed from the class's table name in its own body
# (``sa.Index("%s_scope" % __tablename__, "scope")``). A rename of the table renames them in the
# model, not in the database: the item is given the database's name where it is (an Index of that
# name was added beside it, which still made a second index under the new table name).
NAMES_AFTER_TABLE = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Execution(Base):
        __tablename__ = "executions_v2"
        __table_args__ = (
            sa.Index("%s_scope" % __tablename__, "scope"),
            sa.Index(f"{__tablename__}_state", "state"),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        scope = sa.Column(sa.String(80))
        state = sa.Column(sa.String(20))
    """


def test_index_names_computed_from_the_table_name_keep_the_database_names_on_a_rename(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, NAMES_AFTER_TABLE)
    plan = _converges_with(scenario.drift("ALTER TABLE executions_v2 RENAME TO executions_v3"), [])
    assert [(a.kind, getattr(a, "written_name", None)) for a in plan.actions] == [
        ("table-name", None), ("index", '"%s_scope" % __tablename__'), ("index", 'f"{__tablename__}_state"')]
    assert scenario.text("models.py") == textwrap.dedent(NAMES_AFTER_TABLE).lstrip("\n").replace(
        '"executions_v2"', '"executions_v3"').replace(
        '"%s_scope" % __tablename__', '"executions_v2_scope"').replace(
        'f"{__tablename__}_state"', '"executions_v2_state"')


# openstack/heat, designate, rucio and hypothesis/lms: foreign keys declared as
# ``ForeignKeyConstraint(["stack_id"], ["stack.id"])`` in ``__table_args__`` or in a ``Table(...)``.
# A rename of the target table left them by hand ("not edited"), and the models no longer
# configured (NoReferencedTableError); their target strings follow the rename now.
CONSTRAINT_KEYS = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Stack(Base):
        __tablename__ = "stack"

        id = sa.Column(sa.Integer, primary_key=True)
        owner = sa.Column(sa.String(20), primary_key=True)


    class Event(Base):
        __tablename__ = "event"
        __table_args__ = (
            sa.ForeignKeyConstraint(["stack_id", "stack_owner"], ['stack.id', "stack.owner"], ondelete="CASCADE"),
            sa.ForeignKeyConstraint(["parent_id"], refcolumns=["event.id"]),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        stack_id = sa.Column(sa.Integer)
        stack_owner = sa.Column(sa.String(20))
        parent_id = sa.Column(sa.Integer)


    resources = sa.Table(
        "resources",
        Base.metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("stack_id", sa.Integer),
        sa.Column("stack_owner", sa.String(20)),
        sa.ForeignKeyConstraint(("stack_id", "stack_owner"), ("stack.id", "stack.owner")),
    )
    """


def test_foreign_key_constraints_follow_a_rename_of_their_target_table(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CONSTRAINT_KEYS)
    plan = _converges_with(scenario.drift("ALTER TABLE stack RENAME TO stacks"), [])
    assert sorted((a.kind, a.class_name) for a in plan.actions) == [
        ("foreign-key", "Event"), ("foreign-key", "resources"), ("table-name", "Stack")]
    assert scenario.text("models.py") == textwrap.dedent(CONSTRAINT_KEYS).lstrip("\n").replace(
        '"stack"', '"stacks"').replace("'stack.id', \"stack.owner\"", "'stacks.id', \"stacks.owner\"").replace(
        '("stack.id", "stack.owner")', '("stacks.id", "stacks.owner")')


# PowerDNS-Admin: its ``base.py`` holds ``db`` and ``db.Table("domain_apikey", db.Column(...), ...)``.
# A new ``domain_`` table placed there took the first column of that call for the ``MetaData``
# argument (Flask-SQLAlchemy's ``db.Table`` takes none), so the new table had a column of the other
# table's; and its columns were ``Column`` / ``Text`` from ``sqlalchemy`` in a file of ``db.Column``.
FLASK_TABLES_ONLY = {
    "base.py": """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()
        domain_apikey = db.Table(
            'domain_apikey',
            db.Column('domain_id', db.Integer, db.ForeignKey('domain.id')),
            db.Column('apikey_id', db.Integer, db.ForeignKey('apikey.id')),
        )
        domain_tags = db.Table('domain_tags', db.Column('tag', db.String(20), primary_key=True))
        """,
    "models.py": """
        from .base import db, domain_apikey


        class Domain(db.Model):
            id = db.Column(db.Integer, primary_key=True)


        class ApiKey(db.Model):
            __tablename__ = "apikey"

            id = db.Column(db.Integer, primary_key=True)
        """,
}


def test_a_new_table_in_a_file_of_flask_sqlalchemy_tables_is_written_as_they_are(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_TABLES_ONLY, metadata="app.models:db.metadata").create_from_models()
    outcome = scenario.drift("CREATE TABLE domain_note (id serial PRIMARY KEY, note text NOT NULL)").reconcile()
    assert outcome.problems() == []
    assert outcome.after["base.py"] == textwrap.dedent(FLASK_TABLES_ONLY["base.py"]).lstrip("\n") + (
        "\n\n"
        "domain_note = db.Table(\n"
        "    'domain_note',\n"
        "    db.Column('id', db.Integer, primary_key=True),\n"
        "    db.Column('note', db.Text, nullable=False),\n"
        ")\n")


# gns3-server, PowerDNS-Admin: a new table references a table the same drift renamed. The file vote
# went by the models' old table names and missed the renamed table's class: the new class went to
# another file (gns3's took a mapped class there for its base); it goes next to that class now.
def test_a_new_table_goes_next_to_the_class_of_a_table_renamed_in_the_same_drift(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_TABLES_ONLY, metadata="app.models:db.metadata").create_from_models()
    outcome = scenario.drift("ALTER TABLE domain RENAME TO domain_v2; CREATE TABLE domain_note (id serial PRIMARY"
                             " KEY, domain_id integer NOT NULL REFERENCES domain_v2 (id), note text)").reconcile()
    assert outcome.problems() == []
    [added] = [a for a in outcome.plan.actions if a.kind == "add-model"]
    assert (Path(added.file).name, added.after_class) == ("models.py", "Domain")
    assert "the file of most of its foreign-key neighbours" in added.reason


# PrefectHQ/prefect, mage-ai, dispatch, neutron: a base computes ``__tablename__`` from the class
# name with a regular expression, which the reader matches against the database by its usual
# names (``flow_run``). Once the database renamed the table (``flow_run_v2``), no name matched: the
# class was left out, the foreign keys to it kept the old name, and no model configured. Its
# provisional table is paired with the renamed one by the rename evidence now, and the class is
# given the new name.
COMPUTED_NAMES = """
    import re

    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr

    CAMEL_TO_SNAKE = re.compile(r"(?<!^)(?=[A-Z])")


    class _Base:
        @declared_attr
        def __tablename__(cls):
            return CAMEL_TO_SNAKE.sub("_", cls.__name__).lower()


    Base = declarative_base(cls=_Base)


    class FlowRun(Base):
        id = Column(Integer, primary_key=True)
        name = Column(String(50))
        state = Column(String(20))


    class TaskRun(Base):
        id = Column(Integer, primary_key=True)
        flow_run_id = Column(Integer, ForeignKey("flow_run.id"))
    """


def test_a_class_of_a_computed_table_name_follows_a_rename_of_its_table(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, COMPUTED_NAMES)
    plan = _converges_with(scenario.drift("ALTER TABLE flow_run RENAME TO flow_run_v2"), [])
    assert sorted((a.kind, a.class_name) for a in plan.actions) == [
        ("foreign-key", "TaskRun"), ("table-name", "FlowRun")]
    after = scenario.text("models.py")
    assert 'class FlowRun(Base):\n    __tablename__ = "flow_run_v2"\n\n    id = Column(' in after
    assert 'flow_run_id = Column(Integer, ForeignKey("flow_run_v2.id"))' in after


# ONSdigital/ras-party: a foreign key declared twice, on the column and again as a
# ``ForeignKeyConstraint`` of ``__table_args__``. A rename of its target retargeted the column's
# only: the constraint still named the old table, and the models no longer configured.
FOREIGN_KEY_TWICE = """
    from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Respondent(Base):
        __tablename__ = "respondent"

        id = Column(Integer, primary_key=True)


    class PendingEnrolment(Base):
        __tablename__ = "pending_enrolment"
        __table_args__ = (ForeignKeyConstraint(["respondent_id"], ["respondent.id"]),)

        id = Column(Integer, primary_key=True)
        respondent_id = Column(Integer, ForeignKey("respondent.id"))
    """


def test_a_foreign_key_declared_twice_follows_a_rename_of_its_target_in_both_places(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FOREIGN_KEY_TWICE)
    plan = _converges_with(scenario.drift("ALTER TABLE respondent RENAME TO respondent_v2"), [])
    assert sorted((a.kind, type(a).__name__) for a in plan.actions) == [
        ("foreign-key", "RenameTableInForeignKeys"), ("foreign-key", "SetForeignKey"), ("table-name", "SetTableName")]
    assert scenario.text("models.py").count('"respondent_v2.id"') == 2


# Kotti: its base computes every table name, and ``Content(Node)`` maps a table of its own (joined
# inheritance). A ``__tablename__`` written in ``Node`` for its renamed table would be
# ``Content``'s too (two classes on one table): the rename is a person's edit.
def test_a_computed_table_name_shared_with_joined_subclasses_is_renamed_by_hand(pg, tmp_path):
    models = COMPUTED_NAMES + """

    class Content(FlowRun):
        id = Column(Integer, ForeignKey("flow_run.id"), primary_key=True)
        body = Column(String(200))
    """
    scenario = _no_drift(tmp_path, pg, models)
    plan = scenario.drift("ALTER TABLE flow_run RENAME TO flow_run_v2").plan()
    assert "table-name" not in [a.kind for a in plan.actions]
    [by_hand] = [b for b in plan.by_hand if "FlowRun's __tablename__ is computed by its base" in b.message]
    assert "subclasses Content (joined inheritance)" in by_hand.message


# gothinkster/flask-realworld-example-app (cookiecutter-flask): ``user_id = reference_col("users")``,
# a helper that makes ``Column(db.ForeignKey(f"{tablename}.id"))``. A rename of ``users`` was left
# by hand ("a helper the plan does not edit") and the models no longer configured; the name among
# the call's arguments follows now.
REFERENCE_COL = """
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()


    def reference_col(tablename, nullable=False, pk_name="id", **kwargs):
        return db.Column(db.ForeignKey(f"{tablename}.{pk_name}"), nullable=nullable, **kwargs)


    class User(db.Model):
        __tablename__ = "users"

        id = db.Column(db.Integer, primary_key=True)


    class Profile(db.Model):
        __tablename__ = "profiles"

        id = db.Column(db.Integer, primary_key=True)
        user_id = reference_col("users", nullable=True)
    """


def test_a_helper_made_foreign_key_follows_a_rename_of_its_target(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, REFERENCE_COL, metadata="app.models:db.metadata")
    plan = _converges_with(scenario.drift("ALTER TABLE users RENAME TO users_v2"), [])
    assert sorted((a.kind, type(a).__name__) for a in plan.actions) == [
        ("foreign-key", "RenameTableInColumn"), ("table-name", "SetTableName")]
    assert 'user_id = reference_col("users_v2", nullable=True)' in scenario.text("models.py")


# jupyterhub: ``Share`` and ``ShareCode`` take ``owner_id`` from a mixin's ``@declared_attr``
# (``Column(Integer, ForeignKey("users.id", ondelete="CASCADE"))``). The key's change, the same
# for both, was taken for two different ones (each table's constraint has its own name, which the
# model does not write), so each class overrode the column; the mixin changes once now.
DECLARED_ATTR_KEY = """
    from sqlalchemy import Column, ForeignKey, Integer
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)


    class _Share:
        id = Column(Integer, primary_key=True)

        @declared_attr
        def owner_id(self):
            return Column(Integer, ForeignKey("users.id", ondelete="CASCADE"))


    class Share(_Share, Base):
        __tablename__ = "shares"


    class ShareCode(_Share, Base):
        __tablename__ = "share_codes"
    """


def test_a_key_every_user_of_a_mixin_needs_changed_is_changed_in_the_mixin(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DECLARED_ATTR_KEY)
    plan = _converges_with(scenario.drift("ALTER TABLE users RENAME TO users_v2"), [])
    assert [(a.kind, a.class_name) for a in plan.actions] == [("table-name", "User"), ("foreign-key", "_Share")]
    assert scenario.text("models.py") == textwrap.dedent(DECLARED_ATTR_KEY).lstrip("\n").replace(
        '"users"', '"users_v2"').replace('"users.id"', '"users_v2.id"')


# openstack/skyline-apiserver and aio-libs/aiohttp-demos: a small table renamed in the same
# migration that renames one of its columns (``expire`` -> ``expires_at``) and adds another. Only
# one of the three database columns had the model's name, too few to call the table renamed: the
# plan added a class for the new table and left the old one unmatched. A column renamed with the
# table is a shared column when the evidence for the column's rename holds.
SMALL_CORE_TABLE = """
    from sqlalchemy import Column, DateTime, MetaData, String, Table

    metadata = MetaData()

    revoked = Table(
        "revoked_token",
        metadata,
        Column("uuid", String(128), primary_key=True),
        Column("expire", DateTime, nullable=False),
    )
"""


def test_a_table_renamed_with_one_of_its_few_columns_is_one_table(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, SMALL_CORE_TABLE, metadata="app.models:metadata")
    scenario.drift("ALTER TABLE revoked_token RENAME COLUMN expire TO expires_at;"
                   " ALTER TABLE revoked_token ADD COLUMN reason varchar(255);"
                   " ALTER TABLE revoked_token RENAME TO revoked_tokens")
    plan = _converges_with(scenario, [])
    assert sorted(a.kind for a in plan.actions) == ["add-column", "column-name", "table-name"]
    [rename] = [a for a in plan.actions if a.kind == "table-name"]
    assert "2 of 3 columns shared, 1 of them renamed" in rename.reason, rename.reason


# eosphoros-ai/DB-GPT: every service's ``models.py`` defines ``class ServeEntity(Model)``, each on a
# table of its own (``__tablename__ = SERVER_APP_TABLE_NAME`` of the service's ``config.py``, or a
# string). The reader read the first and said "the first is read, not this one" of the other nine:
# their tables were never compared. Each is read now; the edits go to the class of the right file.
SAME_NAME_IN_SERVICES = {
    "base.py": """
        from sqlalchemy.orm import DeclarativeBase


        class Base(DeclarativeBase):
            pass
        """,
    "prompt/__init__.py": "",
    "prompt/config.py": """
        SERVE_APP_NAME = "serve_prompt"
        TABLE_NAME = SERVE_APP_NAME
        """,
    "prompt/models.py": """
        from sqlalchemy import Column, Integer, String

        from ..base import Base
        from .config import TABLE_NAME


        class ServeEntity(Base):
            __tablename__ = TABLE_NAME
            id = Column(Integer, primary_key=True)
            name = Column(String(100))
        """,
    "feedback/__init__.py": "",
    "feedback/models.py": """
        from sqlalchemy import Column, Integer, String

        from ..base import Base


        class ServeEntity(Base):
            __tablename__ = "chat_feedback"
            id = Column(Integer, primary_key=True)
            name = Column(String(100))
        """,
    "models.py": "from .base import Base  # noqa: F401\nfrom .feedback import models as feedback  # noqa: F401\n"
                 "from .prompt import models as prompt  # noqa: F401\n",
}


def test_model_classes_of_one_name_in_two_services_are_each_read_and_edited(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SAME_NAME_IN_SERVICES).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert sorted(t.name for t in models.schema.tables) == ["chat_feedback", "serve_prompt"]
    assert [a.kind for a in scenario.plan().actions] == []
    scenario.drift("ALTER TABLE serve_prompt ALTER COLUMN name SET NOT NULL;"
                   "ALTER TABLE chat_feedback ALTER COLUMN name TYPE varchar(200);"
                   "ALTER TABLE serve_prompt ADD COLUMN version integer;"
                   "ALTER TABLE chat_feedback RENAME COLUMN id TO feedback_id;"
                   "COMMENT ON COLUMN serve_prompt.id IS 'the prompt'")
    plan = _converges_with(scenario, [])
    assert sorted((a.kind, a.file.rsplit("/", 2)[-2], a.table) for a in plan.actions) == [
        ("add-column", "prompt", "serve_prompt"), ("column-name", "feedback", "chat_feedback"),
        ("comment", "prompt", "serve_prompt"), ("nullable", "prompt", "serve_prompt"),
        ("type", "feedback", "chat_feedback")]


# Mailu/Mailu: an abstract ``Base(db.Model)`` declares ``metadata = MetaData(naming_convention=...)``.
# Flask-SQLAlchemy 3 gives each model class ``db.metadata`` (a class without a ``metadata`` of its own
# takes the db's), so the tables are made without that convention; the reader applied it to every
# table: an index and a unique constraint of every undrifted table seemed renamed (Mailu's convention
# spells PostgreSQL's own names, so Mailu did not show it).
FLASK_BASE_WITH_OWN_METADATA = """
    import sqlalchemy
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()


    class Base(db.Model):
        __abstract__ = True
        metadata = sqlalchemy.MetaData(naming_convention={
            "ix": "idx_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s"})


    class User(Base):
        __tablename__ = "user"
        id = db.Column(db.Integer, primary_key=True)
        email = db.Column(db.String(80), index=True)
        login = db.Column(db.String(80), unique=True)
    """


def test_a_flask_base_of_its_own_metadata_names_nothing_in_flask_sqlalchemy_3(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FLASK_BASE_WITH_OWN_METADATA, metadata="app.models:db.metadata")
    assert read_models(scenario.package).naming_convention == ()
    # a project on Flask-SQLAlchemy 2, which made the subclasses' tables in the base's metadata: its
    # convention applies
    (tmp_path / "requirements.txt").write_text("Flask-SQLAlchemy==2.5.1\n")
    assert dict(read_models(scenario.package).naming_convention) == {
        "ix": "idx_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s"}


# papermerge/papermerge-core: ``Document(Node)`` is a joined-table subclass (its own table, its key a
# foreign key to ``nodes.id``; ``Node`` in a module of its own) written first in a file whose other
# class derives from ``Base``. A new table next to it (a foreign key to ``documents``) was generated
# as ``MediaBackup(Node)``: one class of each bases in the file, the first taken - and the new class
# became a second joined-table subclass of ``Node``, which SQLAlchemy cannot map (no foreign key
# from its table to ``nodes``).
JOINED_SUBCLASS_FIRST = {
    "nodes.py": """
        import uuid

        from sqlalchemy import String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Node(Base):
            __tablename__ = "nodes"
            id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
            ctype: Mapped[str] = mapped_column(String(20))
            __mapper_args__ = {"polymorphic_on": "ctype", "polymorphic_identity": "node"}
        """,
    "documents.py": """
        import uuid

        from sqlalchemy import ForeignKey, String
        from sqlalchemy.orm import Mapped, mapped_column

        from .nodes import Base, Node


        class Document(Node):
            __tablename__ = "documents"
            id: Mapped[uuid.UUID] = mapped_column("node_id", ForeignKey("nodes.id"), primary_key=True)
            title: Mapped[str] = mapped_column(String(200))
            __mapper_args__ = {"polymorphic_identity": "document"}


        class Page(Base):
            __tablename__ = "pages"
            id: Mapped[int] = mapped_column(primary_key=True)
            document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("documents.node_id"))
        """,
    "models.py": "from .documents import Document, Page  # noqa: F401\nfrom .nodes import Base, Node  # noqa: F401\n",
}


def test_a_new_class_does_not_derive_from_a_mapped_class_with_a_table(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, JOINED_SUBCLASS_FIRST).create_from_models()
    assert scenario.plan().actions == ()
    scenario.drift("CREATE TABLE media_backups (id serial PRIMARY KEY,"
                   " document_id uuid NOT NULL REFERENCES documents (node_id))")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "\nclass MediaBackup(Base):\n" in outcome.after["documents.py"]
    reason = next(a.reason for a in outcome.plan.actions if a.kind == "add-model")
    assert "It derives from Base, as Page does." in reason


# papermerge/papermerge-core: ``server_default="now()"`` is a string, which PostgreSQL freezes to the
# time the table was made. On the database the models made, the plan rewrote the model to that frozen
# time (``text("'2026-...'")``): an edit where nothing drifted, and one that buries the bug. The
# models made exactly this default; the plan says what the string did and how to mend both sides.
FROZEN_NOW = """
    from datetime import datetime

    from sqlalchemy import DateTime
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Value(Base):
        __tablename__ = "custom_field_values"
        id: Mapped[int] = mapped_column(primary_key=True)
        created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default="now()")
    """


def test_a_now_string_frozen_by_the_database_is_a_note_not_an_edit(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FROZEN_NOW)
    [note] = [n for n in scenario.plan().notes if "froze" in n]
    assert note.startswith('custom_field_values.created_at: server_default="now()" of Value.created_at is a '
                           "string, which PostgreSQL froze to '20")
    assert note.endswith('write server_default=text("now()") and run ALTER TABLE custom_field_values ALTER COLUMN '
                         "created_at SET DEFAULT now();")
    # the database mended: the model follows it
    scenario.drift("ALTER TABLE custom_field_values ALTER COLUMN created_at SET DEFAULT now()")
    [action] = scenario.plan().actions
    assert (action.kind, action.default) == ("server-default", "now()")


# MODSetter/SurfSense: ``from fastapi_users.db import SQLAlchemyBaseUserTableUUID``, which fastapi-users
# re-exports from another library (fastapi-users-db-sqlalchemy) in a ``try:`` block. Only modules of
# the library the models import from were followed: the base was unknown, the user table "not
# known", and no class generated for a new table (it might have been the user table).
def test_a_base_one_library_re_exports_from_another_is_read(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeusers", LIBRARY_MIXINS)
    _install(tmp_path, monkeypatch, "fakeframework", {
        "__init__.py": "",
        "db/__init__.py": """
            from fakeframework.db.base import BaseDatabase

            try:
                from fakeusers import BaseUserTableUUID  # noqa: F401
            except ImportError:
                pass
            """,
        "db/base.py": "class BaseDatabase:\n    pass\n",
    })
    files = dict(MODELS_ON_LIBRARY_MIXINS)
    files["models.py"] = files["models.py"].replace("from fakeusers import", "from fakeframework.db import")
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [t.name for t in models.schema.tables] == ["user"]
    assert [Path(f).relative_to(tmp_path / "site").as_posix() for f in models.library] == [
        "fakeframework/db/__init__.py", "fakeframework/db/base.py", "fakeusers/__init__.py", "fakeusers/generics.py"]
    assert scenario.plan().actions == ()
    outcome = scenario.drift("CREATE TABLE media_backups (id serial PRIMARY KEY, note text)").reconcile()
    assert outcome.problems() == []
    assert "\nclass MediaBackup(" in outcome.after["models.py"]


# ivre/ivre: a GIN full-text index made by a function of the project in ``__table_args__``
# (``_fts_index("ix_n_tag_fts", "n_tag", ("value", "info"))``, its expression built by another
# function). The call was "names columns that are not literals" and nothing more: the database's
# index was then one the model lacked, a by-hand item on every such table where nothing drifted.
FTS_INDEX_HELPER = """
    from sqlalchemy import Column, Index, Integer, String, literal_column
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def _fts_concat(table_name, column_names):
        return literal_column("to_tsvector('english'::regconfig, coalesce(%s, ''))" % column_names[0])


    def _fts_index(name, table_name, column_names):
        return Index(name, _fts_concat(table_name, column_names), postgresql_using="gin")


    class Tag(Base):
        __tablename__ = "n_tag"
        id = Column(Integer, primary_key=True)
        value = Column(String(255))
        __table_args__ = (
            Index("ix_n_tag_value", "value"),
            _fts_index("ix_n_tag_fts", "n_tag", ("value",)),
        )
    """


def test_a_table_item_made_by_a_function_of_the_project_hides_the_tables_items(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FTS_INDEX_HELPER)
    [unresolved] = read_models(scenario.package).unresolved
    assert "is a call the reader does not follow" in unresolved.message
    # the item it may make is not taken for missing; the others are compared
    plan = scenario.drift("DROP INDEX ix_n_tag_value").plan()
    assert [(a.kind, a.table) for a in plan.actions] == [("index", "n_tag")]


# fedora-copr/copr: a user is two tables (``user`` and ``_user_private``), each mapped by a class of
# its own, and mapped together by a third class over their join (``__table__ =
# outerjoin(_UserPublic.__table__, _UserPrivate.__table__)``). The reader took the third class for one
# whose table it could not read, so no class was generated for a new table: "the table of User is not
# known and may be it".
MAPPED_OVER_A_JOIN = """
    from flask_sqlalchemy import SQLAlchemy
    from sqlalchemy import outerjoin
    from sqlalchemy.orm import column_property

    db = SQLAlchemy()


    class _AccountPublic(db.Model):
        __tablename__ = "account"
        id = db.Column(db.Integer, primary_key=True)
        login = db.Column(db.String(100), nullable=False, unique=True)


    class _AccountPrivate(db.Model):
        account_id = db.Column(db.Integer, db.ForeignKey("account.id"), primary_key=True)
        mail = db.Column(db.String(150), nullable=False)


    class Account(db.Model):
        __table__ = outerjoin(_AccountPublic.__table__, _AccountPrivate.__table__)
        id = column_property(_AccountPublic.__table__.c.id, _AccountPrivate.__table__.c.account_id)


    class _ShopPublic(db.Model):
        __tablename__ = "shop"
        id = db.Column(db.Integer, primary_key=True)


    class _ShopSecret(db.Model):
        shop_id = db.Column(db.Integer, db.ForeignKey("shop.id"), primary_key=True)


    class Shop(db.Model):
        __table__ = _ShopPublic.__table__.join(_ShopSecret.__table__)
        id = column_property(_ShopPublic.__table__.c.id, _ShopSecret.__table__.c.shop_id)
    """


def test_a_class_mapped_over_a_join_of_other_classes_tables_maps_no_table_of_its_own(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": MAPPED_OVER_A_JOIN}, metadata="app.models:db.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert {c.class_name: (c.table, c.joins) for c in models.classes} == {
        "_AccountPublic": ("account", ()), "_AccountPrivate": ("account_private", ()),
        "Account": (None, ("_AccountPublic", "_AccountPrivate")),
        "_ShopPublic": ("shop", ()), "_ShopSecret": ("shop_secret", ()),
        "Shop": (None, ("_ShopPublic", "_ShopSecret"))}
    assert models.unresolved == ()
    assert scenario.plan().actions == ()
    outcome = scenario.drift("CREATE TABLE media_backups (id serial PRIMARY KEY,"
                             " account_id integer NOT NULL REFERENCES account (id))").reconcile()
    assert outcome.problems() == []
    assert "\nclass MediaBackup(db.Model):\n" in outcome.after["models.py"]


# orchest/orchest: a metadata named by the convention of another module's constant
# (``MetaData(naming_convention=_config.database_naming_convention)``: not read, so every unnamed
# index was taken for ``ix_<table>_<first column>``), with ``_N_`` tokens that name an unnamed index
# after all its columns (the comparer took the first column only); foreign keys and unique
# constraints written as statements of their own after the classes
# (``ForeignKeyConstraint([Run.project_uuid, Run.pipeline_uuid], [...])``: not read, so the database's
# keys seemed missing); an ``Index(...)`` statement ended by a stray comma (a tuple, not read); and
# an index over an expression the class binds to a private name (``Run._Run__search``: taken for
# a column). 20 edits where nothing had drifted. renalreg/ukrdc-sqla: an index statement naming a
# synonym (``Person.localid_type`` of ``localid_type = synonym("localidtype")``): "unknown column".
MODULE_LEVEL_ITEMS = {
    "settings.py": """
        NAMING = {
            "ix": "ix_%(column_0_N_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, String, UniqueConstraint, func
        from sqlalchemy.orm import declarative_base, synonym

        from app import settings as _settings

        Base = declarative_base(metadata=MetaData(naming_convention=_settings.NAMING))


        def _search_key(*parts):
            return func.lower(func.coalesce(*parts))


        class Board(Base):
            __tablename__ = "boards"

            team_id = Column(Integer, primary_key=True)
            id = Column(Integer, primary_key=True)
            title = Column(String(100), nullable=False, index=True)

            __table_args__ = (Index(None, team_id, title.desc()),)


        class Card(Base):
            __tablename__ = "cards"

            id = Column(Integer, primary_key=True)
            team_id = Column(Integer, nullable=False)
            board_id = Column(Integer, nullable=False)
            state = Column(String(20), nullable=False)
            label = Column(String(50))
            tag = Column("tagname", String(20))
            tag_name = synonym("tag")

            __search = _search_key(label, state)


        ForeignKeyConstraint([Card.team_id, Card.board_id], [Board.team_id, Board.id], ondelete="CASCADE")

        UniqueConstraint(Card.board_id, Card.label)

        Index("uq_open_card_label", Card.board_id, Card.label, unique=True, postgresql_where=(Card.state == "open")),

        Index("ix_cards_search", Card._Card__search)

        Index("ix_cards_board_tag", Card.board_id, Card.tag_name)
        """,
}


def test_items_after_the_classes_and_a_convention_of_another_module_are_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MODULE_LEVEL_ITEMS).create_from_models()
    models = read_models(scenario.package)
    assert dict(models.naming_convention)["ix"] == "ix_%(column_0_N_label)s"
    cards = next(t for t in models.schema.tables if t.name == "cards")
    assert [(fk.columns, fk.target_table, fk.target_columns, fk.ondelete) for fk in cards.foreign_keys] == [
        (("team_id", "board_id"), "boards", ("team_id", "id"), "CASCADE")]
    assert [u.columns for u in cards.unique_constraints] == [("board_id", "label")]
    assert [(i.name, i.columns) for i in cards.indexes if i.name == "ix_cards_board_tag"] == [
        ("ix_cards_board_tag", ("board_id", "tagname"))]
    assert [u.message.split(": ", 1)[-1] for u in models.unresolved] == [
        "index ix_cards_search: `_search_key(label, state)` is a call the reader does not follow into; the index "
        "is not compared"]
    plan = scenario.plan()
    assert [(a.kind, a.reason) for a in plan.actions if a.kind != "db-sql"] == []
    assert plan.by_hand == ()
    drifted = scenario.drift("ALTER TABLE cards DROP CONSTRAINT fk_cards_team_id_board_id_boards").plan()
    assert [b.message.split(";")[0] for b in drifted.by_hand] == [
        "cards(team_id, board_id): foreign key in the database: no foreign key"]


# sdementen/piecash: the declarative base is the project's own class named like SQLAlchemy's
# (``@as_declarative() class DeclarativeBase`` of ``sa_extra``, with an ``as_declarative`` of its own
# defined in a ``try`` block), imported through another module (``from .._declbase import
# DeclarativeBase``): every class derived from it straight was taken for a declarative root of
# SQLAlchemy's, and its table was missing. An abstract GUID base on it joins a relationship on its
# column (``rel = relation(..., primaryjoin=... == cls.guid); return rel``: "not a single return of a
# column", every GUID class's columns then unseen); slot subclasses a function makes with
# ``type(...)`` add columns to the slots table. A new table next to the GUID classes, which lacks
# ``guid``, took the abstract base with ``guid = None``, which breaks its relationship.
PROJECT_DECLARATIVE_BASE = {
    "sa_extra.py": """
        try:
            from sqlalchemy.orm import registry

            def as_declarative(**kw):
                return registry(metadata=kw.pop("metadata", None)).as_declarative_base(**kw)
        except ImportError:
            from sqlalchemy.ext.declarative import as_declarative


        @as_declarative()
        class DeclarativeBase(object):
            pass
        """,
    "kvp.py": """
        from sqlalchemy import BigInteger, Column, Integer, String

        from .sa_extra import DeclarativeBase


        class Slot(DeclarativeBase):
            __tablename__ = "slots"

            id = Column(Integer, primary_key=True)
            obj_guid = Column(String(32), nullable=False)
            slot_type = Column(Integer, nullable=False)
            __mapper_args__ = {"polymorphic_on": slot_type}


        class SlotSimple(Slot):
            __mapper_args__ = {"polymorphic_identity": -1}


        def define_slot(postfix, identity, field, column_type):
            return type(f"Slot{postfix}", (SlotSimple,), {
                "__mapper_args__": {"polymorphic_identity": identity},
                field: Column(field, column_type),
            })


        SlotInt = define_slot("Int", 1, "int64_val", BigInteger())
        """,
    "_declbase.py": """
        from sqlalchemy import Column, String
        from sqlalchemy.ext.declarative import declared_attr
        from sqlalchemy.orm import foreign, relationship

        from .kvp import Slot
        from .sa_extra import DeclarativeBase


        class DeclarativeBaseGuid(DeclarativeBase):
            __abstract__ = True

            guid = Column(String(32), primary_key=True)

            @declared_attr
            def slots(cls):
                rel = relationship("Slot", primaryjoin=foreign(Slot.obj_guid) == cls.guid, viewonly=True)
                return rel
        """,
    "core/__init__.py": "from .book import Book  # noqa: F401\nfrom .tax import TaxEntry  # noqa: F401\n",
    "core/book.py": """
        from sqlalchemy import Column, String

        from .._declbase import DeclarativeBaseGuid


        class Book(DeclarativeBaseGuid):
            __tablename__ = "books"

            name = Column(String(40))
        """,
    "core/tax.py": """
        from sqlalchemy import Column, ForeignKey, Integer, String

        from .._declbase import DeclarativeBase


        class TaxEntry(DeclarativeBase):
            __tablename__ = "tax_entries"

            id = Column(Integer, primary_key=True)
            book_guid = Column(String(32), ForeignKey("books.guid"), nullable=False)
        """,
}


def test_a_project_base_named_declarative_base_through_another_module_and_an_abstract_base_on_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PROJECT_DECLARATIVE_BASE, metadata="app.core:Book.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert {c.class_name: c.table for c in models.classes if c.kind == "model"} == {
        "Slot": "slots", "SlotSimple": "slots", "Book": "books", "TaxEntry": "tax_entries"}
    assert [u.message for u in models.unresolved] == [
        "SlotSimple: a subclass made at run time with type(...) (define_slot) adds columns to SlotSimple's table "
        "that the reader cannot see; the database's columns it lacks are not added"]
    plan = scenario.plan()
    assert [(a.kind, a.reason) for a in plan.actions if a.kind != "db-sql"] == []
    assert any("slots.int64_val" in note and "not added" in note for note in plan.notes)
    outcome = scenario.drift("CREATE TABLE media_backups (id serial PRIMARY KEY,"
                             " book_guid varchar(32) NOT NULL REFERENCES books (guid))").reconcile()
    assert outcome.problems() == []
    book = outcome.after["core/book.py"]  # the base imported as _declbase.py reaches it, from core/
    assert "\nfrom ..sa_extra import DeclarativeBase\n" in book
    assert "\nclass MediaBackup(DeclarativeBase):\n" in book and "guid = None" not in book


# AppEnlight/appenlight: ``primary_key = sa.Column(sa.Unicode())`` beside ``log_id = sa.Column(...,
# primary_key=True)``. Its drop was held back, "the class body still uses it (log_id)": the keyword
# ``primary_key=`` was taken for a use of the attribute, so the column stayed after apply.
ATTRIBUTE_NAMED_LIKE_A_KEYWORD = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Log(Base):
        __tablename__ = "logs"

        log_id = sa.Column(sa.BigInteger(), nullable=False, primary_key=True)
        primary_key = sa.Column(sa.Unicode())
        permanent = sa.Column(sa.Boolean(), nullable=False, default=False)
    """


def test_an_attribute_named_like_a_keyword_the_body_writes_is_dropped(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": ATTRIBUTE_NAMED_LIKE_A_KEYWORD}).create_from_models()
    outcome = scenario.drift("ALTER TABLE logs DROP COLUMN primary_key").reconcile()
    assert [(a.kind, a.attribute) for a in outcome.plan.actions] == [("drop-column", "primary_key")]
    assert outcome.problems() == []
    assert "primary_key = sa.Column(sa.Unicode())" not in outcome.after["models.py"]
    assert "log_id = sa.Column(sa.BigInteger(), nullable=False, primary_key=True)" in outcome.after["models.py"]


# inveniosoftware/invenio-oauthclient on invenio-db: the naming convention is written
# ``util.immutabledict({...})`` (SQLAlchemy's), which the reader did not read. A table renamed in the
# database keeps its unique constraint's old name, which the convention no longer gives: the
# unnamed ``UniqueConstraint`` was left as it was, and Alembic found the constraint renamed.
CONVENTION_AS_AN_IMMUTABLEDICT = {
    "database.py": """
        from sqlalchemy import MetaData, util
        from sqlalchemy.orm import declarative_base

        NAMING_CONVENTION = util.immutabledict(
            {
                "ix": "ix_%(column_0_label)s",
                "uq": "uq_%(table_name)s_%(column_0_name)s",
                "pk": "pk_%(table_name)s",
            }
        )

        Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))
        """,
    "models.py": """
        from sqlalchemy import Column, Integer, String, UniqueConstraint

        from .database import Base


        class RemoteAccount(Base):
            __tablename__ = "remote_account"
            __table_args__ = (UniqueConstraint("user_id", "client_id"),)

            id = Column(Integer, primary_key=True)
            user_id = Column(Integer, nullable=False)
            client_id = Column(String(255), nullable=False)
        """,
}


def test_a_naming_convention_written_as_an_immutabledict_names_the_constraints(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, CONVENTION_AS_AN_IMMUTABLEDICT)
    scenario.create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE remote_account RENAME TO remote_accounts").reconcile()
    assert outcome.problems() == []
    assert '            "user_id", "client_id", name="uq_remote_account_user_id"\n' in outcome.after["models.py"]


# agdsn/pycroft: ``__tablename__`` a declared_attr of the base returning
# ``cls._to_snake_case(cls.__name__)``, two regular expressions. The reader matched each class to
# any of the usual names of its table, so with ``site`` renamed ``sites`` in the database the class
# ``Site`` seemed to map ``sites`` already: no edit, and the models still said ``site``.
SNAKE_CASED_TABLE_NAMES = """
    import re

    from sqlalchemy import ForeignKey
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


    class ModelBase(DeclarativeBase):
        @declared_attr
        def __tablename__(cls) -> str:
            return cls._to_snake_case(cls.__name__)

        @staticmethod
        def _to_snake_case(name):
            name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\\1_\\2", name)
            name = re.sub(r"([a-z\\d])([A-Z])", r"\\1_\\2", name)
            return name.lower()


    class Site(ModelBase):
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str]


    class BuildingPart(ModelBase):
        id: Mapped[int] = mapped_column(primary_key=True)
        site_id: Mapped[int] = mapped_column(ForeignKey(Site.id))
    """


def test_a_table_name_computed_by_regular_expressions_is_worked_out_and_its_rename_seen(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": SNAKE_CASED_TABLE_NAMES}, metadata="app.models:ModelBase.metadata")
    scenario.create_from_models()
    plan = scenario.plan()
    assert [a.kind for a in plan.actions] == [] and plan.by_hand == ()
    outcome = scenario.drift("ALTER TABLE site RENAME TO sites").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.plan.actions] == [("table-name", "Site")]
    assert outcome.problems() == []
    assert 'class Site(ModelBase):\n    __tablename__ = "sites"\n' in outcome.after["models.py"]


# lsst-sqre/gafaelfawr: the one ``Text`` a file writes is ``Text(collation="C")`` (a token that
# sorts bytewise); every other text column is a bare ``Mapped[str]`` through a type_annotation_map.
# A new text column was written ``mapped_column(Text(collation="C"))``, the file's most common
# spelling of text: a column that sorts unlike the database's.
ONE_COLUMNS_COLLATION = """
    from sqlalchemy import Text
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        type_annotation_map = {str: Text()}


    class Token(Base):
        __tablename__ = "token"

        token: Mapped[str] = mapped_column(Text(collation="C"), primary_key=True)
        username: Mapped[str]
    """


def test_a_columns_collation_is_no_way_to_write_its_type(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ONE_COLUMNS_COLLATION)
    scenario.drift("ALTER TABLE token ADD COLUMN comment text")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert 'collation="C"' not in outcome.after["models.py"].split("username")[1], outcome.after["models.py"]
    assert "    comment: Mapped[Optional[str]] = mapped_column(Text)\n" in outcome.after["models.py"]


# archlinux/aurweb: every table a ``Table`` of one module, each class mapping one by that module's
# attribute (``from aurweb import schema`` ... ``__table__ = schema.Users``) and saying
# ``__tablename__ = __table__.name``, which SQLAlchemy does not read. Each class was "not a Table
# found in the files" with a computed table name, so no table counted as mapped, and the plan made
# nothing for a new table (Alembic: the new table missing from the models).
TABLES_OF_A_SCHEMA_MODULE = {
    "core.py": """
        from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table

        metadata = MetaData()

        Users = Table(
            "Users", metadata,
            Column("ID", Integer, primary_key=True),
            Column("Username", String(32), nullable=False),
        )

        Sessions = Table(
            "Sessions", metadata,
            Column("UsersID", ForeignKey("Users.ID", ondelete="CASCADE"), nullable=False),
            Column("SessionID", String(32), nullable=False, unique=True),
        )
    """,
    "models.py": """
        from sqlalchemy.orm import declarative_base

        from app import core as schema

        Base = declarative_base()  # a MetaData of its own, as aurweb's: the tables are in schema's


        class User(Base):
            __table__ = schema.Users
            __tablename__ = __table__.name
            __mapper_args__ = {"primary_key": [__table__.c.ID]}


        class Session(Base):
            __table__ = schema.Sessions
            __tablename__ = __table__.name
            __mapper_args__ = {"primary_key": [__table__.c.SessionID]}
    """,
}


def test_a_class_maps_the_table_another_modules_attribute_names(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TABLES_OF_A_SCHEMA_MODULE, metadata="app.models:schema.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {(c.class_name, c.table) for c in models.classes if c.kind == "model"} == {
        ("User", "Users"), ("Session", "Sessions")}
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    scenario.drift('CREATE TABLE "PackageFlags" ("ID" serial PRIMARY KEY, "UsersID" integer REFERENCES "Users" ("ID"),'
                   ' created_at timestamp NOT NULL DEFAULT now())')
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    # the new table where the project writes its tables, in their MetaData (a class on Base would be in
    # another: the new table missing from the models' MetaData)
    assert 'PackageFlags = Table(\n    "PackageFlags",\n    metadata,\n' in outcome.after["core.py"]


# skyportal/skyportal: ``class Obj(Base, conesearch_alchemy.Point)`` (a mixin of columns) in a file
# that also imports healpix_alchemy, whose ``Point`` is a TypeDecorator: the class was taken for a
# TypeDecorator by its base's last name, and left out with every class deriving from it; the plan
# generated their classes again (the models then no longer imported).
A_MIXIN_NAMED_LIKE_A_TYPE = {
    "cone.py": """
        from sqlalchemy import Column, Float


        class Point:
            ra = Column(Float, nullable=False)
            dec = Column(Float, nullable=False)
    """,
    "geo.py": """
        import sqlalchemy as sa


        class Point(sa.TypeDecorator):
            cache_ok = True
            impl = sa.BigInteger
    """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        from app import cone, geo

        Base = declarative_base()


        class Obj(Base, cone.Point):
            __tablename__ = "objs"

            id = sa.Column(sa.Integer, primary_key=True)
            tile = sa.Column(geo.Point, index=True)


        class Galaxy(Obj):
            __tablename__ = "galaxies"

            id = sa.Column(sa.ForeignKey("objs.id"), primary_key=True)
    """,
}


def test_a_mixin_named_like_a_type_of_another_module_is_the_mixin(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_MIXIN_NAMED_LIKE_A_TYPE).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    objs = next(t for t in models.schema.tables if t.name == "objs")
    assert [(c.name, c.type.render()) for c in objs.columns] == [
        ("id", "integer"), ("tile", "bigint"), ("ra", "double precision"), ("dec", "double precision")]
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()


# cesium-ml/baselayer (skyportal's base): ``created_at`` of the base's mixin is a ``declared_attr``
# with ``index=getattr(cls, "index_created_at", True)``, a class's own choice. It was "assumed
# unset", and the plan added ``index=True`` (or an Index) to 95 classes where nothing had drifted.
INDEX_CHOSEN_BY_EACH_CLASS = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base, declared_attr


    def decided_elsewhere():
        return False


    class BaseMixin:
        id = sa.Column(sa.Integer, primary_key=True)

        @declared_attr
        def created_at(cls):
            return sa.Column(sa.DateTime, nullable=False, index=getattr(cls, "index_created_at", True))


    Base = declarative_base(cls=BaseMixin)


    class Thing(Base):
        __tablename__ = "things"


    class Quiet(Base):
        __tablename__ = "quiets"
        index_created_at = False


    class QuietToo(Quiet):
        __tablename__ = "quiets_too"

        id = sa.Column(sa.ForeignKey("quiets.id"), primary_key=True)


    class Unknown(Base):
        __tablename__ = "unknowns"
        index_created_at = decided_elsewhere()
    """


def test_an_index_each_class_chooses_is_read_for_each_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, INDEX_CHOSEN_BY_EACH_CLASS)
    models = read_models(scenario.package)
    [unknown] = models.unresolved
    assert unknown.message == ("Unknown: index_created_at is not a literal, and it decides whether created_at has an "
                               "index (index=getattr(cls, ...)); the column's own index is not compared")
    assert {t.name: [i.columns for i in t.indexes] for t in models.schema.tables if t.name != "unknowns"} == {
        "things": [("created_at",)], "quiets": [], "quiets_too": []}
    scenario.drift("DROP INDEX ix_things_created_at; CREATE INDEX ix_quiets_created_at ON quiets (created_at);"
                   "CREATE INDEX ix_unknowns_created_at ON unknowns (created_at)")
    # each class's index compared; the one a call decides is not
    plan = scenario.plan()
    assert [(a.kind, a.table) for a in plan.actions] == [("index", "quiets")]
    # the mixin's index=True is every class's but Quiet's: a note, not an edit of the mixin
    assert [n for n in plan.notes if n.startswith("things: index ix_things_created_at (created_at) is in the model, "
                                                  "not in the database; index=True is declared outside Thing")]


# skyportal/skyportal on cesium-ml/baselayer (a package beside it), invenio-communities on
# invenio-accounts: the models derive from a base of a module outside the models path that maps
# classes of its own (``User``), which the models' keys name. The reader read that module for the
# base, but its tables were nobody's: the plan generated a class for ``users`` (the models then
# no longer imported: "Table 'users' is already defined").
CLASSES_BESIDE_THE_MODELS = {
    "core/__init__.py": "",
    "core/models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class User(Base):
            __tablename__ = "users"

            id = sa.Column(sa.Integer, primary_key=True)


        def link_model(table):
            return type("Link", (Base,), {"__tablename__": table, "id": sa.Column(sa.Integer, primary_key=True)})


        UserLink = link_model("user_links")  # made as the module is imported, outside the models too
    """,
    "models/__init__.py": "",
    "models/things.py": """
        import sqlalchemy as sa

        from app.core.models import Base, User


        class Thing(Base):
            __tablename__ = "things"

            id = sa.Column(sa.Integer, primary_key=True)
            owner_id = sa.Column(sa.ForeignKey(User.id), nullable=False)
    """,
}


def test_tables_of_a_module_outside_the_models_path_are_mapped_there(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, CLASSES_BESIDE_THE_MODELS, metadata="app.models.things:Base.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package / "models")
    assert [c.class_name for c in models.classes if c.kind == "model"] == ["Thing"]
    plan = build_plan(read_schema(scenario.url), models, PlannerOptions())
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    [note] = [n for n in plan.notes if "users" in n]
    assert f"class User of {scenario.package / 'core' / 'models.py'}:7, a file outside the models read (--models " \
        "and its glob), maps it" in note
    # a file the glob leaves out is read for what the models take from it alike (was: a class generated again)
    models = read_models(scenario.package, glob="things.py")
    plan = build_plan(read_schema(scenario.url), models, PlannerOptions())
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()


# communitiesuk/funding-service: the declarative base is the project's ``class BaseModel(
# DeclarativeBase)`` (with timestamp columns), and another module says ``from pydantic import
# BaseModel``. The name was taken for pydantic's, a library's mixin: a new table's class derived
# from it without setting aside the base's columns the table lacks (Alembic: two columns added).
A_BASE_NAMED_LIKE_A_LIBRARYS = {
    "base.py": """
        import datetime

        from sqlalchemy import func
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class BaseModel(DeclarativeBase):
            id: Mapped[int] = mapped_column(primary_key=True)
            created_at_utc: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    """,
    "payloads.py": """
        from pydantic import BaseModel


        class Payload(BaseModel):
            body: str
    """,
    "models.py": """
        from sqlalchemy.orm import Mapped

        from app.base import BaseModel
        from app.payloads import Payload  # noqa: F401


        class Grant(BaseModel):
            __tablename__ = "grant"

            name: Mapped[str]
    """,
}


def test_a_projects_declarative_base_named_like_a_librarys_class_is_the_projects(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_BASE_NAMED_LIKE_A_LIBRARYS, metadata="app.models:BaseModel.metadata")
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("CREATE TABLE grant_note (id serial PRIMARY KEY, body text NOT NULL)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "class GrantNote(BaseModel):" in outcome.after["models.py"]
    assert "    created_at_utc = None\n" in outcome.after["models.py"]


# communitiesuk/funding-service-design-assessment-store: ``Index("ix_jsonb_blob_nURkuc",
# AssessmentRecord.jsonb_blob["nURkuc"], postgresql_using="gin")``, an index of a JSONB element.
# The element was kept as Python source, unlike the database's ``(jsonb_blob -> 'nURkuc'::text)``:
# an index to rewrite by hand where nothing had drifted.
JSON_ELEMENT_INDEXES = """
    from sqlalchemy import Column, Index, Integer
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Record(Base):
        __tablename__ = "records"

        id = Column(Integer, primary_key=True)
        blob = Column(JSONB, nullable=False)


    Index("ix_records_blob_answers", Record.blob["answers"], postgresql_using="gin")
    Index("ix_records_blob_round", Record.blob["round"].astext)
    Index("ix_records_blob_first", Record.blob[0])
    """


def test_an_index_of_a_json_element_is_its_sql(pg, tmp_path):
    _no_drift(tmp_path, pg, JSON_ELEMENT_INDEXES)


# inveniosoftware/invenio-communities: a mixin of the project names invenio-accounts' ``User`` only
# in a ``declared_attr`` (``return db.Column(db.ForeignKey(User.id, ondelete="RESTRICT"))``). The
# library was looked for only through class-body columns: never read, its tables nobody's, and the
# plan generated classes for them (the models then no longer imported: "already defined").
LIBRARY_OF_USERS = {
    "__init__.py": "",
    "db.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
    """,
    "models.py": """
        import sqlalchemy as sa

        from fakeaccounts.db import Base


        class User(Base):
            __tablename__ = "accounts_user"

            id = sa.Column(sa.Integer, primary_key=True)
    """,
}
MEMBERS_OF_A_LIBRARYS_USERS = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declared_attr

        from fakeaccounts.db import Base
        from fakeaccounts.models import User


        class MemberMixin:
            id = sa.Column(sa.Integer, primary_key=True)

            @declared_attr
            def user_id(cls):
                return sa.Column(sa.Integer, sa.ForeignKey(User.id, ondelete="RESTRICT"), nullable=False)


        class Member(Base, MemberMixin):
            __tablename__ = "communities_members"
    """,
}


def test_a_librarys_class_named_only_in_a_declared_attr_is_read(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeaccounts", LIBRARY_OF_USERS)
    scenario = Scenario(tmp_path, pg, MEMBERS_OF_A_LIBRARYS_USERS, metadata="app.models:Base.metadata")
    scenario.create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    assert any("accounts_user" in n and "of an installed library maps it" in n for n in plan.notes), plan.notes


# skyportal/skyportal: ``Candidate.__table_args__ = (sa.Index("candidates_main_index",
# Candidate.obj_id, ...),)`` after the class body. SQLAlchemy reads no __table_args__ then, but an
# index of a table's columns joins that table as it is made: the database has it. It was not
# read, and the plan added it to __table_args__ where nothing had drifted. And ``Photometry``'s
# ``sa.Index("deduplication_index", *(getattr(Photometry, c) for c in Photometry.DEDUP_COLUMNS))``,
# the names a tuple set on the class after it.
TABLE_ARGS_SET_AFTER_THE_CLASS = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Candidate(Base):
        __tablename__ = "candidates"

        id = sa.Column(sa.Integer, primary_key=True)
        obj_id = sa.Column(sa.String, nullable=False)
        passed_at = sa.Column(sa.DateTime, nullable=False)


    Candidate.__table_args__ = (
        sa.Index("candidates_main_index", Candidate.obj_id, Candidate.passed_at, unique=True),
    )


    class Photometry(Base):
        __tablename__ = "photometry"

        id = sa.Column(sa.Integer, primary_key=True)
        obj_id = sa.Column(sa.String, nullable=False)
        mjd = sa.Column(sa.Float, nullable=False)


    Photometry.DEDUP_COLUMNS = ("obj_id", "mjd")
    Photometry.__table_args__ = (
        sa.Index("deduplication_index", *(getattr(Photometry, c) for c in Photometry.DEDUP_COLUMNS), unique=True),
    )
    """


def test_items_of_a_table_args_set_after_the_class_are_its_tables(pg, tmp_path):
    _no_drift(tmp_path, pg, TABLE_ARGS_SET_AFTER_THE_CLASS)


# skyportal/skyportal on cesium-ml/baselayer: association classes made by a function,
# ``Source = join_model("sources", Group, Obj)`` (``type(name, (Base,), model_attrs)`` of a dict
# with ``"__tablename__": join_table``), some sixty of them; and partitions a classmethod makes,
# ``type(..., {"__tablename__": f"{cls.__tablename__}_{name}"})``. The first were not seen at all
# (the plan generated their classes: "Table 'sources' is already defined"); the second's name was
# taken for ``*_*``, which hid every table with an underscore that no class maps.
TABLES_OF_CLASS_FACTORIES = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def join_model(join_table, model_1, model_2):
        attributes = {
            "__tablename__": join_table,
            "id": sa.Column(sa.Integer, primary_key=True),
            "left_id": sa.Column(sa.ForeignKey(f"{model_1.__tablename__}.id")),
            "right_id": sa.Column(sa.ForeignKey(f"{model_2.__tablename__}.id")),
        }
        return type(f"{model_1.__name__}{model_2.__name__}", (Base,), attributes)


    class Group(Base):
        __tablename__ = "groups"

        id = sa.Column(sa.Integer, primary_key=True)


    class Tile(Base):
        __tablename__ = "tiles"

        id = sa.Column(sa.Integer, primary_key=True)

        @classmethod
        def create_partition(cls, name):
            return type(f"{cls.__name__}_{name}", (Base,), {
                "__tablename__": f"{cls.__tablename__}_{name}", "id": sa.Column(sa.Integer, primary_key=True)})


    GroupTile = join_model("group_tiles", Group, Tile)
    Tile.create_partition("def")

    import app.joins  # noqa: E402, F401
    """
# skyportal's group_joins.py: calls of the factory only, no word of SQLAlchemy's (not parsed before)
FACTORY_CALLS_ALONE = """
    from app.models import Group, Tile, join_model

    TileGroup = join_model("tile_groups", Tile, Group)
    """


def test_tables_of_class_factories_get_no_class_and_hide_no_other(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLES_OF_CLASS_FACTORIES, "joins.py": FACTORY_CALLS_ALONE})
    scenario.create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    messages = sorted(u.message for u in read_models(scenario.package).unresolved)
    assert messages[0].startswith("a class with __tablename__ f\"{cls.__tablename__}_{name}\"") \
        and "named tiles_* that no class maps" in messages[0], messages
    assert messages[1].startswith("join_model(...): its table group_tiles is made when it runs"), messages
    assert messages[2].startswith("join_model(...): its table tile_groups is made when it runs"), messages
    scenario.drift("CREATE TABLE group_notes (id serial PRIMARY KEY, body text)")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert "class GroupNote(Base):" in outcome.after["models.py"]


# my8100/scrapydweb: ``def create_jobs_table(server): class Job(db.Model): __tablename__ = server``,
# a class for each Scrapyd server, made at run time. Any table without a class was taken to be
# one of them, so no class was generated for a new table, though it had none of Job's columns.
A_CLASS_FOR_EACH_SERVER = """
    from sqlalchemy import Column, DateTime, Integer, String, Text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Task(Base):
        __tablename__ = "task"

        id = Column(Integer, primary_key=True)
        name = Column(String(255))


    def create_jobs_table(server):
        class Job(Base):
            __tablename__ = server

            id = Column(Integer, primary_key=True)
            project = Column(String(255), nullable=False)
            spider = Column(String(255), nullable=False)
            started = Column("start", DateTime)
            href_log = Column(Text())

        return Job
    """


def test_a_class_made_at_run_time_maps_no_table_without_its_columns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_CLASS_FOR_EACH_SERVER)
    [problem] = read_models(scenario.package).unresolved
    assert "that have its columns (id, project, spider, start, href_log) are not given" in problem.message
    scenario.drift("CREATE TABLE task_note (id serial PRIMARY KEY, body text);"
                   "CREATE TABLE server_one (id serial PRIMARY KEY, project varchar(255) NOT NULL,"
                   " spider varchar(255) NOT NULL, start timestamp, href_log text)")
    plan = scenario.plan()
    assert [(a.kind, a.table) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "task_note")]


# Dallinger/Dallinger: ``Enum("abandoned", "approved", ..., name="participant_status")`` written one
# label per line. A label added in the database rewrote the whole call on one line of 257
# characters (the project's line length: 88).
LABELS_ONE_PER_LINE = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Participant(Base):
        __tablename__ = "participant"

        id = Column(Integer, primary_key=True)
        status = Column(
            Enum(
                "abandoned",
                "approved",
                "working",
                name="participant_status",
            ),
            nullable=False,
        )
        kind = Column(Enum("human", "bot", name="participant_kind"))
    """


def test_a_label_added_to_an_enum_call_is_inserted_as_its_labels_are_laid_out(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LABELS_ONE_PER_LINE)
    scenario.drift("ALTER TYPE participant_status ADD VALUE 'timed_out'; ALTER TYPE participant_kind ADD VALUE 'test'")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '            "working",\n            "timed_out",\n            name="participant_status",\n' in after
    assert 'kind = Column(Enum("human", "bot", "test", name="participant_kind"))' in after


# ckan/ckanext-harvest: ``level = Column(\n    types.Enum("DEBUG", ..., name="log_level"),\n)``, the
# call's one argument on a line of its own: the label added made that line 96 characters long at a
# line length of 88. Black then wraps the argument itself.
AN_ENUM_ARGUMENT_ON_ITS_OWN_LINE = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class HarvestLog(Base):
        __tablename__ = "harvest_log"

        id = Column(Integer, primary_key=True)
        level = Column(
            Enum("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", name="log_level"),
        )
    """


def test_an_argument_on_its_own_line_that_an_edit_makes_too_long_is_wrapped(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, AN_ENUM_ARGUMENT_ON_ITS_OWN_LINE)
    outcome = scenario.drift("ALTER TYPE log_level ADD VALUE 'TRACE'").reconcile()
    assert outcome.problems() == []
    assert (
        "    level = Column(\n"
        "        Enum(\n"
        '            "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "TRACE", name="log_level"\n'
        "        ),\n"
        "    )\n") in outcome.after["models.py"], outcome.after["models.py"]


# inveniosoftware/invenio-communities: ``ChoiceType(CommunityDeletionStatusEnum, impl=db.String(1))``.
# sqlalchemy-utils' modules were read (a base of the library's), and its class's ``impl =
# Unicode(255)`` taken over the call's ``impl=``: a by-hand type item where nothing drifted.
# (A stand-in library of the same shape: what is read does not depend on what is installed.)
UTILS_LIBRARY = {
    "__init__.py": "from .types import ChoiceType  # noqa: F401\nfrom .models import Timestamp  # noqa: F401\n",
    "models.py": """
        import sqlalchemy as sa


        class Timestamp:
            created = sa.Column(sa.DateTime, nullable=False)
    """,
    "types.py": """
        from sqlalchemy import types


        class ChoiceType(types.TypeDecorator):
            impl = types.Unicode(255)
            cache_ok = True

            def __init__(self, choices, impl=None):
                self.choices = choices
                if impl:
                    self.impl = impl
    """,
}
CHOICES_OF_ONE_CHARACTER = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import enum

        from sqlalchemy import Column, Integer, String, text
        from sqlalchemy.orm import declarative_base

        from fakeutils import ChoiceType, Timestamp

        Base = declarative_base()


        class DeletionStatus(enum.Enum):
            PUBLISHED = "P"
            DELETED = "D"


        class Community(Base, Timestamp):
            __tablename__ = "communities"

            id = Column(Integer, primary_key=True)
            deletion_status = Column(ChoiceType(DeletionStatus, impl=String(1)), nullable=False,
                                     server_default=text("'P'"))
    """,
}


def test_a_choice_types_impl_is_its_type_where_its_library_is_read(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeutils", UTILS_LIBRARY)
    scenario = Scenario(tmp_path, pg, CHOICES_OF_ONE_CHARACTER).create_from_models()
    [table] = read_models(scenario.package).schema.tables
    assert table.column("deletion_status").type.render() == "character varying(1)"
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []


# reanahub/reana-db's ``from sqlalchemy_utils import Timestamp as ModelsTimestamp``: the library's
# ``__init__`` says ``from .models import Timestamp``, and the project's own file is ``models.py``
# too. The relative import was taken for any module named ``models`` (the project's first), so the
# alias named no class, its columns unseen; which of the two came first changed from run to run.
RE_EXPORTING_LIBRARY = {
    "__init__.py": "from .models import Stamp  # noqa: F401\n",
    "models.py": """
        import sqlalchemy as sa


        class Stamp:
            created = sa.Column(sa.DateTime, nullable=False)
    """,
}
MODELS_ON_A_RE_EXPORTED_MIXIN = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        from fakestamps import Stamp
        from fakestamps import Stamp as Stamped

        Base = declarative_base()


        class Workflow(Base, Stamp):
            __tablename__ = "workflows"

            id = Column(Integer, primary_key=True)


        class AuditLog(Base, Stamped):
            __tablename__ = "audit_log"

            id = Column(Integer, primary_key=True)
    """,
}


def test_a_packages_relative_re_export_is_its_own_module(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakestamps", RE_EXPORTING_LIBRARY)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_RE_EXPORTED_MIXIN).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {t.name: [c.name for c in t.columns] for t in models.schema.tables} == {
        "workflows": ["id", "created"], "audit_log": ["id", "created"]}
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []


# skyportal/skyportal on healpix-alchemy: ``Column(healpix_alchemy.Tile, index=True)``, whose library
# listens to every Index attached (``@sa.event.listens_for(sa.Index, "after_parent_attach")``) and
# makes an indexed Tile column's index SP-GiST. The index was taken for a btree: four index edits where
# nothing had drifted.
INDEX_LISTENER_TYPES = """
    import sqlalchemy as sa
    from sqlalchemy.dialects.postgresql import INT8RANGE


    class Tile(sa.TypeDecorator):
        cache_ok = True
        impl = INT8RANGE


    @sa.event.listens_for(sa.Index, "after_parent_attach")
    def _spgist(index, parent):
        if index._column_flag and len(index.expressions) == 1 \\
                and isinstance(getattr(index.expressions[0], "type", None), Tile):
            index.dialect_options["postgresql"]["using"] = "spgist"
    """
TILES = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    from app import geo

    Base = declarative_base()


    class FieldTile(Base):
        __tablename__ = "fieldtiles"

        id = sa.Column(sa.Integer, primary_key=True)
        healpix = sa.Column(geo.Tile, index=True)
        field_id = sa.Column(sa.Integer, index=True)
    """


def test_an_index_method_a_libraries_listener_sets_is_its(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"geo.py": INDEX_LISTENER_TYPES, "models.py": TILES}).create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    # the other index's method is still compared; so are the tile index's columns
    scenario.drift("DROP INDEX ix_fieldtiles_field_id; CREATE INDEX ix_fieldtiles_field_id ON fieldtiles"
                   " USING hash (field_id); DROP INDEX ix_fieldtiles_healpix")
    reasons = [a.reason for a in scenario.plan().actions if a.kind == "index"]
    assert any("ix_fieldtiles_field_id (field_id) USING hash in the database" in r for r in reasons), reasons
    assert any("index ix_fieldtiles_healpix (healpix) is in the model, not in the database" in r for r in reasons)


# polarsource/polar: ``class MetadataMixin: user_metadata: Mapped[MetadataColumn]`` (an
# ``Annotated`` type holding its ``mapped_column``) in a project module outside the models read.
# A new table's class took the mixin from its neighbour and set the column to None, which
# SQLAlchemy ignores for a column a mixin declares by its annotation alone (Alembic: a column
# added). A mixin there is a mixin, as a library's is: left out where the table lacks its columns.
A_MIXIN_OUTSIDE_THE_MODELS = {
    "kit/__init__.py": "",
    "kit/db.py": """
        from typing import Annotated, Any

        from sqlalchemy.dialects.postgresql import JSONB
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        MetadataColumn = Annotated[dict[str, Any], mapped_column(JSONB, nullable=False, default=dict)]


        class Model(DeclarativeBase):
            pass


        class MetadataMixin:
            user_metadata: Mapped[MetadataColumn]
    """,
    "models/__init__.py": "",
    "models/campaign.py": """
        from sqlalchemy.orm import Mapped, mapped_column

        from app.kit.db import MetadataMixin, Model


        class Campaign(MetadataMixin, Model):
            __tablename__ = "campaigns"

            id: Mapped[int] = mapped_column(primary_key=True)
    """,
}


def test_a_mixin_of_a_module_outside_the_models_is_left_out_of_a_table_lacking_its_columns(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_MIXIN_OUTSIDE_THE_MODELS, metadata="app.models.campaign:Model.metadata",
                        models="models").create_from_models()
    assert scenario.plan().code_actions == ()
    scenario.drift("CREATE TABLE campaign_notes (id serial PRIMARY KEY, campaign_id integer REFERENCES campaigns (id))")
    # so too in a file of the path the models' glob leaves out
    plan = build_plan(read_schema(scenario.url), read_models(scenario.package, glob="models/*.py"), PlannerOptions())
    [model] = [a for a in plan.actions if a.kind == "add-model"]
    assert (model.class_name, model.bases, model.excluded) == ("CampaignNote", ("Model",), ()), model
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    text = outcome.after["models/campaign.py"]
    assert "class CampaignNote(Model):" in text, text
    assert "user_metadata" not in text.split("class CampaignNote")[1], text


# openstack/ironic-inspector: ``class ModelBase(models.ModelBase)`` of ``from oslo_db.sqlalchemy
# import models``, the base of ``declarative_base(cls=ModelBase)``: the library's class has the
# name of the project's. The base was "not defined in the scanned files", and a column the
# database added was left out ("the reader cannot see every column of Node").
A_BASE_NAMED_LIKE_ITS_LIBRARY_BASE = {
    "__init__.py": SITE_ON_PATH,
    "model.py": """
        from fakeoslo.sqlalchemy import models
        from sqlalchemy import Column, String
        from sqlalchemy.ext.declarative import declarative_base


        class ModelBase(models.ModelBase):
            __table_args__ = {"mysql_engine": "InnoDB"}


        Base = declarative_base(cls=ModelBase)


        class Node(Base):
            __tablename__ = "nodes"
            uuid = Column(String(36), primary_key=True)
        """,
}


@pytest.mark.parametrize("module", ["model", "models"])  # "models": the file has the library module's name too
def test_a_base_named_like_the_library_class_it_derives_from(pg, tmp_path, monkeypatch, module):
    _install(tmp_path, monkeypatch, "fakeoslo", {
        "__init__.py": "", "sqlalchemy/__init__.py": "",
        "sqlalchemy/models.py": "class ModelBase:\n    def save(self, session):\n        session.add(self)\n"})
    files = {("__init__.py" if name == "__init__.py" else f"{module}.py"): text
             for name, text in A_BASE_NAMED_LIKE_ITS_LIBRARY_BASE.items()}
    scenario = Scenario(tmp_path, pg, files, metadata=f"app.{module}:Base.metadata").create_from_models()
    assert read_models(scenario.package).unresolved == ()
    outcome = scenario.drift("ALTER TABLE nodes ADD COLUMN conductor varchar(255)").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name, a.attribute) for a in outcome.code_actions()] == [
        ("add-column", "Node", "conductor")]


# nextgisweb: ``class Base(metaclass=DeclarativeMeta)`` over a ``registry``, as SQLAlchemy's
# documentation writes a declarative base without ``declarative_base()``: no class was read ("no
# mapped classes found").
A_DECLARATIVE_METACLASS_BASE = """
    import sqlalchemy as sa
    from sqlalchemy import orm
    from sqlalchemy.orm import DeclarativeMeta, registry

    mapper_registry = registry()


    class Base(metaclass=DeclarativeMeta):
        __abstract__ = True
        registry = mapper_registry
        metadata = mapper_registry.metadata
        __init__ = mapper_registry.constructor


    class OtherBase(metaclass=orm.DeclarativeMeta):
        __abstract__ = True
        registry = mapper_registry
        metadata = mapper_registry.metadata


    class Layer(Base):
        __tablename__ = "layer"
        id = sa.Column(sa.Integer, primary_key=True)
        title = sa.Column(sa.Unicode, nullable=False)


    class Style(OtherBase):
        __tablename__ = "style"
        id = sa.Column(sa.Integer, primary_key=True)
        layer_id = sa.Column(sa.ForeignKey(Layer.id), nullable=False)
"""


def test_a_declarative_base_made_by_its_metaclass(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_DECLARATIVE_METACLASS_BASE}).create_from_models()
    assert [(c.class_name, c.table) for c in read_models(scenario.package).classes if c.kind == "model"] == [
        ("Layer", "layer"), ("Style", "style")]
    assert scenario.plan().code_actions == ()
    outcome = scenario.drift("ALTER TABLE style ADD COLUMN name text; "
                             "ALTER TABLE layer ALTER COLUMN title DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-column", "Style"), ("nullable", "Layer")]


# nextgisweb: ``ForeignKey(User.id)`` where ``User(Principal)`` is a joined-table subclass and
# ``id`` is Principal's column: SQLAlchemy's ``User.id`` is ``auth_principal.id``. It was read as
# ``auth_user.id`` (a foreign key changed on a database that had not drifted).
A_KEY_OF_A_JOINED_PARENT = """
    import sqlalchemy as sa
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Principal(Base):
        __tablename__ = "auth_principal"
        id: Mapped[int] = mapped_column(primary_key=True)
        cls: Mapped[str] = mapped_column(sa.Unicode(1))
        __mapper_args__ = {"polymorphic_on": cls}


    class User(Principal):
        __tablename__ = "auth_user"
        principal_id: Mapped[int] = mapped_column(sa.ForeignKey(Principal.id), primary_key=True)
        keyname: Mapped[str | None] = mapped_column(sa.Unicode)
        __mapper_args__ = {"polymorphic_identity": "U"}


    class Token(Base):
        __tablename__ = "auth_token"
        id: Mapped[int] = mapped_column(primary_key=True)
        user_id: Mapped[int] = mapped_column(sa.ForeignKey(User.id, ondelete="CASCADE"))
"""


def test_a_foreign_key_to_a_joined_subclass_attribute_of_its_parent(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_KEY_OF_A_JOINED_PARENT}).create_from_models()
    [token] = [t for t in read_models(scenario.package).schema.tables if t.name == "auth_token"]
    assert [(fk.columns, fk.target_table, fk.target_columns) for fk in token.foreign_keys] == [
        (("user_id",), "auth_principal", ("id",))]
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())


# camptocamp/c2cgeoportal: each schema's name is a configuration value with a fallback
# (``_schema = config["schema_static"] or "static"``) that ``__table_args__`` and the foreign keys'
# strings use. The tables were taken for the first schema's (``main``): every table of ``static``
# seemed to have no class, and the classes generated for them clashed with the project's at import.
SCHEMAS_FROM_CONFIGURATION = {
    "config.py": "config = {}\n",
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import declarative_base

        from app.config import config

        Base = declarative_base()
        _schema = config.get("schema") or "main"
        _static = config.get("schema_static") or "static"


        class Role(Base):
            __tablename__ = "role"
            __table_args__ = {"schema": _schema}
            id = Column(Integer, primary_key=True)
            name = Column(String(64), nullable=False)


        class ShortUrl(Base):
            __tablename__ = "shorturl"
            __table_args__ = {"schema": _static}
            id = Column(Integer, primary_key=True)
            url = Column(String(1000))


        class Feedback(Base):
            __tablename__ = "feedback"
            __table_args__ = {"schema": _static}
            id = Column(Integer, primary_key=True)
            shorturl_id = Column(Integer, ForeignKey(_static + ".shorturl.id"))
            email = Column(String(255))
        """,
}


def test_tables_in_schemas_a_configuration_names_are_found_by_their_names(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SCHEMAS_FROM_CONFIGURATION)
    scenario.drift("CREATE SCHEMA main; CREATE SCHEMA static").create_from_models()
    models = read_models(scenario.package)
    assert [t for t, _, _ in models.schema_unread] == ["feedback", "role", "shorturl"]

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("main", "static")), read_models(scenario.package),
                          PlannerOptions())

    first = plan()
    assert (first.code_actions, first.by_hand) == ((), ())
    scenario.drift("ALTER TABLE static.shorturl ALTER COLUMN url TYPE varchar(2000);"
                   "ALTER TABLE static.feedback ALTER COLUMN email TYPE text;"
                   "CREATE TABLE main.feedback (id serial PRIMARY KEY, body text)")
    drifted = plan()
    # a name two schemas have: which table Feedback maps is not known, so it is not compared, and
    # no class is generated for main.feedback
    assert [(a.kind, a.class_name) for a in drifted.code_actions] == [("type", "ShortUrl")]
    assert drifted.by_hand == ()
    assert any("table main.feedback" in note and "no class generated" in note and "a schema the reader cannot read"
               in note for note in drifted.notes), drifted.notes


# c2cgeoportal: a new table of such a schema is written as its file's classes write that schema
# (``{"schema": _static}``), and its key to a class of that file as ``ForeignKey(ShortUrl.id)``: the
# generated class said ``"static"`` and ``"static.shorturl.id"``, the schema a configuration may rename.
def test_a_new_table_of_a_configured_schema_writes_it_as_its_file_does(pg, tmp_path):
    scenario = Scenario(tmp_path / "before", pg, SCHEMAS_FROM_CONFIGURATION)
    scenario.drift("CREATE SCHEMA main; CREATE SCHEMA static").create_from_models()
    scenario.drift("CREATE TABLE static.shorturl_hit (id serial PRIMARY KEY, "
                   "shorturl_id integer NOT NULL REFERENCES static.shorturl (id), hit_at timestamptz)")

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("main", "static")), read_models(scenario.package),
                          PlannerOptions())

    first = plan()
    assert [(a.kind, a.class_name) for a in first.code_actions] == [("add-model", "ShorturlHit")]
    assert not any(isinstance(r, Failed) for r in run_plan(first, write=True, allowed_root=scenario.root))
    text = scenario.text("models.py")
    assert '__table_args__ = {"schema": _static}' in text, text
    assert "ForeignKey(ShortUrl.id)" in text, text
    assert [a.reason for a in plan().code_actions] == []
    # the classes as written import, configure and create their tables
    Scenario(tmp_path / "after", pg, {"config.py": "config = {}\n", "models.py": text}) \
        .drift("CREATE SCHEMA main; CREATE SCHEMA static").create_from_models()


# openstack/networking-bgpvpn: ``sa.Enum(*bgpvpn_rc_def.ROUTE_TYPES, name=...)`` where the list is
# neutron-lib's (``from neutron_lib.api.definitions import bgpvpn_routes_control as bgpvpn_rc_def``):
# the library's module was not read for a starred argument, and the type was unresolved.
LABELS_OF_A_LIBRARY_LIST = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base

    from fakedefs.api import routes as rc_def

    Base = declarative_base()


    class RouteTarget(Base):
        __tablename__ = "route_targets"
        id = sa.Column(sa.Integer, primary_key=True)
        kind = sa.Column(sa.Enum(*rc_def.ROUTE_TYPES, name="route_types"), nullable=False)
    """


def test_enum_labels_of_a_librarys_list_constant(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakedefs", {
        "__init__.py": "", "api/__init__.py": "",
        "api/routes.py": 'PREFIX_TYPE = "prefix"\nBGPVPN_TYPE = "bgpvpn"\nROUTE_TYPES = [PREFIX_TYPE, BGPVPN_TYPE]\n'})
    scenario = Scenario(tmp_path, pg, {"__init__.py": SITE_ON_PATH, "models.py": LABELS_OF_A_LIBRARY_LIST})
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [kind] = [c for c in models.schema.tables[0].columns if c.name == "kind"]
    assert (kind.type.name, models.schema.enum("route_types", "public").labels) == ("route_types", ("prefix", "bgpvpn"))
    assert (scenario.plan().code_actions, scenario.plan().by_hand) == ((), ())


# mwielgoszewski/doorman and invenio-files-rest's ``FileRecordModelMixin`` (invenio-requests): a
# declared_attr ``__table_args__`` that reads the class's table name and columns
# (``Index("idx_%s_node_id_timestamp_desc" % cls.__tablename__, "node_id", cls.timestamp.desc())``,
# ``f"uidx_{cls.__tablename__}_record_id_key"`` in a mixin of two tables) was "computed": the
# table's indexes were not compared, each a note where nothing drifted. It is read for each class.
TABLE_ARGS_OF_EACH_CLASS = """
    from sqlalchemy import Column, DateTime, Index, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class FileRecordMixin:
        id = Column(Integer, primary_key=True)
        record_id = Column(Integer, nullable=False)
        key = Column(String(255), nullable=False)

        @declared_attr
        def __table_args__(cls):
            return (Index(f"uidx_{cls.__tablename__}_record_id_key", "record_id", "key", unique=True),)


    class RequestFile(FileRecordMixin, Base):
        __tablename__ = "request_files"


    class DraftFile(FileRecordMixin, Base):
        __tablename__ = "draft_files"


    class ResultLog(Base):
        __tablename__ = "result_log"
        id = Column(Integer, primary_key=True)
        name = Column(String(50))
        node_id = Column(Integer)
        timestamp = Column(DateTime)

        @declared_attr
        def __table_args__(cls):
            return (
                Index("idx_%s_node_id_timestamp_desc" % cls.__tablename__, "node_id", cls.timestamp.desc()),
            )
    """


def test_table_args_a_declared_attr_makes_of_the_class_table_name_are_read_for_each_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLE_ARGS_OF_EACH_CLASS)
    models = read_models(scenario.package)
    assert {t.name: [i.name for i in t.indexes] for t in models.schema.tables} == {
        "request_files": ["uidx_request_files_record_id_key"], "draft_files": ["uidx_draft_files_record_id_key"],
        "result_log": ["idx_result_log_node_id_timestamp_desc"]}
    assert models.hidden_items == () and models.unresolved == ()
    assert scenario.plan().notes == ()
    outcome = scenario.drift("CREATE INDEX ix_result_log_name ON result_log (name)").reconcile()
    assert outcome.problems() == []


# haiwen/seafevents: ``__table_args__ = (Index('idx_filetrash_repo_delete_time',`` with the
# index's other arguments lined up under its first on the next line. An index added put each item
# on a line of its own, and the continuation line stayed where it was, no longer under anything.
AN_ITEM_LINED_UP_UNDER_ITS_FIRST_ARGUMENT = """
    from sqlalchemy import Column, DateTime, Index, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class FileTrash(Base):
        __tablename__ = 'FileTrash'

        id = Column(Integer, primary_key=True)
        repo_id = Column(String(36), nullable=False)
        user = Column(String(255), nullable=False)
        delete_time = Column(DateTime, nullable=False)
        __table_args__ = (Index('idx_filetrash_repo_delete_time',
                                'repo_id', 'delete_time'), )
    """


def test_an_item_moved_to_a_line_of_its_own_keeps_its_lines_under_it(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, AN_ITEM_LINED_UP_UNDER_ITS_FIRST_ARGUMENT)
    outcome = scenario.drift('CREATE INDEX idx_filetrash_user ON "FileTrash" ("user", delete_time)').reconcile()
    assert outcome.problems() == []
    assert ("    __table_args__ = (\n"
            "        Index('idx_filetrash_repo_delete_time',\n"
            "              'repo_id', 'delete_time'),\n"
            "        Index('idx_filetrash_user', 'user', 'delete_time'),\n"
            "    )\n") in outcome.after["models.py"], outcome.after["models.py"]


# SQLAlchemy's decorator mapping (``@reg.mapped`` / ``@reg.mapped_as_dataclass`` on classes with
# no base): a new table's class was written ``class UserNote(Base):``, a name the module does not
# have (the models no longer imported). And rsmusllp/king-phisher's ``@register_table`` on every
# model class (its own registry of tables): the new class had none, so the application would not
# know it. A new class takes the decorators every mapped class of its file has.
DECORATOR_MAPPED = """
    from sqlalchemy import ForeignKey, String
    from sqlalchemy.orm import Mapped, mapped_column, registry

    reg = registry()


    @reg.mapped
    class User:
        __tablename__ = "user_account"
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(String(30))


    @reg.mapped_as_dataclass
    class Address:
        __tablename__ = "address"
        id: Mapped[int] = mapped_column(primary_key=True, init=False)
        user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    """

REGISTERED_TABLES = """
    import sqlalchemy
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    database_tables = {}


    def register_table(table):
        database_tables[table.__tablename__] = table
        return table


    @register_table
    class Campaign(Base):
        __tablename__ = 'campaigns'
        id = sqlalchemy.Column(sqlalchemy.Integer, primary_key=True)
        name = sqlalchemy.Column(sqlalchemy.String, nullable=False)


    @register_table
    class Message(Base):
        __tablename__ = 'messages'
        id = sqlalchemy.Column(sqlalchemy.String, primary_key=True)
        campaign_id = sqlalchemy.Column(sqlalchemy.Integer, sqlalchemy.ForeignKey('campaigns.id'))
    """


DECORATOR_MAPPED_TABLE = """
    from sqlalchemy import Column, Integer, String, Table
    from sqlalchemy.orm import registry

    reg = registry()


    @reg.mapped
    class User:
        __table__ = Table("user_account", reg.metadata, Column("id", Integer, primary_key=True),
                          Column("name", String(30)))
    """


@pytest.mark.parametrize("source, metadata, written", [
    (DECORATOR_MAPPED, "app.models:reg.metadata", "\n\n@reg.mapped\nclass UserNote:\n"),
    (DECORATOR_MAPPED_TABLE, "app.models:reg.metadata", "\n\n@reg.mapped\nclass UserNote:\n"),
    (REGISTERED_TABLES, "app.models:Base.metadata", "\n\n@register_table\nclass UserNote(Base):\n"),
])
def test_a_new_class_takes_the_decorators_every_mapped_class_of_its_file_has(pg, tmp_path, source, metadata,
                                                                                written):
    scenario = Scenario(tmp_path, pg, {"models.py": source}, metadata=metadata).create_from_models()
    assert scenario.plan().code_actions == ()
    table = "user_account" if "reg" in metadata else "campaigns"
    outcome = scenario.drift(f"CREATE TABLE user_note (id serial PRIMARY KEY, ref integer REFERENCES {table} (id))")
    outcome = outcome.reconcile()
    assert outcome.problems() == []
    assert written in outcome.after["models.py"], outcome.after["models.py"]


def test_a_new_class_has_the_blank_lines_the_files_classes_have(pg, tmp_path):
    # king-phisher writes one blank line between its classes: a new one had two
    source = REGISTERED_TABLES.replace("\n\n\n", "\n\n")
    scenario = Scenario(tmp_path, pg, {"models.py": source}).create_from_models()
    outcome = scenario.drift("CREATE TABLE user_note (id serial PRIMARY KEY, ref integer REFERENCES campaigns (id))")
    outcome = outcome.reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "nullable=False)\n\n@register_table\nclass UserNote(Base):\n" in after and "\n\n\n" not in after, after


# mlrun/mlrun: ``Column(String(255, collation=SQLTypesUtil.collation()))``, a collation a function
# chooses. A new length was left by hand as if ``255`` were a constant other columns share; the
# length is a literal of this column's, and the collation stays as written.
A_LENGTH_BESIDE_A_COMPUTED_COLLATION = {
    "util.py": """
        class SQLTypesUtil:
            @staticmethod
            def collation():
                return None
    """,
    "models.py": """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        from app.util import SQLTypesUtil

        Base = declarative_base()


        class Run(Base):
            __tablename__ = "runs"
            id = Column(Integer, primary_key=True)
            state = Column(String(255, collation=SQLTypesUtil.collation()))
    """,
}


def test_a_literal_length_beside_a_collation_a_function_chooses_is_edited(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_LENGTH_BESIDE_A_COMPUTED_COLLATION).create_from_models()
    outcome = scenario.drift("ALTER TABLE runs ALTER COLUMN state TYPE varchar(64)").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert "    state = Column(String(64, collation=SQLTypesUtil.collation()))\n" in outcome.after["models.py"]


# evidentlyai/evidently: ``date_from: Mapped[Optional[datetime]] = None`` (a column: declarative
# maps the annotation when the value is None), ``{JSON_FIELD: JSON}`` in the type_annotation_map
# with ``JSON_FIELD = Dict[str, Any]`` and columns written ``Mapped[Dict[str, Any]]`` (SQLAlchemy
# looks the type up by equality), and ``UserID = uuid.UUID`` under ``{uuid.UUID: Uuid}``. The first
# two were not read at all: the plan added the columns again, and the models no longer imported
# (DuplicateColumnError); the third was "not in SQLAlchemy's type map".
ANNOTATIONS_THROUGH_ALIASES = """
    import datetime
    import uuid
    from typing import Any, Dict, Optional

    from sqlalchemy import JSON, Uuid
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

    JSON_FIELD = Dict[str, Any]
    UserID = uuid.UUID


    class Base(DeclarativeBase):
        type_annotation_map = {JSON_FIELD: JSON, uuid.UUID: Uuid}


    class Snapshot(Base):
        __tablename__ = "snapshots"
        id: Mapped[UserID] = mapped_column(primary_key=True)
        date_from: Mapped[Optional[datetime.datetime]] = None
        attributes: Mapped[Dict[str, Any]]
        metadata_: Mapped[JSON_FIELD]
        label = "snapshot"  # a plain class attribute, as any value but None is
    """


def test_annotations_read_through_aliases_and_a_none_value(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ANNOTATIONS_THROUGH_ALIASES)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(c.name, c.type.name, c.nullable) for c in models.schema.tables[0].columns] == [
        ("id", "uuid", False), ("date_from", "timestamp without time zone", True), ("attributes", "json", False),
        ("metadata_", "json", False)]
    outcome = scenario.drift("ALTER TABLE snapshots ALTER COLUMN attributes DROP NOT NULL").reconcile()
    assert outcome.problems() == []


# hasgeek/lastuser (on coaster): ``__title_length__ = 80`` in a class body, then
# ``fullname = db.Column(db.Unicode(__title_length__))``: a dunder name was left out of the body's
# constants, and the type was unresolved (a length change only a note).
A_DUNDER_CONSTANT_OF_THE_CLASS_BODY = """
    from sqlalchemy import Column, Integer, Unicode
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class User(Base):
        __tablename__ = "user"
        __title_length__ = 80
        id = Column(Integer, primary_key=True)
        fullname = Column(Unicode(__title_length__))
    """


def test_a_dunder_constant_of_the_class_body_gives_a_length(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_DUNDER_CONSTANT_OF_THE_CLASS_BODY)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert models.schema.tables[0].column("fullname").type.length == 80
    [item] = scenario.drift("ALTER TABLE \"user\" ALTER COLUMN fullname TYPE varchar(250)").plan().by_hand
    assert "takes __title_length__ (a constant other columns may share)" in item.message, item.message


# ckan/ckanext-report: ``Table("data_cache", ..., Column("value", ...), Column("created", ...))``; the
# drift renames ``value`` to ``cached_value``, drops ``created`` and adds ``expires_at``. The rename was
# found, but ``created`` ~ ``expires_at`` was left undecided ("keeps the place of created"): the place
# of the renamed column, which keeps its attnum, was not counted, so the dropped slot after it seemed
# to be its. The renames found are neighbours too: a drop and an add.
A_RENAME_BESIDE_A_DROP = """
    from sqlalchemy import Column, DateTime, Integer, MetaData, Table, Text

    metadata = MetaData()

    data_cache = Table(
        "data_cache", metadata,
        Column("id", Integer, primary_key=True),
        Column("object_id", Text),
        Column("key", Text, nullable=False),
        Column("value", Text),
        Column("created", DateTime),
    )
    """


def test_a_column_renamed_beside_one_dropped_and_one_added(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_RENAME_BESIDE_A_DROP}, metadata="app.models:metadata")
    scenario.create_from_models()
    outcome = scenario.drift("ALTER TABLE data_cache RENAME COLUMN value TO cached_value;"
                             "ALTER TABLE data_cache DROP COLUMN created;"
                             "ALTER TABLE data_cache ADD COLUMN expires_at timestamp").reconcile()
    assert outcome.plan.undecided == ()
    assert sorted(a.kind for a in outcome.code_actions()) == ["add-column", "column-name", "drop-column"]
    assert outcome.problems() == []


# CCExtractor/sample-platform: ``tag_name_index = Index('tag_name_index', Tag.name)`` at module level
# was not read (only a bare ``Index(...)`` statement was): the plan added the index to the class's
# ``__table_args__`` where nothing drifted, and ``create_all`` then made it twice (it exists).
A_NAMED_MODULE_LEVEL_INDEX = """
    from sqlalchemy import Column, Index, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Tag(Base):
        __tablename__ = "tag"
        id = Column(Integer, primary_key=True)
        name = Column(String(50))
        colour = Column(String(10))


    tag_name_index = Index("tag_name_index", Tag.name)
    tag_colour_unique: UniqueConstraint = UniqueConstraint(Tag.name, Tag.colour, name="uq_tag_colour")
    """


def test_an_index_made_at_module_level_and_named_by_a_variable_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_NAMED_MODULE_LEVEL_INDEX)
    # a module-level index is a person's to change, as a bare ``Index(...)`` statement's is
    plan = scenario.drift("DROP INDEX tag_name_index").plan()
    assert [(b.line, "makes it at module level" in b.message) for b in plan.by_hand] == [(14, True)]


# Weasyl/weasyl: ``from sqlalchemy.schema import ForeignKey as _ForeignKey`` (its own ``ForeignKey``
# is a function that makes keys deferrable). A key written with the alias was lost without a word,
# and the plan added the key again; ``_ForeignKeyConstraint(...)`` was "a call the reader does not follow".
ALIASED_KEYS = """
    from sqlalchemy import Column, Integer
    from sqlalchemy.orm import declarative_base
    from sqlalchemy.schema import ForeignKey as _ForeignKey
    from sqlalchemy.schema import ForeignKeyConstraint as _ForeignKeyConstraint
    from sqlalchemy.schema import Index as _Index

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)


    class Post(Base):
        __tablename__ = "posts"
        id = Column(Integer, primary_key=True)
        user_id = Column(Integer, _ForeignKey("users.id"))
        editor_id = Column(Integer)
        __table_args__ = (_ForeignKeyConstraint(["editor_id"], ["users.id"], name="posts_editor_fkey"),)


    _ForeignKeyConstraint([Post.id], [User.id], name="posts_id_fkey")
    post_editor_index = _Index("ix_posts_editor", Post.editor_id)
    """


def test_keys_and_indexes_written_with_an_alias_of_sqlalchemys_name_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ALIASED_KEYS)
    model_set = read_models(scenario.models)
    assert model_set.unresolved == ()
    keys = {fk.columns for table in model_set.schema.tables for fk in table.foreign_keys}
    assert keys == {("user_id",), ("editor_id",), ("id",)}


# zenodo/zenodo: ``user = db.relationship(User, backref="safelist")`` to invenio-accounts' ``User``,
# a class outside the models read. The database gained a second key to ``accounts_user``: the new
# column's ForeignKey made the relationship ambiguous (AmbiguousForeignKeysError at import), as
# only relationships between two compared classes were given ``foreign_keys=``.
TO_A_LIBRARY_CLASS = {
    "db.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
    """,
    "accounts.py": """
        from sqlalchemy import Column, Integer, String

        from .db import Base


        class User(Base):
            __tablename__ = "accounts_user"
            id = Column(Integer, primary_key=True)
            email = Column(String(255))
    """,
    "spam/__init__.py": "",
    "spam/models.py": """
        from sqlalchemy import Column, ForeignKey, Integer, Text
        from sqlalchemy.orm import relationship

        from ..accounts import User
        from ..db import Base


        class SafelistEntry(Base):
            __tablename__ = "safelist_entries"
            user_id = Column(Integer, ForeignKey(User.id), primary_key=True)
            notes = Column(Text)
            user = relationship(User, backref="safelist")
    """,
}


def test_a_relationship_to_a_class_outside_the_models_gets_the_key_it_uses_when_another_appears(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TO_A_LIBRARY_CLASS, metadata="app.spam.models:Base.metadata", models="spam")
    scenario.create_from_models()
    outcome = scenario.drift("ALTER TABLE safelist_entries ADD COLUMN added_by integer "
                             "REFERENCES accounts_user (id)").reconcile()
    assert sorted(a.kind for a in outcome.code_actions()) == ["add-column", "relationship"]
    assert 'User, backref="safelist", foreign_keys="[SafelistEntry.user_id]"' in outcome.after["spam/models.py"]
    assert outcome.problems() == []


# Weasyl/weasyl: ``class Folder(Base): __table__ = tables.folder``, the Table in another module
# read after the class's: a new column was written into the class body (SQLAlchemy: "Can't add
# additional column ... when specifying __table__") and an index into its ``__table_args__``, which
# SQLAlchemy ignores then; both asked for again by the next plan. They go into the Table.
MAPPED_ONTO_ANOTHER_MODULES_TABLE = {
    "content.py": """
        from sqlalchemy.orm import declarative_base

        from app import tables

        Base = declarative_base(metadata=tables.metadata)


        class Folder(Base):
            __table__ = tables.folder
    """,
    "tables.py": """
        from sqlalchemy import Column, Integer, MetaData, String, Table

        metadata = MetaData()

        folder = Table(
            "folder", metadata,
            Column("folderid", Integer, primary_key=True),
            Column("title", String(100), nullable=False),
        )
    """,
}


def test_a_class_mapped_onto_a_table_of_another_module_is_edited_there(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, MAPPED_ONTO_ANOTHER_MODULES_TABLE, metadata="app.content:Base.metadata")
    scenario.create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []
    outcome = scenario.drift("ALTER TABLE folder ADD COLUMN description text;"
                             "CREATE INDEX ind_folder_title ON folder (title)").reconcile()
    assert {a.file.rsplit("/", 1)[-1] for a in outcome.code_actions()} == {"tables.py"}
    assert outcome.after["content.py"] == scenario_text(MAPPED_ONTO_ANOTHER_MODULES_TABLE["content.py"])
    assert 'Column("description", Text)' in outcome.after["tables.py"]
    assert outcome.problems() == []


def scenario_text(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# Weasyl/weasyl: ``Column("unixtime", TIMESTAMP(timezone=True), server_default='epoch')``: PostgreSQL
# stores the instant ('1970-01-01 00:00:00+00'), which was a default "changed" where nothing drifted.
EPOCH_DEFAULTS = """
    from sqlalchemy import TIMESTAMP, Column, Date, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Event(Base):
        __tablename__ = "events"
        id = Column(Integer, primary_key=True)
        at = Column(TIMESTAMP(timezone=True), nullable=False, server_default="epoch")
        local_at = Column(TIMESTAMP, server_default="epoch")
        day = Column(Date, server_default="epoch")
    """


def test_the_epoch_as_a_server_default_is_the_instant_postgresql_stores(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, EPOCH_DEFAULTS)
    plan = scenario.drift("ALTER TABLE events ALTER COLUMN day SET DEFAULT '2000-01-01'").plan()
    assert [(a.kind, a.column) for a in plan.code_actions] == [("server-default", "day")]


# pallets-eco/flask-security: ``active = cast(bool, Column(Boolean(), nullable=False))`` in its
# ``fsqla`` user mixin (``typing.cast``, for type checkers): the column was not seen, and the plan
# added ``active_2 = Column("active", ...)`` where nothing drifted (DuplicateColumnError at import).
CAST_FOR_TYPE_CHECKERS = """
    import typing as t
    from typing import cast

    from sqlalchemy import Boolean, Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class UserMixin:
        id = Column(Integer, primary_key=True)
        active = cast(bool, Column(Boolean(), nullable=False))
        email = t.cast(str, Column(String(255), unique=True))


    class User(Base, UserMixin):
        __tablename__ = "user"
    """


def test_a_column_given_to_typing_cast_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, CAST_FOR_TYPE_CHECKERS)
    outcome = scenario.drift('ALTER TABLE "user" ALTER COLUMN email SET NOT NULL').reconcile()
    assert 'email = t.cast(str, Column(String(255), unique=True, nullable=False))' in outcome.after["models.py"]
    assert outcome.problems() == []


# cedricbonhomme/newspipe: ``user_id = db.Column(db.Integer(), db.ForeignKey("user.id"))`` and, in
# ``__table_args__``, ``ForeignKeyConstraint([user_id], ["user.id"], ondelete="CASCADE")``: two
# constraints in the database. The keys were compared one per set of columns, the model's last
# against the database's last: ``ondelete="CASCADE"`` written where nothing drifted, every plan.
TWO_KEYS_ON_ONE_COLUMN = """
    from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class User(Base):
        __tablename__ = "user"
        id = Column(Integer, primary_key=True)


    class Feed(Base):
        __tablename__ = "feed"
        id = Column(Integer, primary_key=True)
        title = Column(String(100))
        user_id = Column(Integer(), ForeignKey("user.id"))

        __table_args__ = (ForeignKeyConstraint([user_id], ["user.id"], ondelete="CASCADE"),)
    """


def test_two_keys_on_one_column_are_each_the_databases(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TWO_KEYS_ON_ONE_COLUMN)
    # one of them gone: the other still matches; which of the model's two is gone is a person's call
    plan = scenario.drift("ALTER TABLE feed DROP CONSTRAINT feed_user_id_fkey1").plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    assert ["has several foreign keys" in b.message for b in plan.by_hand] == [True]


# inveniosoftware/invenio-banners: the file's one boolean is ``db.Boolean(name="active")`` (the name of
# the CHECK constraint SQLAlchemy 1.3 made for it): a new boolean column was written with that name
# too (two constraints of one name where ``create_constraint=True``).
A_NAMED_BOOLEAN = """
    from sqlalchemy import Boolean, Column, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Banner(Base):
        __tablename__ = "banners"
        id = Column(Integer, primary_key=True)
        active = Column(Boolean(name="active"), nullable=False, default=True)
    """


def test_a_new_column_does_not_take_the_constraint_name_another_columns_type_gives(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_NAMED_BOOLEAN)
    outcome = scenario.drift("ALTER TABLE banners ADD COLUMN dismissible boolean").reconcile()
    assert "    dismissible = Column(Boolean)\n" in outcome.after["models.py"]
    assert outcome.problems() == []


# mattupstate/overholt: each class adds a serializer of its own (``Category(CategoryJsonSerializer,
# db.Model)``, ``Product(ProductJsonSerializer, db.Model)``): the class for a new table took the first
# class's, whose ``__json_hidden__`` names Category's relationships.
A_CLASS_OF_ITS_OWN_EACH = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class JsonSerializer:
        __json_hidden__ = None


    class CategoryJsonSerializer(JsonSerializer):
        __json_hidden__ = ["products"]


    class Category(CategoryJsonSerializer, Base):
        __tablename__ = "categories"
        id = Column(Integer, primary_key=True)
        name = Column(String(255))


    class ProductJsonSerializer(JsonSerializer):
        __json_hidden__ = ["stores"]


    class Product(ProductJsonSerializer, Base):
        __tablename__ = "products"
        id = Column(Integer, primary_key=True)
        name = Column(String(255))
    """


def test_a_new_class_takes_the_bases_every_class_shares_when_each_adds_its_own(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_CLASS_OF_ITS_OWN_EACH)
    outcome = scenario.drift("CREATE TABLE product_reviews (id serial PRIMARY KEY, body text)").reconcile()
    assert "class ProductReview(Base):\n" in outcome.after["models.py"]
    assert outcome.problems() == []


# Weasyl/weasyl: ``def ForeignKey(*args, **kwargs): return _ForeignKey(*args, **kwargs, deferrable=True)``
# (and the same for ForeignKeyConstraint, and ``cascading_fkey`` on top of that one): its keys were
# read as SQLAlchemy's, not deferrable, and each was "changed" where nothing drifted (apply wrote
# ``deferrable=True`` into the call: TypeError at import, a keyword given twice).
PRESET_KEYWORDS = """
    from sqlalchemy import Column, Integer, MetaData, Table, Text
    from sqlalchemy.schema import ForeignKey as _ForeignKey
    from sqlalchemy.schema import ForeignKeyConstraint as _ForeignKeyConstraint

    metadata = MetaData()


    # every key deferrable
    def ForeignKey(*args, **kwargs) -> _ForeignKey:
        return _ForeignKey(*args, **kwargs, deferrable=True)


    def ForeignKeyConstraint(*args, **kwargs) -> _ForeignKeyConstraint:
        return _ForeignKeyConstraint(*args, **kwargs, deferrable=True)


    def cascading_fkey(*args, **kwargs):
        return ForeignKeyConstraint(*args, onupdate="CASCADE", ondelete="CASCADE", **kwargs)


    login = Table(
        "login", metadata,
        Column("userid", Integer(), primary_key=True),
        Column("login_name", Text(), nullable=False),
    )

    suspension = Table(
        "suspension", metadata,
        Column("userid", Integer(), primary_key=True),
        Column("reason", Text(), nullable=False),
        Column("voucher", Integer(), ForeignKey("login.userid")),
        cascading_fkey(["userid"], ["login.userid"], name="suspension_userid_fkey"),
    )
    """


def test_keys_made_by_a_function_of_the_file_that_presets_keywords_have_them(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, PRESET_KEYWORDS, metadata="app.models:metadata")
    model_set = read_models(scenario.models)
    keys = {(fk.columns, fk.deferrable, fk.ondelete) for t in model_set.schema.tables for fk in t.foreign_keys}
    assert keys == {(("voucher",), True, None), (("userid",), True, "CASCADE")}
    assert model_set.unresolved == ()
    # a change of such a key is a person's: the function gives deferrable=, a call given it again fails
    plan = scenario.drift("ALTER TABLE suspension DROP CONSTRAINT suspension_voucher_fkey;"
                          "ALTER TABLE suspension ADD CONSTRAINT suspension_voucher_fkey FOREIGN KEY (voucher)"
                          " REFERENCES login (userid) ON DELETE SET NULL DEFERRABLE").plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    assert ["sets deferrable itself" in b.message for b in plan.by_hand] == [True]


# Weasyl/weasyl: ``def _tag_suggestion_feedback_table(content_table, id_column): table_name =
# f"tag_suggestion_feedback_{content_table.name}"; return Table(table_name, metadata, ...)``, called at
# module level for three tables: a class was generated for each, every plan (the Table is the model).
A_TABLE_NAME_A_FUNCTION_MAKES = """
    from sqlalchemy import Boolean, Column, ForeignKey, Integer, MetaData, Table

    metadata = MetaData()

    submission = Table("submission", metadata, Column("submitid", Integer(), primary_key=True))
    journal = Table("journal", metadata, Column("journalid", Integer(), primary_key=True))


    def _feedback_table(content_table, id_column):
        table_name = f"tag_suggestion_feedback_{content_table.name}"

        return Table(
            table_name, metadata,
            Column("targetid", ForeignKey(id_column, ondelete="CASCADE"), primary_key=True),
            Column("incorrect", Boolean(), nullable=False),
        )


    tag_suggestion_feedback_submission = _feedback_table(submission, submission.c.submitid)
    tag_suggestion_feedback_journal = _feedback_table(journal, journal.c.journalid)
    """


def test_tables_a_function_names_through_a_variable_get_no_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_TABLE_NAME_A_FUNCTION_MAKES, metadata="app.models:metadata")
    plan = scenario.drift("CREATE TABLE journal_notes (id serial PRIMARY KEY)").plan()
    assert [(a.kind, a.table) for a in plan.code_actions] == [("add-model", "journal_notes")]


# OpenMined/PyGrid (Flask-SQLAlchemy 2, so SQLAlchemy 1.3): a new table's ``double precision`` column
# was written ``db.Double``, which SQLAlchemy has from 2.0 only: the models no longer imported.
ON_SQLALCHEMY_1 = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Worker(Base):
        __tablename__ = "workers"
        id = Column(Integer, primary_key=True)
        address = Column(String(255))
    """


@pytest.mark.parametrize("declared, double, uuid", [
    ("Flask-SQLAlchemy==2.5.1\n", "DOUBLE_PRECISION", "UUID(as_uuid=True)"),
    ("sqlalchemy>=1.4,<2\n", "DOUBLE_PRECISION", "UUID(as_uuid=True)"),
    ("sqlalchemy>=2.0\n", "Double", "Uuid"),
])
def test_new_columns_are_written_with_the_types_the_projects_sqlalchemy_has(pg, tmp_path, declared, double, uuid):
    (tmp_path / "requirements.txt").write_text(declared)
    scenario = _no_drift(tmp_path, pg, ON_SQLALCHEMY_1)
    outcome = scenario.drift("CREATE TABLE reports (id serial PRIMARY KEY, accuracy double precision,"
                             " token uuid)").reconcile()
    assert f"accuracy = Column({double})" in outcome.after["models.py"]
    assert f"token = Column({uuid})" in outcome.after["models.py"]
    assert outcome.problems() == []


# openstack/networking-cisco: ``class HostingDeviceTemplate(bc.model_base.BASEV2, bc.model_base.HasId,
# bc.HasProject)`` of a compatibility module that binds ``HasProject = model_base.HasProject``
# (neutron-lib's mixin; here a module of our own in its place): "not defined in the scanned files", so a
# column the database gained was a note, and a new class took ``bc.HasProject`` without knowing it adds
# ``project_id``. A name the module imports (``from ... import HasProjectPrimaryKey``) likewise.
A_MIXIN_A_MODULE_PASSES_ON = {
    "lib/__init__.py": "",
    "lib/model_base.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        BASEV2 = declarative_base()


        class HasId:
            id = sa.Column(sa.String(36), primary_key=True)


        class HasProject:
            project_id = sa.Column(sa.String(255), index=True)


        class HasProjectPrimaryKey:
            project_id = sa.Column(sa.String(255), primary_key=True)
    """,
    "compat.py": """
        from app.lib import model_base
        from app.lib.model_base import HasProjectPrimaryKey

        HasProject = model_base.HasProject
    """,
    "models.py": """
        import sqlalchemy as sa

        from app import compat as bc
        from app.lib.model_base import BASEV2


        class HostingDeviceTemplate(BASEV2, bc.model_base.HasId, bc.HasProject):
            __tablename__ = "cisco_hosting_device_templates"
            name = sa.Column(sa.String(255))


        class Quota(BASEV2, bc.HasProjectPrimaryKey):
            __tablename__ = "cisco_quotas"
            limit = sa.Column(sa.Integer)
    """,
}


def test_a_mixin_a_module_of_the_project_passes_on_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_MIXIN_A_MODULE_PASSES_ON,
                        metadata="app.models:BASEV2.metadata").create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    assert not [u for u in read_models(scenario.models).unresolved if "bc." in u.message]
    outcome = scenario.drift("ALTER TABLE cisco_hosting_device_templates ADD COLUMN vendor varchar(255)").reconcile()
    assert [a.kind for a in outcome.code_actions()] == ["add-column"]
    assert outcome.problems() == []


# openstack/fuel-web: ``MutableDict.as_mutable(JSON)`` in every model file, ``JSON`` the project's
# TypeDecorator of text there, and PostgreSQL's ``JSON`` in one file that imports it so. The
# resolver kept the type of the text ``MutableDict.as_mutable(JSON)`` for every file: the column
# of ``json`` was read as text, a change by hand where nothing drifted.
A_NAME_OF_SQLALCHEMY_AND_OF_A_DECORATOR = {
    "__init__.py": "",
    "fields.py": """
        import json

        from sqlalchemy.types import Text, TypeDecorator


        class JSON(TypeDecorator):
            impl = Text
            cache_ok = True

            def process_bind_param(self, value, dialect):
                return json.dumps(value)

            def process_result_value(self, value, dialect):
                return json.loads(value) if value is not None else None
    """,
    "base.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
    """,
    "cluster.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.ext.mutable import MutableDict

        from app.base import Base
        from app.fields import JSON


        class Cluster(Base):
            __tablename__ = "clusters"
            id = Column(Integer, primary_key=True)
            settings = Column(MutableDict.as_mutable(JSON), nullable=False)
    """,
    "master.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.dialects.postgresql import JSON
        from sqlalchemy.ext.mutable import MutableDict

        from app.base import Base


        class MasterNodeSettings(Base):
            __tablename__ = "master_node_settings"
            id = Column(Integer, primary_key=True)
            settings = Column(MutableDict.as_mutable(JSON), nullable=False)
    """,
}


def test_a_type_of_a_name_sqlalchemy_and_a_decorator_share_reads_as_its_files_import(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_NAME_OF_SQLALCHEMY_AND_OF_A_DECORATOR,
                        metadata="app.base:Base.metadata").create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    tables = {table.name: table for table in read_models(scenario.models).schema.tables}
    assert tables["master_node_settings"].column("settings").type.name == "json"
    assert tables["clusters"].column("settings").type.name == "text"


# inveniosoftware/invenio-rdm-records: ``@declared_attr def user_id(cls): return
# db.Column(..., unique=True)``, the unique constraint gone from the database. The edit narrowed
# to the class's assignments left the function out: ``unique=True`` stayed, and apply said nothing.
A_DECLARED_ATTR_UNIQUE_COLUMN = """
    from sqlalchemy import Column, ForeignKey, Integer
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)


    class UserQuota(Base):
        __tablename__ = "user_quotas"
        id = Column(Integer, primary_key=True)
        quota = Column(Integer, nullable=False)

        @declared_attr
        def user_id(cls):
            return Column(Integer, ForeignKey(User.id, ondelete="CASCADE"), unique=True)
"""


def test_a_flag_dropped_from_a_declared_attr_column_is_dropped_in_its_function(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_DECLARED_ATTR_UNIQUE_COLUMN)
    outcome = scenario.drift("ALTER TABLE user_quotas DROP CONSTRAINT user_quotas_user_id_key;"
                             " ALTER TABLE user_quotas ALTER COLUMN quota DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    assert 'return Column(Integer, ForeignKey(User.id, ondelete="CASCADE"))' in outcome.after["models.py"]
    outcome = scenario.drift("ALTER TABLE user_quotas ALTER COLUMN user_id SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert 'return Column(Integer, ForeignKey(User.id, ondelete="CASCADE"), nullable=False)' in outcome.after["models.py"]


# mozilla/ichnaea: the base's ``@declared_attr def __table_args__(cls): return cls._indices +
# (cls._settings,)``, ``_settings = MYSQL_SETTINGS`` in the base, each class its own ``_indices``
# (``(PrimaryKeyConstraint("region"),)``). Not read: the primary keys the classes declare there
# were planned again (``primary_key=True``) where nothing drifted.
ITEMS_OF_AN_ATTRIBUTE_AND_OPTIONS_OF_ANOTHER = """
    from sqlalchemy import Column, Date, Index, Integer, PrimaryKeyConstraint, String
    from sqlalchemy.orm import declarative_base, declared_attr

    MYSQL_SETTINGS = {"mysql_engine": "InnoDB", "mysql_charset": "utf8"}


    class BaseModel:
        _indices = ()
        _settings = MYSQL_SETTINGS

        @declared_attr
        def __table_args__(cls):
            return cls._indices + (cls._settings,)


    Base = declarative_base(cls=BaseModel)


    class RegionStat(Base):
        __tablename__ = "region_stat"
        _indices = (PrimaryKeyConstraint("region"),)
        region = Column(String(2))
        gsm = Column(Integer)


    class Stat(Base):
        __tablename__ = "stat"
        _indices = (PrimaryKeyConstraint("key", "time"), Index("stat_time_idx", "time"))
        key = Column(Integer, autoincrement=False)
        time = Column(Date)
        value = Column(Integer)
"""


def test_table_items_of_a_class_attribute_beside_options_of_another_are_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ITEMS_OF_AN_ATTRIBUTE_AND_OPTIONS_OF_ANOTHER)
    outcome = scenario.drift("CREATE INDEX region_stat_gsm_idx ON region_stat (gsm)").reconcile()
    assert outcome.problems() == []
    assert ('    _indices = (\n        PrimaryKeyConstraint("region"),\n        Index("region_stat_gsm_idx", "gsm"),\n    )\n'
            in outcome.after["models.py"])


# cloudify-cosmo/cloudify-manager: ``def foreign_key(foreign_key_column, nullable=False, ...): return
# db.Column(db.ForeignKey(foreign_key_column, ondelete=ondelete), ...)`` called as
# ``_node_fk = foreign_key(Node._storage_id)``. The key was read as one to the parameter's name on
# the class's own table (``agents.foreign_key_column``): a change by hand where nothing drifted.
A_HELPER_GIVEN_A_COLUMN_ATTRIBUTE = {
    "__init__.py": "",
    "relationships.py": """
        import sqlalchemy as sa


        def foreign_key(foreign_key_column, nullable=False, index=True, ondelete="CASCADE"):
            return sa.Column(
                sa.ForeignKey(foreign_key_column, ondelete=ondelete),
                nullable=nullable,
                index=index,
            )
    """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        from app.relationships import foreign_key

        Base = declarative_base()


        class Node(Base):
            __tablename__ = "nodes"
            _storage_id = sa.Column(sa.Integer, primary_key=True)


        class Agent(Base):
            __tablename__ = "agents"
            _storage_id = sa.Column(sa.Integer, primary_key=True)
            _node_fk = foreign_key(Node._storage_id)
            _other_node_fk = foreign_key("nodes._storage_id", nullable=True, ondelete="SET NULL")
    """,
}


def test_a_column_helpers_foreign_key_to_the_attribute_it_is_given_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_HELPER_GIVEN_A_COLUMN_ATTRIBUTE).create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    agents = next(t for t in read_models(scenario.models).schema.tables if t.name == "agents")
    assert sorted((fk.columns, fk.target_table, fk.target_columns, fk.ondelete) for fk in agents.foreign_keys) == [
        (("_node_fk",), "nodes", ("_storage_id",), "CASCADE"),
        (("_other_node_fk",), "nodes", ("_storage_id",), "SET NULL")]


# openstack/fuel-web: ``__tablename__ = '{0}node_volumes'.format(VolumeManagerExtension.table_prefix())``,
# and the simpler ``__tablename__ = PREFIX + "notes"``. Not worked out: the class's table unknown, and
# so no class generated for any table without one ("may be one of them").
TABLE_NAMES_OF_CONSTANTS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    PREFIX = "volume_manager_"


    class NodeVolumes(Base):
        __tablename__ = "{0}node_volumes".format(PREFIX)
        id = Column(Integer, primary_key=True)
        volumes = Column(String(255))


    class NodeNote(Base):
        __tablename__ = PREFIX + "node_notes"
        id = Column(Integer, primary_key=True)
"""


def test_a_table_name_made_of_constants_is_worked_out(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TABLE_NAMES_OF_CONSTANTS)
    assert {t.name for t in read_models(scenario.models).schema.tables} == {
        "volume_manager_node_volumes", "volume_manager_node_notes"}
    plan = scenario.drift("CREATE TABLE clusters (id serial PRIMARY KEY, name varchar(50));"
                          " ALTER TABLE volume_manager_node_notes RENAME TO volume_manager_notes").plan()
    assert [(a.kind, a.class_name) for a in plan.actions if a.kind != "db-sql"] == [("add-model", "Cluster")]
    assert [b.message.rsplit("); ", 1)[1] for b in plan.by_hand] == [
        "NodeNote.__tablename__ is computed (PREFIX + \"node_notes\"): change it to give 'volume_manager_notes' by hand"]


# mozilla-services/server-syncstorage: ``bso = Table("bso", metadata, *_bso_columns("bso"))``, the
# columns and indexes a module function returns. The table was read without them and nothing was
# said: the plan added the columns and the index again (a column SQLAlchemy would then have twice).
TABLE_ARGUMENTS_OF_A_FUNCTION = """
    from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

    metadata = MetaData()


    def _bso_columns(table_name):
        return (
            Column("id", String(64), primary_key=True),
            Column("payload", Text),
            Index("%s_payload_idx" % (table_name,), "payload"),
        )


    bso = Table("bso", metadata, *_bso_columns("bso"))
    collections = Table("collections", metadata, Column("id", Integer, primary_key=True), Column("name", String(32)))
"""


def test_a_tables_columns_given_by_a_starred_call_are_said_to_be_unread_and_not_added(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_ARGUMENTS_OF_A_FUNCTION},
                        metadata="app.models:metadata").create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    assert any("`*_bso_columns(\"bso\")` in Table('bso', ...)" in u.message for u in read_models(scenario.models).unresolved)
    outcome = scenario.drift("ALTER TABLE collections ADD COLUMN modified bigint").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-column", "collections")]
    assert outcome.problems() == []


# LAION-AI/Open-Assistant: ``Field(nullable=False, max_length=2**16)``. The power was not worked out:
# the column read as unsized, a type change planned where nothing drifted.
LENGTHS_OF_POWERS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    NAME_BITS = 8


    class TextLabels(Base):
        __tablename__ = "text_labels"
        id = Column(Integer, primary_key=True)
        text = Column(String(2**16), nullable=False)
        name = Column(String(1 << NAME_BITS))
        note = Column(String(2**6 - 1))
"""


def test_a_length_written_as_a_power_or_a_shift_is_worked_out(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, LENGTHS_OF_POWERS)
    table = read_models(scenario.models).schema.tables[0]
    assert [c.type.render() for c in table.columns] == [
        "integer", "character varying(65536)", "character varying(256)", "character varying(63)"]


# MolSSI/QCFractal: ``_user_map = select(UserORM.id.label("id"), UserORM.username.label("username")
# ).subquery()`` and ``class UserIDMapSubquery(BaseORM): __table__ = _user_map``. The class's table was
# unknown, and so no class was generated for any table without one ("may be one of them").
A_CLASS_OVER_A_QUERY = """
    from sqlalchemy import Column, Integer, String, select
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class UserORM(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)
        username = Column(String(50), nullable=False)


    _user_map = select(UserORM.id.label("id"), UserORM.username.label("username")).subquery()


    class UserIDMap(Base):
        __table__ = _user_map
"""


def test_a_class_over_a_query_of_other_classes_maps_no_table_of_its_own(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, A_CLASS_OVER_A_QUERY)
    outcome = scenario.drift("CREATE TABLE notes (id serial PRIMARY KEY, body text)").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "Note")]
    assert outcome.problems() == []


# cloudify-cosmo/cloudify-manager: ``@declared_attr def roles(cls): return
# many_to_many_relationship(cls, Role)``, which works out ``helper_table_name =
# "{0}_{1}".format(current_table_name, other_table_name)`` and calls ``get_secondary_table(
# helper_table_name, ...)``, which makes the ``Table``. Nothing was said of those tables, and a class
# was generated for each ("Table 'groups_roles' is already defined" at import).
TABLES_A_RELATIONSHIP_HELPER_MAKES = {
    "__init__.py": "",
    "relationships.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import relationship

        from app.base import Base


        def many_to_many_relationship(current_class, other_class, table_prefix=None, **kwargs):
            current_table_name = current_class.__tablename__
            current_column_name = "{0}_id".format(current_table_name[:-1])
            current_foreign_key = "{0}.{1}".format(current_table_name, current_class.unique_id())
            other_table_name = other_class.__tablename__
            other_column_name = "{0}_id".format(other_table_name[:-1])
            other_foreign_key = "{0}.{1}".format(other_table_name, other_class.unique_id())
            helper_table_name = "{0}_{1}".format(current_table_name, other_table_name)
            if table_prefix:
                helper_table_name = "{0}_{1}".format(table_prefix, helper_table_name)
            secondary_table = get_secondary_table(
                helper_table_name, current_column_name, other_column_name, current_foreign_key, other_foreign_key
            )
            return relationship(other_class, secondary=secondary_table, **kwargs)


        def get_secondary_table(helper_table_name, first_column, second_column, first_key, second_key):
            return sa.Table(
                helper_table_name,
                Base.metadata,
                sa.Column(first_column, sa.Integer, sa.ForeignKey(first_key)),
                sa.Column(second_column, sa.Integer, sa.ForeignKey(second_key)),
            )
    """,
    "base.py": """
        from sqlalchemy.orm import declarative_base


        class _Base:
            @classmethod
            def unique_id(cls):
                return "id"


        Base = declarative_base(cls=_Base)
    """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declared_attr

        from app.base import Base
        from app.relationships import many_to_many_relationship


        class Role(Base):
            __tablename__ = "roles"
            id = sa.Column(sa.Integer, primary_key=True)


        class Group(Base):
            __tablename__ = "groups"
            id = sa.Column(sa.Integer, primary_key=True)

            @declared_attr
            def roles(cls):
                return many_to_many_relationship(cls, Role)


        class Tenant(Base):
            __tablename__ = "tenants"
            id = sa.Column(sa.Integer, primary_key=True)

            @declared_attr
            def roles(cls):
                return many_to_many_relationship(cls, Role, table_prefix="owned")
    """,
}


def test_tables_a_helper_makes_with_names_it_works_out_from_its_classes_get_no_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TABLES_A_RELATIONSHIP_HELPER_MAKES).create_from_models()
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == [] and plan.by_hand == ()
    messages = [u.message for u in read_models(scenario.models).unresolved]
    assert [m for m in messages if "is made when it runs" in m] == [
        "many_to_many_relationship(...): its table groups_roles is made when it runs (Table(...) in "
        "get_secondary_table); the reader does not read it (not compared, no class generated for it)",
        "many_to_many_relationship(...): its table owned_tenants_roles is made when it runs (Table(...) in "
        "get_secondary_table); the reader does not read it (not compared, no class generated for it)"]
    outcome = scenario.drift("CREATE TABLE notes (id serial PRIMARY KEY, body text)").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "Note")]
    assert outcome.problems() == []


# inveniosoftware/invenio-rdm-records: each column followed by its attribute docstring. A new
# column went between ``origin`` and origin's docstring (which then read as the new column's), and a
# dropped column left its docstring behind, describing nothing.
DOCUMENTED_COLUMNS = {
    "models.py": '''
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class SecretLink(Base):
            """A secret link."""

            __tablename__ = "secret_links"

            id = sa.Column(sa.Integer, primary_key=True)
            """Secret link ID."""

            origin = sa.Column(sa.String(255), nullable=False, default="N/A")
            """Origin information for the secret link."""

            description = sa.Column(sa.Text, nullable=False, default="")
            """Description of the secret link,
            for identification purposes."""

            def revoke(self):
                """Revoke this secret link."""
    ''',
}


def test_a_new_column_goes_after_its_neighbours_docstring_and_a_dropped_one_takes_its_own(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, DOCUMENTED_COLUMNS).create_from_models()
    outcome = scenario.drift("ALTER TABLE secret_links ADD COLUMN revoked_at timestamp;"
                             " ALTER TABLE secret_links DROP COLUMN description").reconcile()
    assert outcome.problems() == []
    assert '''
    origin = sa.Column(sa.String(255), nullable=False, default="N/A")
    """Origin information for the secret link."""

    revoked_at = sa.Column(sa.DateTime)

    def revoke(self):''' in outcome.after["models.py"]  # set apart as the documented columns are
    assert "Description of the secret link" not in outcome.after["models.py"]


# lsst-sqre/ook: ``Mapped`` columns with attribute docstrings, and a relationship (with its own
# docstring) after the last column. The new column went between the last column and its docstring.
DOCUMENTED_MAPPED_COLUMNS = {
    "models.py": '''
        from datetime import datetime

        from sqlalchemy import DateTime, ForeignKey
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


        class Base(DeclarativeBase):
            pass


        class Owner(Base):
            __tablename__ = "owner"

            id: Mapped[int] = mapped_column(primary_key=True)


        class Thing(Base):
            __tablename__ = "thing"

            id: Mapped[int] = mapped_column(primary_key=True)
            """The key."""

            owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id"))
            """Who owns it."""

            updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
            """When it last changed."""

            owner: Mapped[Owner] = relationship()
            """The owner."""
    ''',
}


def test_a_new_mapped_column_goes_after_the_last_columns_docstring_before_a_relationship(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, DOCUMENTED_MAPPED_COLUMNS).create_from_models()
    outcome = scenario.drift("ALTER TABLE thing ADD COLUMN note text").reconcile()
    assert outcome.problems() == []
    assert '''
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    """When it last changed."""

    note: Mapped[Optional[str]] = mapped_column(Text)
''' in outcome.after["models.py"], outcome.after["models.py"]  # set apart as the documented columns are


# openstack/boartty: ``Column('user_key', Integer, ForeignKey("user.key"), index=True)`` and, further
# down the same ``Table(...)``, ``Column('user_key', ForeignKey('user.key'), nullable=True)``.
# SQLAlchemy 1.x keeps the later column (with the earlier one's index); both were read, and the
# second foreign key was planned again, every plan.
A_COLUMN_WRITTEN_TWICE = """
    from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table

    metadata = MetaData()

    user_table = Table("user", metadata, Column("key", Integer, primary_key=True), Column("name", String(255)))
    event_table = Table(
        "event",
        metadata,
        Column("key", Integer, primary_key=True),
        Column("user_key", Integer, ForeignKey("user.key"), index=True),
        Column("info", String(255)),
        Column("user_key", ForeignKey("user.key"), nullable=True),
    )
"""


def test_a_table_column_written_twice_is_read_as_sqlalchemy_1_reads_it(tmp_path):
    models = tmp_path / "models.py"
    models.write_text(textwrap.dedent(A_COLUMN_WRITTEN_TWICE))
    model_set = read_models(models)
    event = next(t for t in model_set.schema.tables if t.name == "event")
    assert [c.name for c in event.columns] == ["key", "user_key", "info"]
    assert [(fk.columns, fk.target_table) for fk in event.foreign_keys] == [(("user_key",), "user")]
    assert [i.columns for i in event.indexes] == [("user_key",)]
    assert any("'user_key' is written twice" in u.message for u in model_set.unresolved)


# openstack/fuel-web: ``'{0}node_volumes'.format(VolumeManagerExtension.table_prefix())``, a class
# method of another module's class (on a base of a third) reading the class's ``name``: the class's
# table unknown, no class was generated for any table without one ("may be one of them").
EXTENSION_BASE = """
    class BaseExtension:
        name = None

        @classmethod
        def table_prefix(cls):
            return '{0}_'.format(cls.name)
"""
EXTENSION = """
    from app.extension_base import BaseExtension


    class VolumeManagerExtension(BaseExtension):
        name = 'volume_manager'
"""
MODELS_OF_AN_EXTENSION = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    from app.extension import VolumeManagerExtension

    Base = declarative_base()


    class NodeVolumes(Base):
        __tablename__ = '{0}node_volumes'.format(VolumeManagerExtension.table_prefix())
        id = Column(Integer, primary_key=True)
        volumes = Column(String(255))
"""


def test_a_table_name_of_another_modules_class_method_is_worked_out(pg, tmp_path):
    files = {"extension_base.py": EXTENSION_BASE, "extension.py": EXTENSION, "models.py": MODELS_OF_AN_EXTENSION}
    scenario = Scenario(tmp_path, pg, files, metadata="app.models:Base.metadata").create_from_models()
    models = read_models(scenario.models)
    assert [t.name for t in models.schema.tables] == ["volume_manager_node_volumes"]
    assert models.unresolved == ()
    plan = scenario.drift("CREATE TABLE clusters (id serial PRIMARY KEY, name varchar(50))").plan()
    assert [(a.kind, a.class_name) for a in plan.actions] == [("add-model", "Cluster")]


# dropbox/merou: ``Enum(*REQUEST_STATUS_CHOICES, name=...)`` of a dict whose values are sets (the
# statuses each one may move to), imported from a module of constants: its labels are the dict's
# keys; it was "takes *args/**kwargs; cannot resolve statically", so a label the database gained
# was said nowhere.
STATUS_CHOICES = """
    REQUEST_STATUS_CHOICES = {
        "pending": set(["actioned", "cancelled"]),
        "actioned": set(),
        "cancelled": {"pending"},
    }
"""
MODELS_OF_STATUS_CHOICES = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    from app.constants import REQUEST_STATUS_CHOICES

    Base = declarative_base()


    class Request(Base):
        __tablename__ = "requests"
        id = Column(Integer, primary_key=True)
        status = Column(Enum(*REQUEST_STATUS_CHOICES, name="request_status"), nullable=False)
"""


def test_an_enum_of_a_dicts_keys_whose_values_are_not_literals_is_read(pg, tmp_path):
    files = {"constants.py": STATUS_CHOICES, "models.py": MODELS_OF_STATUS_CHOICES}
    scenario = Scenario(tmp_path, pg, files, metadata="app.models:Base.metadata").create_from_models()
    models = read_models(scenario.models)
    assert models.unresolved == ()
    [status] = [c for t in models.schema.tables for c in t.columns if c.name == "status"]
    assert models.schema.enum(status.type.name).labels == ("pending", "actioned", "cancelled")
    plan = scenario.drift("ALTER TYPE request_status ADD VALUE 'expired'").plan()
    assert plan.actions == ()
    [by_hand] = plan.by_hand
    assert "expired" in by_hand.message, by_hand.message


# jupyter-server/jupyverse on fastapi-users-db-sqlalchemy: ``OAuthAccount(SQLAlchemyBaseOAuthAccountTableUUID,
# Base)``, the library's class on the library's generic ``SQLAlchemyBaseOAuthAccountTable[UUID_ID]``, which
# defines most of the columns. The new class for a table of none of them derives from ``Base`` alone, and
# set those columns to None: the chain of the library's bases was not followed, so they seemed ``Base``'s.
ACCOUNTS_LIBRARY = """
    from typing import Generic, TypeVar

    from sqlalchemy import Integer, String
    from sqlalchemy.orm import Mapped, mapped_column

    ID = TypeVar("ID")


    class AccountTable(Generic[ID]):
        __tablename__ = "oauth_account"

        oauth_name: Mapped[str] = mapped_column(String(100), nullable=False)
        access_token: Mapped[str] = mapped_column(String(1024), nullable=False)


    class AccountTableInt(AccountTable[int]):
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
"""
ON_ACCOUNTS_LIBRARY = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        from fakeusers.db import AccountTableInt
        from sqlalchemy.orm import DeclarativeBase


        class Base(DeclarativeBase):
            pass


        class OAuthAccount(AccountTableInt, Base):
            pass
        """,
}


def test_a_new_class_takes_no_column_of_a_library_mixins_own_bases(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakeusers", {"__init__.py": "", "db.py": ACCOUNTS_LIBRARY})
    scenario = Scenario(tmp_path, pg, ON_ACCOUNTS_LIBRARY).create_from_models()
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("CREATE TABLE user_sessions (id serial PRIMARY KEY, agent text)").reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert "\nclass UserSession(Base):\n" in text and "= None" not in text, text


# cernanalysispreservation/analysispreservation.cern.ch: ``ObjectVersion.snapshot_id = Column(Integer,
# ForeignKey(Snapshot.id))`` in a module that imports ``ObjectVersion`` from another: the column was not
# seen (a module's own class only), so a plan where nothing drifted added it to the class again, and
# SQLAlchemy refused the import ("Implicitly combining column").
_CLASSES, _LATE = MODULE_ALIAS_BASE["models.py"].split("\n        Job.metric_id")
LATE_COLUMN_ELSEWHERE = {
    "base.py": MODULE_ALIAS_BASE["base.py"],
    "models.py": _CLASSES + "\n",
    "extras.py": """
        import sqlalchemy as sa

        from app import base as mb  # noqa: F401
        from app.models import Job, Metric

        Job.metric_id""" + _LATE,
}


def test_a_column_added_to_a_class_another_module_imports_is_read_and_edited_there(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, LATE_COLUMN_ELSEWHERE, metadata="app.extras:mb.ModelBase.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    jobs = next(t for t in models.schema.tables if t.name == "jobs")
    assert [c.name for c in jobs.columns] == ["id", "metric_id", "project_id", "created_at"]
    assert [fk.target_table for fk in jobs.foreign_keys] == ["metrics"]
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift("ALTER TABLE jobs ALTER COLUMN metric_id SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    nullable=False\n)\n" in outcome.after["extras.py"]
    assert "nullable=False" not in outcome.after["models.py"]


# MasterGroosha/aiogram-and-sqlalchemy-demo: ``playerscore`` renamed ``player_scores`` while one of
# its three columns was renamed and one added: the names scored 0.5 ("a shared word"), under the
# threshold, so the class stayed on a table that is gone and a new class was made for the new name.
PLAYER_SCORE = """
    from sqlalchemy import BigInteger, Column, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class PlayerScore(Base):
        __tablename__ = "playerscore"

        user_id = Column(BigInteger, primary_key=True, autoincrement=False)
        score = Column(Integer, default=0)
"""


def test_a_table_renamed_with_words_split_and_a_plural_is_paired_with_its_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, PLAYER_SCORE)
    outcome = scenario.drift("ALTER TABLE playerscore RENAME TO player_scores;"
                             "ALTER TABLE player_scores RENAME COLUMN score TO total_score;"
                             "ALTER TABLE player_scores ADD COLUMN username varchar(64)").reconcile()
    assert outcome.problems() == []
    assert sorted(a.kind for a in outcome.plan.actions) == ["add-column", "column-name", "table-name"]


# openstack/ceilometer: ``class FullSample(object): message_id = Sample.message_id`` (a plain class of
# column aliases for queries). The drift's drop of ``sample.message_id`` removed the attribute, and the
# models no longer imported (AttributeError while FullSample's body ran). A read in a function is no
# such read: the drop goes on, with its warning.
ALIASES_OF_COLUMNS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Sample(Base):
        __tablename__ = "sample"
        id = Column(Integer, primary_key=True)
        message_id = Column(String(128))
        volume = Column(Integer)


    class FullSample:
        id = Sample.id
        message_id = Sample.message_id


    def volumes(session):
        return session.query(Sample.volume).all()
"""


def test_a_column_another_class_body_reads_is_dropped_by_hand(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ALIASES_OF_COLUMNS)
    outcome = scenario.drift("ALTER TABLE sample DROP COLUMN message_id;"
                             "ALTER TABLE sample DROP COLUMN volume").reconcile()
    assert [(a.kind, a.attribute) for a in outcome.plan.actions] == [("drop-column", "volume")]
    assert "Warning: the name volume is used at" in outcome.plan.actions[0].reason
    [by_hand] = outcome.plan.by_hand
    assert ("Sample.message_id is read when its module loads, at "
            f"{scenario.package / 'models.py'}:16: removing it would break the import") in by_hand.message
    assert "    message_id = Sample.message_id\n" in outcome.after["models.py"]


# aio-libs/aiohttp-demos (polls): ``choice`` renamed ``choices`` while two of its four columns went and
# one came: 2 of 5 columns shared, under the half a table rename needs, so the class stayed on a table
# gone and a new class was made, though the key is still named ``choice_pkey`` and the names differ by
# a plural only.
POLL_CHOICES = """
    from sqlalchemy import ForeignKey, Integer, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Question(Base):
        __tablename__ = "question"
        id: Mapped[int] = mapped_column(primary_key=True)


    class Choice(Base):
        __tablename__ = "choice"
        id: Mapped[int] = mapped_column(primary_key=True)
        question_id: Mapped[int] = mapped_column(ForeignKey("question.id"))
        choice_text: Mapped[str] = mapped_column(String(200))
        votes: Mapped[int] = mapped_column(Integer, default=0)
"""


def test_a_table_renamed_by_a_plural_with_half_its_columns_changed_keeps_its_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, POLL_CHOICES)
    outcome = scenario.drift("ALTER TABLE choice RENAME TO choices;"
                             "ALTER TABLE choices DROP COLUMN choice_text; ALTER TABLE choices DROP COLUMN votes;"
                             "ALTER TABLE choices ADD COLUMN label varchar(80)").reconcile(PlannerOptions(drop_unmatched=True))
    assert outcome.problems() == []
    assert sorted((a.kind, a.class_name) for a in outcome.plan.actions) == [
        ("add-column", "Choice"), ("drop-column", "Choice"), ("drop-column", "Choice"), ("table-name", "Choice")]


# TomBursch/kitchenowl: every model file says ``Model = db.Model`` and then ``class Item(Model)``, the
# base a ``DeclarativeBase`` with a timestamp mixin: the alias was not followed, the classes took no
# column of the base's mixin, and a plan where nothing drifted added ``created_at`` and ``updated_at``
# to every class (over the mixin's Python-side defaults). And ``name: Mapped[str] = Column(String(128))``
# made NOT NULL: a classic ``Column`` goes by its own ``nullable=``, the annotation was all the edit
# changed (nothing), and the plan asked again.
ALIASED_BASE = """
    from datetime import datetime

    from sqlalchemy import Column, DateTime, Integer, String
    from sqlalchemy.orm import DeclarativeBase, Mapped


    class TimestampMixin:
        created_at = Column(DateTime, default=datetime.now, nullable=False)


    class Base(DeclarativeBase, TimestampMixin):
        pass


    Model = Base


    class Item(Model):
        __tablename__ = "item"
        id = Column(Integer, primary_key=True)
        name: Mapped[str] = Column(String(128))
"""


def test_a_base_named_through_a_module_alias_gives_its_columns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ALIASED_BASE)
    [item] = read_models(scenario.package).schema.tables
    assert [c.name for c in item.columns] == ["id", "name", "created_at"]
    outcome = scenario.drift("ALTER TABLE item ALTER COLUMN name SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    name: Mapped[str] = Column(String(128), nullable=False)\n" in outcome.after["models.py"]


# TomBursch/kitchenowl: ``db.Column(db.Float, server_default="0.0")``, which PostgreSQL prints back
# ``'0'::double precision``: read as ``'0.0'::double precision``, a plan where nothing drifted wrote
# ``server_default=text("0")``.
FLOAT_TEXT_DEFAULTS = """
    from sqlalchemy import Column, Float, Integer, REAL
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Item(Base):
        __tablename__ = "item"
        id = Column(Integer, primary_key=True)
        support = Column(Float, server_default="0.0")
        weight = Column(Float, server_default="2.50")
        ratio = Column(REAL, server_default="-0.125")
        score = Column(Float, server_default="12")
"""


def test_a_float_default_written_as_text_is_read_as_postgresql_prints_it(pg, tmp_path):
    _no_drift(tmp_path, pg, FLOAT_TEXT_DEFAULTS)


# code-kern-ai/refinery-submodule-model: ``Project`` maps ``project`` and ``CognitionProject`` maps
# ``cognition.project``; a change to ``cognition.project`` was made on ``Project``, the first class of
# that table name, which names no schema (the second plan took it back: the plans never converged).
ONE_TABLE_NAME_IN_TWO_SCHEMAS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Project(Base):
        __tablename__ = "project"
        id = Column(Integer, primary_key=True)
        name = Column(String(80))


    class CognitionProject(Base):
        __tablename__ = "project"
        __table_args__ = {"schema": "cognition"}
        id = Column(Integer, primary_key=True)
        name = Column(String(80))
"""


def test_a_change_to_a_table_of_another_schema_goes_to_its_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": ONE_TABLE_NAME_IN_TWO_SCHEMAS})
    scenario.drift("CREATE SCHEMA cognition").create_from_models()

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("public", "cognition")), read_models(scenario.package),
                          PlannerOptions())

    assert plan().actions == ()
    scenario.drift("ALTER TABLE cognition.project ALTER COLUMN name SET NOT NULL;"
                   "ALTER TABLE project ALTER COLUMN name TYPE varchar(120)")
    assert sorted((a.kind, a.class_name) for a in plan().actions) == [
        ("nullable", "CognitionProject"), ("type", "Project")]


# camptocamp/c2cgeoform: ``__table_args__ = (\n    {"schema": ...}\n)``, a dict in parentheses (no tuple):
# an index the database gained made it ``(Index(...), (\n    {...}\n),)``, the dict's parentheses kept and
# its lines out of place.
PARENTHESIZED_OPTIONS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Situation(Base):
        __tablename__ = "situation"
        __table_args__ = (
            {"comment": "where it is"}
        )
        id = Column(Integer, primary_key=True)
        name = Column(String(80))
"""


def test_an_item_added_to_options_in_parentheses_leaves_them_out(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, PARENTHESIZED_OPTIONS)
    outcome = scenario.drift("CREATE INDEX situation_name_idx ON situation (name)").reconcile()
    assert outcome.problems() == []
    assert ('    __table_args__ = (\n        Index("situation_name_idx", "name"),\n'
            '        {"comment": "where it is"},\n    )\n') in outcome.after["models.py"]


# code-kern-ai/refinery-submodule-model: every ``__tablename__ = Tablenames.PROJECT.value`` and foreign key
# ``ForeignKey(f"{Tablenames.PROJECT.value}.id")`` name a member of an enum of the project's: no class
# had a table (62 tables without one, nothing compared) and no key was read.
TABLE_NAMES_OF_AN_ENUM = {
    "enums.py": """
        from enum import Enum


        class Tablenames(Enum):
            PROJECT = "project"
            USER = "user"
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import declarative_base

        from app.enums import Tablenames

        Base = declarative_base()


        class Project(Base):
            __tablename__ = Tablenames.PROJECT.value
            id = Column(Integer, primary_key=True)


        class User(Base):
            __tablename__ = Tablenames.USER.value
            id = Column(Integer, primary_key=True)
            project_id = Column(Integer, ForeignKey(f"{Tablenames.PROJECT.value}.id", ondelete="CASCADE"))
        """,
}


def test_table_names_and_keys_of_an_enums_members_are_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TABLE_NAMES_OF_AN_ENUM).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert {t.name: [(fk.columns, fk.target_table) for fk in t.foreign_keys] for t in models.schema.tables} == {
        "project": [], "user": [(("project_id",), "project")]}
    assert scenario.plan().actions == ()
    outcome = scenario.drift("ALTER TABLE project ADD COLUMN name varchar(80)").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name) for a in outcome.plan.actions] == [("add-column", "Project")]


# communitiesuk/funding-service-design-application-store: ``class Language(Enum)`` in two modules, the
# models importing one. Enum classes were looked up by their bare name, the module read last won: the
# labels were compared with the other class's members, and a label the database added went to the
# module no model uses.
TWO_ENUMS_OF_ONE_NAME = {
    "enums.py": """
        import enum


        class Language(enum.Enum):
            en = "en"
            cy = "cy"
    """,
    "feedback.py": """
        import enum


        class Language(enum.Enum):
            en = "en"
    """,
    "models.py": """
        from sqlalchemy import Enum, Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.enums import Language


        class Base(DeclarativeBase):
            pass


        class Application(Base):
            __tablename__ = "applications"
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            language = mapped_column(Enum(Language, name="language"), nullable=True)


        class Form(Base):
            __tablename__ = "forms"
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            language: Mapped[Language | None]
    """,
}


def test_an_enum_class_is_the_one_the_file_imports_not_another_of_its_name(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in TWO_ENUMS_OF_ONE_NAME.items()}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    assert [(a.kind, a.reason) for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TYPE language ADD VALUE 'gd'")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert '    cy = "cy"\n    gd = "gd"\n' in outcome.after["enums.py"]
    assert outcome.after["feedback.py"] == files["feedback.py"]
    assert [(a.kind, a.reason) for a in scenario.plan().actions] == []


# reflex-dev/reflex-examples on the real ``reflex``: ``import reflex as rx`` and ``class User(rx.Model,
# table=True)``, where the package's ``__init__.py`` gives its names at run time through
# ``lazy_loader.attach(__name__, submod_attrs=...)`` and binds none of them; its stub ``__init__.pyi``
# lists them. ``rx.Model`` was not found, and no column of any table was compared.
LAZY_LIBRARY = {
    "__init__.py": """
        from fakereflex import lazy

        __getattr__, __dir__, __all__ = lazy.attach(__name__, submod_attrs={"model": ["Model"]})
    """,
    "__init__.pyi": """
        from .model import Model as Model
    """,
    "lazy.py": """
        import importlib


        def attach(package, submod_attrs):
            names = {name: module for module, listed in submod_attrs.items() for name in listed}

            def __getattr__(name):
                if name not in names:
                    raise AttributeError(name)
                return getattr(importlib.import_module(f"{package}.{names[name]}"), name)

            return __getattr__, lambda: sorted(names), sorted(names)
    """,
    "model.py": """
        from importlib.util import find_spec
        from typing import TYPE_CHECKING

        if TYPE_CHECKING or find_spec("sqlmodel"):
            import sqlmodel

            class Model(sqlmodel.SQLModel):
                id: int | None = sqlmodel.Field(default=None, primary_key=True)
    """,
}
MODELS_ON_A_LAZY_LIBRARY = {
    "__init__.py": SITE_ON_PATH,
    "models.py": """
        import fakereflex as rx
        from sqlmodel import SQLModel


        class User(rx.Model, table=True):
            username: str
            email: str | None = None
    """,
}


def test_a_base_a_library_gives_through_lazy_loader_is_read_from_its_stub(pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakereflex", LAZY_LIBRARY)
    scenario = Scenario(tmp_path, pg, MODELS_ON_A_LAZY_LIBRARY, metadata="app.models:SQLModel.metadata")
    scenario.create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [user] = models.schema.tables
    assert [(c.name, c.type.render(), c.nullable) for c in user.columns] == [
        ("id", "integer", False), ("username", "character varying", False), ("email", "character varying", True)]
    assert [a.kind for a in scenario.plan().actions] == []
    outcome = scenario.drift('ALTER TABLE "user" ADD COLUMN bio text').reconcile()
    assert outcome.problems() == []
    assert "    bio: str | None = Field(default=None, sa_type=Text)\n" in outcome.after["models.py"]


# NYUCCL/psiTurk: a column assigned in both branches of an ``if`` in the class body (its type chosen by
# the configuration at import). The reader does not choose the branch, and it hid every other column of
# the class too: none compared, a column the database added not written.
COLUMN_IN_BOTH_BRANCHES = """
    import os

    from sqlalchemy import Column, Integer, String, Text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    BIG = os.environ.get("BIG_DATA") == "1"


    class Participant(Base):
        __tablename__ = "participants"
        uniqueid = Column(String(128), primary_key=True)
        status = Column(Integer, default=1)
        if BIG:
            datastring = Column(Text)
        else:
            datastring = Column(String(65535))
"""


def test_a_column_assigned_under_an_if_hides_that_column_only(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, textwrap.dedent(COLUMN_IN_BOTH_BRANCHES),
                         metadata="app.models:Base.metadata")
    models = read_models(scenario.package)
    assert [(u.line, u.hidden_attribute) for u in models.unresolved] == [(15, "datastring"), (17, "datastring")]
    outcome = scenario.drift("ALTER TABLE participants ADD COLUMN bonus integer; "
                             "ALTER TABLE participants ALTER COLUMN status SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    status = Column(Integer, default=1, nullable=False)\n" in outcome.after["models.py"]
    assert "    bonus = Column(Integer)\n" in outcome.after["models.py"]
    assert [(a.kind, a.reason) for a in scenario.plan().actions] == []


# reflex-dev/reflex-examples' twitter app on Reflex 0.8: ``Model.__init_subclass__`` takes the inherited
# ``id`` out of a table's fields when another field is a primary key (``if ...: cls.__fields__.pop("id",
# None)``), so ``follows``, keyed by its two usernames, has no ``id``; it was read with one (a by-hand
# item where nothing drifted). Reflex 0.9 dropped that hook: the installed library's code says which.
KEY_DROPPING_LIBRARY = {
    "__init__.py": "from .model import Model\n",
    "model.py": """
        import sqlmodel


        class Model(sqlmodel.SQLModel):
            id: int | None = sqlmodel.Field(default=None, primary_key=True)

            def __init_subclass__(cls):
                keys = [name for name, field in cls.__fields__.items()
                        if name != "id" and getattr(field, "primary_key", None) is True]
                if keys:
                    cls.__fields__.pop("id", None)
                super().__init_subclass__()
    """,
}
MODELS_ON_A_KEY_DROPPING_BASE = """
    import fakereflex8 as rx
    from sqlmodel import Field


    class User(rx.Model, table=True):
        username: str


    class Follows(rx.Model, table=True):
        follower: str = Field(primary_key=True)
        followed: str = Field(primary_key=True)
"""


def test_a_field_a_library_base_takes_out_of_subclasses_with_a_key_of_their_own_is_not_theirs(
        pg, tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "fakereflex8", KEY_DROPPING_LIBRARY)
    package = tmp_path / "app"
    package.mkdir()
    (package / "models.py").write_text(textwrap.dedent(MODELS_ON_A_KEY_DROPPING_BASE))
    url = pg.new_database('CREATE TABLE "user" (id serial PRIMARY KEY, username varchar NOT NULL);'
                          "CREATE TABLE follows (follower varchar NOT NULL, followed varchar NOT NULL,"
                          " PRIMARY KEY (follower, followed))")
    models = read_models(package)
    assert [(t.name, [c.name for c in t.columns]) for t in models.schema.tables] == [
        ("follows", ["follower", "followed"]), ("user", ["id", "username"])]
    plan = build_plan(read_schema(url), models, PlannerOptions())
    assert [(a.kind, a.reason) for a in plan.actions] == []
    assert [b.message for b in plan.by_hand] == []


# OneGov/onegov-cloud: a mixin's column is an annotation alone (``location: Mapped[str | None]``), and the
# drift sets NOT NULL on one table of it. The override written was ``location: Mapped[str]`` alone, which
# changes nothing (SQLAlchemy keeps the mixin's column): the same change was planned on every run.
ANNOTATED_MIXIN = """
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class OccurrenceMixin:
        title: Mapped[str]
        location: Mapped[str | None]


    class Event(Base, OccurrenceMixin):
        __tablename__ = "events"
        id: Mapped[int] = mapped_column(primary_key=True)


    class Occurrence(Base, OccurrenceMixin):
        __tablename__ = "event_occurrences"
        id: Mapped[int] = mapped_column(primary_key=True)
"""


def test_an_override_of_an_annotated_mixin_column_is_a_column_of_the_class(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, textwrap.dedent(ANNOTATED_MIXIN))
    outcome = scenario.drift("ALTER TABLE event_occurrences ALTER COLUMN location SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    location: Mapped[str] = mapped_column()\n" in outcome.after["models.py"]
    assert [(a.kind, a.reason) for a in scenario.plan().actions] == []


# hasgeek/funnel: ``from .base import sa, sa_orm``, where base.py has ``import sqlalchemy as sa`` and
# ``import sqlalchemy.orm as sa_orm``, the columns ``sa_orm.mapped_column(sa.Unicode(80))``. The two
# were taken for a Flask-SQLAlchemy object's names, and new code wrote ``sa_orm.text(...)`` and
# ``sa_orm.Index(...)``: the models no longer imported.
REEXPORTED_MODULE_ALIASES = {
    "base.py": """
        import sqlalchemy as sa
        import sqlalchemy.orm as sa_orm
        from sqlalchemy.orm import Mapped


        class Model(sa_orm.DeclarativeBase):
            pass
    """,
    "models.py": """
        from .base import Mapped, Model, sa, sa_orm


        class Venue(Model):
            __tablename__ = "venue"
            id: Mapped[int] = sa_orm.mapped_column(sa.Integer, primary_key=True)
            title: Mapped[str] = sa_orm.mapped_column(sa.Unicode(80))
            city: Mapped[str | None] = sa_orm.mapped_column(sa.Unicode(30))
    """,
}


def test_sqlalchemy_module_aliases_a_project_module_gives_are_those_modules(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in REEXPORTED_MODULE_ALIASES.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.models:Model.metadata").create_from_models()
    assert [(a.kind, a.reason) for a in scenario.plan().actions if a.kind != "db-sql"] == []
    outcome = scenario.drift("ALTER TABLE venue ADD COLUMN created_at timestamp NOT NULL DEFAULT now();"
                             "CREATE INDEX ix_venue_city_title ON venue (city, title)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert 'server_default=sa.text("now()")' in after and 'sa.Index("ix_venue_city_title", "city", "title")' in after
    assert "sa_orm.text" not in after and "sa_orm.Index" not in after
    assert [(a.kind, a.reason) for a in scenario.plan().actions] == []


# OneGov/onegov-cloud: ``MappedUploadedFile = Mapped[UploadedFile]`` at module level, then ``reference:
# MappedUploadedFile = mapped_column(...)``: SQLAlchemy reads the alias's ``Mapped[...]`` (NOT NULL);
# the reader took the annotation for no ``Mapped`` and the column for a nullable one.
MAPPED_ALIASES = """
    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    MappedName = Mapped[str]
    MaybeName = Mapped[str | None]


    class File(Base):
        __tablename__ = "files"
        id: Mapped[int] = mapped_column(primary_key=True)
        reference: MappedName = mapped_column(String(40))
        note: MaybeName
"""


def test_a_module_alias_of_a_mapped_annotation_is_that_annotation(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, textwrap.dedent(MAPPED_ALIASES))
    [table] = read_models(scenario.package).schema.tables
    assert [(c.name, c.type.render(), c.nullable) for c in table.columns] == [
        ("id", "integer", False), ("reference", "character varying(40)", False), ("note", "character varying", True)]
    outcome = scenario.drift("ALTER TABLE files ALTER COLUMN note SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert "    note: MaybeName = mapped_column(nullable=False)\n" in outcome.after["models.py"]
    assert [(a.kind, a.reason) for a in scenario.plan().actions] == []


# hasgeek/funnel: ``from . import types`` and ``body: Mapped[types.JsonbDict | None]``, where types.py has
# ``JsonbDict = Annotated[dict, mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))]``.
# Imported by name the alias was read; through its module, the type was unresolved, the column nullable
# and without its default.
ANNOTATED_THROUGH_MODULE = {
    "types.py": """
        from typing import Annotated

        from sqlalchemy import text
        from sqlalchemy.dialects.postgresql import JSONB
        from sqlalchemy.orm import mapped_column

        JsonbDict = Annotated[dict, mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))]
    """,
    "models.py": """
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from . import types


        class Base(DeclarativeBase):
            pass


        class Draft(Base):
            __tablename__ = "draft"
            id: Mapped[int] = mapped_column(primary_key=True)
            body: Mapped[types.JsonbDict]
    """,
}


def test_an_annotated_alias_named_through_its_module_is_read(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in ANNOTATED_THROUGH_MODULE.items()}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [draft] = models.schema.tables
    body = draft.column("body")
    assert (body.type.render(), body.nullable, body.default) == ("jsonb", False, "'{}'::jsonb")
    assert [(a.kind, a.reason) for a in scenario.plan().actions if a.kind != "db-sql"] == []


# hasgeek/funnel: a mixin's ``declared_attr`` column with ``unique=cls.__email_unique__``, which each class
# sets (``AccountEmail``: True). It was read as unset: a UniqueConstraint planned where nothing drifted.
UNIQUE_FROM_THE_CLASS = """
    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


    class Base(DeclarativeBase):
        pass


    class EmailMixin:
        __email_unique__ = False

        @declared_attr
        def email(cls) -> Mapped[str]:
            return mapped_column(String(80), unique=cls.__email_unique__)


    class AccountEmail(EmailMixin, Base):
        __tablename__ = "account_email"
        __email_unique__ = True
        id: Mapped[int] = mapped_column(primary_key=True)


    class ClaimEmail(EmailMixin, Base):
        __tablename__ = "claim_email"
        id: Mapped[int] = mapped_column(primary_key=True)
"""


def test_a_unique_flag_that_is_no_literal_is_not_compared(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, textwrap.dedent(UNIQUE_FROM_THE_CLASS))
    models = read_models(scenario.package)
    assert ["unique=cls.__email_unique__ is not a literal" in u.message for u in models.unresolved] == [True]


# hasgeek/funnel: ``company: Mapped[str | None] = with_roles(sa_orm.mapped_column(sa.Unicode(80)),
# read={...})``, coaster's call that returns the column it is given. It was passed over without a word:
# the column neither compared nor said to be unread, and the class's columns taken as all seen.
COLUMN_GIVEN_TO_A_CALL = """
    from sqlalchemy import Integer, Unicode
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    def with_roles(column, read=()):
        return column


    class Base(DeclarativeBase):
        pass


    class SyncTicket(Base):
        __tablename__ = "sync_ticket"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        company: Mapped[str | None] = with_roles(mapped_column(Unicode(80)), read={"owner"})
"""


def test_a_column_given_to_a_call_is_said_to_be_unread(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": textwrap.dedent(COLUMN_GIVEN_TO_A_CALL)}).create_from_models()
    models = read_models(scenario.package)
    assert [(u.line, u.hides_columns_of, u.hidden_attribute) for u in models.unresolved] == [
        (16, "SyncTicket", "company")]
    plan = scenario.drift("ALTER TABLE sync_ticket ADD COLUMN note text").plan()
    assert [(a.kind, a.column) for a in plan.actions if a.kind != "db-sql"] == [("add-column", "note")]


# pegasus-isi/pegasus: ``Enum(*(t.value for t in list(TriggerType)), name="trigger_type")``, the
# labels a generator of an enum class's values: "labels that are not literals", the column not
# compared and a label the database adds written nowhere.
ENUM_VALUES_GENERATOR = """
    import enum

    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class TriggerType(enum.Enum):
        CRON = "CRON"
        FILE_PATTERN = "FILE_PATTERN"


    class Trigger(Base):
        __tablename__ = "trigger"
        id = Column(Integer, primary_key=True)
        kind = Column(Enum(*(t.value for t in list(TriggerType)), name="trigger_type"), nullable=False)
    """


def test_enum_labels_of_a_generator_over_a_python_enum_are_read_and_extended(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ENUM_VALUES_GENERATOR)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    assert [(e.name, e.labels) for e in models.schema.enums] == [("trigger_type", ("CRON", "FILE_PATTERN"))]
    outcome = scenario.drift("ALTER TYPE trigger_type ADD VALUE 'WEBHOOK'").reconcile()
    assert outcome.problems() == []
    assert '    FILE_PATTERN = "FILE_PATTERN"\n    WEBHOOK = "WEBHOOK"\n' in outcome.after["models.py"]


# fractal-analytics-platform/fractal-server: ``postgresql_where=text(f"status = '{JobStatusType.SUBMITTED}'")``
# of a ``StrEnum``: "not read as SQL", the partial unique index never compared.
PREDICATE_OF_A_STR_ENUM = """
    from enum import StrEnum

    from sqlalchemy import Column, Index, Integer, String, text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class JobStatus(StrEnum):
        SUBMITTED = "submitted"
        DONE = "done"


    class Job(Base):
        __tablename__ = "job"
        __table_args__ = (
            Index("ix_job_one_submitted_per_dataset", "dataset_id", unique=True,
                  postgresql_where=text(f"status = '{JobStatus.SUBMITTED}'")),
        )
        id = Column(Integer, primary_key=True)
        dataset_id = Column(Integer, nullable=False)
        status = Column(String(20), nullable=False)
    """


def test_an_index_predicate_in_an_f_string_of_a_str_enum_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, PREDICATE_OF_A_STR_ENUM)
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [index] = models.schema.tables[0].indexes
    assert index.where == "status = 'submitted'"
    scenario.drift("DROP INDEX ix_job_one_submitted_per_dataset;"
                   "CREATE UNIQUE INDEX ix_job_one_submitted_per_dataset ON job (dataset_id) WHERE status = 'done'")
    assert [a.kind for a in scenario.plan().code_actions] == ["index"]


# ENCODE-DCC/snovault: ``event.listen(TransactionRecord.__table__, "after_create", notify_ddl.execute_if(...))``
# with ``notify_ddl = DDL("ALTER TABLE %(table)s ALTER COLUMN \"xid\" SET DEFAULT txid_current(); ...")``:
# the default the DDL sets was not read, and a plan where nothing drifted wrote
# ``server_default=text("txid_current()")``.
DEFAULT_SET_BY_A_LISTENER = """
    from sqlalchemy import DDL, BigInteger, Column, Integer, event
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class TransactionRecord(Base):
        __tablename__ = "transactions"
        order = Column(Integer, primary_key=True)
        xid = Column(BigInteger)


    notify_ddl = DDL(\"\"\"
        ALTER TABLE %(table)s ALTER COLUMN "xid" SET DEFAULT txid_current();
        CREATE INDEX ix_transactions_xid ON %(table)s (xid);
    \"\"\")

    event.listen(TransactionRecord.__table__, "after_create", notify_ddl.execute_if(dialect="postgresql"))
    """


def test_a_default_an_after_create_listener_sets_needs_no_server_default(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DEFAULT_SET_BY_A_LISTENER)
    models = read_models(scenario.package)
    assert [(t, c) for t, c, _, _ in models.listener_defaults] == [("transactions", "xid")]
    assert [name for name, _, _ in models.listener_indexes] == ["ix_transactions_xid"]  # the same DDL's
    scenario.drift("ALTER TABLE transactions ADD COLUMN note text DEFAULT 'x'")
    assert [(a.kind, a.column) for a in scenario.plan().code_actions] == [("add-column", "note")]


# RedHatInsights/insights-host-inventory: a composite foreign key whose targets name the schema the
# environment gives (``f"{INVENTORY_SCHEMA}.hosts.id"``). The key was not read, and the database's
# key, which the models made, was planned as a foreign key to add by hand, every plan.
TARGETS_FROM_THE_ENVIRONMENT = """
    import os

    from sqlalchemy import Column, ForeignKeyConstraint, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
    PREFIX = os.getenv("APP_TABLE_SCHEMA_PREFIX", "")


    class Parent(Base):
        __tablename__ = "parent"

        tenant = Column(String(10), primary_key=True)
        id = Column(Integer, primary_key=True)


    class Child(Base):
        __tablename__ = "child"
        __table_args__ = (
            ForeignKeyConstraint(["tenant", "parent_id"], [f"{PREFIX}parent.tenant", f"{PREFIX}parent.id"],
                                 ondelete="CASCADE"),
        )

        id = Column(Integer, primary_key=True)
        tenant = Column(String(10), nullable=False)
        parent_id = Column(Integer, nullable=False)
"""


def test_a_key_whose_targets_are_not_literals_is_not_planned_again(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TARGETS_FROM_THE_ENVIRONMENT)
    plan = scenario.plan()
    assert any("child(tenant, parent_id): foreign key in the database" in note and "may declare the foreign key"
               in note for note in plan.notes), plan.notes


# willy1236/XingyuBot: SQLModel tables and classes of a plain declarative base in one file. A new
# table's class took a SQLModel base and plain ``Column`` attributes: a pydantic model without a
# table (``table=True`` missing), which pydantic refuses to build, and the models no longer imported.
SQLMODEL_TABLES_AND_DECLARATIVE_CLASSES = """
    from typing import Optional

    from sqlalchemy import BigInteger, Column, Integer
    from sqlalchemy.orm import DeclarativeBase
    from sqlmodel import Field, SQLModel


    class Base(DeclarativeBase):
        metadata = SQLModel.metadata


    class Account(SQLModel, table=True):
        __tablename__ = "account"

        id: int = Field(sa_column=Column(BigInteger, primary_key=True))
    {more}

    class Invite(Base):
        __tablename__ = "invite"

        code = Column(Integer, primary_key=True)
"""
ANOTHER_SQLMODEL_TABLE = '''
    class Profile(SQLModel, table=True):
        __tablename__ = "profile"

        id: int = Field(sa_column=Column(BigInteger, primary_key=True))
        name: Optional[str] = None
'''
ANOTHER_DECLARATIVE_CLASS = '''
    class Visit(Base):
        __tablename__ = "visit"

        id = Column(Integer, primary_key=True)
'''


@pytest.mark.parametrize("more, written", [
    (ANOTHER_SQLMODEL_TABLE, "class Badge(SQLModel, table=True):"),
    (ANOTHER_DECLARATIVE_CLASS, "class Badge(Base):"),
], ids=["mostly-sqlmodel", "mostly-declarative"])
def test_a_new_class_in_a_file_of_sqlmodel_and_declarative_classes_is_of_the_kind_most_are(
        pg, tmp_path, more, written):
    models = SQLMODEL_TABLES_AND_DECLARATIVE_CLASSES.replace("    {more}\n", textwrap.indent(textwrap.dedent(more), "    "))
    scenario = Scenario(tmp_path, pg, {"models.py": models}, metadata="app.models:SQLModel.metadata")
    outcome = scenario.create_from_models().drift("CREATE TABLE badge (id bigint PRIMARY KEY, label text)").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "Badge")]
    assert written in outcome.after["models.py"], outcome.after["models.py"]


# fief-dev/fief: ``Table(get_prefixed_tablename("roles_permissions"), Base.metadata, ...)``, the prefix
# from the settings. Every database table without a class may be that one, so none gets a class;
# the plan said nothing of it ("nothing to change in the models", exit 0) and the line the reader
# printed said only that the table was not read.
TABLE_NAMED_BY_A_FUNCTION = """
    from sqlalchemy import Column, ForeignKey, Integer, String, Table
    from sqlalchemy.orm import declarative_base

    from .settings import prefixed

    Base = declarative_base()


    class Tag(Base):
        __tablename__ = "app_tag"

        id = Column(Integer, primary_key=True)
        label = Column(String(50))


    tag_links = Table(prefixed("tag_links"), Base.metadata,
                      Column("tag_id", Integer, ForeignKey("app_tag.id"), primary_key=True))
"""


def test_a_table_named_by_a_function_says_that_the_tables_without_a_class_are_taken_for_it(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(TABLE_NAMED_BY_A_FUNCTION))
    model_set = read_models(tmp_path / "models.py")
    assert [(u.line, u.message) for u in model_set.unresolved] == [(
        17, 'tag_links: Table name `prefixed("tag_links")` is not a literal, non-empty string; the table is not '
            "read, and the database's tables without a class that the name may give are taken to be it (no class "
            "generated for them)")]
    assert [pattern for pattern, _, _ in model_set.runtime_tables] == [".+"]


# The same, where the file's declarative class is a single-table subclass of a class elsewhere: it
# gives no bases, and the new class took the codebase's bases as a new module's would, the file's
# SQLModel table counted among them (``class Badge(SQLModel)`` with plain columns again).
DECLARATIVE_BASE_MODULE = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import DeclarativeBase
    from sqlmodel import SQLModel


    class Base(DeclarativeBase):
        metadata = SQLModel.metadata


    class User(Base):
        __tablename__ = "users"
        __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "user"}

        id = Column(Integer, primary_key=True)
        kind = Column(String(10))
"""
SQLMODEL_TABLE_BESIDE_A_SUBCLASS = """
    from sqlalchemy import BigInteger, Column
    from sqlmodel import Field, SQLModel

    from .base import User


    class Account(SQLModel, table=True):
        __tablename__ = "account"

        id: int = Field(sa_column=Column(BigInteger, primary_key=True))


    class Admin(User):
        __mapper_args__ = {"polymorphic_identity": "admin"}
"""


def test_a_new_class_beside_a_sqlmodel_table_and_a_subclass_takes_the_declarative_bases(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"base.py": DECLARATIVE_BASE_MODULE, "models.py": SQLMODEL_TABLE_BESIDE_A_SUBCLASS},
                        metadata="app.models:SQLModel.metadata")
    outcome = scenario.create_from_models().drift(
        "CREATE TABLE badge (id bigint PRIMARY KEY, account_id bigint REFERENCES account (id), label text)").reconcile()
    assert outcome.problems() == []
    assert "class Badge(Base):" in outcome.after["models.py"], outcome.after["models.py"]


# seanmcfeely/ace2-ams: every class maps its key ``uuid = Column(UUID(as_uuid=True), ...)``, and a
# new class's became ``uuid_ = Column("uuid", ...)``: ``uuid`` (like ``date``, ``time``) is a name
# only annotations read, and a class of ``Column(...)`` calls has none.
UNANNOTATED_UUID_KEYS = """
    from sqlalchemy import Column, Date, Text, func
    from sqlalchemy.dialects.postgresql import UUID
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Observable(Base):
        __tablename__ = "observables"

        uuid = Column(UUID(as_uuid=True), primary_key=True, server_default=func.gen_random_uuid())
        value = Column(Text, nullable=False)
    """

ANNOTATED_UUID_KEYS = """
    import uuid

    from sqlalchemy import Text
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Observable(Base):
        __tablename__ = "observables"

        id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
        value: Mapped[str] = mapped_column(Text)
    """

NOTES_WITH_UUID_AND_DATE = ("CREATE TABLE observable_notes (uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
                            " date date NOT NULL, body text NOT NULL)")


def test_a_new_unannotated_class_maps_uuid_and_date_by_their_names(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, UNANNOTATED_UUID_KEYS).drift(NOTES_WITH_UUID_AND_DATE).reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    uuid = Column(UUID(as_uuid=True), primary_key=True, server_default=func.gen_random_uuid())\n" in after, after
    assert "    date = Column(Date, nullable=False)\n" in after, after


def test_a_new_annotated_class_keeps_uuid_and_date_apart_from_their_modules(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, ANNOTATED_UUID_KEYS).drift(NOTES_WITH_UUID_AND_DATE).reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '    uuid_: Mapped[uuid.UUID] = mapped_column(\n        "uuid",\n' in after, after
    assert '    date_: Mapped[date] = mapped_column("date", Date)\n' in after, after


# ubigu/ilmakalu-v2: ``from sqlalchemy.dialects.postgresql import REAL`` is SQLAlchemy's own REAL,
# which a new column of type real is written with; the new class was skipped ("the name 'REAL' is
# taken").
REAL_FROM_THE_DIALECT = """
    from typing import Optional

    from sqlalchemy import Column
    from sqlalchemy.dialects.postgresql import REAL
    from sqlmodel import Field, SQLModel


    class Building(SQLModel, table=True):
        __tablename__ = "buildings"

        id: Optional[int] = Field(default=None, primary_key=True)
        area: Optional[float] = Field(default=None, sa_column=Column(REAL))
    """


def test_a_type_the_file_imports_from_the_dialect_writes_a_new_column(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, REAL_FROM_THE_DIALECT, metadata="app.models:SQLModel.metadata").drift(
        "CREATE TABLE sources (id serial PRIMARY KEY, share real)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    share: Optional[float] = Field(default=None, sa_type=REAL)\n" in after, after
    assert after.count("import REAL") == 1, after


# ubigu/ilmakalu-v2: a module per PostgreSQL schema; a new table of schema ``energy`` went to the
# module of schema ``built`` "with the other electricity_ tables" there, not beside its schema's.
SCHEMA_MODULES = {
    "base.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        """,
    "built.py": """
        from sqlalchemy import Column, Integer, Text

        from .base import Base


        class ElectricityUsage(Base):
            __tablename__ = "electricity_usage"
            __table_args__ = {"schema": "built"}
            id = Column(Integer, primary_key=True)
            kind = Column(Text)


        class Building(Base):
            __tablename__ = "buildings"
            __table_args__ = {"schema": "built"}
            id = Column(Integer, primary_key=True)


        class Meter(Base):  # one of schema energy: the file's built tables are still not energy's
            __tablename__ = "meters"
            __table_args__ = {"schema": "energy"}
            id = Column(Integer, primary_key=True)
        """,
    "energy.py": """
        from sqlalchemy import Column, Integer, Text

        from .base import Base


        class Plant(Base):
            __tablename__ = "plants"
            __table_args__ = {"schema": "energy"}
            id = Column(Integer, primary_key=True)
            name = Column(Text)


        class Grid(Base):
            __tablename__ = "grids"
            __table_args__ = {"schema": "energy"}
            id = Column(Integer, primary_key=True)
        """,
}


def test_a_new_table_goes_to_the_module_of_its_schema(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in SCHEMA_MODULES.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.base:Base.metadata")
    scenario.drift("CREATE SCHEMA built; CREATE SCHEMA energy").create_from_models()
    scenario.drift("CREATE TABLE energy.electricity_sources (id serial PRIMARY KEY, share real)")
    plan = build_plan(read_schema(scenario.url, schemas=("public", "built", "energy")), read_models(scenario.package),
                      PlannerOptions())
    [added] = [a for a in plan.actions if a.kind == "add-model"]
    assert Path(added.file).name == "energy.py", added.reason
    assert "with the other tables of schema energy" in added.reason


# MadcowD/ell: ``created_at: datetime = UTCTimestampField(index=True)``, a function of the project's
# that returns ``Field(sa_column=Column(...))``: the field was read from its annotation (a naive
# timestamp, NOT NULL, no index: three edits where nothing drifted), and an edit wrapped the call as
# the field's Python default (``Field(default=UTCTimestampField(...), ...)``). It is the column the
# helper returns, its parameters bound, as a column helper's is.
FIELD_HELPER = """
    from datetime import datetime
    from typing import Optional

    from sqlalchemy import TIMESTAMP
    from sqlmodel import Column, Field, SQLModel


    def TimestampField(index: bool = False, **kwargs):
        return Field(sa_column=Column(TIMESTAMP(timezone=True), index=index, **kwargs))


    class Run(SQLModel, table=True):
        id: Optional[int] = Field(default=None, primary_key=True)
        started_at: datetime = TimestampField(index=True, nullable=False)
        ended_at: Optional[datetime] = TimestampField(default=None)
        label: Optional[str] = Field(default=None, max_length=40)
    """


def test_a_field_a_project_function_makes_is_the_column_it_returns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, FIELD_HELPER, metadata="app.models:SQLModel.metadata")
    models = read_models(scenario.package)
    assert models.unresolved == ()
    [run] = models.schema.tables
    assert [(c.name, c.type.render(), c.nullable) for c in run.columns] == [
        ("id", "integer", False), ("started_at", "timestamp with time zone", False),
        ("ended_at", "timestamp with time zone", True), ("label", "character varying(40)", True)]
    assert [i.columns for i in run.indexes] == [("started_at",)]  # index=True
    outcome = scenario.drift("ALTER TABLE run ALTER COLUMN label SET NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    started_at: datetime = TimestampField(index=True, nullable=False)\n" in after, after
    assert "    ended_at: Optional[datetime] = TimestampField(default=None)\n" in after, after
    assert "    label: Optional[str] = Field(default=None, max_length=40, nullable=False)\n" in after, after
    # the table renamed: the index the helper makes keeps its old name in the database, which the
    # plan cannot give the helper's call; the database's index takes the name SQLAlchemy gives it
    plan = scenario.drift("ALTER TABLE run RENAME TO runs").plan()
    assert [a.sql for a in plan.actions if a.kind == "db-sql"] == [
        "ALTER INDEX ix_run_started_at RENAME TO ix_runs_started_at;"]
    assert "Run's index=True on started_at is given to a helper" in plan.actions[-1].reason


# bcgov/lcfs: ``BaseModel(AbstractConcreteBase, Base)`` has ``__table_args__ = {"schema": "metadata"}``,
# which every class replaces with its own (a comment); a new class without one took the base's
# schema and mapped ``metadata.document_tag`` (the models then lacked ``public.document_tag``).
BASE_SCHEMA_REPLACED = {
    "__init__.py": "from . import base, document  # noqa: F401\n",
    "base.py": """
        from sqlalchemy import TIMESTAMP, Column, text
        from sqlalchemy.ext.declarative import AbstractConcreteBase
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class BaseModel(AbstractConcreteBase, Base):
            __table_args__ = {"schema": "metadata"}

            create_date = Column(TIMESTAMP(timezone=True), server_default=text("now()"))
        """,
    "document.py": """
        from sqlalchemy import Column, Integer

        from .base import BaseModel


        class Document(BaseModel):
            __tablename__ = "document"
            __table_args__ = {"comment": "documents"}

            document_id = Column(Integer, primary_key=True)
        """,
}


def test_a_new_class_replaces_the_table_args_of_a_base_as_its_siblings_do(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in BASE_SCHEMA_REPLACED.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.base:Base.metadata").create_from_models()
    outcome = scenario.drift("CREATE TABLE document_tag (document_tag_id serial PRIMARY KEY, tag varchar(50) NOT NULL,"
                             " create_date timestamptz DEFAULT now())").reconcile()
    assert outcome.problems() == []
    after = outcome.after["document.py"]
    assert '    __tablename__ = "document_tag"\n    __table_args__ = {}\n' in after, after


# clld/clld: ``class Base(declarative_base()):``, SQLAlchemy's base made in the class statement; the
# reader took the call for a base it cannot see into, so no column was ever added to a model of it.
BASE_OF_A_DECLARATIVE_BASE_CALL = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base


    class Base(declarative_base()):
        __abstract__ = True
        pk = Column(Integer, primary_key=True)


    class Tag(Base):
        __tablename__ = "tag"
        label = Column(String)
    """


def test_a_class_on_a_declarative_base_called_in_its_statement_gets_new_columns(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, BASE_OF_A_DECLARATIVE_BASE_CALL, metadata="app.models:Base.metadata")
    assert read_models(scenario.package).unresolved == ()
    outcome = scenario.drift("ALTER TABLE tag ADD COLUMN note text").reconcile()
    assert outcome.problems() == []
    assert "    label = Column(String)\n    note = Column(Text)\n" in outcome.after["models.py"], outcome.after["models.py"]


# bcgov/lcfs: ``Draft: str = "Draft"`` in an ``enum.Enum`` is a member as much as ``Draft = "Draft"``;
# the reader took the annotated ones for none ("the model lacks 'Draft', ...": four edits where
# nothing drifted).
ANNOTATED_ENUM_MEMBERS = """
    import enum

    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Status(enum.Enum):
        Draft: str = "Draft"
        Approved: str = "Approved"


    class Code(Base):
        __tablename__ = "code"

        id = Column(Integer, primary_key=True)
        status = Column(Enum(Status, name="status_enum"))
    """


def test_annotated_members_of_an_enum_class_are_its_labels(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, ANNOTATED_ENUM_MEMBERS)
    assert [(e.name, e.labels) for e in read_models(scenario.package).schema.enums] == [
        ("status_enum", ("Draft", "Approved"))]
    outcome = scenario.drift("ALTER TYPE status_enum ADD VALUE 'Deleted'").reconcile()
    assert outcome.problems() == []
    assert '    Approved: str = "Approved"\n    Deleted: str = "Deleted"\n' in outcome.after["models.py"]


# The review's case: the sibling takes the mixin's ``__table_args__``, which a function computes
# (no record of it being inherited): the new class must not replace them with its own.
COMPUTED_MIXIN_TABLE_ARGS = """
    from sqlalchemy import Column, Integer, Text, UniqueConstraint
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class Slugged:
        @declared_attr
        def __table_args__(cls):
            args = [UniqueConstraint("slug", name=f"uq_{cls.__tablename__}_slug")]
            return tuple(args) + ({"info": {"slugged": True}},)

        slug = Column(Text)


    class Document(Slugged, Base):
        __tablename__ = "document"

        id = Column(Integer, primary_key=True)
    """


def test_a_new_class_keeps_a_base_s_computed_table_args_its_sibling_takes(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": COMPUTED_MIXIN_TABLE_ARGS}).create_from_models()
    plan = scenario.drift("CREATE TABLE document_tag (id serial PRIMARY KEY, slug text)").plan()
    [added] = [a for a in plan.actions if a.kind == "add-model"]
    assert added.bases == ("Slugged", "Base") and not added.own_table_args, added.reason


# bcgov/lcfs: the base's ``create_date`` has a comment; a new table's ``create_date`` has none. The
# new class took the column from the base, comment and all (Alembic: modify_comment; the second plan
# overrode it): a base's column is the table's only with the same comment too.
COMMENTED_BASE_COLUMN = """
    from sqlalchemy import TIMESTAMP, Column, Integer, text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Audited:
        create_date = Column(TIMESTAMP(timezone=True), server_default=text("now()"), comment="when it was made")


    class Document(Audited, Base):
        __tablename__ = "document"

        id = Column(Integer, primary_key=True)
    """


def test_a_base_s_column_of_another_comment_is_not_the_new_table_s(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, COMMENTED_BASE_COLUMN).drift(
        "CREATE TABLE document_tag (id serial PRIMARY KEY, create_date timestamptz DEFAULT now())").reconcile()
    assert outcome.problems() == []
    assert "class DocumentTag(Base):" in outcome.after["models.py"], outcome.after["models.py"]


# clld/clld: SQLAlchemy 1.4 creates the base's plain ``pk`` before the class's own columns and its
# ``declared_attr`` ``created`` after them, so the catalog's order (pk, name, note, created) is not the
# reader's (the class's body, then the base's). The neighbours were "in another order", the catalog
# said nothing, and ``note`` renamed to ``remark`` was planned as a drop and an add: the attribute lost.
# A column's place is read among the columns of its own class.
# (SQLAlchemy 2 puts ``pk`` after ``note``: the table is made as 1.4 makes it.)
BASE_COLUMNS_AROUND_OWN = """
    from sqlalchemy import Column, DateTime, Integer, Unicode, func
    from sqlalchemy.orm import declarative_base, declared_attr


    class Base(declarative_base()):
        __abstract__ = True

        pk = Column(Integer, primary_key=True)

        @declared_attr
        def created(cls):
            return Column(DateTime, default=func.now())


    class Link(Base):
        __tablename__ = "link"

        name = Column(Unicode)
        note = Column(Unicode)
    """


def test_a_rename_among_base_columns_made_before_and_after_is_asked(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": BASE_COLUMNS_AROUND_OWN}, metadata="app.models:Base.metadata")
    scenario.drift("CREATE TABLE link (pk serial PRIMARY KEY, name varchar, note varchar, created timestamp)")
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    plan = scenario.drift("ALTER TABLE link RENAME COLUMN note TO remark").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    [undecided] = plan.undecided
    assert (undecided.attribute, undecided.new_column) == ("note", "remark")
    assert "remark keeps the place of note (attnum 3, after name (2))" in undecided.message


# pybel/pybel: table names kept in module constants, used by ``__tablename__``, by f-string foreign
# keys, and by ``Table(...)``. The ``Table`` named by a constant was not read: the database's table
# was given a class (``ThingLink``) besides the ``Table``, and the models no longer imported.
TABLE_NAMED_BY_CONSTANT = """
    from sqlalchemy import Column, ForeignKey, Integer, Table
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    THING = "thing"
    THING_LINK = "thing_link"


    class Thing(Base):
        __tablename__ = THING

        id = Column(Integer, primary_key=True)


    class Part(Base):
        __tablename__ = "part"

        id = Column(Integer, primary_key=True)
        thing_id = Column(Integer, ForeignKey(f"{THING}.id"))


    thing_link = Table(
        THING_LINK,
        Base.metadata,
        Column("a_id", Integer, ForeignKey(f"{THING}.id"), primary_key=True),
        Column("b_id", Integer, ForeignKey(f"{THING}.id"), primary_key=True),
    )
    """


def test_a_table_named_by_a_constant_is_read(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, TABLE_NAMED_BY_CONSTANT).drift(
        "ALTER TABLE thing_link ADD COLUMN weight integer").reconcile()
    assert outcome.problems() == []
    assert '    Column("weight", Integer),\n)' in outcome.after["models.py"], outcome.after["models.py"]


def test_keys_naming_a_table_renamed_by_hand_are_left_to_follow_it(pg, tmp_path):
    # the rename of ``thing`` is a person's (its name is a constant): the f-string keys follow the
    # constant when it changes, and written "writer.id" now they would name a table no class maps
    plan = _no_drift(tmp_path, pg, TABLE_NAMED_BY_CONSTANT).drift("ALTER TABLE thing RENAME TO item").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    messages = [b.message for b in plan.by_hand]
    assert any("Thing.__tablename__ is the constant THING" in m for m in messages), messages
    assert sum("thing is renamed by hand (Thing's name is THING)" in m for m in messages) == 3, messages


# bcgov/sbc-pay: ``InvoiceCompositeModel(Invoice)`` (single-table inheritance, methods only) lives in a
# module of searches that sorts after ``invoice.py``. A new table with a key to ``invoices`` went to that
# module, as ``class InvoiceNote(Base)`` where no ``Base`` is: the models no longer imported.
SUBCLASS_IN_ANOTHER_FILE = {
    "__init__.py": "from . import base, invoice, search  # noqa: F401\n",
    "base.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        """,
    "invoice.py": """
        from sqlalchemy import Column, Integer, String

        from .base import Base


        class Invoice(Base):
            __tablename__ = "invoices"

            id = Column(Integer, primary_key=True)
            number = Column(String(20))
        """,
    "search.py": """
        from .invoice import Invoice


        class InvoiceSearch(Invoice):
            def label(self):
                return f"#{self.number}"
        """,
}


def test_a_new_table_goes_to_the_file_of_its_neighbour_s_table_not_a_subclass_s(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in SUBCLASS_IN_ANOTHER_FILE.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.base:Base.metadata").create_from_models()
    outcome = scenario.drift("CREATE TABLE invoice_notes (id serial PRIMARY KEY,"
                             " invoice_id integer REFERENCES invoices (id), note text)").reconcile()
    assert outcome.problems() == []
    assert "class InvoiceNote(Base):" in outcome.after["invoice.py"], outcome.after["invoice.py"]


# opencve/opencve: ``Cve(BaseModel)`` defines the base's ``updated_at`` again (indexed), and is its
# file's only class. A new class there for a table without ``updated_at`` took it from the base all the
# same (Alembic: add_column; the second apply wrote ``updated_at = None``): the classes of the same
# bases in other files show that it comes from the base.
BASE_COLUMN_DEFINED_AGAIN_BY_THE_ONLY_SIBLING = {
    "__init__.py": "from . import base, cve, user  # noqa: F401\n",
    "base.py": """
        from sqlalchemy import Column, DateTime, Integer, func
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class BaseModel(Base):
            __abstract__ = True

            id = Column(Integer, primary_key=True)
            created_at = Column(DateTime, server_default=func.now())
            updated_at = Column(DateTime, server_default=func.now())
        """,
    "cve.py": """
        from sqlalchemy import Column, DateTime, String, func

        from .base import BaseModel


        class Cve(BaseModel):
            __tablename__ = "cves"

            cve_id = Column(String(20))
            updated_at = Column(DateTime, server_default=func.now(), index=True)
        """,
    "user.py": """
        from sqlalchemy import Column, String

        from .base import BaseModel


        class User(BaseModel):
            __tablename__ = "users"

            name = Column(String(50))
        """,
}


def test_a_new_class_unmaps_a_base_s_column_its_only_sibling_defines_again(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n")
             for name, text in BASE_COLUMN_DEFINED_AGAIN_BY_THE_ONLY_SIBLING.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.base:Base.metadata").create_from_models()
    outcome = scenario.drift("CREATE TABLE cve_notes (id serial PRIMARY KEY, created_at timestamp DEFAULT now(),"
                             " cve_id integer REFERENCES cves (id), note text)").reconcile()
    assert outcome.problems() == []
    assert "    updated_at = None\n" in outcome.after["cve.py"], outcome.after["cve.py"]


# PasarGuard/panel: column helpers that first take the foreign key's options out of their ``**kwargs``
# (``fk_kwargs = {key: kwargs.pop(key) for key in ("ondelete", "onupdate") if key in kwargs}``) were
# not read: the association ``Table`` of such columns looked empty, and a drift added its columns again
# beside the helper calls (DuplicateColumnError on import).
HELPER_TAKING_KEYWORDS_OUT = """
    from typing import Any

    from sqlalchemy import BigInteger, Column, ForeignKey, String, Table
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    def fk_column(target: str, **column_kwargs: Any):
        fk_kwargs = {key: column_kwargs.pop(key) for key in ("ondelete", "onupdate") if key in column_kwargs}
        return mapped_column(BigInteger, ForeignKey(target, **fk_kwargs), **column_kwargs)


    def fk_table_column(name: str, target: str, **column_kwargs: Any):
        fk_kwargs = {key: column_kwargs.pop(key) for key in ("ondelete", "onupdate") if key in column_kwargs}
        return Column(name, BigInteger, ForeignKey(target, **fk_kwargs), **column_kwargs)


    class Group(Base):
        __tablename__ = "groups"

        id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
        parent_id: Mapped[int | None] = fk_column("groups.id", ondelete="CASCADE", index=True)
        name: Mapped[str] = mapped_column(String(50))


    members = Table(
        "members",
        Base.metadata,
        fk_table_column("group_id", "groups.id", primary_key=True, ondelete="CASCADE"),
        fk_table_column("other_id", "groups.id", primary_key=True),
    )
    """


def test_a_helper_taking_its_key_s_options_out_of_its_keywords_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, HELPER_TAKING_KEYWORDS_OUT)
    outcome = scenario.drift("ALTER TABLE members ADD COLUMN role varchar(20)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert after.count('fk_table_column("group_id"') == 1 and 'Column("group_id"' not in after, after
    assert '    Column("role", String(20)),\n)' in after, after


# SwissDataScienceCenter/renku-data-services: ``metadata = metadata_obj`` (a ``MetaData(schema=...)``
# made above) in the base's body, and an association ``Table(..., BaseORM.metadata, ...)``: the table
# was read in the default schema, and a class was generated for the database's (the models then failed
# to import: "Table ... is already defined").
TABLE_ON_A_BASE_S_SCHEMA_METADATA = """
    from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table
    from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

    metadata_obj = MetaData(schema="pools")


    class BaseORM(MappedAsDataclass, DeclarativeBase):
        metadata = metadata_obj


    pool_members = Table(
        "pool_members",
        BaseORM.metadata,
        Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
        Column("pool_id", Integer, primary_key=True),
    )


    class UserORM(BaseORM):
        __tablename__ = "users"

        id: Mapped[int] = mapped_column(primary_key=True, init=False)
        name: Mapped[str] = mapped_column(String(50), index=True)
    """


def test_a_table_on_a_base_s_metadata_of_a_schema_is_read_in_that_schema(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_ON_A_BASE_S_SCHEMA_METADATA},
                        metadata="app.models:BaseORM.metadata")
    scenario.drift("CREATE SCHEMA pools").create_from_models()

    def plan() -> Plan:
        return build_plan(read_schema(scenario.url, schemas=("pools",)), read_models(scenario.package),
                          PlannerOptions())

    assert [(a.kind, a.reason) for a in plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TABLE pools.pool_members ADD COLUMN role varchar(20)")
    assert [(a.kind, a.class_name) for a in plan().actions if a.kind != "db-sql"] == [("add-column", "pool_members")]


# SwissDataScienceCenter/renku-data-services: a ``UserORM`` in two components, each on ``users`` of the
# schema its base's ``MetaData`` gives. The second was not read ("the first is read"), and
# ``ForeignKey(UserORM.id)`` was read as the first class's key wherever it was written, and
# ``ForeignKey("users.id")`` as no table (two have that name): with nothing drifted, the keys to the
# second were rewritten to the first's table and type.
ONE_CLASS_NAME_IN_TWO_SCHEMAS = {
    "__init__.py": "from . import accounts, pools  # noqa: F401\n",
    "accounts.py": """
        from sqlalchemy import ForeignKey, MetaData, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class AccountBase(DeclarativeBase):
            metadata = MetaData(schema="accounts")


        class UserORM(AccountBase):
            __tablename__ = "users"

            id: Mapped[str] = mapped_column(String(50), primary_key=True)
        """,
    "pools.py": """
        from sqlalchemy import Column, ForeignKey, MetaData, String, Table
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class PoolBase(DeclarativeBase):
            metadata = MetaData(schema="pools")


        class UserORM(PoolBase):
            __tablename__ = "users"

            id: Mapped[str] = mapped_column(String(36), primary_key=True)


        class StarORM(PoolBase):
            __tablename__ = "stars"

            id: Mapped[int] = mapped_column(primary_key=True)
            user_id: Mapped[str] = mapped_column(String(36), ForeignKey(UserORM.id))


        members = Table("members", PoolBase.metadata, Column("user_id", ForeignKey("users.id"), primary_key=True))
        """,
}


def test_two_classes_of_one_name_on_tables_of_two_schemas_are_both_read(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in ONE_CLASS_NAME_IN_TWO_SCHEMAS.items()}
    scenario = Scenario(tmp_path, pg, files)
    scenario.drift("CREATE SCHEMA pools; CREATE SCHEMA accounts;"
                   " CREATE TABLE accounts.users (id varchar(50) PRIMARY KEY);"
                   " CREATE TABLE pools.users (id varchar(36) PRIMARY KEY);"
                   " CREATE TABLE pools.stars (id serial PRIMARY KEY,"
                   " user_id varchar(36) NOT NULL REFERENCES pools.users (id));"
                   " CREATE TABLE pools.members (user_id varchar(36) PRIMARY KEY REFERENCES pools.users (id))")
    models = read_models(scenario.package)
    assert [(t.schema, t.name) for t in models.schema.tables] == [
        ("accounts", "users"), ("pools", "members"), ("pools", "stars"), ("pools", "users")]
    for table in ("stars", "members"):  # ForeignKey("users.id"): the users of the MetaData's schema
        [key] = models.schema.table(table, "pools").foreign_keys
        assert (key.target_schema, key.target_table) == ("pools", "users")
    plan = build_plan(read_schema(scenario.url, schemas=("accounts", "pools")), models, PlannerOptions())
    assert [(a.kind, a.reason) for a in plan.actions if a.kind != "db-sql"] == []
    # a new table with a key to accounts.users goes with that users' class, not with the other's
    scenario.drift("CREATE TABLE accounts.logins (id serial PRIMARY KEY, user_id varchar(50) REFERENCES accounts.users (id))")
    plan = build_plan(read_schema(scenario.url, schemas=("accounts", "pools")), models, PlannerOptions())
    [added] = [a for a in plan.actions if a.kind == "add-model"]
    assert Path(added.file).name == "accounts.py", added.reason


# bcgov/sbc-pay: ``__mapper_args__ = {"include_properties": [...]}`` maps the columns listed only. A new
# column was written in the class and left out of the list: in the table, and never mapped; a dropped
# one stayed listed.
INCLUDED_PROPERTIES = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Slip(Base):
        __tablename__ = "slips"
        __mapper_args__ = {
            "include_properties": [
                "id",
                "number",
                "party",
            ]
        }

        id = Column(Integer, primary_key=True)
        number = Column(String(20))
        party = Column(String(50))
    """


def test_a_new_column_alone_joins_the_properties_a_class_includes(pg, tmp_path):
    # the review's case: an added column alone (an edit of the statements it touches, not the class)
    outcome = _no_drift(tmp_path, pg, INCLUDED_PROPERTIES).drift(
        "ALTER TABLE slips ADD COLUMN contact_email varchar(100)").reconcile()
    assert outcome.problems() == []
    assert '            "party",\n            "contact_email",\n        ]\n' in outcome.after["models.py"]


def test_a_new_column_joins_the_properties_a_class_includes_and_a_dropped_one_leaves(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, INCLUDED_PROPERTIES).drift(
        "ALTER TABLE slips ADD COLUMN contact_email varchar(100); ALTER TABLE slips DROP COLUMN party").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '            "id",\n            "number",\n            "contact_email",\n        ]\n' in after, after
    namespace: dict = {}
    exec(compile(after, "models.py", "exec"), namespace)
    assert sorted(namespace["Slip"].__mapper__.attrs.keys()) == ["contact_email", "id", "number"]


# goat-community/goat: defaults PostgreSQL stores with parentheses, ``::text`` on the strings inside and
# the long name of the type (``(CURRENT_DATE)::timestamp with time zone``): a server-default action
# where nothing drifted, its text the comparer's own folded form.
DEFAULTS_STORED_RESPELLED = """
    from sqlalchemy import Column, DateTime, Integer, text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Layer(Base):
        __tablename__ = "layer"

        id = Column(Integer, primary_key=True)
        created_at = Column(DateTime(timezone=True), server_default=text(
            \"\"\"to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SSOF')::timestamptz\"\"\"))
        valid_from = Column(DateTime(timezone=True), server_default=text("CURRENT_DATE::timestamptz"))
    """


def test_defaults_stored_with_casts_and_parentheses_are_no_drift(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, DEFAULTS_STORED_RESPELLED)
    plan = scenario.drift("ALTER TABLE layer ALTER COLUMN valid_from SET DEFAULT (CURRENT_DATE + 1)::timestamptz").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == ["server-default"]


# bcgov/sbc-pay: ``Audit``'s ``@declared_attr def created_name(cls): return Column(..., default=cls._get_name)``.
# A difference on one table only was planned as an override that apply always skipped ("it depends on the
# class"), and the second plan planned it again: it is a person's edit.
DECLARED_ATTR_READING_THE_CLASS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class Audit:
        @staticmethod
        def _get_name():
            return "system"

        @declared_attr
        def created_name(cls):
            return Column(String(100), nullable=True, default=cls._get_name)


    class FeeCode(Audit, Base):
        __tablename__ = "fee_codes"

        id = Column(Integer, primary_key=True)


    class CorpType(Audit, Base):
        __tablename__ = "corp_types"

        id = Column(Integer, primary_key=True)
    """


def test_a_column_a_declared_attr_makes_from_the_class_is_overridden_by_hand(pg, tmp_path):
    plan = _no_drift(tmp_path, pg, DECLARED_ATTR_READING_THE_CLASS).drift(
        "ALTER TABLE fee_codes ALTER COLUMN created_name SET NOT NULL").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    [by_hand] = plan.by_hand
    assert "override created_name in FeeCode by hand" in by_hand.message, by_hand.message


# goat-community/goat: ``{"schema": settings.CUSTOMER_SCHEMA}``, and no index of the table whose name
# shows the schema. The database's new ``ix_project_owner_id`` was written as ``index=True``, which
# SQLAlchemy names ``ix_<schema>_project_owner_id``: an Index of the database's name is what is exact.
SCHEMA_FROM_SETTINGS_NO_INDEX = {
    "models.py": """
        import os

        from sqlalchemy import Integer, MetaData
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            metadata = MetaData(schema=os.environ.get("CM_SCHEMA", "cm"))


        class Project(Base):
            __tablename__ = "project"
            id: Mapped[int] = mapped_column(primary_key=True)
            owner_id: Mapped[int | None] = mapped_column(Integer)
        """,
}


def test_an_index_of_a_table_whose_schema_is_unknown_is_written_with_its_name(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SCHEMA_FROM_SETTINGS_NO_INDEX)
    scenario.drift("CREATE SCHEMA cm").create_from_models()

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("cm",)), read_models(scenario.package), PlannerOptions())

    assert (plan().code_actions, plan().by_hand) == ((), ())
    scenario.drift("CREATE INDEX ix_project_owner_id ON cm.project (owner_id)")
    drifted = plan()
    [index] = drifted.code_actions
    assert (index.kind, index.attribute) == ("index", None), index
    run_plan(drifted, write=True, allowed_root=tmp_path)
    assert 'Index("ix_project_owner_id", "owner_id")' in scenario.text("models.py"), scenario.text("models.py")
    assert (plan().code_actions, plan().by_hand) == ((), ())


# metabrainz/mbdata: ``__table_args__ = {"schema": mbdata.config.schemas.get("doc", "doc")}`` (a setting). A rename of such a
# table was never found (renames were looked for in the default schema only): a new class was generated
# for the new name and the old class kept its table, which the database no longer has.
RENAMED_IN_A_SCHEMA_NOT_READ = {
    "models.py": """
        import os

        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class LinkExample(Base):
            __tablename__ = "link_example"
            __table_args__ = {"schema": os.environ.get("DOC_SCHEMA", "doc")}

            id = Column(Integer, primary_key=True)
            name = Column(String(100))
            published = Column(Integer)
        """,
}


def test_a_table_of_a_schema_not_read_is_found_renamed(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, RENAMED_IN_A_SCHEMA_NOT_READ)
    scenario.drift("CREATE SCHEMA doc").create_from_models()

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("public", "doc")), read_models(scenario.package), PlannerOptions())

    assert (plan().code_actions, plan().by_hand) == ((), ())
    scenario.drift("ALTER TABLE doc.link_example RENAME TO link_sample")
    assert [(a.kind, a.class_name) for a in plan().code_actions] == [("table-name", "LinkExample")]


# dribdat/dribdat: cookiecutter-flask's ``reference_col(tablename, nullable=False, ...)`` returns
# ``Column(db.ForeignKey(...), nullable=nullable)``; ``reference_col("events", nullable=True)`` made NOT
# NULL in the database was left by hand ("the change would be the helper's"), though the call's own
# keyword is the column's.
HELPER_GIVEN_NULLABLE = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def reference_col(tablename, nullable=False, pk_name="id"):
        return Column(ForeignKey(f"{tablename}.{pk_name}"), nullable=nullable)


    class Event(Base):
        __tablename__ = "events"

        id = Column(Integer, primary_key=True)


    class Category(Base):
        __tablename__ = "categories"

        id = Column(Integer, primary_key=True)
        event_id = reference_col("events", nullable=True)
        owner_id = reference_col("events")
        name = Column(String(40))
    """


def test_a_helper_s_nullable_is_set_on_its_call(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, HELPER_GIVEN_NULLABLE).drift(
        "ALTER TABLE categories ALTER COLUMN event_id SET NOT NULL;"
        " ALTER TABLE categories ALTER COLUMN owner_id DROP NOT NULL").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert '    event_id = reference_col("events", nullable=False)\n' in after, after
    assert '    owner_id = reference_col("events", nullable=True)\n' in after, after


def test_a_helper_s_nullable_given_by_position_is_left_by_hand(pg, tmp_path):
    # the review's case: ``reference_col("events", True)``; ``nullable=False`` added beside it would be a
    # second value for the parameter (TypeError at import)
    source = HELPER_GIVEN_NULLABLE.replace('reference_col("events", nullable=True)', 'reference_col("events", True)')
    plan = _no_drift(tmp_path, pg, source).drift("ALTER TABLE categories ALTER COLUMN event_id SET NOT NULL").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    [by_hand] = plan.by_hand
    assert "Category.event_id is made by a helper" in by_hand.message


# PasarGuard/panel: ``class CaseSensitiveString(String)`` whose ``__init__(self, length=None)`` passes its
# parameter on (``super().__init__(length)``), and a ``@compiles`` that adds a collation: "its arguments
# cannot be read statically", and the columns' types were not compared.
TYPE_FORWARDING_ITS_PARAMETERS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.ext.compiler import compiles
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class CaseSensitiveString(String):
        def __init__(self, length=None):
            super().__init__(length)


    @compiles(CaseSensitiveString, "postgresql")
    def compile_cs_postgresql(element, compiler, **kw):
        return f'VARCHAR({element.length}) COLLATE "C"'


    class Node(Base):
        __tablename__ = "nodes"

        id = Column(Integer, primary_key=True)
        name = Column(CaseSensitiveString(256))
        label = Column(CaseSensitiveString(length=30))
    """


def test_a_type_class_passing_its_parameters_on_is_read(pg, tmp_path):
    scenario = _no_drift(tmp_path, pg, TYPE_FORWARDING_ITS_PARAMETERS)
    models = read_models(scenario.package)
    [table] = models.schema.tables
    assert [c.type.render() for c in table.columns] == ["integer", "character varying(256)", "character varying(30)"]
    assert models.unresolved == ()
    # a type of the project's own, with behaviour of its own (the collation): its change is a person's
    plan = scenario.drift("ALTER TABLE nodes ALTER COLUMN name TYPE varchar(300)").plan()
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == []
    [by_hand] = plan.by_hand
    assert "the model writes the type CaseSensitiveString" in by_hand.message, by_hand.message



# renku: each component a MetaData of its own schema. A new table of schema pools with keys to
# pools.users and to accounts.accounts went to the module of the latter (the first of two files of
# one vote each), and named the other MetaData's table with a string (NoReferencedTableError).
TWO_METADATAS = {
    "__init__.py": "from . import accounts, pools  # noqa: F401\n",
    "accounts.py": """
        from sqlalchemy import MetaData, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class AccountBase(DeclarativeBase):
            metadata = MetaData(schema="accounts")


        class AccountORM(AccountBase):
            __tablename__ = "accounts"

            id: Mapped[str] = mapped_column(String(50), primary_key=True)
        """,
    "pools.py": """
        from sqlalchemy import ForeignKey, MetaData, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from .accounts import AccountORM


        class PoolBase(DeclarativeBase):
            metadata = MetaData(schema="pools")


        class PoolUser(PoolBase):
            __tablename__ = "users"

            id: Mapped[str] = mapped_column(String(36), primary_key=True)
            account_id: Mapped[str] = mapped_column(String(50), ForeignKey(AccountORM.id))
        """,
}


def test_a_new_class_keys_a_table_of_another_metadata_through_its_class(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in TWO_METADATAS.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.pools:PoolBase.metadata")
    scenario.drift("CREATE SCHEMA pools; CREATE SCHEMA accounts;"
                   " CREATE TABLE accounts.accounts (id varchar(50) PRIMARY KEY);"
                   " CREATE TABLE pools.users (id varchar(36) PRIMARY KEY,"
                   " account_id varchar(50) NOT NULL REFERENCES accounts.accounts (id));")

    def plan() -> Plan:
        return build_plan(read_schema(scenario.url, schemas=("accounts", "pools")), read_models(scenario.package),
                          PlannerOptions())

    assert [(a.kind, a.reason) for a in plan().actions if a.kind != "db-sql"] == []
    scenario.drift("CREATE TABLE pools.grants (id serial PRIMARY KEY, user_id varchar(36) REFERENCES pools.users (id),"
                   " account_id varchar(50) REFERENCES accounts.accounts (id))")
    drifted = plan()
    [added] = [a for a in drifted.actions if a.kind == "add-model"]
    assert Path(added.file).name == "pools.py", added.reason
    run_plan(drifted, write=True, allowed_root=tmp_path)
    text = scenario.text("pools.py")
    assert 'ForeignKey(AccountORM.id)' in text and 'ForeignKey("pools.users.id")' in text, text
    assert [(a.kind, a.reason) for a in plan().actions if a.kind != "db-sql"] == []
    assert judge(tmp_path, scenario.metadata, scenario.url).configure_error is None  # the keys resolve


# bcgov/lcfs: ``__table_args__ = {"comment": ...}`` at the top of the class, and at its end
# ``__table_args__ = (UniqueConstraint(...), __table_args__)``: the second holds the first. The
# name was taken for a constant of the module, not understood: the comment was left by hand
# where nothing drifted.
TABLE_ARGS_HOLDING_THE_EARLIER = """
    from sqlalchemy import Column, Integer, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Route(Base):
        __tablename__ = "route"
        __table_args__ = {"comment": "Routes between two stops"}

        id = Column(Integer, primary_key=True)
        origin = Column(Integer)
        target = Column(Integer)
        label = Column(String(40))

        __table_args__ = (
            UniqueConstraint("origin", "target"),
            __table_args__,
        )
    """


def test_table_args_holding_the_earlier_table_args_are_read_whole(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, TABLE_ARGS_HOLDING_THE_EARLIER).drift(
        "ALTER TABLE route ADD COLUMN stops integer; COMMENT ON TABLE route IS 'Routes'").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    stops = Column(Integer)\n" in after and '__table_args__ = {"comment": "Routes"}' in after, after
    assert "        __table_args__,\n" in after, after


def test_an_index_joins_the_table_args_holding_the_earlier_table_args(pg, tmp_path):
    outcome = _no_drift(tmp_path, pg, TABLE_ARGS_HOLDING_THE_EARLIER).drift(
        "CREATE INDEX ix_route_pair ON route (target, label)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert ('        UniqueConstraint("origin", "target"),\n        Index("ix_route_pair", "target", "label"),\n'
            '        __table_args__,\n') in after, after


def test_a_column_renamed_to_its_attribute_s_name_loses_the_name_it_no_longer_needs(pg, tmp_path):
    models = """
        from sqlalchemy import Boolean, Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Account(Base):
            __tablename__ = "account"

            id = Column(Integer, primary_key=True)
            active = Column("is_active", Boolean, nullable=False)
        """
    outcome = _no_drift(tmp_path, pg, models).drift(
        "ALTER TABLE account RENAME COLUMN is_active TO active").reconcile()
    assert outcome.problems() == []
    assert "    active = Column(Boolean, nullable=False)\n" in outcome.after["models.py"], outcome.after["models.py"]


# hotosm/drone-tm: ``from sqlalchemy import ARRAY`` for five columns; a new ``text[]`` column
# asked for the dialect's ``ARRAY``, whose name the file had taken: the column was skipped.
def test_a_new_array_column_is_written_with_the_generic_array_the_file_imports(pg, tmp_path):
    models = """
        from sqlalchemy import ARRAY, Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Gadget(Base):
            __tablename__ = "gadgets"

            id = Column(Integer, primary_key=True)
            labels = Column(ARRAY(String))
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE gadgets ADD COLUMN tags text[]").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    tags = Column(ARRAY(Text))\n" in after and "dialects" not in after, after


# climatepolicyradar/navigator-db-client: ``sa.PrimaryKeyConstraint(a_id, b_id)`` as a statement
# of the class body, given the class's columns: SQLAlchemy attaches it to their table. It was not
# read: twelve primary-key edits and a nullable one where nothing drifted.
def test_a_primary_key_made_in_the_class_body_of_its_columns_is_read(pg, tmp_path):
    models = """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Shelf(Base):
            __tablename__ = "shelf"

            id = sa.Column(sa.Integer, primary_key=True)


        class Book(Base):
            __tablename__ = "book"

            id = sa.Column(sa.Integer, primary_key=True)


        class ShelfBook(Base):
            __tablename__ = "shelf_book"

            shelf_id = sa.Column(sa.ForeignKey(Shelf.id), nullable=False)
            book_id = sa.Column(sa.ForeignKey(Book.id), nullable=False)
            sa.PrimaryKeyConstraint(shelf_id, book_id)
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE shelf_book ADD COLUMN position integer").reconcile()
    assert outcome.problems() == []
    assert "    position = sa.Column(sa.Integer)\n" in outcome.after["models.py"], outcome.after["models.py"]


# habralab/sapphire-team-back (collabry): ``Mapped[PositiveInt | None]``, pydantic's
# ``Annotated[int, Gt(0)]``, which SQLAlchemy's type map makes an Integer. It was "not in SQLAlchemy's
# type map": the column's type was not compared, and a change to bigint went unseen.
def test_a_column_annotated_with_a_pydantic_constrained_type_is_typed_as_its_python_type(pg, tmp_path):
    models = """
        from pydantic import PositiveInt
        from pydantic import StrictStr as Label
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Shelf(Base):
            __tablename__ = "shelf"

            id: Mapped[int] = mapped_column(primary_key=True)
            external_id: Mapped[PositiveInt | None] = mapped_column(unique=True)
            label: Mapped[Label]
        """
    scenario = _no_drift(tmp_path, pg, models)
    assert read_models(scenario.package).unresolved == ()
    outcome = scenario.drift("ALTER TABLE shelf ALTER COLUMN external_id TYPE bigint").reconcile()
    assert outcome.problems() == []
    assert "    external_id: Mapped[PositiveInt | None] = mapped_column(\n        BigInteger, unique=True\n    )\n" \
        in outcome.after["models.py"], outcome.after["models.py"]


# airweave-ai/airweave: ``OrganizationBase(Base)``, abstract, gives its classes ``organization_id``
# (a declared_attr) and is the base of its file's only class. A new table without that column
# became ``class X(OrganizationBase)`` with ``organization_id = None``: of the organization's kind,
# without its key. It derives from ``Base`` now, as the project's classes without one do.
ORGANIZATION_BASE = {
    "__init__.py": "from . import base, collection, team  # noqa: F401\n",
    "base.py": """
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import DeclarativeBase, declared_attr


        class Base(DeclarativeBase):
            id = Column(Integer, primary_key=True)


        class OrganizationBase(Base):
            __abstract__ = True

            @declared_attr
            def organization_id(cls):
                return Column(Integer, ForeignKey("organization.id"), index=True)
        """,
    "team.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from .base import Base


        class Organization(Base):
            __tablename__ = "organization"

            name: Mapped[str] = mapped_column(String(40))
        """,
    "collection.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from .base import OrganizationBase


        class Collection(OrganizationBase):
            __tablename__ = "collection"

            name: Mapped[str] = mapped_column(String(40))
        """,
}


def test_a_new_table_without_an_abstract_base_s_own_columns_derives_from_its_bases(pg, tmp_path):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in ORGANIZATION_BASE.items()}
    scenario = Scenario(tmp_path, pg, files, metadata="app.base:Base.metadata").create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    outcome = scenario.drift("CREATE TABLE collection_tag (id serial PRIMARY KEY,"
                             " collection_id integer NOT NULL REFERENCES collection (id), tag varchar(40))").reconcile()
    assert outcome.problems() == []
    after = outcome.after["collection.py"]
    assert "class CollectionTag(Base):\n" in after and "organization_id" not in after, after


# bcgov/sbc-auth: ``BaseModel``, abstract, gives its classes audit keys as declared_attr columns and
# a declared_attr relationship on each (``foreign_keys=[cls.created_by_id]``); the classes write a
# versioning mixin of a library before it (``Affidavit(Versioned, BaseModel)``). A new table without
# the audit columns became ``class X(Versioned, BaseModel)`` with ``created_by_id = None``: the
# relationship then reads ``[None]`` and the models no longer configure. It derives from the
# declarative base now, as the project's classes without the audit columns do.
AUDITED_BASE = {
    "__init__.py": "from . import base, notes, users  # noqa: F401\n",
    "versioning.py": """
        class Versioned:
            \"\"\"Keeps a history of each row (a library's mixin, read by no model).\"\"\"

            __versioned__ = {}
        """,
    "base.py": """
        from sqlalchemy import Column, DateTime, ForeignKey, Integer, func
        from sqlalchemy.orm import DeclarativeBase, declared_attr, relationship


        class Base(DeclarativeBase):
            pass


        class Audited(Base):
            __abstract__ = True

            created = Column(DateTime, server_default=func.now())

            @declared_attr
            def created_by_id(cls):
                return Column(Integer, ForeignKey("users.id"))

            @declared_attr
            def created_by(cls):
                return relationship("User", foreign_keys=[cls.created_by_id])
        """,
    "users.py": """
        from sqlalchemy import Column, Integer, String

        from .base import Base


        class User(Base):
            __tablename__ = "users"

            id = Column(Integer, primary_key=True)
            name = Column(String(40))
        """,
    "notes.py": """
        from sqlalchemy import Column, Integer, String

        from .base import Audited
        from .versioning import Versioned


        class Note(Versioned, Audited):
            __tablename__ = "notes"

            id = Column(Integer, primary_key=True)
            text = Column(String(200))


        class Tag(Versioned, Audited):
            __tablename__ = "tags"

            id = Column(Integer, primary_key=True)
            label = Column(String(40))
        """,
}


# The same on Flask-SQLAlchemy, as sbc-auth writes it: ``BaseModel(db.Model)``.
AUDITED_FLASK_BASE = {
    **AUDITED_BASE,
    "base.py": """
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy import Column, DateTime, ForeignKey, Integer, func
        from sqlalchemy.orm import declared_attr, relationship

        db = SQLAlchemy()


        class Audited(db.Model):
            __abstract__ = True

            created = Column(DateTime, server_default=func.now())

            @declared_attr
            def created_by_id(cls):
                return Column(Integer, ForeignKey("users.id"))

            @declared_attr
            def created_by(cls):
                return relationship("User", foreign_keys=[cls.created_by_id])
        """,
    "users.py": """
        from sqlalchemy import Column, Integer, String

        from .base import db


        class User(db.Model):
            __tablename__ = "users"

            id = Column(Integer, primary_key=True)
            name = Column(String(40))
        """,
}


@pytest.mark.parametrize("files, metadata, base", [
    (AUDITED_BASE, "app.base:Base.metadata", "Base"), (AUDITED_FLASK_BASE, "app.base:db.metadata", "db.Model")])
def test_a_new_table_without_the_columns_a_base_s_relationships_join_on_does_not_derive_from_it(
        pg, tmp_path, files, metadata, base):
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in files.items()}
    scenario = Scenario(tmp_path, pg, files, metadata=metadata).create_from_models()
    assert [a.kind for a in scenario.plan().actions if a.kind != "db-sql"] == []
    outcome = scenario.drift("CREATE TABLE note_files (id serial PRIMARY KEY,"
                             " note_id integer NOT NULL REFERENCES notes (id), path varchar(200))").reconcile()
    assert outcome.problems() == []
    after = outcome.after["notes.py"]
    assert f"class NoteFile({base}):\n" in after and "created_by_id" not in after, after


# anchore/anchore-engine: ``Index(truncate_index_name("ix_level"), level)``, a name a function of the
# project makes. The index was read as unnamed (``ix_events_level``, as ``index=True`` names it): 30
# edits where nothing drifted, and a second ``ix_level`` written beside the first.
def test_an_index_named_by_a_function_is_not_taken_for_an_unnamed_one(pg, tmp_path):
    models = """
        from sqlalchemy import Column, Index, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        def short(name):
            return name if len(name) <= 63 else name[:55]


        class Event(Base):
            __tablename__ = "events"

            id = Column(Integer, primary_key=True)
            level = Column(String(10))

            __table_args__ = (Index(short("ix_level"), level),)
        """
    outcome = _no_drift(tmp_path, pg, models).drift("ALTER TABLE events ADD COLUMN source varchar(40)").reconcile()
    assert outcome.problems() == []
    after = outcome.after["models.py"]
    assert "    source = Column(String(40))\n" in after and after.count("Index(") == 1, after


# bcgov/EPIC.track: SQLAlchemy's history recipe (examples/versioned_history), copied into the project,
# copies the table of every class deriving from its mixin when the mapper is made
# (``table.to_metadata(metadata, name=table.name + "_history")``): half the database's tables are
# written in no model file. Each seemed to have no class (52 classes generated where nothing drifted).
# A new table the database has no history table for derives from the bases less the mixin (the
# recipe would make that table, and its copy of the class's bases maps columns set to None).
A_HISTORY_RECIPE = {
    "history.py": """
        from sqlalchemy import event
        from sqlalchemy.orm import Mapper


        class Audited:
            \"\"\"A mapped class deriving from this one gets a copy of its table: <table>_history.\"\"\"


        @event.listens_for(Mapper, "mapper_configured")
        def _copy_table(mapper, cls):
            if issubclass(cls, Audited) and not cls.__dict__.get("_copied"):
                cls._copied = True
                table = mapper.local_table
                table.to_metadata(table.metadata, name=table.name + "_history")
        """,
    "models.py": """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        from app.history import Audited

        Base = declarative_base()


        class BaseModel(Base):
            __abstract__ = True
            created_by = Column(String(50))


        class AuditedModel(Audited, BaseModel):
            __abstract__ = True


        class Region(AuditedModel):
            __tablename__ = "regions"
            id = Column(Integer, primary_key=True)
            name = Column(String(50), nullable=False)


        class Staff(AuditedModel):
            __tablename__ = "staffs"
            id = Column(Integer, primary_key=True)
            phone = Column(String(20))


        class Setting(BaseModel):
            __tablename__ = "settings"
            id = Column(Integer, primary_key=True)
            key = Column(String(50), nullable=False)
        """,
}


def test_the_tables_a_history_recipe_copies_are_its_own(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_HISTORY_RECIPE).create_from_models()
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())
    assert any("history recipe" in u.message and "regions_history, staffs_history" in u.message
               for u in read_models(scenario.package).unresolved)
    outcome = scenario.drift(
        "ALTER TABLE regions RENAME TO areas; ALTER TABLE regions_history RENAME TO areas_history;"
        "CREATE TABLE notes (id serial PRIMARY KEY, area_id integer NOT NULL REFERENCES areas (id), body text)"
    ).reconcile()
    assert outcome.problems() == []
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-model", "Note"), ("table-name", "Region")]
    assert "class Note(BaseModel):" in outcome.after["models.py"]


# EPIC.track: a class whose own __table_args__ (an Index) comes after its columns, under an abstract base
# whose mixin sets __table_args__ too: the table's comment was left to a person, as if the class took
# the mixin's (which its own replaces).
OWN_TABLE_ARGS_UNDER_A_MIXIN_S = """
    from sqlalchemy import Column, Index, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Versioned:
        __table_args__ = {"sqlite_autoincrement": True}


    class BaseModelVersioned(Versioned, Base):
        __abstract__ = True


    class SpecialField(BaseModelVersioned):
        __tablename__ = "special_fields"

        id = Column(Integer, primary_key=True, autoincrement=True)
        field_name = Column(String(100), nullable=False)

        __table_args__ = (Index("entity_field_index", "field_name"), )
"""


def test_a_class_s_own_table_args_take_the_comment_whatever_its_bases_set(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": OWN_TABLE_ARGS_UNDER_A_MIXIN_S}).create_from_models()
    outcome = scenario.drift("COMMENT ON TABLE special_fields IS 'time-ranged values'").reconcile()
    assert outcome.problems() == []
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("comment", "SpecialField")]
    assert outcome.plan.by_hand == ()


# pyfa-org/Pyfa: Core tables mapped with ``mapper(Fit, fits_table, properties={"_Fit__x":
# fits_table.c.x})``. A dropped column's Column went and its properties entry stayed: the module
# failed at import (AttributeError). The entry is read when the module loads: the drop is a person's.
A_COLUMN_AN_IMPERATIVE_MAPPING_NAMES = """
    from sqlalchemy import Column, Integer, MetaData, String, Table
    from sqlalchemy.orm import registry

    metadata = MetaData()
    mapper_registry = registry(metadata=metadata)

    things_table = Table(
        "things", metadata,
        Column("ID", Integer, primary_key=True),
        Column("name", String(50)),
        Column("oldRef", Integer),
    )


    class Thing:
        pass


    mapper_registry.map_imperatively(Thing, things_table, properties={"_Thing__ref": things_table.c.oldRef})
"""


def test_a_column_an_imperative_mapping_s_properties_name_is_dropped_by_hand(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_COLUMN_AN_IMPERATIVE_MAPPING_NAMES},
                        metadata="app.models:metadata").create_from_models()
    assert scenario.plan().code_actions == ()
    plan = scenario.drift('ALTER TABLE things DROP COLUMN "oldRef"').plan()
    assert plan.code_actions == ()
    [item] = plan.by_hand
    assert "things_table.oldRef is read when its module loads, at " in item.message
    assert "models.py:19: removing it would break the import" in item.message


# lucassus/python-ddd-sandbox: the tables in one module, the mapping in a function of another
# (``start_mappers(registry)``: ``properties={"_deleted_at": projects_table.c.deleted_at}``), which runs at
# start-up, not at import. A dropped column's Column went and the mapping failed (AttributeError); a read
# of ``table.c.column`` anywhere is a person's to change, as at import.
def test_a_column_a_mapping_function_reads_is_dropped_by_hand(pg, tmp_path):
    files = {
        "tables.py": """
            from sqlalchemy import Column, Integer, MetaData, String, Table

            metadata = MetaData()

            projects_table = Table(
                "projects", metadata,
                Column("id", Integer, primary_key=True),
                Column("name", String(50)),
                Column("deleted_at", String(30)),
            )
            """,
        "mappers.py": """
            from app.tables import projects_table


            class Project:
                pass


            def start_mappers(registry):
                registry.map_imperatively(Project, projects_table, properties={
                    "_name": projects_table.c.name,
                    "_deleted_at": projects_table.c.deleted_at,
                })
            """,
        "models.py": "from app.tables import metadata  # noqa: F401\n",
    }
    scenario = Scenario(tmp_path, pg, files, metadata="app.models:metadata").create_from_models()
    plan = scenario.drift("ALTER TABLE projects DROP COLUMN deleted_at").plan()
    assert plan.code_actions == ()
    [item] = plan.by_hand
    assert "projects_table.c.deleted_at is read at " in item.message and "mappers.py:11 " in item.message, item.message


# ubc/compair: ``__table_args__`` ending with a class attribute of another module that holds the
# table's options (``DefaultTableMixin.default_table_args``, a dict of MySQL options). A new item went
# after it, and SQLAlchemy refused the class at import ("'SchemaItem' object ... expected"); one
# whose ``__table_args__`` is that name alone (``(DefaultTableMixin.default_table_args)``) took the
# ``unique=True`` off a column for a ``UniqueConstraint`` it could not write, and the model lost it;
# a table comment went into a second dict after the name (a dict after a dict: refused at import): it
# joins the options the name holds (``{**DefaultTableMixin.default_table_args, "comment": ...}``).
OPTIONS_FROM_A_CLASS_ATTRIBUTE = """
    from sqlalchemy import Column, Integer, MetaData, String, UniqueConstraint
    from sqlalchemy.orm import declarative_base

    Base = declarative_base(metadata=MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}))


    class TableMixin:
        default_table_args = {"mysql_engine": "InnoDB"}


    class Widget(TableMixin, Base):
        __tablename__ = "widget"
        id = Column(Integer, primary_key=True)
        serial = Column(String(50), unique=True)

        __table_args__ = (
            TableMixin.default_table_args
        )


    class Gadget(TableMixin, Base):
        __tablename__ = "gadget"
        id = Column(Integer, primary_key=True)
        owner = Column(String(50))

        __table_args__ = (
            UniqueConstraint("owner", name="_unique_owner"),
            TableMixin.default_table_args
        )
"""


def test_an_item_goes_before_a_name_ending_table_args_and_a_change_is_whole_or_not_at_all(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": OPTIONS_FROM_A_CLASS_ATTRIBUTE}).create_from_models()
    assert scenario.plan().code_actions == ()
    scenario.drift("ALTER TABLE widget RENAME CONSTRAINT uq_widget_serial TO widget_serial_key;"
                   "ALTER TABLE gadget ADD CONSTRAINT uq_gadget_id_owner UNIQUE (id, owner);"
                   "COMMENT ON TABLE gadget IS 'things owned'")
    plan = scenario.plan()
    [result] = run_plan(plan, write=True, allowed_root=scenario.root)
    text = scenario.text("models.py")
    assert '        UniqueConstraint("id", "owner", name="uq_gadget_id_owner"),\n' \
           '        {**TableMixin.default_table_args, "comment": "things owned"}\n' in text, text
    # Widget's constraint cannot be written into a name: unique=True stays, and both halves are left out
    assert "    serial = Column(String(50), unique=True)\n" in text, text
    assert sorted(note.split(" ", 1)[0] for note in result.skipped) == ["unique", "unique"], result.skipped
    assert any("goes with the unique the edit left out" in note for note in result.skipped), result.skipped
    # the models import and configure, and make what the database has but Widget's name
    verdict = judge(scenario.root, scenario.metadata, scenario.url)
    assert verdict.configure_error is None and verdict.warnings == [], verdict


# compair: ``db.metadata.naming_convention = convention`` at the end of ``models/__init__.py``, after it
# imported every model: SQLAlchemy had named the tables' constraints already (``widget_name_key``), and
# the convention names nothing. Read as the models' convention, it gave 12 edits where nothing drifted.
A_CONVENTION_SET_TOO_LATE = {
    "core.py": """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()
        """,
    "models/__init__.py": """
        from .mixins import DefaultTableMixin
        from .widget import Widget

        from app.core import db

        db.metadata.naming_convention = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
        """,
    "models/mixins.py": """
        class DefaultTableMixin:
            default_table_args = {"mysql_engine": "InnoDB"}
        """,
    "models/widget.py": """
        from app.core import db

        from .mixins import DefaultTableMixin


        class Widget(DefaultTableMixin, db.Model):
            __tablename__ = "widget"
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(50), unique=True)
        """,
}


def test_a_naming_convention_set_after_the_classes_are_made_names_nothing(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_CONVENTION_SET_TOO_LATE, metadata="app.models:db.metadata").create_from_models()
    assert read_models(scenario.package).naming_convention == ()
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())


# compair's LTI models: ``from . import *`` of a package whose ``__init__`` imports the mixin, then
# ``__table_args__ = (..., DefaultTableMixin.default_table_args)``: the class's dict constant was "not
# understood", and a table comment could not be written.
A_CLASS_CONSTANT_THROUGH_A_STAR_IMPORT = {
    "models/__init__.py": """
        from .base import Base, TableMixin
        from .lti import Nonce
        """,
    "models/base.py": """
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class TableMixin:
            default_table_args = {"mysql_engine": "InnoDB"}
        """,
    "models/lti/__init__.py": """
        from app.models.base import Base, TableMixin

        from .nonce import Nonce
        """,
    "models/lti/nonce.py": """
        from sqlalchemy import Column, Integer, String, UniqueConstraint

        from . import *


        class Nonce(TableMixin, Base):
            __tablename__ = "lti_nonce"
            id = Column(Integer, primary_key=True)
            value = Column(String(64), nullable=False)

            __table_args__ = (
                UniqueConstraint("value", name="_unique_value"),
                TableMixin.default_table_args
            )
        """,
}


def test_a_class_constant_is_read_through_a_star_import(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_CLASS_CONSTANT_THROUGH_A_STAR_IMPORT).create_from_models()
    models = read_models(scenario.package)
    assert [u.message for u in models.unresolved] == []
    assert [c.options_name for c in models.classes if c.class_name == "Nonce"] == ["TableMixin.default_table_args"]
    outcome = scenario.drift("COMMENT ON TABLE lti_nonce IS 'nonces seen'").reconcile()
    assert outcome.problems() == []
    assert '        {**TableMixin.default_table_args, "comment": "nonces seen"}\n' in outcome.after["models/lti/nonce.py"]


# mozilla-conduit/lando-api: one Python enum, ``TreeStatus``, the type of three tables' columns, its
# member values not a case of their names ("approval required"). A new label no member name can follow
# was asked three times, once per column.
AN_ENUM_OF_SEVERAL_COLUMNS = """
    import enum

    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class TreeStatus(enum.Enum):
        OPEN = "open"
        APPROVAL_REQUIRED = "approval required"


    class Tree(Base):
        __tablename__ = "tree"
        id = Column(Integer, primary_key=True)
        status = Column(Enum(TreeStatus), nullable=False)


    class Log(Base):
        __tablename__ = "log"
        id = Column(Integer, primary_key=True)
        status = Column(Enum(TreeStatus), nullable=False)
"""


def test_a_label_of_an_enum_several_columns_share_is_asked_once(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_ENUM_OF_SEVERAL_COLUMNS}).create_from_models()
    plan = scenario.drift("ALTER TYPE treestatus ADD VALUE 'MAINTENANCE'").plan()
    assert plan.code_actions == ()
    # (openrelik's ``Role``: the label is a member's name, its value what cannot be worked out)
    assert [(b.message.split("; ", 1)[1], b.line) for b in plan.by_hand] == [(
        "the label 'MAINTENANCE' is the name of a new member of TreeStatus, whose value does not follow from its "
        'name as its members\' do (OPEN = "open"): add it by hand.', 9)]


# PnX-SI/TaxHub: ``regne = db.Column(db.Unicode)`` written twice in one class body. Python keeps the
# last; the edit went to the first, and every plan asked for it again.
A_CLASS_COLUMN_WRITTEN_TWICE = """
    from sqlalchemy import Column, Integer, Unicode
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Taxon(Base):
        __tablename__ = "taxon"
        id = Column(Integer, primary_key=True)
        regne = Column(Unicode)
        phylum = Column(Unicode)
        regne = Column(Unicode)
"""


def test_a_column_written_twice_is_edited_where_python_keeps_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_CLASS_COLUMN_WRITTEN_TWICE}).create_from_models()
    outcome = scenario.drift("ALTER TABLE taxon ALTER COLUMN regne SET NOT NULL").reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"].endswith(
        "    regne = Column(Unicode)\n    phylum = Column(Unicode)\n    regne = Column(Unicode, nullable=False)\n")


# learnhouse/learnhouse: a SQLModel table class that writes a field of its pydantic base again
# (``CertificationBase.config`` and ``Certifications.config``, both ``sa_column=Column("config", JSON)``).
# The column dropped, the class's line went and the base's mapped the column again.
A_FIELD_A_BASE_DECLARES_TOO = """
    from typing import Optional

    from sqlalchemy import JSON, Column
    from sqlmodel import Field, SQLModel


    class BadgeBase(SQLModel):
        title: str
        settings: dict = Field(default_factory=dict, sa_column=Column(JSON))


    class Badge(BadgeBase, table=True):
        id: Optional[int] = Field(default=None, primary_key=True)
        settings: dict = Field(default_factory=dict, sa_column=Column(JSON))
        creation_date: str = ""
"""


def test_a_column_a_base_declares_too_is_dropped_by_hand(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_FIELD_A_BASE_DECLARES_TOO},
                        metadata="app.models:SQLModel.metadata").create_from_models()
    assert scenario.plan().code_actions == ()
    plan = scenario.drift("ALTER TABLE badge DROP COLUMN settings").plan()
    assert plan.code_actions == ()
    [item] = plan.by_hand
    assert "Badge.settings redeclares BadgeBase's: removing it from Badge leaves BadgeBase's" in item.message


# bomzheg/Shvatka: the naming convention bound with an annotation (``convention: Mapping[str, str] =
# {...}``) was not read: an index the convention names seemed misnamed where nothing drifted.
AN_ANNOTATED_CONVENTION = """
    from collections.abc import Mapping

    from sqlalchemy import MetaData
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

    convention: Mapping[str, str] = {"ix": "ix__%(column_0_label)s", "pk": "pk__%(table_name)s"}


    class Base(DeclarativeBase):
        metadata = MetaData(naming_convention=convention)


    class Notification(Base):
        __tablename__ = "notifications"
        id: Mapped[int] = mapped_column(primary_key=True)
        recipient_id: Mapped[int] = mapped_column(index=True)
"""


def test_a_naming_convention_bound_with_an_annotation_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_ANNOTATED_CONVENTION}).create_from_models()
    assert dict(read_models(scenario.package).naming_convention)["ix"] == "ix__%(column_0_label)s"
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())


# Shvatka: ``games`` renamed ``hunts``, its key named by the convention (``pk__games``), which a rename
# keeps: no name alike, every column shared, and the pair was not found (a class generated for hunts,
# Game left on a table the database no longer has). The key's name is the evidence, as ``games_pkey`` is.
A_RENAMED_TABLE_ITS_CONVENTION_KEY_NAMES = """
    from sqlalchemy import ForeignKey, MetaData
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


    class Base(DeclarativeBase):
        metadata = MetaData(naming_convention={"pk": "pk__%(table_name)s"})


    class Game(Base):
        __tablename__ = "games"
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str]
        levels: Mapped[list["Level"]] = relationship(back_populates="game")


    class Level(Base):
        __tablename__ = "levels"
        id: Mapped[int] = mapped_column(primary_key=True)
        game_id: Mapped[int] = mapped_column(ForeignKey("games.id"))
        game: Mapped[Game] = relationship(back_populates="levels")
"""


def test_a_table_renamed_is_found_by_the_key_name_a_convention_gave_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_RENAMED_TABLE_ITS_CONVENTION_KEY_NAMES}).create_from_models()
    outcome = scenario.drift("ALTER TABLE games RENAME TO hunts").reconcile()
    assert outcome.problems() == []
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("foreign-key", "Level"), ("table-name", "Game")]


# Shvatka: a non-native ``Enum(Kind, native_enum=False, length=256)`` whose varchar the database widened.
# The by-hand reason named the enum class as a length constant other columns may share; written as the
# database's varchar instead, the column would return strings where the class's members went. Its length=
# is changed now (see docverse's above).
A_NON_NATIVE_ENUM_WIDENED = """
    import enum

    from sqlalchemy import Enum
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Kind(enum.Enum):
        joke = "joke"
        riddle = "riddle"


    class Achievement(Base):
        __tablename__ = "achievements"
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[Kind] = mapped_column(Enum(Kind, native_enum=False, length=256, create_constraint=False))
"""


def test_a_non_native_enum_s_varchar_widened_gets_the_length_in_its_call(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_NON_NATIVE_ENUM_WIDENED}).create_from_models()
    outcome = scenario.drift("ALTER TABLE achievements ALTER COLUMN name TYPE varchar(512)").reconcile()
    assert outcome.problems() == [] and outcome.plan.by_hand == ()
    assert "mapped_column(Enum(Kind, native_enum=False, length=512, create_constraint=False))" \
        in outcome.after["models.py"]


# ispras/lingvodoc: mixins whose ``declared_attr`` ``__table_args__`` returns its own items and the next
# class's, ``(ForeignKeyConstraint(...),) + super().__table_args__``. Read as one tuple for every class,
# its key was "no foreign key" (a by-hand item where nothing drifted), and a new index went into
# ``(Index(...), GistMixin.__table_args__)``, a tuple in a tuple: the models no longer imported. What it
# returns depends on each class's method resolution order, as one that reads ``cls`` does.
TABLE_ARGS_CHAINED_BY_SUPER = """
    from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, Text
    from sqlalchemy.orm import declarative_base, declared_attr

    Base = declarative_base()


    class PrimeTableArgs:
        @declared_attr
        def __table_args__(cls):
            return ()


    class Gist(Base):
        __tablename__ = "gist"
        client_id = Column(BigInteger, primary_key=True)
        object_id = Column(BigInteger, primary_key=True)


    class GistMixin(PrimeTableArgs):
        gist_client_id = Column(BigInteger, nullable=False)
        gist_object_id = Column(BigInteger, nullable=False)

        @declared_attr
        def __table_args__(cls):
            return (ForeignKeyConstraint(["gist_client_id", "gist_object_id"],
                                         ["gist.client_id", "gist.object_id"]),) + super().__table_args__


    class Field(GistMixin, Base):
        __tablename__ = "field"
        id = Column(BigInteger, primary_key=True)
        name = Column(Text)
"""


def test_table_args_chained_through_super_are_each_class_s_own(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_ARGS_CHAINED_BY_SUPER}).create_from_models()
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())
    plan = scenario.drift("CREATE INDEX field_gist_idx ON field (gist_client_id, gist_object_id)").plan()
    assert plan.code_actions == ()
    assert any("field_gist_idx" in note for note in plan.notes), plan.notes
    assert not any(isinstance(r, Failed) for r in run_plan(plan, write=True, allowed_root=scenario.root))
    verdict = judge(scenario.root, scenario.metadata, scenario.url)
    assert verdict.configure_error is None


# argonne-lcf/balsam: ``Index("ix_jobs_tags", "tags", postgresql_using="GIN")``. SQLAlchemy writes the
# method unquoted and PostgreSQL folds it to gin: "USING GIN in the model" was an edit where nothing drifted.
AN_INDEX_METHOD_IN_CAPITALS = """
    from sqlalchemy import Column, Index, Integer
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Job(Base):
        __tablename__ = "jobs"
        id = Column(Integer, primary_key=True)
        tags = Column(JSONB)
        __table_args__ = (Index("ix_jobs_tags", "tags", postgresql_using="GIN"),)
"""


def test_an_index_method_written_in_capitals_is_postgresql_s_lower_case_one(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_INDEX_METHOD_IN_CAPITALS}).create_from_models()
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())


# lingvodoc: ``parser`` renamed, the keys to it written in a mixin's chained ``__table_args__`` the reader
# cannot follow (``"parser" + ".client_id"``): ``__tablename__`` followed the database and those keys kept
# the old name, so the models no longer configured. The rename is a person's, keys and all.
def test_a_table_renamed_whose_keys_the_reader_cannot_follow_is_renamed_by_hand(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_ARGS_CHAINED_BY_SUPER}).create_from_models()
    plan = scenario.drift("ALTER TABLE gist RENAME TO translation_gist").plan()
    assert not any(a.kind == "table-name" for a in plan.code_actions), plan.code_actions
    items = [b for b in plan.by_hand if "would still name gist" in b.message]
    assert len(items) == 1, [b.message for b in plan.by_hand]
    [item] = items
    assert "the keys to it of field (" in item.message and "would still name gist" in item.message, item.message


# The review of the history recipe's reading: in a module that holds the declarative base too, every class
# was taken for the recipe's mixin (every model derives from Base): every table seemed to have a history
# table, and a new class took the mixin. The mixin is a plain class of that module.
A_HISTORY_RECIPE_BESIDE_ITS_BASE = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import DeclarativeBase


    class Base(DeclarativeBase):
        pass


    def _history_mapper(local_mapper):
        table = local_mapper.local_table
        table.to_metadata(table.metadata, name=table.name + "_history")


    class Versioned:
        pass


    class User(Versioned, Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)
        name = Column(String(40))


    class Group(Base):
        __tablename__ = "groups"
        id = Column(Integer, primary_key=True)
"""


def test_a_history_recipe_beside_the_declarative_base_takes_its_plain_mixin(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(A_HISTORY_RECIPE_BESIDE_ITS_BASE))
    models = read_models(tmp_path / "models.py")
    assert [name for name, _, _ in models.runtime_tables] == ["users_history"]
    assert models.tables_per_class == (("Versioned", "_history"),)


# The review of the keys a new class writes by class: a class of another schema defined after the new
# one in the same file was named (``ForeignKey(Theme.id)``) before it was defined: NameError at import.
# The new class now goes after it (the class of its first key, Alpha, comes earlier).
A_KEY_TO_A_CLASS_DEFINED_LATER = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Alpha(Base):
        __tablename__ = "alpha"

        id = Column(Integer, primary_key=True)


    class Theme(Base):
        __tablename__ = "theme"
        __table_args__ = {"schema": "other"}

        id = Column(Integer, primary_key=True)
        name = Column(String(40))
"""


def test_a_new_class_names_no_class_defined_after_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_KEY_TO_A_CLASS_DEFINED_LATER})
    scenario.drift("CREATE SCHEMA other").create_from_models()

    def plan():
        return build_plan(read_schema(scenario.url, schemas=("public", "other")), read_models(scenario.package),
                          PlannerOptions())

    scenario.drift("CREATE TABLE beta (id serial PRIMARY KEY, alpha_id integer REFERENCES alpha (id),"
                   " theme_id integer REFERENCES other.theme (id))")
    first = plan()
    assert [(a.kind, a.class_name, a.after_class) for a in first.code_actions] == [("add-model", "Beta", "Theme")]
    assert not any(isinstance(r, Failed) for r in run_plan(first, write=True, allowed_root=scenario.root))
    text = scenario.text("models.py")
    assert "ForeignKey(Theme.id)" in text and text.index("class Theme") < text.index("class Beta"), text
    Scenario(tmp_path / "after", pg, {"models.py": text}).drift("CREATE SCHEMA other").create_from_models()


# The review of the late convention: SQLAlchemy's ``Session`` imported before the convention, beside a
# model class named ``Session``, was taken for the model imported: the convention was ignored.
A_CONVENTION_AFTER_SQLALCHEMY_S_SESSION = {
    "base.py": """
        from sqlalchemy.orm import Session, declarative_base

        Base = declarative_base()
        Base.metadata.naming_convention = {"ix": "idx_%(table_name)s_%(column_0_name)s"}


        def get_session(engine):
            return Session(engine)
        """,
    "models.py": """
        from sqlalchemy import Column, Integer, String

        from .base import Base


        class Session(Base):
            __tablename__ = "sessions"
            id = Column(Integer, primary_key=True)
            user = Column(String(40), index=True)
        """,
}


def test_a_convention_after_a_library_s_name_like_a_model_s_names_the_tables(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_CONVENTION_AFTER_SQLALCHEMY_S_SESSION).create_from_models()
    assert dict(read_models(scenario.package).naming_convention) == {"ix": "idx_%(table_name)s_%(column_0_name)s"}
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())


# The review of the redeclared column: a mixin's method of the column's name is no column a drop leaves.
A_COLUMN_NAMED_LIKE_A_MIXIN_S_METHOD = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class LabelMixin:
        def label(self):
            return "?"


    class Tag(LabelMixin, Base):
        __tablename__ = "tag"
        id = Column(Integer, primary_key=True)
        label = Column(String(40))
"""


def test_a_column_named_like_a_mixin_s_method_is_dropped(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_COLUMN_NAMED_LIKE_A_MIXIN_S_METHOD}).create_from_models()
    plan = scenario.drift("ALTER TABLE tag DROP COLUMN label").plan()
    assert [(a.kind, a.class_name) for a in plan.code_actions] == [("drop-column", "Tag")]
    assert plan.by_hand == ()


# indico/indico: ``db.Model.metadata.naming_convention = naming_convention`` after ``from ...util.models import
# IndicoModel``, the class its declarative base is made from (``declarative_base(cls=IndicoModel)``), which
# the reader places as a model of no column: the convention was taken for a late one (85 edits where nothing
# drifted). Only classes that map a table of columns make a convention late.
A_CONVENTION_AFTER_THE_BASE_S_MODEL_CLASS = {
    "util.py": """
        from flask_sqlalchemy.model import Model


        class IndicoModel(Model):
            def __repr__(self):
                return f"<{type(self).__name__}>"
        """,
    "core.py": """
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy.orm import declarative_base

        from app.util import IndicoModel

        db = SQLAlchemy(model_class=declarative_base(cls=IndicoModel, name="Model"))
        db.Model.metadata.naming_convention = {"ix": "ix_%(table_name)s_%(column_0_name)s"}
        """,
    "models.py": """
        from app.core import db


        class Room(db.Model):
            __tablename__ = "rooms"
            __table_args__ = {"schema": "roombooking"}
            id = db.Column(db.Integer, primary_key=True)
            owner_id = db.Column(db.Integer, index=True)
        """,
}


def test_a_convention_after_the_class_a_base_is_made_from_is_the_models(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_CONVENTION_AFTER_THE_BASE_S_MODEL_CLASS, metadata="app.models:db.metadata")
    scenario.drift("CREATE SCHEMA roombooking").create_from_models()
    assert dict(read_models(scenario.package).naming_convention) == {"ix": "ix_%(table_name)s_%(column_0_name)s"}


# fief-dev/fief: the declarative base's ``__init_subclass__`` puts the application's table prefix (a
# setting read at import) before every ``__tablename__``, and the association tables' names are
# ``get_prefixed_tablename("...")``. The reader could read no table: `plan` said "nothing to change"
# whatever the database held (CI passed on anything). Now the prefix is the database's: the classes
# stand on the names they write, the planner takes the prefix most of those names have among the
# tables, and writes the names it edits or generates without it.
A_TABLE_PREFIX_FROM_THE_SETTINGS = {
    "settings.py": """
        import os

        TABLE_PREFIX = os.environ.get("APP_TABLE_PREFIX", "acme_")
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer, String, Table
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.settings import TABLE_PREFIX


        def get_prefixed_tablename(name: str) -> str:
            return f"{TABLE_PREFIX}{name}"


        class Base(DeclarativeBase):
            def __init_subclass__(cls) -> None:
                cls.__tablename__ = get_prefixed_tablename(cls.__tablename__)
                super().__init_subclass__()


        class User(Base):
            __tablename__ = "users"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            name: Mapped[str] = mapped_column(String(40))


        class Hook(Base):
            __tablename__ = "hooks"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            user_id: Mapped[int] = mapped_column(ForeignKey(User.id))


        UserHook = Table(
            get_prefixed_tablename("users_hooks"),
            Base.metadata,
            Column("user_id", ForeignKey(User.id), primary_key=True),
            Column("hook_id", ForeignKey(Hook.id), primary_key=True),
        )
        """,
}


def test_a_table_prefix_from_the_settings_is_taken_from_the_database(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_TABLE_PREFIX_FROM_THE_SETTINGS).create_from_models()
    assert (scenario.plan().code_actions, scenario.plan().by_hand) == ((), ())
    outcome = scenario.drift("""
        ALTER TABLE acme_hooks RENAME TO acme_webhooks;
        ALTER TABLE acme_users ADD COLUMN email varchar(80);
        CREATE TABLE acme_headers (id serial PRIMARY KEY, hook_id integer NOT NULL REFERENCES acme_webhooks (id),
                                   name varchar(40) NOT NULL);
    """).reconcile()
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-column", "User"), ("add-model", "Header"), ("table-name", "Hook")]
    text = outcome.after["models.py"]
    assert '    __tablename__ = "webhooks"\n' in text and '    __tablename__ = "headers"\n' in text, text
    # the key names its target's class, whose table's name depends on the setting
    assert "ForeignKey(Hook.id)" in text and text.count("acme_") == 1, text  # the docstring's table name
    assert outcome.problems() == []


def test_a_table_without_the_prefix_is_a_class_written_by_hand(pg, tmp_path):
    """A table whose name lacks the prefix cannot be mapped by a class on the base that adds it."""
    scenario = Scenario(tmp_path, pg, A_TABLE_PREFIX_FROM_THE_SETTINGS).create_from_models()
    plan = scenario.drift("CREATE TABLE audit (id serial PRIMARY KEY)").plan()
    assert plan.code_actions == ()
    assert [(b.kind, b.message) for b in plan.by_hand] == [("add-model", (
        f"table audit has no model class, and none is generated in {scenario.package / 'models.py'}: the base of "
        "its classes puts the "
        "prefix 'acme_' before the __tablename__ they write (__init_subclass__), which this table's name does not "
        "start with; write its class by hand"))]


def test_a_table_prefix_no_table_shows_leaves_the_classes_out_with_a_note(pg, tmp_path):
    """An empty database (or another application's) shows no prefix: the classes are not compared,
    and the plan says so instead of finding nothing to change in silence."""
    scenario = Scenario(tmp_path, pg, A_TABLE_PREFIX_FROM_THE_SETTINGS)
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ())
    models = scenario.package / "models.py"
    assert [n for n in plan.notes if "not compared" in n] == [
        "2 class(es) not compared: their __tablename__ is computed (Base.__init_subclass__), and the database's "
        "tables tell no one prefix for them (no table's name ends with theirs, or two prefixes are as common): "
        f"User ({models}:17), Hook ({models}:24)."]


# Police-Data-Accessibility-Project/data-sources-app: the declarative base's ``__table_args__ = {"schema":
# "public"}`` puts every class's table under ``public.`` in the metadata, and their keys say
# ``"public.record_types.id"``. A class generated for a new table (on that base, so in ``public`` too) wrote
# its key ``"record_types.id"``, a table the metadata does not have: the models no longer imported.
A_BASE_THAT_NAMES_THE_DEFAULT_SCHEMA = """
    from sqlalchemy import ForeignKey, Integer, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        __table_args__ = {"schema": "public"}


    class RecordType(Base):
        __tablename__ = "record_types"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        name: Mapped[str] = mapped_column(String(40))


    class Record(Base):
        __tablename__ = "records"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        record_type_id: Mapped[int] = mapped_column(ForeignKey("public.record_types.id"))
"""


def test_a_new_class_on_a_base_that_names_the_default_schema_keys_its_tables_with_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_BASE_THAT_NAMES_THE_DEFAULT_SCHEMA}).create_from_models()
    outcome = scenario.drift("""
        CREATE TABLE record_type_aliases (id serial PRIMARY KEY, alias varchar(40) NOT NULL,
                                          record_type_id integer NOT NULL REFERENCES record_types (id));
    """).reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "RecordTypeAlias")]
    text = outcome.after["models.py"]
    assert 'ForeignKey("public.record_types.id")' in text.split("class RecordTypeAlias")[1], text
    # the models import and configure (the key named a table the metadata lacks: NoReferencedTableError);
    # Alembic reports every "public.x" key of a metadata in the default schema as removed and added
    # again, the key of the class left alone as much as the new one's: its own noise, nothing else
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    noise = [p for p in outcome.problems() if p.startswith("Alembic: ")]
    assert [p for p in outcome.problems() if p not in noise] == []
    assert sorted(p.replace("record_type_aliases", "records") for p in noise if "record_type_aliases" in p) == \
        sorted(p for p in noise if '"table": "records"' in p) != []



# The same base, and a column the database added to a class the models have, or a key it gave a column
# they have: the key wrote "record_types.id", a table that metadata lacks (NoReferencedTableError when the
# mappers configure). Every key to a table whose class writes the default schema names it.
def test_a_key_of_an_existing_class_on_a_base_that_names_the_default_schema_names_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_BASE_THAT_NAMES_THE_DEFAULT_SCHEMA}).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE records ADD COLUMN parent_type_id integer REFERENCES record_types (id);
        ALTER TABLE record_types ADD COLUMN broader_id integer REFERENCES record_types (id);
    """).reconcile()
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-column", "Record"), ("add-column", "RecordType")]
    text = outcome.after["models.py"]
    for attribute in ("parent_type_id", "broader_id"):
        assert f'{attribute}: Mapped[Optional[int]] = mapped_column(\n        Integer, ForeignKey("public.record_types.id")' \
            in text, text
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    assert [p for p in outcome.problems() if not p.startswith("Alembic: ")] == []


def test_a_key_given_to_a_column_on_a_base_that_names_the_default_schema_names_it(pg, tmp_path):
    models = A_BASE_THAT_NAMES_THE_DEFAULT_SCHEMA + """

    class Note(Base):
        __tablename__ = "notes"

        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        record_id: Mapped[int] = mapped_column(Integer)
"""
    scenario = Scenario(tmp_path, pg, {"models.py": models}).create_from_models()
    outcome = scenario.drift("ALTER TABLE notes ADD FOREIGN KEY (record_id) REFERENCES records (id);").reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("foreign-key", "Note")]
    text = outcome.after["models.py"]
    assert 'record_id: Mapped[int] = mapped_column(Integer, ForeignKey("public.records.id"))' in text, text
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    assert [p for p in outcome.problems() if not p.startswith("Alembic: ")] == []


# PDAP again: the table a new table's key names was renamed in the database, a rename its class takes only by
# hand (``__tablename__ = Relations.RECORD_TYPES.value``). The generated class keyed the database's new name,
# which no class maps until that rename is made: the models did not import. It names the class's attribute,
# right before the rename and after.
A_KEY_TO_A_TABLE_RENAMED_BY_HAND = {
    "names.py": """
        import enum


        class Relations(enum.Enum):
            RECORD_TYPES = "record_types"
        """,
    "models.py": """
        from sqlalchemy import Integer, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.names import Relations


        class Base(DeclarativeBase):
            pass


        class RecordType(Base):
            __tablename__ = Relations.RECORD_TYPES.value

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            name: Mapped[str] = mapped_column(String(40))
        """,
}


def test_a_new_class_keys_a_table_renamed_by_hand_through_its_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_KEY_TO_A_TABLE_RENAMED_BY_HAND).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE record_types RENAME TO record_kinds;
        CREATE TABLE record_aliases (id serial PRIMARY KEY, alias varchar(40) NOT NULL,
                                     record_type_id integer NOT NULL REFERENCES record_kinds (id));
    """).reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "RecordAlias")]
    assert [b.kind for b in outcome.plan.by_hand] == ["table-rename"], outcome.plan.by_hand
    text = outcome.after["models.py"]
    assert "ForeignKey(RecordType.id)" in text.split("class RecordAlias")[1], text
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


# The review of the table prefix: a base whose prefix is a constant, two bases of one name with two
# prefixes, joined inheritance, a class whose table the database does not have yet, and keys to
# classes of other files.
PREFIX_BASES = {
    "auth.py": """
        from sqlalchemy import Integer, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        AUTH_PREFIX = "auth_"


        class Base(DeclarativeBase):
            def __init_subclass__(cls, **kwargs) -> None:
                cls.__tablename__ = AUTH_PREFIX + cls.__tablename__
                super().__init_subclass__(**kwargs)


        class Account(Base):
            __tablename__ = "accounts"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            name: Mapped[str] = mapped_column(String(40))
        """,
    "bill.py": """
        import os

        from sqlalchemy import ForeignKey, Integer, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        BILL_PREFIX = os.environ.get("BILL_PREFIX", "bill_")


        class Base(DeclarativeBase):
            def __init_subclass__(cls, **kwargs) -> None:
                cls.__tablename__ = BILL_PREFIX + cls.__tablename__
                super().__init_subclass__(**kwargs)


        class Invoice(Base):
            __tablename__ = "invoices"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            kind: Mapped[str] = mapped_column(String(20))
            __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "invoice"}


        class CreditNote(Invoice):
            __tablename__ = "credit_notes"

            id: Mapped[int] = mapped_column(ForeignKey(Invoice.id), primary_key=True)
            __mapper_args__ = {"polymorphic_identity": "credit"}
        """,
    "lines.py": """
        from sqlalchemy import ForeignKey, Integer
        from sqlalchemy.orm import Mapped, mapped_column

        from app.bill import Base, Invoice


        class Line(Base):
            __tablename__ = "lines"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            invoice_id: Mapped[int] = mapped_column(ForeignKey(Invoice.id))
        """,
}


def test_bases_of_one_name_with_two_prefixes_each_take_their_own(pg, tmp_path):
    from conftest import execute

    scenario = Scenario(tmp_path, pg, PREFIX_BASES, metadata="app.lines:Base.metadata")
    scenario.create_from_models()
    execute(scenario.url, "CREATE TABLE auth_accounts (id serial PRIMARY KEY, name varchar(40) NOT NULL)")
    plan = scenario.plan()
    assert (plan.code_actions, plan.by_hand) == ((), ()), (plan.code_actions, plan.by_hand)
    plan = scenario.drift("""
        ALTER TABLE bill_invoices RENAME TO bill_bills;
        CREATE TABLE bill_payments (id serial PRIMARY KEY, line_id integer REFERENCES bill_lines (id),
                                    invoice_id integer REFERENCES bill_bills (id));
        CREATE TABLE auth_tokens (id serial PRIMARY KEY, account_id integer REFERENCES auth_accounts (id));
    """).plan()
    renames = [(a.class_name, a.name, a.old_name) for a in plan.code_actions if a.kind == "table-name"]
    assert renames == [("Invoice", "bills", "invoices")], plan.by_hand  # joined inheritance: its own name
    added = {a.class_name: a for a in plan.code_actions if a.kind == "add-model"}
    assert {name: a.written_table for name, a in added.items()} == {"Payment": "payments", "Token": "tokens"}
    # a constant prefix too is the base's: the new class writes the name after it (not auth_auth_tokens)
    # its keys name the classes, of its file or another (written so where the file imports them)
    assert sorted(k[3] for k in added["Payment"].key_classes) == ["Invoice", "Line"]


def test_a_prefixed_class_the_database_lacks_blocks_no_new_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_TABLE_PREFIX_FROM_THE_SETTINGS).create_from_models()
    models = scenario.package / "models.py"
    models.write_text(models.read_text() + textwrap.dedent("""

        class Pending(Base):
            __tablename__ = "pending"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
        """), encoding="utf-8")
    plan = scenario.drift("CREATE TABLE acme_labels (id serial PRIMARY KEY, name varchar(40))").plan()
    assert [(a.kind, a.class_name) for a in plan.code_actions] == [("add-model", "Label")]
    assert any("class Pending maps table acme_pending, which the database does not have" in n for n in plan.notes)


def test_a_table_made_by_a_function_from_its_argument_is_no_pattern_of_every_table(tmp_path):
    """The review's: ``Table(name.lower(), ...)`` in a function whose name the reader cannot know
    stood for every table (``.*``), and no class was generated for any table without one."""
    (tmp_path / "models.py").write_text(textwrap.dedent("""
        from sqlalchemy import Column, Integer, MetaData, Table
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        def make_table(name, metadata):
            return Table(name.lower(), metadata, Column("id", Integer, primary_key=True))


        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)
        """))
    assert read_models(tmp_path).runtime_tables == ()


# argonne-lcf/balsam: a GIN index with an operator class (``postgresql_ops={"tags": "jsonb_path_ops"}``)
# that the database made again with the type's default class. The item was rewritten with its method and
# columns only, the operator class kept: the second plan differed again.
AN_INDEX_WITH_AN_OPERATOR_CLASS = """
    from sqlalchemy import Column, Index, Integer
    from sqlalchemy.dialects import postgresql as pg
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Job(Base):
        __tablename__ = "jobs"
        __table_args__ = (
            Index("ix_jobs_tags", "tags", postgresql_using="gin", postgresql_ops={"tags": "jsonb_path_ops"}),
        )

        id = Column(Integer, primary_key=True)
        tags = Column(pg.JSONB, default=dict)
"""


def test_an_index_made_again_without_its_operator_class_loses_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_INDEX_WITH_AN_OPERATOR_CLASS}).create_from_models()
    outcome = scenario.drift("""
        DROP INDEX ix_jobs_tags;
        CREATE INDEX ix_jobs_tags ON jobs USING gin (tags);
    """).reconcile()
    text = outcome.after["models.py"]
    assert 'Index("ix_jobs_tags", "tags", postgresql_using="gin")' in text, text
    assert outcome.problems() == []


# lingvodoc: the same for a key of two columns - a new table's composite key to a table the database renamed,
# whose class takes that rename only by hand. ``ForeignKeyConstraint`` named the database's new name, which no
# class maps until then: it names the class's attributes.
A_COMPOSITE_KEY_TO_A_TABLE_RENAMED_BY_HAND = {
    "names.py": A_KEY_TO_A_TABLE_RENAMED_BY_HAND["names.py"],
    "models.py": """
        from sqlalchemy import BigInteger, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.names import Relations


        class Base(DeclarativeBase):
            pass


        class RecordType(Base):
            __tablename__ = Relations.RECORD_TYPES.value

            client_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
            object_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
            name: Mapped[str] = mapped_column(String(40))
        """,
}


def test_a_new_class_keys_a_table_renamed_by_hand_through_its_class_in_a_composite_key(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_COMPOSITE_KEY_TO_A_TABLE_RENAMED_BY_HAND).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE record_types RENAME TO record_kinds;
        CREATE TABLE record_aliases (id serial PRIMARY KEY, alias varchar(40) NOT NULL,
                                     kind_client_id bigint NOT NULL, kind_object_id bigint NOT NULL,
                                     FOREIGN KEY (kind_client_id, kind_object_id)
                                     REFERENCES record_kinds (client_id, object_id));
    """).reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "RecordAlias")]
    assert [b.kind for b in outcome.plan.by_hand] == ["table-rename"], outcome.plan.by_hand
    text = outcome.after["models.py"].split("class RecordAlias")[1]
    assert 'ForeignKeyConstraint( ["kind_client_id", "kind_object_id"], [RecordType.client_id, RecordType.object_id],' \
        in " ".join(text.split()), text
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    # and the second plan takes the key for the database's, as SQLAlchemy will once the rename is made
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == [], outcome.problems()



# The review of those keys: a column of two keys (one its own, one of several) is named by a string in each,
# not by the attribute the other key's class has
def test_a_column_of_two_keys_is_named_by_a_string_in_each(pg, tmp_path):
    files = {**A_COMPOSITE_KEY_TO_A_TABLE_RENAMED_BY_HAND,
             "models.py": A_COMPOSITE_KEY_TO_A_TABLE_RENAMED_BY_HAND["models.py"] + """

        class Writer(Base):
            __tablename__ = "writers"

            id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
        """}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE record_types RENAME TO record_kinds;
        CREATE TABLE record_aliases (id serial PRIMARY KEY, alias varchar(40) NOT NULL,
                                     kind_client_id bigint NOT NULL REFERENCES writers (id),
                                     kind_object_id bigint NOT NULL,
                                     FOREIGN KEY (kind_client_id, kind_object_id)
                                     REFERENCES record_kinds (client_id, object_id));
    """).reconcile()
    text = outcome.after["models.py"].split("class RecordAlias")[1]
    assert 'kind_client_id: Mapped[int] = mapped_column( BigInteger, ForeignKey("writers.id") )' \
        in " ".join(text.split()), text
    assert "[RecordType.client_id, RecordType.object_id]" in text, text
    # what is left is the rename a person makes (Alembic: record_types added, record_kinds removed, the
    # composite key's target...)
    assert [p for p in outcome.problems() if "record_types" not in p and "record_kinds" not in p] == []
    assert not any("writers" in p for p in outcome.problems())
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


# and a key of a class on the base that names the default schema to a table the same plan gives a class
# (on that base too): "labels.id" named a table that metadata lacks
def test_a_key_to_a_table_the_plan_gives_a_class_on_a_base_that_names_the_default_schema(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_BASE_THAT_NAMES_THE_DEFAULT_SCHEMA}).create_from_models()
    outcome = scenario.drift("""
        CREATE TABLE labels (id serial PRIMARY KEY, name varchar(40));
        ALTER TABLE records ADD COLUMN label_id integer REFERENCES labels (id);
    """).reconcile()
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-column", "Record"), ("add-model", "Label")]
    assert 'ForeignKey("public.labels.id")' in outcome.after["models.py"].split("label_id")[1], outcome.after
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


# and an index of an expression with an operator class: the catalog gives those of plain columns only, so
# the rewrite keeps the postgresql_ops= written for the expression
AN_EXPRESSION_INDEX_WITH_AN_OPERATOR_CLASS = """
    from sqlalchemy import Column, Index, Integer, String, func
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
        name = Column(String(40))

        __table_args__ = (
            Index("ix_users_lower_name", func.lower(name).label("lower_name"),
                  postgresql_ops={"lower_name": "text_pattern_ops"}),
        )
"""


def test_an_expression_index_rewritten_in_place_keeps_its_operator_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_EXPRESSION_INDEX_WITH_AN_OPERATOR_CLASS}).create_from_models()
    outcome = scenario.drift("""
        DROP INDEX ix_users_lower_name;
        CREATE UNIQUE INDEX ix_users_lower_name ON users (lower(name) text_pattern_ops);
    """).reconcile()
    assert [a.kind for a in outcome.code_actions()] == ["index"]
    assert 'postgresql_ops={"lower_name": "text_pattern_ops"}' in outcome.after["models.py"], outcome.after
    assert "unique=True" in outcome.after["models.py"]


# and where the new class's first key is to a class the file defines before the one renamed by hand: it went
# after the first, and the second, defined later, was named by a string (the database's new name: the models
# no longer imported); it goes after the later of the two
def test_a_new_class_goes_after_every_class_of_its_file_it_keys_by_attribute(pg, tmp_path):
    files = {**A_KEY_TO_A_TABLE_RENAMED_BY_HAND, "models.py": A_KEY_TO_A_TABLE_RENAMED_BY_HAND["models.py"].replace(
        "        class RecordType(Base):", """        class Agency(Base):
            __tablename__ = "agencies"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)


        class RecordType(Base):""")}
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE record_types RENAME TO record_kinds;
        CREATE TABLE record_aliases (id serial PRIMARY KEY, agency_id integer REFERENCES agencies (id),
                                     record_type_id integer NOT NULL REFERENCES record_kinds (id));
    """).reconcile()
    assert [(a.kind, a.class_name) for a in outcome.code_actions()] == [("add-model", "RecordAlias")]
    text = outcome.after["models.py"]
    assert text.index("class RecordType") < text.index("class RecordAlias"), text
    new = text.split("class RecordAlias")[1]
    assert "ForeignKey(RecordType.id)" in new and 'ForeignKey("agencies.id")' in new, new
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == [], outcome.problems()


# The review of that: a class with such a Table and a relationship the plan edits too failed whole ("Post.author:
# no such attribute": only the Table's columns were indexed), and a column the class body uses through
# ``__table__.c`` was dropped (KeyError at import): the drop is held back, as a declarative column's is.
A_TABLE_IN_A_CLASS_BODY_BESIDE_ITS_MEMBERS = """
    from sqlalchemy import Column, ForeignKey, Integer, String, Table
    from sqlalchemy.orm import column_property, declarative_base, relationship

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)


    class Post(Base):
        __table__ = Table(
            "post",
            Base.metadata,
            Column("id", Integer, primary_key=True),
            Column("author_id", Integer, ForeignKey("users.id")),
            Column("first", String(40)),
            Column("last", String(40)),
            Column("version", Integer, nullable=False),
        )
        author = relationship(User)
        full = column_property(__table__.c.first + " " + __table__.c["last"])
        __mapper_args__ = {"version_id_col": __table__.c.version}
"""


def test_a_table_in_a_class_body_is_edited_beside_the_members_that_use_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_TABLE_IN_A_CLASS_BODY_BESIDE_ITS_MEMBERS}).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE post ALTER COLUMN first TYPE varchar(80);
        ALTER TABLE post ADD COLUMN reviewer_id integer REFERENCES users (id);
        ALTER TABLE post DROP COLUMN last;
        ALTER TABLE post DROP COLUMN version;
    """).reconcile()
    [result] = outcome.results
    assert sorted(note.split(": the drop is held back: ")[1] for note in result.skipped) == [
        "the class body still uses it (__mapper_args__); change or remove those, then plan again",
        "the class body still uses it (full); change or remove those, then plan again",
    ]
    text = outcome.after["models.py"]
    assert 'Column("first", String(80))' in text and 'Column("reviewer_id", Integer, ForeignKey("users.id"))' in text
    assert 'Column("last", String(40))' in text and 'Column("version", Integer, nullable=False)' in text
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


def test_a_drop_of_an_attribute_assigned_twice_removes_both_statements(pg, tmp_path):
    # the second review: the drop took the last statement only and left the first mapped (a second plan dropped
    # it again); it was held back since, and both go now (codo-cmdb's ``network_type``)
    scenario = Scenario(tmp_path, pg, {"models.py": """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Note(Base):
            __tablename__ = "note"
            id = Column(Integer, primary_key=True)
            body = Column(String(20))
            body = Column(String(40))
        """}).create_from_models()
    outcome = scenario.drift("ALTER TABLE note DROP COLUMN body").reconcile()
    [result] = outcome.results
    assert result.skipped == () and outcome.problems() == []
    assert outcome.after["models.py"].endswith("    id = Column(Integer, primary_key=True)\n")


# openstreetmap-polska/openaedmap-backend: a key column without a type of its own
# (``mapped_column(ForeignKey(Photo.id))``) has its target's, as SQLAlchemy gives it. The database widened the
# target only: the plan wrote the target's new type, and the key column, still ``varchar(32)`` in the
# database, took ``varchar(64)`` in the model (Alembic saw it; the second plan changed it).
A_KEY_COLUMN_WITHOUT_A_TYPE = """
    from sqlalchemy import ForeignKey, String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Photo(Base):
        __tablename__ = "photo"

        id: Mapped[str] = mapped_column(String(32), primary_key=True)


    class PhotoReport(Base):
        __tablename__ = "photo_report"

        id: Mapped[int] = mapped_column(primary_key=True)
        photo_id: Mapped[str] = mapped_column(ForeignKey(Photo.id))
"""


def test_a_key_column_without_a_type_keeps_its_own_when_only_its_target_changes(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_KEY_COLUMN_WITHOUT_A_TYPE}).create_from_models()
    outcome = scenario.drift("ALTER TABLE photo ALTER COLUMN id TYPE varchar(64)").reconcile()
    assert sorted((a.kind, a.class_name, a.attribute) for a in outcome.code_actions()) == [
        ("type", "Photo", "id"), ("type", "PhotoReport", "photo_id")]
    text = " ".join(outcome.after["models.py"].split())
    assert "photo_id: Mapped[str] = mapped_column(String(32), ForeignKey(Photo.id))" in text, text
    assert outcome.problems() == []
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == []


def test_a_key_column_without_a_type_follows_its_target_where_the_database_changed_both(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_KEY_COLUMN_WITHOUT_A_TYPE}).create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE photo ALTER COLUMN id TYPE varchar(64);
        ALTER TABLE photo_report ALTER COLUMN photo_id TYPE varchar(64);
    """).reconcile()
    assert [(a.kind, a.class_name, a.attribute) for a in outcome.code_actions()] == [("type", "Photo", "id")]
    assert "mapped_column(ForeignKey(Photo.id))" in outcome.after["models.py"]
    assert outcome.problems() == []
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == []


# Avaiga/taipy: ``__table__ = Table(...)`` written in the body of a mapped dataclass. Its columns were read
# but edited as the class's own statements: a new column put beside ``__table__`` (which SQLAlchemy
# refuses), the dataclass's annotations changed, ``__tablename__`` added for a rename, and a dropped
# column's ``Column`` left in the Table. The edits are the Table's, as for a module-level one.
A_TABLE_IN_A_CLASS_BODY = """
    from dataclasses import dataclass

    from sqlalchemy import JSON, Column, String, Table
    from sqlalchemy.orm import registry

    mapper_registry = registry()


    @mapper_registry.mapped
    @dataclass
    class JobModel:
        __table__ = Table(
            "job",
            mapper_registry.metadata,
            Column("id", String, primary_key=True),
            Column("note", String),
            Column("stacktrace", JSON),
            Column("is_abandoned", String),
        )
        id: str
        note: str
        stacktrace: list
        is_abandoned: str
"""


def test_a_table_written_in_a_class_body_is_edited_as_a_table(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": A_TABLE_IN_A_CLASS_BODY},
                        metadata="app.models:mapper_registry.metadata").create_from_models()
    outcome = scenario.drift("""
        ALTER TABLE job ALTER COLUMN note TYPE varchar(255);
        ALTER TABLE job ADD COLUMN extra text;
        ALTER TABLE job RENAME COLUMN stacktrace TO stack_trace;
        ALTER TABLE job DROP COLUMN is_abandoned;
        ALTER TABLE job RENAME TO jobs;
        CREATE INDEX ix_jobs_note ON jobs (note);
    """).reconcile(PlannerOptions(renames=(("jobs", "stacktrace", "stack_trace"),)))
    text = outcome.after["models.py"]
    table = " ".join(text.split("__table__ = Table(")[1].split("\n    )")[0].split())
    assert table.startswith('"jobs", mapper_registry.metadata,'), table
    for column in ('Column("note", String(255), index=True)', 'Column("stack_trace", JSON, key="stacktrace")',
                   'Column("extra", Text)'):
        assert column in table, (column, table)
    assert "is_abandoned" not in table and "__tablename__" not in text and "Field(" not in text, text
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == [], outcome.problems()


# reimandlab/ActiveDriverDB: association tables a function of the project's makes
# (``secondary=make_association_table("site.id", "kinase.id")``, its ``Table(*args)`` in another package; or
# ``site_type_table = make_association_table(...)`` in the class body and ``secondary=site_type_table``; or in a
# mixin's ``declared_attr`` that returns the relationship, its table named from each class's).
# The reader does not read them, and the plan generated a class for each where nothing drifted: "Table
# 'site_kinase_association' is already defined" (the models no longer imported). A table keyed to the
# tables of the relationship's two classes only is taken to be the one the function makes.
A_SECONDARY_A_FUNCTION_MAKES = {
    "tables.py": """
        from sqlalchemy import Column, DateTime, ForeignKey, Integer, Table, func


        def link_table(metadata, left, right, stamped=False):
            first, second = left.split(".")[0], right.split(".")[0]
            args = [f"{first}_{second}_link", metadata,
                    Column(f"{first}_id", Integer, ForeignKey(left)), Column(f"{second}_id", Integer, ForeignKey(right))]
            if stamped:
                args.append(Column("created_at", DateTime, server_default=func.now()))
            return Table(*args)
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import declarative_base, declared_attr, relationship

        from app.tables import link_table

        Base = declarative_base()


        class Label(Base):
            __tablename__ = "label"
            id = Column(Integer, primary_key=True)


        class Labelled:
            @declared_attr
            def labels(cls):
                made = link_table(Base.metadata, f"{cls.__tablename__}.id", "label.id")
                return relationship(Label, secondary=made)


        class Tag(Base):
            __tablename__ = "tag"
            id = Column(Integer, primary_key=True)


        class Category(Base):
            __tablename__ = "category"
            id = Column(Integer, primary_key=True)


        class Post(Labelled, Base):
            __tablename__ = "post"
            id = Column(Integer, primary_key=True)
            tags = relationship(Tag, secondary=link_table(Base.metadata, "post.id", "tag.id"))
            category_table = link_table(Base.metadata, "post.id", "category.id", stamped=True)
            categories = relationship(Category, secondary=category_table)
        """,
}


def test_the_table_a_function_makes_for_a_relationship_gets_no_class(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, A_SECONDARY_A_FUNCTION_MAKES, models="models.py").create_from_models()
    outcome = scenario.drift("""
        CREATE TABLE author (id serial PRIMARY KEY, name varchar(40));
        ALTER TABLE post ADD COLUMN author_id integer REFERENCES author (id);
    """).reconcile()
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-column", "Post"), ("add-model", "Author")]
    assert any("secondary= is a table a function makes at run time" in u.message
               for u in read_models(scenario.models).unresolved)
    assert outcome.verdict is not None and outcome.verdict.configure_error is None
    # a table keyed to other tables, or with columns of its own beside the made one of the same two tables (an
    # entity's: the review's), is still one without a class; the made one with a column of its own (its
    # ``created_at``: the second review's) is not
    outcome = scenario.drift("""
        CREATE TABLE post_note (id serial PRIMARY KEY, post_id integer REFERENCES post (id),
                                author_id integer REFERENCES author (id));
        CREATE TABLE post_tag_vote (id serial PRIMARY KEY, post_id integer REFERENCES post (id),
                                    tag_id integer REFERENCES tag (id), score integer NOT NULL);
    """).reconcile()
    assert sorted((a.kind, a.class_name) for a in outcome.code_actions()) == [
        ("add-model", "PostNote"), ("add-model", "PostTagVote")]


# The review of argilla-server's module-level enum types: ``Status = SAEnum(Kind, name="kind")`` in one module
# and ``class Status(TypeDecorator)`` in another. A type's name was global: the first module's column was read
# as the decorator's varchar. Each module's column is of the type its own module binds the name to.
A_TYPE_NAME_TWO_MODULES_BIND = {
    "types.py": """
        from sqlalchemy import String
        from sqlalchemy.types import TypeDecorator


        class Status(TypeDecorator):
            impl = String(20)
            cache_ok = True
        """,
    "jobs.py": """
        import enum

        from sqlalchemy import Column, Integer
        from sqlalchemy import Enum as SAEnum
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Kind(enum.Enum):
            one = "one"
            two = "two"


        Status = SAEnum(Kind, name="kind")


        class Job(Base):
            __tablename__ = "job"
            id = Column(Integer, primary_key=True)
            status = Column(Status)
        """,
    "tasks.py": """
        from sqlalchemy import Column, Integer

        from .jobs import Base
        from .types import Status


        class Task(Base):
            __tablename__ = "task"
            id = Column(Integer, primary_key=True)
            status = Column(Status)
        """,
}


@pytest.mark.parametrize("types_module", ["types.py", "a_types.py"])  # scanned after the enum's module, or before
def test_a_type_name_two_modules_bind_is_each_modules_own(tmp_path, types_module):
    files = {types_module if name == "types.py" else name: text.replace(".types", "." + types_module[:-3])
             for name, text in A_TYPE_NAME_TWO_MODULES_BIND.items()}
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, text in files.items():
        (package / name).write_text(textwrap.dedent(text).lstrip("\n"))
    columns = {(t.name, c.name): (c.type.kind, c.type.render()) for t in read_models(package).schema.tables
               for c in t.columns}
    assert columns[("job", "status")] == ("enum", "kind")
    assert columns[("task", "status")] == ("base", "character varying(20)")


# cms-dev/cms: a declarative base made by calling the decorator (``Base = as_declarative(metadata=metadata)(Base)``,
# under ``if not TYPE_CHECKING:``) was no base: "no mapped classes found". It is read as ``@as_declarative``.
A_BASE_MADE_BY_CALLING_AS_DECLARATIVE = """
    from typing import TYPE_CHECKING

    from sqlalchemy import Column, Integer, MetaData, String
    from sqlalchemy.ext.declarative import as_declarative

    metadata = MetaData(schema="contest")


    class Base:
        \"\"\"What every model has.\"\"\"

        def describe(self):
            return repr(self)


    if not TYPE_CHECKING:
        Base = as_declarative(metadata=metadata)(Base)


    class Item(Base):
        __tablename__ = "items"
        id = Column(Integer, primary_key=True)
        name = Column(String(40), nullable=False)
"""


def test_a_base_made_by_calling_as_declarative_is_a_base(tmp_path):
    (tmp_path / "models.py").write_text(textwrap.dedent(A_BASE_MADE_BY_CALLING_AS_DECLARATIVE))
    models = read_models(tmp_path / "models.py")
    assert [(t.schema, t.name, [c.name for c in t.columns]) for t in models.schema.tables] == [
        ("contest", "items", ["id", "name"])]
    assert [(c.class_name, c.kind) for c in models.classes if c.kind == "model"] == [("Item", "model")]


# and an index of an expression and a plain column: the plain column's operator class is the database's
# (one it dropped goes), the expression's stays as written
AN_INDEX_OF_AN_EXPRESSION_AND_A_COLUMN_WITH_OPERATOR_CLASSES = """
    from sqlalchemy import Column, Index, Integer, String, func
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class User(Base):
        __tablename__ = "users"

        id = Column(Integer, primary_key=True)
        name = Column(String(40))
        email = Column(String(80))

        __table_args__ = (
            Index("ix_users_lower_name_email", func.lower(name).label("lower_name"), email,
                  postgresql_ops={"lower_name": "text_pattern_ops", "email": "varchar_pattern_ops"}),
        )
"""


def test_an_index_of_an_expression_and_a_column_keeps_the_expressions_operator_class_only(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_INDEX_OF_AN_EXPRESSION_AND_A_COLUMN_WITH_OPERATOR_CLASSES})
    outcome = scenario.create_from_models().drift("""
        DROP INDEX ix_users_lower_name_email;
        CREATE INDEX ix_users_lower_name_email ON users (lower(name) text_pattern_ops, email);
    """).reconcile()
    assert [a.kind for a in outcome.code_actions()] == ["index"]
    text = " ".join(outcome.after["models.py"].split())
    assert 'postgresql_ops={"lower_name": "text_pattern_ops"}' in text, text
    assert "varchar_pattern_ops" not in text, text
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == [], outcome.problems()


def test_an_index_of_an_expression_and_a_column_takes_the_columns_operator_class_from_the_database(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": AN_INDEX_OF_AN_EXPRESSION_AND_A_COLUMN_WITH_OPERATOR_CLASSES})
    outcome = scenario.create_from_models().drift("""
        DROP INDEX ix_users_lower_name_email;
        CREATE INDEX ix_users_lower_name_email ON users (lower(name) text_pattern_ops, email text_pattern_ops);
    """).reconcile()
    text = " ".join(outcome.after["models.py"].split())
    assert '"email": "text_pattern_ops"' in text and '"lower_name": "text_pattern_ops"' in text, text
    assert "varchar_pattern_ops" not in text, text
    assert [a.kind for a in outcome.code_actions(outcome.second_plan)] == [], outcome.problems()


# argilla-server: a module-level type made with SQLAlchemy's Enum imported under a name of the file's own
# (``from sqlalchemy import Enum as SAEnum``; ``UserRoleEnum = SAEnum(UserRole, name="user_role_enum")``) and
# given to columns. The name was taken for an unknown type: a label the database's enum gained was neither
# planned nor reported, and the plan said "nothing to change".
AN_ENUM_TYPE_BOUND_UNDER_AN_ALIAS = {
    "enums.py": """
        import enum


        class UserRole(str, enum.Enum):
            owner = "owner"
            annotator = "annotator"
        """,
    "models.py": """
        from sqlalchemy import Integer
        from sqlalchemy import Enum as SAEnum
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from app.enums import UserRole


        class Base(DeclarativeBase):
            pass


        UserRoleEnum = SAEnum(UserRole, name="user_role_enum")


        class User(Base):
            __tablename__ = "users"

            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            role: Mapped[UserRole] = mapped_column(UserRoleEnum, default=UserRole.annotator, index=True)
        """,
}


def test_an_enum_type_bound_to_a_name_under_an_alias_of_enum_is_read(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, AN_ENUM_TYPE_BOUND_UNDER_AN_ALIAS).create_from_models()
    outcome = scenario.drift("ALTER TYPE user_role_enum ADD VALUE 'manager'").reconcile()
    assert [type(a).__name__ for a in outcome.code_actions()] == ["AddEnumMember"], outcome.plan
    assert 'manager = "manager"' in outcome.after["enums.py"], outcome.after["enums.py"]
    assert outcome.problems() == []


# The second review: a class that writes {"schema": "public"} in its own __table_args__ (no base gives it) and a
# key to a table the plan gives a class: the new class writes no schema, so the key names the table without it
# ("public.labels.id" named a table that metadata lacks)
def test_a_key_to_a_new_class_that_writes_no_schema_names_none(pg, tmp_path):
    models = A_BASE_THAT_NAMES_THE_DEFAULT_SCHEMA.replace(
        '''    class Base(DeclarativeBase):
        __table_args__ = {"schema": "public"}
''', '''    class Base(DeclarativeBase):
        pass
''').replace('''        __tablename__ = "record_types"
''', '''        __tablename__ = "record_types"
        __table_args__ = {"schema": "public"}
''').replace('''        __tablename__ = "records"
''', '''        __tablename__ = "records"
        __table_args__ = {"schema": "public"}
''')
    scenario = Scenario(tmp_path, pg, {"models.py": models}).create_from_models()
    outcome = scenario.drift("""
        CREATE TABLE labels (id serial PRIMARY KEY, name varchar(40));
        ALTER TABLE records ADD COLUMN label_id integer REFERENCES labels (id);
    """).reconcile()
    assert 'ForeignKey("labels.id")' in outcome.after["models.py"].split("label_id")[1], outcome.after
    assert outcome.verdict is not None and outcome.verdict.configure_error is None


# and a column with a string key of its own that is also the first of a composite key naming column objects:
# its own key does not follow a rename of its target's table, and stays compared
def test_a_string_key_beside_a_composite_key_of_column_objects_is_compared(pg, tmp_path):
    files = {"names.py": A_COMPOSITE_KEY_TO_A_TABLE_RENAMED_BY_HAND["names.py"] + """    WRITERS = "writers"
        """,
             "models.py": A_COMPOSITE_KEY_TO_A_TABLE_RENAMED_BY_HAND["models.py"] + """

        class Writer(Base):
            __tablename__ = Relations.WRITERS.value

            id: Mapped[int] = mapped_column(BigInteger, primary_key=True)


        class RecordAlias(Base):
            __tablename__ = "record_aliases"
            __table_args__ = (
                ForeignKeyConstraint(["kind_client_id", "kind_object_id"],
                                     [RecordType.client_id, RecordType.object_id]),
            )

            id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
            kind_client_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("writers.id"))
            kind_object_id: Mapped[int] = mapped_column(BigInteger)
        """.replace("from sqlalchemy import BigInteger, String", "")}
    files["models.py"] = files["models.py"].replace(
        "from sqlalchemy import BigInteger, String",
        "from sqlalchemy import BigInteger, ForeignKey, ForeignKeyConstraint, String", 1)
    scenario = Scenario(tmp_path, pg, files).create_from_models()
    plan = scenario.drift("ALTER TABLE writers RENAME TO authors").plan()
    assert sorted(b.kind for b in plan.by_hand) == ["foreign-key", "table-rename"], plan.by_hand
    assert "record_aliases(kind_client_id)" in next(b.message for b in plan.by_hand if b.kind == "foreign-key")
