"""Long lines: the file's line length, and edited or new statements wrapped as black would.

The line length is the project's own (``line-length`` of ``[tool.ruff]`` / ``[tool.black]``
in the nearest ``pyproject.toml``, of a ``ruff.toml`` / ``.ruff.toml``, 88 when one of these
configures ruff or black but not its line length, ``max-line-length`` of ``[flake8]`` in
``setup.cfg`` / ``tox.ini`` / ``.flake8``) for a file on disk that the configuration does not
exclude (ruff's ``exclude`` / ``extend-exclude``), else inferred from the file:
the smallest of the usual limits (79, 88, 99, 100, 119, 120) that its longest code line
fits, or that line's length when it is longer (a comment, and a line of a string alone,
which black cannot split, say nothing of it).

A statement the codemods wrote or changed that no longer fits is wrapped the way black
wraps it: the arguments of its outermost call on one indented line of their own when they
fit there, else one argument per line with a trailing comma. Only those statements: a long
line the file already had is the file's business.
"""

from __future__ import annotations

import configparser
import fnmatch
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar, cast

import libcst as cst

from .config_files import extended_configurations, read_toml

NodeT = TypeVar("NodeT", bound=cst.CSTNode)

_USUAL_LIMITS = (79, 88, 99, 100, 119, 120)
_FORMATTERS_DEFAULT = 88  # ruff's and black's line length when their configuration sets none
_CODE_LINE = re.compile(r"^(?!\s*#).*\S")


def line_length(file: str, text: str) -> int:
    """The line length ``file`` (with ``text``) is written to (see the module doc)."""
    path = Path(file).resolve() if file else None
    if path is not None and path.is_file():
        found = _configured(path.parent)
        if found is not None and not _excluded(path, *found[1:]):
            return found[0]
    lines = text.splitlines()
    longest = max(map(len, lines), default=0)
    if longest > _USUAL_LIMITS[0]:  # comment lines (a URL...) do not count, nor a checker's comment,
        # nor a line of a string alone, which black cannot split (pypnusershub's ``+ "...long text..."``)
        long = [number for number, line in enumerate(lines, 1)
                if len(line) > _USUAL_LIMITS[0] and _CODE_LINE.match(line)]
        strings = _inside_triple_quotes(lines) if long else frozenset()
        longest = max((_code_length(lines[number - 1]) for number in long
                       if number not in strings and not _STRING_ALONE.match(lines[number - 1])),
                      default=_USUAL_LIMITS[0])
    return next((limit for limit in _USUAL_LIMITS if longest <= limit), longest)


_QUOTED = r"""[rRbBuUfF]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
# a line of strings alone, with the brackets, commas and operators around them: ``+ "...",``; or one
# string returned or assigned (cabotage's ``return f"{self.application.project.organization.slug}/..."``,
# 142 characters in a file black keeps at 88): black cannot split either
_STRING_ALONE = re.compile(rf"^\s*(?:return\s+|[A-Za-z_][\w.]*\s*(?::[^=]+)?=\s*|[+%(,]+\s*)?"
                           rf"{_QUOTED}(?:\s*(?:[+%]\s*)?{_QUOTED})*\s*(?:[,)+]+\s*)?$")


def _inside_triple_quotes(lines: Sequence[str]) -> frozenset[int]:
    """The lines (numbered from 1) that begin inside a triple-quoted string: a docstring's. Found by
    the quotes alone (a comment or a string that holds three quotes can mislead it: the line length is
    then read from fewer lines, and edits are wrapped a little more than they need be)."""
    found = set()
    inside: str | None = None
    for number, line in enumerate(lines, 1):
        if inside is not None:
            found.add(number)
        position = 0
        while True:
            if inside is None:
                hits = [i for i in (line.find('"""', position), line.find("'''", position)) if i >= 0]
                if not hits:
                    break
                inside, position = line[min(hits):min(hits) + 3], min(hits) + 3
            else:
                end = line.find(inside, position)
                if end < 0:
                    break
                inside, position = None, end + 3
    return frozenset(found)


