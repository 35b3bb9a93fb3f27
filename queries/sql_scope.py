"""Names in one SQL text resolved the way PostgreSQL resolves them, without running it.

The text (placeholders already masked) is parsed by pglast, PostgreSQL's own parser; every
table and column reference is resolved with scopes: FROM items and their aliases (alias
column lists too), joins (``USING``, an unqualified column two tables have), CTEs (which
shadow tables), subqueries (a column missing inside that would bind to the outer query is
reported), ``INSERT`` column lists, ``INSERT ... SELECT``, ``UPDATE ... SET``,
``ON CONFLICT``, ``EXCLUDED``, ``RETURNING``, ``DELETE ... USING``, schema-qualified names,
quoted names (the parser folds unquoted ones), ``'t'::regclass``. What cannot be known
(a function's result, a system catalog, a hole of an f-string) is opaque: accepted, never
guessed. Each problem carries its offsets in the text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pglast import ast, parse_sql
from pglast.parser import ParseError, scan

from .catalog import Catalog, Key

HOLE = "__si_hole"  # the stand-in identifiers for f-string holes start with this


class NotCheckable(Exception):
    """The text parses but cannot be checked (the reason is the message)."""


@dataclass(frozen=True)
class Problem:
    kind: str  # unknown-column | unknown-table | ambiguous-column
    name: str
    start: int  # offset of the name's token in the text
    end: int  # offset after it
    table: Key | None = None  # the table the column was looked up in (one), for suggestions
    candidates: tuple[str, ...] = ()  # names that were visible there
    detail: str = ""


@dataclass
class Rel:
    name: str  # the name it is visible under (its alias, else its table name)
    columns: tuple[str, ...] | None  # None: unknown (opaque)
    table: Key | None = None
    aliased: bool = False


@dataclass
class Scope:
    parent: Scope | None
    rels: list = field(default_factory=list)
    merged: set = field(default_factory=set)  # JOIN ... USING columns: never ambiguous
    outputs: set = field(default_factory=set)  # output names, for ORDER BY / GROUP BY
    ctes: dict = field(default_factory=dict)  # name -> columns (None: unknown)


def _is_hole(name: str) -> bool:
    return name.startswith(HOLE)


def _strings(items) -> list[str]:
    return [item.sval for item in items or () if isinstance(item, ast.String)]


def fold_token(token_text: str) -> str:
    if token_text.startswith('"') and token_text.endswith('"') and len(token_text) >= 2:
        return token_text[1:-1].replace('""', '"')
    return token_text.lower()


class SqlCheck:
    """Check one text; ``problems`` after ``run()``."""

    def __init__(self, catalog: Catalog, text: str, fragment: bool = False) -> None:
        self.catalog = catalog
        self.fragment = fragment  # an expression of a query we cannot see (literal_column)
        self.text = text
        self.problems: list[Problem] = []
        self._tokens = None

    # -- tokens: where a name is in the text ---------------------------------------------

    @property
    def tokens(self):
        if self._tokens is None:
            self._tokens = [t for t in scan(self.text) if t.name not in ("SQL_COMMENT", "C_COMMENT")]
            self._starts = [t.start for t in self._tokens]
        return self._tokens

    def _token_at(self, location: int, step: int = 0):
        tokens = self.tokens
        index = bisect.bisect_left(self._starts, location) + 2 * step
        return tokens[index] if 0 <= index < len(tokens) else None

    def _span(self, location: int | None, step: int = 0, name: str | None = None) -> tuple[int, int]:
        """The offsets of the ``step``-th dotted part of the name at ``location``; or, when
        only an anchor is known, of the first token after it that spells ``name``."""
        if location is None or location < 0:
            location = 0
        if name is None:
            token = self._token_at(location, step)
            if token is not None:
                return token.start, token.end + 1
            return location, location
        for token in self.tokens[bisect.bisect_left(self._starts, location):]:
            if token.name != "SCONST" and fold_token(self.text[token.start:token.end + 1]) == name:
                return token.start, token.end + 1
        return location, location

    def _keyword_after(self, location: int, keyword: str) -> int:
        for token in self.tokens[bisect.bisect_left(self._starts, location):]:
            if token.name == keyword:
                return token.end + 1
        return location

    def _problem(self, kind, name, span, table=None, candidates=(), detail="") -> None:
        if any(p.start == span[0] and p.end == span[1] and p.kind == kind for p in self.problems):
            return
        self.problems.append(Problem(kind, name, span[0], span[1], table, tuple(candidates), detail))

    # -- statements --------------------------------------------------------------------------

    def run(self) -> None:
        """Raises ParseError (not SQL) or NotCheckable."""
        outside = Scope(None, rels=[Rel("", None)]) if self.fragment else None
        for raw in parse_sql(self.text):
            self.statement(raw.stmt, outside)

    def statement(self, node, parent: Scope | None):
        if isinstance(node, ast.SelectStmt):
            return self.select(node, parent)
        if isinstance(node, ast.InsertStmt):
            return self.insert(node, parent)
        if isinstance(node, ast.UpdateStmt):
            return self.update(node, parent)
        if isinstance(node, ast.DeleteStmt):
            return self.delete(node, parent)
        if isinstance(node, ast.ExplainStmt):
            return self.statement(node.query, parent)
        if isinstance(node, ast.CopyStmt):
            if node.query is not None:
                return self.statement(node.query, parent)
            scope = Scope(parent)
            rel = self.range_var(node.relation, scope)
            for name in _strings(node.attlist):
                self._target_column(rel, name, self._span(node.relation.location, name=name))
            return None
        if isinstance(node, (ast.TruncateStmt, ast.LockStmt)):
            scope = Scope(parent)
            for relation in node.relations or ():
                self.range_var(relation, scope)
            return None
        if isinstance(node, (ast.VariableSetStmt, ast.VariableShowStmt, ast.TransactionStmt, ast.NotifyStmt,
                             ast.ListenStmt, ast.UnlistenStmt, ast.DeallocateStmt, ast.DiscardStmt)):
            return None  # nothing of the schema is named
        raise NotCheckable(f"{type(node).__name__} statements are not checked")

    def with_clause(self, node, scope: Scope) -> None:
        if node is None:
            return
        for cte in node.ctes or ():
            names = _strings(cte.aliascolnames)
            if node.recursive:
                scope.ctes[cte.ctename] = tuple(names) if names else None
            outputs = self.statement(cte.ctequery, scope)
            if names:
                extra = tuple((outputs or ())[len(names):]) if outputs else ()
                scope.ctes[cte.ctename] = tuple(names) + extra
            else:
                scope.ctes[cte.ctename] = tuple(outputs) if outputs is not None else None

    def select(self, node: ast.SelectStmt, parent: Scope | None):
        scope = Scope(parent)
        self.with_clause(node.withClause, scope)
        if node.op and getattr(node.op, "value", node.op) != 0:
            left = self.select(node.larg, scope)
            self.select(node.rarg, scope)
            scope.outputs = set(left or ())
            if left is None:
                scope.rels.append(Rel("", None))
            self.expr(node.sortClause, scope, outputs=True)
            return left
        if node.valuesLists:
            self.expr(node.valuesLists, scope)
            return tuple(f"column{i + 1}" for i in range(len(node.valuesLists[0])))
        for item in node.fromClause or ():
            self.from_item(item, scope)
        outputs: list[str] | None = []
        for target in node.targetList or ():
            value = target.val
            if isinstance(value, ast.ColumnRef) and isinstance(value.fields[-1], ast.A_Star):
                self.column_ref(value, scope)
                expanded = self._star(value, scope)
                outputs = None if expanded is None or outputs is None else outputs + expanded
                continue
            before = len(self.problems)
            self.expr(value, scope)
            if outputs is not None:
                name = target.name or _output_name(value)
                # a select-list name that does not exist is no output ORDER BY could use
                outputs.append(name if target.name or len(self.problems) == before else "?column?")
        scope.outputs = set(outputs or ())
        self.expr(node.whereClause, scope)
        self.expr(node.groupClause, scope, outputs=True)
        self.expr(node.havingClause, scope)
        self.expr(node.windowClause, scope)
        self.expr(node.distinctClause, scope, outputs=True)
        self.expr(node.sortClause, scope, outputs=True)
        self.expr(node.limitCount, scope)
        self.expr(node.limitOffset, scope)
        return tuple(outputs) if outputs is not None else None

    def _star(self, ref: ast.ColumnRef, scope: Scope) -> list[str] | None:
        names = _strings(ref.fields)
        rels = scope.rels if not names else [r for r in scope.rels if r.name == names[-1]]
        out: list[str] = []
        for rel in rels:
            if rel.columns is None:
                return None
            out.extend(rel.columns)
        return out

    def _target(self, relation, parent: Scope | None) -> tuple[Scope, Rel]:
        scope = Scope(parent)
        rel = self.range_var(relation, scope)
        return scope, rel

    def _returning(self, node, scope: Scope) -> None:
        clause = getattr(node, "returningClause", None)
        items = clause.exprs if clause is not None else getattr(node, "returningList", None)
        self.expr(items, scope)

    def _target_column(self, rel: Rel, name: str, span, detail: str = "") -> None:
        if rel is None or rel.columns is None or _is_hole(name) or name in rel.columns:
            return
        self._problem(
            "unknown-column",
            name,
            span,
            rel.table,
            rel.columns,
            detail or f'column "{name}" of relation "{rel.name}" does not exist',
        )

    def insert(self, node: ast.InsertStmt, parent: Scope | None):
        outer = Scope(parent)
        self.with_clause(node.withClause, outer)
        scope, rel = self._target(node.relation, outer)
        for target in node.cols or ():
            self._target_column(rel, target.name, self._span(target.location))
        if node.selectStmt is not None:
            self.select(node.selectStmt, outer)  # the SELECT resolves against its own FROM
        conflict = node.onConflictClause
        if conflict is not None:
            if conflict.infer is not None:
                anchor = self._keyword_after(node.relation.location, "CONFLICT")
                for element in conflict.infer.indexElems or ():
                    if element.name:
                        self._target_column(rel, element.name, self._span(anchor, name=element.name))
                    else:
                        self.expr(element.expr, scope)
                self.expr(conflict.infer.whereClause, scope)
            excluded = Scope(
                scope.parent, rels=[rel, Rel("excluded", rel.columns if rel else None, rel.table if rel else None)]
            )
            for target in conflict.targetList or ():
                self._target_column(rel, target.name, self._span(target.location))
                self.expr(target.val, excluded)
            self.expr(conflict.whereClause, excluded)
        self._returning(node, scope)
        return None

    def update(self, node: ast.UpdateStmt, parent: Scope | None):
        outer = Scope(parent)
        self.with_clause(node.withClause, outer)
        scope, rel = self._target(node.relation, outer)
        for item in node.fromClause or ():
            self.from_item(item, scope)
        for target in node.targetList or ():
            self._target_column(rel, target.name, self._span(target.location))
            self.expr(target.val, scope)
        self.expr(node.whereClause, scope)
        self._returning(node, scope)
        return None

    def delete(self, node: ast.DeleteStmt, parent: Scope | None):
        outer = Scope(parent)
        self.with_clause(node.withClause, outer)
        scope, _ = self._target(node.relation, outer)
        for item in node.usingClause or ():
            self.from_item(item, scope)
        self.expr(node.whereClause, scope)
        self._returning(node, scope)
        return None

    # -- FROM --------------------------------------------------------------------------------

    def _find_cte(self, name: str, scope: Scope | None):
        while scope is not None:
            if name in scope.ctes:
                return True, scope.ctes[name]
            scope = scope.parent
        return False, None

    def range_var(self, node: ast.RangeVar, scope: Scope) -> Rel:
        alias = node.alias.aliasname if node.alias is not None else None
        if alias is not None and _is_hole(alias):
            raise NotCheckable("a run-time part of the string stands where an alias would be")
        name, schema = node.relname, node.schemaname
        visible = alias or name
        colnames = _strings(node.alias.colnames) if node.alias is not None else []
        if _is_hole(name) or (schema and _is_hole(schema)):
            rel = Rel(visible, None, aliased=alias is not None)
        else:
            found, columns = (False, None) if schema else self._find_cte(name, scope)
            if found:
                rel = Rel(visible, columns, None, alias is not None)
            else:
                key = self.catalog.lookup(name, schema)
                if key is not None:
                    rel = Rel(visible, self.catalog.columns[key], key, alias is not None)
                else:
                    if not self.catalog.is_system(name, schema):
                        step = 1 if schema and not node.catalogname else (2 if node.catalogname else 0)
                        self._problem(
                            "unknown-table",
                            name,
                            self._span(node.location, step),
                            candidates=self.catalog.table_names(),
                            detail=f'relation "{(schema + ".") if schema else ""}{name}" does not exist',
                        )
                    rel = Rel(visible, None, aliased=alias is not None)
        if colnames and rel.columns is not None:
            rel.columns = tuple(colnames) + tuple(rel.columns[len(colnames) :])
        elif colnames:
            rel.columns = None
        scope.rels.append(rel)
        return rel

    def from_item(self, node, scope: Scope) -> None:
        if isinstance(node, ast.RangeVar):
            self.range_var(node, scope)
        elif isinstance(node, ast.JoinExpr):
            before = len(scope.rels)
            self.from_item(node.larg, scope)
            middle = len(scope.rels)
            self.from_item(node.rarg, scope)
            left, right = scope.rels[before:middle], scope.rels[middle:]
            anchor = _last_location(node.rarg)
            for name in _strings(node.usingClause):
                for side in (left, right):
                    if all(r.columns is not None for r in side) and not any(name in r.columns for r in side):
                        rel = side[0] if len(side) == 1 else Rel("join", ())
                        self._problem(
                            "unknown-column",
                            name,
                            self._span(anchor, name=name),
                            rel.table,
                            tuple(c for r in side for c in r.columns),
                            f'column "{name}" specified in USING clause does not exist',
                        )
                        break
                scope.merged.add(name)
            self.expr(node.quals, scope)
            if node.alias is not None:
                scope.rels.append(Rel(node.alias.aliasname, None, aliased=True))
        elif isinstance(node, ast.RangeSubselect):
            outputs = self.statement(node.subquery, scope if node.lateral else scope.parent)
            alias = node.alias.aliasname if node.alias is not None else ""
            if _is_hole(alias):
                raise NotCheckable("a run-time part of the string stands where an alias would be")
            colnames = _strings(node.alias.colnames) if node.alias is not None else []
            columns = None if outputs is None else tuple(colnames) + tuple(outputs[len(colnames) :])
            scope.rels.append(Rel(alias, columns, aliased=True))
        elif isinstance(node, ast.RangeFunction):
            self.expr(node.functions, scope)
            alias = node.alias.aliasname if node.alias is not None else ""
            scope.rels.append(Rel(alias, None, aliased=True))
        elif isinstance(node, ast.RangeTableSample):
            self.from_item(node.relation, scope)
            self.expr(node.args, scope)
        else:
            scope.rels.append(Rel("", None))

    # -- expressions -------------------------------------------------------------------------

    def expr(self, node, scope: Scope, outputs: bool = False) -> None:
        if node is None:
            return
        if isinstance(node, (list, tuple)):
            for item in node:
                self.expr(item, scope, outputs)
            return
        if not isinstance(node, ast.Node):
            return
        if isinstance(node, ast.ColumnRef):
            self.column_ref(node, scope, outputs)
            return
        if isinstance(node, ast.SubLink):
            self.expr(node.testexpr, scope)
            self.statement(node.subselect, scope)
            return
        if isinstance(node, (ast.SelectStmt, ast.InsertStmt, ast.UpdateStmt, ast.DeleteStmt)):
            self.statement(node, scope)
            return
        if isinstance(node, ast.TypeCast):
            self._regclass(node)
            self.expr(node.arg, scope)
            return
        if isinstance(node, ast.SortBy):
            self.expr(node.node, scope, outputs)
            return
        for name in type(node).__slots__:
            value = getattr(node, name, None)
            if isinstance(value, (ast.Node, list, tuple)):
                self.expr(value, scope)

    def _regclass(self, node: ast.TypeCast) -> None:
        names = _strings(node.typeName.names) if node.typeName is not None else []
        if not names or names[-1] != "regclass":
            return
        const = node.arg
        if not isinstance(const, ast.A_Const) or not isinstance(const.val, ast.String):
            return
        value = const.val.sval
        parts = _split_qualified(value)
        if not parts or any(_is_hole(p) for p in parts):
            return
        name, schema = parts[-1], (parts[-2] if len(parts) > 1 else None)
        if self.catalog.lookup(name, schema) is None and not self.catalog.is_system(name, schema):
            literal = self._literal_near(node.location)
            start = literal + 1 + max(value.rfind(name), 0) if literal is not None else node.location
            span = (start, start + len(name)) if self.text[start : start + len(name)] == name else (start, start)
            self._problem(
                "unknown-table",
                name,
                span,
                candidates=self.catalog.table_names(),
                detail=f'relation "{value}" does not exist',
            )

    def _literal_near(self, location: int) -> int | None:
        """The string literal a cast at ``location`` applies to: ``'x'::t`` (just before the
        ``::``) or ``CAST('x' AS t)`` (just after ``CAST``)."""
        tokens = self.tokens
        index = bisect.bisect_left(self._starts, location)
        for candidate in (index - 1, index + 2):
            if 0 <= candidate < len(tokens) and tokens[candidate].name == "SCONST":
                return tokens[candidate].start
        return None

    def _find_rel(self, name: str, schema: str | None, scope: Scope | None) -> Rel | None:
        while scope is not None:
            for rel in scope.rels:
                if schema is None and rel.name == name:
                    return rel
                if schema is not None and not rel.aliased and rel.table == (schema, name):
                    return rel
            scope = scope.parent
        return None

    def column_ref(self, node: ast.ColumnRef, scope: Scope, outputs: bool = False) -> None:
        fields = node.fields
        star = isinstance(fields[-1], ast.A_Star)
        names = _strings(fields)
        if any(_is_hole(n) for n in names):
            return
        qualifier = names if star else names[:-1]
        if not qualifier:
            if not star:
                self._unqualified(names[0], node.location, scope, outputs)
            return
        table = qualifier[-1]
        schema = qualifier[-2] if len(qualifier) >= 2 else None
        rel = self._find_rel(table, schema, scope)
        if rel is None and self.fragment:
            key = self.catalog.lookup(table, schema)
            if key is None:
                return  # may be an alias of the query around the fragment
            rel = Rel(table, self.catalog.columns[key], key)
        if rel is None:
            self._problem(
                "unknown-table",
                table,
                self._span(node.location, len(qualifier) - 1),
                candidates=[r.name for s in _chain(scope) for r in s.rels if r.name],
                detail=f'missing FROM-clause entry for table "{table}"',
            )
            return
        if star or rel.columns is None:
            return
        column = names[-1]
        if column not in rel.columns:
            self._problem(
                "unknown-column",
                column,
                self._span(node.location, len(qualifier)),
                rel.table,
                rel.columns,
                f"column {table}.{column} does not exist",
            )

    def _unqualified(self, column: str, location: int, scope: Scope, outputs: bool) -> None:
        span = self._span(location)
        inner = scope
        current: Scope | None = scope
        while current is not None:
            if column in current.merged:
                return
            hits = [r for r in current.rels if r.columns is not None and column in r.columns]
            if len(hits) > 1:
                self._problem(
                    "ambiguous-column",
                    column,
                    span,
                    hits[0].table,
                    detail=f'column reference "{column}" is ambiguous (' + ", ".join(r.name for r in hits) + ")",
                )
                return
            if hits:
                if current is not inner:
                    self._outer_binding(column, span, inner, current, hits[0])
                return
            if any(r.columns is None for r in current.rels):
                return
            if current is inner and outputs and column in current.outputs:
                return
            if any(r.name == column for r in current.rels):
                return  # a whole-row reference
            current = current.parent
        rels = [r for r in inner.rels if r.columns is not None]
        table = rels[0].table if len(rels) == 1 else None
        if table is None:
            table = next((r.table for r in rels if column in self.catalog.old_columns.get(r.table, {})), None)
        self._problem(
            "unknown-column",
            column,
            span,
            table,
            tuple(c for r in rels for c in r.columns),
            f'column "{column}" does not exist',
        )

    def _outer_binding(self, column, span, inner: Scope, outer: Scope, bound: Rel) -> None:
        """A column missing inside a subquery binds to the outer query: silently a different
        query. Reported when the inner table had it (the plan renames or drops it there)."""
        scope: Scope | None = inner
        while scope is not None and scope is not outer:
            for rel in scope.rels:
                if rel.table is not None and column in self.catalog.old_columns.get(rel.table, {}):
                    self._problem(
                        "unknown-column",
                        column,
                        span,
                        rel.table,
                        rel.columns or (),
                        f'column "{column}" no longer exists in "{rel.name}": inside the subquery '
                        f'it now binds to the outer query\'s "{bound.name}.{column}"',
                    )
                    return
            scope = scope.parent


def _chain(scope: Scope | None):
    while scope is not None:
        yield scope
        scope = scope.parent


def _last_location(node) -> int:
    best = -1
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, ast.Node):
            location = getattr(item, "location", None)
            if isinstance(location, int) and location > best:
                best = location
            for name in type(item).__slots__:
                value = getattr(item, name, None)
                if isinstance(value, (ast.Node, list, tuple)):
                    stack.append(value)
    return max(best, 0)


def _output_name(value) -> str:
    if isinstance(value, ast.ColumnRef):
        names = _strings(value.fields)
        return names[-1] if names else "?column?"
    if isinstance(value, ast.FuncCall):
        names = _strings(value.funcname)
        return names[-1] if names else "?column?"
    if isinstance(value, ast.TypeCast):
        return _output_name(value.arg)
    return "?column?"


def _split_qualified(value: str) -> list[str]:
    """``'schema.table'`` / ``'"Quoted"'`` as regclass reads it: parts, unquoted folded."""
    parts, current, k, n = [], "", 0, len(value)
    while k < n:
        c = value[k]
        if c == '"':
            end = value.find('"', k + 1)
            while end >= 0 and value[end + 1 : end + 2] == '"':
                end = value.find('"', end + 2)
            if end < 0:
                return []
            current += value[k + 1 : end].replace('""', '"')
            k = end + 1
            continue
        if c == ".":
            parts.append(current)
            current = ""
        else:
            current += c.lower()
        k += 1
    parts.append(current.strip())
    return [p.strip() for p in parts]


def check_sql(catalog: Catalog, text: str, fragment: bool = False) -> list[Problem]:
    """The problems of ``text``; raises ParseError or NotCheckable."""
    checker = SqlCheck(catalog, text, fragment)
    checker.run()
    return checker.problems


__all__ = ["HOLE", "NotCheckable", "ParseError", "Problem", "SqlCheck", "check_sql", "fold_token"]
