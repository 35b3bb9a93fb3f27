"""The metadata's naming convention: the name SQLAlchemy gives a constraint or index, and
what a model must write so that ``create_all`` gives the database's name.

The model reader names the models' items as SQLAlchemy will; the planner writes names with
it.

SQLAlchemy applies a template to a constraint without a name, and to a named one when the
template holds ``%(constraint_name)s`` (the name is then that token: ``name="color_hex"``
with ``"ck": "%(table_name)s_%(constraint_name)s_check"`` is ``product_tags_color_hex_check``).
A name the template cannot give is written ``conv("...")``, which SQLAlchemy leaves alone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

# convention keys by the kind of item
KINDS = {"unique": "uq", "index": "ix", "check": "ck", "foreign_key": "fk", "primary_key": "pk"}
_TOKEN = re.compile(r"%\((\w+)\)s")
# SQLAlchemy's limit for a name it makes (PostgreSQL's NAMEDATALEN - 1)
_MAX_NAME = 63


class ConvertedName(str):
    """A name written ``conv("...")``: SQLAlchemy leaves it as it is."""


@dataclass(frozen=True)
class WrittenName:
    """What a model writes for a name: ``text``, as ``conv(text)`` when ``converted``."""

    text: str
    converted: bool = False


@dataclass(frozen=True)
class NamingConvention:
    templates: tuple[tuple[str, str], ...] = ()

    def template(self, kind: str) -> str | None:
        key = KINDS[kind]
        return next((t for k, t in self.templates if k == key), None)

    def opaque(self, kind: str) -> bool:
        """Whether the template for ``kind`` holds a token the reader cannot compute (one the
        project defines as a function: ``"column_names": _column_names``): the names it gives
        are unknown."""
        template = self.template(kind)
        return template is not None and any(token not in _KNOWN_TOKENS for token in _TOKEN.findall(template))

    def unnamed(self, kind: str, table: str, columns: Sequence[str], referred_table: str | None = None,
                referred_columns: Sequence[str] = (), schema: str | None = None) -> str | None:
        """The name an unnamed item of ``kind`` gets (None: the convention says nothing,
        or cannot name it, and the database names it). ``schema``, here and below: the one
        the model puts the table in, if any."""
        template = self.template(kind)
        if template is None or "%(constraint_name)s" in template:
            return None
        values = _tokens(table, columns, referred_table, referred_columns, schema)
        try:
            name = template % values
        except (KeyError, ValueError, TypeError):
            return None
        return truncated(name)

    def applied(self, kind: str, name: str | None, table: str, columns: Sequence[str],
                schema: str | None = None) -> str | None:
        """The name SQLAlchemy gives an item the model names ``name`` (None: unnamed, left
        as None: the comparer takes an unnamed item for any name)."""
        if name is None or isinstance(name, ConvertedName):
            return None if name is None else truncated(str(name))
        template = self.template(kind)
        if template is None or "%(constraint_name)s" not in template:
            return name
        try:
            return truncated(template % {**_tokens(table, columns, None, (), schema), "constraint_name": name})
        except (KeyError, ValueError, TypeError):
            return name

    def written(self, kind: str, name: str, table: str, columns: Sequence[str], referred_table: str | None = None,
                referred_columns: Sequence[str] = (), schema: str | None = None) -> WrittenName:
        """What to write for an item the database names ``name``."""
        template = self.template(kind)
        if template is None or "%(constraint_name)s" not in template:
            return WrittenName(name)  # an explicit name is kept as written
        values = _tokens(table, columns, referred_table, referred_columns, schema)
        pattern = ""
        for piece in re.split(r"(%\(\w+\)s)", template):
            token = _TOKEN.fullmatch(piece)
            if token is None:
                pattern += re.escape(piece.replace("%%", "%"))
            elif token.group(1) == "constraint_name":
                pattern += "(?P<constraint_name>.+)"
            elif token.group(1) in values:
                pattern += re.escape(values[token.group(1)])
            else:
                return WrittenName(name, converted=True)
        match = re.fullmatch(pattern, name)
        if match is None:
            return WrittenName(name, converted=True)
        return WrittenName(match.group("constraint_name"))


def truncated(name: str) -> str:
    """A name SQLAlchemy makes (a convention's, ``ix_<label>``, one written ``conv(...)``) as
    it reaches the database: cut to 63 characters with a hash of the whole when longer, as its
    compiler does (``ix_hook_pagure_no_new_branches_hook_pagure_no_new_branc_8325``)."""
    if len(name) <= _MAX_NAME:
        return name
    return name[: _MAX_NAME - 8] + "_" + hashlib.md5(name.encode("utf-8")).hexdigest()[-4:]


def written_schema(schema: str | None) -> str | None:
    """The schema a class the plan generates writes for a database table in ``schema``:
    none for ``public``."""
    return None if schema in (None, "public") else schema


def column_label(table: str, column: str, schema: str | None = None) -> str:
    """A column's label, as SQLAlchemy makes it: ``table_column``, ``schema_table_column`` for
    a table the model puts in a schema (``MetaData(schema="agdc")``: ``ix_agdc_dataset_added``)."""
    return f"{schema.replace('.', '_')}_{table}_{column}" if schema else f"{table}_{column}"


def _tokens(table: str, columns: Sequence[str], referred_table: str | None, referred_columns: Sequence[str],
            schema: str | None = None) -> dict:
    """The values of SQLAlchemy's own tokens for one item (``_KNOWN_TOKENS``); ``schema``: the
    one the model puts the table in, if any (it is part of the column labels)."""
    values = {"table_name": table}
    if columns:
        labels = [column_label(table, c, schema) for c in columns]
        values |= {
            "column_0_name": columns[0], "column_0_key": columns[0], "column_0_label": labels[0],
            "column_0N_name": "".join(columns), "column_0_N_name": "_".join(columns),
            "column_0N_key": "".join(columns), "column_0_N_key": "_".join(columns),
            "column_0N_label": "".join(labels), "column_0_N_label": "_".join(labels),
        }
    if referred_table is not None:
        values["referred_table_name"] = referred_table
    if referred_columns:
        values |= {"referred_column_0_name": referred_columns[0], "referred_column_0N_name": "".join(referred_columns),
                   "referred_column_0_N_name": "_".join(referred_columns)}
    return values


_KNOWN_TOKENS = frozenset(_tokens("t", ("c",), "r", ("c",))) | {"constraint_name"}
