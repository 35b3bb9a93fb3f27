"""The database side, under faults: one read-only transaction, timeouts that fire instead
of hanging, defaults that are never evaluated, a least-privileged role, passwords that
never show, and an embedded server that is always stopped and deleted (normal exit,
bad SQL, SIGINT, SIGTERM, SIGHUP), checked by looking at the real processes.

Real PostgreSQL and real subprocesses throughout; nothing is mocked."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import psycopg2
import pytest
from conftest import FIXTURES, ROOT, execute
from terminal import terminal_signals

from schema_inspector.introspect.connection import LOCK_TIMEOUT_MS, read_only_cursor
from schema_inspector.introspect.embedded import TEMP_PREFIX
from schema_inspector.introspect.errors import InputError
from schema_inspector.introspect.postgres import read_schema

# The slow tier (`pytest -m "not slow"` leaves it out): subprocesses and whole workflows.
pytestmark = pytest.mark.slow

SEED = FIXTURES / "seed"
PASSWORD = "Pw-7f3a9c-NEVER-SHOWN"


def run_cli(*args: str, cwd: Path, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "schema_inspector", *args], capture_output=True, text=True, cwd=cwd,
        timeout=timeout, env={**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT), **(env or {})},
    )


def fetch(url: str, sql: str):
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()
    finally:
        conn.close()


# -- one read-only transaction -----------------------------------------------------------

WRITABLE_SQL = """
CREATE TABLE things (id integer PRIMARY KEY, name text);
CREATE SEQUENCE counter;
CREATE TABLE call_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE FUNCTION log_call() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
BEGIN INSERT INTO call_log DEFAULT VALUES; RETURN 'called'; END $$;
"""

WRITES = [
    "INSERT INTO things VALUES (1, 'x')",
    "UPDATE things SET name = 'y'",
    "DELETE FROM things",
    "TRUNCATE things",
    "CREATE TABLE intruder (id integer)",
    "DROP TABLE things",
    "ALTER TABLE things ADD COLUMN extra integer",
    "SELECT nextval('counter')",
    "SELECT setval('counter', 42)",
    "SELECT log_call()",
    "COMMENT ON TABLE things IS 'changed'",
    # The escape hatch of a READ ONLY transaction, refused because a snapshot is taken first.
    "SET TRANSACTION READ WRITE; INSERT INTO things VALUES (2, 'z')",
]


@pytest.mark.parametrize("statement", WRITES)
def test_no_write_gets_through_read_only_cursor(any_pg, statement):
    url = any_pg.new_database(WRITABLE_SQL)
    with pytest.raises(InputError) as error:
        with read_only_cursor(url) as cursor:
            cursor.execute(statement)
    message = str(error.value)
    assert message.startswith("database error: ")
    assert "read-only transaction" in message or "must be set before any query" in message
    assert fetch(url, "SELECT count(*) FROM things") == [(0,)]
    assert fetch(url, "SELECT count(*) FROM call_log") == [(0,)]
    assert fetch(url, "SELECT last_value, is_called FROM counter") == [(1, False)]
    assert fetch(url, "SELECT count(*) FROM pg_class WHERE relname = 'intruder'") == [(0,)]
    assert fetch(url, "SELECT count(*) FROM pg_attribute WHERE attname = 'extra'") == [(0,)]
    assert fetch(url, "SELECT obj_description('things'::regclass)") == [(None,)]


def test_session_settings_are_one_read_only_repeatable_read_transaction_with_timeouts(db):
    with read_only_cursor(db) as cursor:
        cursor.execute("""SELECT current_setting('transaction_read_only'),
                                 current_setting('transaction_isolation'),
                                 current_setting('statement_timeout'), current_setting('lock_timeout'),
                                 txid_current_if_assigned() IS NULL, pg_backend_pid()""")
        read_only, isolation, statement_timeout, lock_timeout, no_xid, pid = cursor.fetchone()
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] == pid  # one session
    assert (read_only, isolation, statement_timeout, lock_timeout, no_xid) == (
        "on", "repeatable read", "30s", "2s", True)


def test_statement_timeout_cancels_a_slow_query(db):
    started = time.monotonic()
    with pytest.raises(InputError) as error:
        with read_only_cursor(db, statement_timeout_ms=300) as cursor:
            cursor.execute("SELECT pg_sleep(20)")
    assert time.monotonic() - started < 5
    assert "statement timeout" in str(error.value)
    assert "ran longer than 300 ms" in str(error.value)


def test_connect_timeout_on_a_server_that_never_answers():
    # A socket that listens but never accepts: the TCP handshake succeeds (the kernel
    # queues it) and the startup packet is never answered, as with a hung server.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    port = silent.getsockname()[1]
    try:
        started = time.monotonic()
        with pytest.raises(InputError) as error:
            with read_only_cursor(f"postgresql://app:{PASSWORD}@127.0.0.1:{port}/app", connect_timeout_s=2):
                pass
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert 1.5 < elapsed < 8
    message = str(error.value)
    assert message.startswith(f"cannot connect to postgresql://app:***@127.0.0.1:{port}/app: ")
    assert "timeout" in message
    assert PASSWORD not in message


LOCKED_SQL = """
CREATE TABLE accounts (id serial PRIMARY KEY, balance numeric(12, 2) NOT NULL DEFAULT 0);
CREATE INDEX accounts_balance ON accounts (balance);
CREATE TABLE other (id integer PRIMARY KEY);
"""


def test_lock_timeout_fails_fast_naming_the_locked_table(any_pg, tmp_path):
    """A migration holding ACCESS EXCLUSIVE: the catalog read (pg_get_expr /
    pg_get_indexdef open the relation) gives up after lock_timeout with a clear line
    instead of waiting for the migration, on PostgreSQL 15 and 18 alike."""
    url = any_pg.new_database(LOCKED_SQL)
    migration = psycopg2.connect(url)
    try:
        with migration.cursor() as cursor:
            cursor.execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE")
            cursor.execute("SELECT pg_backend_pid()")
            holder = cursor.fetchone()[0]
        started = time.monotonic()
        with pytest.raises(InputError) as error:
            read_schema(url)
        elapsed = time.monotonic() - started
        cli = run_cli("introspect", "--db", url, cwd=tmp_path)
    finally:
        migration.rollback()
        migration.close()
    assert LOCK_TIMEOUT_MS / 1000 <= elapsed < LOCK_TIMEOUT_MS / 1000 + 3
    message = str(error.value)
    assert "lock timeout" in message
    assert f"accounts locked by pid {holder}" in message
    assert "retry when that transaction" in message
    assert cli.returncode == 2
    assert cli.stderr.count("\n") == 1 and "Traceback" not in cli.stderr
    assert f"accounts locked by pid {holder}" in cli.stderr


def test_ordinary_writers_do_not_block_introspection(any_pg):
    """Row writes (ROW EXCLUSIVE) and even a pending ALTER's weaker locks do not conflict
    with the catalog reads: only ACCESS EXCLUSIVE makes them wait."""
    url = any_pg.new_database(LOCKED_SQL)
    writer = psycopg2.connect(url)
    try:
        with writer.cursor() as cursor:
            cursor.execute("INSERT INTO accounts (balance) VALUES (1)")
            cursor.execute("LOCK TABLE other IN SHARE ROW EXCLUSIVE MODE")
        started = time.monotonic()
        schema = read_schema(url)
        assert time.monotonic() - started < 2
    finally:
        writer.rollback()
        writer.close()
    assert [t.name for t in schema.tables] == ["accounts", "other"]


# -- defaults are never evaluated ------------------------------------------------------------

SIDE_EFFECT_SQL = """
CREATE TABLE call_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz DEFAULT clock_timestamp());
CREATE FUNCTION log_call() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
BEGIN INSERT INTO call_log DEFAULT VALUES; RETURN 'called'; END $$;
CREATE FUNCTION refuse_call() RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
BEGIN RAISE EXCEPTION 'a column default was evaluated'; END $$;
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (
    id integer PRIMARY KEY DEFAULT nextval('ticket_seq'),
    serial_no serial,
    note text DEFAULT log_call(),
    checked integer DEFAULT refuse_call(),
    ident bigint GENERATED BY DEFAULT AS IDENTITY,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audits (id serial PRIMARY KEY, who text NOT NULL DEFAULT log_call());
"""

TICKET_MODELS = '''\
from sqlalchemy import Column, Integer, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Ticket(Base):
    __tablename__ = "tickets"

    id = Column(Integer, primary_key=True)
    note = Column(Text)
'''

# last_value is NULL for a sequence that nextval() has never been called on.
SEQUENCES_SQL = "SELECT sequencename::text, last_value FROM pg_sequences ORDER BY 1"


def test_no_command_evaluates_a_default(pg, tmp_path):
    url = pg.new_database(SIDE_EFFECT_SQL)
    sequences_before = fetch(url, SEQUENCES_SQL)
    assert sequences_before == [(name, None) for name in (
        "audits_id_seq", "call_log_id_seq", "ticket_seq", "tickets_ident_seq", "tickets_serial_no_seq")]
    models = tmp_path / "models"
    models.mkdir()
    (models / "models.py").write_text(TICKET_MODELS)
    doc, plan_file = tmp_path / "schema.md", tmp_path / "plan.json"
    commands = [
        (("introspect", "--db", url, "--format", "json"), 0),
        (("compare-db-models", "--db", url, "--models", str(models)), 1),
        (("plan", "--db", url, "--models", str(models), "--out", str(plan_file)), 1),
        (("report", "--db", url, "--models", str(models)), 1),
        (("audit-timestamps", "--db", url, "--models", str(models)), None),
        (("generate-docs", "--db", url, "--out", str(doc)), 0),
        (("validate", "--db", url, "--doc", str(doc)), 0),
        (("apply", "--db", url, "--models", str(models)), 0),
        (("plan", "--db", url, "--models", str(models)), 0),
    ]
    for args, expected in commands:
        result = run_cli(*args, cwd=tmp_path)
        assert "evaluated" not in result.stderr, (args, result.stderr)
        if expected is not None:
            assert result.returncode == expected, (args, result.stdout[-2000:], result.stderr[-2000:])
    generated = (models / "models.py").read_text()
    assert "log_call()" in generated and "refuse_call()" in generated  # carried as text only
    assert fetch(url, SEQUENCES_SQL) == sequences_before
    assert fetch(url, "SELECT count(*) FROM call_log") == [(0,)]


# -- a least-privileged role ------------------------------------------------------------------

EXTRA_SCHEMA_SQL = """
CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    users_id integer NOT NULL REFERENCES public.users (id),
    state billing.state NOT NULL DEFAULT 'open',
    total numeric(12, 2) CHECK (total >= 0)
);
COMMENT ON TABLE billing.invoices IS 'One per billing period';
"""


def _reader(url: str, revoke_schema_usage: bool) -> str:
    """A role with CONNECT on the database and nothing else (no table, sequence or
    function privilege; with ``revoke_schema_usage`` not even USAGE on public, which
    PostgreSQL grants to PUBLIC by default); returns its URL."""
    [(database,)] = fetch(url, "SELECT current_database()")
    role = f"reader_{database}"
    execute(url, f"""
        REVOKE ALL ON DATABASE "{database}" FROM PUBLIC;
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
        CREATE ROLE "{role}" LOGIN;
        GRANT CONNECT ON DATABASE "{database}" TO "{role}";
    """ + ("REVOKE ALL ON SCHEMA public FROM PUBLIC;" if revoke_schema_usage else ""))
    reader_url = url.replace("postgresql://postgres@", f"postgresql://{role}@")
    for statement in ("SELECT * FROM public.users", "SELECT * FROM billing.invoices",
                      "SELECT nextval('public.users_id_seq')"):
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            fetch(reader_url, statement)
    assert fetch(reader_url, "SELECT has_schema_privilege('public', 'USAGE'), "
                             "has_schema_privilege('billing', 'USAGE')") == [(not revoke_schema_usage, False)]
    return reader_url


SCHEMAS = ("public", "billing")


def test_connect_only_role_reads_the_full_schema(any_pg, tmp_path):
    url = any_pg.new_database((SEED / "schema.sql").read_text() + EXTRA_SCHEMA_SQL)
    reader_url = _reader(url, revoke_schema_usage=False)
    as_owner = read_schema(url, SCHEMAS)
    as_reader = read_schema(reader_url, SCHEMAS)
    assert as_reader == as_owner
    assert len(as_reader.tables) >= 20
    invoices = next(t for t in as_reader.tables if t.name == "invoices")
    assert invoices.comment == "One per billing period"
    assert [fk.target_table for fk in invoices.foreign_keys] == ["users"]

    by_owner = run_cli("compare-db-models", "--db", url, "--models", str(SEED / "models"),
                       "--format", "json", cwd=tmp_path)
    by_reader = run_cli("compare-db-models", "--db", reader_url, "--models", str(SEED / "models"),
                        "--format", "json", cwd=tmp_path)
    assert by_reader.returncode == by_owner.returncode == 1, by_reader.stderr
    assert json.loads(by_reader.stdout) == json.loads(by_owner.stdout)


def _without_defaults(schema):
    return replace(schema, tables=tuple(
        replace(t, columns=tuple(replace(c, default=None) for c in t.columns)) for t in schema.tables))


def test_role_without_schema_usage_reads_every_object(any_pg):
    url = any_pg.new_database((SEED / "schema.sql").read_text() + EXTRA_SCHEMA_SQL)
    reader_url = _reader(url, revoke_schema_usage=True)
    as_owner = read_schema(url, SCHEMAS)
    as_reader = read_schema(reader_url, SCHEMAS)
    assert _without_defaults(as_reader) == _without_defaults(as_owner)
    assert sum(c.default is not None for t in as_reader.tables for c in t.columns) == \
        sum(c.default is not None for t in as_owner.tables for c in t.columns) > 30


def test_role_without_schema_usage_reads_the_same_defaults(any_pg):
    """PostgreSQL leaves a schema the role may not use out of its effective search_path,
    and pg_get_expr() then qualifies that schema's names; the reader prints them as the
    default path does, so the role reads exactly what the owner reads."""
    url = any_pg.new_database((SEED / "schema.sql").read_text() + EXTRA_SCHEMA_SQL)
    reader_url = _reader(url, revoke_schema_usage=True)
    assert read_schema(reader_url, SCHEMAS) == read_schema(url, SCHEMAS)


# Names PostgreSQL prints qualified for a role without USAGE on public, and look-alikes
# that must stay as they are: quotes, dots, spaces and capitals in names, a text default
# and an enum label that read like qualified names, a schema named "PUBLIC" and one named
# "public.odd", fields and a column named public, and objects that the default path
# prints qualified as well: ones pg_catalog shadows (a sequence named pg_class, a domain
# named int4, a twin of now() and of the integer <> operator, a collation named POSIX, a
# text search configuration named english) and a call that became ambiguous.
HOSTILE_EXPRESSIONS_SQL = """
CREATE SCHEMA "My Schema";
CREATE SCHEMA "PUBLIC";
CREATE SCHEMA "public.odd";
CREATE SEQUENCE "it's ""odd"". seq";
CREATE SEQUENCE "public.users_id_seq";
CREATE SEQUENCE public.pg_class;
CREATE SEQUENCE "My Schema"."Weird Seq";
CREATE SEQUENCE "PUBLIC".seq;
CREATE SEQUENCE "public.odd".seq;
CREATE TYPE "Mood Type" AS ENUM ('ok', 'public.sad');
CREATE TYPE "PUBLIC".mood AS ENUM ('ok');
CREATE DOMAIN public.int4 AS integer;
CREATE TYPE pair AS (x integer, public integer);
CREATE TYPE nest AS (public pair);
CREATE FUNCTION "Next Id"() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE FUNCTION pick(integer, integer DEFAULT 0) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE FUNCTION pick(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE FUNCTION amb(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE FUNCTION same(anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE FUNCTION now() RETURNS timestamptz LANGUAGE sql STABLE AS 'SELECT pg_catalog.now()';
CREATE FUNCTION lower(pair) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''p''';
CREATE FUNCTION pair_eq(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1.x = $2.x';
CREATE OPERATOR === (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_eq);
CREATE OPERATOR = (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_eq);
CREATE OPERATOR public.<> (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4ne);
CREATE COLLATION "Sort ""C"" Order" FROM "C";
CREATE COLLATION public."POSIX" FROM "C";
CREATE TEXT SEARCH CONFIGURATION "My FTS" (COPY = pg_catalog.english);
CREATE TEXT SEARCH CONFIGURATION public.english (COPY = pg_catalog.english);
CREATE TABLE "odd things" (
    id bigint DEFAULT nextval('"it''s ""odd"". seq"'),
    dotted bigint DEFAULT nextval('"public.users_id_seq"'),
    shadowed bigint DEFAULT nextval('public.pg_class'),
    upper bigint DEFAULT nextval('"PUBLIC".seq'),
    odd bigint DEFAULT nextval('"public.odd".seq'),
    mood "Mood Type" DEFAULT 'public.sad',
    moods "Mood Type"[] DEFAULT '{ok}',
    upper_mood "PUBLIC".mood DEFAULT 'ok',
    looks_qualified text DEFAULT 'public.users_id_seq',
    looks_like_code text DEFAULT 'nextval(''public.s''::regclass) OPERATOR(public.=) ''x''::public.t',
    rel regclass DEFAULT 'public.users',
    cfg regconfig DEFAULT 'public."My FTS"',
    cfg_shadowed regconfig DEFAULT 'public.english',
    typ regtype DEFAULT '"Mood Type"[]',
    routine regproc DEFAULT 'public."Next Id"',
    routine_shadowed regproc DEFAULT 'public.now',
    next_id bigint DEFAULT "Next Id"(),
    picked integer DEFAULT pick(1),
    same_value integer DEFAULT same(2),
    ambiguous integer DEFAULT amb(1),
    at timestamptz DEFAULT public.now(),
    p pair, n nest, name text, public integer,
    CONSTRAINT pair_matches CHECK (p === ROW(1, 2)::pair AND p = ROW(1, 2)::pair),
    CONSTRAINT fields_named_public CHECK ((n).public.x > 0 AND (p).public > 0 AND public > 0),
    CONSTRAINT collated CHECK ((name COLLATE "Sort ""C"" Order") > 'a' AND (name COLLATE public."POSIX") > 'b'),
    CONSTRAINT overloaded CHECK (lower(p) <> lower(name)),
    CONSTRAINT shadowed_type CHECK (public::public.int4 > 0),
    CONSTRAINT twin_operator CHECK (picked OPERATOR(public.<>) 0)
);
-- amb(1) was unambiguous when the default was made; this overload makes it ambiguous
CREATE FUNCTION amb(integer, integer DEFAULT 0) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE INDEX odd_fts ON "odd things" (to_tsvector('"My FTS"', name), lower(p)) WHERE pick(name) <> '';
CREATE DOMAIN "My Schema"."Positive Pick" AS integer DEFAULT pick(1) CHECK (VALUE OPERATOR(public.<>) pick(0));
CREATE TABLE "My Schema"."the ""Odd"" Table" (
    id bigint DEFAULT nextval('"My Schema"."Weird Seq"'),
    borrowed bigint DEFAULT nextval('"it''s ""odd"". seq"'),
    mood "Mood Type" DEFAULT 'ok',
    positive "My Schema"."Positive Pick",
    name text,
    picked text GENERATED ALWAYS AS (pick(name)) STORED
);
"""

# What the owner reads: PostgreSQL's own text for the default search_path.
OWNER_READS = {
    "odd things.id": "nextval('\"it''s \"\"odd\"\". seq\"'::regclass)",
    "odd things.dotted": "nextval('\"public.users_id_seq\"'::regclass)",
    "odd things.shadowed": "nextval('public.pg_class'::regclass)",
    "odd things.upper": "nextval('\"PUBLIC\".seq'::regclass)",
    "odd things.odd": "nextval('\"public.odd\".seq'::regclass)",
    "odd things.mood": "'public.sad'::\"Mood Type\"",
    "odd things.moods": "'{ok}'::\"Mood Type\"[]",
    "odd things.upper_mood": "'ok'::\"PUBLIC\".mood",
    "odd things.looks_qualified": "'public.users_id_seq'::text",
    "odd things.looks_like_code":
        "'nextval(''public.s''::regclass) OPERATOR(public.=) ''x''::public.t'::text",
    "odd things.rel": "'users'::regclass",
    "odd things.cfg": "'\"My FTS\"'::regconfig",
    "odd things.cfg_shadowed": "'public.english'::regconfig",
    "odd things.typ": "'\"Mood Type\"[]'::regtype",
    "odd things.routine": "'\"Next Id\"'::regproc",
    "odd things.routine_shadowed": "'public.now'::regproc",
    "odd things.next_id": '"Next Id"()',
    "odd things.picked": "pick(1)",
    "odd things.same_value": "same(2)",
    "odd things.ambiguous": "public.amb(1)",
    "odd things.at": "public.now()",
    "odd things.pair_matches": "p === ROW(1, 2)::pair AND p = ROW(1, 2)::pair",
    "odd things.fields_named_public": "(n).public.x > 0 AND (p).public > 0 AND public > 0",
    "odd things.collated":
        "(name COLLATE \"Sort \"\"C\"\" Order\") > 'a'::text AND (name COLLATE public.\"POSIX\") > 'b'::text",
    "odd things.overloaded": "lower(p) <> lower(name)",
    "odd things.shadowed_type": "public::public.int4::integer > 0",
    "odd things.twin_operator": "picked OPERATOR(public.<>) 0",
    "odd things.odd_fts": "pick(name) <> ''::text | to_tsvector('\"My FTS\"'::regconfig, name) | lower(p)",
    'the "Odd" Table.id': "nextval('\"My Schema\".\"Weird Seq\"'::regclass)",
    'the "Odd" Table.borrowed': "nextval('\"it''s \"\"odd\"\". seq\"'::regclass)",
    'the "Odd" Table.mood': "'ok'::\"Mood Type\"",
    'the "Odd" Table.positive': "pick(1)",  # the domain's default
    'the "Odd" Table.picked': "pick(name)",
    "Positive Pick": "pick(1) | VALUE OPERATOR(public.<>) pick(0)",
}
# ... and those that a role without USAGE on public sees qualified in its own session
QUALIFIED_IN_READER_SESSION = {
    "odd things.id", "odd things.dotted", "odd things.mood", "odd things.moods", "odd things.rel",
    "odd things.cfg", "odd things.typ", "odd things.routine", "odd things.next_id", "odd things.picked",
    "odd things.same_value", "odd things.pair_matches", "odd things.collated",
    "odd things.overloaded", 'the "Odd" Table.borrowed', 'the "Odd" Table.mood', 'the "Odd" Table.picked',
}

# defaults, generation expressions and checks as the session's own pg_get_expr() prints them
SESSION_EXPRESSIONS_SQL = """
SELECT c.relname || '.' || a.attname, pg_get_expr(d.adbin, d.adrelid)
FROM pg_attrdef d
JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
JOIN pg_class c ON c.oid = d.adrelid
UNION ALL
SELECT c.relname || '.' || con.conname, pg_get_expr(con.conbin, con.conrelid, true)
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
WHERE con.contype = 'c'
"""


def _expressions(schema) -> dict[str, str]:
    """Every expression text of ``schema`` by "table.column", "table.constraint",
    "table.index" (predicate | key expressions) and domain name (default | checks)."""
    found = {}
    for table in schema.tables:
        for column in table.columns:
            if column.default or column.generated:
                found[f"{table.name}.{column.name}"] = column.default or column.generated
        for check in table.check_constraints:
            found[f"{table.name}.{check.name}"] = check.expression
        for index in table.indexes:
            found[f"{table.name}.{index.name}"] = " | ".join((index.where or "", *index.expressions))
    for domain in schema.domains:
        found[domain.name] = " | ".join((domain.default or "", *domain.checks))
    return found


def _hostile_database(server) -> tuple[str, str]:
    """(owner URL, URL of a CONNECT-only role without USAGE on any schema)."""
    url = server.new_database(
        (SEED / "schema.sql").read_text() + EXTRA_SCHEMA_SQL + HOSTILE_EXPRESSIONS_SQL)
    return url, _reader(url, revoke_schema_usage=True)


def test_role_without_schema_usage_reads_hostile_expressions_as_the_owner(any_pg):
    url, reader_url = _hostile_database(any_pg)
    schemas = ("public", "billing", "My Schema")
    as_owner = read_schema(url, schemas)
    owner_texts = _expressions(as_owner)
    assert {key: owner_texts.get(key) for key in OWNER_READS} == OWNER_READS
    in_session = dict(fetch(reader_url, SESSION_EXPRESSIONS_SQL))
    assert {key for key, text in OWNER_READS.items()
            if in_session.get(key, text) != text} == QUALIFIED_IN_READER_SESSION
    assert read_schema(reader_url, schemas) == as_owner


@pytest.mark.xfail(strict=True, reason=(
    "introspect/qualifiers.py keeps the public. qualifier of a call to a function whose name a "
    "polymorphic or variadic function of public shares (same(anyelement) and same(text)): the "
    "default path resolves it by the call's argument types, which the text does not give. Also "
    "kept: an operator whose name a public operator on polymorphic types or a twin of pg_catalog's "
    "shares, regprocedure / regoper / regoperator constants, and type names outside '::' (SQL/JSON "
    "RETURNING). The reader's text is then longer than the owner's, with the same meaning."))
def test_role_without_schema_usage_reads_calls_of_polymorphic_overloads_as_the_owner(pg):
    url, reader_url = _hostile_database(pg)
    execute(url, """
        CREATE FUNCTION same(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1';
        CREATE TABLE overloads (same_value integer DEFAULT same(2));
    """)
    as_owner = read_schema(url)
    assert as_owner.table("overloads").column("same_value").default == "same(2)"
    assert read_schema(reader_url) == as_owner


def test_role_without_schema_usage_reads_another_schema_as_the_owner(pg, tmp_path):
    """--schema "My Schema" alone: its own names stay qualified for every role (the
    default path does not hold it), the names it borrows from public do not."""
    url, reader_url = _hostile_database(pg)
    as_owner = read_schema(url, ("My Schema",))
    assert read_schema(reader_url, ("My Schema",)) == as_owner
    table = as_owner.table('the "Odd" Table', "My Schema")
    assert table.column("id").default == "nextval('\"My Schema\".\"Weird Seq\"'::regclass)"
    assert table.column("borrowed").default == "nextval('\"it''s \"\"odd\"\". seq\"'::regclass)"
    by_owner, by_reader = (
        run_cli("introspect", "--db", db_url, "--schema", "My Schema", "--format", "json", cwd=tmp_path)
        for db_url in (url, reader_url))
    assert by_owner.returncode == by_reader.returncode == 0, by_reader.stderr
    assert json.loads(by_reader.stdout) == json.loads(by_owner.stdout)
    assert "Weird Seq" in by_owner.stdout


def test_the_session_search_path_does_not_change_what_is_read(pg):
    """The read pins search_path to public for its transaction: a database whose path
    puts another schema first reads the same text as the default path, for the owner
    and for a role that may use only that other schema."""
    url, reader_url = _hostile_database(pg)
    schemas = ("public", "My Schema")
    before = read_schema(url, schemas)
    [(database,)] = fetch(url, "SELECT current_database()")
    [(reader,)] = fetch(reader_url, "SELECT current_user")
    execute(url, f'ALTER DATABASE "{database}" SET search_path = "My Schema", public;'
                 f'GRANT USAGE ON SCHEMA "My Schema" TO "{reader}";')
    for session in (url, reader_url):
        in_session = dict(fetch(session, SESSION_EXPRESSIONS_SQL))
        assert in_session['the "Odd" Table.id'] == "nextval('\"Weird Seq\"'::regclass)"  # the path took
        assert read_schema(session, schemas) == before


# -- passwords never show ---------------------------------------------------------------------


def _with_password(url: str) -> str:
    # The embedded server trusts local connections, so the password is accepted and ignored:
    # every success path runs with a password in the URL.
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{PASSWORD}@")


def test_password_never_appears_in_output_files_or_errors(pg, tmp_path):
    url = _with_password(pg.new_database((SEED / "schema.sql").read_text()))
    models = tmp_path / "models"
    shutil.copytree(SEED / "models", models)
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        ("introspect", "--db", url),
        ("introspect", "--db", url, "--format", "json", "--out", str(out / "snapshot.json")),
        ("compare-db-models", "--db", url, "--models", str(models)),
        ("compare-db-models", "--db", url, "--models", str(models), "--format", "json"),
        ("plan", "--db", url, "--models", str(models), "--out", str(out / "plan.json"),
         "--sql-out", str(out / "fixes.sql")),
        ("plan", "--db", url, "--models", str(models), "--format", "json"),
        ("report", "--db", url, "--models", str(models)),
        ("report", "--db", url, "--models", str(models), "--format", "json", "--out", str(out / "report.json")),
        ("report", "--db", url, "--models", str(models), "--out", str(out / "report.md")),
        ("audit-timestamps", "--db", url, "--models", str(models), "--format", "json"),
        ("generate-docs", "--db", url, "--out", str(out / "schema.md")),
        ("validate", "--db", url, "--doc", str(out / "schema.md")),
        ("apply", "--db", url, "--models", str(models), "--check"),
        ("apply", "--db", url, "--models", str(models), "--format", "json"),
        # failures: unreachable host, unknown role, missing database, missing schema
        ("introspect", "--db", f"postgresql://app:{PASSWORD}@127.0.0.1:1/app"),
        ("--debug", "introspect", "--db", f"postgresql://app:{PASSWORD}@127.0.0.1:1/app"),
        ("introspect", "--db", url.replace("postgres:", "nobody:")),
        ("introspect", "--db", url.replace("/t", "/missing_t", 1)),
        ("--debug", "introspect", "--db", url, "--schema", "nosuch"),
        ("plan", "--db", f"host=127.0.0.1 port=1 user=app password='{PASSWORD}' dbname=app",
         "--models", str(models)),
    ]
    exit_codes = []
    for args in runs:
        result = run_cli(*args, cwd=tmp_path)
        exit_codes.append(result.returncode)
        assert PASSWORD not in result.stdout + result.stderr, args
        assert "Traceback" not in result.stderr or "--debug" in args, (args, result.stderr)
    from_env = run_cli("compare-db-models", "--models", str(models), cwd=tmp_path,
                       env={"DATABASE_URL": f"postgresql://app:{PASSWORD}@127.0.0.1:1/app"})
    assert from_env.returncode == 2 and PASSWORD not in from_env.stdout + from_env.stderr
    assert "***" in from_env.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == ["fixes.sql", "plan.json", "report.json", "report.md", "schema.md", "snapshot.json"]
    for path in [*out.iterdir(), *models.rglob("*.py")]:
        assert PASSWORD not in path.read_text(), path
    assert exit_codes[-6:] == [2] * 6  # the failures failed, cleanly
    assert set(exit_codes[:-6]) <= {0, 1}, exit_codes


# -- the embedded server is always stopped and deleted ----------------------------------------


@pytest.fixture
def server_tmp():
    """A TMPDIR the ``postgres`` system user can traverse (pytest's tmp_path is 0700)."""
    path = Path(tempfile.mkdtemp(prefix="si-reliability-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def big_sql(tmp_path_factory) -> Path:
    """1,500 tables, then a 20-second pause: the file is still loading whenever the signal
    comes, however fast the machine loads the tables."""
    path = tmp_path_factory.mktemp("big") / "big.sql"
    path.write_text("\n".join(
        [f"CREATE TABLE t_{i} (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x', "
         f"created_at timestamptz DEFAULT now());" for i in range(1500)] + ["SELECT pg_sleep(20);"]))
    return path


def processes_using(directory: Path) -> list[str]:
    """Processes whose command line names ``directory`` or whose working directory is in
    it (PostgreSQL's backends and auxiliary processes run in the data directory, and
    their titles do not name it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            try:
                cwd = os.readlink(entry / "cwd")
            except OSError:
                cwd = ""
        except OSError:
            continue  # exited meanwhile
        if str(directory) in command or cwd.startswith(str(directory)):
            found.append(f"{entry.name}: {command.strip()} (cwd {cwd})")
    return found


def start_introspect(sql: Path, tmp: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "schema_inspector", "introspect", "--db", str(sql)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp, start_new_session=True,
        env={**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT), **env},
        preexec_fn=terminal_signals,
    )


def wait_for(predicate, timeout: float = 60.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def server_dirs(tmp: Path) -> list[Path]:
    return sorted(tmp.glob(f"{TEMP_PREFIX}*"))


def assert_nothing_left(tmp: Path) -> None:
    assert server_dirs(tmp) == []
    assert processes_using(tmp) == []


def test_server_gone_after_a_normal_run(server_tmp):
    sql = server_tmp / "small.sql"
    sql.write_text("CREATE TABLE t (id integer PRIMARY KEY);\n")
    process = start_introspect(sql, server_tmp)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert "1 tables" in stdout
    assert_nothing_left(server_tmp)


def test_server_gone_after_bad_sql(server_tmp):
    sql = server_tmp / "bad.sql"
    sql.write_text("CREATE TABLE t (id integer PRIMARY KEY);\nCREATE TABLE u (id nosuchtype);\n")
    process = start_introspect(sql, server_tmp)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2
    assert "bad.sql:2" in stderr and "nosuchtype" in stderr
    assert_nothing_left(server_tmp)


def _loading(tmp: Path) -> bool:
    """The SQL file is being run on our server: a client backend (its title names the
    Unix socket as ``[local]``) is running a statement (the file ends in a long sleep)."""
    return any("[local] SELECT" in p or "[local] CREATE" in p for p in processes_using(tmp))


def _initdb_running(tmp: Path) -> bool:
    return any("initdb" in p for p in processes_using(tmp))


# (signal, sent to the whole process group as a terminal does, the moment it arrives)
INTERRUPTIONS = [
    (signal.SIGINT, True, "initdb", 130),
    (signal.SIGINT, True, "loading", 130),
    (signal.SIGINT, False, "loading", 130),
    (signal.SIGTERM, False, "initdb", 128 + signal.SIGTERM),
    (signal.SIGTERM, False, "loading", 128 + signal.SIGTERM),
    (signal.SIGHUP, True, "loading", 128 + signal.SIGHUP),
]


@pytest.mark.parametrize("signum, to_group, moment, code", INTERRUPTIONS,
                         ids=[f"{s.name}-{'group' if g else 'pid'}-{m}" for s, g, m, _ in INTERRUPTIONS])
def test_server_gone_after_a_signal(server_tmp, big_sql, signum, to_group, moment, code):
    # initdb runs when no cluster is cached from an earlier run (the first ever): that case
    no_cache = {"SCHEMA_INSPECTOR_NO_CACHE": "1"} if moment == "initdb" else {}
    process = start_introspect(big_sql, server_tmp, **no_cache)
    try:
        wait_for(lambda: (_initdb_running if moment == "initdb" else _loading)(server_tmp), what=moment)
        assert server_dirs(server_tmp)  # the server's directory exists at this point
        (os.killpg if to_group else os.kill)(process.pid, signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr
    assert_nothing_left(server_tmp)
