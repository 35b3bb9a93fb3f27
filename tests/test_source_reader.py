"""The static model reader, construct by construct, and against SQLAlchemy itself.

The cross-checks import the same source with SQLAlchemy, create the tables on a real
PostgreSQL and compare what the catalogs say with what the reader predicted: names,
types (``format_type``), nullability, defaults (``pg_get_expr``), primary and foreign keys.
"""

from __future__ import annotations

import dataclasses
import gc
import runpy
import sys
import textwrap
from pathlib import Path

import psycopg2
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.models import (
    UNRESOLVED_TYPE,
    parse_python,
    read_models,
)
from schema_inspector.introspect.schema import ColumnType as T


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def read_source(tmp_path: Path, text: str, name: str = "models.py"):
    write(tmp_path, {name: text})
    return read_models(tmp_path / name)


def column(models, table: str, name: str):
    found = next((t for t in models.schema.tables if t.name == table), None)
    assert found is not None, f"no table {table}"
    result = found.column(name)
    assert result is not None, f"no column {table}.{name}"
    return result


# -- cross-checks against SQLAlchemy on a real server ---------------------------------------

CATALOG = """
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname, a.attnum
"""
KEYS = """
SELECT c.relname, k.contype,
       ARRAY(SELECT attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.n ORDER BY i),
       f.relname,
       ARRAY(SELECT attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.n ORDER BY i),
       k.confdeltype
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
LEFT JOIN pg_class f ON f.oid = k.confrelid
WHERE k.contype IN ('p', 'f', 'u') AND c.relnamespace = 'public'::regnamespace
"""


def database_facts(url: str):
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(CATALOG)
            columns = {(t, c): (ty, not notnull, default) for t, c, ty, notnull, default in cur.fetchall()}
            cur.execute(KEYS)
            keys = {(t, kind, tuple(cols), target, tuple(tcols or ()), action) for t, kind, cols, target, tcols, action in cur.fetchall()}
    finally:
        conn.close()
    return columns, keys


_ACTIONS = {None: "a", "CASCADE": "c", "SET NULL": "n", "RESTRICT": "r", "SET DEFAULT": "d"}


def reader_facts(models):
    columns, keys = {}, set()
    for table in models.schema.tables:
        for col in table.columns:
            columns[(table.name, col.name)] = (col.type.render(), col.nullable, col.default)
        if table.primary_key:
            keys.add((table.name, "p", table.primary_key.columns, None, (), " "))
        for fk in table.foreign_keys:
            keys.add((table.name, "f", fk.columns, fk.target_table, fk.target_columns, _ACTIONS[fk.ondelete]))
        for unique in table.unique_constraints:
            keys.add((table.name, "u", unique.columns, None, (), " "))
    return columns, keys


def create_with_sqlalchemy(url: str, metadata: sa.MetaData) -> None:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    try:
        metadata.create_all(engine)
    finally:
        engine.dispose()


def _without_serial(columns):
    """SQLAlchemy makes integer primary keys SERIAL; the reader leaves that implied default
    out (the comparer matches it with ``Column.is_serial``)."""
    return {key: (ty, nullable, None if (default or "").startswith("nextval(") else default)
            for key, (ty, nullable, default) in columns.items()}


FLASK_MODELS = """
import enum
import functools
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.dialects import postgresql
from sqlalchemy import text

db = SQLAlchemy()
Column = functools.partial(db.Column, nullable=False)


class Status(enum.Enum):
    active = "a"
    banned = "b"


class TimestampMixin:
    created_at = db.Column(db.DateTime(timezone=True), server_default=db.func.now())
    updated_at = db.Column(db.DateTime, server_default=text("CURRENT_TIMESTAMP"))


class User(TimestampMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (db.UniqueConstraint("email", "full_name"), {"comment": "people"})

    id = db.Column(db.Integer, primary_key=True)
    email = Column(db.String(120), unique=True)
    name = db.Column("full_name", db.Text, comment="shown name")
    status = db.Column(db.Enum(Status, name="user_status"), nullable=False, server_default="active")
    media_metadata = db.Column("metadata", postgresql.JSONB, server_default="{}")
    active = db.Column(db.Boolean, server_default="true")
    rating = db.Column(db.Numeric(3, 1), server_default="0.0")
    visits = db.Column(db.Integer, server_default="0")
    big = db.Column(db.BigInteger, server_default="7")
    frozen = db.Column(db.DateTime, server_default="2020-01-01 00:00:00")
    ip = db.Column(postgresql.INET)
    tags = db.Column(postgresql.ARRAY(db.String(20)))
    lowered = db.column_property(db.Column(db.String, nullable=True))
    score = db.Column(db.Float, default=0.5)

    def greet(self):
        return "hi " + self.name


class Order(db.Model):
    __tablename__ = "orders"
    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(None, db.ForeignKey("users.id", ondelete="cascade"), nullable=False)
    parent_id = db.Column(db.ForeignKey("orders.id", ondelete="SET NULL"))
    kind = db.Column(db.String(10))
    user = db.relationship("User", foreign_keys="[Order.user_id]")
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "order"}


class GiftOrder(Order):
    __mapper_args__ = {"polymorphic_identity": "gift"}
    message = db.Column(db.Text)


class RushOrder(Order):
    __tablename__ = "rush_orders"
    id = db.Column(db.ForeignKey("orders.id"), primary_key=True)
    deadline = db.Column(db.Date)
    __mapper_args__ = {"polymorphic_identity": "rush"}


class AuditEntry(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    note = db.Column(db.UnicodeText)


user_tags = db.Table(
    "user_tags",
    db.Column("user_id", db.Integer, db.ForeignKey("users.id"), primary_key=True),
    db.Column("tag", db.String(30), primary_key=True),
)
"""


def test_flask_models_match_what_sqlalchemy_creates(tmp_path, db):
    models = read_source(tmp_path, FLASK_MODELS)
    assert models.unresolved == () and models.errors == ()
    namespace = runpy.run_path(str(tmp_path / "models.py"))
    create_with_sqlalchemy(db, namespace["db"].metadata)
    created_columns, created_keys = database_facts(db)
    columns, keys = reader_facts(models)
    frozen = created_columns.pop(("users", "frozen"))
    assert columns.pop(("users", "frozen")) == (frozen[0], frozen[1], "'2020-01-01 00:00:00'::timestamp without time zone")
    assert columns == _without_serial(created_columns)
    assert keys == created_keys


MAPPED_MODELS = """
from __future__ import annotations

import datetime
import decimal
import enum
import uuid
from typing import Annotated, Optional, Union

from sqlalchemy import ForeignKey, Index, String, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

intpk = Annotated[int, mapped_column(primary_key=True)]
str30 = Annotated[str, 30]


class Base(DeclarativeBase):
    type_annotation_map = {str30: String(30)}


class Mood(enum.Enum):
    happy = 1
    sad = 2


class TimestampMixin:
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[Optional[datetime.datetime]]


class Author(TimestampMixin, Base):
    __tablename__ = "authors"
    __table_args__ = (Index("ix_authors_lower_name", func.lower(text("name"))),)

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(100))
    bio: Mapped[str | None]
    born: Mapped[Optional[datetime.date]]
    mood: Mapped[Mood]
    ratio: Mapped[float]
    price: Mapped[decimal.Decimal] = mapped_column(nullable=True)
    token: Mapped[uuid.UUID] = mapped_column(unique=True)
    data: Mapped[dict] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    flag: Mapped[Union[bool, None]] = mapped_column("is_flagged")
    nick: Mapped[str30]
    books: Mapped[list["Book"]] = relationship(back_populates="author")


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id", ondelete="RESTRICT"), index=True)
    editor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("authors.id"))
    title: Mapped[str] = mapped_column(String(200), server_default="untitled")
    author: Mapped["Author"] = relationship(back_populates="books", foreign_keys=[author_id])
"""


