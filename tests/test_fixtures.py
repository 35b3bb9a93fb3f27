"""The scenario fixtures are what their DRIFT.md says they are.

An oracle independent of our own reader and comparer: the database side is read by
SQLAlchemy's inspector, the model side is the imported models' ``MetaData`` (imported in
a subprocess, because both fixtures are a package called ``models``). Every planted
difference listed in ``fixtures/*/DRIFT.md`` must exist, and no unlisted one may.
The seed report (``003_3e9954a29afe5abc.txt``) is also checked item by item.

Run as a script (``python tests/test_fixtures.py FIXTURE_DIR``) this module imports that
fixture's models, configures the mappers and prints them as JSON; the tests do exactly that.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa
from fresh_interpreter import run_script
from sqlalchemy.dialects import postgresql

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SCENARIOS = ("seed", "modern")
DIALECT = postgresql.dialect()

# The seed drift report, verbatim: DB-only and models-only columns per table.
REPORT_MISSING_TABLES = {"users_media_affinity", "media_backup", "tv_channels"}
REPORT_COLUMNS = {
    "notifications": (
        {"metadata", "created_by", "expires_at", "is_sent", "users_id", "updated_at"},
        {"user_id", "read_at", "action_data"},
    ),
    "users_sessions": (
        {"device_info", "last_activity_at", "users_id", "updated_at", "is_active"},
        {"user_id", "user_agent", "last_activity"},
    ),
    "users_devices": (
        {"location_info", "browser_info", "ip_address", "last_used_at", "users_id", "updated_at"},
        {"user_id", "last_active", "is_blocked", "login_count"},
    ),
    "users_actions": ({"updated_by", "created_by", "updated_at"}, set()),
}


# -- one description format for both sides ----------------------------------------------


def _type_text(type_) -> str:
    return type_.compile(dialect=DIALECT)


def _default_text(text: str | None) -> str | None:
    """``'open'::character varying`` -> ``'open'``; ``now()`` stays ``now()``."""
    if text is None:
        return None
    return re.sub(r"::[\w .\"]+(\(\d+\))?$", "", text.strip())


def _model_default(column: sa.Column) -> str | None:
    if column.server_default is None:
        return None
    arg = column.server_default.arg
    if isinstance(arg, str):  # a plain string is a literal
        return "'" + arg.replace("'", "''") + "'"
    if isinstance(arg, sa.TextClause):
        return _default_text(arg.text)
    return _default_text(str(arg.compile(dialect=DIALECT)))


def _fk_options(ondelete: str | None, onupdate: str | None) -> list:
    return [(ondelete or "").upper() or None, (onupdate or "").upper() or None]


def describe_database(url: str) -> dict:
    """Tables -> columns, primary key and foreign keys, as SQLAlchemy reflects them."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    try:
        inspector = sa.inspect(engine)
        tables = {}
        for table in inspector.get_table_names():
            columns = {}
            for column in inspector.get_columns(table):
                default = column.get("default")
                # Serial and identity columns are the autoincrementing keys of the models.
                if column.get("identity") or (default or "").startswith("nextval("):
                    default = None
                columns[column["name"]] = {
                    "type": _type_text(column["type"]),
                    "nullable": column["nullable"],
                    "default": _default_text(default),
                    "comment": column.get("comment"),
                    "enum": list(getattr(column["type"], "enums", None) or []) or None,
                }
            tables[table] = {
                "columns": columns,
                "pk": inspector.get_pk_constraint(table)["constrained_columns"],
                "fks": [
                    {
                        "columns": fk["constrained_columns"],
                        "target": [fk["referred_table"], fk["referred_columns"]],
                        "options": _fk_options(fk["options"].get("ondelete"), fk["options"].get("onupdate")),
                    }
                    for fk in inspector.get_foreign_keys(table)
                ],
            }
        return {"tables": tables}
    finally:
        engine.dispose()


