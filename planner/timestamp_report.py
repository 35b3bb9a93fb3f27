"""The timestamp audit (``planner.timestamps``) as JSON and as markdown, for
``schema-inspector audit-timestamps``."""

from __future__ import annotations

from schema_inspector.introspect.docs import escape

from .discrepancy import COSMETIC
from .timestamps import (
    AUDIT_VERSION,
    CREATED_AT,
    UPDATED_AT,
    TimestampAudit,
    TimestampFinding,
)


def timestamp_audit_json(audit: TimestampAudit) -> dict:
    """Versioned, stable key order."""
    return {
        "version": AUDIT_VERSION,
        "policy": {
            CREATED_AT: "NOT NULL DEFAULT now() (DB-managed)",
            UPDATED_AT: "no server default (application-managed)",
        },
        "tables": audit.tables,
        "models_read": audit.models_read,
        "counts": audit.counts(),
        "compliant_tables": list(audit.compliant_tables),
        "findings": [f.to_json() for f in audit.findings],
    }


def render_timestamp_audit_markdown(audit: TimestampAudit) -> str:
    lines = [
        "# Timestamp audit",
        "",
        f"Policy: `{CREATED_AT}` is DB-managed (`NOT NULL DEFAULT now()`); `{UPDATED_AT}` is "
        "application-managed (no server default).",
        "",
        f"{audit.tables} tables audited; {len(audit.compliant_tables)} follow the policy"
        + ("" if audit.models_read else "; models not read") + ".",
        "",
        "## Summary",
        "",
    ]
    counts = audit.counts()
    if counts:
        lines += ["| Finding | Count |", "|---|---|", *(f"| {code} | {n} |" for code, n in counts.items())]
    else:
        lines.append("No findings.")
    db_findings = [f for f in audit.findings if f.side == "db" and f.severity != COSMETIC]
    if db_findings:
        lines += ["", "## Database", "", "| Table | Column | Finding | Severity | Default | Fix (SQL, not run) |",
                  "|---|---|---|---|---|---|"]
        for f in db_findings:
            lines.append(_row([
                escape(_qualified(f)), _cell(f.column), f.code, f.severity, _cell(f.default), _cell(f.fix_sql),
            ]))
    # Cosmetic findings (a nullable updated_at is the normal state) as one line, not a row each.
    cosmetic = [f for f in audit.findings if f.side == "db" and f.severity == COSMETIC]
    if cosmetic:
        tables = ", ".join(escape(_qualified(f)) for f in cosmetic)
        lines += ["", f"Nullable `{UPDATED_AT}` (expected while it is application-managed) in "
                  f"{len(cosmetic)} tables: {tables}."]
    model_findings = [f for f in audit.findings if f.side == "models"]
    if model_findings:
        lines += ["", "## Models", "", "| Location | Class | Column | Finding | server_default |",
                  "|---|---|---|---|---|"]
        for f in model_findings:
            lines.append(_row([
                escape(f"{f.file}:{f.line}"), _cell(f.class_name), _cell(f.column), f.code, _cell(f.default),
            ]))
    return "\n".join(lines) + "\n"


def _qualified(finding: TimestampFinding) -> str:
    return finding.table if finding.schema in (None, "public") else f"{finding.schema}.{finding.table}"


def _cell(value: str | None) -> str:
    return "" if value is None else escape(value)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
