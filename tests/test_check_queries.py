"""check-queries: ORM references and raw SQL of every shape, correct and broken, against the
seed database and its models after the plan.

Each case is a snippet of application code; ``@`` marks where a finding must point (its line
and column: the name's first character, or the quote of a quoted name) and ``@@`` where a
not-checked site must be listed. A snippet's findings must be exactly its marks: nothing
correct flagged, nothing broken missed, every unchecked site listed.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import FIXTURES
from test_cli import run

SEED = FIXTURES / "seed"

HEADER = '''\
import psycopg2
from sqlalchemy import literal_column, select, text
from sqlalchemy.orm import load_only

from models import db, models_user
from models.models_referral import Referral, ReferralCode
from models.models_support import SupportTicket
from models.models_user import Notification, User, UserDevice, UserSession
from models.models_user import UserSession as S
'''

CASES = {
    # -- ORM: checked against the attribute names after the plan ----------------------------
    "attribute kept by a rename": "UserSession.last_activity, UserSession.user_id, ReferralCode.code",
    "attribute of a dropped column": "select(UserSession).where(UserSession.@user_agent == 'x')",
    "attribute the plan adds": "UserSession.device_info, Notification.metadata_, Notification.expires_at",
    "attribute typo": "User.@emial",
    "relationship and method": "User.sessions, Notification.user, UserSession.is_expired",
    "through an alias import": "S.@user_agent, S.session_token",
    "through a module": "models_user.UserDevice.@login_count",
    "filter_by on Model.query": "UserDevice.query.filter_by(user_id=1, @is_blocked=True).all()",
    "filter_by on session.query": "db.session.query(UserDevice).filter(UserDevice.id > 1).filter_by(@login_count=0)",
    "filter_by on select": "select(Notification).filter_by(is_read=False, @read_at=None)",
    "filter_by after a join": "select(User).join(UserSession).filter_by(@user_agent='x', session_token='t')",
    "constructor keywords": "UserDevice(device_name='x', user=None, @login_count=1)",
    "getattr and setattr": 'getattr(Notification, "@read_at"), setattr(Notification, "title", 1)',
    "load_only strings": 'UserSession.query.options(load_only("session_token", "@user_agent"))',
    "order_by label string": 'Notification.query.order_by("created_at"), Notification.query.order_by("@action_data")',
    "relationship strings": 'db.relationship("Notification", order_by="Notification.@read_at", '
                            'primaryjoin="User.id == Notification.user_id")',
    "instance attributes are not judged": "def f(n):\n    return n.read_at, n.whatever",
    # -- raw SQL -------------------------------------------------------------------------------
    "text() correct": 'text("SELECT id, last_activity_at FROM users_sessions WHERE users_id = :uid '
                      "AND created_at::date = ':not_a_param'\")",
    "text() renamed columns": 'text("SELECT id, @last_activity FROM users_sessions WHERE @user_id = :user_id")',
    "alias qualified": 'text("SELECT s.@user_id, s.users_id FROM users_sessions s")',
    "missing FROM entry": 'text("SELECT @x.id FROM users_sessions s")',
    "ambiguous after a rename": 'text("SELECT s.id FROM users_sessions s JOIN users_devices d ON d.id = s.id '
                                'WHERE @users_id = 1")',
    "join USING": 'text("SELECT d.id FROM users_sessions s JOIN users_devices d USING (users_id)")',
    "join USING a missing column": 'text("SELECT 1 FROM users_sessions s JOIN users_devices d USING (@user_id)")',
    "CTE shadows the table": 'text("WITH users AS (SELECT 1 AS x) SELECT x, @email FROM users")',
    "CTE correct": 'text("WITH u AS (SELECT id, email FROM users) SELECT email FROM u WHERE id = 1")',
    "subquery binding to the outer query": (
        'text("SELECT u.user_id FROM users u(user_id) WHERE EXISTS '
        '(SELECT 1 FROM users_sessions s WHERE @user_id = 1)")'),
    "correlated subquery correct": (
        'text("SELECT u.id FROM users u WHERE EXISTS (SELECT 1 FROM users_sessions s WHERE s.users_id = u.id)")'),
    "alias column list": 'text("SELECT t.a, t.@c FROM users t(a, b)")',
    "insert columns": 'text("INSERT INTO referral_codes (users_id, @code) VALUES (:u, :c)")',
    "insert select resolves its own FROM": (
        'text("INSERT INTO referral_codes (users_id, referral_code) SELECT referrer_id, @code FROM referrals")'),
    "on conflict and excluded": (
        'text("INSERT INTO referral_codes (users_id, referral_code) VALUES (:u, :c) '
        'ON CONFLICT (@code) DO UPDATE SET uses_count = EXCLUDED.@uses RETURNING id, @code")'),
    "on conflict correct": (
        'text("INSERT INTO referral_codes (users_id, referral_code) VALUES (:u, :c) '
        'ON CONFLICT (referral_code) DO UPDATE SET uses_count = EXCLUDED.uses_count + 1 RETURNING id")'),
    "update set and returning": (
        'text("UPDATE users_devices SET @last_active = now() FROM users u '
        'WHERE u.id = users_devices.users_id RETURNING users_devices.@is_blocked")'),
    "delete using": 'text("DELETE FROM notifications n USING users u WHERE n.@user_id = u.id RETURNING n.id")',
    "quoted names keep their case": 'text(\'SELECT @"Email", "email", EMAIL FROM USERS\')',
    "schema-qualified": 'text("SELECT id FROM public.@support_ticket"), text("SELECT id FROM public.support_tickets")',
    "regclass": "text(\"SELECT '@support_ticket'::regclass, 'public.users'::regclass\")",
    "system catalogs are not judged": 'text("SELECT relname FROM pg_class WHERE oid = \'users\'::regclass")',
    "order by an output name": 'text("SELECT email AS e FROM users ORDER BY e")',
    "union": 'text("SELECT id FROM users UNION SELECT @user_id FROM users_sessions")',
    "cursor with driver placeholders": (
        "def f(cur):\n"
        "    cur.execute(\"SELECT id FROM users_devices WHERE @user_id = %s AND device_name LIKE '%%x'\", (1,))\n"
        "    cur.execute('SELECT id FROM users_devices WHERE users_id = %(u)s', {'u': 1})\n"
        "    cur.executemany('UPDATE users_devices SET @login_count = %s', [(1,)])"),
    "exec_driver_sql": "def f(conn):\n    conn.exec_driver_sql('SELECT @is_blocked FROM users_devices')",
    "literal_column": 'literal_column("users_sessions.@user_agent"), literal_column("count(*)")',
    "from_statement": 'db.session.query(User).from_statement(text("SELECT * FROM users WHERE @emial = :e"))',
    "variable followed to its assignment": (
        "def f(cur):\n    sql = 'SELECT @login_count FROM users_devices'\n    cur.execute(sql)"),
    "f-string checked with stand-ins": (
        "def f(cur, n):\n    cur.execute(f'SELECT @last_activity FROM users_sessions WHERE id = {int(n)}')"),
    "concatenation checked": (
        "def f(cur, cond):\n    cur.execute('SELECT @user_agent FROM users_sessions WHERE ' + cond)"),
    "f-string hole where a clause goes": "def f(cur, where):\n    cur.execute(@@f'SELECT id FROM users_sessions {where}')",
    "parameter": "def f(cur, sql):\n    cur.execute(@@sql)",
    "format and percent": (
        "def f(cur, c):\n    cur.execute(@@'SELECT {} FROM users'.format(c))\n"
        "    cur.execute(@@'SELECT %s FROM users' % c)"),
    "does not parse": 'text(@@"SELEC id FROM users")',
    "a SQLAlchemy construct is not SQL text": "def f(s):\n    s.execute(select(User).where(User.id == 1))",
}


def _marks(snippet: str) -> tuple[str, set]:
    """The snippet without its marks, and the marks: (line, column, kind)."""
    lines = (HEADER + snippet + "\n").split("\n")
    expected, clean = set(), []
    for number, line in enumerate(lines, 1):
        while "@" in line and re.search(r"@@|@[\w\"]", line):
            match = re.search(r"@@|@(?=[\w\"])", line)
            kind = "not-checked" if match.group() == "@@" else "breaks"
            expected.add((number, match.start() + 1, kind))
            line = line[:match.start()] + line[match.end():]
        clean.append(line)
    return "\n".join(clean), expected


@pytest.fixture(scope="module")
def checker(pg):
    from schema_inspector import api
    from schema_inspector.queries.catalog import Catalog
    from schema_inspector.queries.check import QueryChecker

    url = pg.new_database((SEED / "schema.sql").read_text())
    truth = api.read_schema(url)
    models = api.read_models(SEED / "models", "models_*.py")
    plan = api.build_plan(truth, models, api.load_config(SEED / "models"))
    return QueryChecker(Catalog.from_schema(truth, plan, models), models, plan)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_shape_correct_and_broken(case, checker, tmp_path):
    from schema_inspector.queries.check import Report

    code, expected = _marks(CASES[case])
    path = tmp_path / "app.py"
    path.write_text(code)
    report = Report()
    checker.check_file(path, report, models_only=False)
    found = {(f.line, f.column, "not-checked" if f.kind == "not-checked" else "breaks") for f in report.findings}
    assert found == expected, "\n".join(f"{f.line}:{f.column} {f.kind} {f.name}: {f.message}" for f in report.findings)
    for finding in report.findings:
        if finding.kind != "not-checked":
            line = code.split("\n")[finding.line - 1]
            assert line[finding.column - 1:].lstrip('"').startswith(finding.name), (line, finding)


def test_suggestions_come_from_the_plan_first_then_edit_distance(checker, tmp_path):
    from schema_inspector.queries.check import Report

    path = tmp_path / "app.py"
    path.write_text(HEADER + 'text("SELECT user_id, emial FROM users_sessions s, users u WHERE u.id = 1")\n'
                    "User.emial\n")
    report = Report()
    checker.check_file(path, report, models_only=False)
    by_name = {(f.kind, f.name): f for f in report.findings}
    assert by_name[("unknown-column", "emial")].suggestion == "email"
    assert by_name[("unknown-column", "emial")].evidence == "edit distance 2"
    assert by_name[("unknown-attribute", "emial")].suggestion == "email"
    renamed = by_name[("unknown-column", "user_id")]
    assert renamed.suggestion == "users_id" and renamed.evidence.startswith("plan:")


def test_ids_are_stable_when_lines_move(checker, tmp_path):
    from schema_inspector.queries.check import Report

    path = tmp_path / "app.py"
    body = 'text("SELECT last_activity FROM users_sessions")\nUser.emial\n'
    ids = []
    for prefix in ("", "\n\n# moved\n"):
        path.write_text(HEADER + prefix + body)
        report = Report()
        checker.check_file(path, report, models_only=False)
        ids.append(sorted(f.id for f in report.findings))
    assert ids[0] == ids[1] and len(ids[0]) == 2


# -- the command ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_url(pg):
    return pg.new_database((SEED / "schema.sql").read_text())


def test_seed_application_every_drifted_reference_found_and_safe_ones_fixed(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    first = run("check-queries", "--db", seed_url, "--models", "models", "--format", "json", cwd=work)
    assert first.returncode == 1, first.stderr
    document = json.loads(first.stdout)
    found = {(f["file"], f["line"], f["kind"], f["name"]) for f in document["findings"]}
    # the renamed and dropped names the application uses, each where it is
    assert ("routes/sessions.py", 39, "unknown-column", "last_activity") in found
    assert ("routes/sessions.py", 40, "unknown-column", "user_id") in found
    assert ("routes/sessions.py", 23, "unknown-attribute", "user_agent") in found
    assert ("routes/sessions.py", 28, "unknown-attribute", "is_blocked") in found
    assert ("routes/sessions.py", 32, "unknown-attribute", "login_count") in found
    assert ("routes/sessions.py", 68, "ambiguous-column", "users_id") in found
    assert ("routes/notifications.py", 17, "unknown-attribute", "read_at") in found
    assert ("routes/notifications.py", 48, "unknown-column", "action_data") in found
    assert ("routes/referrals.py", 44, "unknown-table", "support_ticket") in found
    assert ("routes/referrals.py", 52, "unknown-table", "support_ticket") in found
    assert ("utils/reports.py", 16, "unknown-column", "user_id") in found
    assert {f["file"] for f in document["findings"]} <= {
        "routes/sessions.py", "routes/notifications.py", "routes/referrals.py", "utils/reports.py"}
    not_checked = [f for f in document["findings"] if f["kind"] == "not-checked"]
    assert sorted(f["line"] for f in not_checked) == [49, 56, 62]
    summary = document["summary"]
    assert summary["will_break"] == 23 and summary["not_checked"] == 3
    assert summary["checked_sql"] + summary["not_checked"] == summary["sql_sites"]  # a select() construct is no site

    before = {p: p.read_text() for p in work.rglob("*.py")}
    fixed = run("check-queries", "--db", seed_url, "--models", "models", "--fix", "--format", "json", cwd=work)
    document = json.loads(fixed.stdout)
    assert document["summary"]["fixed"] == 11, fixed.stdout
    after = (work / "routes" / "sessions.py").read_text()
    assert '"SELECT id, session_token, last_activity_at FROM users_sessions "' in after
    assert '"WHERE users_id = :user_id ORDER BY last_activity_at DESC"' in after
    assert "UPDATE users_devices SET last_used_at = now() WHERE id = :id RETURNING last_used_at" in after
    referrals = (work / "routes" / "referrals.py").read_text()
    assert "'support_tickets'::regclass" in referrals and "FROM support_tickets WHERE" in referrals
    # only the strings changed, every other line is as it was
    for path, text in before.items():
        new = path.read_text()
        changed = [(a, b) for a, b in zip(text.splitlines(), new.splitlines(), strict=False) if a != b]
        assert len(text.splitlines()) == len(new.splitlines())
        assert all(re.sub(r"\w+", "", a) == re.sub(r"\w+", "", b) for a, b in changed), changed
    # what is left needs a person: dropped names, an ambiguous rename, statements half fixable
    left = document["findings"]
    assert all(not f["safe_fix"] for f in left)
    assert {f["kind"] for f in left} == {"unknown-column", "unknown-attribute", "ambiguous-column", "not-checked"}
    assert all(f["suggestion"] is None or f["name"] in ("user_id",) for f in left if f["kind"] == "unknown-column")
    again = run("check-queries", "--db", seed_url, "--models", "models", "--fix", cwd=work)
    assert again.returncode == 1 and "0 fixed" in again.stdout


def test_fix_needs_the_database_to_agree(seed_url, tmp_path):
    """A rename whose new name is ambiguous in the statement is not safe: left as a suggestion."""
    app = tmp_path / "app.py"
    app.write_text("from sqlalchemy import text\n"
                   'Q = text("SELECT s.id FROM users_sessions s JOIN users_devices d ON d.id = s.id WHERE user_id = 1")\n')
    result = run("check-queries", "--db", seed_url, "--models", str(SEED / "models"), "--code", str(app), "--fix",
                 "--format", "json")
    assert result.returncode == 1
    finding = json.loads(result.stdout)["findings"][0]
    assert finding["suggestion"] == "users_id" and not finding["safe_fix"]
    assert "ambiguous" in finding["not_fixed"]
    assert "WHERE user_id = 1" in app.read_text()


def test_exit_codes_and_github_annotations(seed_url, tmp_path):
    clean = tmp_path / "clean.py"
    clean.write_text('from sqlalchemy import text\nQ = text("SELECT users_id FROM users_sessions")\n')
    assert run("check-queries", "--db", seed_url, "--models", str(SEED / "models"), "--code", str(clean)).returncode == 0
    broken = tmp_path / "broken.py"
    broken.write_text('from sqlalchemy import text\nQ = text("SELECT user_id FROM users_sessions")\n')
    result = run("check-queries", "--db", seed_url, "--models", str(SEED / "models"), "--code", str(broken),
                 "--format", "github")
    assert result.returncode == 1
    assert re.match(r"::error file=[^,]+broken\.py,line=2,col=18,title=unknown-column user_id::", result.stdout)
    missing = run("check-queries", "--db", seed_url, "--models", str(SEED / "models"), "--code", str(tmp_path / "no"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_plan_lists_the_callers_of_renamed_and_dropped_names(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    result = run("plan", "--db", seed_url, "--models", "models", cwd=work)
    assert result.returncode == 1, result.stderr
    assert "caller(s) of renamed or dropped names" in result.stdout
    assert "routes/sessions.py:40:16: unknown-column user_id -> users_id" in result.stdout
    assert "routes/sessions.py:23:50: unknown-attribute user_agent" in result.stdout
    # a name the plan neither renames nor drops is check-queries' business, not the plan's
    assert "ambiguous-column" not in result.stdout and "not-checked" not in result.stdout


@pytest.mark.slow  # five CLI runs; test_plan_lists_the_callers_... shows the callers in the spec tier
def test_plan_and_apply_json_carry_the_callers_next_to_the_actions(seed_url, tmp_path):
    work = tmp_path / "seed"
    shutil.copytree(SEED, work)
    expected = {("routes/sessions.py", 40, 16, "unknown-column", "user_id"),
                ("routes/sessions.py", 23, 50, "unknown-attribute", "user_agent")}

    def callers(document):
        return {(str(c["file"]).replace("\\", "/").split(str(work) + "/")[-1], c["line"], c["column"], c["kind"],
                 c["name"]) for c in document["callers"]}

    plan = run("plan", "--db", seed_url, "--models", "models", "--format", "json", cwd=work)
    assert plan.returncode == 1, plan.stderr
    assert expected <= callers(json.loads(plan.stdout))
    annotations = run("plan", "--db", seed_url, "--models", "models", "--format", "github", cwd=work)
    assert re.search(r"^::error file=[^,]*routes/sessions\.py,line=40,col=16,title=unknown-column user_id::",
                     annotations.stdout, re.M), annotations.stdout[-2000:]
    # apply lists them from the models the plan was made from (before its edits)
    applied = run("apply", "--db", seed_url, "--models", "models", "--format", "json", cwd=work)
    assert applied.returncode in (0, 1), applied.stderr
    assert expected <= callers(json.loads(applied.stdout))
    again = run("apply", "--db", seed_url, "--models", "models", "--format", "json", cwd=work)
    assert not any(c["name"] in ("user_id", "user_agent") and c["kind"] == "unknown-attribute"
                   for c in json.loads(again.stdout)["callers"])


def test_the_callers_step_takes_the_readers_trees_of_the_model_files(checker, monkeypatch):
    """plan and apply list the callers of renamed names after the reader has parsed every model
    file: checking the model files parses none of them again (a quarter of a 1,000-table plan)."""
    import ast

    from schema_inspector.introspect.models import read_models

    read_models(SEED / "models", "models_*.py")  # the trees the reader keeps, as in plan
    parsed = []
    real_parse = ast.parse
    monkeypatch.setattr(ast, "parse", lambda text, *args, **kwargs: parsed.append(text) or real_parse(text, *args,
                                                                                                     **kwargs))
    files = sorted((SEED / "models").glob("models_*.py"))
    report = checker.run([], files)
    assert report.files == len(files) and report.orm_refs > 0
    texts = {file.read_text() for file in files}
    assert parsed and not texts & set(parsed)  # expressions in strings (order_by("x.y")) only


_RELATIONSHIP_PLACES = '''
import sys
from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declared_attr, relationship
from .base import Base


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)  # not a relationship, though the comment says so
    notifications = relationship(
        "Notification",
        primaryjoin="User.id == Notification.recipient_id",
        order_by="Notification.sent_on",
    )


if sys.version_info >= (3, 8):
    class Notification(Base):
        __tablename__ = "notifications"
        id = Column(Integer, primary_key=True)
        user_id = Column(Integer, ForeignKey("users.id"))
        user = relationship("User", foreign_keys="Notification.owner_id")


class Owned:
    @declared_attr
    def owner(cls):
        return relationship("User", primaryjoin=f"User.id == {cls.__name__}.user_id",
                            order_by="User.nickname")
'''


def test_a_models_file_is_read_on_the_lines_that_name_relationship_alone():
    """``check_file`` reads only relationship strings in a models file and skips the
    statements on no line that names ``relationship``: what it finds is what walking the
    whole file finds, here and in every models file of the fixtures."""
    import ast

    from schema_inspector.queries.pysource import SourceText
    from schema_inspector.queries.sites import _Scanner, scan_file

    classes = {name: [] for name in ("User", "Notification")}
    texts = [_RELATIONSHIP_PLACES, *(p.read_text() for p in sorted(FIXTURES.glob("*/models/*.py")))]
    for text in texts:
        source, tree = SourceText(text), ast.parse(text)
        whole = _Scanner(source, classes, models_only=True)
        whole.read_imports(tree)
        whole.walk(tree)
        pruned = scan_file(source, tree, classes, models_only=True)
        assert (pruned.refs, pruned.counted, pruned.sites) == (whole.scan.refs, whole.scan.counted, whole.scan.sites)
    first = scan_file(SourceText(_RELATIONSHIP_PLACES), ast.parse(_RELATIONSHIP_PLACES), classes, models_only=True)
    assert {(ref.class_name, ref.attribute) for ref in first.refs} >= {
        ("Notification", "recipient_id"), ("Notification", "sent_on"), ("Notification", "owner_id"),
        ("User", "nickname")}


_DROPPED_IN_A_RELATIONSHIP = '''\
from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    orders = relationship("Order", order_by="Order.legacy_code")


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"))
    legacy_code = Column(Text)
    note = Column(Text)
'''


@pytest.mark.parametrize("drift, listed", [
    ("ALTER TABLE orders DROP COLUMN legacy_code", True),
    ("ALTER TABLE orders RENAME COLUMN note TO remark", False),
])
def test_a_model_file_is_checked_for_the_callers_of_a_dropped_attribute_only(pg, tmp_path, monkeypatch, drift,
                                                                              listed):
    """A model file is checked for its relationships' strings, which name attributes: with no
    attribute dropped, nothing it holds can be a caller of the plan's, and it is not parsed again."""
    from scenario import Scenario

    from schema_inspector.config import Config
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema
    from schema_inspector.planner.build import build_plan
    from schema_inspector.planner.options import PlannerOptions
    from schema_inspector.queries.check import QueryChecker
    from schema_inspector.query_command import callers_of_plan

    scenario = Scenario(tmp_path, pg, {"models.py": _DROPPED_IN_A_RELATIONSHIP}).create_from_models().drift(drift)
    truth, model_set = read_schema(scenario.url), read_models(scenario.models)
    plan = build_plan(truth, model_set, PlannerOptions(renames=(("orders", "note", "remark"),)))
    checked = []
    real_check = QueryChecker.check_file
    monkeypatch.setattr(QueryChecker, "check_file", lambda self, path, report, models_only: (
        checked.append((path.name, models_only)), real_check(self, path, report, models_only))[-1])
    found = callers_of_plan(plan, model_set, truth, Config(), scenario.models)
    assert [(f.kind, f.name, f.line) for f in found] == ([("unknown-attribute", "legacy_code", 10)] if listed else [])
    assert (("models.py", True) in checked) is listed
