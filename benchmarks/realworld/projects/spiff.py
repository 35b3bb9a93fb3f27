"""sartography/spiff-arena (spiffworkflow-backend): Flask-SQLAlchemy models written as
``@dataclass`` classes on an ``__abstract__`` base of ``db.Model``, ``db.Column`` with
``ForeignKey(User.id)`` class references, self-referencing keys, JSON columns and
``__table_args__`` unique constraints; the models are loaded by one module that imports
them all."""

from recipe import Recipe

RECIPE = Recipe(
    name="spiff",
    repo="sartography/spiff-arena",
    style="Flask-SQLAlchemy @dataclass models",
    files=(
        "spiffworkflow-backend/src/spiffworkflow_backend/models/*.py",
        "spiffworkflow-backend/src/spiffworkflow_backend/load_database_models.py",
        "spiffworkflow-backend/src/spiffworkflow_backend/helpers/spiff_enum.py",
    ),
    strip="spiffworkflow-backend/src/",
    stubs={"spiffworkflow_backend/__init__.py": "", "spiffworkflow_backend/helpers/__init__.py": ""},
    stub_roots=("spiffworkflow_backend", "SpiffWorkflow", "flask_migrate", "jwt"),
    metadata="spiffworkflow_backend.models.db:db.metadata",
    imports=("spiffworkflow_backend.load_database_models", "spiffworkflow_backend/models/*.py"),
    models="spiffworkflow_backend/models",
    line_length=130,  # its pyproject's setting
    drift=(
        "ALTER TABLE secret RENAME COLUMN value TO secret_value",
        "ALTER TABLE \"user\" ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE process_instance_label (id serial PRIMARY KEY,"
        " process_instance_id integer NOT NULL REFERENCES process_instance (id) ON DELETE CASCADE,"
        " label varchar(100) NOT NULL CHECK (label <> ''), UNIQUE (process_instance_id, label))",
        "ALTER TABLE process_instance ALTER COLUMN summary TYPE varchar(512)",
        "ALTER TABLE \"user\" DROP COLUMN tenant_specific_field_3",
        "CREATE INDEX ix_message_instance_expires ON message_instance (expires_at_in_seconds)",
        "COMMENT ON COLUMN permission_target.uri IS 'a route or a pattern of routes'",
        "ALTER TABLE process_model_cycle ALTER COLUMN cycle_count SET DEFAULT 0",
        "ALTER TABLE \"group\" ADD COLUMN description text",
        "COMMENT ON TABLE json_data IS 'task data by content hash'",
        "ALTER TABLE human_task ALTER COLUMN task_guid SET NOT NULL",
        "ALTER TABLE process_instance RENAME TO process_instance_v2",
    ),
    dropped=("user.tenant_specific_field_3",),
)
