"""The real-world corpus: open-source projects' own model files against a database made from
them, then drifted by hand, then brought back in line by `apply`. Run on demand, not in CI.

    python benchmarks/realworld/run.py [--mirror DIR] [--project NAME ...] [--keep DIR] [--json FILE]

``--mirror`` (default ``$REALWORLD_MIRROR``, then ``/work/.mirror``) holds one bare git
snapshot per project, ``<owner>+<name>/repo`` (the layout the workplace's ``fetch`` makes;
``git clone --mirror`` of the project into that path does as well). Nothing of a project is
kept in this repository: each run lays its files out in a temporary directory (kept under
``--keep`` to look at them afterwards).

For each project (``benchmarks/realworld/projects/*.py``), on an embedded PostgreSQL:

1. lay out the model files from the snapshot, with the recipe's stubs (our own code);
2. ``create_all`` from the original models, and Alembic's version table as ``alembic stamp``
   leaves it (most teams' databases have one); ``plan`` must have 0 code actions (no drift);
3. run the recipe's drift (10-14 statements); ``plan`` (timed); a rename the plan asks
   about (undecided) that the drift made is declared in ``[tool.schema-inspector.renames]``,
   as a person answers it; ``apply``; the plan's ``db-sql`` suggestions run on the database, as
   the team's DBA runs them (but those the no-drift plan made too: the team declined them);
4. checks: the models import and configure; Alembic's ``compare_metadata`` reports nothing
   it did not already report on the database ``create_all`` made (Alembic's own noise);
   every mapped attribute of the original classes is still mapped (unless the drift dropped
   its column), and one that mapped a column the drift renames maps its new name (not a
   column added beside it); Python-side default / onupdate / TypeDecorator / enum class unchanged;
   a second plan has no code action and nothing undecided; a second apply changes no byte;
   ``ruff check --select F401,I001`` reports nothing new in the edited files.

Prints one markdown table: project | style | tables | no-drift actions | checks passed |
plan seconds, then per project what failed.

Step 2 and the checks import the projects' models, and some of them import packages of their
own at import time, and the model reader reads some projects' bases, types and mixins from the
installed libraries: ``pip install email-validator arrow greenlet cryptography oslo.db
sqlalchemy-helpers advanced-alchemy authlib sqlalchemy-utc sqlalchemy-mixins ziggurat-foundations`` and ``pip install
--no-deps invenio-db
invenio-accounts neutron-lib fastapi-users-db-sqlalchemy`` (dispatch, lemur, prefect, redash; the OpenStack projects,
on oslo.db's mixins and types; anitya, fmn, mirrormanager2 and tahrir-api on sqlalchemy-helpers'
base; litestar-fullstack; authlib's example; invenio-accounts, invenio-files-rest and
invenio-access, whose foreign keys name invenio-accounts' classes; neutron; onyx's users on
fastapi-users' bases; PyGrid's base on sqlalchemy-mixins'; appenlight and magpie on ziggurat-foundations'
mixins) in the environment that runs this script.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from recipe import Recipe  # noqa: E402

from schema_inspector.introspect.embedded import EmbeddedPostgres  # noqa: E402

PYTHON = sys.executable
CLI = [PYTHON, "-m", "schema_inspector"]
CHECKS = ("apply", "import", "alembic", "attributes", "python-side", "plan2", "apply2", "ruff")


def load_recipes() -> list[Recipe]:
    recipes = []
    for path in sorted((HERE / "projects").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"realworld_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        recipes.append(module.RECIPE)
    return recipes


# -- layout ---------------------------------------------------------------------------------

def snapshot_dir(mirror: Path, repo: str) -> Path:
    """The snapshot's git directory: ``repo`` itself (bare), or its ``.git`` (a clone with a work tree)."""
    found = mirror / repo.replace("/", "+") / "repo"
    return found / ".git" if (found / ".git").is_dir() else found


def git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True).stdout


