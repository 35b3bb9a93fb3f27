"""The file's own style: new and edited code looks like the code around it (issue 12; the
guide's promise 7).

Prefixes and type families (``db.String``, ``types.Unicode``, ``sa.Text``), keyword forms
(``Numeric(precision=14, scale=2)``), a column alias (``Column = partial(db.Column,
nullable=False)``) that is used and never shadowed, the codebase's own types (``GUID()``),
the ``nullable=`` habit, and imports where isort puts them.
"""

from __future__ import annotations

import textwrap

import pytest
from scenario import Scenario

FLASK_ALIAS = {
    "__init__.py": "",
    "extensions.py": """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()
        """,
    "models.py": """
        from functools import partial

        from .extensions import db

        Column = partial(db.Column, nullable=False)


        class Tag(db.Model):
            __tablename__ = "tag"

            id = Column(db.Integer, primary_key=True)
            label = Column(db.Unicode(40))
            weight = Column(db.Numeric(precision=6, scale=2))
            note = Column(db.UnicodeText, nullable=True)
        """,
}


def _text(source: str) -> str:
    return textwrap.dedent(source).lstrip("\n")


@pytest.mark.slow
def test_a_flask_file_with_a_column_alias_keeps_its_prefix_family_and_alias(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_ALIAS, metadata="app.models:db.metadata")
    scenario.create_from_models().drift(
        "ALTER TABLE tag ALTER COLUMN label TYPE varchar(80);"
        "ALTER TABLE tag ALTER COLUMN weight TYPE numeric(8, 2);"
        "ALTER TABLE tag ADD COLUMN slug varchar(40);"
        "ALTER TABLE tag ADD COLUMN summary text NOT NULL DEFAULT '';"
    )
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text("""
        from functools import partial

        from .extensions import db

        Column = partial(db.Column, nullable=False)


        class Tag(db.Model):
            __tablename__ = "tag"

            id = Column(db.Integer, primary_key=True)
            label = Column(db.Unicode(80))
            weight = Column(db.Numeric(precision=8, scale=2))
            note = Column(db.UnicodeText, nullable=True)
            slug = Column(db.Unicode(40), nullable=True)
            summary = Column(
                db.UnicodeText, nullable=False, server_default=db.text("''::text")
            )
        """)
    assert outcome.problems() == []


@pytest.mark.slow
def test_a_type_change_to_another_class_takes_the_class_the_file_writes_for_that_type(pg, tmp_path):
    """Text -> varchar(60) where the file writes varchar as ``db.Unicode``: ``db.Unicode(60)``,
    not SQLAlchemy's ``db.String(60)``."""
    scenario = Scenario(tmp_path, pg, FLASK_ALIAS, metadata="app.models:db.metadata")
    scenario.create_from_models().drift("ALTER TABLE tag ALTER COLUMN note TYPE varchar(60);")
    outcome = scenario.reconcile()
    assert "    note = Column(db.Unicode(60), nullable=True)\n" in outcome.after["models.py"]
    assert outcome.problems() == []


TYPES_MODULE = {
    "__init__.py": "from . import models  # noqa: F401\n",
    "guid.py": """
        import uuid

        from sqlalchemy.dialects.postgresql import UUID
        from sqlalchemy.types import TypeDecorator


        class GUID(TypeDecorator):
            impl = UUID
            cache_ok = True

            def process_result_value(self, value, dialect):
                return None if value is None else uuid.UUID(str(value))
        """,
    "models.py": """
        from sqlalchemy import Column, ForeignKey, Integer, types
        from sqlalchemy.orm import declarative_base

        from .guid import GUID

        Base = declarative_base()


        class Account(Base):
            __tablename__ = "account"

            id = Column(GUID(), primary_key=True)
            name = Column(types.Unicode(50), nullable=True)


        class Member(Base):
            __tablename__ = "member"

            id = Column(GUID(), primary_key=True)
            account_id = Column(GUID(), ForeignKey("account.id"), nullable=True)
            rank = Column(Integer, nullable=True)
        """,
}


