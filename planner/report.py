"""The drift report (``schema-inspector report``): what the seed team wrote by hand after
each phase (003_3e9954a29afe5abc.txt), produced from the comparisons.

``build_report`` gathers the three comparisons (database vs models, models vs docs, docs vs
database), counts them by severity and kind, groups the first per table the way the seed
report does (missing classes, columns on one side only, keys, nullability, types...),
lists rename candidates and the ``db-sql`` suggestions of the plan, and derives the
recommended commands in priority order, each an exact ``schema-inspector plan`` command
per models file. ``render_report_markdown`` and ``report_json`` are two views of it.
"""

from __future__ import annotations

import re
import shlex
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from schema_inspector.introspect.docs import escape
from schema_inspector.introspect.schema import Schema

from .actions import SuggestSQL
from .discrepancy import (
    COLUMN_RENAME,
    COMMENT,
    COSMETIC,
    CRITICAL,
    ENUM_LABELS,
    EXTRA_COLUMN,
    FOREIGN_KEY,
    IDENTITY,
    INDEX,
    KINDS,
    MISSING_CLASS,
    MISSING_COLUMN,
    MISSING_TABLE,
    NULLABLE,
    PRIMARY_KEY,
    SERVER_DEFAULT,
    SEVERITIES,
    TABLE_COMMENT,
    TABLE_RENAME,
    TIMESTAMP_POLICY,
    TYPE,
    UNIQUE,
    WARNING,
    Discrepancy,
)
from .evidence import Rename, weak_candidate
from .plan import Plan
from .wording import first_few

REPORT_VERSION = 1

# The fix kind (``--only``) that resolves each discrepancy kind.
FIX_KIND: dict[str, str] = {
    MISSING_CLASS: "add-model",
    MISSING_TABLE: "table-name",
    TABLE_RENAME: "table-name",
    MISSING_COLUMN: "add-column",
    EXTRA_COLUMN: "drop-column",
    COLUMN_RENAME: "column-name",
    PRIMARY_KEY: "primary-key",
    FOREIGN_KEY: "foreign-key",
    NULLABLE: "nullable",
    TYPE: "type",
    ENUM_LABELS: "type",
    SERVER_DEFAULT: "server-default",
    TIMESTAMP_POLICY: "server-default",
    IDENTITY: "identity",
    COMMENT: "comment",
    TABLE_COMMENT: "comment",
    UNIQUE: "unique",
    INDEX: "index",
}


@dataclass(frozen=True)
class Priority:
    """One step of the recommended order: which discrepancies, and the fix kinds for them."""

    title: str
    kinds: tuple[str, ...]  # discrepancy kinds
    severities: tuple[str, ...] = SEVERITIES


# The seed report's order: structure first (columns, then whole tables, then keys), then
# nullability, then what does not break the mapper (types, defaults, comments).
PRIORITIES = (
    Priority("Critical column mismatches", (COLUMN_RENAME, MISSING_COLUMN, EXTRA_COLUMN)),
    Priority("Missing tables", (MISSING_CLASS, MISSING_TABLE, TABLE_RENAME)),
    Priority("Primary and foreign keys", (PRIMARY_KEY, FOREIGN_KEY)),
    Priority("Nullable constraints", (NULLABLE,)),
    Priority("Types", (TYPE, ENUM_LABELS), (CRITICAL, WARNING)),
    Priority("Unique constraints and indexes", (UNIQUE, INDEX)),
    Priority("Server defaults, identity and the timestamp policy", (SERVER_DEFAULT, IDENTITY, TIMESTAMP_POLICY)),
    Priority("Comments and cosmetic type spellings", (COMMENT, TABLE_COMMENT, TYPE), (COSMETIC,)),
)


@dataclass(frozen=True)
class Comparison:
    """One comparison's discrepancies; ``ran`` is False when its input was not given."""

    key: str  # db_vs_models | models_vs_docs | docs_vs_db
    title: str
    ran: bool
    discrepancies: tuple[Discrepancy, ...] = ()

    def by_severity(self) -> dict[str, int]:
        counted = Counter(d.severity for d in self.discrepancies)
        return {severity: counted[severity] for severity in SEVERITIES}

    def by_kind(self) -> dict[str, int]:
        counted = Counter(d.kind for d in self.discrepancies)
        order = [*KINDS, *sorted(set(counted) - set(KINDS))]
        return {kind: counted[kind] for kind in order if counted[kind]}


