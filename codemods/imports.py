"""The one way a codemod gets a name imported, and imports its edits made unused go.

Node editors never edit imports: they ask :class:`ImportRequests` for a name. At the end,
:func:`add_imports` edits only the file's leading import block (never the rest of the file,
never an import under ``if TYPE_CHECKING:``), the way isort / ruff's isort would leave it:

- a name from a module the block already imports from joins that ``from`` statement, in
  isort's order when the statement was in that order (CONSTANTS, Classes, functions), else
  after its names, with the statement's own separators (one name per line stays so); in a
  block that imports each name of that module in a statement of its own, three or more
  (isort's ``force_single_line``), it gets a statement of its own among them;
- a new statement goes to its section (``__future__``, the standard library, third-party
  packages, the project's own package, relative imports), in isort's order there: plain
  ``import x`` lines before ``from x import y`` lines, each by module name; a section the
  block does not have yet gets a blank line on either side.

:func:`remove_unused` takes out the names an edit stopped using: names the replaced text
used, imported by the block, that the file no longer mentions anywhere else (a mention in
a comment or string keeps the import: only certain removals are made).
"""

from __future__ import annotations

import bisect
import re
import sys
import tokenize
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import libcst as cst

from .calls import Statement
from .lines import splice, split_lines
from .style import FileStyle

FUTURE, STDLIB, THIRD_PARTY, FIRST_PARTY, LOCAL = range(5)
_STDLIB = frozenset(sys.stdlib_module_names)


class ImportRequests:
    """Names the edits of one file need imported.

    Requests can be taken back (:meth:`mark` / :meth:`rollback`): an edit that turns
    out to change nothing must not leave an unused import behind.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, str | None, str | None]] = []

    def need(self, module: str, name: str | None, asname: str | None = None) -> None:
        """``from module import name [as asname]``; ``import module [as asname]`` when
        ``name`` is None. A relative ``module`` starts with its dots (``.base``)."""
        self._pending.append((module, name, asname))

    def mark(self) -> int:
        return len(self._pending)

    def rollback(self, mark: int) -> None:
        del self._pending[mark:]

    def since(self, mark: int) -> list[tuple[str, str | None, str | None]]:
        """The requests made after :meth:`mark` gave ``mark``."""
        return self._pending[mark:]

    def wanted(self) -> list[tuple[str, str | None, str | None]]:
        return list(dict.fromkeys(self._pending))

    def __bool__(self) -> bool:
        return bool(self._pending)


def section_of(module: str, first_party: frozenset[str] = frozenset()) -> int:
    """isort's section of ``module`` (a relative one starts with dots)."""
    if module.startswith("."):
        return LOCAL
    top = module.split(".")[0]
    if top == "__future__":
        return FUTURE
    if top in _STDLIB:
        return STDLIB
    if top in first_party:
        return FIRST_PARTY
    return THIRD_PARTY


def add_imports(text: str, style: FileStyle, requests: ImportRequests, first_party: frozenset[str] = frozenset(),
                line_length: int = 88, single_line: bool = False) -> str:
    """``text`` with the requested imports added to its leading import block (see the
    module doc). Only the lines of that block are parsed and rewritten; a file without
    imports gets a block after its docstring. With ``single_line`` (the project's isort
    settings' ``force-single-line``), every new name gets a statement of its own."""
    if not requests:
        return text
    text, requests = _into_guards(text, style, requests, first_party, line_length)
    if not requests:
        return text
    lines = split_lines(text)
    if style.import_first_line:
        start, end = style.import_first_line, style.import_after_line
    else:
        start = end = style.docstring_end_line + 1
        end -= 1  # an empty block just after the docstring
    block_text = "".join(lines[start - 1 : end])
    block = cst.parse_module(block_text)
    if not block_text:
        block = block.with_changes(default_newline=style.newline, default_indent=style.indent)
    editor = _Block(block, first_party, line_length, style.indent, single_line)
    for module, name, asname in sorted(
        requests.wanted(), key=lambda r: (r[0], r[1] is not None, isort_key(r[1] or ""))
    ):
        editor.add(module, name, asname)
    rewritten = editor.module.code
    if rewritten == block_text:
        return text
    if not block_text:
        # A file without imports: the new block is set apart by a blank line from the
        # docstring before it, or from the code after it at the top of the file.
        rewritten = rewritten.rstrip("\r\n") + style.newline
        if style.docstring_end_line:
            rewritten = style.newline + rewritten
        else:
            rewritten += style.newline
    return splice(lines, [(start, end, rewritten)])


