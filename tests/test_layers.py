"""Data flows one way: introspect -> planner -> codemods -> queries (check-queries writes its
fixes with the codemods' atomic writer) -> the CLI package. No
module imports a layer above its own (checked on the source with ``ast``, imports inside
functions included), and the CLI's modules do not import each other's private names."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER = {"introspect": 0, "planner": 1, "codemods": 2, "queries": 3, "schema_inspector": 4}


def _package(module: str, package: list[str]) -> str | None:
    """The layer folder an import names (None: outside the tool); ``package`` is the
    importing module's package as installed (``["schema_inspector", "planner"]``)."""
    dots = len(module) - len(module.lstrip("."))
    if dots:  # relative: one dot is this package, each further dot one package up
        parts = package[: len(package) - (dots - 1)] + [p for p in module[dots:].split(".") if p]
    else:
        parts = module.split(".")
    if parts[:1] != ["schema_inspector"]:
        return None
    return parts[1] if len(parts) > 1 and parts[1] in LAYER else "schema_inspector"


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, [alias.name]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            yield node.lineno, module, [alias.name for alias in node.names]


def test_no_module_imports_a_layer_above_its_own():
    wrong = []
    for folder, level in LAYER.items():
        for path in (ROOT / folder).rglob("*.py"):
            for line, module, _ in _imports(path):
                subdirs = list(path.relative_to(ROOT / folder).parts[:-1])
                package = ["schema_inspector"] + ([] if folder == "schema_inspector" else [folder]) + subdirs
                target = _package(module, package)
                if target in LAYER and LAYER[target] > level:
                    wrong.append(f"{path.relative_to(ROOT)}:{line}: imports {module}")
    assert wrong == []


def test_the_cli_modules_share_public_names_only():
    wrong = []
    for path in (ROOT / "schema_inspector").glob("*.py"):
        for line, module, names in _imports(path):
            if module.startswith(".") or module.startswith("schema_inspector"):
                private = [n for n in names if n.startswith("_") and not n.startswith("__")]
                if private:
                    wrong.append(f"{path.name}:{line}: {module} {private}")
    assert wrong == []