@functools.lru_cache(maxsize=256)
def _configured(directory: Path) -> tuple[int, Path, tuple[str, ...]] | None:
    """The line length the nearest configuration above ``directory`` sets, the folder it is
    in and the paths it excludes (ruff's ``exclude`` / ``extend-exclude``), if any."""
    for folder in [directory, *directory.parents]:
        found = _from_folder(folder)
        if found is not None:
            return found[0], folder, found[1]
    return None


def _excluded(path: Path, folder: Path, patterns: tuple[str, ...]) -> bool:
    """Whether ``patterns`` (relative to ``folder``) exclude ``path`` or a folder it is in:
    the formatter leaves that file alone, so its line length is not the file's."""
    parts = path.relative_to(folder).parts
    prefixes = ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]
    return any(pattern.strip("/") in parts if "/" not in pattern.strip("/") and not any(c in pattern for c in "*?[")
               else any(fnmatch.fnmatchcase(prefix, pattern.strip("/")) for prefix in prefixes)
               for pattern in patterns)


def _from_folder(folder: Path) -> tuple[int, tuple[str, ...]] | None:
    formatter: tuple[str, ...] | None = None  # a ruff / black configuration without a line length: its excludes
    for name, keys in (("pyproject.toml", (("tool", "ruff"), ("tool", "black"))), ("ruff.toml", ((),)),
                       (".ruff.toml", ((),))):
        document = read_toml(folder / name)
        if document is None:
            continue
        for key in keys:
            table: object = document
            for part in key:
                table = table.get(part) if isinstance(table, dict) else None
            if not isinstance(table, dict):
                continue
            listed = [table.get(option) for option in ("exclude", "extend-exclude") if key != ("tool", "black")]
            excludes = tuple(str(p) for paths in listed if isinstance(paths, list) for p in paths)
            value = table.get("line-length") if key == ("tool", "black") else _ruff_line_length(table, folder)
            if isinstance(value, int) and value > 0:
                return value, excludes
            formatter = excludes if formatter is None else formatter
    if formatter is not None:
        return _FORMATTERS_DEFAULT, formatter
    for name in ("setup.cfg", "tox.ini", ".flake8"):
        path = folder / name
        if not path.is_file():
            continue
        parser = configparser.ConfigParser()
        try:
            parser.read(path, encoding="utf-8")
            value = parser.getint("flake8", "max-line-length", fallback=None)
        except (configparser.Error, ValueError, UnicodeDecodeError):
            continue
        if value:
            return value, ()
    return None


def _ruff_line_length(table: dict, folder: Path) -> object:
    """A ruff configuration's ``line-length``, or that of the first configuration it ``extend``s
    that sets one."""
    for settings, _ in [(table, None), *extended_configurations(table, folder)]:
        if "line-length" in settings:
            return settings["line-length"]
    return None


# A checker's comment that covers the line it is on: mypy's / pyright's ignore, flake8's / ruff's noqa
_LINE_PRAGMA = re.compile(r"#\s*(?:type:\s*ignore|pyright:\s*ignore|noqa)\b")
# the code of a line before the comment at its end (a ``#`` outside the line's strings)
_OPENING = re.compile(r"[(\[{]")
_BEFORE_COMMENT = re.compile(r"""(?:[^#'"]|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")*""")


def _code_length(line: str) -> int:
    """The length of ``line`` without a checker's comment at its end (``# type: ignore[...]``,
    ``# noqa: E501``), or without any comment where the code before it opens no bracket
    (codecarbon's ``)  # This is the first 8 characters of the SHA-256 hash...``): black leaves
    such a line long, as it cannot split it, so it says nothing of the limit. (A comment after
    code black could split counts: the line was written to fit.)"""
    if "#" not in line:  # most lines: no regular expression run over each
        return len(line)
    pragma = _LINE_PRAGMA.search(line)
    if pragma is not None:
        return len(line[: pragma.start()].rstrip())
    code = _BEFORE_COMMENT.match(line)
    if code is not None and line[code.end():code.end() + 1] == "#" and not _OPENING.search(code.group()):
        return len(code.group().rstrip())
    return len(line)


