"""The child process of the real-world corpus: import a project's models and report on them.

Run as ``python probe.py`` with a JSON request on stdin (one project per process, because
every project brings its own module names)::

    {"root": "...", "imports": ["pkg.models", ...], "setup": ["pkg.orm:start_mappers"],
     "metadata": "pkg.models:db.metadata", "stub_roots": ["flask_login", ...],
     "url": "postgresql://...", "create": false, "deferred_annotations": false}

It puts ``root`` on ``sys.path``, installs the stand-ins below, imports the modules, calls
the setup functions, runs ``configure_mappers()``, and prints one JSON report:

- ``classes``: every mapped class -> attribute -> what a caller or a row depends on (the
  columns it maps, the Python-side ``default`` / ``onupdate``, the TypeDecorator class and
  the Python enum class of its type);
- ``alembic``: Alembic's ``compare_metadata`` (``compare_type``, ``compare_server_default``)
  against ``url``, one line per difference;
- ``configure_error``, ``import_error``: the first failure, as ``Name: message``.

With ``"create": true`` it builds the database from the metadata (``create_all``) instead.

Stand-ins (ours, so that the projects' own files are laid out unchanged):

- modules under ``stub_roots`` that are not on disk (with ``"*"``: any module a file of the
  project imports that is not installed) import as permissive stubs: every
  attribute is a stub, calling one gives a stub (or returns a function it decorates), and a
  stub used as a base class is an empty plain class; a pydantic field typed with a stub takes any
  value. The models only need these names to
  exist (``flask_login.UserMixin``, ``flask_babel.gettext``, an app's cache decorator);
- ``typing.override`` on Pythons before 3.12, ``collections.MutableMapping`` and the other
  ABCs Python 3.10 removed from ``collections``, ``sqlalchemy.orm.mapper`` (removed in
  SQLAlchemy 2.0) as ``registry().map_imperatively``, ``flask_sqlalchemy.BaseQuery``
  (Flask-SQLAlchemy 2's name for ``flask_sqlalchemy.query.Query``).
"""

from __future__ import annotations

import datetime
import enum
import gc
import hashlib
import importlib
import importlib.abc
import importlib.machinery
import json
import re
import sys
import traceback
import types
import warnings


class Stub:
    """Anything a model file may ask of a module that is not there."""

    _classes: dict[str, type] = {}

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str):
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return Stub(f"{self._name}.{attribute}")

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and not kwargs and _decorated(args[0]):
            return args[0]  # used as a decorator
        return Stub(f"{self._name}()")

    def __mro_entries__(self, bases):
        if self._name not in Stub._classes:
            Stub._classes[self._name] = type(self._name.rsplit(".", 1)[-1], (), {
                "__get_pydantic_core_schema__": classmethod(_any_schema)})
        return (Stub._classes[self._name],)

    def __get_pydantic_core_schema__(self, source, handler):  # a pydantic field annotated with a stub
        return _any_schema(self, source, handler)

    def __iter__(self):
        return iter(())

    def __repr__(self) -> str:
        return f"<stub {self._name}>"

    def __getitem__(self, item):
        return self

    def __setitem__(self, item, value):  # a library's registry filled at import (celery's BACKEND_ALIASES)
        pass

    def __or__(self, other):  # an annotation ``SpiffTask | None``: Optional, so the column is nullable
        if other is None:
            return self.__mro_entries__(())[0] | None
        return self

    __ror__ = __or__


def _any_schema(owner, source, handler):
    """Pydantic's schema of a stub: any value (a field of a pydantic model of the project typed
    with a class of a module that is not there)."""
    from pydantic_core import core_schema

    return core_schema.any_schema()


ROOT = ""  # the layout: classes defined there are what a stub used as a decorator decorates


def _decorated(value) -> bool:
    """Whether a stub called with ``value`` alone is decorating it: a function, or a class
    of the project's own (not ``vectorizer(db.Integer)``, a decorator factory's argument)."""
    if isinstance(value, (types.FunctionType, types.MethodType, classmethod, staticmethod, property)):
        return True
    if isinstance(value, type):
        module = sys.modules.get(value.__module__)
        return bool(ROOT) and (getattr(module, "__file__", None) or "").startswith(ROOT + "/")
    return False


class StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Last on ``sys.meta_path``: a module under one of ``roots`` that nothing else found."""

    def __init__(self, roots: list[str]) -> None:
        self.roots = set(roots)

    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in self.roots or ("*" in self.roots and _imported_by_the_project()):
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        module = types.ModuleType(spec.name)
        module.__path__ = []
        module.__getattr__ = lambda attribute: _module_attribute(spec.name, attribute)
        return module

    def exec_module(self, module) -> None:
        pass


def _imported_by_the_project() -> bool:
    """Whether the import being resolved is a statement of the project's files (``"*"`` in
    the roots: any module they name that is not installed), never a library's own
    ``try: import optional`` probe."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if not name.startswith("<frozen") and not name.endswith("probe.py"):
            return bool(ROOT) and name.startswith(ROOT + "/")
        frame = frame.f_back
    return False


def _module_attribute(module: str, attribute: str):
    if attribute.startswith("__"):
        raise AttributeError(attribute)
    return Stub(f"{module}.{attribute}")


class FutureAnnotationsLoader(importlib.machinery.SourceFileLoader):
    """Compiles a module as if it began with ``from __future__ import annotations``: the
    class-body annotations of projects written for deferred evaluation (PEP 649, Python
    3.14: ``Mapped[User]`` with ``User`` imported under ``if TYPE_CHECKING:``) stay strings,
    which SQLAlchemy resolves by class name, as it does theirs."""

    def source_to_code(self, data, path, *, _optimize=-1):
        import __future__

        return compile(data, path, "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True,
                       optimize=_optimize)


def defer_annotations_under(root: str) -> None:
    def hook(path: str):
        if path == root or path.startswith(root + "/"):
            return importlib.machinery.FileFinder(path, (FutureAnnotationsLoader, [".py"]))
        raise ImportError(path)

    sys.path_hooks.insert(0, hook)
    sys.path_importer_cache.clear()


def install_stand_ins(stub_roots: list[str]) -> None:
    import typing

    if not hasattr(typing, "override"):
        typing.override = lambda function: function
    import collections
    import collections.abc

    for name in ("Callable", "Iterable", "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "Sequence",
                 "Set"):  # removed from collections in Python 3.10
        if not hasattr(collections, name):
            setattr(collections, name, getattr(collections.abc, name))
    import sqlalchemy.orm

    if getattr(sqlalchemy.orm.mapper, "__name__", "") == "_mapper_fn":  # the 2.0 function that raises
        imperative = sqlalchemy.orm.registry()

        def mapper(class_, local_table=None, *args, **kwargs):
            return imperative.map_imperatively(class_, local_table, *args, **kwargs)

        sqlalchemy.orm.mapper = mapper
    try:
        import flask_sqlalchemy
        import flask_sqlalchemy.query
    except ImportError:
        pass
    else:
        if not hasattr(flask_sqlalchemy, "BaseQuery"):  # Flask-SQLAlchemy 2's name for its Query
            flask_sqlalchemy.BaseQuery = flask_sqlalchemy.query.Query
    sys.meta_path.append(StubFinder(stub_roots))


def resolve(path: str):
    module_name, _, attributes = path.partition(":")
    value = importlib.import_module(module_name)
    for part in attributes.split(".") if attributes else ():
        value = getattr(value, part)
    return value


# -- what the report says -----------------------------------------------------------------

def qualified(value) -> str:
    target = getattr(value, "__wrapped__", value)
    if isinstance(target, Stub):
        return repr(target)
    owner = getattr(target, "__self__", None)
    if isinstance(owner, type):  # a class's method: datetime.datetime.utcnow
        return f"{owner.__module__}.{owner.__qualname__}.{target.__name__}"
    module = getattr(target, "__module__", None)
    name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if module and name:
        return f"{module}.{name}"
    return repr(target)


def _callable(value) -> str:
    """A function by its qualified name; a lambda by what it does (its code, constants and
    the objects its global names are bound to), so that the copy of a mixin's
    ``default=lambda: datetime.utcnow()`` that an override writes reads as the same default."""
    target = getattr(value, "__wrapped__", value)
    code = getattr(target, "__code__", None)
    if code is None or getattr(target, "__name__", "") != "<lambda>":
        return qualified(value)
    scope = getattr(target, "__globals__", {})
    bound = tuple(re.sub(r" at 0x[0-9a-f]+", "", qualified(scope[n])) if n in scope else n for n in code.co_names)
    return f"lambda {hashlib.sha256(repr((_code_of(code), bound)).encode()).hexdigest()[:12]}"


def _code_of(code) -> tuple:
    """A code object's instructions and constants, a nested one's (a comprehension's) likewise:
    not its repr, which names its line (an edit above the lambda moves it)."""
    return code.co_code, tuple(_code_of(c) if hasattr(c, "co_code") else c for c in code.co_consts), code.co_names