def lay_out(recipe: Recipe, mirror: Path, root: Path) -> str:
    """The recipe's files from the snapshot under ``root``; returns the snapshot's commit."""
    git_dir = snapshot_dir(mirror, recipe.repo)
    if not git_dir.exists():
        raise FileNotFoundError(f"no snapshot of {recipe.repo} at {git_dir}")
    commit = git(git_dir, "rev-parse", recipe.ref).decode().strip()
    names = git(git_dir, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
    wanted = [n for n in names if any(fnmatch.fnmatchcase(n, pattern) for pattern in recipe.files)]
    missing = [p for p in recipe.files if not any(fnmatch.fnmatchcase(n, p) for n in names)]
    if missing:
        raise FileNotFoundError(f"not in the snapshot of {recipe.repo}: {', '.join(missing)}")
    archive = git(git_dir, "archive", "--format=tar", commit, "--", *wanted)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            prefixes = (recipe.strip,) if isinstance(recipe.strip, str) else recipe.strip
            prefix = next((p for p in prefixes if p and member.name.startswith(p)), "")
            relative = member.name[len(prefix):]
            target = root / recipe.place / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())
    for relative, fixes in recipe.fixes.items():
        target = root / relative
        text = target.read_text(encoding="utf-8")
        for wrong, right in (fixes,) if isinstance(fixes[0], str) else fixes:
            if wrong not in text:
                raise ValueError(f"{recipe.name}: the fix of {relative} no longer applies ({wrong!r} is gone)")
            text = text.replace(wrong, right)
        target.write_text(text, encoding="utf-8")
    for relative, text in recipe.stubs.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = root / "pyproject.toml"
    own = config.read_text(encoding="utf-8") + "\n" if config.exists() else ""
    if recipe.line_length and "[tool.ruff]" not in own:  # the project's formatter setting, where the tool
        # looks for it (after the project's own pyproject.toml where one is laid out: PyGrid's, whose
        # dependencies say SQLAlchemy 1.3; one with its own ruff settings keeps them: fractal-server's)
        config.write_text(f"{own}[tool.ruff]\nline-length = {recipe.line_length}\n", encoding="utf-8")
    # every directory of the layout is a package (an empty __init__.py of ours where the
    # project's own would import the whole application)
    for directory in [p for p in root.rglob("*") if p.is_dir()]:
        if directory != root and not (directory / "__init__.py").exists() and any(directory.rglob("*.py")):
            (directory / "__init__.py").write_text("", encoding="utf-8")
    return commit


def tree_hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*.py"))}


# -- steps ----------------------------------------------------------------------------------

def modules(recipe: Recipe, root: Path) -> list[str]:
    """The recipe's imports; an entry naming files (``pkg/**/models.py``) is every laid-out
    module it matches."""
    found = []
    for entry in recipe.imports:
        if not entry.endswith(".py"):
            found.append(entry)
            continue
        for path in sorted(root.glob(entry)):
            relative = path.relative_to(root).with_suffix("")
            found.append(".".join(relative.parts[:-1] if relative.name == "__init__" else relative.parts))
    return list(dict.fromkeys(found))


def probe_python(recipe: Recipe) -> str:
    """The interpreter that imports the project's models: this one, or for a recipe with
    ``probe_packages`` a virtualenv with those packages (under ``$REALWORLD_VENVS``, default
    the temporary directory; made on first use and kept)."""
    if not recipe.probe_packages:
        return PYTHON
    packages = sorted(recipe.probe_packages)
    home = Path(os.environ.get("REALWORLD_VENVS") or Path(tempfile.gettempdir()) / "realworld-venvs")
    venv = home / hashlib.sha256("\n".join(packages).encode()).hexdigest()[:12]
    python = venv / "bin" / "python"
    if not (venv / "ready").exists():
        subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True)
        (venv / "ready").write_text("\n".join(packages), encoding="utf-8")
    return str(python)