def fits(node: cst.CSTNode, indent: int, limit: int) -> bool:
    """Whether every line of ``node`` at ``indent`` columns is within ``limit``."""
    return all(indent + len(line) <= limit for line in cst.Module([]).code_for_node(node).splitlines())


def wrap_statement(statement: NodeT, indent: int, unit: str, limit: int, hanging: bool = False,
                   original: cst.CSTNode | None = None) -> NodeT:
    """``statement`` (at ``indent`` columns, ``unit`` one indentation level) wrapped as
    black would when a line of it is longer than ``limit`` (with ``hanging``, as a file that
    keeps a call's ``)`` after its last argument: ``_hanging``); as it is otherwise, or when it
    has no call to wrap. ``original``: the statement before an edit (a long line of it stays
    as it is)."""
    if fits(statement, indent, limit) or not isinstance(statement, cst.SimpleStatementLine):
        return statement
    comment = statement.trailing_whitespace.comment
    if comment is not None and _LINE_PRAGMA.match(comment.value):
        # ``# type: ignore`` silences its own line only: split, the statement's other lines would
        # lose it (black leaves such a line whole too)
        return statement
    small = statement.body[0]
    value = getattr(small, "value", None)
    if hanging and isinstance(value, cst.Call) and value.args and _repackable(value):
        packed = _hanging(value, indent + len(unit), limit, unit)
        return statement.with_changes(body=[small.with_changes(value=packed), *statement.body[1:]])
    if isinstance(value, cst.Call) and value.args and _multi_line(value):
        if not _hugged(value):
            return _split_packed_lines(statement, indent, limit, original, unit)
        # ``f(\n    a, b\n)`` whose line of arguments an edit made too long: one a line, as black,
        # and an argument still too long on its line wrapped in turn (ckanext-harvest's
        # ``Column(\n    Enum(..., "TRACE", name="log_level"),\n)``)
        one_a_line = _explode(value, unit)
        one_a_line = one_a_line.with_changes(args=[wrap_argument(arg, indent, unit, limit, unit)
                                                   for arg in one_a_line.args])
        return statement.with_changes(body=[small.with_changes(value=one_a_line), *statement.body[1:]])
    forms = None if value is None or _multi_line(value) else _wrapped_forms(value, unit)
    if forms is None:
        return statement
    hugged_form, exploded_form = forms
    if isinstance(exploded_form, cst.Call):
        # an argument still too long on its line is wrapped in turn (invenio-github's
        # ``db.ForeignKey("...", name="..._fkey", ondelete="CASCADE"),`` of 110 columns at 88)
        exploded_form = exploded_form.with_changes(args=[wrap_argument(arg, indent, unit, limit, unit)
                                                         for arg in exploded_form.args])
    elif isinstance(exploded_form, cst.Tuple):  # so is an item of ``__table_args__`` (sbc-pay's)
        exploded_form = exploded_form.with_changes(elements=[wrap_argument(e, indent, unit, limit, unit)
                                                             for e in exploded_form.elements])
    hugged, exploded = (statement.with_changes(body=[small.with_changes(value=form), *statement.body[1:]])
                        for form in (hugged_form, exploded_form))
    return hugged if fits(hugged, indent, limit) else exploded


def _split_packed_lines(statement: NodeT, indent: int, limit: int, original: cst.CSTNode | None,
                        unit: str = "    ") -> NodeT:
    """``statement``, laid out over lines by the file, with each new line of several arguments that
    grew longer than ``limit`` broken after the last of them that fits, the rest on the next
    line at the same indentation (tacker's ``sa.Enum(\n        'GRACEFUL', 'FORCEFUL', name=...,``
    given a label), and a call alone on its line that grew too long wrapped as black would (Memobase's
    ``ForeignKey("memobase_projects.project_id", ondelete=..., onupdate=...),`` after a table rename); a
    line ``original`` (the statement before the edit) had stays as it is."""
    code = cst.Module([]).code_for_node
    kept = frozenset(code(original).splitlines()) if original is not None else frozenset()
    for _ in range(len(code(statement))):  # each round breaks one line, or ends
        long = [line for line in code(statement).splitlines() if indent + len(line) > limit and line not in kept]
        if not long:
            return statement
        calls = _calls(statement)
        broken = next(filter(None, (_exploded_inner(call, long[0], unit) for call in calls)), None) \
            or next(filter(None, (_broken_line(call, long[0], indent, limit) for call in calls)), None) \
            or next(filter(None, (_wrapped_alone(call, long[0], indent, unit, limit) for call in calls)), None)
        if broken is None:
            return statement
        statement = cast(NodeT, statement.deep_replace(*broken))
    return statement


