"""Acceptance of issue 3, end to end on both fixtures: apply converges.

For ``fixtures/seed`` (Flask-SQLAlchemy) and ``fixtures/modern`` (SQLAlchemy 2.0 ``Mapped``),
a copy of the models is reconciled with a database loaded from the fixture's ``schema.sql``
exactly as a user would (config from the fixture's pyproject.toml, ``build_plan``,
``run_plan(write=True)``), and then:

1. the rewritten models import in a fresh interpreter and ``configure_mappers()`` succeeds;
2. a new plan holds nothing but ``db-sql`` suggestions;
3. Alembic's ``compare_metadata(compare_type=True, compare_server_default=True)`` against the
   same database reports no difference that a ``db-sql`` suggestion does not name (Alembic is
   not our code: it is the independent judge, see ``alembic_oracle``);
4. a second ``apply`` (the CLI, from the database) changes no byte, and neither does
   carrying out the first plan's actions once more;
5. every line of the original files that no action targeted is byte-identical;

and after the ``db-sql`` suggestions ran on the (throwaway) database, ``compare`` finds
nothing critical.
"""

from __future__ import annotations

import ast
import difflib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic_oracle import Verdict, judge, unexplained_diffs
from conftest import FIXTURES, difflib_diff

from schema_inspector.cli import _planner_options
from schema_inspector.codemods.apply import edit_source
from schema_inspector.codemods.files import Changed, Failed, FileResult, run_plan
from schema_inspector.config import find_config
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.planner.actions import (
    Action,
    AddColumn,
    AddEnumMember,
    AddIndex,
    AddModel,
    AddUniqueConstraint,
    DropColumn,
    DropIndex,
    DropUniqueConstraint,
    MapColumnName,
    OverrideColumn,
    SetComment,
    SetForeignKey,
    SetIdentity,
    SetNullable,
    SetPrimaryKey,
    SetRelationshipForeignKeys,
    SetServerDefault,
    SetTableComment,
    SetTableName,
    SetType,
    SuggestSQL,
)
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.compare import compare
from schema_inspector.planner.discrepancy import Discrepancy
from schema_inspector.planner.plan import Plan

# fixture -> where its MetaData lives once ``models`` is importable
METADATA = {
    "seed": "models:db.metadata",
    "modern": "models.base:Base.metadata",
}


@dataclass(frozen=True)
class Run:
    """One fixture reconciled once; every test below asserts one property of it."""

    name: str
    work: Path
    models_dir: Path
    plan: Plan  # the first plan, as applied
    results: list[FileResult]
    originals: dict[Path, bytes]  # every .py under models/ before apply
    applied: dict[Path, bytes]  # ... after apply
    second_plan: Plan  # planned again from the database after apply
    second_apply: subprocess.CompletedProcess
    reapplied: dict[Path, bytes]  # ... after the second (CLI) apply
    verdict: Verdict  # Alembic before and after each db-sql suggestion
    final: list[Discrepancy]  # compare() after the db-sql suggestions ran

    @property
    def suggestions(self) -> list[SuggestSQL]:
        return [a for a in self.second_plan.actions if isinstance(a, SuggestSQL)]


def _snapshot(models_dir: Path) -> dict[Path, bytes]:
    return {path.resolve(): path.read_bytes() for path in sorted(models_dir.rglob("*.py"))}


def _reconcile(name: str, url: str, work: Path) -> Run:
    models_dir = work / "models"
    config = find_config(models_dir)
    options = _planner_options(config, False)

    def plan_now() -> Plan:
        return build_plan(read_schema(url), read_models(models_dir, config.models_glob), options)

    plan = plan_now()
    originals = _snapshot(models_dir)
    results = run_plan(plan, write=True, allowed_root=models_dir.resolve())
    applied = _snapshot(models_dir)
    second_plan = plan_now()
    second_apply = subprocess.run(
        [sys.executable, "-m", "schema_inspector", "apply", "--db", url, "--models", "models"],
        cwd=work, capture_output=True, text=True, timeout=120,
    )
    reapplied = _snapshot(models_dir)
    suggestions = [a.sql for a in second_plan.actions if isinstance(a, SuggestSQL)]
    # From here on the database is changed: the suggestions run on it (it is a throwaway).
    verdict = judge(work, METADATA[name], url, suggestions)
    final = compare(
        read_schema(url), read_models(models_dir, config.models_glob),
        renames=options.renames, rename_threshold=options.rename_threshold,
    )
    return Run(name, work, models_dir, plan, results, originals, applied, second_plan, second_apply,
               reapplied, verdict, final)


@pytest.fixture(scope="module")
def runs(pg, tmp_path_factory):
    """``runs(name)``: the fixture reconciled (once per module, on first use)."""
    done: dict[str, Run] = {}

    def get(name: str) -> Run:
        if name not in done:
            work = tmp_path_factory.mktemp(name) / name
            shutil.copytree(FIXTURES / name, work)
            url = pg.new_database((work / "schema.sql").read_text(encoding="utf-8"))
            done[name] = _reconcile(name, url, work)
        return done[name]

    return get


