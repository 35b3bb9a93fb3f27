"""The JSON Schema of every JSON document the tool writes (``--format json``, ``plan --out``,
``introspect --out``), derived from the type hints of the dataclasses those documents are
made of, so the published file cannot drift from the code without a test noticing.

``python -m schema_inspector.json_schema`` prints it; ``schema_inspector/schemas/
output.schema.json`` is the published copy (a test checks the two are equal).
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from pathlib import Path
from typing import Any

from schema_inspector.introspect import schema as db_schema
from schema_inspector.introspect.json_text import dumps_indented
from schema_inspector.planner import actions as plan_actions
from schema_inspector.planner.discrepancy import KINDS, SEVERITIES
from schema_inspector.planner.plan import ByHand, UndecidedRename
from schema_inspector.queries.findings import KINDS as QUERY_KINDS

PUBLISHED = Path(__file__).parent / "schemas" / "output.schema.json"
SCHEMA_ID = "https://github.com/schema-inspector/schema-inspector/schemas/output.schema.json"

_NULL = {"type": "null"}


class _Builder:
    """Definitions for dataclasses, one per class, referenced by ``$ref``."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of_type(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        if hint is type(None):
            return _NULL
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.of_type(arg) for arg in typing.get_args(hint)]}
        if origin is tuple:
            args = typing.get_args(hint)
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of_type(args[0])}
            return {"type": "array", "prefixItems": [self.of_type(a) for a in args],
                    "minItems": len(args), "maxItems": len(args)}
        if isinstance(hint, type) and issubclass(hint, plan_actions.Action):
            return {"$ref": "#/$defs/nested_action"}
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for {hint!r}")

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder first: recursive types end here
            self.defs[name] = self.object_of(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_of(self, cls: type, extra: dict[str, Any] | None = None,
                  optional: tuple[str, ...] = ()) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties = {f.name: self.of_type(hints[f.name]) for f in dataclasses.fields(cls)}
        properties.update(extra or {})
        required = [name for name in properties if name not in optional]
        return {"type": "object", "properties": properties, "required": required,
                "additionalProperties": False}


def _action_schema(builder: _Builder, cls: type[plan_actions.Action], nested: bool) -> dict[str, Any]:
    extra: dict[str, Any] = {"kind": {"const": cls.kind}, "action": {"const": cls.__name__}}
    if not nested:
        extra = {"id": {"type": "string", "pattern": "^[0-9a-f]{12}$"}, **extra}
    return builder.object_of(cls, extra, optional=_defaulted(cls))


def _defaulted(cls: type) -> tuple[str, ...]:
    """Fields a saved plan of an earlier release may lack (read with their defaults)."""
    return tuple(f.name for f in dataclasses.fields(cls)
                 if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING)


def _string_or_null() -> dict[str, Any]:
    return {"type": ["string", "null"]}


def build() -> dict[str, Any]:
    builder = _Builder()
    action_names = sorted(plan_actions.ACTION_TYPES)
    for name in action_names:
        builder.defs[f"action_{name}"] = _action_schema(builder, plan_actions.ACTION_TYPES[name], nested=False)
    builder.defs["nested_action"] = {"oneOf": [
        _action_schema(builder, plan_actions.ACTION_TYPES[name], nested=True) for name in action_names
    ]}
    builder.defs["action"] = {"oneOf": [{"$ref": f"#/$defs/action_{name}"} for name in action_names]}
    undecided = builder.object_of(UndecidedRename)
    undecided["properties"]["reasons"] = {"type": "array", "items": {"type": "string"}}
    builder.defs["undecided"] = undecided
    builder.defs["by_hand"] = builder.object_of(ByHand)
    builder.defs["discrepancy"] = {
        "type": "object", "additionalProperties": False,
        "required": ["kind", "severity", "schema", "table", "column", "expected", "actual", "message",
                     "file", "line", "evidence"],
        "properties": {
            "kind": {"enum": list(KINDS)}, "severity": {"enum": list(SEVERITIES)},
            "schema": _string_or_null(), "table": {"type": "string"}, "column": _string_or_null(),
            "expected": _string_or_null(), "actual": _string_or_null(), "message": {"type": "string"},
            "file": _string_or_null(), "line": {"type": ["integer", "null"]}, "evidence": {"type": "object"},
        },
    }
    builder.defs["file_problem"] = {
        "type": "object", "required": ["file", "line", "message"],
        "properties": {"file": {"type": "string"}, "line": {"type": "integer"}, "message": {"type": "string"},
                       "hides_columns_of": _string_or_null()},
    }
    builder.defs["result"] = {
        "type": "object", "required": ["file", "status"], "additionalProperties": False,
        "properties": {"file": {"type": "string"}, "status": {"enum": ["changed", "unchanged", "failed"]},
                       "diff": {"type": "string"}, "message": {"type": "string"},
                       "skipped": {"type": "array", "items": {"type": "string"}}},
    }
    builder.defs["query_finding"] = {
        "type": "object", "additionalProperties": False,
        "required": ["id", "file", "line", "column", "kind", "name", "message", "suggestion", "evidence", "safe_fix"],
        "properties": {
            "id": {"type": "string"}, "file": {"type": "string"}, "line": {"type": "integer"},
            "column": {"type": "integer"}, "kind": {"enum": list(QUERY_KINDS)}, "name": {"type": "string"},
            "message": {"type": "string"}, "suggestion": _string_or_null(), "evidence": _string_or_null(),
            "safe_fix": {"type": "boolean"}, "sql": {"type": "string"}, "not_fixed": {"type": "string"},
        },
    }
    counts = {"type": "object", "additionalProperties": {"type": "integer"},
              "required": [*SEVERITIES, "total"]}
    plan_body = {
        "root": {"type": "string"},
        "files": {"type": "object", "additionalProperties": {"type": "string"}},
        "notes": {"type": "array", "items": {"type": "string"}},
        "undecided": {"type": "array", "items": {"$ref": "#/$defs/undecided"}},
        "by_hand": {"type": "array", "items": {"$ref": "#/$defs/by_hand"}},
        # [file, class, attribute]: a class whose table items are in that attribute
        "items_attributes": {"type": "array", "items": {
            "type": "array", "items": {"type": "string"}, "minItems": 3, "maxItems": 3}},
        "actions": {"type": "array", "items": {"$ref": "#/$defs/action"}},
    }
    # plan and apply: the code that uses a name the plan renames or drops (check-queries' findings)
    callers = {"type": "array", "items": {"$ref": "#/$defs/query_finding"}}
    envelope = {"version": {"const": 1}}
    documents = {
        "saved_plan": _document(envelope | plan_body, optional=("root", "items_attributes")),
        "plan": _document(envelope | {"command": {"const": "plan"}, **plan_body,
                                      "results": {"type": "array", "items": {"$ref": "#/$defs/result"}},
                                      "callers": callers,
                                      "unresolved": {"type": "array", "items": {"$ref": "#/$defs/file_problem"}},
                                      "errors": {"type": "array", "items": {"$ref": "#/$defs/file_problem"}}},
                          optional=("root", "items_attributes")),
        "apply": _document(envelope | {
            "command": {"const": "apply"}, "check": {"type": "boolean"},
            "results": {"type": "array", "items": {"$ref": "#/$defs/result"}},
            "actions": {"type": "integer"},
            "undecided": {"type": "array", "items": {"$ref": "#/$defs/undecided"}},
            "by_hand": {"type": "array", "items": {"$ref": "#/$defs/by_hand"}},
            "callers": callers,
        }, optional=("undecided", "by_hand")),
        **{command: _document(envelope | {
            "command": {"const": command}, "summary": counts,
            "discrepancies": {"type": "array", "items": {"$ref": "#/$defs/discrepancy"}},
            "unresolved": {"type": "array", "items": {"$ref": "#/$defs/file_problem"}},
            "errors": {"type": "array", "items": {"$ref": "#/$defs/file_problem"}},
        }, optional=("unresolved", "errors")) for command in ("compare-db-models", "compare-models-doc", "validate")},
        "audit-timestamps": _document(envelope | {
            "command": {"const": "audit-timestamps"}, "policy": {"type": "object"},
            "tables": {"type": "integer"}, "models_read": {"type": "boolean"},
            "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
            "compliant_tables": {"type": "array", "items": {"type": "string"}},
            "findings": {"type": "array", "items": {"type": "object", "required": ["code", "severity", "message"]}},
        }),
        "check-queries": _document(envelope | {
            "command": {"const": "check-queries"},
            "summary": {"type": "object", "additionalProperties": {"type": "integer"},
                        "required": ["files", "sql_sites", "checked_sql", "orm_references", "will_break",
                                     "not_checked", "fixed"]},
            "fixed_files": {"type": "object", "additionalProperties": {"type": "integer"}},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/query_finding"}},
        }),
        "report": _document({"version": {"type": "integer"}, "command": {"const": "report"},
                             "sources": {"type": "object"}, "summary": {"type": "object"},
                             "tables": {"type": "array"}, "comparisons": {"type": "object"},
                             "rename_candidates": {"type": "array"}, "db_sql": {"type": "array"},
                             "recommendations": {"type": "array"}},
                            closed=False),
        "snapshot": _document({"version": {"const": db_schema.SNAPSHOT_VERSION},
                               "schema": builder.ref(db_schema.Schema)}),
    }
    builder.defs.update({f"document_{name}": body for name, body in documents.items()})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "schema-inspector JSON documents",
        "description": "Every JSON document schema-inspector writes: --format json of each command, "
                       "a plan saved by `plan --out`, a snapshot written by `introspect --out`.",
        "anyOf": [{"$ref": f"#/$defs/document_{name}"} for name in documents],
        "$defs": dict(sorted(builder.defs.items())),
    }


def _document(properties: dict[str, Any], optional: tuple[str, ...] = (), closed: bool = True) -> dict[str, Any]:
    return {"type": "object", "properties": properties,
            "required": [name for name in properties if name not in optional],
            "additionalProperties": not closed}


def text() -> str:
    return dumps_indented(build()) + "\n"


if __name__ == "__main__":
    sys.stdout.write(text())
