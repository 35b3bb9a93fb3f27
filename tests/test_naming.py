"""The one free-name helper for generated identifiers, class names by convention, SQL quoting."""

from __future__ import annotations

import ast
import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from type_oracle import sqlalchemy_type

from schema_inspector.codemods.apply import edit_source
from schema_inspector.codemods.errors import CodemodError
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.schema import (
    CheckConstraint,
    Column,
    ColumnType,
    Enum,
    ForeignKey,
    Index,
    PrimaryKey,
    Table,
    UniqueConstraint,
)
from schema_inspector.introspect.sqltypes import _SIMPLE_SPELLING, sqlalchemy_spelling
from schema_inspector.planner.actions import AddModel
from schema_inspector.planner.naming import (
    CALL_NAMES,
    RENDERED_NAMES,
    RESERVED_ATTRIBUTES,
    class_name_for,
    free_attribute_name,
    is_reserved_attribute,
    module_names,
    naming_convention,
    qualified_table,
    quote_ident,
    singular,
    table_words,
)

# -- attribute names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "column, taken, expected",
    [
        ("users_id", set(), "users_id"),
        ("userId", set(), "userId"),
        ("prénom", set(), "prénom"),
        ("class", set(), "class_"),
        ("from", set(), "from_"),
        ("2fa_enabled", set(), "column_2fa_enabled"),
        ("Weird Name", set(), "weird_name"),
        ('say "hi"', set(), "say_hi"),
        ("a-b.c", set(), "a_b_c"),
        ("metadata", set(), "metadata_"),
        ("registry", set(), "registry_"),
        ("query", set(), "query_"),
        ("query_class", set(), "query_class_"),
        ("__table__", set(), "table"),
        ("__secret", set(), "secret"),
        ("email", {"email"}, "email_2"),
        ("email", {"email", "email_2"}, "email_3"),
        ("metadata", {"metadata_"}, "metadata_2"),
        ("???", set(), "column"),
    ],
)
def test_free_attribute_name(column, taken, expected):
    assert free_attribute_name(column, taken) == expected


def test_seed_media_backup_metadata_becomes_a_suffixed_attribute():
    # mapped as metadata_ = db.Column("metadata", ...): Declarative reserves "metadata"
    assert free_attribute_name("metadata", {"id", "title"}) == "metadata_"


def test_nfkc_folded_identifier_is_not_kept_as_written():
    # Python folds "ﬁeld" to "field" when it parses it: the helper must see the folded name
    assert free_attribute_name("ﬁeld", {"field"}) == "field_2"


@settings(max_examples=300, deadline=None)
@given(
    st.text(min_size=0, max_size=30),
    st.sets(st.sampled_from(["id", "name", "name_2", "class_", "metadata_", "column", "weird_name", "x"])),
)
def test_attribute_name_is_always_safe_and_free(column, taken):
    name = free_attribute_name(column, set(taken))
    assert name.isidentifier()
    assert not keyword.iskeyword(name)
    assert not is_reserved_attribute(name) and name not in RESERVED_ATTRIBUTES
    assert name not in taken
    assert not name.startswith("__")


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True))
def test_usable_column_names_are_kept(column):
    if keyword.iskeyword(column) or column in RESERVED_ATTRIBUTES or column in RENDERED_NAMES:
        return
    assert free_attribute_name(column, set()) == column


# -- class names ------------------------------------------------------------------------------


SINGULAR_CODEBASE = [("User", "users"), ("UserSession", "users_sessions"), ("Media", "media"), ("Genre", "genres")]
PLURAL_CODEBASE = [("Users", "users"), ("UsersSessions", "users_sessions"), ("Genres", "genres")]


@pytest.mark.parametrize(
    "table, expected",
    [
        ("users_faves_directors", "UserFaveDirector"),
        ("tv_channels", "TvChannel"),
        ("media_backup", "MediaBackup"),
        ("users_media_affinity", "UserMediaAffinity"),
        ("categories", "Category"),
        ("addresses", "Address"),
        ("status", "Status"),
    ],
)
def test_class_name_singular_convention(table, expected):
    assert class_name_for(table, SINGULAR_CODEBASE, set()) == expected


def test_class_name_plural_convention_when_the_codebase_uses_it():
    assert naming_convention(PLURAL_CODEBASE) == "plural"
    assert class_name_for("tv_channels", PLURAL_CODEBASE, set()) == "TvChannels"


