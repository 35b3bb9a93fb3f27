"""Callers keep working: a column renamed in the database is mapped, never renamed under
its callers (issue 12; the guide's promise 1).

Real databases with real histories: the models create the tables, then ``ALTER TABLE``
renames, drops and adds columns the way a team does by hand. PostgreSQL keeps a renamed
column's ``attnum``, ``ADD COLUMN`` appends and ``DROP COLUMN`` leaves a dropped slot; a
constraint keeps the name it was given (``customers_email_key`` on ``email_address``). With
the name words (``email`` -> ``email_address``) and the only unmatched pair of a type, that
evidence maps each rename, and the plan says why. A pair the evidence cannot settle keeps
its attribute and is left for a person (a declared rename, or ``--drop-unmatched``).
"""

from __future__ import annotations

import textwrap

import pytest
from scenario import Scenario

from schema_inspector.planner.actions import AddColumn, DropColumn, MapColumnName
from schema_inspector.planner.options import PlannerOptions

COLUMN_STYLE = """
    from sqlalchemy import BigInteger, Column, Integer, String, Text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Customer(Base):
        __tablename__ = "customers"

        id = Column(Integer, primary_key=True)
        email = Column(String(120), unique=True)
        name = Column(String(80))
        mobile_phone = Column(String(20))
        note = Column(Text)


    class Link(Base):
        __tablename__ = "links"

        id = Column(Integer, primary_key=True)
        url = Column(Text, nullable=False)
        size = Column(BigInteger)
        c3 = Column(Integer)
        title = Column(String(200))
    """

MAPPED_STYLE = """
    from typing import Optional

    from sqlalchemy import BigInteger, String, Text
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class Customer(Base):
        __tablename__ = "customers"

        id: Mapped[int] = mapped_column(primary_key=True)
        email: Mapped[Optional[str]] = mapped_column(String(120), unique=True)
        name: Mapped[Optional[str]] = mapped_column(String(80))
        mobile_phone: Mapped[Optional[str]] = mapped_column(String(20))
        note: Mapped[Optional[str]] = mapped_column(Text)


    class Link(Base):
        __tablename__ = "links"

        id: Mapped[int] = mapped_column(primary_key=True)
        url: Mapped[str] = mapped_column(Text)
        size: Mapped[Optional[int]] = mapped_column(BigInteger)
        c3: Mapped[Optional[int]]
        title: Mapped[Optional[str]] = mapped_column(String(200))
    """

STYLES = {"column": COLUMN_STYLE, "mapped": MAPPED_STYLE}

RENAMES = """
    ALTER TABLE customers RENAME COLUMN email TO email_address;
    ALTER TABLE customers RENAME COLUMN mobile_phone TO mobile_phone_number;
    ALTER TABLE links RENAME COLUMN url TO target_url;
    ALTER TABLE links RENAME COLUMN size TO size_bytes;
    ALTER TABLE links RENAME COLUMN c3 TO c3_renamed;
"""

MAPPED_LINES = {
    "column": [
        ("email = Column(String(120), unique=True)", 'email = Column("email_address", String(120), unique=True)'),
        ("mobile_phone = Column(String(20))", 'mobile_phone = Column("mobile_phone_number", String(20))'),
        ("url = Column(Text, nullable=False)", 'url = Column("target_url", Text, nullable=False)'),
        ("size = Column(BigInteger)", 'size = Column("size_bytes", BigInteger)'),
        ("c3 = Column(Integer)", 'c3 = Column("c3_renamed", Integer)'),
    ],
    "mapped": [
        ("mapped_column(String(120), unique=True)",
         'mapped_column(\n        "email_address", String(120), unique=True\n    )'),
        ("mapped_column(String(20))", 'mapped_column(\n        "mobile_phone_number", String(20)\n    )'),
        ("url: Mapped[str] = mapped_column(Text)", 'url: Mapped[str] = mapped_column("target_url", Text)'),
        ("mapped_column(BigInteger)", 'mapped_column("size_bytes", BigInteger)'),
        ("c3: Mapped[Optional[int]]\n", 'c3: Mapped[Optional[int]] = mapped_column("c3_renamed")\n'),
    ],
}


def _source(style: str) -> str:
    return textwrap.dedent(STYLES[style]).lstrip("\n")