def probe(recipe: Recipe, root: Path, url: str, create: bool = False) -> dict:
    request = {"root": str(root), "imports": modules(recipe, root), "setup": list(recipe.setup),
               "metadata": recipe.metadata, "stub_roots": list(recipe.stub_roots), "url": url, "create": create,
               "deferred_annotations": recipe.deferred_annotations}
    done = subprocess.run([probe_python(recipe), str(HERE / "probe.py")], input=json.dumps(request),
                          capture_output=True, text=True, timeout=300, cwd=root)
    if done.returncode != 0:
        return {"import_error": f"probe exited {done.returncode}: {done.stderr[-3000:]}", "configure_error": None,
                "classes": {}, "alembic": [], "warnings": []}
    return json.loads(done.stdout)


def cli(command: str, url: str, models: Path, *extra: str) -> tuple[int, dict | None, str, float]:
    started = time.perf_counter()
    # cwd: not in the layout (a package there may shadow the stdlib)
    done = subprocess.run([*CLI, command, "--db", url, "--models", str(models), "--format", "json", *extra],
                          capture_output=True, text=True, timeout=600, cwd=HERE)
    elapsed = time.perf_counter() - started
    try:
        document = json.loads(done.stdout)
    except json.JSONDecodeError:
        document = None
    return done.returncode, document, done.stderr, elapsed


def schema_options(recipe: Recipe) -> list[str]:
    return [option for schema in recipe.schemas for option in ("--schema", schema)]


def code_actions(document: dict | None) -> list[dict]:
    return [a for a in (document or {}).get("actions", []) if a.get("kind") != "db-sql"]


def by_hand_items(document: dict | None) -> list[dict]:
    """Drift the plan leaves to a person, as actions are listed (``kind``, ``reason``)."""
    return [{"kind": f"by-hand {b['kind']}", "class_name": b["file"], "attribute": str(b["line"]),
             "reason": b["message"]} for b in (document or {}).get("by_hand", [])]


def execute(url: str, statements: tuple[str, ...]) -> list[str]:
    import psycopg2

    errors = []
    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        for statement in statements:
            try:
                cur.execute(statement)
            except psycopg2.Error as error:
                errors.append(f"{statement}: {str(error).strip()}")
    conn.close()
    return errors


def stubbed_libraries(recipe: Recipe) -> list[str]:
    """The top-level modules the recipe's stubs stand in for and the project lays out nothing
    of: installed libraries in the project's own environment (reflex, oslo_serialization), which
    isort files as third-party there."""
    own = {PurePosixPath(path).parts[0].removesuffix(".py") for path in recipe.files}
    own |= {PurePosixPath(path.removeprefix(prefix)).parts[0].removesuffix(".py")
            for path in recipe.files for prefix in ((recipe.strip,) if isinstance(recipe.strip, str) else recipe.strip)
            if prefix and path.startswith(prefix)}
    stubbed = {PurePosixPath(path).parts[0].removesuffix(".py") for path in recipe.stubs}
    return sorted(stubbed - own - {recipe.place} - {""})


def ruff_findings(root: Path, files: list[str], line_length: int | None, libraries: list[str]) -> Counter:
    if not files:
        return Counter()
    length = ["--line-length", str(line_length)] if line_length else []
    if libraries:
        length += ["--config", f"lint.isort.known-third-party = {json.dumps(libraries)}"]
    done = subprocess.run(
        [
            PYTHON,
            "-m",
            "ruff",
            "check",
            "--isolated",
            *length,
            "--select",
            "F401,I001",
            "--output-format",
            "json",
            "--exit-zero",
            *files,
        ],
        capture_output=True,
        text=True,
        cwd=root,
    )
    return Counter(
        (item["filename"].removeprefix(str(root) + "/"), item["code"], item["message"])
        for item in json.loads(done.stdout or "[]")
    )


