"""cernanalysispreservation/analysispreservation.cern.ch (CERN Analysis Preservation, an Invenio
application): Flask-SQLAlchemy models on invenio-db's ``db`` spread over the application's modules,
a class without ``__tablename__`` (``OAuth2Token``: Flask-SQLAlchemy's ``o_auth2_token``), a module
constant of a type (``json_type = JSONType().with_variant(postgresql.JSONB(none_as_null=True),
"postgresql").with_variant(JSONType(), "sqlite")`` in ``cap/types.py``) used by most tables, named
enums (``db.Enum('active', 'deleted', name='git_webhook_status')``), ``db.Boolean(create_constraint=
False)``, ``server_default=db.func.now()`` / ``server_onupdate``, sqlalchemy-utils' ``UUIDType`` keys,
foreign keys to other libraries' classes (``db.ForeignKey(User.id)`` of invenio-accounts, read from the
installed package; ``RecordMetadata.id`` of invenio-records), an association table of two string
foreign keys mapped as a class and used as ``secondary=``, and a column added at import to another
library's class (``ObjectVersion.snapshot_id = db.Column(db.Integer, db.ForeignKey(GitSnapshot.id))``).
The other libraries' classes (records, files) are small stubs of ours with their keys, read with the
models; the application's other modules are permissive stubs. It showed one misreading: a column
assigned at module level to a class imported from another module (``ObjectVersion.snapshot_id =
db.Column(...)`` in cap/modules/repos/models.py) was not read (only a class of the same file was looked
up), so the no-drift plan added a second ``snapshot_id`` to ``ObjectVersion``, which SQLAlchemy refuses
(mended: read with that module's names, and edited there)."""

from recipe import INVENIO_LIBRARY_STUBS, Recipe, invenio_key_table

RECIPE = Recipe(
    name="analysispreservation",
    repo="cernanalysispreservation/analysispreservation.cern.ch",
    style="Flask-SQLAlchemy on invenio-db, a shared variant type, a column added to another library's class",
    files=("cap/types.py", "cap/modules/auth/models.py", "cap/modules/repos/models.py",
           "cap/modules/schemas/models.py", "cap/modules/services/models.py", "cap/modules/workflows/models.py"),
    # (every other directory of the layout gets an empty __init__.py)
    stubs={"invenio_records/models.py": invenio_key_table("RecordMetadata", "records_metadata"),
           "invenio_files_rest/models.py": INVENIO_LIBRARY_STUBS["invenio_files_rest/models.py"]},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("cap.modules.auth.models", "cap.modules.repos.models", "cap.modules.schemas.models",
             "cap.modules.services.models", "cap.modules.workflows.models"),
    # the stubs of ours are read with the project's models: outside the scanned path their tables
    # would get new classes of their own
    models=".",
    line_length=80,  # black's and flake8's
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE git_webhook RENAME COLUMN branch TO branch_name",
        "ALTER TABLE status_checks ALTER COLUMN service TYPE varchar(64)",
        "ALTER TABLE schema ALTER COLUMN fullname SET NOT NULL",
        "ALTER TABLE git_repository ADD COLUMN default_branch varchar(255)",
        "CREATE INDEX ix_reana_workflows_user_id ON reana_workflows (user_id)",
        "COMMENT ON COLUMN schema.experiment IS 'the experiment the schema belongs to'",
        "ALTER TABLE o_auth2_token ALTER COLUMN token_type SET DEFAULT 'bearer'",
        "ALTER TABLE reana_workflows DROP COLUMN workflow_name_run",
        "CREATE TABLE git_snapshot_notes (id serial PRIMARY KEY, snapshot_id integer NOT NULL"
        " REFERENCES git_snapshot (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE o_auth2_token RENAME TO oauth2_tokens",
        "ALTER TYPE git_webhook_status ADD VALUE 'paused'",
    ),
    dropped=("reana_workflows.workflow_name_run",),
)
