"""The SQLAlchemy 2.0 ``Mapped`` corpus: sqlacodegen's own output for the benchmark database,
split into files as a team would keep it.

    python benchmarks/generate_mapped.py --workspace /tmp/bench [--files 20]

``generate_models.py`` writes the database (``schema.sql``) and the Flask-SQLAlchemy models;
this writes ``mapped/`` next to them: ``base.py`` (sqlacodegen's imports, ``Base`` and the
Python enums) and ``models_00.py`` .. ``models_NN.py`` with consecutive classes and
``Table`` objects, each importing what ``base.py`` defines. sqlacodegen renders every
table in the style a 2.0 codebase uses (``Mapped[...] = mapped_column(...)``,
``__table_args__`` tuples of ``ForeignKeyConstraint`` / ``PrimaryKeyConstraint`` /
``Index``, ``Mapped['T137']`` relationships), so the corpus is reproducible from
sqlacodegen's version alone. sqlacodegen drops an index's sort order and an expression
index's expression; one ``schema-inspector apply`` on the undrifted database puts them back
(336 index edits), so that, like the Flask corpus, the models match the database before
``drift.sql`` and a plan measures the drift. (Its output does
not import under SQLAlchemy 2.1: ``DOMAIN(...)`` calls with an extra positional argument and an
unimported ``MetaData``. The files are read, never imported, so they are kept as written.)
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_models import ensure_workspace  # noqa: E402
from schema_inspector.introspect.embedded import EmbeddedPostgres  # noqa: E402

MAPPED = "mapped"


def sqlacodegen_command(url: str) -> list[str]:
    # SQLAlchemy 2.1 defaults postgresql:// to psycopg 3; this project installs psycopg2.
    url = url.replace("postgresql://", "postgresql+psycopg2://", 1)
    script = Path(sys.executable).parent / "sqlacodegen"
    return [str(script), url] if script.exists() else [sys.executable, "-m", "sqlacodegen", url]


def split_module(source: str, files: int) -> dict[str, str]:
    """File name -> source: sqlacodegen's single module cut at top-level statements.

    The header (imports, ``Base``, the enums) goes to ``base.py``; every model file starts
    with the same imports plus ``from .base import ...`` of what ``base.py`` defines, and
    takes a run of consecutive classes and tables."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    imports = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    header_names: list[str] = []
    models: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and not _is_model(node):
            header_names.append(node.name)
        elif not isinstance(node, (ast.Import, ast.ImportFrom)):
            models.append(node)
    import_text = "".join(lines[imports[0].lineno - 1:imports[-1].end_lineno])

    def text_of(node: ast.stmt) -> str:
        start = node.lineno - 1 - len(getattr(node, "decorator_list", ()))
        return "".join(lines[start:node.end_lineno])

    header_nodes = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name in header_names]
    package = {"__init__.py": "", "base.py": import_text + "\n\n" + "\n\n".join(text_of(n) for n in header_nodes)}
    per_file = -(-len(models) // files)
    base_import = f"from .base import {', '.join(header_names)}\n"
    for number in range(files):
        chunk = models[number * per_file:(number + 1) * per_file]
        body = "\n\n".join(text_of(node) for node in chunk)
        package[f"models_{number:02d}.py"] = import_text + base_import + "\n\n" + body
    modules = ", ".join(Path(name).stem for name in sorted(package) if name.startswith("models_"))
    package["__init__.py"] = f"from . import base, {modules}  # noqa: F401\n"
    return package


def _is_model(node: ast.ClassDef) -> bool:
    return any(isinstance(base, ast.Name) and base.id == "Base" for base in node.bases)


def write_mapped(root: Path, files: int = 20, server: EmbeddedPostgres | None = None) -> Path:
    """``root/mapped``, written unless it already was for this schema and sqlacodegen."""
    workspace = ensure_workspace(root)
    target = root / MAPPED
    version = subprocess.run(sqlacodegen_command("--version")[:1] + ["--version"],
                             capture_output=True, text=True).stdout.strip()
    settings = {"schema": workspace.settings.read_text(), "files": files, "sqlacodegen": version,
                "generator": Path(__file__).read_text()}
    stamp = root / "mapped.json"
    if target.is_dir() and stamp.exists() and json.loads(stamp.read_text()) == settings:
        return target
    if server is None:
        with EmbeddedPostgres() as own:
            return write_mapped(root, files, own)
    url = server.create_database("mapped_source")
    server.load_sql(workspace.schema_sql, "mapped_source")
    result = subprocess.run(sqlacodegen_command(url), capture_output=True, text=True, check=True)
    target.mkdir(exist_ok=True)
    for old in target.glob("*.py"):
        old.unlink()
    for name, text in split_module(result.stdout, files).items():
        (target / name).write_text(text)
    _bring_in_line(url, target)
    stamp.write_text(json.dumps(settings))
    return target


def _bring_in_line(url: str, models: Path) -> None:
    """sqlacodegen drops what it cannot render (an index's DESC, an expression index's
    expression): one ``apply`` on the undrifted database brings the models in line, as a
    team's models are before the database drifts; a second ``plan`` must find nothing."""
    cli = [sys.executable, "-m", "schema_inspector"]
    subprocess.run([*cli, "apply", "--db", url, "--models", str(models)], capture_output=True, check=True)
    again = subprocess.run([*cli, "plan", "--db", url, "--models", str(models), "--format", "json"],
                           capture_output=True, text=True)
    actions = [a for a in json.loads(again.stdout)["actions"] if a["kind"] != "db-sql"]
    if actions:
        raise SystemExit(f"{models}: {len(actions)} action(s) left after apply, e.g. {actions[0]['reason']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args()
    target = write_mapped(args.workspace, args.files)
    lines = sum(len(path.read_text().splitlines()) for path in target.glob("*.py"))
    print(f"wrote {target}: {lines} lines in {len(list(target.glob('models_*.py')))} model files")


if __name__ == "__main__":
    main()
