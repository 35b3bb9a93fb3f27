"""No edit without drift: on a database created with ``create_all`` from the models
themselves, ``plan`` holds 0 code actions (issue 12, the guide's promise 3).

Each case is a pattern that once drew an edit on a database with no drift at all: the
columns of a table-level ``PrimaryKeyConstraint``, a server default written as a member
of a ``str`` enum, expression and partial indexes written otherwise than PostgreSQL prints
them, a column declared unique twice (under one name or two), a ``partial(db.Column, nullable=False)`` alias.
"""

from __future__ import annotations

import textwrap

import pytest
from scenario import Scenario

MAPPED_BASE = """
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
"""

CASES = {
    "table-level primary key, Column style": """
        from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Membership(Base):
            __tablename__ = "membership"
            __table_args__ = (PrimaryKeyConstraint("user_id", "group_id"),)

            user_id = Column(Integer)
            group_id = Column(Integer)
            role = Column(String(20))
        """,
    "table-level primary key, Mapped style": """
        from typing import Optional

        from sqlalchemy import Integer, PrimaryKeyConstraint, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Membership(Base):
            __tablename__ = "membership"
            __table_args__ = (PrimaryKeyConstraint("user_id", "group_id", name="membership_pk"),)

            user_id: Mapped[Optional[int]] = mapped_column(Integer)
            group_id = mapped_column(Integer)
            role: Mapped[Optional[str]] = mapped_column(String(20))
        """,
    "str enum member as server default": """
        import enum

        from sqlalchemy import Column, Enum, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class ReportTypes(str, enum.Enum):
            tactical_report = "tactical_report"
            strategic_report = "strategic_report"


        class Report(Base):
            __tablename__ = "report"

            id = Column(Integer, primary_key=True)
            kind = Column(Enum(ReportTypes, name="report_types"), nullable=False,
                          server_default=ReportTypes.tactical_report)
        """,
    "expression and partial indexes": """
        from sqlalchemy import Column, DateTime, Index, Integer, String, func, literal_column, text
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Item(Base):
            __tablename__ = "item"
            __table_args__ = (
                Index("ix_item_lower_name", func.lower(text("name"))),
                Index("ix_item_lower_name_cast", func.lower(text("name::text"))),
                Index("ix_item_ingested", literal_column("ingested_at DESC")),
                Index("ix_item_open", "id", postgresql_where=text("status IN ('open', 'held')")),
                Index("ix_item_recent", "id", postgresql_where=text("ingested_at > '2020-01-01'")),
                Index("ix_item_name_status", "name", postgresql_where=text("status = 'open' AND name IS NOT NULL")),
            )

            id = Column(Integer, primary_key=True)
            name = Column(String(50))
            status = Column(String(10))
            ingested_at = Column(DateTime)
        """,
    "unique twice, Column style": """
        from sqlalchemy import Column, Integer, String, UniqueConstraint
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Page(Base):
            __tablename__ = "page"
            __table_args__ = (UniqueConstraint("slug"),)

            id = Column(Integer, primary_key=True)
            slug = Column(String(40), unique=True)
        """,
    "unique twice, Mapped style": """
        from sqlalchemy import String, UniqueConstraint
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Page(Base):
            __tablename__ = "page"
            __table_args__ = (UniqueConstraint("slug", name="page_slug_key"),)

            id: Mapped[int] = mapped_column(primary_key=True)
            slug: Mapped[str] = mapped_column(String(40), unique=True)
        """,
    "unique twice under two names": """
        from sqlalchemy import Column, Integer, String, UniqueConstraint
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class PullRequest(Base):
            __tablename__ = "pull_request"
            __table_args__ = (
                UniqueConstraint("repo_id", "number", name="unique-pr"),
                UniqueConstraint("repo_id", "number", name="unique-prx"),
            )

            id = Column(Integer, primary_key=True)
            repo_id = Column(Integer)
            number = Column(Integer)
            title = Column(String(200))
        """,
    "partial(Column, nullable=False) alias": """
        from functools import partial

        from sqlalchemy import Integer, String
        from sqlalchemy import Column as _Column
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        Column = partial(_Column, nullable=False)


        class Account(Base):
            __tablename__ = "account"

            id = Column(Integer, primary_key=True)
            name = Column(String(40))
            note = Column(String(200), nullable=True)
        """,
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_database_created_from_the_models_gives_no_code_action(case, pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": CASES[case]}).create_from_models()
    plan = scenario.plan()
    assert [f"{a.kind}: {a.reason}" for a in plan.actions if a.kind != "db-sql"] == []


@pytest.mark.slow
def test_nullable_is_written_through_a_partial_alias_that_presets_it(pg, tmp_path):
    # ``Column = partial(_Column, nullable=False)``: ``name = Column(String(40))`` is NOT
    # NULL, so a database that made it nullable needs ``nullable=True`` written out.
    scenario = Scenario(tmp_path, pg, {"models.py": CASES["partial(Column, nullable=False) alias"]})
    scenario.create_from_models().drift(
        "ALTER TABLE account ALTER COLUMN name DROP NOT NULL; ALTER TABLE account ALTER COLUMN note SET NOT NULL;"
    )
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == textwrap.dedent("""\
        from functools import partial

        from sqlalchemy import Integer, String
        from sqlalchemy import Column as _Column
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        Column = partial(_Column, nullable=False)


        class Account(Base):
            __tablename__ = "account"

            id = Column(Integer, primary_key=True)
            name = Column(String(40), nullable=True)
            note = Column(String(200), nullable=False)
        """)
    assert outcome.problems() == []