def test_mapped_models_match_what_sqlalchemy_creates(tmp_path, db):
    models = read_source(tmp_path, MAPPED_MODELS)
    assert models.unresolved == () and models.errors == ()
    namespace = runpy.run_path(str(tmp_path / "models.py"))
    create_with_sqlalchemy(db, namespace["Base"].metadata)
    created_columns, created_keys = database_facts(db)
    columns, keys = reader_facts(models)
    assert columns == _without_serial(created_columns)
    assert keys == created_keys
    assert models.schema.enums[0].name == "mood"
    assert models.schema.enums[0].labels == ("happy", "sad")


# -- single constructs ---------------------------------------------------------------------


def test_column_sources_record_names_styles_and_lines(tmp_path):
    models = read_source(tmp_path, """
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()

        class User(db.Model):
            __tablename__ = "users"
            id = db.Column(db.Integer, primary_key=True)
            user_id = db.Column(
                "users_id",
                db.String(50),
                nullable=False,
            )
            other = db.Column(db.Integer, name="other_col")
    """)
    source = models.column_source("users", "users_id")
    assert (source.attribute, source.explicit_name, source.explicit_nullable) == ("user_id", True, True)
    assert (source.line, source.end_line, source.style, source.type_source) == (7, 11, "column", "db.String(50)")
    assert models.column_source("users", "other_col").explicit_name
    assert not models.column_source("users", "id").explicit_name
    user = models.class_for_table("users")
    assert (user.class_name, user.line, user.end_line, user.style, user.bases) == ("User", 4, 12, "column", ("db.Model",))


def test_mapped_annotations_decide_nullability_unless_nullable_is_given(tmp_path):
    models = read_source(tmp_path, """
        from typing import Optional
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            pass

        class Item(Base):
            __tablename__ = "items"
            id: Mapped[int] = mapped_column(primary_key=True)
            a: Mapped[str]
            b: Mapped[Optional[str]]
            c: Mapped["str | None"]
            d: Mapped[str] = mapped_column(nullable=True)
            e: Mapped[Optional[int]] = mapped_column(nullable=False)
            f = mapped_column(String(5))
    """)
    nullable = {c.name: c.nullable for c in models.schema.table("items").columns}
    assert nullable == {"id": False, "a": False, "b": True, "c": True, "d": True, "e": False, "f": True}
    optional = {c.column: c.optional_annotation for c in models.columns}
    assert optional == {"id": False, "a": False, "b": True, "c": True, "d": False, "e": True, "f": None}
    styles = {c.column: c.style for c in models.columns}
    assert styles["a"] == "annotation" and styles["d"] == "mapped_column"
    assert models.class_for_table("items").style == "mapped_column"
    assert column(models, "items", "c").type == T("character varying")


def test_registry_generate_base_and_sa_prefixes(tmp_path):
    models = read_source(tmp_path, """
        import sqlalchemy as sa
        from sqlalchemy.orm import registry

        mapper_registry = registry()
        Base = mapper_registry.generate_base()

        class Thing(Base):
            __tablename__ = "things"
            __table_args__ = {"schema": "inventory", "comment": "stuff"}
            id = sa.Column(sa.BigInteger, primary_key=True)
            code = sa.Column(sa.CHAR(3), sa.CheckConstraint("code <> ''", name="code_not_empty"))
            seen = sa.Column(sa.TIMESTAMP(timezone=True), server_default=sa.func.current_timestamp())
    """)
    table = models.schema.table("things", "inventory")
    assert (table.schema, table.comment) == ("inventory", "stuff")
    assert column(models, "things", "code").type == T("character", length=3)
    assert column(models, "things", "seen").default == "CURRENT_TIMESTAMP"
    assert table.check_constraints[0].expression == "code <> ''"
    assert table.check_constraints[0].name == "code_not_empty"


def test_server_default_string_now_is_a_literal_not_the_function(tmp_path):
    models = read_source(tmp_path, """
        import sqlalchemy as sa
        from sqlalchemy import Column, DateTime, Text, text, func
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Event(Base):
            __tablename__ = "events"
            id = Column(sa.Integer, primary_key=True)
            literal = Column(DateTime, server_default="now()")
            function = Column(DateTime, server_default=func.now())
            sql = Column(DateTime, server_default=text("now()"))
            python_side = Column(DateTime, default=func.now())
            quoted = Column(Text, server_default="it's")
    """)
    table = models.schema.table("events")
    assert table.column("literal").default == "'now()'::timestamp without time zone"
    assert table.column("function").default == "now()"
    assert table.column("sql").default == "now()"
    assert table.column("python_side").default is None
    assert table.column("quoted").default == "'it''s'::text"


def test_table_args_constraints_and_indexes(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import (Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint,
                                String, UniqueConstraint, text)
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Parent(Base):
            __tablename__ = "parents"
            a = Column(Integer, primary_key=True)
            b = Column(Integer, primary_key=True)

        class Child(Base):
            __tablename__ = "children"
            pa = Column(Integer)
            pb = Column("parent_b", Integer)
            email = Column(String, index=True)
            code = Column(String, unique=True, index=True)
            __table_args__ = (
                PrimaryKeyConstraint("pa", "pb", name="children_pkey"),
                ForeignKeyConstraint(["pa", "pb"], ["parents.a", "parents.b"], name="fk_parent",
                                     onupdate="cascade"),
                UniqueConstraint("email", name="uq_email", postgresql_nulls_not_distinct=True),
                Index("ix_lower_email", text("lower(email)"), postgresql_where=text("email IS NOT NULL")),
                Index("ix_gin", "code", postgresql_using="gin"),
            )
    """)
    table = models.schema.table("children")
    assert table.primary_key.columns == ("pa", "parent_b") and table.primary_key.name == "children_pkey"
    fk = table.foreign_keys[0]
    assert (fk.columns, fk.target_table, fk.target_columns, fk.name, fk.onupdate) == (
        ("pa", "parent_b"), "parents", ("a", "b"), "fk_parent", "CASCADE")
    assert table.unique_constraints[0].columns == ("email",) and table.unique_constraints[0].nulls_not_distinct
    by_name = {index.name: index for index in table.indexes}
    assert by_name["ix_lower_email"].expressions == ("lower(email)",)
    assert by_name["ix_lower_email"].where == "email IS NOT NULL"
    assert by_name["ix_gin"].method == "gin"
    assert by_name[None].columns in (("email",), ("code",))
    implicit = {index.columns: index.unique for index in table.indexes if index.name is None}
    assert implicit == {("email",): False, ("code",): True}


def test_mixins_and_bases_across_files(tmp_path):
    write(tmp_path, {
        "base.py": """
            import functools
            from flask_sqlalchemy import SQLAlchemy
            db = SQLAlchemy()
            Column = functools.partial(db.Column, nullable=False)

            class IdMixin:
                id = db.Column(db.Integer, primary_key=True)

            class Timestamped(db.Model):
                __abstract__ = True
                created_at = Column(db.DateTime)
        """,
        "models_user.py": """
            from .base import db, Column, IdMixin, Timestamped

            class User(IdMixin, Timestamped):
                __tablename__ = "users"
                name = Column(db.String(50))
        """,
    })
    models = read_models(tmp_path, glob="models_*.py")
    assert models.files == (str(tmp_path / "models_user.py"),)
    names = [(c.column, c.defined_in, c.nullable if False else None) for c in models.columns]
    assert [n[:2] for n in names] == [("name", "User"), ("id", "IdMixin"), ("created_at", "Timestamped")]
    assert column(models, "users", "created_at").nullable is False  # the partial's nullable=False
    assert column(models, "users", "name").nullable is False
    inherited = models.column_source("users", "id")
    assert inherited.inherited and inherited.file == str(tmp_path / "base.py")
    kinds = {c.class_name: c.kind for c in models.classes}
    assert kinds == {"User": "model"}  # mixins live in base.py, outside the glob


def test_single_table_inheritance_even_with_tablename(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Person(Base):
            __tablename__ = "people"
            id = Column(Integer, primary_key=True)

        class Engineer(Person):
            __tablename__ = None
            language = Column(String)

        class Manager(Person):
            __tablename__ = "people"

        class Intern(Person):
            school = Column(String)
    """)
    assert [t.name for t in models.schema.tables] == ["people"]
    assert [c.name for c in models.schema.table("people").columns] == ["id", "language", "school"]
    inherits = {c.class_name: (c.table, c.inherits_table) for c in models.classes}
    assert inherits == {"Person": ("people", None), "Engineer": ("people", "Person"),
                        "Manager": ("people", "Person"), "Intern": ("people", "Person")}
    assert models.class_for_table("people").class_name == "Person"
    assert models.column_source("people", "school").class_name == "Intern"


