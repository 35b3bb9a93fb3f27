"""bcgov/EPIC.track (epictrack-api): Flask-SQLAlchemy 3.0 on SQLAlchemy 2.0, one module per table
(about 55), ``Column`` from ``sqlalchemy`` in some modules and ``sa.Column`` in others, single- and
double-quoted strings side by side. Two ways to get the audit columns: an abstract
``BaseModel(db.Model)`` with plain columns (``created_at`` with a ``server_default`` of a custom
``FunctionElement`` compiled for PostgreSQL, ``utcnow()``; ``is_active`` / ``is_deleted`` with both
a Python-side default and a ``server_default='t'``), and a plain-class mixin ``CodeTable`` with the
same columns that code tables put after ``db.Model`` in their bases (``class Region(db.Model,
CodeTableVersioned)``), several of them redeclaring ``id`` / ``name`` / ``is_active``. Nearly every
class also inherits the project's own ``Versioned`` mixin (SQLAlchemy's history_meta recipe, in
``models/history.py``): at mapping time it copies each table into ``<table>_history`` (keys and
foreign keys only, plus a ``pk`` serial key and a ``during`` TSTZRANGE) and maps a ``...History``
class on it, so about half of the tables in the database are written in no model file (the reader
takes them for the recipe's: not compared, none given a class); the mixin
also carries ``__table_args__ = {"sqlite_autoincrement": True}`` which one class replaces with a
tuple holding an ``Index`` over a ``TSTZRANGE`` column. Python enum columns (``Enum(WorkStateEnum)``:
PostgreSQL types named after the classes), ``MutableList.as_mutable(JSONB)``, a ``column_property``
of two columns, ``ForeignKey`` columns without a type. The application's other modules
(``api.signals``, ``api.utils.util``) are permissive stubs; ``api/utils/utcnow.py`` is laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="epic_track",
    repo="bcgov/EPIC.track",
    style="Flask-SQLAlchemy, history_meta Versioned + code-table mixin",
    files=("epictrack-api/src/api/models/*.py", "epictrack-api/src/api/models/queries/*.py",
           "epictrack-api/src/api/utils/utcnow.py"),
    strip="epictrack-api/src/",
    stubs={"api/__init__.py": "", "api/utils/__init__.py": ""},
    # the history recipe copies a table's named ``Index`` onto its history table under the same name, which
    # PostgreSQL refuses (index names are per schema; the project's migrations name the copy on
    # special_fields_history ``entity_field_history_index``): the laid-out copy names it so
    fixes={"api/models/history.py": (
        "        for const in list(history_table.constraints):",
        "        for index in history_table.indexes:\n"
        "            if index.name:\n"
        "                index.name = index.name.replace(\"_index\", \"_history_index\")\n"
        "        for const in list(history_table.constraints):")},
    stub_roots=("*",),
    metadata="api.models:db.metadata",
    imports=("api.models",),
    models="api/models",
    line_length=120,  # epictrack-api/setup.cfg's flake8 / isort / pylint line length
    # each change to a versioned table is made to its history table too, as the project's migrations
    # (Alembic's autogenerate, which sees the history tables in the metadata) make it
    drift=(
        "ALTER TABLE staffs RENAME COLUMN phone TO phone_number",
        "ALTER TABLE staffs_history RENAME COLUMN phone TO phone_number",
        "ALTER TABLE projects ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE projects_history ALTER COLUMN description SET NOT NULL",
        "CREATE TABLE work_notes (id serial PRIMARY KEY,"
        " work_id integer NOT NULL REFERENCES works (id) ON DELETE CASCADE,"
        " note text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE inspections ALTER COLUMN utm TYPE varchar(64)",
        "ALTER TABLE inspections_history ALTER COLUMN utm TYPE varchar(64)",
        "ALTER TABLE works DROP COLUMN work_status_stoplight",
        "ALTER TABLE works_history DROP COLUMN work_status_stoplight",
        "CREATE INDEX ix_events_work_id ON events (work_id)",
        "CREATE INDEX ix_events_history_work_id ON events_history (work_id)",
        "COMMENT ON COLUMN projects.epic_guid IS 'the project''s id in EPIC public'",
        "COMMENT ON COLUMN projects_history.epic_guid IS 'the project''s id in EPIC public'",
        "ALTER TABLE tasks ALTER COLUMN tips SET DEFAULT ''",
        "ALTER TABLE regions ADD COLUMN code varchar(10)",
        "ALTER TABLE regions_history ADD COLUMN code varchar(10)",
        "COMMENT ON TABLE special_fields IS 'time-ranged values of fields of other tables'",
        "COMMENT ON TABLE special_fields_history IS 'time-ranged values of fields of other tables'",
        "ALTER TYPE projectstateenum ADD VALUE 'ARCHIVED'",
        "ALTER TABLE reminder_configurations RENAME TO reminder_settings",
        "ALTER TABLE reminder_configurations_history RENAME TO reminder_settings_history",
    ),
    dropped=("works.work_status_stoplight", "works_history.work_status_stoplight"),
)
