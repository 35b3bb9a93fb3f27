"""The suite's own database fixtures: a schema loaded once into a template and cloned,
clones independent of each other, and every database a test makes dropped after use."""

from __future__ import annotations

import hashlib

import psycopg2
import pytest

SQL = "CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);"


def fetch(url: str, query: str, *args) -> list[tuple]:
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(query, args)
            return cur.fetchall()
    finally:
        conn.close()


def _admin_url(pg) -> str:
    return pg._url_for("postgres")


def _name(url: str) -> str:
    return fetch(url, "SELECT current_database()")[0][0]


def test_the_same_sql_is_loaded_once_into_a_template_and_cloned(pg):
    sql = SQL + "\n-- " + test_the_same_sql_is_loaded_once_into_a_template_and_cloned.__name__
    first, second = pg.new_database(sql), pg.new_database(sql)
    template = pg.template_for(sql)
    # the template exists once, and both databases have its table
    templates = [n for (n,) in fetch(_admin_url(pg), "SELECT datname FROM pg_database WHERE datname LIKE 'tpl%%'")]
    assert templates.count(template) == 1
    assert fetch(first, "SELECT count(*) FROM notes") == [(0,)]
    # clones are independent: a change to one is not seen by the other or by the template
    conn = psycopg2.connect(first)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("ALTER TABLE notes ADD COLUMN title text")
        cur.execute("INSERT INTO notes (body) VALUES ('x')")
    conn.close()
    assert fetch(second, "SELECT count(*) FROM notes") == [(0,)]
    columns = "SELECT column_name FROM information_schema.columns WHERE table_name = 'notes' ORDER BY 1"
    assert fetch(second, columns) == [("body",), ("id",)]
    assert fetch(pg.new_database(sql), columns) == [("body",), ("id",)]
    # another text is another template
    assert pg.template_for(sql + " ") != template


def test_a_text_asked_for_once_is_loaded_without_a_template(pg):
    sql = SQL + "\n-- " + test_a_text_asked_for_once_is_loaded_without_a_template.__name__
    template = "tpl_" + hashlib.sha256(sql.encode("utf-8")).hexdigest()[:20]

    def templates() -> list[str]:
        return [n for (n,) in fetch(_admin_url(pg), "SELECT datname FROM pg_database WHERE datname = %s", template)]

    first = pg.new_database(sql)
    assert fetch(first, "SELECT count(*) FROM notes") == [(0,)]
    assert templates() == []  # one use: the text went straight into the database
    second = pg.new_database(sql)
    assert templates() == [template]  # the second use made the template, later ones clone it
    assert fetch(second, "SELECT count(*) FROM notes") == [(0,)]


def test_a_tests_databases_are_dropped_after_it(pg):
    url = pg.new_database(SQL)
    name = _name(url)
    open_connection = psycopg2.connect(url)  # a connection left open does not keep it alive
    try:
        assert (name, "function") in pg.created
        pg.drop_created({"function"})  # what the teardown hook does after every test
        assert name not in {n for (n,) in fetch(_admin_url(pg), "SELECT datname FROM pg_database")}
        assert all(n != name for n, _ in pg.created)
    finally:
        open_connection.close()


_made_by_the_test_before: list[str] = []


def test_a_database_made_in_a_test_body(pg):
    url = pg.new_database()
    _made_by_the_test_before.append(_name(url))
    assert fetch(url, "SELECT 1") == [(1,)]


def test_is_gone_once_that_test_has_ended(pg):
    if not _made_by_the_test_before:
        pytest.skip("runs after test_a_database_made_in_a_test_body")
    names = {n for (n,) in fetch(_admin_url(pg), "SELECT datname FROM pg_database")}
    assert _made_by_the_test_before[0] not in names
