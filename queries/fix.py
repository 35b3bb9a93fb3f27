"""``--fix``: only the safe fixes, each verified by the database, spliced into the original
string (never a deparse: that drops comments and reformats).

A SQL site is fixed when every problem it has is a one-to-one rename the plan knows (a
column the plan maps to its new name, a renamed table), the rewritten SQL has no problem
left (checked again with the same scopes: a rename that makes a name ambiguous is not
safe), and PostgreSQL agrees: inside one read-only transaction, ``PREPARE`` of the
original text fails with 42703 (undefined column) or 42P01 (undefined table) and
``PREPARE`` of the fixed text succeeds; each is ``DEALLOCATE``d. Everything else stays a
suggestion.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .findings import Fix
from .placeholders import mask

_STATEMENT = "si_check_queries"
_EXPECTED_FAILURES = ("42703", "42P01")


def fixed_sql(sql: str, edits) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        sql = sql[:edit.start] + edit.new + sql[edit.end:]
    return sql


def statically_safe(catalog, site) -> str | None:
    """None when the fixed SQL checks clean; else why the fix is not safe."""
    from pglast import parse_sql

    from .sql_scope import NotCheckable, ParseError, check_sql

    if len(site.edits) != site.problems:
        return "the statement has problems no rename fixes"
    after = fixed_sql(site.sql, site.edits)
    masked, _ = mask(after, site.style)
    try:
        if len(parse_sql(masked)) != 1:
            return "more than one statement: PREPARE cannot verify it"
        problems = check_sql(catalog, masked)
    except (ParseError, NotCheckable) as error:
        return f"the fixed SQL does not check: {error}"
    if problems:
        return f"the fixed SQL still has a problem: {problems[0].detail}"
    return None


def verify(cursor, original: str, fixed: str, style: str) -> str | None:
    """None when PostgreSQL confirms the fix (original fails as expected, fixed prepares);
    else why not."""
    import psycopg2

    def prepare(sql: str) -> psycopg2.Error | None:
        cursor.execute("SAVEPOINT si_check")
        try:
            cursor.execute(f"PREPARE {_STATEMENT} AS {sql}")
        except psycopg2.Error as error:
            cursor.execute("ROLLBACK TO SAVEPOINT si_check")
            return error
        cursor.execute(f"DEALLOCATE {_STATEMENT}")
        cursor.execute("RELEASE SAVEPOINT si_check")
        return None

    before = prepare(mask(original, style, numbered=True)[0])
    if before is None:
        return "the database prepares the original text: nothing to fix"
    if before.pgcode not in _EXPECTED_FAILURES:
        return f"the original fails for another reason ({before.pgcode}): {str(before).splitlines()[0]}"
    after = prepare(mask(fixed, style, numbered=True)[0])
    if after is not None:
        return f"the database rejects the fixed text: {str(after).splitlines()[0]}"
    return None


def safe_fixes(report, catalog, url: str | None) -> dict[int, str]:
    """Mark the findings whose fix is safe (``report.findings[i].fix``); return, for the
    others that had a candidate, why not."""
    refused: dict[int, str] = {}
    if not report.sites:
        return refused
    if url is None:
        for site in report.sites:
            for edit in site.edits:
                refused[edit.finding_index] = "no live database to verify the fix with (--db is a snapshot)"
        return refused
    from schema_inspector.introspect.connection import read_only_cursor

    with read_only_cursor(url) as cursor:
        for site in report.sites:
            why = statically_safe(catalog, site)
            if why is None:
                why = verify(cursor, site.sql, fixed_sql(site.sql, site.edits), site.style)
            for edit, span in zip(site.edits, site.spans, strict=False):
                if why is not None:
                    refused[edit.finding_index] = why
                    continue
                line, column, end_column, old = span
                finding = report.findings[edit.finding_index]
                report.findings[edit.finding_index] = replace(finding, fix=Fix(
                    line, column, end_column, old, edit.new, verified="PREPARE: original 42703/42P01, fixed ok"))
    return refused


def apply_fixes(findings) -> dict[str, int]:
    """Write every fix into its file (atomically, all of a file's fixes at once); the number
    of fixes per file."""
    from schema_inspector.codemods.atomic import write_atomically

    from .pysource import SourceText

    by_file: dict[str, list] = {}
    for finding in findings:
        if finding.fix is not None:
            by_file.setdefault(finding.file, []).append(finding.fix)
    written: dict[str, int] = {}
    for file, fixes in by_file.items():
        path = Path(file)
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        source = SourceText(text)
        pieces = []
        for fix in sorted(fixes, key=lambda f: (f.line, f.column), reverse=True):
            start = source.line_starts[fix.line - 1] + fix.column
            end = source.line_starts[fix.line - 1] + fix.end_column
            if text[start:end] != fix.old:
                raise ValueError(f"{file}:{fix.line}: the file changed since it was checked")
            pieces.append((start, end, fix.new))
        for start, end, new in pieces:
            text = text[:start] + new + text[end:]
        write_atomically(path, text.encode("utf-8"))
        written[file] = len(pieces)
    return written