def test_convention_defaults_to_singular_and_ignores_undecided_pairs():
    assert naming_convention([]) == "singular"
    assert naming_convention([("Media", "media")]) == "singular"


def test_class_name_collision_and_odd_tables():
    assert class_name_for("tv_channels", SINGULAR_CODEBASE, {"TvChannel"}) == "TvChannel2"
    assert class_name_for("2fa_codes", SINGULAR_CODEBASE, set()) == "Table2faCode"
    assert class_name_for("none", SINGULAR_CODEBASE, set()) == "None_"


def test_a_class_word_one_apart_from_its_table_word_teaches_no_spelling():
    # opendevops-cn/codo-cmdb: ``TagAssetModels`` / ``t_tag_asset`` paired "t" with "tag" (the class's words
    # one apart from the table's), and a new ``t_env_hosts`` became ``TagEnvHost``
    existing = [("TagAssetModels", "t_tag_asset"), ("EnvModels", "t_env_list")]
    assert class_name_for("t_env_hosts", existing, set()) == "TEnvHost"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=25), st.sets(st.sampled_from(["User", "TvChannel", "Table", "None_", "Table2"])))
def test_class_name_is_always_a_free_identifier(table, taken):
    name = class_name_for(table, SINGULAR_CODEBASE, set(taken))
    assert name.isidentifier() and not keyword.iskeyword(name) and name not in taken


@pytest.mark.parametrize("word, expected", [
    ("users", "user"), ("faves", "fave"), ("directors", "director"), ("media", "media"),
    ("boxes", "box"), ("analysis", "analysis"), ("people", "person"), ("tv", "tv"),
])
def test_singular(word, expected):
    assert singular(word) == expected


# -- SQL identifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("users", "users"),
        ("user", '"user"'),  # a reserved word
        ("Users", '"Users"'),
        ('we"ird', '"we""ird"'),
        ("with space", '"with space"'),
        ("2fa", '"2fa"'),
    ],
)
def test_quote_ident(name, expected):
    assert quote_ident(name) == expected


def test_qualified_table_leaves_out_public():
    assert qualified_table("users", "public") == "users"
    assert qualified_table("users", None) == "users"
    assert qualified_table("order", "Sales") == '"Sales"."order"'


def test_quote_ident_agrees_with_postgresql(any_pg):
    """Every keyword PostgreSQL knows, and some awkward names, quoted as its quote_ident does."""
    import psycopg2

    conn = psycopg2.connect(any_pg.new_database())
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT word FROM pg_get_keywords()")
            names = [word for (word,) in cur.fetchall()]
            names += ["users", "Users", 'we"ird', "with space", "2fa", "_x", "a$b", "ñame", "x" * 63]
            cur.execute("SELECT n, quote_ident(n) FROM unnest(%s::text[]) AS n", (names,))
            theirs = dict(cur.fetchall())
    finally:
        conn.close()
    assert {n: quote_ident(n) for n in names} == theirs


# -- names the class body and the file read -----------------------------------------------------

# (file text, the module-level names the model reader can see in it)
FILE_WITH_IMPORTS = '''\
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .mixins import AuditMixin


class Base(DeclarativeBase):
    pass


class Widget(AuditMixin, Base):
    __tablename__ = "widgets"

    id: Mapped[int] = mapped_column(primary_key=True)
    tags = mapped_column(pg.ARRAY(sa.Text))


gadgets = sa.Table("gadgets", Base.metadata, sa.Column("id", sa.Integer, primary_key=True))
'''


def test_module_names_are_what_the_reader_saw_in_the_file(tmp_path):
    (tmp_path / "models.py").write_text(FILE_WITH_IMPORTS)
    (tmp_path / "other.py").write_text(
        "from app import db\\n\\n\\nclass Elsewhere(db.Model):\\n    id = db.Column(db.Integer, primary_key=True)\\n"
    )
    models = read_models(tmp_path)
    [file] = [f for f in models.files if f.endswith("models.py")]
    names = module_names(models, file)
    # the classes, the Table variable, the bases' roots, the names in column types
    assert {"Base", "Widget", "gadgets", "AuditMixin", "DeclarativeBase", "pg", "sa"} <= names
    assert not names & {"Elsewhere", "db", "id", "tags", "primary_key"}