def _sql_text(clause) -> str:
    """A SQL default as PostgreSQL's compiler writes it (a construct of the project's own may
    compile for some dialects only: cachito's ``utcnow()``), else its class."""
    from sqlalchemy.dialects import postgresql

    try:
        return str(clause.compile(dialect=postgresql.dialect()))
    except Exception:  # noqa: BLE001 - a describer never fails the report
        return f"<{qualified(type(clause))}>"


def describe_default(default) -> str | None:
    if default is None:
        return None
    if getattr(default, "is_sequence", False):
        return f"sequence {default.name}"
    if getattr(default, "is_callable", False):
        return f"callable {_callable(default.arg)}"
    if getattr(default, "is_clause_element", False):
        return f"sql {_sql_text(default.arg)}"
    arg = getattr(default, "arg", default)
    if isinstance(arg, enum.Enum):
        return f"enum {qualified(type(arg))}.{arg.name}"
    if isinstance(arg, (datetime.date, datetime.time)):
        # default=datetime.now(...) is evaluated when the module is imported: its value is the
        # time of each import, so the default is its type (and time zone) alone
        return f"scalar {type(arg).__name__} computed at import, tzinfo {getattr(arg, 'tzinfo', None) is not None}"
    return f"scalar {arg!r}"


def describe_type(sqltype) -> dict:
    from sqlalchemy import Enum, TypeDecorator
    from sqlalchemy.types import ARRAY

    found: dict = {}
    # SQLModel's AutoString is how it spells a ``str`` field's String (MySQL's default length is
    # all it adds): no Python side, and a field whose column becomes text is ``sa_type=Text``
    if isinstance(sqltype, TypeDecorator) and qualified(type(sqltype)) != "sqlmodel.sql.sqltypes.AutoString":
        found["decorator"] = qualified(type(sqltype))
        sqltype = sqltype.impl_instance if hasattr(sqltype, "impl_instance") else sqltype.impl
    if isinstance(sqltype, ARRAY):
        sqltype = sqltype.item_type
    if isinstance(sqltype, Enum) and sqltype.enum_class is not None:
        found["enum_class"] = qualified(sqltype.enum_class)
        found["enum_members"] = [member.name for member in sqltype.enum_class]
    return found


def _all_mappers() -> list:
    """Every mapper: of each registry (SQLAlchemy 1.4+), or of the one weak set 1.3 keeps."""
    try:
        from sqlalchemy.orm.mapper import _mapper_registries
    except ImportError:  # SQLAlchemy 1.3
        from sqlalchemy.orm.mapper import _mapper_registry

        return list(_mapper_registry)
    return [mapper for registry in list(_mapper_registries) for mapper in registry.mappers]


def mapped_classes() -> dict:
    from sqlalchemy.orm import ColumnProperty, RelationshipProperty

    classes: dict = {}
    for mapper in _all_mappers():
        attributes: dict = {}
        for prop in mapper.iterate_properties:
            entry: dict = {"kind": type(prop).__name__}
            if isinstance(prop, ColumnProperty):
                entry["columns"] = [f"{getattr(c, 'table', None) is not None and c.table.name}.{c.name}"
                                    for c in prop.columns if hasattr(c, "name")]
                first = prop.columns[0]
                if hasattr(first, "default"):
                    entry["default"] = describe_default(first.default)
                    entry["onupdate"] = describe_default(first.onupdate)
                    entry.update(describe_type(first.type))
            elif isinstance(prop, RelationshipProperty):
                try:
                    entry["target"] = prop.mapper.class_.__name__
                except Exception:  # noqa: BLE001 - unconfigured: the report has the error
                    entry["target"] = None
            attributes[prop.key] = entry
        classes[f"{mapper.class_.__module__}.{mapper.class_.__qualname__}"] = attributes
    return classes


def _name(value) -> str:
    from sqlalchemy import Column, Table

    if isinstance(value, Table):
        return value.name
    if isinstance(value, Column):
        return f"{value.table.name if value.table is not None else '?'}.{value.name}"
    name = getattr(value, "name", None)
    if name is not None and not isinstance(value, (str, int)):
        columns = getattr(value, "columns", None)
        try:
            listed = ",".join(c.name for c in columns) if columns is not None else ""
        except Exception:  # noqa: BLE001 - a describer never fails the report
            listed = ""
        return f"{type(value).__name__}({name}{':' + listed if listed else ''})"
    return repr(value)


def describe_diff(diff) -> str:
    """One Alembic difference as text; object addresses (``<X object at 0x7f...>``) are
    dropped, so that the same difference reads the same in two processes, and so is the column's
    context (``existing_nullable``...), so that a difference Alembic reports on the database
    ``create_all`` made reads the same once the drift changed something else of the column."""
    if isinstance(diff, list):
        return "; ".join(describe_diff(d) for d in diff)
    text = " ".join(_name(part) if not isinstance(part, dict) else json.dumps(
        {k: v for k, v in part.items() if not k.startswith("existing_")}, default=str, sort_keys=True)
        for part in diff)
    return re.sub(r" at 0x[0-9a-f]+", "", text)


