"""``"...".format(...)`` of literals as the reader computes it (``column_types.string_format``):
plain fields only; anything that would ask Python for more than a value's text is not read."""

from __future__ import annotations

import ast

import pytest

from schema_inspector.introspect.models.column_types import string_format


def _format(expression: str):
    call = ast.parse(expression, mode="eval").body
    return string_format(call, lambda node: node.value if isinstance(node, ast.Constant) else None)


@pytest.mark.parametrize("expression, expected", [
    ('"{0}.{1}".format("users", "id")', "users.id"),
    ('"{}.{}".format("users", 7)', "users.7"),
    ('"{table}.{}".format("handle", table="users")', "users.handle"),
    ('"{{literal}}.{0}".format("id")', "{literal}.id"),
    ('"{0:>999999999}".format("x")', None),  # a format spec: never asked of Python
    ('"{0!r}".format("x")', None),
    ('"{0.__class__}".format("x")', None),
    ('"{0[0]}".format("x")', None),
    ('"{1}".format("x")', None),  # no such argument
    ('"{0}".format(name)', None),  # not a literal
    ('"{0}".format(*names)', None),
    ('"{0}".format(True)', None),
    ('template.format("x")', None),
])
def test_only_plain_fields_of_literals_are_formatted(expression, expected):
    assert _format(expression) == expected