def describe_models(metadata: sa.MetaData, registry) -> dict:
    """The same description for model metadata, plus each class's attribute -> column map."""
    tables = {}
    for table in metadata.sorted_tables:
        tables[table.name] = {
            "columns": {
                column.name: {
                    "type": _type_text(column.type),
                    "nullable": column.nullable,
                    "default": _model_default(column),
                    "comment": column.comment,
                    "enum": list(column.type.enums) if isinstance(column.type, sa.Enum) else None,
                }
                for column in table.columns
            },
            "pk": [column.name for column in table.primary_key.columns],
            "fks": [
                {
                    "columns": [column.name for column in fk.columns],
                    "target": [fk.elements[0].column.table.name, [e.column.name for e in fk.elements]],
                    "options": _fk_options(fk.ondelete, fk.onupdate),
                }
                for fk in table.foreign_key_constraints
            ],
        }
    classes = {
        mapper.class_.__name__: {
            "table": mapper.local_table.name,
            "module": mapper.class_.__module__,
            "mro": [cls.__name__ for cls in mapper.class_.__mro__],
            "attributes": {prop.key: prop.columns[0].name for prop in mapper.column_attrs},
        }
        for mapper in registry.mappers
    }
    return {"tables": tables, "classes": classes}


def _dump_models(fixture_dir: str) -> None:
    """Script mode: import ``models`` from FIXTURE_DIR, configure, print the description."""
    import warnings

    warnings.simplefilter("error", sa.exc.SAWarning)  # overlapping relationships etc. fail too
    sys.path.insert(0, fixture_dir)
    import models
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    base = models.db.Model if hasattr(models, "db") else models.Base
    print(json.dumps(describe_models(base.metadata, base.registry)))


# -- DRIFT.md --------------------------------------------------------------------------


@dataclass
class Checklist:
    """The rows of a DRIFT.md: (kind, table, column) keys plus the declared renames."""

    rows: set = field(default_factory=set)
    table_renames: dict = field(default_factory=dict)  # model table -> DB table
    column_renames: dict = field(default_factory=dict)  # (DB table, model column) -> DB column
    db_nullable: dict = field(default_factory=dict)  # (table, column) -> DB side of a nullable row
    policy: set = field(default_factory=set)  # (side, table, column)


def _names(cell: str) -> list[str]:
    return re.findall(r'[`"](\w+)[`"]', cell)


def read_checklist(path: Path) -> Checklist:
    checklist = Checklist()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 5 or set(cells[0]) <= {"-"}:
            continue
        if cells[0] in ("db", "models"):
            checklist.policy.add((cells[0], cells[1], cells[2]))
            continue
        if cells[0] in ("kind", "side"):
            continue
        kind, table, column, db_says, models_say = cells[:5]
        column = None if column == "-" else column
        checklist.rows.add((kind, table, column))
        if kind == "table-rename":
            checklist.table_renames[_names(models_say)[-1]] = table
        elif kind == "column-rename":
            checklist.column_renames[(table, _names(models_say)[0])] = column
        elif kind == "nullable":
            checklist.db_nullable[(table, column)] = db_says == "NULL"
    return checklist


# -- the oracle ------------------------------------------------------------------------


def drift(database: dict, models: dict, checklist: Checklist) -> set:
    """Every difference as a (kind, table, column) key, in DRIFT.md's vocabulary.

    Renames are taken from the checklist: a declared rename pair counts as one
    ``column-rename`` / ``table-rename`` row; any other name difference is a missing or
    extra column (or table) and must be listed as such.
    """
    rows = set()
    db_tables, model_tables = database["tables"], models["tables"]
    to_db_table = {name: checklist.table_renames.get(name, name) for name in model_tables}
    by_db_name = {to_db_table[name]: name for name in model_tables}
    rows |= {("missing-class", table, None) for table in set(db_tables) - set(by_db_name)}
    rows |= {("missing-table", table, None) for table in set(by_db_name) - set(db_tables)}
    rows |= {("table-rename", new, None) for old, new in checklist.table_renames.items() if old in model_tables}
    for table in set(db_tables) & set(by_db_name):
        db_table, model_table = db_tables[table], model_tables[by_db_name[table]]

        def to_db(column, table=table):
            return checklist.column_renames.get((table, column), column)

        model_columns = {to_db(name): spec for name, spec in model_table["columns"].items()}
        for name in model_table["columns"]:
            if to_db(name) != name and to_db(name) in db_table["columns"]:
                rows.add(("column-rename", table, to_db(name)))
        rows |= {("missing-column", table, c) for c in set(db_table["columns"]) - set(model_columns)}
        rows |= {
            ("extra-column", table, name)
            for name in model_table["columns"]
            if to_db(name) not in db_table["columns"]
        }
        for name in set(db_table["columns"]) & set(model_columns):
            ours, theirs = db_table["columns"][name], model_columns[name]
            if ours["nullable"] != theirs["nullable"]:
                rows.add(("nullable", table, name))
            if ours["type"] != theirs["type"]:
                rows.add(("type", table, name))
            if ours["enum"] and theirs["enum"] and ours["enum"] != theirs["enum"]:
                rows.add(("enum-labels", table, name))
            if ours["default"] != theirs["default"]:
                rows.add(("server-default", table, name))
            # A model that says nothing about a comment makes no claim about it.
            if theirs["comment"] is not None and theirs["comment"] != ours["comment"]:
                rows.add(("comment", table, name))
        if [to_db(c) for c in model_table["pk"]] != db_table["pk"]:
            rows.add(("primary-key", table, None))
        # Foreign keys compare on DB column names, targets as written (an FK to an old
        # table or column name is itself drift).
        db_fks = {tuple(fk["columns"]): fk for fk in db_table["fks"]}
        model_fks = {tuple(to_db(c) for c in fk["columns"]): fk for fk in model_table["fks"]}
        for columns in set(db_fks) | set(model_fks):
            if not all(c in db_table["columns"] and c in model_columns for c in columns):
                continue  # the column itself is missing on one side: already a row
            ours, theirs = db_fks.get(columns), model_fks.get(columns)
            if ours is None or theirs is None or (ours["target"], ours["options"]) != (
                theirs["target"], theirs["options"]
            ):
                rows.add(("foreign-key", table, ",".join(columns)))
    return rows