def _into_guards(text: str, style: FileStyle, requests: ImportRequests, first_party: frozenset[str],
                 line_length: int) -> tuple[str, ImportRequests]:
    """``text`` with the requested names of a module imported only in a ``with`` block's guard
    (``FileStyle.guarded_from``) joined to that import, and the requests left for the leading block
    (which is above the guards: its lines do not move)."""
    guarded: dict[str, list[str]] = {}
    left = ImportRequests()
    for module, name, asname in requests.wanted():
        if module in style.guarded_from and name is not None and asname is None:
            guarded.setdefault(module, []).append(name)
        else:
            left.need(module, name, asname)
    if not guarded:
        return text, requests
    lines = split_lines(text)
    edits = []
    for module, names in guarded.items():
        start, end = style.guarded_from[module]
        indent = lines[start - 1][: len(lines[start - 1]) - len(lines[start - 1].lstrip())]
        own = "".join(line.removeprefix(indent) for line in lines[start - 1 : end])
        block = _Block(cst.parse_module(own), first_party, line_length - len(indent), style.indent)
        for name in sorted(names, key=isort_key):
            if not block._binds(module, name, None) and not block._join(module, name, None):
                left.need(module, name, None)
        edits.append((start, end, "".join(indent + line if line.strip() else line
                                          for line in split_lines(block.module.code))))
    return splice(lines, edits), left


@dataclass
class _Entry:
    """One top-level statement of the block, as isort sees it."""

    section: int
    straight: bool  # ``import x`` rather than ``from x import y``
    module: str  # relative modules with their dots


