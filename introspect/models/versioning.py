"""The tables SQLAlchemy-Continuum makes when the mappers are configured::

    from sqlalchemy_continuum import make_versioned

    make_versioned(user_cls=None)


    class Article(Base):
        __versioned__ = {}
        __tablename__ = "article"

``make_versioned()`` makes, at run time, a version table for the table of every class with
``__versioned__`` (its own or inherited): ``article_version``, or the ``table_name`` option's
template (``options={"table_name": "%s_history"}``); one for each ``Table(...)`` object of
the models (the association tables of versioned many-to-many relationships); the
``transaction`` table, and the tables of the plugins it is given (``activity``,
``transaction_changes``, ``transaction_meta``). No model class writes them. The database's
tables of these names are taken to be the library's: not compared, and no class is generated
for them (a generated class would map the table a second time: "Table ... is already
defined"). One line in ``unresolved`` at the call says which.

SQLAlchemy's own history recipe (``examples/versioned_history/history_meta.py``), which projects
copy into their code, does the same without a library: a mixin (``Versioned``) whose module copies
the table of every mapped class deriving from it, when the mapper is made, with
``table.to_metadata(metadata, name=table.name + "_history")``. The tables so named are its own.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from .columns import ModuleInfo, Problems
from .exprs import last_name
from .sourcemap import ClassSource

_DEFAULT_TEMPLATE = "%s_version"
_PLUGIN_TABLES = {
    "ActivityPlugin": "activity",
    "TransactionChangesPlugin": "transaction_changes",
    "TransactionMetaPlugin": "transaction_meta",
}


def versioned_tables(modules: Iterable[ModuleInfo], classes: Iterable[ClassSource],
                     problems: Problems) -> tuple[str | None, tuple[tuple[str, str, int], ...]]:
    """The template of the version tables' names (``%s_version``) and the (regex, file, line)
    of each table Continuum makes, at the first ``make_versioned(...)`` call of the files
    that import it from ``sqlalchemy_continuum``; (None, ()) without one."""
    call, module = next(_make_versioned_calls(modules), (None, None))
    if call is None or module is None:
        return None, ()
    template = _table_name_template(call)
    classes = list(classes)
    versioned = {c.table for c in classes if c.kind == "model" and c.table and "__versioned__" in c.names}
    if not versioned:
        return template, ()
    names = sorted({template % table for table in versioned}
                   | {template % c.table for c in classes if c.kind == "table-object" and c.table})
    names += ["transaction", *sorted(_plugin_tables(call))]
    problems.add(module.path, call.lineno,
                 f"SQLAlchemy-Continuum's make_versioned(): the tables it makes at run time ({', '.join(names)}) "
                 "are taken to be its own: not compared, no class generated for them")
    return template, tuple((re.escape(name), module.path, call.lineno) for name in names)


def _make_versioned_calls(modules: Iterable[ModuleInfo]) -> Iterator[tuple[ast.Call, ModuleInfo]]:
    for module in modules:
        if b"make_versioned" not in module.source.utf8 or b"sqlalchemy_continuum" not in module.source.utf8:
            continue
        for node in ast.walk(module.syntax_tree()):
            if isinstance(node, ast.Call) and last_name(node.func) == "make_versioned" \
                    and _from_continuum(node.func, module):
                yield node, module


def _from_continuum(func: ast.expr, module: ModuleInfo) -> bool:
    """``make_versioned`` imported from ``sqlalchemy_continuum``, or ``sqlalchemy_continuum.make_versioned``."""
    name = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else \
        func.id if isinstance(func, ast.Name) else None
    return name is not None and module.origins.get(name, "").split(".")[0] == "sqlalchemy_continuum"


def _table_name_template(call: ast.Call) -> str:
    """The ``table_name`` option when the call writes it as a literal (``%s_history``);
    Continuum's default otherwise."""
    options = next((k.value for k in call.keywords if k.arg == "options"), None)
    if isinstance(options, ast.Dict):
        for key, value in zip(options.keys, options.values, strict=False):
            if isinstance(key, ast.Constant) and key.value == "table_name" and isinstance(value, ast.Constant) \
                    and isinstance(value.value, str) and value.value.count("%s") == 1:
                return value.value
    return _DEFAULT_TEMPLATE