BOTH = pytest.mark.parametrize("name", sorted(METADATA))


# -- apply ran ----------------------------------------------------------------------------


@pytest.mark.slow
@BOTH
def test_apply_edits_the_models(runs, name):
    run = runs(name)
    assert [r.message for r in run.results if isinstance(r, Failed)] == []
    assert [a for a in run.plan.actions if a.kind != "db-sql"], "the fixture has planted drift"
    assert {Path(r.path).resolve() for r in run.results if isinstance(r, Changed)} == {
        path for path in run.originals if run.originals[path] != run.applied[path]
    } | {path for path in run.applied if path not in run.originals}


@BOTH
def test_the_diffs_apply_and_change_no_more_lines_than_difflib_s(runs, name, tmp_path):
    # codemods.diff lines the texts up on their unique lines before difflib compares the
    # stretches between them. patch (not our code) turns each file's original into what
    # apply wrote, and no diff marks more lines than difflib's own (which, on the seed,
    # removes and adds back an unchanged `id` line next to an edit).
    changed = [r for r in runs(name).results if isinstance(r, Changed)]
    assert changed
    for result in changed:
        assert changed_lines(result.diff) <= changed_lines(difflib_diff(result.path, result.before, result.after))
        if shutil.which("patch") is None:
            continue  # tests/test_codemods_diff.py applies diffs without it
        target = tmp_path / "file.py"
        target.write_bytes(result.before.encode("utf-8"))
        done = subprocess.run(["patch", "--quiet", "--binary", str(target)], input=result.diff.encode("utf-8"),
                              capture_output=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        assert target.read_bytes() == result.after.encode("utf-8")


def changed_lines(diff: str) -> int:
    return sum(1 for line in diff.splitlines()[2:] if line[:1] in "+-")


# -- (1) the models import and configure ----------------------------------------------------


@BOTH
def test_models_import_and_mappers_configure(runs, name):
    # an import failure already failed the fixture (alembic_oracle.ModelsBroken)
    assert runs(name).verdict.configure_error is None


@BOTH
def test_models_raise_no_sqlalchemy_warning(runs, name):
    assert runs(name).verdict.warnings == []


# -- (2) nothing left to plan but db-sql ----------------------------------------------------


@BOTH
def test_plan_after_apply_has_only_db_sql(runs, name):
    left = [a.to_json() for a in runs(name).second_plan.actions if a.kind != "db-sql"]
    assert left == []


# -- (3) Alembic agrees ---------------------------------------------------------------------


@BOTH
def test_alembic_finds_nothing_the_db_sql_suggestions_do_not_name(runs, name):
    run = runs(name)
    assert unexplained_diffs(run.verdict, run.suggestions) == []


def db_side_policy_violations(drift_md: Path) -> set[tuple[str, str]]:
    """(table, column) rows of DRIFT.md's "Timestamp policy" table whose side is ``db``."""
    rows = set()
    for line in drift_md.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and cells[0] == "db":
            rows.add((cells[1], cells[2]))
    return rows


@BOTH
def test_what_alembic_leaves_to_the_db_sql_suggestions(runs, name):
    """The differences the db-sql suggestions name, listed: exactly the database's own
    breaches of the timestamp policy (DRIFT.md, side ``db``: a server default the database
    must gain or lose), each a server-default difference and nothing else. The other
    suggestion of the seed, ``ADD PRIMARY KEY`` for users_faves_directors, leaves Alembic
    nothing to see: it does not compare primary keys, and the ORM key's column is already
    NOT NULL in the database."""
    run = runs(name)
    left = {(d["table"], d.get("column")): sorted(d.get("changes", {d["op"]: None})) for d in run.verdict.before}
    expected = {row: ["modify_default"] for row in db_side_policy_violations(run.work / "DRIFT.md")}
    assert left == expected


# -- (4) idempotence ------------------------------------------------------------------------


@BOTH
def test_second_apply_changes_no_byte(runs, name):
    run = runs(name)
    assert run.second_apply.returncode == 0, run.second_apply.stdout + run.second_apply.stderr
    assert run.reapplied == run.applied


@BOTH
def test_carrying_out_the_plan_again_changes_nothing(runs, name):
    run = runs(name)
    for file in run.plan.files():
        text = run.applied[Path(file).resolve()].decode("utf-8")
        assert edit_source(text, run.plan.for_file(file)) == text, file


# -- (5) untouched lines stay byte-identical ------------------------------------------------


def _class_scope(tree: ast.Module, name: str) -> ast.AST | None:
    """The class ``name``, or the module-level ``name = Table(...)`` statement."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and any(
            isinstance(t, ast.Name) and t.id == name for t in targets
        ):
            return node
    return None


def _assigns(statement: ast.stmt, name: str) -> bool:
    if isinstance(statement, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id == name for t in statement.targets)
    return isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) and (
        statement.target.id == name
    )


TABLE_ARGS = "__table_args__"

# Every action kind -> the class-level statements it may rewrite besides the attribute it
# names (``action.attribute``). A kind missing here fails the test: teach it first.
REWRITES: dict[type[Action], set[str]] = {
    SetTableName: {"__tablename__"},
    MapColumnName: {TABLE_ARGS},  # constraints and indexes naming the old column
    DropColumn: {TABLE_ARGS},  # constraints and indexes listing the column go with it
    AddUniqueConstraint: {TABLE_ARGS},
    DropUniqueConstraint: {TABLE_ARGS},
    AddIndex: {TABLE_ARGS},
    DropIndex: {TABLE_ARGS},
    SetTableComment: {TABLE_ARGS},  # "comment" in __table_args__
    **{kind: set() for kind in (
        AddColumn, OverrideColumn, AddEnumMember, SetType, SetNullable, SetPrimaryKey, SetForeignKey, SetServerDefault, SetIdentity,
        SetComment, SetRelationshipForeignKeys, AddModel,
    )},
}


def targeted_statements(tree: ast.Module, actions: tuple[Action, ...]) -> list[ast.stmt]:
    """The statements of the original file that ``actions`` may rewrite.

    - the statement of the attribute an action names, in its class (for a ``Table(...)``
      object, the whole ``Table(...)`` statement), plus the class statements in
      ``REWRITES``;
    - ``AddColumn``: a placeholder ``pass`` of the class (it goes when columns arrive);
    - every module-level import: new names are merged into the import block.
    New statements (``AddModel``, ``AddColumn``, a new ``__table_args__``) only insert.
    """
    found: list[ast.stmt] = [s for s in tree.body if isinstance(s, (ast.Import, ast.ImportFrom))]
    for action in actions:
        assert type(action) in REWRITES, f"{type(action).__name__}: say what it may rewrite in REWRITES"
        scope = _class_scope(tree, action.class_name)
        if scope is None or isinstance(action, AddModel):
            continue
        if not isinstance(scope, ast.ClassDef):
            found.append(scope)
            continue
        names = REWRITES[type(action)] | ({action.attribute} if getattr(action, "attribute", None) else set())
        for statement in scope.body:
            if any(_assigns(statement, n) for n in names) or (
                isinstance(action, AddColumn) and isinstance(statement, ast.Pass)
            ):
                found.append(statement)
    return found


_COMPOUND = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.If, ast.For, ast.While, ast.With, ast.Try)


def untouched_line_changes(before: str, after: str, actions: tuple[Action, ...]) -> list[str]:
    """Every change to a line no action targeted: a removed or rewritten line outside the
    targeted statements, or new lines inserted inside an untouched statement."""
    tree = ast.parse(before)
    allowed = set()
    for statement in targeted_statements(tree, actions):
        allowed.update(range(statement.lineno, statement.end_lineno + 1))
    simple = [
        s for s in ast.walk(tree)
        if isinstance(s, ast.stmt) and not isinstance(s, _COMPOUND) and s.lineno not in allowed
    ]
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    problems = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            problems += [f"line {i + 1} changed: {old[i]!r}" for i in range(i1, i2) if i + 1 not in allowed]
        if tag == "insert":
            problems += [
                f"inserted {new[j1:j2]!r} inside the statement at lines {s.lineno}-{s.end_lineno}"
                for s in simple if s.lineno <= i1 < s.end_lineno
            ]
    return problems


@BOTH
def test_untouched_lines_are_byte_identical(runs, name):
    run = runs(name)
    problems = {}
    for path, before in run.originals.items():
        actions = tuple(a for a in run.plan.actions if a.file and Path(a.file).resolve() == path)
        found = untouched_line_changes(before.decode("utf-8"), run.applied[path].decode("utf-8"), actions)
        if found:
            problems[str(path.relative_to(run.work.resolve()))] = found
    assert problems == {}


# -- after the DBA ran the db-sql suggestions -----------------------------------------------


@BOTH
def test_nothing_critical_after_the_db_sql_suggestions(runs, name):
    critical = [item.to_json() for item in runs(name).final if item.severity == "critical"]
    assert critical == []


def test_the_untouched_line_check_catches_stray_edits():
    """The check above must be able to fail: an edit outside the targeted statement, and
    an insertion splitting an untouched statement, are both reported."""
    before = 'class A(Base):\n    a = Column(Integer)\n    b = Column(\n        Text)  # keep\n'
    action = (SetTableName(file="m.py", class_name="A", table="a", reason="", name="a", old_name="x"),)
    assert untouched_line_changes(before, before.replace("# keep", "# kept"), action) == [
        "line 4 changed: '        Text)  # keep\\n'"
    ]
    split = before.replace("    b = Column(\n", "    b = Column(\n        String,\n")
    assert untouched_line_changes(before, split, action) == [
        "inserted ['        String,\\n'] inside the statement at lines 3-4"
    ]
    column_action = (DropColumn(file="m.py", class_name="A", table="a", reason="", attribute="a", column="a"),)
    assert untouched_line_changes(before, before.replace("    a = Column(Integer)\n", ""), column_action) == []