def alembic_diffs(metadata, url: str) -> list[str]:
    import psycopg2
    import sqlalchemy as sa
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(url),
                              poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            # tables in schemas of their own are compared there too (Alembic reads only the
            # default schema otherwise)
            schemas = any(table.schema for table in metadata.tables.values())
            _compare_json_defaults_as_text()
            context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True,
                                                             "include_schemas": schemas})
            return sorted(describe_diff(d) for d in compare_metadata(context, metadata))
    finally:
        engine.dispose()


def _compare_json_defaults_as_text() -> None:
    """Alembic compares a server default on PostgreSQL by asking the server whether the two are equal
    (``SELECT '[]'::json = '[]'``), which json cannot answer (no = operator): FitTrackee's
    ``server_default="[]"`` on a JSON column. Such a default is compared as text, its cast left off;
    any other, as Alembic does. (A ``compare_server_default`` function of our own would do, but
    Alembic then fails on a computed column.)"""
    from alembic.ddl.postgresql import PostgresqlImpl

    compare = PostgresqlImpl.compare_server_default
    if getattr(compare, "json_as_text", False):
        return

    def compare_server_default(self, inspector_column, metadata_column, rendered_metadata_default,
                               rendered_inspector_default):
        if type(metadata_column.type).__name__.upper() == "JSON" and None not in (
                rendered_metadata_default, rendered_inspector_default):
            return rendered_inspector_default.split("::")[0] != rendered_metadata_default
        return compare(self, inspector_column, metadata_column, rendered_metadata_default, rendered_inspector_default)

    compare_server_default.json_as_text = True  # type: ignore[attr-defined]
    PostgresqlImpl.compare_server_default = compare_server_default


def create(metadata, url: str) -> list[str]:
    """``create_all``; two indexes of one table under one name (which the project's own
    migrations never meet, and which ``create_all`` fails on) are created once, and said."""
    import psycopg2
    import sqlalchemy as sa

    notes = []
    for table in metadata.tables.values():
        seen: dict = {}
        for index in sorted(table.indexes, key=lambda i: (i.name or "", len(i.expressions))):
            if index.name is not None and index.name in seen:
                table.indexes.discard(index)
                notes.append(f"{table.name}: two indexes named {index.name}; created the first")
            seen.setdefault(index.name, index)

    # autocommit: an index made CONCURRENTLY (notifications-api) cannot be made in a transaction;
    # on a connection, not the engine, so that an after_create listener may commit the connection
    # it is given (gns3-server's, inserting default rows). Each statement commits as it runs.
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(url),
                              poolclass=sa.pool.NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        metadata.create_all(connection)
    engine.dispose()
    return notes


def main(request: dict) -> dict:
    report: dict = {"import_error": None, "configure_error": None, "classes": {}, "alembic": [], "warnings": []}
    # SQLAlchemy's registries hold mapped classes weakly: a class made at import that nothing else
    # keeps (nowcasting's partitions of type(...)) is there until a collection runs, whenever that
    # is; without one, every run lists every class the import made
    gc.disable()
    global ROOT
    ROOT = request["root"]
    sys.dont_write_bytecode = True
    sys.path.insert(0, request["root"])
    if request.get("deferred_annotations"):
        defer_annotations_under(request["root"])
    install_stand_ins(request.get("stub_roots", []))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            for module in request["imports"]:
                importlib.import_module(module)
            for setup in request.get("setup", []):
                resolve(setup)()
            metadata = resolve(request["metadata"])
        except Exception as error:  # noqa: BLE001 - the report says what failed
            report["import_error"] = f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=-4)}"
            return report
        try:
            from sqlalchemy.orm import configure_mappers

            configure_mappers()
        except Exception as error:  # noqa: BLE001
            report["configure_error"] = f"{type(error).__name__}: {error}"
    report["warnings"] = sorted({str(w.message) for w in caught
                                 if "sqlalchemy" in (w.filename or "") or "SA" in type(w.message).__name__})
    if request.get("create"):
        report["create_notes"] = create(metadata, request["url"])
        return report
    report["classes"] = mapped_classes()
    report["tables"] = len(metadata.tables)
    report["alembic"] = alembic_diffs(metadata, request["url"])
    return report


if __name__ == "__main__":
    print(json.dumps(main(json.load(sys.stdin))))