@pytest.mark.parametrize("column", [
    "DateTime", "Integer", "String", "JSONB", "db", "sa", "Mapped", "mapped_column", "Column", "text",
    "ForeignKey", "Identity", "datetime", "date", "Decimal", "UUID", "int", "str", "list", "Optional", "Any",
    "Base",
])
def test_a_name_the_class_body_reads_gets_a_trailing_underscore(column):
    assert free_attribute_name(column, set()) == f"{column}_"
    assert free_attribute_name(column, {f"{column}_"}) == f"{column}_2"


def test_a_module_level_name_of_the_file_gets_a_trailing_underscore():
    assert free_attribute_name("AuditMixin", set(), {"AuditMixin", "pg"}) == "AuditMixin_"
    assert free_attribute_name("pg", {"pg_"}, {"AuditMixin", "pg"}) == "pg_2"
    # a numbered name is no module-level name either
    assert free_attribute_name("x", {"x"}, {"x_2"}) == "x_3"


@pytest.mark.parametrize("column, expected", [
    ("_sa_class_manager", "sa_class_manager"),
    ("_sa_instance_state", "sa_instance_state"),
    ("_sa_note", "sa_note"),
    ("_sa_", "sa_"),
])
def test_the_mappers_sa_prefix_is_dropped(column, expected):
    assert is_reserved_attribute(column)
    assert free_attribute_name(column, set()) == expected
    assert free_attribute_name(column, {expected}) != expected


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=20), st.sampled_from(sorted(RENDERED_NAMES)),
              st.text(max_size=10).map(lambda rest: "_sa_" + rest)),
    st.sets(st.sampled_from(["id", "sa_note", "text_", "DateTime_", "x", "Widget_"])),
    st.sets(st.sampled_from(["Widget", "AuditMixin", "pg", "x_2", "sa_note_2"])),
)
def test_attribute_name_never_rebinds_what_the_body_reads(column, taken, module_level):
    name = free_attribute_name(column, set(taken), module_level)
    assert name.isidentifier() and not keyword.iskeyword(name)
    assert not name.startswith("_sa_") and not is_reserved_attribute(name)
    assert name not in taken | module_level | RENDERED_NAMES


@pytest.mark.parametrize("table, expected", [
    ("base", "BaseModel"), ("column", "ColumnModel"), ("mapped", "MappedModel"), ("integer", "IntegerModel"),
    ("indexes", "IndexModel"), ("texts", "TextModel"), ("tables", "TableModel"),
])
def test_class_name_never_rebinds_a_rendered_name(table, expected):
    assert class_name_for(table, SINGULAR_CODEBASE, set()) == expected


def test_class_name_avoids_the_files_module_level_names():
    assert class_name_for("audit_mixins", SINGULAR_CODEBASE, set(), {"AuditMixin"}) == "AuditMixinModel"
    assert class_name_for("base", SINGULAR_CODEBASE, {"BaseModel"}, {"Base"}) == "BaseModel2"
    assert class_name_for("widgets", SINGULAR_CODEBASE, set(), {"BaseModel"}) == "Widget"


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.text(max_size=25), st.sampled_from(sorted(RENDERED_NAMES)).map(str.lower)),
    st.sets(st.sampled_from(["User", "ColumnModel", "Table", "TableModel", "BaseModel"])),
    st.sets(st.sampled_from(["Widget", "AuditMixin", "Base", "BaseModel2", "Column"])),
)
def test_class_name_is_never_a_module_level_or_rendered_name(table, taken, module_level):
    name = class_name_for(table, SINGULAR_CODEBASE, set(taken), module_level)
    assert name.isidentifier() and not keyword.iskeyword(name)
    assert name not in taken | module_level | RENDERED_NAMES


# -- RENDERED_NAMES follows the code generator --------------------------------------------------

STYLE_HEADERS = {
    "declarative": "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\n"
                   "Base = declarative_base()\n",
    "mapped": "from typing import Optional\n\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\n"
              "class Base(DeclarativeBase):\n    pass\n",
    "mapped-union": "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\n"
                    "class Base(DeclarativeBase):\n    pass\n\n\nclass A(Base):\n    __tablename__ = 'a'\n\n"
                    "    id: Mapped[int] = mapped_column(primary_key=True)\n    note: Mapped[str | None]\n",
    "flask": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\nclass A(db.Model):\n"
             "    id = db.Column(db.Integer, primary_key=True)\n",
    "sa-namespace": "import sqlalchemy as sa\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n",
}
MOOD = Enum("mood", ("happy", "sad"))
EVERY_TYPE = (
    *(ColumnType(name) for name in _SIMPLE_SPELLING),
    ColumnType("character varying", length=40), ColumnType("character varying"), ColumnType("character", length=2),
    ColumnType("numeric"), ColumnType("numeric", precision=10, scale=2),
    ColumnType("timestamp with time zone"), ColumnType("timestamp without time zone", precision=3),
    ColumnType("time without time zone"), ColumnType("time with time zone"),
    ColumnType("interval"), ColumnType("interval", precision=2), ColumnType("bit", length=3),
    ColumnType("bit varying"), ColumnType("integer", dimensions=1), ColumnType("text", dimensions=2),
    ColumnType("mood", kind="enum"),
)


