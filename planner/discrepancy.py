"""A difference between the ground truth (the database, or the docs) and the models."""

from __future__ import annotations

from dataclasses import dataclass

from schema_inspector.introspect.str_enum import StrEnum

from .evidence import Evidence


class Severity(StrEnum):
    """How much a discrepancy matters. Members are their strings (``"critical"``)."""

    CRITICAL = "critical"  # the application breaks (a NOT NULL the model allows, a missing column)
    WARNING = "warning"  # behaviour differs (a default, a length, an index)
    COSMETIC = "cosmetic"  # the same database either way (a spelling, a comment)


CRITICAL, WARNING, COSMETIC = Severity.CRITICAL, Severity.WARNING, Severity.COSMETIC
SEVERITIES = tuple(Severity)


class Kind(StrEnum):
    """Discrepancy kinds, one per concern; members are their strings (``"missing-column"``)."""

    MISSING_CLASS = "missing-class"  # table in the DB, no class maps it
    MISSING_TABLE = "missing-table"  # class maps a table the DB does not have
    MISSING_COLUMN = "missing-column"  # column in the DB, not in the model
    EXTRA_COLUMN = "extra-column"  # column in the model, not in the DB
    COLUMN_RENAME = "column-rename"  # model column is a DB column under an old name
    TABLE_RENAME = "table-rename"  # class maps a table the DB has under another name
    PRIMARY_KEY = "primary-key"
    FOREIGN_KEY = "foreign-key"
    NULLABLE = "nullable"
    TYPE = "type"
    SERVER_DEFAULT = "server-default"
    IDENTITY = "identity"  # GENERATED ... AS IDENTITY on one side only, or ALWAYS vs BY DEFAULT
    COMMENT = "comment"  # a column comment
    TABLE_COMMENT = "table-comment"  # the table's own comment (COMMENT ON TABLE)
    ENUM_LABELS = "enum-labels"
    TIMESTAMP_POLICY = "timestamp-policy"
    UNIQUE = "unique"  # a unique constraint on one side only
    INDEX = "index"  # an index on one side only, or different under one name
    EXCLUDE = "exclude-constraint"  # an exclusion constraint on one side only, or different under one name
    # Only a full schema (validate: the database against its docs) describes these.
    CHECK = "check-constraint"
    VIEW = "view"
    PARTITION = "partition"
    ENUM = "enum"
    DOMAIN = "domain"
    COLLATION = "collation"
    COLUMN_ORDER = "column-order"
    TABLE_KIND = "table-kind"
    SCHEMA_INFO = "schema-info"


# The kinds by their names, as the comparators and the planner import them.
MISSING_CLASS = Kind.MISSING_CLASS
MISSING_TABLE = Kind.MISSING_TABLE
MISSING_COLUMN = Kind.MISSING_COLUMN
EXTRA_COLUMN = Kind.EXTRA_COLUMN
COLUMN_RENAME = Kind.COLUMN_RENAME
TABLE_RENAME = Kind.TABLE_RENAME
PRIMARY_KEY = Kind.PRIMARY_KEY
FOREIGN_KEY = Kind.FOREIGN_KEY
NULLABLE = Kind.NULLABLE
TYPE = Kind.TYPE
SERVER_DEFAULT = Kind.SERVER_DEFAULT
IDENTITY = Kind.IDENTITY
COMMENT = Kind.COMMENT
TABLE_COMMENT = Kind.TABLE_COMMENT
ENUM_LABELS = Kind.ENUM_LABELS
TIMESTAMP_POLICY = Kind.TIMESTAMP_POLICY
UNIQUE = Kind.UNIQUE
INDEX = Kind.INDEX
EXCLUDE = Kind.EXCLUDE
CHECK = Kind.CHECK
VIEW = Kind.VIEW
PARTITION = Kind.PARTITION
ENUM = Kind.ENUM
DOMAIN = Kind.DOMAIN
COLLATION = Kind.COLLATION
COLUMN_ORDER = Kind.COLUMN_ORDER
TABLE_KIND = Kind.TABLE_KIND
SCHEMA_INFO = Kind.SCHEMA_INFO
KINDS = tuple(Kind)


@dataclass(frozen=True)
class Discrepancy:
    """One difference, with enough context for a person, for CI and for the planner.

    ``expected`` is what the ground truth says, ``actual`` what the models say, both as
    short display text. ``file``/``line`` point at the model statement when there is one.
    ``model_class`` / ``model_attribute`` name the model's place the planner addresses;
    ``evidence`` is what the item rests on (a rename pairing, a default, a constraint's
    columns...: one type per kind of fact, :mod:`planner.evidence`).
    """

    kind: Kind
    severity: Severity
    table: str
    message: str
    column: str | None = None
    expected: str | None = None
    actual: str | None = None
    file: str | None = None
    line: int | None = None
    schema: str | None = None
    model_class: str | None = None
    model_attribute: str | None = None
    evidence: Evidence | None = None

    def facts(self) -> dict[str, object]:
        """The model place and the evidence, flat: the JSON ``"evidence"`` object."""
        place = (("class", self.model_class), ("attribute", self.model_attribute))
        return {**{k: v for k, v in place if v is not None}, **dict(self.evidence.items() if self.evidence else ())}

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "schema": self.schema,
            "table": self.table,
            "column": self.column,
            "expected": self.expected,
            "actual": self.actual,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "evidence": self.facts(),
        }