@dataclass(frozen=True)
class TableDetail:
    """Database vs models for one table, grouped as the seed report groups it."""

    table: str
    schema: str | None
    files: tuple[str, ...]
    only_in_db: tuple[str, ...]  # columns in the database, not in the models
    only_in_models: tuple[str, ...]
    discrepancies: tuple[Discrepancy, ...]

    def by_severity(self) -> dict[str, int]:
        counted = Counter(d.severity for d in self.discrepancies)
        return {severity: counted[severity] for severity in SEVERITIES}


@dataclass(frozen=True)
class RenameCandidate:
    table: str
    model_column: str  # the name the model uses
    db_column: str
    confidence: float | None
    reasons: tuple[str, ...]
    accepted: bool  # a rename (column-rename) rather than a weak candidate
    file: str | None
    line: int | None


@dataclass(frozen=True)
class Command:
    fix_kind: str
    file: str | None
    count: int
    argv: tuple[str, ...]

    @property
    def text(self) -> str:
        return shlex.join(self.argv)


@dataclass(frozen=True)
class Recommendation:
    priority: int
    title: str
    tables: tuple[str, ...]
    count: int
    commands: tuple[Command, ...]
    note: str = ""


@dataclass(frozen=True)
class DatabaseChange:
    table: str
    sql: str
    reason: str


@dataclass(frozen=True)
class Report:
    """Everything the report says; rendered by ``render_report_markdown`` / ``report_json``."""

    db_tables: int
    comparisons: tuple[Comparison, ...]
    tables: tuple[TableDetail, ...]
    renames: tuple[RenameCandidate, ...]
    db_sql: tuple[DatabaseChange, ...]
    recommendations: tuple[Recommendation, ...]
    sources: tuple[tuple[str, str | None], ...] = field(default=())  # (name, value) of db/models/doc
    notes: tuple[str, ...] = ()

    def comparison(self, key: str) -> Comparison:
        return next(c for c in self.comparisons if c.key == key)


def build_report(
    db: Schema,
    db_vs_models: list[Discrepancy],
    models_vs_docs: list[Discrepancy] | None,
    docs_vs_db: list[Discrepancy] | None,
    plan: Plan | None,
    *,
    db_arg: str = "$DATABASE_URL",
    models_arg: str = "models",
    doc_arg: str | None = None,
) -> Report:
    """Assemble the report. ``db_arg`` / ``models_arg`` / ``doc_arg`` are the command-line
    values the recommended commands repeat (as the user typed them)."""
    comparisons = (
        Comparison("db_vs_models", "Database vs models", True, tuple(db_vs_models)),
        Comparison("models_vs_docs", "Models vs docs", models_vs_docs is not None, tuple(models_vs_docs or ())),
        Comparison("docs_vs_db", "Docs vs database", docs_vs_db is not None, tuple(docs_vs_db or ())),
    )
    recommendations = list(_recommendations(db_vs_models, plan, db_arg, models_arg))
    if docs_vs_db:
        recommendations.append(Recommendation(
            len(recommendations) + 1, "Regenerate the docs", (), len(docs_vs_db),
            (Command("docs", doc_arg, len(docs_vs_db), (
                "schema-inspector", "generate-docs", "--db", db_arg, "--out", doc_arg or "database_schema.md",
            )),),
            "the docs no longer describe the database; keep-sections survive regeneration",
        ))
    return Report(
        db_tables=len(db.tables),
        comparisons=comparisons,
        tables=tuple(_table_details(db_vs_models)),
        renames=tuple(_renames(db_vs_models)),
        db_sql=tuple(
            DatabaseChange(a.table, a.sql, a.reason)
            for a in (plan.actions if plan else ())
            if isinstance(a, SuggestSQL)
        ),
        recommendations=tuple(recommendations),
        sources=(("db", db_arg), ("models", models_arg), ("doc", doc_arg)),
        notes=tuple(plan.notes) if plan else (),
    )