# the table ``alembic stamp head`` makes, and its row: a migrated database has it (a project may map
# it too: Rucio's ``AlembicVersion``)
ALEMBIC_STAMP = (
    "CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) NOT NULL,"
    " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
    "INSERT INTO alembic_version (version_num) VALUES ('1f2e3d4c5b6a')",
)
# a table's name without its schema, as the models' ``Table`` names it
RENAME_COLUMN = re.compile(r'ALTER\s+TABLE\s+(?:"?\w+"?\.)?"?(\w+)"?\s+RENAME\s+COLUMN\s+"?(\w+)"?\s+TO\s+"?(\w+)"?',
                           re.IGNORECASE)
RENAME_TABLE = re.compile(r'ALTER\s+TABLE\s+(?:"?\w+"?\.)?"?(\w+)"?\s+RENAME\s+TO\s+"?(\w+)"?', re.IGNORECASE)


def declare_renames(root: Path, recipe: Recipe, undecided: list[dict]) -> list[str]:
    """What a person answers when the plan asks: the renames the drift made (and only
    those), declared in ``[tool.schema-inspector.renames]`` of a pyproject.toml above the
    models, as README says."""
    made = {(table_after, old, new) for _, table_after, old, new in renamed_columns(recipe.drift)}
    answers = [
        f'"{u["table"]}.{u["old_column"]}" = "{u["new_column"]}"'
        for u in undecided
        if (u.get("table"), u.get("old_column"), u.get("new_column")) in made
    ]
    if answers:
        config = root / "pyproject.toml"
        before = config.read_text(encoding="utf-8") + "\n" if config.exists() else ""
        config.write_text(before + "[tool.schema-inspector.renames]\n" + "\n".join(answers) + "\n", encoding="utf-8")
    return answers


# -- one project ----------------------------------------------------------------------------


@dataclass
class Result:
    recipe: Recipe
    commit: str = ""
    tables: int = 0
    no_drift_actions: int | None = None
    plan_seconds: float | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    details: dict = field(default_factory=dict)
    skipped: str = ""  # why the project was not run here (it needs a newer Python)

    @property
    def passed(self) -> int:
        return sum(self.checks.values())


def lost_attributes(before: dict, after: dict, dropped: set[str]) -> list[str]:
    lost = []
    for class_name, attributes in before.items():
        now = after.get(class_name, {})
        for key, entry in attributes.items():
            if key in now:
                continue
            if entry.get("columns") and set(entry["columns"]) <= dropped:
                continue
            lost.append(f"{class_name}.{key}")
    return lost


def renamed_tables(drift: tuple[str, ...]) -> dict[str, str]:
    """old -> new of each ``ALTER TABLE t RENAME TO u`` of the drift."""
    return {m.group(1): m.group(2) for statement in drift for m in RENAME_TABLE.finditer(statement)}


def after_renames(alembic_noise: list[str], tables: dict[str, str]) -> set[str]:
    """Alembic's report on the database ``create_all`` made, as it reads once the drift renamed
    tables: the same noise names the table by its new name (``table=<equities_v2>``, ``'equities_v2'``)."""
    if not tables:
        return set(alembic_noise)
    names = "|".join(map(re.escape, tables))
    table = re.compile(f"(?<=[<'])({names})(?=[>'])")
    return {table.sub(lambda m: tables[m.group(1)], line) for line in alembic_noise}