def _exploded_inner(call: cst.Call, line: str, unit: str) -> tuple[cst.Call, cst.Call] | None:
    """``(call, call exploded)``: a call laid out as black hugs one, ``f(\n    a, b\n)``, whose line of
    arguments is ``line``: one a line with a trailing comma, as black lays it out when that line is
    too long (MAAS's ``ForeignKey(\n    "maasserver_zone.id", deferrable=True, initially="DEFERRED"\n)``
    after a table rename, in a ``Table(...)``); None for any other call."""
    closing = call.args[-1].whitespace_after_arg if call.args else None
    if not _hugged(call) or not isinstance(closing, cst.ParenthesizedWhitespace):
        return None
    opening = cst.ensure_type(call.whitespace_before_args, cst.ParenthesizedWhitespace)
    code = cst.Module([]).code_for_node
    arguments = opening.last_line.value + "".join(code(arg.with_changes(whitespace_after_arg=cst.SimpleWhitespace("")))
                                                  for arg in call.args)
    base = closing.last_line.value
    if line.rstrip() != arguments.rstrip() or not opening.last_line.value.startswith(base):
        return None
    return call, _explode(call, opening.last_line.value[len(base):] or unit, base)


def _calls(node: cst.CSTNode) -> list[cst.Call]:
    found: list[cst.Call] = []

    class Calls(cst.CSTVisitor):
        def visit_Call(self, call: cst.Call) -> None:
            found.append(call)

    node.visit(Calls())
    return found


def _wrapped_alone(call: cst.Call, line: str, indent: int, unit: str, limit: int) -> tuple[cst.Call, cst.Call] | None:
    """``(call, call with the argument that is ``line`` wrapped)``: an argument of ``call`` that is a call
    alone on its line (after a line break, with its comma), wrapped in turn; None when none is ``line``."""
    code = cst.Module([]).code_for_node
    args = list(call.args)
    openings = [call.whitespace_before_args] + [arg.comma.whitespace_after if isinstance(arg.comma, cst.Comma)
                                                else None for arg in args[:-1]]
    for index, (arg, opening) in enumerate(zip(args, openings, strict=True)):
        if not isinstance(opening, cst.ParenthesizedWhitespace) or not isinstance(arg.value, cst.Call):
            continue
        alone = opening.last_line.value + code(arg.with_changes(comma=cst.MaybeSentinel.DEFAULT))
        if line.rstrip() not in (alone, alone + ","):
            continue
        wrapped = wrap_argument(arg, indent, unit, limit, opening.last_line.value)
        if wrapped is arg or code(wrapped) == code(arg):
            return None
        args[index] = wrapped
        return call, call.with_changes(args=args)
    return None