@pytest.mark.slow
def test_a_project_type_and_a_module_prefix_and_the_nullable_habit(pg, tmp_path):
    # every uuid is a GUID(); types.Unicode for varchar; nullable= written on every column
    scenario = Scenario(tmp_path, pg, TYPES_MODULE, metadata="app.models:Base.metadata").create_from_models()
    scenario.drift(
        "ALTER TABLE account ADD COLUMN owner_id uuid;"
        "ALTER TABLE account ADD COLUMN code varchar(50) NOT NULL DEFAULT 'x';"
        "ALTER TABLE member ALTER COLUMN rank TYPE bigint;"
    )
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text("""
        from sqlalchemy import BigInteger, Column, ForeignKey, text, types
        from sqlalchemy.orm import declarative_base

        from .guid import GUID

        Base = declarative_base()


        class Account(Base):
            __tablename__ = "account"

            id = Column(GUID(), primary_key=True)
            name = Column(types.Unicode(50), nullable=True)
            owner_id = Column(GUID(), nullable=True)
            code = Column(
                types.Unicode(50),
                nullable=False,
                server_default=text("'x'::character varying"),
            )


        class Member(Base):
            __tablename__ = "member"

            id = Column(GUID(), primary_key=True)
            account_id = Column(GUID(), ForeignKey("account.id"), nullable=True)
            rank = Column(BigInteger, nullable=True)
        """)
    assert outcome.problems() == []


# openstack/aodh: strings in single quotes, docstrings in double ones (as PEP 257 writes them);
# a generated class's docstring took the strings' quote (``'''Generated by ...'''``).
SINGLE_QUOTED_STRINGS = """
    \"\"\"Models.\"\"\"
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Alarm(Base):
        \"\"\"Define Alarm data.\"\"\"

        __tablename__ = 'alarm'
        alarm_id = Column(String(128), primary_key=True)
        name = Column(String(50))
    """


def test_a_new_class_writes_its_docstring_as_the_file_writes_docstrings(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": SINGLE_QUOTED_STRINGS}).create_from_models()
    outcome = scenario.drift("CREATE TABLE alarm_note (id serial PRIMARY KEY, body text NOT NULL)").reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert ('class AlarmNote(Base):\n    """Generated by schema-inspector from the database table alarm_note."""\n\n'
            "    __tablename__ = 'alarm_note'\n") in text


# openstack/zaqar: ``Table(...)`` calls whose columns line up under the first argument (pep8's
# visual indent, ``Pools = sa.Table('Pools', metadata,`` and each column below ``'Pools'``). An
# edited column too long for the line was wrapped as black wraps, four spaces from the margin,
# in the middle of the lined-up columns; or left longer than the line.
ALIGNED_TABLE = """
    import sqlalchemy as sa

    metadata = sa.MetaData()

    Pools = sa.Table('Pools', metadata,
                     sa.Column('name', sa.String(64), primary_key=True),
                     sa.Column('uri', sa.String(255),
                               unique=True, nullable=False),
                     sa.Column('weight', sa.INTEGER, nullable=False),
                     sa.Column('options', sa.Text()))
    """


def test_an_edited_column_of_a_lined_up_table_call_is_wrapped_lined_up(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"tables.py": ALIGNED_TABLE, "pyproject.toml": "[tool.ruff]\nline-length = 79\n"},
                        metadata="app.tables:metadata").create_from_models()
    outcome = scenario.drift(
        """COMMENT ON COLUMN "Pools".weight IS 'relative share of new queues';"""
        """ALTER TABLE "Pools" ALTER COLUMN weight SET DEFAULT 100"""
    ).reconcile()
    assert outcome.problems() == []
    assert """
                 sa.Column('weight', sa.INTEGER, nullable=False,
                           server_default=sa.text('100'),
                           comment='relative share of new queues'),
                 sa.Column('options', sa.Text()))
""" in outcome.after["tables.py"]


