"""CI annotations: GitHub workflow commands and SARIF 2.1.0 logs.

Every reporting command turns what it found into :class:`Finding` rows (a discrepancy, a fix
action, a timestamp-policy finding) and prints them in one of these two forms. Nothing here
decides anything; it only presents, as ``output`` does for people.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from schema_inspector import __version__
from schema_inspector.introspect.json_text import dumps_indented
from schema_inspector.planner.discrepancy import COSMETIC, CRITICAL, WARNING, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/schema-inspector/"

# severity -> (GitHub workflow command, SARIF level)
_LEVELS = {
    CRITICAL: ("error", "error"),
    WARNING: ("warning", "warning"),
    COSMETIC: ("notice", "note"),
}


@dataclass(frozen=True)
class Finding:
    """One thing a reporting command found, in the terms CI dashboards speak."""

    rule: str  # the discrepancy or fix kind: the rule id in SARIF, the title's start on GitHub
    severity: Severity
    title: str  # short: "nullable users.email"
    message: str
    file: str | None = None
    line: int | None = None
    fingerprint: str | None = None  # stable across runs when the finding is the same
    column: int | None = None  # 1-based, when the finding points inside a line


def from_discrepancy(item) -> Finding:
    subject = f"{item.table}.{item.column}" if item.column else item.table
    return Finding(rule=item.kind, severity=item.severity, title=f"{item.kind} {subject}",
                   message=item.message, file=item.file or None, line=item.line)


def from_action(action, line: int | None = None) -> Finding:
    """A fix action: the model edit a reviewer will see (db-sql suggestions name no file)."""
    subject = f"{action.table}.{action.column}" if getattr(action, "column", None) else action.table
    return Finding(rule=action.kind, severity=WARNING, title=f"{action.kind} {subject}",
                   message=action.reason, file=action.file or None, line=line, fingerprint=action.id)


def from_by_hand(item) -> Finding:
    """Drift the plan leaves for a person to edit (``Plan.by_hand``)."""
    return Finding(rule=item.kind, severity=WARNING, title=f"{item.kind} by hand", message=item.message,
                   file=item.file or None, line=item.line or None)


def action_lines(model_set) -> Callable[[Any], int | None]:
    """Where an action's edit lands in its file: the attribute's statement, else its class's
    line (a new column, a table option); None for a new class or without the models."""
    if model_set is None:
        return lambda action: None
    columns = {(c.file, c.class_name, c.attribute): c.line for c in model_set.columns if not c.inherited}
    classes = {(c.file, c.class_name): c.line for c in model_set.classes}

    def line_of(action) -> int | None:
        attribute = getattr(action, "attribute", None)
        found = columns.get((action.file, action.class_name, attribute)) if attribute else None
        return found or classes.get((action.file, action.class_name))

    return line_of


def from_timestamp_finding(item) -> Finding:
    subject = f"{item.table}.{item.column}" if item.column else item.table
    return Finding(rule=item.code, severity=item.severity, title=f"{item.code} {subject}",
                   message=item.message, file=item.file or None, line=item.line)


# -- GitHub workflow commands ----------------------------------------------------------------


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_commands(findings: Iterable[Finding]) -> str:
    """``::error file=F,line=L,title=T::message`` lines, escaped as the runner expects."""
    lines = []
    for finding in findings:
        command = _LEVELS[finding.severity][0]
        properties = []
        if finding.file:
            properties.append(f"file={_escape_property(_relative(finding.file))}")
            if finding.line:
                properties.append(f"line={int(finding.line)}")
                if finding.column:
                    properties.append(f"col={int(finding.column)}")
        properties.append(f"title={_escape_property(finding.title)}")
        lines.append(f"::{command} {','.join(properties)}::{_escape_data(finding.message)}\n")
    return "".join(lines)


# -- SARIF 2.1.0 -------------------------------------------------------------------------------


def sarif_log(findings: Iterable[Finding], command: str) -> dict[str, Any]:
    """One SARIF run: the tool, one rule per kind found, one result per finding."""
    findings = list(findings)
    rules = sorted({f.rule for f in findings})
    rule_index = {rule: i for i, rule in enumerate(rules)}
    results = []
    for finding in findings:
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rule_index[finding.rule],
            "level": _LEVELS[finding.severity][1],
            "message": {"text": finding.message},
        }
        if finding.file:
            location: dict[str, Any] = {"artifactLocation": {"uri": _uri(finding.file),
                                                             "uriBaseId": "%SRCROOT%"}}
            if finding.line:
                location["region"] = {"startLine": int(finding.line)}
                if finding.column:
                    location["region"]["startColumn"] = int(finding.column)
            result["locations"] = [{"physicalLocation": location}]
        if finding.fingerprint:
            result["partialFingerprints"] = {"schemaInspectorAction/v1": finding.fingerprint}
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "schema-inspector",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [{"id": rule, "name": rule,
                           "shortDescription": {"text": f"schema-inspector {rule}"}} for rule in rules],
            }},
            "automationDetails": {"id": f"schema-inspector/{command}/"},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "results": results,
        }],
    }


def sarif_text(findings: Iterable[Finding], command: str) -> str:
    return dumps_indented(sarif_log(findings, command)) + "\n"


def _relative(path: str) -> str:
    """A path as the repository names it: relative to the working directory when inside it."""
    try:
        relative = os.path.relpath(Path(path).resolve(), Path.cwd().resolve())
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


def _uri(path: str) -> str:
    relative = _relative(path)
    if Path(relative).is_absolute():
        return Path(relative).as_uri()
    return "/".join(PurePosixPath(*Path(relative).parts).parts).replace("%", "%25").replace(" ", "%20")