def _broken_line(call: cst.Call, line: str, indent: int, limit: int) -> tuple[cst.Call, cst.Call] | None:
    """``(call, call with a line break)``: of the arguments of ``call`` that start ``line`` (after a
    line break), the last that fits followed by a break at that line's indentation; None when
    no line of ``call``'s arguments is ``line`` or its first argument alone is too long."""
    code = cst.Module([]).code_for_node
    args = list(call.args)
    breaks = [call.whitespace_before_args] + [arg.comma.whitespace_after if isinstance(arg.comma, cst.Comma)
                                              else None for arg in args[:-1]]
    for start, opening in enumerate(breaks):
        if not isinstance(opening, cst.ParenthesizedWhitespace):
            continue
        written = opening.last_line.value
        best = None
        for end in range(start, len(args) - 1):
            comma = args[end].comma
            if not isinstance(comma, cst.Comma) or not isinstance(comma.whitespace_after, cst.SimpleWhitespace):
                break  # the line ends here
            through = written + code(args[end].with_changes(comma=comma.with_changes(
                whitespace_after=cst.SimpleWhitespace(""))))
            if not line.startswith(through):
                break
            if indent + len(through.rstrip()) <= limit:
                best = end
            written += code(args[end])
        if best is None or not line.startswith(written):
            continue
        comma = cst.ensure_type(args[best].comma, cst.Comma)
        args[best] = args[best].with_changes(comma=comma.with_changes(whitespace_after=cst.ParenthesizedWhitespace(
            first_line=cst.TrailingWhitespace(), indent=opening.indent, last_line=opening.last_line)))
        return call, call.with_changes(args=args)
    return None


def wrap_argument(argument, block: int, unit: str, limit: int, base: str = "", hanging: bool = False,
                  original: cst.CSTNode | None = None):
    """A ``Table(...)`` argument or a tuple element (``cst.Arg`` / ``cst.Element``) on a line
    of its own ``base`` deeper than its block, which is ``block`` columns deep, wrapped as
    ``wrap_statement`` does; one the file lays out over lines as ``_split_packed_lines`` does (a
    long line of ``original``, the argument before an edit, stays)."""
    value = argument.value

    def fits_here(node) -> bool:
        first, *rest = cst.Module([]).code_for_node(node).splitlines() or [""]
        return block + len(base) + len(first) <= limit and all(block + len(line) <= limit for line in rest)

    if hanging and isinstance(value, cst.Call) and value.args and not fits_here(argument) and _repackable(value):
        return argument.with_changes(value=_hanging(value, block + len(base + unit), limit, base + unit))

    if not fits_here(argument) and _multi_line(value):
        return _split_packed_lines(argument, block, limit, original, unit)
    forms = None if fits_here(argument) or _multi_line(value) else _wrapped_forms(value, unit, base)
    if forms is None:
        return argument
    hugged, exploded = (argument.with_changes(value=form) for form in forms)
    if fits_here(hugged):
        return hugged
    if isinstance(exploded.value, cst.Call):  # an argument still too long on its line, in turn (MAAS's key)
        exploded = exploded.with_changes(value=exploded.value.with_changes(
            args=[wrap_argument(arg, block, unit, limit, base + unit) for arg in exploded.value.args]))
    return exploded


def aligned_arguments(call: cst.Call) -> str | None:
    """The whitespace that lines the arguments of ``call`` up under its first when they are
    written that way (pep8's visual indent, ``Queues = sa.Table('Queues', metadata,`` and then
    each column under ``'Queues'``); None for a call laid out otherwise."""
    if isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace) or len(call.args) < 2:
        return None
    breaks = [arg.comma.whitespace_after for arg in call.args[:-1] if isinstance(arg.comma, cst.Comma)]
    lines = {space.last_line.value for space in breaks if isinstance(space, cst.ParenthesizedWhitespace)}
    return lines.pop() if len(lines) == 1 else None


def wrap_aligned(argument, column: int, limit: int):
    """A call argument (``cst.Arg``) that starts at ``column``, its own call's arguments
    lined up under the first on as many lines as they need, as the file writes them
    (``sa.Column('uri', sa.String(255),`` / ``unique=True, nullable=False)``) when it is longer
    than ``limit``; as it is otherwise."""
    value = argument.value
    code = cst.Module([]).code_for_node
    if column + len(code(argument)) <= limit or not isinstance(value, cst.Call) or not value.args \
            or _multi_line(value):
        return argument
    inner = " " * (column + len(code(value.func)) + 1)
    return argument.with_changes(value=value.with_changes(
        whitespace_before_args=cst.SimpleWhitespace(""), args=_packed(value.args, len(inner), limit, inner)))