def policy_violations(side: str, description: dict) -> set:
    """created_at must default to now(), updated_at must have no default."""
    rows = set()
    for table, spec in description["tables"].items():
        columns = spec["columns"]
        if "created_at" in columns and columns["created_at"]["default"] != "now()":
            rows.add((side, table, "created_at"))
        if "updated_at" in columns and columns["updated_at"]["default"] is not None:
            rows.add((side, table, "updated_at"))
    return rows


# -- fixtures --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def described_models():
    """Each scenario's models, imported and configured in their own interpreter."""
    described = {}
    for scenario in SCENARIOS:
        result = run_script(__file__, (str(FIXTURES / scenario),), timeout=120)
        assert result.returncode == 0, f"{scenario} models do not import:\n{result.stderr}"
        described[scenario] = json.loads(result.stdout)
    return described

@pytest.fixture(scope="module")
def described_databases(pg):
    return {
        scenario: describe_database(pg.new_database((FIXTURES / scenario / "schema.sql").read_text()))
        for scenario in SCENARIOS
    }

@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_schema_loads_on_every_server(any_pg, scenario):
    url = any_pg.new_database((FIXTURES / scenario / "schema.sql").read_text())
    assert describe_database(url)["tables"]

@pytest.mark.parametrize("scenario", SCENARIOS)
def test_models_import_and_configure(described_models, scenario):
    assert described_models[scenario]["classes"]

@pytest.mark.parametrize("scenario", SCENARIOS)
def test_drift_is_exactly_the_checklist(described_databases, described_models, scenario):
    checklist = read_checklist(FIXTURES / scenario / "DRIFT.md")
    found = drift(described_databases[scenario], described_models[scenario], checklist)
    assert sorted(found - checklist.rows, key=str) == [], "drift not listed in DRIFT.md"
    assert sorted(checklist.rows - found, key=str) == [], "DRIFT.md lists drift that is not there"

@pytest.mark.parametrize("scenario", SCENARIOS)
def test_nullable_rows_name_the_right_side(described_databases, scenario):
    checklist = read_checklist(FIXTURES / scenario / "DRIFT.md")
    tables = described_databases[scenario]["tables"]
    assert checklist.db_nullable
    for (table, column), nullable in checklist.db_nullable.items():
        assert tables[table]["columns"][column]["nullable"] is nullable, (table, column)

@pytest.mark.parametrize("scenario", SCENARIOS)
def test_timestamp_policy_rows_are_exact(described_databases, described_models, scenario):
    checklist = read_checklist(FIXTURES / scenario / "DRIFT.md")
    found = policy_violations("db", described_databases[scenario]) | policy_violations(
        "models", described_models[scenario]
    )
    assert sorted(found) == sorted(checklist.policy)

# -- the seed report, item by item ---------------------------------------------------

def _seed(described_databases, described_models):
    return described_databases["seed"]["tables"], described_models["seed"]

def test_seed_tables_without_a_class(described_databases, described_models):
    db_tables, models = _seed(described_databases, described_models)
    mapped = {spec["table"] for spec in models["classes"].values()} | set(models["tables"])
    mapped = {"support_tickets" if name == "support_ticket" else name for name in mapped}
    assert set(db_tables) - mapped == REPORT_MISSING_TABLES

