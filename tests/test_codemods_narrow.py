"""Narrowing (``codemods.narrow``) gives byte for byte what editing the whole class gives.

Every comparison runs ``edit_source`` twice, once as it runs for users (LibCST sees only
the statements the actions touch, where the rule allows) and once with
``whole_classes=True`` (LibCST sees every edited class whole, as before narrowing), and
asserts the same text, or the same error. A spy on the whole-class edit records which
classes still went whole, so that each test also shows that narrowing took place where it
should (else both runs would take the same path and prove nothing) and that the cases the
rule leaves to the whole class do go whole.

Sources: every before/after case of ``test_codemods`` in both styles, layouts that
narrowing must get right (comments and blank lines above a statement, trailing comments,
continuation lines, triple-quoted strings, CRLF, tabs, non-ASCII, ``;``, a missing final
newline), the plans of both fixtures against their databases, and random class bodies
with random actions (hypothesis).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_codemods import CASES, FILE, FLASK, MAPPED, case_source, on, replaced

import schema_inspector.codemods.apply as apply_module
from schema_inspector.cli import _planner_options
from schema_inspector.codemods.apply import edit_source
from schema_inspector.config import find_config
from schema_inspector.introspect.models import decode_source, read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    ForeignKey,
    Index,
    UniqueConstraint,
)
from schema_inspector.planner.actions import (
    AddColumn,
    AddIndex,
    AddUniqueConstraint,
    DropColumn,
    DropIndex,
    DropUniqueConstraint,
    MapColumnName,
    SetComment,
    SetForeignKey,
    SetNullable,
    SetPrimaryKey,
    SetRelationshipForeignKeys,
    SetServerDefault,
    SetTableComment,
    SetTableName,
    SetType,
)
from schema_inspector.planner.build import build_plan


@dataclass(frozen=True)
class Raised:
    """An error ``edit_source`` raised: its type and message."""

    error: str


class WholeClassSpy:
    """Records the classes (or ``Table`` variables) that ``edit_source`` edits whole."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        whole_edit = apply_module._whole_edit

        def spy(node, *args):
            self.names.append(getattr(node, "name", None) or node.targets[0].id)
            return whole_edit(node, *args)

        monkeypatch.setattr(apply_module, "_whole_edit", spy)

    def both_ways(self, source: str, actions) -> tuple[str | Raised, set[str]]:
        """The narrowed result, asserted equal to the whole-class one (the same text or the
        same error), and the classes that the narrowed run still edited whole."""
        whole = _outcome(source, actions, whole_classes=True)
        self.names.clear()
        narrowed = _outcome(source, actions, whole_classes=False)
        assert narrowed == whole
        return narrowed, set(self.names)


def _outcome(source: str, actions, *, whole_classes: bool) -> str | Raised:
    try:
        return edit_source(source, actions, whole_classes=whole_classes)
    except Exception as error:  # the two paths must fail alike, whatever the error
        return Raised(f"{type(error).__name__}: {error}")


@pytest.fixture
def spy(monkeypatch) -> WholeClassSpy:
    return WholeClassSpy(monkeypatch)


# -- every action kind, both styles ---------------------------------------------------

# Classes of the cases that still go whole: all others are narrowed.
WHOLE_IN_CASES = {
    "add-column-first": {"Post"},  # after=None: placed by the class's other members
    "drop-column": {"Post"},
    "table-comment-removed": {"User"},  # its __table_args__ is left empty, and goes
    "index-dropped": {"Post"},  # likewise
}


@pytest.mark.parametrize("style", [0, 1], ids=["flask", "mapped"])
@pytest.mark.parametrize("kind", CASES)
def test_every_case_is_the_same_narrowed(spy, kind, style):
    actions = CASES[kind][0]
    before = case_source(kind, (FLASK, MAPPED)[style], style)
    after, whole = spy.both_ways(before, actions)
    assert after == replaced(before, CASES[kind][1 + style])
    assert whole == WHOLE_IN_CASES.get(kind, set())
    assert spy.both_ways(after, actions)[0] == after  # the second run: nothing left to do


# -- layouts ------------------------------------------------------------------------------

CLASS = '''\
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Thing(db.Model):
    """Things."""

    __tablename__ = "things"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50))
    body = db.Column(db.Text)
'''