def test_table_objects_and_foreign_key_typed_columns(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import Column, ForeignKey, MetaData, String, Table, Integer
        from sqlalchemy.orm import DeclarativeBase

        class Base(DeclarativeBase):
            pass

        class Tag(Base):
            __tablename__ = "tags"
            code = Column(String(12), primary_key=True)

        class Post(Base):
            __tablename__ = "posts"
            id = Column(Integer, primary_key=True)
            tag_code = Column(ForeignKey(Tag.code))

        post_tags = Table(
            "post_tags", Base.metadata,
            Column("post_id", ForeignKey("posts.id"), primary_key=True),
            Column("tag_code", None, ForeignKey("tags.code")),
            comment="links",
        )
    """)
    assert column(models, "posts", "tag_code").type == T("character varying", length=12)
    assert column(models, "post_tags", "post_id").type == T("integer")
    assert column(models, "post_tags", "tag_code").type == T("character varying", length=12)
    links = models.schema.table("post_tags")
    assert links.comment == "links" and links.primary_key.columns == ("post_id",)
    source = models.class_for_table("post_tags")
    assert (source.kind, source.class_name) == ("table-object", "post_tags")
    assert models.column_source("post_tags", "tag_code").style == "table"
    assert models.schema.table("posts").foreign_keys[0].target_table == "tags"


def test_flask_generated_tablenames_and_joined_inheritance(tmp_path):
    models = read_source(tmp_path, """
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()

        class UserSession(db.Model):
            id = db.Column(db.Integer, primary_key=True)

        class AdminSession(UserSession):
            id = db.Column(db.ForeignKey("user_session.id"), primary_key=True)
    """)
    assert [t.name for t in models.schema.tables] == ["admin_session", "user_session"]
    assert column(models, "admin_session", "id").type == T("integer")
    assert models.class_for_table("admin_session").inherits_table is None


def test_enum_labels_follow_values_callable(tmp_path):
    models = read_source(tmp_path, """
        import enum
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Color(str, enum.Enum):
            RED = "red"
            BLUE = "blue"

        class Paint(Base):
            __tablename__ = "paints"
            id = sa.Column(sa.Integer, primary_key=True)
            by_name = sa.Column(sa.Enum(Color))
            by_value = sa.Column(sa.Enum(Color, name="color_value", values_callable=lambda e: [m.value for m in e]))
            literal = sa.Column(sa.Enum("x", "y", name="xy", schema="app"))
    """)
    enums = {(e.schema, e.name): e.labels for e in models.schema.enums}
    assert enums == {(None, "color"): ("RED", "BLUE"), (None, "color_value"): ("red", "blue"),
                     ("app", "xy"): ("x", "y")}
    assert column(models, "paints", "literal").type == T("xy", kind="enum", type_schema="app")


def test_references_to_attributes(tmp_path):
    models = read_source(tmp_path, """
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()

        class User(db.Model):
            __tablename__ = "users"
            id = db.Column(db.Integer, primary_key=True)
            last_activity = db.Column(db.DateTime)

        class Order(db.Model):
            __tablename__ = "orders"
            id = db.Column(db.Integer, primary_key=True)
            buyer_id = db.Column(db.Integer, db.ForeignKey("users.id"))
            buyer = db.relationship("User", primaryjoin="User.id == Order.buyer_id",
                                    order_by="desc(last_activity)")

            def recent(self):
                return self.buyer.last_activity
    """)
    references = {(r.name, r.line) for r in models.references}
    assert ("last_activity", 14) in references  # a relationship string, no dot
    assert ("last_activity", 17) in references
    assert ("buyer_id", 13) in references
    assert not any(r.name == "recent" for r in models.references)


def test_references_to_names_of_any_initial(tmp_path):
    """The scan for ``.name`` looks only at names that start like some column name: a
    capitalised or underscored column name is still found, a type name is not."""
    models = read_source(tmp_path, """
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()

        class Ledger(db.Model):
            __tablename__ = "ledgers"
            id = db.Column(db.Integer, primary_key=True)
            Total = db.Column("TOTAL", db.Integer)
            _hidden = db.Column(db.Integer)

            def report(self):
                return self.Total, self . _hidden, db.String
    """)
    assert {(r.name, r.line) for r in models.references} == {("Total", 11), ("_hidden", 11)}


# -- unresolved, errors, files ---------------------------------------------------------------


def test_what_cannot_be_read_statically_is_reported_not_guessed(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import declarative_base, declared_attr
        Base = declarative_base()
        EMAIL = String(255) if LONG_EMAILS else String(120)

        def timestamp_column():
            kind = Integer
            return Column(kind)

        class Dynamic(Base):
            @declared_attr
            def __tablename__(cls):
                return settings.TABLE_PREFIX + cls.__name__

            id = Column(Integer, primary_key=True)

        class Account(Base):
            __tablename__ = "accounts"
            id = Column(Integer, primary_key=True)
            email = Column(EMAIL)
            extra = Column(Integer, **{"nullable": False})
            created = timestamp_column()
            owner_id = Column(None, ForeignKey("elsewhere.id"))
    """)
    messages = {(u.line, u.message.split(":")[0]) for u in models.unresolved}
    assert (12, "Dynamic") in messages
    assert (20, "email") in messages
    assert (21, "extra") in messages
    assert (22, "Account.created") in messages
    assert (23, "owner_id") in messages
    assert column(models, "accounts", "email").type == UNRESOLVED_TYPE
    assert column(models, "accounts", "owner_id").type == UNRESOLVED_TYPE
    assert models.schema.table("accounts").column("created") is None
    assert all(str(u).startswith(str(tmp_path / "models.py") + ":") for u in models.unresolved)


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.mark.parametrize("fixture", ["seed", "modern"])
def test_fixture_models_read_without_unresolved_entries(fixture):
    models = read_models(FIXTURES / fixture / "models")
    assert models.unresolved == () and models.errors == ()