def _replaced(text: str, replacements) -> str:
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.mark.slow
@pytest.mark.parametrize("style", sorted(STYLES))
def test_renames_are_mapped_from_the_catalog_and_the_names(style, pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": STYLES[style]}).create_from_models().drift(RENAMES)
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _replaced(_source(style), MAPPED_LINES[style])
    assert outcome.problems() == []
    renames = {a.attribute: a for a in outcome.plan.actions if isinstance(a, MapColumnName)}
    assert sorted(renames) == ["c3", "email", "mobile_phone", "size", "url"]
    assert [a for a in outcome.plan.actions if isinstance(a, (AddColumn, DropColumn))] == []
    # the evidence is in the plan, in words
    email = renames["email"].reason
    assert "customers_email_key on email_address still carries the old name email" in email
    assert "email_address keeps the place of email (attnum 2, after id (1) and before name (3))" in email
    assert "one name extends the other by whole words (email ~ email_address)" in email
    assert "the only unmatched pair of this type in the table" in renames["size"].reason


@pytest.mark.slow
@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_column_dropped_and_another_added_is_a_drop_and_an_add(style, pg, tmp_path):
    # note and notes: alike names, but the catalog shows a DROP COLUMN where note was and
    # notes appended at the end: PostgreSQL never puts a new column in an old one's place
    scenario = Scenario(tmp_path, pg, {"models.py": STYLES[style]}).create_from_models().drift(
        "ALTER TABLE customers DROP COLUMN note; ALTER TABLE customers ADD COLUMN notes text;")
    outcome = scenario.reconcile()
    new_line = {"column": "notes = Column(Text)", "mapped": "notes: Mapped[Optional[str]] = mapped_column(Text)"}[style]
    old_line = {"column": "note = Column(Text)", "mapped": "note: Mapped[Optional[str]] = mapped_column(Text)"}[style]
    assert outcome.after["models.py"] == _replaced(_source(style), [(old_line, new_line)])
    assert outcome.problems() == []
    [drop] = [a for a in outcome.plan.actions if isinstance(a, DropColumn)]
    assert "a dropped column (attnum 5) holds the place of note and notes was added at the end (attnum 6)" in drop.reason
    assert outcome.plan.undecided == ()


@pytest.mark.slow
@pytest.mark.parametrize("style", sorted(STYLES))
def test_an_uncertain_pair_keeps_the_attribute_and_asks(style, pg, tmp_path):
    # title -> headline: the catalog shows a rename (same place, same type), the names
    # share nothing. Neither a mapping nor a drop + add (which would rename the attribute
    # under its callers): the plan asks.
    scenario = Scenario(tmp_path, pg, {"models.py": STYLES[style]}).create_from_models().drift(
        "ALTER TABLE links RENAME COLUMN title TO headline;")
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    [undecided] = plan.undecided
    assert (undecided.class_name, undecided.attribute, undecided.old_column, undecided.new_column) == (
        "Link", "title", "title", "headline")
    assert "headline keeps the place of title" in undecided.message
    assert '"links.title" = "headline"' in undecided.message and "--drop-unmatched" in undecided.message

    declared = scenario.reconcile(PlannerOptions(renames=(("links", "title", "headline"),)))
    old = {"column": "title = Column(String(200))",
           "mapped": "title: Mapped[Optional[str]] = mapped_column(String(200))"}[style]
    new = {"column": 'title = Column("headline", String(200))',
           "mapped": 'title: Mapped[Optional[str]] = mapped_column("headline", String(200))'}[style]
    assert declared.after["models.py"] == _replaced(_source(style), [(old, new)])
    assert declared.problems() == []


@pytest.mark.slow
def test_drop_unmatched_drops_and_adds_an_uncertain_pair(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": COLUMN_STYLE}).create_from_models().drift(
        "ALTER TABLE links RENAME COLUMN title TO headline;")
    outcome = scenario.reconcile(PlannerOptions(drop_unmatched=True))
    assert outcome.after["models.py"] == _replaced(
        _source("column"), [("title = Column(String(200))", "headline = Column(String(200))")])
    assert outcome.problems() == []
    [drop] = [a for a in outcome.plan.actions if isinstance(a, DropColumn)]
    assert "dropped as --drop-unmatched asks" in drop.reason


TABLE_STYLE = """
    from sqlalchemy import BigInteger, Column, Integer, MetaData, Table, Text, UniqueConstraint
    from sqlalchemy.orm import registry

    metadata = MetaData()
    mapper_registry = registry(metadata=metadata)

    links = Table(
        "links",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("url", Text, nullable=False),
        Column("size", BigInteger),
        UniqueConstraint("url"),
    )


    class Link:
        pass


    mapper_registry.map_imperatively(Link, links)
    """


@pytest.mark.slow
def test_table_columns_keep_their_key(pg, tmp_path):
    # links.c.size and Link.size keep working: Column("size_bytes", BigInteger, key="size")
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_STYLE}, metadata="app.models:metadata")
    scenario.create_from_models().drift(
        "ALTER TABLE links RENAME COLUMN url TO target_url; ALTER TABLE links RENAME COLUMN size TO size_bytes;")
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _replaced(textwrap.dedent(TABLE_STYLE).lstrip("\n"), [
        ('Column("url", Text, nullable=False)', 'Column("target_url", Text, nullable=False, key="url")'),
        ('Column("size", BigInteger)', 'Column("size_bytes", BigInteger, key="size")'),
    ])
    assert outcome.problems() == []