def _thing(attribute: str, column: str | None = None) -> dict:
    return on("Thing", attribute, column)


def _new_column(name: str, after: str | None) -> AddColumn:
    return AddColumn(**_thing(name), after=after, definition=Column(name, ColumnType("integer"), nullable=False))


NOT_NULL_NAME = SetNullable(**_thing("name"), nullable=False)

# id -> (source, actions, narrowed?)
LAYOUTS = {
    "comments-and-blank-lines-above": (
        CLASS.replace("    name =", "\n    # the name\n    # shown in lists\n\n    name ="),
        [NOT_NULL_NAME, _new_column("rank", "name")],
        True,
    ),
    "trailing-comment": (
        CLASS.replace("db.String(50))", "db.String(50))  # shown"),
        [NOT_NULL_NAME, SetType(**_thing("name"), type=ColumnType("text")), _new_column("rank", "name")],
        True,
    ),
    "multi-line-with-comments-inside": (
        CLASS.replace("db.String(50))", "\n        db.String(50),  # short\n        # more later\n    )"),
        [NOT_NULL_NAME, SetComment(**_thing("name"), comment="x")],
        True,
    ),
    "backslash-continuation-inside": (
        CLASS.replace("name = db.Column(db.String(50))", "name = \\\n        db.Column(db.String(50))"),
        [NOT_NULL_NAME, _new_column("rank", "name")],
        True,
    ),
    "continued-onto-by-the-line-above": (
        CLASS.replace("    name = db", "    flag = 1; \\\n    name = db"),
        [NOT_NULL_NAME],
        False,
    ),
    "comment-above-ending-in-a-backslash": (  # not a continuation, but narrowing does not tell
        CLASS.replace("    name = db", "    # see C:\\\n    name = db"),
        [NOT_NULL_NAME],
        False,
    ),
    "triple-quoted-string-less-indented": (
        CLASS.replace("db.String(50))", 'db.String(50), comment="""first line\nsecond line""")'),
        [NOT_NULL_NAME, _new_column("rank", "name")],
        True,
    ),
    "non-ascii-before-the-edit": (
        CLASS.replace("db.String(50))", 'db.String(50), comment="ünï ✓")  # ✓ noté'),
        [NOT_NULL_NAME, SetServerDefault(**_thing("name"), default="'ü'::text")],
        True,
    ),
    "crlf": (CLASS.replace("\n", "\r\n"), [NOT_NULL_NAME, _new_column("rank", "name")], True),
    "crlf-class-line-lf-body": (  # new lines take the class's first line ending, as LibCST does
        CLASS.replace("class Thing(db.Model):\n", "class Thing(db.Model):\r\n"),
        [NOT_NULL_NAME, _new_column("rank", "name")],
        True,
    ),
    "tabs": (CLASS.replace("    ", "\t"), [NOT_NULL_NAME, _new_column("rank", "body")], True),
    "shares-a-line": (CLASS.replace("    name = db", "    x = 1; name = db"), [NOT_NULL_NAME], False),
    "shares-a-line-after": (CLASS.replace("db.String(50))", "db.String(50)); x = 1"), [NOT_NULL_NAME], False),
    "trailing-semicolon": (CLASS.replace("db.String(50))", "db.String(50));"), [NOT_NULL_NAME], False),
    "one-line-body": (
        CLASS.replace('    """Things."""\n\n    __tablename__ = "things"\n', '    __tablename__ = "things"; x = 1\n'),
        [SetTableName(file=FILE, class_name="Thing", table="t", reason="t", name="stuff", old_name="things")],
        False,
    ),
    "no-final-newline": (CLASS.rstrip("\n"), [SetNullable(**_thing("body"), nullable=False)], False),
    "no-final-newline-elsewhere": (CLASS.rstrip("\n"), [NOT_NULL_NAME], True),
    "decorated": (CLASS.replace("class Thing", "@functools.total_ordering\nclass Thing"), [NOT_NULL_NAME], False),
    "assigned-twice": (CLASS + "    name = db.Column(db.Text)\n", [NOT_NULL_NAME], True),
    "annotation-only": (
        MAPPED.replace("title: Mapped[str] = mapped_column(String(100))", "title: Mapped[str]"),
        [SetComment(**on("Post", "title"), comment="headline"), SetNullable(**on("Post", "title"), nullable=True)],
        True,
    ),
    "new-columns-in-a-row": (
        CLASS, [_new_column("a", "name"), _new_column("b", "a"), _new_column("c", "b")], True,
    ),
    "new-columns-out-of-order": (  # b follows a column the class does not have yet
        CLASS, [_new_column("b", "a"), _new_column("a", "name")], False,
    ),
    "new-column-after-a-mixin-column": (CLASS, [_new_column("rank", "created_at")], False),
    "new-column-first": (CLASS, [_new_column("rank", None)], False),
    "new-column-that-is-there": (CLASS, [_new_column("name", "id"), SetComment(**_thing("body"), comment="x")], True),
    "new-column-before-trailing-comments": (
        CLASS + "    # the end\n\n# after the class\n",
        [_new_column("rank", "body")],
        True,
    ),
    "new-table-args-after-tablename": (
        CLASS.replace('__tablename__ = "things"', '__tablename__ = "things"  # the table'),
        [AddIndex(file=FILE, class_name="Thing", table="things", reason="t", definition=Index("ix_things_name", ("name",))),
         SetTableComment(file=FILE, class_name="Thing", table="things", reason="t", comment="things")],
        True,
    ),
    "new-table-args-without-tablename": (
        CLASS.replace('    __tablename__ = "things"\n', ""),
        [AddIndex(file=FILE, class_name="Thing", table="things", reason="t", definition=Index("ix_things_name", ("name",)))],
        False,
    ),
    "table-args-naming-a-renamed-column": (
        CLASS.replace('"things"\n', '"things"\n    __table_args__ = (db.Index("ix_things_name", "name"),)\n'),
        [MapColumnName(**_thing("name", "label"), old_column="name")],
        True,
    ),
    "table-args-computed": (
        CLASS + "\n    @db.declared_attr\n    def __table_args__(cls):\n        return ()\n",
        [MapColumnName(**_thing("name", "label"), old_column="name")],
        False,
    ),
    "table-args-twice": (
        CLASS + "    __table_args__ = ()\n    __table_args__ = {}\n",
        [MapColumnName(**_thing("name", "label"), old_column="name")],
        False,
    ),
    "table-item-dropped-others-stay": (
        CLASS.replace('"things"\n', '"things"\n    __table_args__ = (\n        db.Index("ix_things_name", "name"),\n'
                      '        db.UniqueConstraint("body"),\n    )\n'),
        [DropIndex(file=FILE, class_name="Thing", table="things", reason="t", definition=Index("ix_things_name", ("name",))),
         DropUniqueConstraint(file=FILE, class_name="Thing", table="things", reason="t",
                              definition=UniqueConstraint(("name",)), attribute="name")],
        True,
    ),
    "last-table-item-dropped": (
        CLASS.replace('"things"\n', '"things"\n    # indexes\n    __table_args__ = (db.Index("ix_things_name", "name"),)\n'),
        [DropIndex(file=FILE, class_name="Thing", table="things", reason="t", definition=Index("ix_things_name", ("name",)))],
        False,
    ),
    "missing-attribute": (CLASS, [SetNullable(**_thing("missing"), nullable=False)], False),
    "not-a-column": (
        CLASS + "    owner = db.relationship('User')\n",
        [SetType(**_thing("owner"), type=ColumnType("text"))],
        True,
    ),
}