def renamed_columns(drift: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(table, table after the drift, old, new) of each ``ALTER TABLE t RENAME COLUMN old TO new``
    of the drift (the table's own name changed by a later ``ALTER TABLE t RENAME TO u``)."""
    tables = renamed_tables(drift)
    return [(table, tables.get(table, table), old, new)
            for statement in drift for table, old, new in RENAME_COLUMN.findall(statement)]


def misplaced_attributes(before: dict, after: dict, renames: list[tuple[str, str, str, str]]) -> list[str]:
    """Attributes that mapped a column the drift renamed and do not map its new name now: an
    attribute kept, but on another column (a rename paired with the wrong column)."""
    misplaced = []
    for class_name, attributes in before.items():
        for key, entry in attributes.items():
            for table, table_after, old, new in renames:
                if entry.get("columns") == [f"{table}.{old}"]:
                    now = after.get(class_name, {}).get(key, {}).get("columns")
                    if now is not None and now != [f"{table_after}.{new}"]:
                        misplaced.append(f"{class_name}.{key} mapped {table}.{old}, renamed {new}; it maps {now} now")
    return misplaced


def changed_python_side(before: dict, after: dict, made_at_import: frozenset[str] = frozenset()) -> list[str]:
    """What changed of the Python side of every column attribute; ``made_at_import``: attributes
    (``Class.attribute``) whose default is a value computed when the module is imported
    (``default=str(uuid.uuid4())``), another one in every process: its kind is compared, not its value."""
    changed = []
    for class_name, attributes in before.items():
        for key, entry in attributes.items():
            now = after.get(class_name, {}).get(key)
            if now is None or entry["kind"] != "ColumnProperty":
                continue
            for aspect in ("default", "onupdate", "decorator", "enum_class"):
                was, is_now = entry.get(aspect), now.get(aspect)
                if aspect == "default" and f"{class_name}.{key}" in made_at_import:
                    was, is_now = str(was).split(" ", 1)[0], str(is_now).split(" ", 1)[0]
                if was != is_now:
                    changed.append(f"{class_name}.{key} {aspect}: {entry.get(aspect)} -> {now.get(aspect)}")
            missing = set(entry.get("enum_members", [])) - set(now.get("enum_members", []))
            if missing:
                changed.append(f"{class_name}.{key} enum members lost: {sorted(missing)}")
    return changed


def run_project(recipe: Recipe, mirror: Path, server: EmbeddedPostgres, workdir: Path) -> Result:
    result = Result(recipe)
    root = workdir / recipe.name
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    result.commit = lay_out(recipe, mirror, root)
    models = root / recipe.models
    originals = {p: (root / p).read_text(encoding="utf-8") for p in tree_hashes(root)}

    database = f"rw_{recipe.name}_{os.getpid()}"
    server.execute_sql(f'DROP DATABASE IF EXISTS "{database}"')
    url = server.create_database(database)
    failed_prelude = execute(url, recipe.prelude)
    if failed_prelude:
        result.problems.extend(f"prelude statement failed: {e}" for e in failed_prelude)
        return result
    created = probe(recipe, root, url, create=True)
    if created["import_error"] or created["configure_error"]:
        result.problems.append(f"original models: {created['import_error'] or created['configure_error']}")
        return result
    result.details["create_notes"] = created.get("create_notes", [])
    failed_stamp = execute(url, ALEMBIC_STAMP)
    if failed_stamp:
        result.problems.extend(f"alembic stamp failed: {e}" for e in failed_stamp)
        return result
    before = probe(recipe, root, url)
    if before["import_error"]:
        result.problems.append(f"original models: {before['import_error']}")
        return result
    result.tables = before.get("tables", 0)
    baseline_alembic = after_renames(before["alembic"], renamed_tables(recipe.drift))
    result.details["alembic_noise"] = sorted(before["alembic"])

    code, document, stderr, _ = cli("plan", url, models, *schema_options(recipe))
    if document is None:
        result.problems.append(f"no-drift plan failed (exit {code}): {stderr[-2000:]}")
        return result
    no_drift = code_actions(document) + by_hand_items(document)  # on the models' own database, nothing
    declined = {a["sql"] for a in document.get("actions", []) if a.get("kind") == "db-sql"}
    result.no_drift_actions = len(no_drift)
    result.details["no_drift_actions"] = [
        f"{a['kind']} {a.get('table')}.{a.get('attribute') or a.get('column') or ''}: {a.get('reason', '')}"
        for a in no_drift
    ]
    result.details["no_drift_notes"] = document.get("notes", [])  # read, not counted: a note may be the truth
    for action in no_drift:
        result.problems.append(
            f"no-drift plan: {action['kind']} {action.get('class_name')}."
            f"{action.get('attribute') or ''}: {action.get('reason', '')[:160]}"
        )

    errors = execute(url, recipe.drift)
    if errors:
        result.problems.extend(f"drift statement failed: {e}" for e in errors)

    code, document, stderr, seconds = cli("plan", url, models, *schema_options(recipe))
    result.plan_seconds = seconds
    result.details["drift_plan_exit"] = code
    result.details["drift_actions"] = [
        f"{a['kind']} {a.get('table')} {a.get('attribute') or a.get('column') or ''}"
        for a in (document or {}).get("actions", [])
    ]
    result.details["drift_undecided"] = (document or {}).get("undecided", [])
    result.details["drift_notes"] = (document or {}).get("notes", [])

    # the database's side of the plan, run as the team's DBA would (``plan --only db-sql``); those
    # the plan already made before the drift (a key for a table without one) were declined then
    suggested = [a["sql"] for a in (document or {}).get("actions", [])
                 if a.get("kind") == "db-sql" and a["sql"] not in declined]
    result.details["db_sql"] = suggested
    declared = declare_renames(root, recipe, result.details["drift_undecided"])
    result.details["declared_renames"] = declared

    hashes_before_apply = tree_hashes(root)
    code, document, stderr, _ = cli("apply", url, models, *schema_options(recipe))
    failed = [r for r in (document or {}).get("results", []) if r.get("status") == "failed"]
    result.checks["apply"] = document is not None and not failed
    if document is None:
        result.problems.append(f"apply failed (exit {code}): {stderr[-2000:]}")
    for r in failed:
        result.problems.append(f"apply refused {r.get('file')}: {r.get('message', '')[:300]}")
    edited = [p for p, h in tree_hashes(root).items() if hashes_before_apply.get(p) != h]
    result.details["edited"] = edited

    result.problems.extend(f"db-sql suggestion failed: {e}" for e in execute(url, tuple(suggested)))
    after = probe(recipe, root, url)
    result.checks["import"] = not after["import_error"] and not after["configure_error"]
    if not result.checks["import"]:
        result.problems.append(f"models after apply: {(after['import_error'] or after['configure_error'])[-1500:]}")
    new_alembic = sorted(set(after["alembic"]) - baseline_alembic)
    result.checks["alembic"] = result.checks["import"] and not new_alembic
    result.problems += [f"Alembic: {d}" for d in new_alembic]
    lost = lost_attributes(before["classes"], after["classes"], set(recipe.dropped))
    misplaced = misplaced_attributes(before["classes"], after["classes"], renamed_columns(recipe.drift))
    result.checks["attributes"] = result.checks["import"] and not lost and not misplaced
    result.problems += [f"attribute no longer mapped: {a}" for a in lost]
    result.problems += [f"attribute on the wrong column: {a}" for a in misplaced]
    changed = changed_python_side(before["classes"], after["classes"], frozenset(recipe.made_at_import))
    result.checks["python-side"] = result.checks["import"] and not changed
    result.problems += [f"Python side changed: {c}" for c in changed]

    code, document, stderr, _ = cli("plan", url, models, *schema_options(recipe))
    second = code_actions(document)
    undecided = (document or {}).get("undecided", [])
    result.checks["plan2"] = document is not None and not second and not undecided
    result.problems += [
        f"second plan: {a['kind']} {a.get('class_name')}.{a.get('attribute') or ''}: {a.get('reason', '')[:160]}"
        for a in second
    ]
    result.problems += [
        f"second plan undecided: {u.get('table')}.{u.get('old_column')} ~ {u.get('new_column')}" for u in undecided
    ]
    if document is None:
        result.problems.append(f"second plan failed (exit {code}): {stderr[-1500:]}")

    hashes = tree_hashes(root)
    cli("apply", url, models, *schema_options(recipe))
    moved = [p for p, h in tree_hashes(root).items() if hashes.get(p) != h]
    result.checks["apply2"] = not moved
    result.problems += [f"second apply changed {p}" for p in moved]

    libraries = stubbed_libraries(recipe)
    new_findings = findings_after = ruff_findings(root, edited, recipe.line_length, libraries)
    if edited:
        scratch = workdir / f"{recipe.name}.original"
        if scratch.exists():
            shutil.rmtree(scratch)
        for p, text in originals.items():  # the whole original tree: ruff reads packages from it
            (scratch / p).parent.mkdir(parents=True, exist_ok=True)
            (scratch / p).write_text(text, encoding="utf-8")
        new_findings = findings_after - ruff_findings(scratch, edited, recipe.line_length, libraries)
        shutil.rmtree(scratch)
    result.checks["ruff"] = not new_findings
    result.problems += [f"ruff {code} {path}: {message}" for (path, code, message) in sorted(new_findings)]
    server.execute_sql(f'DROP DATABASE IF EXISTS "{database}"')
    return result


# -- the table --------------------------------------------------------------------------------


def table(results: list[Result]) -> str:
    lines = [
        "| project | style | tables | no-drift actions | checks passed | plan seconds |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        if r.skipped:
            lines.append(f"| {r.recipe.name} | {r.recipe.style} | - | - | skipped: {r.skipped} | - |")
            continue
        total = len(CHECKS)
        checks = f"{r.passed}/{total}" if r.checks else f"0/{total}"
        failed = [c for c in CHECKS if not r.checks.get(c, False)]
        if failed and r.checks:
            checks += f" (not: {', '.join(failed)})"
        lines.append(
            f"| {r.recipe.name} | {r.recipe.style} | {r.tables} | "
            f"{'-' if r.no_drift_actions is None else r.no_drift_actions} | {checks} | "
            f"{'-' if r.plan_seconds is None else f'{r.plan_seconds:.2f}'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", default=os.environ.get("REALWORLD_MIRROR", "/work/.mirror"))
    parser.add_argument("--project", action="append", help="only this project (repeatable)")
    parser.add_argument("--keep", help="lay the projects out here and keep them")
    parser.add_argument("--json", help="write every result, with details, to this file")
    args = parser.parse_args(argv)

    recipes = [r for r in load_recipes() if not args.project or r.name in args.project]
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="realworld-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    with EmbeddedPostgres() as server:
        for recipe in recipes:
            print(f"-- {recipe.name}", file=sys.stderr, flush=True)
            if sys.version_info[:2] < recipe.python:
                needs = ".".join(map(str, recipe.python))
                results.append(Result(recipe, skipped=f"needs Python {needs}+ (run the corpus with one)"))
                continue
            try:
                results.append(run_project(recipe, Path(args.mirror), server, workdir))
            except FileNotFoundError as error:
                result = Result(recipe)
                result.problems.append(str(error))
                results.append(result)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    print(table(results))
    for r in results:
        if r.problems:
            print(f"\n{r.recipe.name} ({r.recipe.repo} @ {r.commit[:10]}):")
            for problem in r.problems:
                print(f"  - {problem}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                [
                    {
                        "project": r.recipe.name,
                        "repo": r.recipe.repo,
                        "commit": r.commit,
                        "style": r.recipe.style,
                        "tables": r.tables,
                        "no_drift_actions": r.no_drift_actions,
                        "checks": r.checks,
                        "plan_seconds": r.plan_seconds,
                        "problems": r.problems,
                        "details": r.details,
                    }
                    for r in results
                ],
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0 if all(r.passed == len(CHECKS) and r.no_drift_actions == 0 for r in results if not r.skipped) else 1


if __name__ == "__main__":
    sys.exit(main())