class _Block:
    """The import block as a LibCST module, edited one request at a time."""

    def __init__(
        self, module: cst.Module, first_party: frozenset[str], line_length: int = 88, indent: str = "    ",
        single_line: bool = False,
    ) -> None:
        self.module = module
        self.first_party = first_party
        self.line_length = line_length
        self.indent = indent
        self.single_line = single_line  # the project's isort settings: one name a statement

    # -- reading ------------------------------------------------------------------------

    def _entry(self, statement: cst.CSTNode) -> _Entry | None:
        small = _import_of(statement)
        if isinstance(small, cst.Import):
            module = _dotted(small.names[0].name)
            return _Entry(section_of(module, self.first_party), True, module)
        if isinstance(small, cst.ImportFrom):
            module = "." * len(small.relative) + (_dotted(small.module) if small.module is not None else "")
            return _Entry(section_of(module, self.first_party), False, module)
        return None

    def _statements(self):
        """The block's statements, those a guarded ``try:`` imports in too (``guarded_imports``)."""
        for statement in self.module.body:
            if _guarded(statement):
                yield from _try_block(statement).body
            else:
                yield statement

    def _binds(self, module: str, name: str | None, asname: str | None) -> bool:
        local = asname or (name if name is not None else module.split(".")[0])
        for statement in self._statements():
            entry, small = self._entry(statement), _import_of(statement)
            if entry is None or small is None or not isinstance(small.names, Sequence):
                continue
            for alias in small.names:
                bound = alias.evaluated_alias or (
                    alias.evaluated_name if not entry.straight else alias.evaluated_name.split(".")[0]
                )
                if bound != local:
                    continue
                if entry.straight and name is None and alias.evaluated_name == module:
                    return True
                if not entry.straight and entry.module == module and alias.evaluated_name == name:
                    return True
        return False

    # -- adding -------------------------------------------------------------------------

    def add(self, module: str, name: str | None, asname: str | None) -> None:
        if self._binds(module, name, asname):
            return
        # ``from m import a as b`` has a statement of its own (isort's and ruff's default)
        if name is not None and asname is None and (self._single_line(module, name)
                                                     or (not self.single_line and self._join(module, name, asname))):
            return
        self._insert(
            _new_statement(module, name, asname), _Entry(section_of(module, self.first_party), name is None, module)
        )

    def _single_line(self, module: str, name: str) -> bool:
        """Add ``from module import name`` as a statement of its own when the block imports
        every name of ``module`` so, three or more (isort's ``force_single_line``), among them in their order
        (alphabetical, or isort's CONSTANTS, Classes, functions), else after them."""
        body = list(self.module.body)
        mine: list[tuple[int, str]] = []
        for index, statement in enumerate(body):
            entry, small = self._entry(statement), _import_of(statement)
            if entry is None or entry.straight or entry.module != module or not isinstance(small, cst.ImportFrom):
                continue
            if isinstance(small.names, cst.ImportStar) or len(small.names) != 1 or small.names[0].asname is not None:
                return False
            mine.append((index, small.names[0].evaluated_name))
        if len(mine) < (1 if self.single_line else 3):  # two may be names isort would join, set apart by hand
            return False
        names = [written for _, written in mine]
        order = next((key for key in (_alphabetical, isort_key) if names == sorted(names, key=key)), None)
        later = [index for index, written in mine if order is not None and order(written) > order(name)]
        statement = _new_statement(module, name, None)
        if later:
            self._put(body, later[0], statement, take_blank=True)
        else:
            self._put(body, mine[-1][0] + 1, statement, take_blank=False)
        return True

    def _join(self, module: str, name: str, asname: str | None) -> bool:
        """Add ``name`` to the first ``from module import ...`` of the block (a guarded ``try:``'s
        too), if any."""
        body: list[cst.BaseStatement] = list(self.module.body)
        for index, statement in enumerate(body):
            if _guarded(statement):
                block = _try_block(statement)
                inner: list[cst.BaseStatement] = list(block.body)
                for position, line in enumerate(inner):
                    joined = self._joined(line, module, name, asname, len(self.indent))
                    if joined is not None:
                        inner[position] = joined
                        body[index] = statement.with_changes(body=block.with_changes(body=inner))
                        self.module = self.module.with_changes(body=body)
                        return True
                continue
            joined = self._joined(statement, module, name, asname, 0)
            if joined is not None:
                body[index] = joined
                self.module = self.module.with_changes(body=body)
                return True
        return False

    def _joined(self, statement: cst.BaseStatement, module: str, name: str, asname: str | None,
                indented: int) -> cst.BaseStatement | None:
        """``statement`` with ``name`` added when it is ``from module import ...`` (``indented``
        columns deep), else None."""
        entry = self._entry(statement)
        if entry is None or entry.straight or entry.module != module:
            return None
        small = _import_of(statement)
        if not isinstance(small, cst.ImportFrom) or isinstance(small.names, cst.ImportStar):
            return None
        alias = cst.ImportAlias(cst.Name(name), asname=cst.AsName(cst.Name(asname)) if asname else None)
        names = list(small.names)
        old = [a.evaluated_name for a in names]
        # isort's order, or alphabetical case aside (merou's ``Boolean, Column, desc, Enum``)
        order = next((key for key in (isort_key, _alphabetical) if old == sorted(old, key=key)), None)
        position = len(names) if order is None else next(
            (i for i, a in enumerate(names) if order(a.evaluated_name) > order(name)), len(names))
        names.insert(position, alias)
        new = small.with_changes(names=_relaid(names, small.names, small.lpar))
        alone = statement.with_changes(body=[new], leading_lines=[])  # its own line, not a blank above
        lines = cst.Module([]).code_for_node(alone).splitlines()
        if new.lpar is None and max(indented + len(line) for line in lines) > self.line_length:
            # as black writes an import too long for a line (one continued with backslashes too)
            new = _exploded(new, self.indent)
        elif max(indented + len(line) for line in lines) > self.line_length >= max(
                indented + len(line) for line in cst.Module([]).code_for_node(statement).splitlines()):
            new = _regridded(new, indented, indented + lines[0].index("(") + 1, self.line_length)
        return statement.with_changes(body=[new])

    def _insert(self, statement: cst.SimpleStatementLine, new: _Entry) -> None:
        body = list(self.module.body)
        entries = [self._entry(s) for s in body]
        key = (not new.straight, new.module.lower())
        same = [(i, e) for i, e in enumerate(entries) if e is not None and e.section == new.section]
        if same:
            after = [i for i, e in same if (not e.straight, e.module.lower()) > key]
            if after:
                self._put(body, after[0], statement, take_blank=True)
            else:
                self._put(body, same[-1][0] + 1, statement, take_blank=False)
            return
        later = [i for i, e in enumerate(entries) if e is not None and e.section > new.section]
        if later:
            index = later[0]
            blank = [cst.EmptyLine(indent=False)] if index > 0 else []
            self._put(body, index, statement.with_changes(leading_lines=blank), take_blank=False)
            body[index + 1] = _with_blank_line(body[index + 1])
        else:
            blank = [cst.EmptyLine(indent=False)] if body else []
            body.append(statement.with_changes(leading_lines=blank))
        self.module = self.module.with_changes(body=body)

    def _put(self, body: list, index: int, statement: cst.SimpleStatementLine, take_blank: bool) -> None:
        """``statement`` before ``body[index]``; with ``take_blank`` it takes that
        statement's blank lines (the start of a group) and leaves it its comments."""
        if take_blank and index < len(body):
            following = body[index]
            blanks = [line for line in following.leading_lines if line.comment is None]
            comments = [line for line in following.leading_lines if line.comment is not None]
            if comments:  # a comment heads the group: the new statement goes below it
                statement = statement.with_changes(leading_lines=following.leading_lines)
                body[index] = following.with_changes(leading_lines=[])
            else:
                statement = statement.with_changes(leading_lines=blanks)
                body[index] = following.with_changes(leading_lines=[])
        body.insert(index, statement)
        self.module = self.module.with_changes(body=body)