def _packed(args: Sequence[cst.Arg], column: int, limit: int, continuation: str) -> list[cst.Arg]:
    """``args`` as many to a line as fit within ``limit`` from ``column``, each further line
    starting with ``continuation``, the closing parenthesis after the last."""
    code = cst.Module([]).code_for_node
    packed: list[cst.Arg] = []
    used = column
    for index, arg in enumerate(args):
        last = index == len(args) - 1
        arg = arg.with_changes(comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=cst.SimpleWhitespace(""))
        piece = len(code(arg)) + 1  # its comma, or ")"
        if packed and used + 1 + piece > limit:
            packed[-1] = packed[-1].with_changes(comma=cst.Comma(whitespace_after=_line_break(continuation)))
            used = column
        elif packed:
            used += 1
        used += piece
        packed.append(arg if last else arg.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))))
    return packed


def _hanging(call: cst.Call, column: int, limit: int, continuation: str) -> cst.Call:
    """``f(\n    a, b,\n    c)``: the arguments after a line break, as many to a line as fit,
    the closing parenthesis after the last (a file that keeps it there, pep8's hanging indent)."""
    return call.with_changes(whitespace_before_args=_line_break(continuation),
                             args=_packed(call.args, column, limit, continuation))


def _wrapped_forms(value, unit: str, base: str = ""):
    """(hugged, exploded): black's two ways of wrapping a call or a dict display that is on
    one line; None for anything else (and for one with nothing inside)."""
    if isinstance(value, cst.Call) and value.args:
        return _hug(value, unit, base), _explode(value, unit, base)
    if isinstance(value, cst.Dict) and value.elements:
        return _hug_dict(value, unit, base), _explode_dict(value, unit, base)
    if isinstance(value, cst.Tuple) and value.elements and len(value.lpar) == 1 \
            and all(isinstance(e, cst.Element) for e in value.elements):
        return _hug_tuple(value, unit, base), _explode_tuple(value, unit, base)
    return None


def _repackable(call: cst.Call) -> bool:
    """A call on one line, or wrapped after its ``(`` without comments, no argument on
    several lines: ``_hanging`` lays it out again."""
    code = cst.Module([]).code_for_node
    if any("\n" in code(arg.value) or "#" in code(arg) for arg in call.args):
        return False
    return not _multi_line(call) or isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace)


def _multi_line(node: cst.CSTNode) -> bool:
    return "\n" in cst.Module([]).code_for_node(node)


def _hugged(call: cst.Call) -> bool:
    """``f(\\n    a, b\\n)``: the arguments together on one line of their own, none of them
    spanning lines (black's first way to wrap a call)."""
    code = cst.Module([]).code_for_node
    return isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace) and all(
        "\n" not in code(arg.value) and "#" not in code(arg) for arg in call.args) and all(
        not isinstance(arg.comma, cst.Comma) or not isinstance(arg.comma.whitespace_after, cst.ParenthesizedWhitespace)
        for arg in call.args[:-1])


def _line_break(last_line: str) -> cst.ParenthesizedWhitespace:
    return cst.ParenthesizedWhitespace(
        first_line=cst.TrailingWhitespace(), indent=True, last_line=cst.SimpleWhitespace(last_line)
    )


def _hug(call: cst.Call, unit: str, base: str = "") -> cst.Call:
    """The arguments on one line of their own: ``f(\\n    a, b\\n)``."""
    args = list(call.args)
    args = [a.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")),
                           whitespace_after_arg=cst.SimpleWhitespace("")) for a in args[:-1]] + [
        args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=_line_break(base))
    ]
    return call.with_changes(whitespace_before_args=_line_break(base + unit), args=args)