def _table_details(found: Sequence[Discrepancy]) -> Iterable[TableDetail]:
    tables: dict[tuple[str | None, str], list[Discrepancy]] = {}
    for item in found:
        tables.setdefault((item.schema, item.table), []).append(item)
    for (schema, table), items in sorted(tables.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        yield TableDetail(
            table=table,
            schema=schema,
            files=tuple(sorted({d.file for d in items if d.file})),
            only_in_db=tuple(d.column for d in items if d.kind == MISSING_COLUMN and d.column),
            only_in_models=tuple(d.column for d in items if d.kind == EXTRA_COLUMN and d.column),
            discrepancies=tuple(items),
        )


def _renames(found: Sequence[Discrepancy]) -> Iterable[RenameCandidate]:
    seen: set[tuple[str, str, str]] = set()
    for item in found:
        candidate = weak_candidate(item.evidence)
        if item.kind == COLUMN_RENAME and isinstance(item.evidence, Rename):
            pairing, old, new, accepted = item.evidence, item.evidence.old, item.evidence.new, True
        elif item.kind == EXTRA_COLUMN and candidate is not None:
            pairing, old, new, accepted = candidate.pairing, str(item.column), candidate.other, False
        else:
            continue
        if (item.table, old, new) in seen:
            continue
        seen.add((item.table, old, new))
        yield RenameCandidate(
            table=item.table,
            model_column=old,
            db_column=new,
            confidence=pairing.confidence,
            reasons=pairing.reasons,
            accepted=accepted,
            file=item.file,
            line=item.line,
        )


def _recommendations(
    found: Sequence[Discrepancy], plan: Plan | None, db_arg: str, models_arg: str
) -> Iterable[Recommendation]:
    number = 0
    claimed: set[int] = set()
    for priority in PRIORITIES:
        items = [
            (i, d)
            for i, d in enumerate(found)
            if i not in claimed and d.kind in priority.kinds and d.severity in priority.severities
        ]
        if not items:
            continue
        claimed.update(i for i, _ in items)
        number += 1
        discrepancies = [d for _, d in items]
        present = {d.kind for d in discrepancies}
        fix_kinds = list(dict.fromkeys(FIX_KIND[k] for k in priority.kinds if k in present and k in FIX_KIND))
        commands = []
        for fix_kind in fix_kinds:
            files = _files_for(fix_kind, discrepancies, plan)
            for file, count in files:
                argv = ["schema-inspector", "plan", "--db", db_arg, "--models", models_arg, "--only", fix_kind]
                if file:
                    argv += ["--file", file]
                commands.append(Command(fix_kind, file, count, tuple(argv)))
        note = ""
        if (
            priority.kinds == (PRIMARY_KEY, FOREIGN_KEY)
            and plan
            and any(isinstance(a, SuggestSQL) for a in plan.actions)
        ):
            note = "tables without a primary key are fixed in the database: see the db-sql list"
        yield Recommendation(
            number,
            priority.title,
            tuple(sorted({d.table for d in discrepancies})),
            len(discrepancies),
            tuple(commands),
            note,
        )


def _files_for(fix_kind: str, items: Sequence[Discrepancy], plan: Plan | None) -> list[tuple[str | None, int]]:
    """(models file, how many) to run ``--only fix_kind`` on: from the plan's actions when
    there is a plan (it knows where new classes go), else from the discrepancies."""
    if plan is not None:
        counted = Counter(a.file for a in plan.actions if a.kind == fix_kind and a.file)
        if counted:
            return sorted(counted.items())
    by_file = Counter(d.file for d in items if FIX_KIND.get(d.kind) == fix_kind)
    return sorted(by_file.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))


# -- JSON ------------------------------------------------------------------------------


def report_json(report: Report) -> dict:
    """The report as versioned JSON with a stable key order."""
    return {
        "version": REPORT_VERSION,
        "command": "report",
        "sources": {name: value for name, value in report.sources},
        "summary": {
            "database_tables": report.db_tables,
            "tables_with_drift": len(report.tables),
            "comparisons": {
                c.key: (
                    {"total": len(c.discrepancies), "by_severity": c.by_severity(), "by_kind": c.by_kind()}
                    if c.ran
                    else None
                )
                for c in report.comparisons
            },
        },
        "tables": [
            {
                "schema": t.schema,
                "table": t.table,
                "files": list(t.files),
                "by_severity": t.by_severity(),
                "only_in_db": list(t.only_in_db),
                "only_in_models": list(t.only_in_models),
                "discrepancies": [_discrepancy_json(d) for d in t.discrepancies],
            }
            for t in report.tables
        ],
        "comparisons": {
            c.key: [_discrepancy_json(d) for d in c.discrepancies] if c.ran else None for c in report.comparisons
        },
        "rename_candidates": [
            {
                "table": r.table,
                "model_column": r.model_column,
                "db_column": r.db_column,
                "confidence": r.confidence,
                "reasons": list(r.reasons),
                "accepted": r.accepted,
                "file": r.file,
                "line": r.line,
            }
            for r in report.renames
        ],
        "db_sql": [{"table": c.table, "sql": c.sql, "reason": c.reason} for c in report.db_sql],
        "recommendations": [
            {
                "priority": r.priority,
                "title": r.title,
                "count": r.count,
                "tables": list(r.tables),
                "note": r.note or None,
                "commands": [
                    {"fix_kind": c.fix_kind, "file": c.file, "count": c.count, "command": c.text} for c in r.commands
                ],
            }
            for r in report.recommendations
        ],
        "notes": list(report.notes),
    }


