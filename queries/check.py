"""``check-queries`` over a code base: every file's ORM references and SQL execution sites,
each one a finding (will break / not checked) or nothing (checked and fine)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from schema_inspector.introspect.models import parse_python

from .catalog import Catalog
from .check_cache import CheckCache, fingerprint
from .findings import Fix, QueryFinding
from .orm import ModelNames
from .placeholders import mask
from .pysource import Hole, SourceText, string_pieces
from .sites import scan_file
from .suggest import closest

# never searched by default: environments, migrations (their old names are intentional)
SKIPPED_DIRS = frozenset({".venv", "venv", "env", ".env", ".git", ".tox", ".nox", "node_modules", "__pycache__",
                          "site-packages", "migrations", "versions", "build", "dist", ".mypy_cache",
                          ".pytest_cache", ".ruff_cache"})
_SQL_WORDS = ("execute", "text(", "literal_column", "exec_driver_sql", "relationship", "filter_by")


@dataclass
class SqlEdit:
    """One candidate fix in a SQL site: the token at ``start:end`` of the SQL becomes ``new``."""

    start: int
    end: int
    new: str
    finding_index: int


@dataclass
class SiteResult:
    """A checked SQL site with what --fix needs: the SQL as the code writes it, its
    placeholder style, and the candidate edits (file positions included)."""

    file: str
    sql: str
    style: str
    edits: list = field(default_factory=list)
    problems: int = 0  # every problem of the site (a fix must fix all of them)
    spans: list = field(default_factory=list)  # per edit: (line, column, end_column, old)


@dataclass
class Report:
    findings: list = field(default_factory=list)
    sites: list = field(default_factory=list)  # SiteResult with candidate edits
    files: int = 0
    sql_sites: int = 0
    checked_sql: int = 0
    orm_refs: int = 0

    @property
    def breaking(self) -> list:
        return [f for f in self.findings if f.breaks]

    def add(self, other: Report) -> None:
        """``other`` (one file's report) after this one's: its edits' finding numbers moved along."""
        offset = len(self.findings)
        self.findings.extend(other.findings)
        self.sites.extend(replace(site, edits=[replace(edit, finding_index=edit.finding_index + offset)
                                               for edit in site.edits]) for site in other.sites)
        self.files += other.files
        self.sql_sites += other.sql_sites
        self.checked_sql += other.checked_sql
        self.orm_refs += other.orm_refs

    def to_json(self) -> dict:
        """The report as the checker's cache keeps it (``from_json`` makes it again)."""
        return {"findings": [asdict(finding) for finding in self.findings],
                "sites": [asdict(site) for site in self.sites], "files": self.files, "sql_sites": self.sql_sites,
                "checked_sql": self.checked_sql, "orm_refs": self.orm_refs}

    @classmethod
    def from_json(cls, data: dict) -> Report:
        findings = [QueryFinding(**{**finding, "fix": finding["fix"] and Fix(**finding["fix"]),
                                    "extra": tuple(map(tuple, finding["extra"]))}) for finding in data["findings"]]
        sites = [SiteResult(**{**site, "edits": [SqlEdit(**edit) for edit in site["edits"]],
                               "spans": [tuple(span) for span in site["spans"]]}) for site in data["sites"]]
        return cls(findings, sites, data["files"], data["sql_sites"], data["checked_sql"], data["orm_refs"])


def code_files(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """Every ``.py`` file under ``paths``, minus ``exclude`` (the models), environments and
    migrations."""
    excluded = {p.resolve() for p in exclude}
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            if path.suffix == ".py" and path.resolve() not in excluded:
                found.append(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith(".")
                             and Path(root, d).resolve() not in excluded
                             and not Path(root, d, "pyvenv.cfg").exists())
            for name in sorted(files):
                candidate = Path(root, name)
                if name.endswith(".py") and candidate.resolve() not in excluded:
                    found.append(candidate)
    return found


class QueryChecker:
    """``cache_dir``: where each file's findings are kept between runs (``check_cache``); None, not kept."""

    def __init__(self, catalog: Catalog, model_set, plan, cache_dir: Path | None = None) -> None:
        self.catalog = catalog
        self.models = ModelNames.build(model_set, plan)
        self.model_files = {Path(f).resolve() for f in model_set.files}
        words = sorted(set(self.models.classes), key=len, reverse=True)
        self._interesting = re.compile("|".join([re.escape(w) for w in words] + [re.escape(w) for w in _SQL_WORDS]))
        self.cache = None if cache_dir is None else CheckCache(cache_dir, fingerprint(catalog, self.models))

    def run(self, files: Iterable[Path], model_files: Iterable[Path] = ()) -> Report:
        report = Report()
        for path in files:
            self.check_file(path, report, models_only=False)
        for path in model_files:
            self.check_file(path, report, models_only=True)
        _number_occurrences(report.findings)
        return report

    def check_file(self, path: Path, report: Report, models_only: bool) -> None:
        """``path``'s findings added to ``report``."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            report.files += 1
            report.findings.append(QueryFinding(str(path), 1, 1, "not-checked", path.name,
                                                f"cannot read the file: {error}", context="unreadable"))
            return
        if self.cache is None:
            report.add(self._check_text(path, text, models_only))
            return
        key = self.cache.key(path, text, models_only)
        checked = _from_cache(self.cache, path, key)
        if checked is None:
            checked = self._check_text(path, text, models_only)
            self.cache.store(path, key, checked.to_json())
        report.add(checked)

    def _check_text(self, path: Path, text: str, models_only: bool) -> Report:
        report = Report(files=1)
        if not self._interesting.search(text):
            return report
        try:
            # the reader's tree of this file when it kept it (plan, apply: the model files), not a second parse
            tree = parse_python(text)
        except SyntaxError as error:
            report.findings.append(QueryFinding(str(path), error.lineno or 1, (error.offset or 0) or 1, "not-checked",
                                                path.name, f"the file does not parse as Python: {error.msg}",
                                                context="syntax error"))
            return report
        source = SourceText(text)
        scan = scan_file(source, tree, self.models.classes, models_only, self.models.fine)
        file = str(path)
        report.orm_refs += scan.counted
        for ref in scan.refs:
            problem = self.models.check(ref.class_name, ref.attribute)
            if problem is None:
                continue
            message, suggestion, evidence = problem
            if suggestion:
                message += f"; perhaps you meant {ref.class_name}.{suggestion} ({evidence})"
            report.findings.append(QueryFinding(
                file, ref.line, ref.column + 1, "unknown-attribute", ref.attribute, message, suggestion, evidence,
                context=f"{ref.how} {ref.class_name}.{ref.attribute} {source.line_text(ref.line).strip()}"))
        for site in scan.sites:
            report.sql_sites += 1
            self.check_site(file, source, site, report)
        return report

    # -- raw SQL --------------------------------------------------------------------------------

    def check_site(self, file: str, source: SourceText, site, report: Report) -> None:
        from .sql_scope import HOLE, NotCheckable, ParseError, check_sql

        def not_checked(reason: str, context: str = "") -> None:
            report.findings.append(QueryFinding(file, site.line, site.column + 1, "not-checked", site.callee,
                                                f"{site.callee}(): not checked: {reason}",
                                                context=context or f"{site.callee} {reason}"))

        if site.node is None:
            not_checked(site.reason)
            return
        pieces = string_pieces(source, site.node)
        if pieces is None:
            not_checked("the SQL has no literal text")
            return
        holes = pieces.holes
        attempts = ("ident", "empty") if holes else ("none",)
        error = None
        for attempt in attempts:
            text, origins = _assemble(pieces, attempt, HOLE)
            if site.fragment:
                text, origins = "SELECT " + text, [None] * 7 + origins
            masked, _ = mask(text, site.style)
            try:
                problems = check_sql(self.catalog, masked, site.fragment)
            except ParseError as exc:
                error = exc
                continue
            except NotCheckable as exc:
                where = f" ({', '.join('{' + h.source + '}' for h in holes)})" if holes else ""
                not_checked(f"{exc}{where}", text)
                return
            break
        else:
            message = str(error.args[0]) if error is not None and error.args else str(error)
            if holes:
                not_checked(f"does not parse with a stand-in for its run-time parts "
                            f"({', '.join('{' + h.source + '}' for h in holes)}): {message}", text)
            else:
                not_checked(f"PostgreSQL's parser rejects it: {message}", text)
            return
        report.checked_sql += 1
        shown = text[7:] if site.fragment else text
        result = SiteResult(file, text, site.style, problems=len(problems))
        for problem in problems:
            origin = origins[problem.start] if problem.start < len(origins) else None
            if origin is not None:
                line, column = source.position(origin[0])
            else:
                line, column = site.line, site.column
            suggestion, evidence = self._suggest(problem)
            message = problem.detail
            if suggestion:
                message += f'; perhaps you meant "{suggestion}" ({evidence})'
            elif evidence:
                message += f" ({evidence})"
            finding = QueryFinding(file, line, column + 1, problem.kind, problem.name, message, suggestion, evidence,
                                   context=f"{shown}\x1e{problem.start}", sql=shown)
            report.findings.append(finding)
            if suggestion and evidence.startswith(("plan:", "models:")) and not holes and pieces.exact:
                span = _source_span(source, origins, problem.start, problem.end)
                if span is not None:
                    old = text[problem.start:problem.end]
                    result.edits.append(SqlEdit(problem.start, problem.end, _spelled(suggestion, old),
                                                len(report.findings) - 1))
                    result.spans.append(span + (old,))
        if result.edits:
            report.sites.append(result)

    def _suggest(self, problem) -> tuple[str | None, str]:
        catalog = self.catalog
        if problem.kind == "unknown-column":
            tables = [problem.table] if problem.table else []
            for table in tables:
                if problem.name in catalog.old_columns.get(table, {}):
                    new = catalog.old_columns[table][problem.name]
                    words = catalog.evidence.get((table, problem.name), "")
                    if new is None:
                        return None, words or "the database has no such column"
                    return new, words
            return closest(problem.name, problem.candidates)
        if problem.kind == "unknown-table":
            if problem.name in catalog.old_tables:
                return catalog.old_tables[problem.name][1], catalog.evidence[(None, problem.name)]
            return closest(problem.name, problem.candidates)
        if problem.kind == "ambiguous-column":
            return None, "qualify it with the table's name or alias"
        return None, ""


def _from_cache(cache: CheckCache, path: Path, key: str) -> Report | None:
    """The report the cache keeps for ``path`` under ``key``; None for none, or a damaged one."""
    data = cache.lookup(path, key)
    try:
        return None if data is None else Report.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _assemble(pieces, attempt: str, hole_prefix: str) -> tuple[str, list]:
    chars: list[str] = []
    origins: list = []
    number = 0
    for part, origin in zip(pieces.parts, pieces.origins, strict=False):
        if isinstance(part, Hole):
            stand_in = f"{hole_prefix}{number}" if attempt == "ident" else ""
            number += 1
            chars.append(stand_in)
            origins.extend([None] * len(stand_in))
        else:
            chars.append(part)
            origins.append(origin)
    return "".join(chars), origins


def _source_span(source: SourceText, origins: list, start: int, end: int) -> tuple[int, int, int] | None:
    """(line, column, end column) of SQL ``start:end`` when each character is one plain
    source character, consecutive on one line; else None (no safe splice)."""
    if start >= end or end > len(origins):
        return None
    first = origins[start]
    if first is None:
        return None
    for k in range(start, end):
        origin = origins[k]
        if origin is None or origin[1] != 1 or origin[0] != first[0] + (k - start):
            return None
    line, column = source.position(first[0])
    line_end, _ = source.position(first[0] + (end - start) - 1)
    if line_end != line:
        return None
    return line, column, column + (end - start)


def _spelled(new: str, old: str) -> str:
    """The new name written as the old one was: quoted if it was quoted or must be."""
    if old.startswith('"') or not re.fullmatch(r"[a-z_][a-z0-9_$]*", new):
        return '"' + new.replace('"', '""') + '"'
    return new


def _number_occurrences(findings: list) -> None:
    seen: dict[tuple, int] = {}
    for index, finding in enumerate(findings):
        key = (finding.file, finding.kind, finding.name, finding.context)
        count = seen.get(key, 0)
        seen[key] = count + 1
        if count:
            findings[index] = replace(finding, occurrence=count)