# miguelgrinberg/microblog-api: calls wrapped after their ``(`` with the ``)`` kept after the last
# argument (``so.mapped_column(\n        sa.String(64), index=True, unique=True)``). Edited and new
# statements too long for the line were wrapped as black wraps, ``)`` on a line of its own.
HANGING_CLOSE = """
    from datetime import datetime
    from typing import Optional

    import sqlalchemy as sa
    from sqlalchemy import orm as so


    class Model(so.DeclarativeBase):
        pass


    class User(Model):
        __tablename__ = 'users'

        id: so.Mapped[int] = so.mapped_column(primary_key=True)
        username: so.Mapped[str] = so.mapped_column(
            sa.String(64), index=True, unique=True)
        about_me: so.Mapped[Optional[str]] = so.mapped_column(sa.String(140))
        first_seen: so.Mapped[datetime] = so.mapped_column(
            index=True)
    """


def test_a_file_that_keeps_the_closing_parenthesis_after_the_last_argument_is_wrapped_so(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": HANGING_CLOSE, "pyproject.toml": "[tool.ruff]\nline-length = 79\n"},
                        metadata="app.models:Model.metadata").create_from_models()
    outcome = scenario.drift(
        "COMMENT ON COLUMN users.about_me IS 'shown on the profile page, as written';"
        "ALTER TABLE users ADD COLUMN last_seen_from_address varchar(255) NOT NULL DEFAULT 'unknown'"
    ).reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert ("    about_me: so.Mapped[Optional[str]] = so.mapped_column(\n"
            "        sa.String(140), comment='shown on the profile page, as written')\n") in text
    assert ("    last_seen_from_address: so.Mapped[str] = so.mapped_column(\n"
            "        sa.String(255), server_default=sa.text(\"'unknown'::character varying\"))\n") in text


# frol/flask-restplus-server-example: column strings in single quotes (``db.ForeignKey('team.id')``)
# and more strings in double ones elsewhere (a ``__repr__`` built of "..." pieces); new code took
# the double quote. The strings of the schema's lines decide first.
SCHEMA_QUOTES_AMONG_OTHERS = """
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Team(Base):
        __tablename__ = 'team'
        id = Column(Integer, primary_key=True)
        title = Column(String(length=50), nullable=False)

        def __repr__(self):
            return (
                "<{class_name}("
                "id={self.id}, "
                "title=\\"{self.title}\\""
                ")>".format(
                    class_name=self.__class__.__name__,
                    self=self
                )
            )


    class TeamMember(Base):
        __tablename__ = 'team_member'
        team_id = Column(Integer, ForeignKey('team.id'), primary_key=True)
    """


