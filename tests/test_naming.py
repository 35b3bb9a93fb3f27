"""The one free-name helper for generated identifiers, class names by convention, SQL quoting."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.naming import (
    RESERVED_ATTRIBUTES, class_name_for, free_attribute_name, is_reserved_attribute, naming_convention,
    qualified_table, quote_ident, singular,
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
    if keyword.iskeyword(column) or column in RESERVED_ATTRIBUTES:
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