def test_the_catalog_history_is_read(pg, tmp_path):
    from schema_inspector.introspect.postgres import read_schema

    url = pg.new_database(
        "CREATE TABLE t (id int, a int, b int); ALTER TABLE t DROP COLUMN a; ALTER TABLE t ADD COLUMN c int;")
    [table] = read_schema(url).tables
    assert [(c.name, c.position, c.attnum) for c in table.columns] == [("id", 1, 1), ("b", 2, 3), ("c", 3, 4)]
    assert table.dropped_attnums == (2,)


def test_an_index_on_an_undecided_column_waits_for_the_decision(pg, tmp_path):
    # the index now lists headline, which the models do not have until the rename is decided
    models = COLUMN_STYLE.replace('__tablename__ = "links"\n', '__tablename__ = "links"\n'
                                  '        __table_args__ = (Index("links_label", "title"),)\n')
    models = models.replace("import BigInteger,", "import BigInteger, Index,")
    scenario = Scenario(tmp_path, pg, {"models.py": models}).create_from_models().drift(
        "ALTER TABLE links RENAME COLUMN title TO headline;")
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    assert [u.new_column for u in plan.undecided] == ["headline"]
    assert any("links_label" in note and "decide that rename first" in note for note in plan.notes)


@pytest.mark.slow
def test_an_index_named_after_the_old_column_settles_the_rename(pg, tmp_path):
    # index=True named it ix_links_title: the name the index still carries is the evidence
    models = COLUMN_STYLE.replace("title = Column(String(200))", "title = Column(String(200), index=True)")
    scenario = Scenario(tmp_path, pg, {"models.py": models}).create_from_models().drift(
        "ALTER TABLE links RENAME COLUMN title TO headline;")
    outcome = scenario.reconcile()
    [rename] = [a for a in outcome.plan.actions if isinstance(a, MapColumnName)]
    assert "ix_links_title on headline still carries the old name title" in rename.reason
    # Alembic matches indexes by name: index=True would now say ix_links_headline
    assert outcome.after["models.py"] == _replaced(textwrap.dedent(models).lstrip("\n"), [
        ("import BigInteger, Column, Integer", "import BigInteger, Column, Index, Integer"),
        ('__tablename__ = "links"\n', '__tablename__ = "links"\n    __table_args__ = (Index("ix_links_title", "headline"),)\n'),
        ("title = Column(String(200), index=True)", 'title = Column("headline", String(200))'),
    ])
    assert outcome.problems() == []


@pytest.mark.slow
@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_column_added_with_a_name_like_a_renamed_one_is_not_its_rename(style, pg, tmp_path):
    # miguelgrinberg/flasky's drift in the corpus: location renamed city, locale added. The
    # names made location ~ locale the likelier pair, and the plan mapped location to locale
    # and added city. Here cell keeps mobile_phone's place (attnum 4, between name and note), so
    # mobile_phone_backup, appended at the end, is no rename of mobile_phone: it is added, and
    # mobile_phone ~ cell is left to a person.
    scenario = Scenario(tmp_path, pg, {"models.py": STYLES[style]}).create_from_models().drift(
        "ALTER TABLE customers RENAME COLUMN mobile_phone TO cell;"
        "ALTER TABLE customers ADD COLUMN mobile_phone_backup varchar(20);")
    plan = scenario.plan()
    assert [a for a in plan.actions if isinstance(a, MapColumnName)] == []
    assert [a.column for a in plan.actions if isinstance(a, AddColumn)] == ["mobile_phone_backup"]
    [undecided] = plan.undecided
    assert (undecided.attribute, undecided.new_column) == ("mobile_phone", "cell")
    assert "cell keeps the place of mobile_phone" in undecided.message


def test_a_new_table_item_names_a_renamed_table_column_by_its_key(pg, tmp_path):
    # openstack/skyline-apiserver: Index("...", "target_url") on a column keyed "url" does not
    # build (a Table's items name its columns by their keys)
    scenario = Scenario(tmp_path, pg, {"models.py": TABLE_STYLE}, metadata="app.models:metadata")
    scenario.create_from_models().drift(
        "ALTER TABLE links RENAME COLUMN url TO target_url; CREATE INDEX ix_links_target_url ON links (target_url);")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert '    Column("target_url", Text, nullable=False, key="url"),\n' in outcome.after["models.py"]
    assert '    Index("ix_links_target_url", "url"),\n' in outcome.after["models.py"]


def test_a_new_table_item_names_a_keyed_table_column_by_its_key(pg, tmp_path):
    keyed = TABLE_STYLE.replace('Column("size", BigInteger)', 'Column("size_bytes", BigInteger, key="size")')
    scenario = Scenario(tmp_path, pg, {"models.py": keyed}, metadata="app.models:metadata")
    scenario.create_from_models().drift("CREATE INDEX ix_links_size_url ON links (size_bytes, url);")
    outcome = scenario.reconcile()
    assert outcome.problems() == []
    assert '    Index("ix_links_size_url", "size", "url"),\n' in outcome.after["models.py"]
