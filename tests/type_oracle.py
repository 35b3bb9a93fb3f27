"""The SQLAlchemy type object a ``TypeSpelling`` stands for: the tests' oracle for what the tool
writes (the tool itself never imports SQLAlchemy to find out)."""

from __future__ import annotations

import importlib

from schema_inspector.introspect.sqltypes import TypeSpelling


def sqlalchemy_type(spelling: TypeSpelling):
    cls = getattr(importlib.import_module(spelling.module), spelling.name)
    args = ((sqlalchemy_type(spelling.inner),) if spelling.inner is not None else ()) + tuple(spelling.args)
    return cls(*args, **dict(spelling.kwargs))