def test_the_schemas_own_strings_decide_the_quote_of_new_code(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": SCHEMA_QUOTES_AMONG_OTHERS}).create_from_models()
    outcome = scenario.drift("COMMENT ON COLUMN team.title IS 'as shown'").reconcile()
    assert outcome.problems() == []
    assert "    title = Column(String(length=50), nullable=False, comment='as shown')\n" in outcome.after["models.py"]


# pypi/warehouse: a models file that writes neither ``Optional[X]`` nor ``X | None`` (no nullable
# column yet) in a project whose ruff configuration targets Python 3.13 (its other files write
# ``str | None``): a new nullable column is written as the project's Python runs it.
NO_OPTIONAL_HABIT = """
    from sqlalchemy import String
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Banner(Base):
        __tablename__ = "banners"

        id: Mapped[int] = mapped_column(primary_key=True)
        text: Mapped[str] = mapped_column(String(200))
    """


@pytest.mark.parametrize("configuration, written", [
    ('[tool.ruff]\ntarget-version = "py313"\n', "    audience: Mapped[str | None] = mapped_column(String(40))\n"),
    ('[project]\nname = "app"\nrequires-python = ">=3.9"\n',
     "    audience: Mapped[Optional[str]] = mapped_column(String(40))\n"),
])
def test_a_file_without_an_optional_habit_writes_what_the_projects_oldest_python_runs(pg, tmp_path, configuration,
                                                                                      written):
    (tmp_path / "pyproject.toml").write_text(configuration, encoding="utf-8")
    scenario = Scenario(tmp_path, pg, {"models.py": NO_OPTIONAL_HABIT}).create_from_models()
    outcome = scenario.drift("ALTER TABLE banners ADD COLUMN audience varchar(40)").reconcile()
    assert outcome.problems() == []
    assert written in outcome.after["models.py"]


# gothinkster/flask-realworld-example-app (cookiecutter-flask): ``Column`` imported from the
# project's database module (``Column = db.Column`` there) and every type written ``db.X``: the
# types say the namespace, and a changed type is ``db.Text``, not SQLAlchemy's ``Text`` imported.
IMPORTED_COLUMN_ALIAS = {
    "extensions.py": """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()
        """,
    "database.py": """
        from .extensions import db

        Column = db.Column
        Model = db.Model
        """,
    "models.py": """
        import datetime as dt

        from app.database import Column, Model, db


        class User(Model):

            __tablename__ = 'users'
            id = Column(db.Integer, primary_key=True)
            username = Column(db.String(80), unique=True, nullable=False)
            created_at = Column(db.DateTime, nullable=False, default=dt.datetime.utcnow)
            bio = Column(db.String(300), nullable=True)
        """,
}


def test_an_imported_column_alias_with_prefixed_types_writes_types_with_that_prefix(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, IMPORTED_COLUMN_ALIAS, metadata="app.models:db.metadata").create_from_models()
    outcome = scenario.drift("ALTER TABLE users ALTER COLUMN bio TYPE text").reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == _text(IMPORTED_COLUMN_ALIAS["models.py"]).replace(
        "bio = Column(db.String(300), nullable=True)", "bio = Column(db.Text, nullable=True)")


# hashview/hashview: a class whose assignments are lined up in a column, and trailing comments
# lined up after the code. A new column lines its ``=`` up with its neighbour's; an edited
# column's comment keeps its column while the code still ends before it.
LINED_UP = """
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()


    class Users(db.Model):
        __tablename__ = 'users'
        id                = db.Column(db.Integer,    nullable=False, primary_key=True)
        first_name        = db.Column(db.String(20), nullable=False)
        api_key           = db.Column(db.String(60), nullable=True)


    class Jobs(db.Model):
        __tablename__ = 'jobs'
        id = db.Column(db.Integer, primary_key=True)
        status = db.Column(db.String(20), nullable=False)           # Running, Paused, Completed
        queued_at = db.Column(db.DateTime, nullable=True)           # set by the scheduler
    """


def test_a_new_column_lines_up_with_its_neighbours_and_a_comment_keeps_its_column(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": LINED_UP}, metadata="app.models:db.metadata").create_from_models()
    outcome = scenario.drift("ALTER TABLE users ADD COLUMN timezone varchar(40);"
                             "CREATE INDEX ix_jobs_status ON jobs (status);"
                             "ALTER TABLE jobs ALTER COLUMN queued_at SET NOT NULL;").reconcile()
    assert outcome.problems() == []
    assert outcome.after["models.py"] == _text(LINED_UP).replace(
        "    api_key           = db.Column(db.String(60), nullable=True)\n",
        "    api_key           = db.Column(db.String(60), nullable=True)\n"
        "    timezone          = db.Column(db.String(40), nullable=True)\n").replace(
        "nullable=False)           # Running", "nullable=False, index=True)  # Running").replace(
        "nullable=True)           # set by", "nullable=False)          # set by")


# containerbuildsystem/cachito: every ``class X(db.Model):`` line ends with ``# type:
# ignore[name-defined]`` (mypy and Flask-SQLAlchemy's ``db.Model``): a generated class of that
# base says it too, or the project's type check fails on it.
CLASS_LINE_COMMENTS = {
    "ext.py": """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()
        """,
    "models.py": """
        from .ext import db


        class Request(db.Model):  # type: ignore[name-defined]
            id = db.Column(db.Integer, primary_key=True)


        class Flag(db.Model):  # type: ignore[name-defined]
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String, nullable=False)
        """,
}


def test_a_generated_class_ends_its_line_as_the_files_classes_of_its_base_do(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, CLASS_LINE_COMMENTS, metadata="app.models:db.metadata").create_from_models()
    outcome = scenario.drift("CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)").reconcile()
    assert outcome.problems() == []
    assert "\n\nclass Note(db.Model):  # type: ignore[name-defined]\n" in outcome.after["models.py"]


@pytest.mark.parametrize("second, expected", [
    ("class B(db.Model):  # type: ignore[name-defined]", {"db.Model": "# type: ignore[name-defined]"}),
    ("class B(db.Model):", {}),  # one class without it: no habit
    ("class B(db.Model):  # noqa", {}),  # two comments: no habit
    ("class B(Base):  # type: ignore[name-defined]", {}),  # one class of each base: no habit
])
def test_the_class_line_comment_is_a_habit_of_every_class_of_a_base(second, expected):
    import ast

    from schema_inspector.codemods.style import detect_style

    text = f"class A(db.Model):  # type: ignore[name-defined]\n    pass\n\n\n{second}\n    pass\n"
    assert dict(detect_style(text, ast.parse(text)).class_comments) == expected


# SamR1/FitTrackee: Flask-SQLAlchemy 3 with ``Mapped`` columns whose type is the annotation's
# (``mapped_column(primary_key=True)``), a project TypeDecorator (``TZDateTime``) and
# ``db.String`` / ``db.ForeignKey`` for SQLAlchemy's names. The bare ``mapped_column`` of the
# typeless columns and the project's type voted for bare names, and a new class imported
# ``from sqlalchemy import ForeignKey, Integer, Text`` into a file that writes ``db.`` for them.
FLASK_MAPPED_TYPELESS = {
    "__init__.py": "",
    "database.py": """
        from sqlalchemy import DateTime, TypeDecorator


        class TZDateTime(TypeDecorator):
            impl = DateTime
            cache_ok = True
        """,
    "models.py": """
        from datetime import datetime
        from typing import Optional

        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        from .database import TZDateTime


        class Base(DeclarativeBase):
            pass


        db = SQLAlchemy(model_class=Base)
        BaseModel = db.Model


        class User(BaseModel):
            __tablename__ = "users"
            id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
            created_at: Mapped[datetime] = mapped_column(TZDateTime, nullable=False)
            is_active: Mapped[bool] = mapped_column(default=False, nullable=False)


        class Workout(BaseModel):
            __tablename__ = "workouts"
            id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
            user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id"), nullable=False)
            title: Mapped[Optional[str]] = mapped_column(db.String(255), nullable=True)
            workout_date: Mapped[datetime] = mapped_column(TZDateTime, nullable=False)
        """,
}


def test_typeless_mapped_columns_and_project_types_leave_the_flask_prefix_to_sqlalchemys_names(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, FLASK_MAPPED_TYPELESS, metadata="app.models:db.metadata").create_from_models()
    outcome = scenario.drift("CREATE TABLE workout_notes (id serial PRIMARY KEY, workout_id integer NOT NULL"
                             " REFERENCES workouts (id), body text NOT NULL)").reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert "from sqlalchemy import" not in text, text
    assert '    workout_id: Mapped[int] = mapped_column(\n        db.Integer, db.ForeignKey("workouts.id"), nullable=False\n' \
        in text, text
    assert "    body: Mapped[str] = mapped_column(db.Text, nullable=False)\n" in text, text


# morpheus65535/bazarr: every column is ``mapped_column(...)`` without a ``Mapped[...]``
# annotation, under camelCase database names (``sonarrSeriesId``). A new column and a new class
# were written ``Column(...)``, a call the file never makes.
UNANNOTATED_MAPPED_COLUMNS = """
    from datetime import datetime

    from sqlalchemy import DateTime, ForeignKey, Integer, Text
    from sqlalchemy.orm import declarative_base, mapped_column

    Base = declarative_base()


    class TableShows(Base):
        __tablename__ = 'table_shows'

        sonarrSeriesId = mapped_column(Integer, primary_key=True)
        title = mapped_column(Text, nullable=False)


    class TableEpisodes(Base):
        __tablename__ = 'table_episodes'

        sonarrEpisodeId = mapped_column(Integer, primary_key=True)
        sonarrSeriesId = mapped_column(Integer, ForeignKey('table_shows.sonarrSeriesId', ondelete='CASCADE'))
        timestamp = mapped_column(DateTime, default=datetime.now)
    """


def test_a_file_of_unannotated_mapped_columns_gets_new_ones_so(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": UNANNOTATED_MAPPED_COLUMNS}).create_from_models()
    outcome = scenario.drift(
        "ALTER TABLE table_shows ADD COLUMN year integer;"
        'CREATE TABLE table_notes (id serial PRIMARY KEY, "sonarrSeriesId" integer NOT NULL'
        ' REFERENCES table_shows ("sonarrSeriesId"), body text NOT NULL)').reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert "Column(" not in text, text
    assert "    year = mapped_column(Integer)\n" in text
    assert ("    sonarrSeriesId = mapped_column(Integer, ForeignKey('table_shows.sonarrSeriesId'), nullable=False)\n"
            in text), text


# abilian/abilian-core: ``import sqlalchemy as sa`` for its functions and schema items, and the column
# types imported by name (``from sqlalchemy.types import Boolean, UnicodeText``). A changed type was
# written ``sa.String(2000)``, through the alias, unlike every other type of the file.
TYPES_IMPORTED_BY_NAME_BESIDE_AN_ALIAS = """
    import sqlalchemy as sa
    from sqlalchemy.orm import declarative_base
    from sqlalchemy.schema import Column
    from sqlalchemy.types import Boolean, Integer, UnicodeText

    Base = declarative_base()


    class Group(Base):
        __tablename__ = "group"

        id = Column(Integer, primary_key=True)
        description = Column(UnicodeText)
        public = Column(Boolean, default=False, nullable=False)
        members_count = sa.orm.column_property(sa.select(sa.func.count()).scalar_subquery())
    """


def test_a_new_type_is_imported_as_the_file_imports_its_types_not_through_its_module_alias(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": TYPES_IMPORTED_BY_NAME_BESIDE_AN_ALIAS}).create_from_models()
    outcome = scenario.drift('ALTER TABLE "group" ALTER COLUMN description TYPE varchar(2000)').reconcile()
    assert outcome.problems() == []
    text = outcome.after["models.py"]
    assert "from sqlalchemy.types import Boolean, Integer, String\n" in text, text
    assert "    description = Column(String(2000))\n" in text, text


# pajbot/pajbot: ``UtcDateTime`` of ``sqlalchemy_utc``, a library named after SQLAlchemy, was counted
# as SQLAlchemy's own name written bare: in a file that writes ``sa.`` for SQLAlchemy's names, the
# library's columns outvoted them and the file seemed to have no namespace for SQLAlchemy's names.
LIBRARY_NAMED_AFTER_SQLALCHEMY = """
import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy_utc import UtcDateTime

from .base import Base


class Stream(Base):
    __tablename__ = "stream"
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(256))
    started: Mapped[datetime.datetime] = mapped_column(UtcDateTime())
    ended: Mapped[datetime.datetime] = mapped_column(UtcDateTime())
    chunk_start: Mapped[datetime.datetime] = mapped_column(UtcDateTime())
    chunk_end: Mapped[datetime.datetime] = mapped_column(UtcDateTime())
"""


def test_a_library_named_after_sqlalchemy_does_not_vote_for_sqlalchemys_spelling():
    import ast

    from schema_inspector.codemods.style import detect_style

    style = detect_style(LIBRARY_NAMED_AFTER_SQLALCHEMY, ast.parse(LIBRARY_NAMED_AFTER_SQLALCHEMY))
    assert (style.namespace, style.namespace_kind) == ("sa", "module")


# jowilf/starlette-admin's SQLModel example writes its strings as keywords (``Field(foreign_key=
# "author.id")``, ``Relationship(back_populates="author")``) and in subscripts (``list["Article"]``);
# the one string counted was a single-quoted HTML template: new code came in single quotes.
KEYWORD_STRINGS = """
    from typing import Optional

    from sqlmodel import Field, Relationship, SQLModel


    class Author(SQLModel, table=True):
        id: Optional[int] = Field(default=None, primary_key=True)
        name: str = Field(min_length=3, index=True)
        articles: list["Article"] = Relationship(back_populates="author")

        async def __admin_repr__(self, request):
            return format('<div class="d-flex">{}</div>', self.name)


    class Article(SQLModel, table=True):
        id: Optional[int] = Field(default=None, primary_key=True)
        title: str = Field()
        author_id: Optional[int] = Field(foreign_key="author.id")
        author: Optional[Author] = Relationship(back_populates="articles")
    """


def test_strings_written_as_keywords_decide_the_quote_too(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": KEYWORD_STRINGS}, metadata="app.models:SQLModel.metadata")
    outcome = scenario.create_from_models().drift("COMMENT ON COLUMN article.title IS 'as shown'").reconcile()
    assert 'title: str = Field(sa_column_kwargs={"comment": "as shown"})' in outcome.after["models.py"]
    assert outcome.problems() == []


# ThePalaceProject/circulation on SQLAlchemy 1.4's mypy plugin: ``Mapped`` annotations on Column calls
# and on every relationship; the relationships outvoted the columns and new code was mapped_column
MYPY_PLUGIN_STYLE = """\
from sqlalchemy import Column, Integer, Unicode
from sqlalchemy.orm import Mapped, relationship

from .base import Base


class Library(Base):
    __tablename__ = "libraries"
    id: Mapped[int] = Column(Integer, primary_key=True)
    name = Column(Unicode)
    patrons: Mapped[list["Patron"]] = relationship("Patron")
    lanes: Mapped[list["Lane"]] = relationship("Lane")
    carts: Mapped[list["Cart"]] = relationship("Cart")
"""


def test_relationships_annotated_with_mapped_do_not_make_a_mapped_column_file():
    import ast

    from schema_inspector.codemods.style import detect_style

    assert detect_style(MYPY_PLUGIN_STYLE, ast.parse(MYPY_PLUGIN_STYLE)).mapped is False


def test_code_commented_out_does_not_vote_for_the_quote():
    # anchore-engine: old classes kept as comments in '...' under classes written in "..."
    import ast

    from schema_inspector.codemods.style import detect_style

    text = ('from sqlalchemy import Column, Integer\n\n\nclass Task(Base):\n    __tablename__ = "tasks"\n\n'
            '    id = Column(Integer, primary_key=True)\n\n\n'
            "# class OldTask(Base):\n#     __tablename__ = 'old_tasks'\n"
            "#     id = Column(Integer, ForeignKey('tasks.id'), primary_key=True)\n"
            "#     kind = Column(Enum('a', 'b'))\n")
    assert detect_style(text, ast.parse(text)).quote == '"'