def _explode(call: cst.Call, unit: str, base: str = "") -> cst.Call:
    """One argument per line, a trailing comma after the last: black's magic comma. The comment
    of the line the call opens (``mapped_column(  # type: ignore``: sematic's) stays on it, and
    one after the last argument of a hugged call after that argument."""
    args = [a.with_changes(comma=cst.Comma(whitespace_after=_keeping_comment(a, _line_break(base + unit))),
                           whitespace_after_arg=cst.SimpleWhitespace("")) for a in call.args[:-1]]
    args.append(call.args[-1].with_changes(comma=cst.Comma(whitespace_after=_keeping_comment(
        call.args[-1], _line_break(base))), whitespace_after_arg=cst.SimpleWhitespace("")))
    return call.with_changes(whitespace_before_args=_with_comments(call.whitespace_before_args,
                                                                   _line_break(base + unit)), args=args)


def _keeping_comment(arg: cst.Arg, new: cst.ParenthesizedWhitespace) -> cst.ParenthesizedWhitespace:
    """``new``, the line break after ``arg``, with the comments the argument's line ended with and
    the comment lines after it, if any."""
    spaces = [arg.whitespace_after_arg, arg.comma.whitespace_after if isinstance(arg.comma, cst.Comma) else None]
    for space in spaces:
        if isinstance(space, cst.ParenthesizedWhitespace) and (space.first_line.comment or space.empty_lines):
            return _with_comments(space, new)
    return new


def _with_comments(old: cst.BaseParenthesizableWhitespace, new: cst.ParenthesizedWhitespace
                   ) -> cst.ParenthesizedWhitespace:
    """``new``, with the comment ``old`` ends its line with and the comment lines after it (the
    review's ``mapped_column(  # type: ignore`` over ``# kept for the old rows``)."""
    if not isinstance(old, cst.ParenthesizedWhitespace):
        return new
    return new.with_changes(first_line=old.first_line if old.first_line.comment is not None else new.first_line,
                            empty_lines=old.empty_lines)


def _hug_dict(display: cst.Dict, unit: str, base: str = "") -> cst.Dict:
    """The items on one line of their own: ``{\\n    "a": 1, "b": 2\\n}``."""
    elements = list(display.elements)
    elements = [e.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))) for e in elements[:-1]] + [
        elements[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)]
    return display.with_changes(elements=elements, lbrace=cst.LeftCurlyBrace(whitespace_after=_line_break(base + unit)),
                                rbrace=cst.RightCurlyBrace(whitespace_before=_line_break(base)))


def _hug_tuple(display: cst.Tuple, unit: str, base: str = "") -> cst.Tuple:
    """The items on one line of their own: ``(\n    a, b\n)`` (``(\n    a,\n)`` for one: a tuple's comma)."""
    elements = [e.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
                for e in display.elements[:-1]]
    elements.append(display.elements[-1].with_changes(
        comma=cst.Comma() if len(display.elements) == 1 else cst.MaybeSentinel.DEFAULT))
    return _in_parentheses(display.with_changes(elements=elements), unit, base)


def _explode_tuple(display: cst.Tuple, unit: str, base: str = "") -> cst.Tuple:
    """One item per line, a trailing comma after the last (``__table_args__`` grown too long)."""
    return _in_parentheses(display.with_changes(elements=_one_a_line(display.elements, unit, base)), unit, base)


def _in_parentheses(display: cst.Tuple, unit: str, base: str) -> cst.Tuple:
    return display.with_changes(lpar=[cst.LeftParen(whitespace_after=_line_break(base + unit))],
                                rpar=[cst.RightParen(whitespace_before=_line_break(base))])


def _one_a_line(elements, unit: str, base: str) -> list:
    """``elements`` one a line, ``base + unit`` deep, a trailing comma after the last."""
    return [*(e.with_changes(comma=cst.Comma(whitespace_after=_line_break(base + unit))) for e in elements[:-1]),
            elements[-1].with_changes(comma=cst.Comma())]


def _explode_dict(display: cst.Dict, unit: str, base: str = "") -> cst.Dict:
    """One item per line, a trailing comma after the last."""
    elements = _one_a_line(display.elements, unit, base)
    return display.with_changes(elements=elements, lbrace=cst.LeftCurlyBrace(whitespace_after=_line_break(base + unit)),
                                rbrace=cst.RightCurlyBrace(whitespace_before=_line_break(base)))
