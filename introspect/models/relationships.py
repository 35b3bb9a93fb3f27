"""Relationships of a model class as written: the class they point to and how they join.

The planner needs them to keep relationships unambiguous when the database gains a
second foreign key between two tables (``foreign_keys=`` / ``primaryjoin=`` given or not),
and to know the names a ``backref=`` puts on the other class. Read statically, never
evaluated: the target is the class name as written (``"User"``, ``User``, ``lambda: User``,
or the ``Mapped[...]`` annotation: ``Mapped[list["Article"]]``, ``Mapped[Optional[User]]``).
"""

from __future__ import annotations

import ast
import keyword
import re

from .columns import frozen_record
from .exprs import last_name
from .sourcemap import RelationshipSource

RELATIONSHIP_CALLS = frozenset({"relationship", "relation", "dynamic_loader"})
# The arguments of a relationship whose strings SQLAlchemy evaluates, where a table may be named
# (``tags.c.id``); ``secondary=`` may be a table's name alone
TABLE_STRING_ARGUMENTS = ("secondary", "primaryjoin", "secondaryjoin", "order_by", "foreign_keys", "remote_side")
TABLE_COLUMNS = re.compile(r"(?<![\w.])([A-Za-z_]\w*)(?=\.c\.)")

# Annotation wrappers whose one argument is the related class (collections, Optional, Mapped).
_WRAPPERS = frozenset({
    "Mapped", "DynamicMapped", "WriteOnlyMapped", "Optional", "list", "List", "set", "Set",
    "frozenset", "FrozenSet", "Sequence", "Collection", "Iterable", "AppenderQuery",
})


def read_relationship(class_name: str, attribute: str, call: ast.Call, statement: ast.stmt,
                      file: str, callee: str | None = None) -> RelationshipSource | None:
    """The relationship ``attribute = relationship(...)`` of ``class_name``; None for another call.
    ``callee``: the name the call's function is imported as (``relationship as relation``)."""
    if (callee or last_name(call.func)) not in RELATIONSHIP_CALLS:
        return None
    keywords = {k.arg: k.value for k in call.keywords if k.arg is not None}
    argument = call.args[0] if call.args else keywords.get("argument")
    annotation = statement.annotation if isinstance(statement, ast.AnnAssign) else None
    if argument is not None:
        target = _class_name(argument)
    else:
        target = _class_name(annotation) if annotation is not None else None
    return frozen_record(RelationshipSource, {  # as many as relationships
        "class_name": class_name,
        "attribute": attribute,
        "target": target,
        "file": file,
        "line": statement.lineno,
        "end_line": statement.end_lineno or statement.lineno,
        "foreign_keys": "foreign_keys" in keywords,
        "primaryjoin": "primaryjoin" in keywords,
        "secondary": "secondary" in keywords,
        "back_populates": _string(keywords.get("back_populates")),
        "backref": _backref_name(keywords.get("backref")),
        "tables_named": _tables_named(keywords),
    })


def _tables_named(keywords: dict[str, ast.expr]) -> tuple[str, ...]:
    """The tables the relationship's evaluated strings name (see ``RelationshipSource``)."""
    found: list[str] = []
    for key in TABLE_STRING_ARGUMENTS:
        text = _string(keywords.get(key))
        if text is None:
            continue
        if key == "secondary" and text.strip().isidentifier():
            found.append(text.strip())
        found.extend(TABLE_COLUMNS.findall(text))
    return tuple(dict.fromkeys(found))


def _string(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _backref_name(node: ast.expr | None) -> str | None:
    """``backref="x"`` or ``backref=backref("x", ...)``."""
    if isinstance(node, ast.Call) and node.args:
        return _string(node.args[0])
    return _string(node)


def _class_name(node: ast.expr) -> str | None:
    """The class a relationship argument or annotation names (its last dotted part)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        if text.isascii() and text.isidentifier() and not keyword.iskeyword(text):
            return text  # "User": what parsing it would give, without a parse per relationship
        try:
            node = ast.parse(text, mode="eval").body
        except SyntaxError:
            return None
        return _class_name(node)
    if isinstance(node, ast.Lambda):
        return _class_name(node.body)
    if isinstance(node, ast.Subscript) and last_name(node.value) in _WRAPPERS:
        return _class_name(node.slice)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):  # X | None
        for side, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(other, ast.Constant) and other.value is None:
                return _class_name(side)
        return None
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None
