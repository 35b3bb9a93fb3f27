"""``database_schema.md`` <-> ``Schema``: readable documentation that is also a source.

``render_markdown`` writes deterministic markdown (same Schema, same bytes);
``parse_markdown`` reads it back into the *same* Schema, so the docs can be validated
against the database and compared with the models.

How the round trip stays exact while the page stays readable:

- Every text that comes from the database (names, comments, defaults, expressions,
  labels) goes through ``escape``: a reversible encoding that is valid markdown and
  HTML. ``|`` becomes ``\\|`` (a table row never breaks), ``<`` ``>`` ``&`` become
  entities (no raw HTML), markdown punctuation gets a backslash, a newline becomes
  ``<br>``, leading/trailing spaces and non-printable characters become numeric
  entities, and the empty string is written ``""``. ``unescape`` inverts it exactly.
- Structure lives in visible markdown tables with fixed headers; list cells join items
  with ``, `` (a comma inside an item is ``\\,``), qualified names join schema and name
  with ``.`` (a dot inside a name is ``\\.``), the ``public`` schema is left out.
- A few values have no visible spelling (``type_schema`` of a base type, a ``None``
  schema, a type name that reads like modifiers...). The renderer parses every row it
  writes back and, only where that does not give the exact value, appends a hidden
  ``<!--si:{json}-->`` comment with the fields that differ. Ordinary databases need none.

Everything between ``<!-- schema-inspector:keep -->`` and ``<!-- /schema-inspector:keep -->``
lines is hand-written: ``render_markdown(schema, previous)`` carries those blocks over
byte for byte, after the same heading they followed in ``previous`` (at the end of the
document, under "Kept notes", when that heading is gone); the parser ignores them.

Diagram rule: a Mermaid ``erDiagram`` with each table's columns (type, name, PK / FK / UK)
and one edge per foreign key. Up to
``DIAGRAM_TABLE_LIMIT`` tables it is one diagram with every table; above that it is one
diagram per connected component of the foreign-key graph (largest first), and tables
without any foreign key in or out are left out of the diagrams (they are in the contents).

The package, one module per job: ``escape`` (the reversible text encoding), ``cells``
(reading and writing one cell, the hidden annotations), ``types`` (column types as the docs
spell them), ``rows`` (one render/parse pair per kind of thing), ``render``, ``diagram``,
``keep`` (the hand-written blocks) and ``parse``.
"""

from .cells import split_row
from .diagram import DIAGRAM_TABLE_LIMIT
from .escape import escape, tokens, unescape
from .keep import KEEP_CLOSE, KEEP_OPEN, KEPT_NOTES_HEADING, KeepBlock
from .parse import load_markdown, parse_markdown
from .render import render_markdown

__all__ = [
    "DIAGRAM_TABLE_LIMIT", "KEEP_CLOSE", "KEEP_OPEN", "KEPT_NOTES_HEADING", "KeepBlock", "escape", "load_markdown",
    "parse_markdown", "render_markdown", "split_row", "tokens", "unescape",
]
