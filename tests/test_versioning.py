"""SQLAlchemy-Continuum's tables, read from the models (``introspect.models.versioning``): which
tables ``make_versioned()`` makes, and only when it is Continuum's."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from schema_inspector.introspect.models import read_models

MODELS = """
    {imports}
    from sqlalchemy import Column, ForeignKey, Integer, Table
    from sqlalchemy.orm import declarative_base

    {call}

    Base = declarative_base()


    class Article(Base):
        __versioned__ = {{}}
        __tablename__ = "article"

        id = Column(Integer, primary_key=True)


    class Tag(Base):
        __tablename__ = "tag"

        id = Column(Integer, primary_key=True)


    article_tag = Table(
        "article_tag", Base.metadata,
        Column("article_id", ForeignKey("article.id"), primary_key=True),
        Column("tag_id", ForeignKey("tag.id"), primary_key=True),
    )
    """


def _read(tmp_path: Path, imports: str, call: str):
    (tmp_path / "models.py").write_text(textwrap.dedent(MODELS).lstrip("\n").format(imports=imports, call=call), encoding="utf-8")
    return read_models(tmp_path / "models.py")


def _made(models) -> list[str]:
    return [pattern for pattern, _, _ in models.runtime_tables]


def test_the_version_tables_of_versioned_classes_and_association_tables_and_the_transaction_table(tmp_path):
    models = _read(tmp_path, "from sqlalchemy_continuum import make_versioned", "make_versioned(user_cls=None)")
    assert _made(models) == [re.escape("article_tag_version"), re.escape("article_version"), "transaction"]
    assert models.version_table_name == "%s_version"
    [line] = models.unresolved
    assert line.line == 5 and "(article_tag_version, article_version, transaction)" in line.message


def test_the_table_name_option_and_the_plugins_tables(tmp_path):
    models = _read(
        tmp_path, "import sqlalchemy_continuum as continuum\nfrom sqlalchemy_continuum.plugins import ActivityPlugin",
        'continuum.make_versioned(options={"table_name": "%s_history"}, plugins=[ActivityPlugin()])')
    assert _made(models) == [re.escape("article_history"), re.escape("article_tag_history"), "transaction",
                             "activity"]
    assert models.version_table_name == "%s_history"


def test_a_make_versioned_of_another_library_makes_nothing(tmp_path):
    models = _read(tmp_path, "from audit import make_versioned", "make_versioned()")
    assert (_made(models), models.version_table_name, models.unresolved) == ([], None, ())