def _guarded(statement: cst.CSTNode) -> bool:
    """``try:`` imports only ``except ImportError: ...`` (see ``codemods.style.guarded_imports``)."""
    if not isinstance(statement, cst.Try) or not isinstance(statement.body, cst.IndentedBlock) \
            or statement.orelse is not None or statement.finalbody is not None or not statement.handlers:
        return False
    return all(_import_of(line) is not None for line in statement.body.body) and all(
        isinstance(h.type, cst.Name) and h.type.value in ("ImportError", "ModuleNotFoundError")
        for h in statement.handlers)


def _try_block(statement: cst.CSTNode) -> cst.IndentedBlock:
    """The body of a guarded ``try:`` (``_guarded``)."""
    return cst.ensure_type(cst.ensure_type(statement, cst.Try).body, cst.IndentedBlock)


def _import_of(statement: cst.CSTNode) -> cst.Import | cst.ImportFrom | None:
    """The import a statement line holds when it holds one statement, an import."""
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    small = statement.body[0]
    return small if isinstance(small, (cst.Import, cst.ImportFrom)) else None


def _with_blank_line(statement: Statement) -> Statement:
    if any(line.comment is None for line in statement.leading_lines):
        return statement
    return statement.with_changes(leading_lines=[cst.EmptyLine(indent=False), *statement.leading_lines])


def _exploded(small: cst.ImportFrom, indent: str) -> cst.ImportFrom:
    """``from x import (\\n    a,\\n    b,\\n)``: one name per line, a trailing comma."""
    line = cst.ParenthesizedWhitespace(
        first_line=cst.TrailingWhitespace(), indent=True, last_line=cst.SimpleWhitespace(indent)
    )
    closing = cst.ParenthesizedWhitespace(first_line=cst.TrailingWhitespace(), indent=True)
    if isinstance(small.names, cst.ImportStar):
        return small
    names = [
        a.with_changes(comma=cst.Comma(whitespace_after=line if i < len(small.names) - 1 else closing))
        for i, a in enumerate(small.names)
    ]
    return small.with_changes(names=names, lpar=cst.LeftParen(whitespace_after=line), rpar=cst.RightParen(),
                              whitespace_after_import=cst.SimpleWhitespace(" "))  # not ``import \`` then ``(``