# Layouts the editor itself rejects (it does not find a statement that shares its line):
# the same error both ways.
RAISING = {
    "continued-onto-by-the-line-above", "shares-a-line", "shares-a-line-after", "one-line-body",
    "missing-attribute", "not-a-column",
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_layouts_are_the_same_narrowed(spy, layout):
    source, actions, narrowed = LAYOUTS[layout]
    after, whole = spy.both_ways(source, actions)
    assert whole == (set() if narrowed else {actions[0].class_name})
    assert isinstance(after, Raised) == (layout in RAISING)
    if not isinstance(after, Raised):
        assert after != source
        assert spy.both_ways(after, actions)[0] == after


def test_a_narrowed_edit_leaves_every_other_line_alone(spy):
    # LibCST would print a class it re-rendered differently (odd spacing): narrowing must
    # splice at the statement, as the whole-class pass does at the class.
    source = CLASS.replace("id = db.Column(db.Integer, primary_key=True)", "id = db.Column( db.Integer ,primary_key = True )")
    after, whole = spy.both_ways(source, [NOT_NULL_NAME, _new_column("rank", "name")])
    assert whole == set()
    assert after == source.replace(
        "db.String(50))\n", "db.String(50), nullable=False)\n    rank = db.Column(db.Integer, nullable=False)\n"
    )


# -- the fixtures' plans ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seed", "modern"])
def test_fixture_plans_are_the_same_narrowed(spy, pg, tmp_path, name):
    work = tmp_path / name
    shutil.copytree(FIXTURES / name, work)
    models = work / "models"
    config = find_config(models)
    url = pg.new_database((work / "schema.sql").read_text(encoding="utf-8"))
    plan = build_plan(read_schema(url), read_models(models, config.models_glob), _planner_options(config, False))
    edited_classes = whole_classes = 0
    for file in plan.files():
        actions = plan.for_file(file)
        text = decode_source(Path(file).read_bytes())[0]
        after, whole = spy.both_ways(text, actions)
        assert isinstance(after, str) and after != text, file
        edited_classes += len({a.class_name for a in actions if a.kind not in ("db-sql", "add-model")})
        whole_classes += len(whole)
    assert edited_classes - whole_classes > 0  # narrowing took place


# -- random class bodies and actions --------------------------------------------------------

HEADERS = {
    "flask": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
    "mapped": (
        "from typing import Optional\n\nfrom sqlalchemy import ForeignKey, Integer, String, Text\n"
        "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship\n"
    ),
}
# How an attribute is written; {I} is one indentation step, {N} the line ending.
ATTRIBUTES = {
    "flask": [
        "{I}{name} = db.Column(db.Integer){N}",
        "{I}{name} = db.Column(db.String(50), nullable=False)  # note{N}",
        "{I}{name} = db.Column({N}{I}{I}db.Text,{N}{I}{I}comment=\"old\",{N}{I}){N}",
        "{I}{name} = \\{N}{I}{I}db.Column(db.Integer, db.ForeignKey(\"users.id\")){N}",
        '{I}{name} = db.Column(db.Text, comment="""first{N}second"""){N}',
        "{I}{name} = db.Column(db.Integer); pass{N}",
        '{I}{name} = db.Column(db.String, unique=True, index=True, comment="ünï ✓")  # ✓{N}',
    ],
    "mapped": [
        "{I}{name}: Mapped[int] = mapped_column(primary_key=True){N}",
        "{I}{name}: Mapped[Optional[str]] = mapped_column(String(50))  # note{N}",
        "{I}{name}: Mapped[str]{N}",
        "{I}{name}: Mapped[Optional[int]] = mapped_column({N}{I}{I}ForeignKey(\"users.id\"),{N}{I}){N}",
        '{I}{name}: Mapped[str] = mapped_column(Text, comment="""first{N}second"""){N}',
    ],
}
PREAMBLES = [
    "",
    "{I}__tablename__ = 'items'{N}",
    '{I}"""Items."""{N}{N}{I}__tablename__ = "items"  # the table{N}{N}',
]
OTHER_MEMBERS = [
    "{N}",
    "{I}# a comment{N}",
    '{I}"""An attribute docstring."""{N}',
    '{I}b"bytes, read as one"{N}',
    "{I}owner = relation('User'){N}",
    "{I}def describe(self):{N}{I}{I}return 1{N}",
    "{I}__tablename__ = 'items'{N}",
    '{I}__table_args__ = (db.Index("ix_items_a0", "a0"), {{"comment": "c"}}){N}',
    '{I}__table_args__ = {{"comment": "c"}}{N}',
    '{I}__table_args__ = ({N}{I}{I}db.UniqueConstraint("a1", name="uq_items_a1"),{N}{I}){N}',
]
# Names that are not (always) columns: a relationship, a method, nothing, the table name.
OTHER_NAMES = ["owner", "describe", "missing", "__tablename__"]
NEW_NAMES = ["n0", "n1", "n2"]


@st.composite
def class_sources(draw, names: list[str]) -> str:
    """A models file holding one class ``Item`` with the attributes ``names``."""
    style = draw(st.sampled_from(sorted(HEADERS)))
    indent = draw(st.sampled_from(["    ", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    members = [draw(st.sampled_from(PREAMBLES))]
    for name in names:
        members += draw(st.lists(st.sampled_from(OTHER_MEMBERS), max_size=2))
        members.append(draw(st.sampled_from(ATTRIBUTES[style])).replace("{name}", name))
    members += draw(st.lists(st.sampled_from(OTHER_MEMBERS), max_size=2))
    decorator = draw(st.sampled_from(["", "", "", "@register{N}"]))
    base = "db.Model" if style == "flask" else "Base"
    text = HEADERS[style] + "{N}{N}" + decorator + f"class Item({base}):{{N}}" + "".join(members)
    text = text.replace("\n", "{N}").format(I=indent, N=newline)
    return text.rstrip("\r\n") if draw(st.booleans()) else text


def _item(name: str, column: str | None = None) -> dict:
    return dict(file=FILE, class_name="Item", table="items", reason="t", attribute=name, column=column or name)


def _table() -> dict:
    return dict(file=FILE, class_name="Item", table="items", reason="t")


INDEX = st.builds(lambda column: Index(f"ix_items_{column}", (column,)), st.sampled_from(["a0", "a1", "a2"]))
UNIQUE = st.builds(lambda column: UniqueConstraint((column,), f"uq_items_{column}"), st.sampled_from(["a0", "a1"]))


def actions_on(name: st.SearchStrategy[str]) -> st.SearchStrategy:
    """Any action on class ``Item``, on the attributes ``name`` draws."""
    maybe_name = st.one_of(st.none(), name)
    return st.one_of(
        st.builds(lambda n, v: SetNullable(**_item(n), nullable=v), name, st.booleans()),
        st.builds(lambda n, t: SetType(**_item(n), type=ColumnType(t)), name, st.sampled_from(["integer", "text", "bigint"])),
        st.builds(lambda n, c: SetComment(**_item(n), comment=c), name, st.sampled_from([None, "x", "it's"])),
        st.builds(lambda n, d: SetServerDefault(**_item(n), default=d), name, st.sampled_from([None, "0", "now()"])),
        st.builds(lambda n, v: SetPrimaryKey(**_item(n), primary_key=v), name, st.booleans()),
        st.builds(lambda n, fk: SetForeignKey(**_item(n), foreign_key=fk), name,
                  st.sampled_from([None, ForeignKey(("x",), "users", ("id",), ondelete="CASCADE")])),
        st.builds(lambda n: MapColumnName(**_item(n, n + "_db"), old_column=n), name),
        st.builds(lambda n, after: AddColumn(**_item(n), after=after, definition=Column(n, ColumnType("integer"))),
                  st.sampled_from([*NEW_NAMES, "a1"]), st.one_of(maybe_name, st.sampled_from(NEW_NAMES))),
        st.builds(lambda n: DropColumn(**_item(n)), name),
        st.builds(lambda i, n: AddIndex(**_table(), definition=i, attribute=n), INDEX, maybe_name),
        st.builds(lambda i, n: DropIndex(**_table(), definition=i, attribute=n), INDEX, maybe_name),
        st.builds(lambda u, n: AddUniqueConstraint(**_table(), definition=u, attribute=n), UNIQUE, maybe_name),
        st.builds(lambda u, n: DropUniqueConstraint(**_table(), definition=u, attribute=n), UNIQUE, maybe_name),
        st.builds(lambda c: SetTableComment(**_table(), comment=c), st.sampled_from([None, "things", ""])),
        st.builds(lambda: SetTableName(**_table(), name="stuff", old_name="items")),
        st.builds(lambda n: SetRelationshipForeignKeys(**_table(), attribute=n, foreign_keys=("Item.a0",)), name),
    )


@st.composite
def scenarios(draw) -> tuple[str, list]:
    """A class and actions on it, mostly on attributes it has."""
    names = [f"a{i}" for i in range(draw(st.integers(1, 4)))]
    source = draw(class_sources(names))
    name = st.sampled_from(names * 8 + OTHER_NAMES)
    return source, draw(st.lists(actions_on(name), min_size=1, max_size=4))


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario=scenarios())
def test_random_classes_and_actions_are_the_same_narrowed(spy, scenario):
    source, actions = scenario
    after, _ = spy.both_ways(source, actions)
    if isinstance(after, str):
        spy.both_ways(after, actions)