@pytest.mark.slow
@pytest.mark.parametrize("budget", [parse_python.budget, 0], ids=["trees kept", "trees let go"])
def test_reading_leaves_no_reference_cycles(tmp_path, monkeypatch, budget):
    """The reader runs with the cyclic collector off: a cycle among its objects would keep
    every parsed tree alive until some later collection walks them all."""
    monkeypatch.setattr(parse_python, "budget", budget)
    write(tmp_path, {"models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class A(B):
            id = Column(Integer, primary_key=True)

        class B(A):
            id = Column(Integer, primary_key=True)
    """})
    for path in (FIXTURES / "seed" / "models", FIXTURES / "modern" / "models",
                 ROOT / "tests" / "model_trees" / "column_helpers", tmp_path):
        while gc.collect():  # what earlier tests left (a collection can free more garbage)
            pass
        try:
            read_models(path)
        except InputError:
            pass
        assert gc.collect() == 0, path


@pytest.mark.parametrize("fixture", ["seed", "modern"])
def test_records_are_what_their_constructors_build(fixture):
    """The reader builds its many records without the dataclass ``__init__`` (for speed):
    each must hold exactly the class's fields and equal the record ``__init__`` builds."""
    models = read_models(FIXTURES / fixture / "models")
    tables = models.schema.tables
    records = [*models.columns, *(column for table in tables for column in table.columns),
               *(key for table in tables for key in table.foreign_keys),
               *(index for table in tables for index in table.indexes), *models.classes, *models.references,
               *models.relationships]
    assert all(any(getattr(table, kind) for table in tables) for kind in ("foreign_keys", "indexes"))
    assert models.references and models.relationships
    for record in records:
        assert not hasattr(record, "__dict__"), record  # slots: a dict each is 3.5x the memory
        values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}  # every slot set
        rebuilt = type(record)(**values)
        assert rebuilt == record and all(getattr(rebuilt, name) == value for name, value in values.items())


def test_ordinary_bases_are_not_reported(tmp_path):
    """Declarative bases, mixins in the files and classes that add no columns (``object``,
    ``typing.Generic``, ``abc.ABC``, SQLAlchemy's and flask_login's) are seen through."""
    write(tmp_path, {"base.py": """
        import abc
        import typing
        from typing import Generic, TypeVar
        from flask_login import UserMixin
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
        from sqlalchemy.ext.asyncio import AsyncAttrs
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()
        T = TypeVar("T")

        class Base(AsyncAttrs, DeclarativeBase):
            pass

        class Stamped(object):
            created = Column(Integer)

        class Owned(Generic[T], abc.ABC):
            owner = Column(Integer)

        class Account(Stamped, Owned[int], Base):
            __tablename__ = "accounts"
            id: Mapped[int] = mapped_column(primary_key=True)

        class User(UserMixin, typing.Generic[T], db.Model):
            id = db.Column(db.Integer, primary_key=True)
    """, "other.py": """
        from app.db import Base
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import MappedAsDataclass

        class Item(MappedAsDataclass, Base):
            __tablename__ = "items"
            id = Column(Integer, primary_key=True)
    """})
    models = read_models(tmp_path)
    assert models.unresolved == ()
    assert [c.name for c in models.schema.table("accounts").columns] == ["id", "created", "owner"]


def test_bases_outside_the_files_are_reported_where_they_hide_columns(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        from app import mixins
        from app.audit import AuditMixin
        from stamping import Timestamp  # a library not installed here
        Base = declarative_base()

        class Audited(AuditMixin):
            audited_by = Column(Integer)

        class Order(Audited, Base):
            __tablename__ = "orders"
            id = Column(Integer, primary_key=True)

        class Invoice(mixins.Stamped, Timestamp, Base):
            __tablename__ = "invoices"
            id = Column(Integer, primary_key=True)

        class Unused(AuditMixin):
            pass

        class Loose(AuditMixin):
            id = Column(Integer, primary_key=True)
    """)
    found = {(u.line, u.message.split(":")[0]) for u in models.unresolved}
    assert found == {(8, "Audited"), (15, "Invoice"), (22, "Loose")}, models.unresolved
    invoice = [u.message for u in models.unresolved if u.line == 15]
    assert any("mixins.Stamped" in m for m in invoice) and any("Timestamp" in m for m in invoice)
    assert [c.name for c in models.schema.table("orders").columns] == ["id", "audited_by"]


def test_every_class_of_an_inheritance_cycle_is_reported(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class A(B, C):
            __tablename__ = "a"

        class B(A):
            __tablename__ = "b"

        class C(B):
            __tablename__ = "c"

        class D(A, Base):
            __tablename__ = "d"
            id = Column(Integer, primary_key=True)
    """)
    found = {(u.line, u.message.split(":")[0]) for u in models.unresolved}
    assert found == {(5, "A"), (8, "B"), (11, "C"), (14, "D")}, models.unresolved
    assert all("A -> B -> C -> A" in u.message for u in models.unresolved if u.line < 14)
    assert "inheritance cycle" in next(u.message for u in models.unresolved if u.line == 14)
    assert [t.name for t in models.schema.tables] == ["d"]


def test_columns_in_class_body_blocks_are_reported_not_read(tmp_path):
    models = read_source(tmp_path, """
        from typing import TYPE_CHECKING, Optional
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

        class Base(DeclarativeBase):
            pass

        class Customer(Base):
            __tablename__ = "customers"
            id: Mapped[int] = mapped_column(primary_key=True)

        class Order(Base):
            __tablename__ = "orders"
            id: Mapped[int] = mapped_column(primary_key=True)
            if TYPE_CHECKING:
                customer: Mapped[Optional["Customer"]]
                total: Mapped[int]
            for name in ("a", "b"):
                locals()[name] = Column(Integer)
            try:
                note = mapped_column(Integer)
            except NameError:
                pass
            with context():
                while True:
                    flag = Column(Integer)
    """)
    found = {(u.line, u.message.split(":")[0]) for u in models.unresolved}
    assert found == {(17, "Order.total"), (19, "Order.locals()[name]"), (21, "Order.note"), (26, "Order.flag")}
    assert [c.name for c in models.schema.table("orders").columns] == ["id"]


def test_tables_and_table_columns_without_names_are_reported(tmp_path):
    models = read_source(tmp_path, """
        from sqlalchemy import Column, Integer, MetaData, Table
        from sqlalchemy.orm import declarative_base
        metadata = MetaData()
        Base = declarative_base()
        PREFIX = "x"

        computed = Table(PREFIX + "_t", metadata, Column("a", Integer))
        keyed = Table("keyed", metadata, Column(Integer, name="a"), Column("", Integer), Column(Integer))

        class Mapped_(Base):
            __table__ = Table("", metadata, Column("id", Integer, primary_key=True))
    """)
    found = {(u.line, u.message.split(":")[0]) for u in models.unresolved}
    assert found == {(7, "computed"), (8, "keyed"), (10, "Mapped_")}, models.unresolved
    assert [(t.name, [c.name for c in t.columns]) for t in models.schema.tables] == [("keyed", ["a"])]
    assert {(c.table, c.column, c.attribute) for c in models.columns} == {("keyed", "a", "a")}
    assert {c.class_name: c.table for c in models.classes} == {"keyed": "keyed", "Mapped_": None}


def test_syntax_error_is_reported_and_other_files_still_read(tmp_path):
    write(tmp_path, {
        "models_a.py": "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n"
                       "class A(db.Model):\n    __tablename__ = 'a'\n    id = db.Column(db.Integer, primary_key=True)\n",
        "models_b.py": "class B(db.Model):\n    id = db.Column(db.Integer,\n\n",
    })
    models = read_models(tmp_path)
    assert [t.name for t in models.schema.tables] == ["a"]
    (error,) = models.errors
    assert error.file == str(tmp_path / "models_b.py") and error.message.startswith("syntax error:")
    assert error.line >= 2


NEWER_SYNTAX = {
    "type-alias": ("Point = 1\ntype Pair = tuple[int, int]\n", 2, (3, 12), "a `type` alias statement (PEP 695)"),
    "generic-class": ("class Box[T]:\n    pass\n", 1, (3, 12), "a generic class"),
    "generic-function": ("def first[T](items: list[T]) -> T:\n    return items[0]\n", 1, (3, 12), "a generic function"),
    "f-string-quotes": ('label = f"{"x"}"\n', 1, (3, 12), "an f-string with its own quotes"),
    "template-string": ('name = t"hello {x}"\n', 1, (3, 14), "a template string"),
    "except-without-parentheses": ("try:\n    pass\nexcept KeyError, ValueError:\n    pass\n", 3, (3, 14),
                                   "`except A, B:` without parentheses (PEP 758)"),
}


@pytest.mark.parametrize("name", sorted(NEWER_SYNTAX))
def test_syntax_of_a_newer_python_says_which_syntax_and_which_python(tmp_path, name):
    """Under an older Python, a file using a newer Python's syntax is not just "invalid
    syntax": the error names the construct, the Python it needs and the one running. The
    other files are still read; on a Python new enough the file simply parses."""
    text, line, version, what = NEWER_SYNTAX[name]
    write(tmp_path, {
        "models.py": "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n"
                     "class A(db.Model):\n    __tablename__ = 'a'\n    id = db.Column(db.Integer, primary_key=True)\n",
        "newer.py": "from models import db\n" + text + "class N(db.Model):\n    __tablename__ = 'n'\n"
                    "    id = db.Column(db.Integer, primary_key=True)\n",
    })
    models = read_models(tmp_path)
    if sys.version_info[:2] >= version:
        assert models.errors == () and [t.name for t in models.schema.tables] == ["a", "n"]
        return
    assert [t.name for t in models.schema.tables] == ["a"]
    (error,) = models.errors
    assert (error.file, error.line) == (str(tmp_path / "newer.py"), line + 1)
    assert error.message.startswith("syntax error: ") and what in error.message, error.message
    assert f"needs Python {version[0]}.{version[1]}" in error.message
    assert f"runs on Python {sys.version.split()[0]}" in error.message


def test_a_plain_syntax_error_names_no_newer_python(tmp_path):
    write(tmp_path, {"models.py": "x = = 1\ntypo = 2\n"})
    with pytest.raises(InputError) as raised:
        read_models(tmp_path / "models.py")
    assert "syntax error: invalid syntax" in str(raised.value) and "needs Python" not in str(raised.value)


def test_a_symlinked_sub_package_is_read_through_its_link(tmp_path):
    """A sub-package under --models that is a symbolic link is read like a directory (it was
    skipped silently, and the plan then generated its classes again); a loop of links is
    read once."""
    project = write(tmp_path, {
        "app/models.py": "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n"
                         "class A(db.Model):\n    __tablename__ = 'a'\n    id = db.Column(db.Integer, primary_key=True)\n",
        "shared/more.py": "from app.models import db\n"
                          "class B(db.Model):\n    __tablename__ = 'b'\n    id = db.Column(db.Integer, primary_key=True)\n",
    })
    (project / "app" / "shared").symlink_to(project / "shared", target_is_directory=True)
    (project / "shared" / "loop").symlink_to(project / "app", target_is_directory=True)
    models = read_models(project / "app")
    assert sorted(t.name for t in models.schema.tables) == ["a", "b"]
    assert sorted(c.file for c in models.classes) == [str(project / "app" / "models.py"),
                                                        str(project / "app" / "shared" / "more.py")]


def test_no_models_is_a_clear_input_error(tmp_path):
    write(tmp_path, {"helpers.py": "def f():\n    return 1\n"})
    with pytest.raises(InputError, match="no mapped classes found under .*pass --models"):
        read_models(tmp_path)
    with pytest.raises(InputError, match="no such file or directory"):
        read_models(tmp_path / "missing")
    write(tmp_path, {"broken.py": "class Model(:\n"})
    with pytest.raises(InputError, match=r"broken\.py:1: syntax error"):
        read_models(tmp_path / "broken.py")


def test_directories_skip_hidden_virtualenvs_and_migrations_and_keep_relative_paths(tmp_path, monkeypatch):
    model = "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\nclass {0}(db.Model):\n    __tablename__ = '{1}'\n    id = db.Column(db.Integer, primary_key=True)\n"
    write(tmp_path, {
        "app/models/__init__.py": model.format("Real", "real"),
        "app/.venv/lib/x.py": model.format("Venv", "venv"),
        "app/.hidden/y.py": model.format("Hidden", "hidden"),
        "app/__pycache__/z.py": model.format("Cache", "cache"),
        # an Alembic environment: its versions/ are migrations (ihatemoney's define helper
        # Tables of the models' names), its other files are read
        "app/migrations/env.py": "",
        "app/migrations/versions/a1_split.py": model.format("Helper", "real"),
        "app/other/versions/kept.py": model.format("Kept", "kept"),
    })
    monkeypatch.chdir(tmp_path)
    models = read_models(Path("app"))
    assert sorted(t.name for t in models.schema.tables) == ["kept", "real"]
    assert models.files == (str(Path("app/models/__init__.py")), str(Path("app/other/versions/kept.py")))
    assert models.unresolved == ()
    assert models.columns[0].file == str(Path("app/models/__init__.py"))


def test_files_are_decoded_by_bom_and_coding_cookie(tmp_path):
    body = ("from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\nclass Caf\u00e9(db.Model):\n"
            "    __tablename__ = 'caf\u00e9'\n    nom = db.Column(db.Text, primary_key=True, comment='\u00e9t\u00e9')\n")
    (tmp_path / "bom.py").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (tmp_path / "latin.py").write_bytes(("# -*- coding: latin-1 -*-\n" + body.replace("caf\u00e9", "cafe2").replace("Caf\u00e9", "Cafe2")).encode("latin-1"))
    models = read_models(tmp_path)
    assert column(models, "caf\u00e9", "nom").comment == "\u00e9t\u00e9"
    assert column(models, "cafe2", "nom").comment == "\u00e9t\u00e9"
    assert models.column_source("cafe2", "nom").type_source == "db.Text"


# -- property: never raises on model-ish Python ----------------------------------------------

_NAMES = st.sampled_from(["id", "name", "user_id", "metadata", "created_at", "x", "Base", "db", "Model"])
_TYPES = st.sampled_from([
    "db.Integer", "db.String(50)", "sa.Numeric(3, 1)", "String", "postgresql.JSONB", "Enum('a', name='e')",
    "ARRAY(Integer)", "None", "SOME_VAR", "db.String(n)", "Enum(Status)", "ForeignKey('users.id')",
    "db.ForeignKey(User.id)", "Unknown(1, x=2)", "'literal'", "lambda: 1",
])
_OPTIONS = st.lists(st.sampled_from([
    "nullable=False", "nullable=x", "primary_key=True", "unique=True", "index=True",
    "server_default='now()'", "server_default=text('now()')", "server_default=func.now()",
    "server_default=func.f(x)", "default=1", "comment='c'", "name='db_name'", "**kw",
    "ForeignKey('a.b.c', ondelete='cascade')", "Identity()", "Computed('1')",
]), max_size=3, unique_by=lambda option: option.split("=")[0] if "(" not in option.split("=")[0] else option)
_CALLS = st.sampled_from(["db.Column", "Column", "sa.Column", "mapped_column", "column_property(db.Column",
                          "make_column", "relationship"])
_ANNOTATIONS = st.sampled_from(["", ": Mapped[int]", ": Mapped[Optional[str]]", ": Mapped['Other']",
                                ": Mapped[list[Other]]", ": int", ": Mapped[Status]", ": Mapped[intpk]"])


@st.composite
def column_statements(draw):
    attribute = draw(_NAMES)
    annotation = draw(_ANNOTATIONS)
    if annotation.startswith(": Mapped") and draw(st.booleans()):
        return f"    {attribute}{annotation}"
    callee = draw(_CALLS)
    # Positional schema items first, keywords after them, **kw last: always valid Python.
    options = sorted(draw(_OPTIONS), key=lambda option: (option.startswith("**"), "=" in option.split("(")[0]))
    args = [draw(_TYPES)] + options
    close = "))" if callee.endswith("(db.Column") else ")"
    return f"    {attribute}{annotation} = {callee}({', '.join(args)}{close}"


@st.composite
def model_sources(draw):
    header = [
        "import enum, functools",
        "from typing import Optional, Annotated",
        "Column = functools.partial(db.Column, nullable=False)",
        "intpk = Annotated[int, mapped_column(primary_key=True)]",
        "class Status(enum.Enum):\n    a = 1",
    ]
    classes = []
    names = ["User", "Other", "Base", "Mixin"]
    for index in range(draw(st.integers(1, 4))):
        name = names[index]
        base = draw(st.sampled_from(["db.Model", "Base", "Mixin", "User", "DeclarativeBase", "object", "Other"]))
        body = [draw(st.sampled_from([
            "    __tablename__ = 'users'", "    __tablename__ = None", "    __abstract__ = True", "    pass",
            "    __tablename__ = name", "    __table_args__ = (UniqueConstraint('x'), {'schema': 's'})",
            "    __table_args__ = {'comment': 'c'}", "    __table_args__ = make()",
            "    __table__ = Table('t', metadata, Column('a', Integer))",
        ]))]
        body.extend(draw(st.lists(column_statements(), max_size=5)))
        classes.append(f"class {name}({base}):\n" + "\n".join(body))
    tables = draw(st.sampled_from(["", "t = Table('t2', metadata, Column('a', Integer), UniqueConstraint('a'))",
                                   "Index('ix', User.id)", "Index('ix', User.id, Other.id)"]))
    return "\n".join(header) + "\n\n" + "\n\n".join(classes) + "\n" + tables + "\n"


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(model_sources())
def test_reader_never_raises_on_model_like_python(tmp_path, text):
    compile(text, "generated", "exec")  # the property is about valid Python only
    (tmp_path / "generated.py").write_text(text, encoding="utf-8")
    try:
        models = read_models(tmp_path / "generated.py")
    except InputError as error:  # nothing mapped, or mapped classes of which not one table is read
        assert "no mapped classes found" in str(error) or str(error).startswith("not one table of the "), error
        return
    for table in models.schema.tables:
        assert [c.position for c in table.columns] == list(range(1, len(table.columns) + 1))
    for source in models.columns:
        assert models.schema.table(source.table, source.schema) is not None


EXTRAS_MODELS = """
import sqlalchemy as sa
from sqlalchemy import Column, Computed, ForeignKey, Identity, Index, Integer, String, TypeDecorator
from sqlalchemy.orm import as_declarative, declared_attr, registry


class LowerString(TypeDecorator):
    impl = String
    cache_ok = True


class Json(TypeDecorator):
    impl = sa.JSON
    cache_ok = True


@as_declarative()
class Base:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower()

    id = Column(Integer, Identity(always=True), primary_key=True)


class OwnedMixin:
    @declared_attr
    def owner_id(cls):
        return Column(ForeignKey("owner.id"), nullable=False)


class Owner(Base):
    name = Column(LowerString(40))
    doubled = Column(Integer, Computed("id * 2"))


class Pet(OwnedMixin, Base):
    kind = Column(String(10))
    data = Column(Json)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "pet"}


class Dog(Pet):
    __tablename__ = "dog"
    id = Column(ForeignKey("pet.id"), primary_key=True)
    __mapper_args__ = {"polymorphic_identity": "dog"}


Index("ix_pet_kind", Pet.kind)

other_registry = registry()


@other_registry.mapped
class Standalone:
    __tablename__ = "standalone"
    id = Column(Integer, primary_key=True)
"""


def test_declarative_extras_match_what_sqlalchemy_creates(tmp_path, db):
    models = read_source(tmp_path, EXTRAS_MODELS)
    assert models.unresolved == () and models.errors == ()
    namespace = runpy.run_path(str(tmp_path / "models.py"))
    create_with_sqlalchemy(db, namespace["Base"].metadata)
    create_with_sqlalchemy(db, namespace["other_registry"].metadata)
    created_columns, created_keys = database_facts(db)
    columns, keys = reader_facts(models)
    assert columns == _without_serial(created_columns)
    assert keys == created_keys
    owner = models.schema.table("owner")
    assert owner.column("id").identity == "always"
    assert (owner.column("doubled").generated, owner.column("doubled").generated_kind) == ("id * 2", "stored")
    assert models.schema.table("pet").indexes[0].name == "ix_pet_kind"
    assert models.column_source("pet", "owner_id").defined_in == "OwnedMixin"
    assert models.class_for_table("standalone").class_name == "Standalone"


def test_a_declared_attr_return_annotation_types_its_column(tmp_path):
    """``@declared_attr def audited_by(cls) -> Mapped[str]: return mapped_column(String(40))``:
    the return annotation makes the column NOT NULL, as a class annotation would (SQLAlchemy
    creates it so); ``Mapped[str | None]`` leaves it nullable."""
    models = read_source(tmp_path, """
        from sqlalchemy import String
        from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


        class Base(DeclarativeBase):
            pass


        class Audited:
            @declared_attr
            def audited_by(cls) -> Mapped[str]:
                return mapped_column(String(40))

            @declared_attr
            def note(cls) -> Mapped[str | None]:
                return mapped_column(String(10))


        class Person(Audited, Base):
            __tablename__ = "person"
            id: Mapped[int] = mapped_column(primary_key=True)
    """)
    assert column(models, "person", "audited_by").nullable is False
    assert column(models, "person", "note").nullable is True


def test_a_column_declared_for_type_checkers_only_is_said_so(tmp_path):
    """``if TYPE_CHECKING:`` never runs: what it declares is no column at run time (the
    attribute comes from a backref or a factory the reader does not follow). The class's
    columns are then not all known, as for any block, but the message says why, instead of
    "decided at run time"."""
    models = read_source(tmp_path, """
        import typing
        from sqlalchemy import Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            pass

        class Note(Base):
            __tablename__ = "notes"
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
            if typing.TYPE_CHECKING:
                owner_id: Mapped[int]
            if not typing.TYPE_CHECKING:
                pass
            else:
                title: Mapped[str]
    """)
    assert [c.name for c in models.schema.table("notes").columns] == ["id"]
    messages = {u.line: u.message for u in models.unresolved}
    assert set(messages) == {12, 16}
    for line, attribute in ((12, "owner_id"), (16, "title")):
        assert messages[line].startswith(f"Note.{attribute}: declared under `if TYPE_CHECKING:`, for type "
                                         "checkers only"), messages[line]
        assert "decided at run time" not in messages[line]
    assert models.hidden_columns("Note") is not None


def test_an_abstract_concrete_base_maps_no_table_and_gives_its_columns(tmp_path):
    """A class derived from ``AbstractConcreteBase`` has no table of its own; declarative
    copies its columns into each concrete subclass, as for an ``__abstract__`` base."""
    models = read_source(tmp_path, """
        from sqlalchemy import Integer, String
        from sqlalchemy.ext.declarative import AbstractConcreteBase
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            pass

        class Observation(AbstractConcreteBase, Base):
            summary: Mapped[str] = mapped_column(String(100))

        class ProjectObservation(Observation):
            __tablename__ = "project_observations"
            __mapper_args__ = {"polymorphic_identity": "project", "concrete": True}
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
    """)
    assert [t.name for t in models.schema.tables] == ["project_observations"]
    assert [c.name for c in models.schema.table("project_observations").columns] == ["id", "summary"]
    assert not [u for u in models.unresolved if "Observation" in u.message]
    kinds = {c.class_name: c.kind for c in models.classes}
    assert kinds["ProjectObservation"] == "model" and kinds["Observation"] != "model"


def test_a_base_that_renames_its_subclasses_tables_with_a_constant_names_them(tmp_path):
    """``__init_subclass__`` setting ``cls.__tablename__`` from the name the class writes decides
    every subclass's table at run time: with a constant of the files for the prefix, the class
    stands on the name it writes and its ``ComputedTableName`` carries the prefix (the planner
    puts it before the name, and writes names without it)."""
    models = read_source(tmp_path, """
        from sqlalchemy import Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
        PREFIX = "app_"

        class Base(DeclarativeBase):
            def __init_subclass__(cls) -> None:
                cls.__tablename__ = PREFIX + cls.__tablename__
                super().__init_subclass__()

        class Plain:
            def __init_subclass__(cls) -> None:
                cls.registry_name = cls.__name__

        class User(Base):
            __tablename__ = "users"
            id: Mapped[int] = mapped_column(Integer, primary_key=True)

        class Other(Plain):
            __tablename__ = "other"
    """)
    assert [t.name for t in models.schema.tables] == ["users"] and models.unresolved == ()
    (computed,) = models.computed_tablenames
    assert (computed.class_name, computed.candidates, computed.prefixed, computed.prefix) == (
        "User", ("users",), True, "app_")


def test_a_base_that_renames_its_subclasses_tables_with_a_setting_leaves_the_prefix_to_the_database(tmp_path):
    """fief-dev/fief: the prefix is the application's setting (``f"{TABLE_PREFIX}{name}"`` in a
    helper function, ``TABLE_PREFIX`` read at import): the class stands on the name it writes,
    and the planner takes the prefix from the database's tables (``ComputedTableName.prefixed``);
    one line per class says so."""
    write(tmp_path, {"settings.py": """
        import os
        TABLE_PREFIX = os.environ.get("TABLE_PREFIX", "acme_")
    """})
    models = read_source(tmp_path, """
        from sqlalchemy import Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
        from settings import TABLE_PREFIX

        def get_prefixed_tablename(name: str) -> str:
            return f"{TABLE_PREFIX}{name}"

        class Base(DeclarativeBase):
            def __init_subclass__(cls) -> None:
                cls.__tablename__ = get_prefixed_tablename(cls.__tablename__)
                super().__init_subclass__()

        class User(Base):
            __tablename__ = "users"
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
    """)
    assert [t.name for t in models.schema.tables] == ["users"]
    (computed,) = models.computed_tablenames
    assert (computed.class_name, computed.candidates, computed.prefixed, computed.prefix, computed.line) == (
        "User", ("users",), True, None, 13)
    assert computed.hook == f"{tmp_path / 'models.py'}:9"
    (unresolved,) = models.unresolved
    assert unresolved.message == (
        "User: __tablename__ 'users' is given a prefix at run time by Base.__init_subclass__ "
        "(get_prefixed_tablename(cls.__tablename__)); plan takes the prefix from the database's table names")


def test_a_base_whose_hook_cannot_be_worked_out_leaves_no_table_to_compare(tmp_path):
    """A hook the reader cannot follow (a function it cannot read) leaves every table unknown:
    with no table read at all, reading fails (exit 2) instead of a plan that finds nothing to
    change whatever the database holds."""
    with pytest.raises(InputError) as raised:
        read_source(tmp_path, """
            from sqlalchemy import Integer
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
            from naming import table_name_for

            class Base(DeclarativeBase):
                def __init_subclass__(cls) -> None:
                    cls.__tablename__ = table_name_for(cls)
                    super().__init_subclass__()

            class User(Base):
                __tablename__ = "users"
                id: Mapped[int] = mapped_column(Integer, primary_key=True)
        """)
    assert str(raised.value) == (
        f"not one table of the 1 mapped classes under {tmp_path / 'models.py'} could be read ({tmp_path / 'models.py'}:"
        "6: User: __tablename__ is computed (set by Base.__init_subclass__ at run time); cannot resolve statically): "
        "nothing can be compared, and a plan would find nothing to change whatever the database holds")


def test_a_hook_that_keeps_a_class_s_own_tablename_leaves_it_known(tmp_path):
    """An ``__init_subclass__`` that first tests ``"__tablename__" in cls.__dict__`` (as
    advanced-alchemy's base does) changes only the subclasses that do not name their table."""
    models = read_source(tmp_path, """
        from sqlalchemy import Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            def __init_subclass__(cls, **kwargs) -> None:
                if "__tablename__" not in cls.__dict__:
                    cls.__tablename__ = cls.__name__.lower() + "s"
                super().__init_subclass__(**kwargs)

        class User(Base):
            __tablename__ = "users"
            id: Mapped[int] = mapped_column(Integer, primary_key=True)

        class Group(Base):
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
    """)
    assert [t.name for t in models.schema.tables] == ["users"]
    assert [u.message.split(":")[0] for u in models.unresolved] == ["Group"]


def test_constants_seen_through_imports_are_not_passed_on_again(tmp_path):
    """A file's constants scope holds its own names, the names it imports and ``module.NAME``
    of the modules it imports, one level deep: a scope made for one file was read again as
    that file's own constants by the next, so names multiplied file after file (a package of
    90 files that import each other, openstack/keystone, never finished reading)."""
    from schema_inspector.introspect.models.build import ModelBuilder
    from schema_inspector.introspect.models.columns import Problems
    from schema_inspector.introspect.models.reader import _parse
    from schema_inspector.introspect.models.scan import ScanResult, scan_module

    names = [f"m{i}" for i in range(6)]
    files = {"pkg/__init__.py": ""}
    for name in names:
        imports = "".join(f"from pkg import {other}\n" for other in names if other != name)
        files[f"pkg/{name}.py"] = imports + f"LIMIT_{name.upper()} = 10\n"
    write(tmp_path, files)
    scan = ScanResult()
    for relative in files:
        path = tmp_path / relative
        module = _parse(str(path), path.read_bytes(), [])
        scan.modules.append(module)
        scan_module(module, scan)
    ModelBuilder(scan, Problems())
    first = next(m for m in scan.modules if m.path.endswith("m0.py"))
    dotted = {key for key in first.constants if "." in key}
    assert dotted == {f"{other}.LIMIT_{other.upper()}" for other in names[1:]}


def test_a_class_a_package_re_exports_with_a_star_import_is_found_through_it(tmp_path):
    """``from keystone.common import sql`` then ``class User(sql.ModelBase, sql.DictMixin)``,
    where ``sql/__init__.py`` is ``from .core import *`` (openstack/keystone): the mixin
    defined in sql/core.py is the base the class names, its columns inherited."""
    write(tmp_path, {
        "app/__init__.py": "",
        "app/sql/__init__.py": "from app.sql.core import *  # noqa\n",
        "app/sql/core.py": """
            from sqlalchemy import Column, Integer
            from sqlalchemy.orm import declarative_base

            ModelBase = declarative_base()

            class DictMixin:
                id = Column(Integer, primary_key=True)
        """,
        "app/users.py": """
            from sqlalchemy import Column, String
            from app import sql

            class User(sql.ModelBase, sql.DictMixin):
                __tablename__ = "users"
                name = Column(String(20))
        """,
    })
    models = read_models(tmp_path / "app")
    assert [c.name for c in models.schema.table("users").columns] == ["name", "id"]
    assert models.column_source("users", "id").defined_in == "DictMixin"


def test_a_server_default_written_as_an_enum_member_s_value_or_name_is_read(tmp_path):
    """``server_default=EmailStatuses.Accepted.value`` (pypi/warehouse) is the str the class
    writes for that member, read from the class, as if written literally; ``.name`` likewise."""
    models = read_source(tmp_path, """
        import enum
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Status(enum.Enum):
            ACCEPTED = "Accepted"
            SOFT = "Soft Bounced"

        class Mail(Base):
            __tablename__ = "mails"
            id = Column(Integer, primary_key=True)
            by_value = Column(String(20), server_default=Status.SOFT.value)
            by_name = Column(String(20), server_default=Status.ACCEPTED.name)
            literal_value = Column(String(20), server_default="Soft Bounced")
            literal_name = Column(String(20), server_default="ACCEPTED")
    """)
    assert models.unresolved == ()
    assert column(models, "mails", "by_value").default == column(models, "mails", "literal_value").default
    assert column(models, "mails", "by_name").default == column(models, "mails", "literal_name").default
    assert column(models, "mails", "by_value").default is not None


def test_enum_labels_spread_from_a_module_level_list_are_read(tmp_path):
    """``Enum(*TYPES, name=...)`` where ``TYPES`` is a module-level list or tuple of strings
    (or of str constants), the file's own or another module's (``metadata.DYNAMIC_FIELDS``,
    pypi/warehouse): its labels, in order. A spread of anything else stays unresolved."""
    write(tmp_path, {
        "app/__init__.py": "",
        "app/metadata.py": 'FIELDS = ["Platform", "Summary"]\n',
        "app/models.py": """
            from sqlalchemy import Column, Enum, Integer
            from sqlalchemy.dialects.postgresql import ENUM
            from sqlalchemy.orm import declarative_base
            from app import metadata
            Base = declarative_base()
            USER = "user"
            TYPES = (USER, "group")

            def kinds():
                return ["a"]

            class Role(Base):
                __tablename__ = "roles"
                id = Column(Integer, primary_key=True)
                type = Column(Enum(*TYPES, name="role_type"))
                field = Column(ENUM(*metadata.FIELDS, name="release_field"))
                other = Column(Enum(*kinds(), name="other_kind"))
        """,
    })
    models = read_models(tmp_path / "app")
    enums = {e.name: e.labels for e in models.schema.enums}
    assert enums == {"role_type": ("user", "group"), "release_field": ("Platform", "Summary")}
    assert [u.message.split(":")[0] for u in models.unresolved] == ["other"]


# -- large codebases: trees let go once scanned ----------------------------------------------

_RELEASED_PATTERNS = {
    # a BOM, CRLF line ends and non-ASCII text before the classes: a class's lines are found
    # again by their byte offsets
    "crlf.py": "\ufeff# -*- coding: utf-8 -*-\r\n# modèles: données\r\nfrom sqlalchemy import Column, Integer, String\r\n"
               "from .base import Base\r\n\r\n\r\nclass Café(Base):\r\n    \"\"\"Où l'on boit.\"\"\"\r\n"
               "    __tablename__ = \"cafés\"\r\n    id = Column(Integer, primary_key=True)\r\n"
               "    nom = Column(String(50), nullable=False, comment=\"le nom\")\r\n",
    "base.py": """
        import sys
        from datetime import datetime
        from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, text
        from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, registry

        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention={"ix": "ix_%(column_0_label)s"})

        mapper_registry = registry()

        class Stamped:
            created_at: Mapped[datetime] = mapped_column(server_default=text("now()"))

            @declared_attr
            def owner_id(cls) -> Mapped[int]:
                return mapped_column(ForeignKey("people.id"))

        class Person(Stamped, Base):
            __tablename__ = "people"
            __table_args__ = ({"comment": "who"},)
            id: Mapped[int] = mapped_column(primary_key=True)
            kind: Mapped[str] = mapped_column(String(20))
            __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "person"}

            def greet(self) -> str:
                return f"hello {self.id}"

        class Employee(Person):
            badge: Mapped[str | None] = mapped_column(String(10))
            __mapper_args__ = {"polymorphic_identity": "employee"}

        @mapper_registry.mapped
        class Audit:
            __table__ = Table("audit", mapper_registry.metadata,
                              Column("id", Integer, primary_key=True),
                              Column("at", DateTime, server_default=text("now()")))

        if sys.version_info >= (3, 8):
            class Tag(Base):
                __tablename__ = "tags"
                id: Mapped[int] = mapped_column(primary_key=True)
                label: Mapped[str] = mapped_column(String(30), index=True)

        class Note(Base):
            __tablename__ = "notes"
            id: Mapped[int] = mapped_column(primary_key=True)
            if sys.version_info >= (3, 8):
                body: Mapped[str]
    """,
}


def test_trees_let_go_read_as_trees_kept(tmp_path, monkeypatch):
    """Past ``parse_python``'s budget, each file's tree is let go once it is scanned and the
    build parses class bodies again: every models tree of the repository, and a file of the
    patterns that depend on a class's own lines, read the same either way."""
    write(tmp_path / "mixed", _RELEASED_PATTERNS)
    trees = [*sorted(p for p in FIXTURES.glob("*/models") if (p / "__init__.py").exists()),
             *sorted(p for p in (ROOT / "tests" / "model_trees").iterdir() if (p / "__init__.py").exists()),
             tmp_path / "mixed"]
    for tree in trees:
        parse_python.cache_clear()
        kept = read_models(tree)
        assert any(parse_python.holds(text) for text in _texts(tree)), tree
        monkeypatch.setattr(parse_python, "budget", 0)
        parse_python.cache_clear()
        let_go = read_models(tree)
        assert not any(parse_python.holds(text) for text in _texts(tree)), tree
        monkeypatch.undo()
        assert let_go == kept, tree
    assert {c.class_name for c in let_go.classes} >= {"Café", "Person", "Employee", "Audit", "Tag", "Note"}
    assert any(c.column == "nom" and c.class_name == "Café" for c in let_go.columns)


def _texts(tree: Path) -> list[str]:
    from schema_inspector.introspect.models import decode_source
    from schema_inspector.introspect.models.exprs import SourceText

    texts = (SourceText(decode_source(f.read_bytes())[0].removeprefix("\ufeff")).text for f in tree.rglob("*.py"))
    return [text for text in texts if text.strip()]


def test_the_tree_cache_keeps_the_first_trees_within_its_budget(monkeypatch):
    monkeypatch.setattr(parse_python, "budget", 12)
    parse_python.cache_clear()
    first, second = "a = 1\n", "bb = 22\n"
    assert parse_python(first) is parse_python(first)  # kept: 6 characters
    tree = parse_python(second)  # 6 + 8 > 12: not kept, but the last such tree is reused...
    assert parse_python(second) is tree
    parse_python("third = 3\n")
    assert parse_python(second) is not tree  # ...until another one is parsed
    assert parse_python.holds(first) and not parse_python.holds(second)
    assert parse_python(first) is parse_python(first)  # kept first come, not evicted
    with pytest.raises(SyntaxError):
        parse_python("def (")
    assert not parse_python.holds("def (")


@pytest.mark.slow
def test_a_codebase_past_the_budget_is_read_in_a_fraction_of_the_memory(tmp_path, monkeypatch):
    """The point of letting trees go: the reader's peak (tracemalloc) on 40 files of 25
    models each, with every tree kept and with none."""
    import tracemalloc

    for number in range(40):
        classes = "".join(
            f"\n\nclass Model{number}x{index}(Base):\n    __tablename__ = 't{number}_{index}'\n"
            "    id = Column(Integer, primary_key=True)\n"
            + "".join(f"    c{column} = Column(String(50), nullable=False, server_default=text(\"'x'\"))\n"
                      for column in range(12))
            for index in range(25))
        write(tmp_path, {f"models_{number}.py": "from sqlalchemy import Column, Integer, String, text\n"
                                                  "from .base import Base\n" + classes})
    write(tmp_path, {"base.py": "from sqlalchemy.orm import declarative_base\nBase = declarative_base()\n"})
    peaks = {}
    for budget in (10**9, 0):
        monkeypatch.setattr(parse_python, "budget", budget)
        parse_python.cache_clear()
        tracemalloc.start()
        models = read_models(tmp_path)
        peaks[budget] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert len(models.schema.tables) == 1000
    assert peaks[0] < 0.5 * peaks[10**9], peaks


def test_a_column_statement_repeated_in_classes_is_read_once(tmp_path, monkeypatch):
    """Model files repeat column statements verbatim; one read stands for the rest in the same
    reading context. A class's own ``__tablename__`` (every class has one) is no constant of its
    statements: taken for one, it made each class's statements read apart (1.5x the reader's time
    on the benchmark's 1,000 classes)."""
    from schema_inspector.introspect.models import build

    classes = "".join(f'\n\nclass T{n}(Base):\n    __tablename__ = "t{n}"\n'
                      f'    id = Column(Integer, primary_key=True)\n' for n in range(3))
    (tmp_path / "models.py").write_text("from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import "
                                        "declarative_base\n\nBase = declarative_base()" + classes, encoding="utf-8")
    calls = []
    real = build.read_column
    monkeypatch.setattr(build, "read_column", lambda *args, **kwargs: calls.append(args[0]) or real(*args, **kwargs))
    read_models(tmp_path)
    assert calls == ["id"]


def test_a_hook_that_names_the_table_from_the_class_name_names_it(tmp_path):
    """The review's: a hook that does not read the name the class writes (``cls.__name__.lower()``)
    gives each class its table (it raised "not one table ... could be read")."""
    models = read_source(tmp_path, """
        from sqlalchemy import Integer
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            def __init_subclass__(cls) -> None:
                cls.__tablename__ = cls.__name__.lower()
                super().__init_subclass__()

        class User(Base):
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
    """)
    assert [t.name for t in models.schema.tables] == ["user"]


def test_a_hook_that_tests_a_setting_leaves_the_name_unknown(tmp_path):
    """The review's: a comparison with a setting is not known (``settings.mode == "prod"`` was taken
    to be false, and the class's table to be the name it writes)."""
    with pytest.raises(InputError, match="not one table of the 1 mapped classes"):
        read_source(tmp_path, """
            from sqlalchemy import Integer
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
            from app import settings

            class Base(DeclarativeBase):
                def __init_subclass__(cls) -> None:
                    cls.__tablename__ = settings.prefix + cls.__tablename__ if settings.mode == "prod" \\
                        else cls.__tablename__
                    super().__init_subclass__()

            class User(Base):
                __tablename__ = "users"
                id: Mapped[int] = mapped_column(Integer, primary_key=True)
        """)


def test_a_hook_that_renames_after_the_class_is_mapped_is_not_read_as_a_prefix(tmp_path):
    """The review's: ``super().__init_subclass__()`` first maps the class (DeclarativeBase), so an
    assignment after it is not the mapped table's name: the table stays unknown, as before (it
    was read as ``app_users``)."""
    with pytest.raises(InputError, match="set by Base.__init_subclass__ at run time"):
        read_source(tmp_path, """
            from sqlalchemy import Integer
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
            PREFIX = "app_"

            class Base(DeclarativeBase):
                def __init_subclass__(cls, **kwargs) -> None:
                    super().__init_subclass__(**kwargs)
                    cls.__tablename__ = PREFIX + cls.__tablename__

            class User(Base):
                __tablename__ = "users"
                id: Mapped[int] = mapped_column(Integer, primary_key=True)
        """)
