"""``dumps_indented`` writes what ``json.dumps(indent=2, ensure_ascii=False)`` writes, byte for
byte, and a dataclass as ``to_plain`` makes it."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from conftest import FIXTURES

from schema_inspector.introspect.json_text import dumps_indented
from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.schema import to_plain


def _standard(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


ODD = {
    "empty list": [], "empty object": {}, "nested empties": [[], {}, [[]], {"a": {}}],
    "scalars": [0, -1, 10**30, 2.5, -0.0, 1e300, float("inf"), float("-inf"), None, True, False],
    "strings": ["", "é", "日本", "\u2028\u2029", '"quoted" \\ back', "\n\r\t\x00\x1f\x7f", "\ud800"],
    7: "an int key", 2.5: "a float key", False: "a bool key", None: "a None key",
    "tuple": (1, ("two", (3,))),
    "deep": {"a": [{"b": [{"c": ["d"]}]}]},
}


@pytest.mark.parametrize("value", [ODD, [], {}, "text", 7, None, False, [ODD, ODD["deep"]]],
                         ids=["odd", "list", "object", "string", "int", "null", "false", "list of objects"])
def test_the_text_is_the_standard_librarys(value):
    assert dumps_indented(value) == _standard(value)


def test_a_nan_is_written_as_the_standard_library_writes_it():
    assert dumps_indented([float("nan")]) == _standard([float("nan")])


@dataclass(frozen=True)
class NoFields:
    pass


@dataclass(frozen=True)
class OneField:
    only: tuple


@dataclass(frozen=True)
class Several:
    name: str
    inner: OneField
    nothing: NoFields
    number: int | None = None


def test_a_dataclass_is_written_as_to_plain_makes_it():
    value = (Several("x", OneField((Several("y", OneField(()), NoFields()),)), NoFields(), 3),)
    assert dumps_indented(value) == _standard(to_plain(value))


@pytest.mark.parametrize("fixture", ["seed", "modern"])
def test_a_schema_read_from_models_is_written_as_before(fixture):
    schema = read_models(FIXTURES / fixture / "models").schema
    assert dumps_indented({"schema": schema}) == _standard({"schema": to_plain(schema)})
    assert schema.to_json() == _standard({"version": 1, "schema": to_plain(schema)}) + "\n"


@pytest.mark.parametrize("value", [{1j: 1}, [object()], {"a": {1, 2}}])
def test_what_json_cannot_hold_is_a_type_error(value):
    with pytest.raises(TypeError):
        _standard(value)
    with pytest.raises(TypeError):
        dumps_indented(value)