def _discrepancy_json(item: Discrepancy) -> dict:
    return _plain(item.to_json())


def _plain(value):
    """Tuples (in evidence) as lists, so the document is what json.loads gives back."""
    if isinstance(value, dict):
        return {key: _plain(v) for key, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# -- markdown --------------------------------------------------------------------------

# Database vs models, grouped per table as in the seed report.
_GROUPS = (
    ("Missing classes", (MISSING_CLASS,)),
    ("Classes without a table", (MISSING_TABLE, TABLE_RENAME)),
    ("Column mismatches", (MISSING_COLUMN, EXTRA_COLUMN, COLUMN_RENAME)),
    ("Primary key mismatches", (PRIMARY_KEY,)),
    ("Foreign key mismatches", (FOREIGN_KEY,)),
    ("Nullable mismatches", (NULLABLE,)),
    ("Type mismatches", (TYPE, ENUM_LABELS)),
    ("Server defaults", (SERVER_DEFAULT, TIMESTAMP_POLICY)),
    ("Comments", (COMMENT,)),
)


def render_report_markdown(report: Report) -> str:
    lines = ["# Drift report", ""]
    sources = [f"{name}: {_code(value)}" for name, value in report.sources if value]
    if sources:
        lines += [" · ".join(sources), ""]
    lines += _summary(report)
    db_vs_models = report.comparison("db_vs_models")
    lines += ["## Database vs models", ""]
    lines += _grouped(db_vs_models.discrepancies, report) if db_vs_models.discrepancies else ["No drift.", ""]
    for key in ("models_vs_docs", "docs_vs_db"):
        comparison = report.comparison(key)
        lines += [f"## {comparison.title}", ""]
        if not comparison.ran:
            lines += ["Not compared (no `--doc` given).", ""]
        elif not comparison.discrepancies:
            lines += ["No drift.", ""]
        else:
            lines += _flat(comparison.discrepancies)
    lines += _rename_section(report.renames)
    lines += _db_sql_section(report.db_sql)
    lines += _recommendation_section(report.recommendations)
    if report.notes:
        lines += ["## Planner notes", "", *(f"- {escape(note)}" for note in report.notes), ""]
    while lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _summary(report: Report) -> list[str]:
    lines = [
        "## Summary",
        "",
        f"{report.db_tables} tables in the database; {len(report.tables)} differ from the models.",
        "",
        "| Comparison | Critical | Warning | Cosmetic | Total |",
        "|---|---|---|---|---|",
    ]
    for c in report.comparisons:
        if c.ran:
            counts = c.by_severity()
            lines.append(
                f"| {c.title} | " + " | ".join(str(counts[s]) for s in SEVERITIES) + f" | {len(c.discrepancies)} |"
            )
        else:
            lines.append(f"| {c.title} | - | - | - | not compared |")
    by_kind = report.comparison("db_vs_models").by_kind()
    if by_kind:
        lines += ["", "| Kind (database vs models) | Count |", "|---|---|"]
        lines += [f"| {escape(kind)} | {count} |" for kind, count in by_kind.items()]
    return lines + [""]


def _grouped(found: Sequence[Discrepancy], report: Report) -> list[str]:
    lines: list[str] = []
    details = {(t.schema, t.table): t for t in report.tables}
    for title, kinds in _GROUPS:
        items = [d for d in found if d.kind in kinds]
        if not items:
            continue
        tables = sorted({(d.schema, d.table) for d in items}, key=lambda k: (k[0] or "", k[1]))
        lines += [f"### {title} ({_plural(len(tables), 'table')})", ""]
        if kinds == (MISSING_CLASS,):
            lines += [f"- {_code(_qualified(s, t))}" for s, t in tables] + [""]
            continue
        if kinds[0] == MISSING_COLUMN:
            for key in tables:
                detail = details[key]
                lines += [f"#### {escape(_qualified(*key))}", ""]
                if detail.only_in_db:
                    lines.append("Columns in the database but not in the models: " + _codes(detail.only_in_db))
                if detail.only_in_models:
                    lines.append("")
                    lines.append("Columns in the models but not in the database: " + _codes(detail.only_in_models))
                renamed = [d for d in items if d.kind == COLUMN_RENAME and (d.schema, d.table) == key]
                if renamed:
                    lines += ["", *(f"- {escape(d.message)}" for d in renamed)]
                lines.append("")
            continue
        lines += _by_severity(items)
    grouped = {kind for _, kinds in _GROUPS for kind in kinds}
    others = [d for d in found if d.kind not in grouped]
    if others:
        lines += [f"### Other differences ({_plural(len(others), 'item')})", "", *_flat(others)]
    return lines


def _by_severity(items: Sequence[Discrepancy]) -> list[str]:
    lines = ["| Table | Column | Severity | Database | Models | Location |", "|---|---|---|---|---|---|"]
    for d in items:
        location = f"{d.file}:{d.line}" if d.file and d.line else (d.file or "")
        lines.append(
            f"| {escape(_qualified(d.schema, d.table))} | {_cell(d.column)} | {d.severity} | {_cell(d.expected)} "
            f"| {_cell(d.actual)} | {_cell(location or None)} |"
        )
    return lines + [""]


def _flat(found: Sequence[Discrepancy]) -> list[str]:
    lines = ["| Kind | Severity | Table | Column | Message |", "|---|---|---|---|---|"]
    for d in found:
        lines.append(
            f"| {escape(d.kind)} | {d.severity} | {escape(_qualified(d.schema, d.table) or '-')} "
            f"| {_cell(d.column)} | {escape(d.message)} |"
        )
    return lines + [""]


def _rename_section(renames: Sequence[RenameCandidate]) -> list[str]:
    if not renames:
        return []
    lines = [
        "## Rename candidates",
        "",
        "| Table | Model column | Database column | Confidence | Status | Evidence | Location |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in renames:
        confidence = "" if r.confidence is None else f"{r.confidence:.2f}"
        status = "rename (maps with column-name)" if r.accepted else "candidate (too weak to call)"
        location = f"{r.file}:{r.line}" if r.file and r.line else r.file
        lines.append(
            f"| {escape(r.table)} | {escape(r.model_column)} | {escape(r.db_column)} | {confidence} | {status} "
            f"| {escape('; '.join(r.reasons)) if r.reasons else ''} | {_cell(location)} |"
        )
    return lines + [""]


def _db_sql_section(changes: Sequence[DatabaseChange]) -> list[str]:
    if not changes:
        return []
    lines = [
        "## Database changes (db-sql)",
        "",
        "These belong in the database; schema-inspector prints them and never runs them.",
        "",
    ]
    body = []
    for change in changes:
        body += [f"-- {line}" for line in change.reason.splitlines() or [""]] + [change.sql, ""]
    return lines + _fenced("sql", body[:-1]) + [""]


def _recommendation_section(recommendations: Sequence[Recommendation]) -> list[str]:
    if not recommendations:
        return ["## Recommended commands", "", "Nothing to fix.", ""]
    lines = [
        "## Recommended commands",
        "",
        "In this order. Each `plan` command shows the edits as a diff; run `apply` with the same "
        "options to write them.",
        "",
    ]
    for r in recommendations:
        tables = first_few([_code(t) for t in r.tables], 12)
        lines += [f"### Priority {r.priority}: {escape(r.title)}", ""]
        lines.append(f"{_plural(r.count, 'discrepancy', 'discrepancies')}" + (f" in {tables}" if tables else "") + ".")
        if r.note:
            lines += ["", escape(r.note) + "."]
        lines += ["", *_fenced("sh", [c.text for c in r.commands]), ""]
    return lines


# -- small helpers ---------------------------------------------------------------------


def _qualified(schema: str | None, table: str) -> str:
    return table if schema in (None, "public") else f"{schema}.{table}"


def _cell(value: str | None) -> str:
    return "" if value is None else escape(value)


def _code(value: str) -> str:
    """A name as inline code when that is safe markdown, else as escaped text (a code span
    cannot hold a newline, a pipe inside a table, or an unbalanced backtick)."""
    if re.fullmatch(r"[\w .$/:=+-]+", value):
        return f"`{value}`"
    return escape(value)


def _codes(values: Iterable[str]) -> str:
    return ", ".join(_code(v) for v in values)


def _fenced(language: str, body: Sequence[str]) -> list[str]:
    longest = max((len(run) for line in body for run in re.findall(r"`{3,}", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{language}", *body, fence]


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