@pytest.mark.parametrize("table", sorted(REPORT_COLUMNS))
def test_seed_report_column_lists(described_databases, described_models, table):
    db_tables, models = _seed(described_databases, described_models)
    db_columns = set(db_tables[table]["columns"])
    model_columns = set(models["tables"][table]["columns"])
    in_db_only, in_models_only = REPORT_COLUMNS[table]
    assert db_columns - model_columns == in_db_only
    assert model_columns - db_columns == in_models_only

def test_seed_users_faves_directors_has_no_primary_key_in_the_db(described_databases, described_models):
    db_tables, models = _seed(described_databases, described_models)
    assert db_tables["users_faves_directors"]["pk"] == []
    assert db_tables["users_faves_directors"]["columns"]["id"]["nullable"] is False
    assert models["tables"]["users_faves_directors"]["pk"] == ["id"]

def test_seed_nullable_mismatches_in_most_tables(described_databases, described_models):
    db_tables, models = _seed(described_databases, described_models)
    tables_with_mismatch = {
        table
        for table, spec in models["tables"].items()
        if table in db_tables
        for column, model_column in spec["columns"].items()
        if column in db_tables[table]["columns"]
        and db_tables[table]["columns"][column]["nullable"] is False
        and model_column["nullable"] is True
    }
    assert len(tables_with_mismatch) > len(models["tables"]) / 2

def test_seed_type_mismatches_jsonb_json_and_inet_string(described_databases, described_models):
    db_tables, models = _seed(described_databases, described_models)
    pairs = {
        (db_tables[table]["columns"][column]["type"], spec["type"])
        for table, table_spec in models["tables"].items()
        if table in db_tables
        for column, spec in table_spec["columns"].items()
        if column in db_tables[table]["columns"]
    }
    assert ("JSONB", "JSON") in pairs
    assert ("INET", "VARCHAR(45)") in pairs

def test_seed_metadata_columns_are_mapped_under_other_names(described_models):
    classes = described_models["seed"]["classes"]
    assert classes["Media"]["attributes"]["media_metadata"] == "metadata"
    assert classes["Channel"]["attributes"]["channel_metadata"] == "metadata"
    assert classes["NotificationTemplate"]["attributes"]["notification_metadata"] == "metadata"
    assert "metadata" not in classes["Notification"]["attributes"].values()

def test_seed_imdb_rating_numeric_3_1(described_databases):
    db_tables = described_databases["seed"]["tables"]
    for table in ("media", "media_backup", "tv_channels"):
        assert db_tables[table]["columns"]["imdb_rating"]["type"] == "NUMERIC(3, 1)"

def test_seed_plan_timestamp_situations(described_databases, described_models):
    db_tables, models = _seed(described_databases, described_models)
    model_tables = models["tables"]

    def default(tables, table, column):
        return tables[table]["columns"][column]["default"]

    # created_at: DB default now(), model without server_default (and the reverse).
    assert default(db_tables, "users", "created_at") == "now()"
    assert default(model_tables, "users", "created_at") is None
    assert default(db_tables, "support_messages", "created_at") is None
    # updated_at: a server default in a model; one in the DB itself.
    assert default(model_tables, "payments", "updated_at") == "now()"
    assert default(db_tables, "payments", "updated_at") is None
    assert default(db_tables, "media", "updated_at") == "now()"

def test_seed_model_files_are_the_seven_of_the_plan(described_models):
    modules = {spec["module"] for spec in described_models["seed"]["classes"].values()}
    kinds = ("interaction", "media", "payment", "referral", "reseller", "support", "user")
    assert modules == {f"models.models_{kind}" for kind in kinds}

def test_seed_config_is_accepted():
    from schema_inspector.config import read_config

    config = read_config(FIXTURES / "seed" / "pyproject.toml")
    assert config.timestamp_policy is True
    assert config.models_glob == "models_*.py"

# -- the modern scenario's constructs ------------------------------------------------

def test_modern_uses_mixin_enum_and_association_table(described_databases, described_models):
    models = described_models["modern"]
    assert all("TimestampMixin" in spec["mro"] for spec in models["classes"].values())
    assert "article_tags" in models["tables"]
    assert "article_tags" not in {spec["table"] for spec in models["classes"].values()}
    status = models["tables"]["articles"]["columns"]["status"]
    assert status["type"] == "article_status"
    db_status = described_databases["modern"]["tables"]["articles"]["columns"]["status"]
    assert set(db_status["enum"]) - set(status["enum"]) == {"archived"}


if __name__ == "__main__":
    _dump_models(sys.argv[1])