def _plugin_tables(call: ast.Call) -> set[str]:
    plugins = next((k.value for k in call.keywords if k.arg == "plugins"), None)
    if plugins is None:
        return set()
    return {_PLUGIN_TABLES[name] for node in ast.walk(plugins)
            if (name := last_name(node) if isinstance(node, (ast.Name, ast.Attribute)) else None) in _PLUGIN_TABLES}


def history_tables(modules: Iterable[ModuleInfo], classes: Iterable[ClassSource], problems: Problems
                   ) -> tuple[tuple[tuple[str, str, int], ...], tuple[tuple[str, str], ...]]:
    """(regex, file, line) of each table a history recipe makes: ``<table><suffix>`` for the table
    of every class deriving from a class of a module that copies tables as
    ``x.to_metadata(..., name=<...> + "<suffix>")``, one line in ``unresolved`` at that call; and
    (mixin, suffix) of each such class of that module that a model derives from (a new class
    derives from it only where the database has its table + suffix, as ``tables_per_class``)."""
    classes = [c for c in classes if c.kind != "table-object"]
    by_name = {c.class_name: c for c in classes}
    found: list[tuple[str, str, int]] = []
    mixins: list[tuple[str, str]] = []
    for module, suffix, line in _table_copies(modules):
        # the recipe's mixin is a plain class (``class Versioned:``), not the declarative base or a
        # model the module may hold too
        defined = {node.name for node in module.syntax_tree().body if isinstance(node, ast.ClassDef)
                   and all(isinstance(base, ast.Name) and base.id == "object" for base in node.bases)}
        tables: set[str] = set()
        for cls in classes:
            if cls.kind == "model" and cls.table and cls.inherits_table is None \
                    and (mixin := _derived_from(cls, defined, by_name)) is not None:
                tables.add(cls.table + suffix)
                mixins.append((mixin, suffix))
        if not tables:
            continue
        made = ", ".join(sorted(tables))
        problems.add(module.path, line, f"the tables this history recipe makes at run time ({made}) are taken to be "
                     "its own: not compared, no class generated for them")
        found += [(re.escape(table), module.path, line) for table in sorted(tables)]
    return tuple(found), tuple(dict.fromkeys(mixins))


def _table_copies(modules: Iterable[ModuleInfo]) -> Iterator[tuple[ModuleInfo, str, int]]:
    """(module, suffix, line) of the first ``.to_metadata(..., name=<...> + "<suffix>")`` (or
    ``tometadata``) call of each module."""
    for module in modules:
        if b"to_metadata" not in module.source.utf8 and b"tometadata" not in module.source.utf8:
            continue
        for node in ast.walk(module.syntax_tree()):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("to_metadata", "tometadata")):
                continue
            name = next((k.value for k in node.keywords if k.arg == "name"), None)
            if isinstance(name, ast.BinOp) and isinstance(name.op, ast.Add) \
                    and isinstance(name.right, ast.Constant) and isinstance(name.right.value, str) and name.right.value:
                yield module, name.right.value, node.lineno
                break


def _derived_from(cls: ClassSource, names: set[str], by_name: dict[str, ClassSource]) -> str | None:
    """The one of ``names`` that ``cls`` derives from (one of its bases, or of theirs among the
    classes ``by_name``), if any."""
    seen: set[str] = set()
    todo = list(cls.bases)
    while todo:
        base = todo.pop().rpartition(".")[2]
        if base in names:
            return base
        if base not in seen and base in by_name:
            seen.add(base)
            todo.extend(by_name[base].bases)
    return None