def _table_of_every_type_and_option() -> Table:
    columns = [Column("id", ColumnType("integer"), nullable=False, identity="always")]
    columns += [Column(f"c{i}", column_type, nullable=bool(i % 2)) for i, column_type in enumerate(EVERY_TYPE)]
    columns += [
        Column("made", ColumnType("timestamp with time zone"), default="now()"),
        Column("twice", ColumnType("integer"), generated="id * 2", generated_kind="stored"),
        Column("parent_id", ColumnType("integer")),
        Column("pair_a", ColumnType("integer")), Column("pair_b", ColumnType("integer")),
    ]
    return Table(
        "everything", schema="other", columns=tuple(columns), primary_key=PrimaryKey(("id",)),
        foreign_keys=(ForeignKey(("parent_id",), "everything", ("id",), deferrable=True),
                      ForeignKey(("pair_a", "pair_b"), "pairs", ("a", "b"), name="fk_pair")),
        unique_constraints=(UniqueConstraint(("c0",)), UniqueConstraint(("c1", "c2"), name="uq")),
        indexes=(Index("ix_made", ("made",)), Index("ix_lower", (), expressions=("lower(c0)",))),
        check_constraints=(CheckConstraint("id > 0", name="positive"),), comment="every option",
    )


@pytest.mark.parametrize("style", sorted(STYLE_HEADERS))
def test_every_name_a_generated_class_reads_is_a_rendered_name(style):
    table = _table_of_every_type_and_option()
    model = AddModel(
        file="models.py", class_name="Everything", table=table.name, reason="test", definition=table,
        attributes=tuple((c.name, c.name) for c in table.columns), enums=(MOOD,),
        style="mapped_column" if style.startswith("mapped") else None,
    )
    tree = ast.parse(edit_source(STYLE_HEADERS[style], [model]))
    [generated] = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "Everything"]
    read = {node.id for node in ast.walk(generated) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
    assert read - {"True", "False", "None"} <= RENDERED_NAMES
    if not style.startswith("mapped"):  # a class without annotations reads none of their names
        assert read - {"True", "False", "None"} <= CALL_NAMES


def test_the_python_type_of_every_spelled_type_is_a_rendered_name():
    for column_type in EVERY_TYPE:
        spelling = sqlalchemy_spelling(column_type, MOOD.labels)
        assert spelling.name in RENDERED_NAMES
        assert spelling.python_type is None or spelling.python_type[1] in RENDERED_NAMES


@pytest.mark.parametrize("column_type", EVERY_TYPE, ids=lambda t: t.render())
def test_the_python_type_of_every_spelled_type_is_sqlalchemys(column_type):
    """The table ``TypeSpelling.python_type`` reads agrees with the installed SQLAlchemy's
    ``python_type``, but for BIT (left to ``Any``: its 2.1 type lives in a module 2.0 lacks)."""
    spelling = sqlalchemy_spelling(column_type, MOOD.labels)
    try:
        theirs = sqlalchemy_type(spelling).python_type
    except NotImplementedError:
        theirs = object
    expected = None if theirs is object else (theirs.__module__, theirs.__name__)
    if spelling.name == "BIT":
        assert spelling.python_type is None
    else:
        assert spelling.python_type == expected


# -- apply: a new class is "already generated" only when it maps the same table ------------------

ONE_COLUMN = Table("base", columns=(Column("id", ColumnType("integer"), nullable=False),),
                   primary_key=PrimaryKey(("id",)))


def _add_model(class_name: str, table: Table = ONE_COLUMN) -> AddModel:
    return AddModel(file="models.py", class_name=class_name, table=table.name, reason="test", definition=table,
                    attributes=(("id", "id"),))


def test_apply_adds_the_class_once_and_skips_it_when_it_maps_the_table():
    header = STYLE_HEADERS["declarative"]
    once = edit_source(header, [_add_model("BaseModel")])
    assert "class BaseModel(Base):" in once and "__tablename__ = \"base\"" in once
    assert edit_source(once, [_add_model("BaseModel")]) == once


@pytest.mark.parametrize("class_name, line", [
    ("Base", 4),  # Base = declarative_base()
    ("Column", 1),  # from sqlalchemy import Column, Integer
    ("declarative_base", 2),
])
def test_apply_refuses_a_class_name_the_file_binds_otherwise(class_name, line):
    with pytest.raises(CodemodError) as error:
        edit_source(STYLE_HEADERS["declarative"], [_add_model(class_name)])
    assert (error.value.file, error.value.line) == ("models.py", line)
    assert "re-run plan" in error.value.message


def test_apply_refuses_a_class_of_that_name_mapping_another_table():
    text = STYLE_HEADERS["declarative"] + "\n\nclass Item(Base):\n    __tablename__ = \"items\"\n\n" \
        "    id = Column(Integer, primary_key=True)\n"
    with pytest.raises(CodemodError, match="cannot add class Item for table 'base'"):
        edit_source(text, [_add_model("Item")])


@pytest.mark.parametrize(("table", "words", "class_name"), [
    ("café", ["café"], "Café"),
    ("données_clients", ["données", "clients"], "DonnéeClient"),
    ("cafe\u0301s", ["cafés"], "Café"),  # a decomposed accent is one letter, not a separator
    ("Order Items", ["Order", "Items"], "OrderItem"),
    ("userID", ["user", "ID"], "UserId"),
    ("straße_einträge", ["straße", "einträge"], "StraßeEinträge"),
])
def test_letters_of_any_script_stay_in_class_names(table, words, class_name):
    assert table_words(table) == words
    assert class_name_for(table, [], frozenset()) == class_name


@pytest.mark.parametrize("table, expected", [
    ("movies", "Movie"), ("statuses", "Status"), ("caches", "Cache"), ("heroes", "Hero"),
    ("order_statuses", "OrderStatus"), ("page_caches", "PageCache"), ("wolves", "Wolf"), ("crises", "Crisis"),
    # clld's ``language_alias`` was ``LanguageAlia``; a plural in -as stays one
    ("language_alias", "LanguageAlias"), ("language_aliases", "LanguageAlias"), ("atlas", "Atlas"),
    ("ideas", "Idea"), ("quotas", "Quota"),
])
def test_class_names_come_from_a_real_singulariser(table, expected):
    assert class_name_for(table, SINGULAR_CODEBASE, set()) == expected


def test_the_codebase_s_own_pairs_take_precedence_over_the_dictionary():
    codebase = SINGULAR_CODEBASE + [("Datum", "data_points"), ("Criterium", "criteria"), ("Account", "users_legacy")]
    assert class_name_for("criteria_sets", codebase, set()) == "CriteriumSet"
    assert class_name_for("data", codebase, set()) == "Data"  # ("Datum", "data_points") has another word count
    assert class_name_for("media_files", SINGULAR_CODEBASE + [("MediaItem", "medias_items")], set()) == "MediaFile"
    assert class_name_for("medias", SINGULAR_CODEBASE + [("MediaItem", "medias_items")], set()) == "Media"


def test_the_singulariser_is_imported_without_typeguard_s_instrumentation():
    import typeguard

    checked = typeguard.typechecked
    assert class_name_for("heroes", SINGULAR_CODEBASE, set()) == "Hero"
    from schema_inspector.planner.naming import _inflect_engine

    engine = _inflect_engine()
    assert typeguard.typechecked is checked  # put back for everyone else
    # an uninstrumented method is the plain function (typeguard's copy carries its checks)
    assert "typeguard" not in engine.singular_noun.__code__.co_names


@pytest.mark.parametrize("column, annotated, expected", [
    ("date", False, "date"), ("uuid", False, "uuid"), ("time", False, "time"),  # only annotations read them
    ("date", True, "date_"), ("uuid", True, "uuid_"),
    # builtins a class body may read (``default=dict``), which no import shows, and the calls' names
    ("dict", False, "dict_"), ("list", False, "list_"), ("str", False, "str_"), ("Column", False, "Column_"),
    ("text", False, "text_"),
])
def test_names_only_annotations_read_are_free_in_a_class_without_them(column, annotated, expected):
    assert free_attribute_name(column, set(), annotated=annotated) == expected