def _regridded(small: cst.ImportFrom, indented: int, start: int, line_length: int) -> cst.ImportFrom:
    """A hand-wrapped import a new name made too long for a line (``from x import (a, b,``
    then the next names aligned under the first: isort's grid), its names filled into its lines
    again, as many on each as fit; ``start`` is the column of its first name. An import written
    otherwise (a name per line, comments among the names) is left as it is."""
    names = list(small.names) if not isinstance(small.names, cst.ImportStar) else []
    breaks = [a.comma.whitespace_after for a in names[:-1] if isinstance(a.comma, cst.Comma)
              and isinstance(a.comma.whitespace_after, cst.ParenthesizedWhitespace)]
    if (not breaks or small.lpar is None or not isinstance(small.lpar.whitespace_after, cst.SimpleWhitespace)
            or any(b.first_line.comment is not None or b.empty_lines for b in breaks)):
        return small
    continuation = breaks[0]
    width = (indented if continuation.indent else 0) + len(continuation.last_line.value)
    texts = [cst.Module([]).code_for_node(a.with_changes(comma=cst.MaybeSentinel.DEFAULT)) for a in names]
    ends = ["," for _ in names[:-1]] + [("," if isinstance(names[-1].comma, cst.Comma) else "") + ")"]
    commas: list[cst.Comma | cst.MaybeSentinel] = []
    column = start
    for index, (text, end) in enumerate(zip(texts, ends, strict=True)):
        if index and column + 1 + len(text) + len(end) > line_length:
            commas[-1] = cst.Comma(whitespace_after=continuation)
            column = width
        elif index:
            column += 1
        column += len(text) + len(end)
        commas.append(cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    commas[-1] = names[-1].comma
    return small.with_changes(names=[a.with_changes(comma=comma) for a, comma in zip(names, commas, strict=True)])


def _new_statement(module: str, name: str | None, asname: str | None) -> cst.SimpleStatementLine:
    alias_as = cst.AsName(cst.Name(asname)) if asname else None
    if name is None:
        small: cst.BaseSmallStatement = cst.Import([cst.ImportAlias(_attribute(module), asname=alias_as)])
    else:
        relative = len(module) - len(module.lstrip("."))
        target = module[relative:]
        small = cst.ImportFrom(
            module=_attribute(target) if target else None,
            names=[cst.ImportAlias(cst.Name(name), asname=alias_as)],
            relative=[cst.Dot()] * relative,
        )
    return cst.SimpleStatementLine([small])


def _attribute(dotted: str) -> cst.Attribute | cst.Name:
    head, *rest = dotted.split(".")
    node: cst.Attribute | cst.Name = cst.Name(head)
    for part in rest:
        node = cst.Attribute(node, cst.Name(part))
    return node


def _dotted(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _alphabetical(name: str) -> tuple[int, str]:
    """A name's place among names sorted alphabetically, case aside (``cast``, ``Column``,
    ``Date``), comparable with :func:`isort_key`'s."""
    return 0, name.lower()


def isort_key(alias) -> tuple[int, str]:
    """isort's default order within one import: CONSTANTS, then Classes, then functions."""
    name = alias if isinstance(alias, str) else alias.evaluated_name
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def _relaid(
    aliases: list[cst.ImportAlias], original: Sequence[cst.ImportAlias], lpar: cst.LeftParen | None = None
) -> list[cst.ImportAlias]:
    """``aliases`` with the original's separators: each original name keeps its own (the
    line breaks of a hand-wrapped import stay where they were), a new one takes the first
    name's, and the last name the original's last comma (a trailing one, or none), less the
    comment after it, which stays with its name; a parenthesised import of one name per line (the
    opening parenthesis ends its line) stays one name per line."""
    if len(original) > 1:
        separator = original[0].comma
    elif lpar is not None and isinstance(lpar.whitespace_after, cst.ParenthesizedWhitespace):
        separator = cst.Comma(whitespace_after=lpar.whitespace_after)
    else:
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    own = {id(alias): alias.comma for alias in original[:-1]}
    last = kept_last = original[-1].comma
    if len(aliases) > len(original) and (split := _comment_split(last, separator)) is not None:
        # ``DateTime,    #<- time abstraction field``: the comment stays with its name (pyramid_blogr)
        own[id(original[-1])], last = split
    return [alias.with_changes(comma=(kept_last if alias is original[-1] else last) if i == len(aliases) - 1
                               else own.get(id(alias), separator))
            for i, alias in enumerate(aliases)]


def _comment_split(last: cst.Comma | cst.MaybeSentinel,
                   separator: cst.Comma | cst.MaybeSentinel) -> tuple[cst.Comma, cst.Comma] | None:
    """Where the last name's comma ends its line with a comment and names are one a line: the
    comma that name takes when a name follows it (its comment kept), and the one the new last
    name takes (its line break, no comment); None otherwise."""
    if not (isinstance(last, cst.Comma) and isinstance(last.whitespace_after, cst.ParenthesizedWhitespace)
            and last.whitespace_after.first_line.comment is not None
            and isinstance(separator, cst.Comma)
            and isinstance(separator.whitespace_after, cst.ParenthesizedWhitespace)):
        return None
    comment = last.whitespace_after.first_line
    followed = separator.with_changes(whitespace_before=last.whitespace_before,
                                      whitespace_after=separator.whitespace_after.with_changes(first_line=comment))
    bare = last.with_changes(whitespace_after=last.whitespace_after.with_changes(
        first_line=cst.TrailingWhitespace(newline=comment.newline)))
    return followed, bare


# -- imports an edit made unused ---------------------------------------------------------


def remove_unused(text: str, style: FileStyle, replaced: Iterable[str]) -> str:
    """``text`` without the names of its leading import block that ``replaced`` (the text
    the edits took out) used and that ``text`` no longer mentions."""
    if not style.import_first_line:
        return text
    replaced = list(replaced)
    candidates = {m.group() for snippet in replaced for m in _WORD.finditer(snippet)}
    imported = {name for name, binding in style.bindings.items()}
    # used there: ``relationship("Token", backref="user")`` is no use of an imported ``backref``,
    # which an edit of that statement must leave as it was (unused before, unused after)
    candidates = {name for name in candidates & imported if any(_mentioned(name, snippet) for snippet in replaced)}
    if candidates:
        # and used in its code: a name the replaced text names in a comment only was unused before the edit
        # (GeoNature-citizen's import of a module that runs code, named in a commented-out method), and stays
        codes = [_code_of(snippet) for snippet in replaced]
        candidates = {name for name in candidates if any(_mentioned(name, code) for code in codes)}
    if not candidates:
        return text
    lines = split_lines(text)
    start, end = style.import_first_line, style.import_after_line
    block_text = "".join(lines[start - 1 : end])
    rest = "".join(lines[: start - 1]) + "".join(lines[end:])
    # a comment or a docstring is no use (graphene-sqlalchemy's ``# Use default=func.now() ...`` above
    # a column dropped; gemini's ``"""info (dict): JSONB data"""``); the file is tokenized only for a
    # name whose every mention may be in one: a ``#`` or an odd number of quotes before it on its
    # line, or between triple quotes (tokenizing a 1,500-line file for each edited file took 0.08 s
    # of each)
    prose = _Spans(match.span() for match in _TRIPLE_QUOTED.finditer(rest))
    used = {name for name in candidates if _mentioned(name, rest, plainly=True, outside=prose)}
    doubtful = {name for name in candidates - used if _mentioned(name, rest)}
    unused = candidates - used - doubtful
    if doubtful:
        code = split_lines(_code_of(text))
        code_rest = "".join(code[: start - 1]) + "".join(code[end:])
        unused |= {name for name in doubtful if not _mentioned(name, code_rest)}
    if not unused:
        return text
    block = cst.parse_module(block_text)
    edited = block.visit(_Remover(unused))
    if edited.code == block_text:
        return text
    return splice(lines, [(start, end, edited.code)])


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_TRIPLE_QUOTED = re.compile(r"""(?s)(\"\"\"|''').*?\1""")
# the tokens after which a string starts a statement of its own (a docstring)
_STATEMENT_START = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}


def _formatted(string: str) -> bool:
    """An f-string (``f"..."``, ``rf'...'``): its fields are code, run where it stands (Python 3.11's
    tokenizer gives it whole, as a string)."""
    return "f" in string[:string.find(string[-1])].lower()


def _code_of(text: str) -> str:
    """``text`` with its comments and docstrings (a statement of strings only) blanked out,
    lines and columns kept; a type comment (``# type: List[Token]``) is kept, as is all of a
    text that does not tokenize."""
    lines = split_lines(text)
    try:
        tokens = list(tokenize.generate_tokens(iter(lines).__next__))
    except (tokenize.TokenError, SyntaxError):
        return text
    blanked = [token for token in tokens if token.type == tokenize.COMMENT and not token.string.startswith("# type:")]
    strings: list[tokenize.TokenInfo] = []  # the strings of the statement so far
    starts = True  # a statement starts here
    for token in tokens:
        if token.type in (tokenize.NL, tokenize.COMMENT):
            continue
        if token.type == tokenize.STRING and (starts or strings) and not _formatted(token.string):
            strings.append(token)
        elif token.type == tokenize.NEWLINE and strings:
            blanked += strings
            strings = []
        else:
            strings = []
        starts = token.type in _STATEMENT_START
    for token in blanked:
        (first, start), (last, stop) = token.start, token.end
        for row in range(first, last + 1):
            line = lines[row - 1]
            begin, end = (start if row == first else 0), (stop if row == last else len(line.rstrip("\r\n")))
            lines[row - 1] = line[:begin] + " " * (end - begin) + line[end:]
    return "".join(lines)


class _Spans:
    """Non-overlapping ``(start, end)`` spans of a text, in order: ``in_one(position)`` by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.starts = [start for start, _ in self.spans]

    def in_one(self, position: int) -> bool:
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.spans[index][1]


def _maybe_in_a_comment_or_string(text: str, start: int) -> bool:
    """A ``#`` before ``start`` on its line, or an odd number of quotes (a string open there)."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return "#" in line or (line.count('"') + line.count("'")) % 2 == 1


def _mentioned(name: str, text: str, plainly: bool = False, outside: _Spans | None = None) -> bool:
    """Whether ``text`` mentions ``name`` other than as a keyword argument's name
    (``TIMESTAMP(timezone=True)`` is no use of an imported ``timezone``) or as the name a statement
    of its own line assigns (kedro-viz's ``JSON = "json"`` member of an enum class); with
    ``plainly``, a mention that may be in a comment or a string does not count, nor one in a span
    of ``outside``."""
    for match in re.finditer(rf"(?<![\w.]){re.escape(name)}\b", text):
        start, end = match.span()  # a look at the few characters on either side, not a copy of the text
        if outside is not None and outside.in_one(start):
            continue
        before, after = text[max(0, start - 80):start], text[end:end + 80].lstrip(" \t")
        assigned = after.startswith("=") and not after.startswith("==")
        keyword = before.rstrip().endswith(("(", ",")) and assigned
        target = assigned and not before.rpartition("\n")[2].strip() and not before.rstrip(" \t").endswith("\\")
        if not (keyword or target) and not (plainly and _maybe_in_a_comment_or_string(text, start)):
            return True
    return False


class _Remover(cst.CSTTransformer):
    """Drops the aliases that bind ``names``; a statement left empty goes, and the lines
    before it (comments, the blank lines that set its section apart) go to the next
    statement: one separation where there was one, none at the top of the block."""

    def __init__(self, names: set[str]) -> None:
        super().__init__()
        self.names = names
        self.carried: list[cst.EmptyLine] | None = None  # the lines of the statements that went
        self.kept_any = False

    def visit_If(self, node: cst.If) -> bool:
        return False  # the imports of an ``if TYPE_CHECKING:`` block in the run are not the block's

    def leave_If(self, original: cst.If, updated: cst.If) -> cst.If:
        return self._carry(updated)

    def _bound(self, alias: cst.ImportAlias, straight: bool) -> str:
        if alias.evaluated_alias is not None:
            return alias.evaluated_alias
        return alias.evaluated_name.split(".")[0] if straight else alias.evaluated_name

    def leave_SimpleStatementLine(self, original, updated):
        if len(updated.body) != 1 or not isinstance(updated.body[0], (cst.Import, cst.ImportFrom)):
            return self._carry(updated)
        small = updated.body[0]
        if isinstance(small.names, cst.ImportStar):
            return self._carry(updated)
        straight = isinstance(small, cst.Import)
        kept = [a for a in small.names if self._bound(a, straight) not in self.names]
        if len(kept) == len(small.names):
            return self._carry(updated)
        if not kept:
            self.carried = [*(self.carried or []), *updated.leading_lines]
            return cst.RemoveFromParent()
        return self._carry(
            updated.with_changes(body=[small.with_changes(names=_relaid(kept, small.names, small.lpar))])
        )

    def _carry(self, statement):
        if self.carried is not None:
            statement = statement.with_changes(leading_lines=self._merged(list(statement.leading_lines)))
            self.carried = None
        self.kept_any = True
        return statement

    def _merged(self, own: list[cst.EmptyLine]) -> list[cst.EmptyLine]:
        """The next statement's leading lines once the statements before it went."""
        assert self.carried is not None
        if not self.kept_any:  # the block's first statement now: no blank line above it
            return [*self.carried, *(line for line in own if line.comment is not None)]
        if any(line.comment is not None for line in self.carried):
            return [*self.carried, *own]
        own_blanks = sum(line.comment is None for line in own)
        return [*self.carried[:max(0, len(self.carried) - own_blanks)], *own]  # the larger separation
