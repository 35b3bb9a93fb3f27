"""ansible-community/ara (ARA Records Ansible), its Flask-SQLAlchemy era (tag 0.16.7): one
``ara/models.py`` of ``db.Model`` classes whose keys are made by ``functools.partial(db.Column,
pkey_type, primary_key=True, nullable=False, default=mkuuid)`` (``id = std_pkey()``) and by a function
returning a ``db.Column`` with a ``db.ForeignKey(col, ondelete='RESTRICT')`` (``playbook_id =
std_fkey('playbooks.id')``), a module-level type instance (``pkey_type = db.String(36)``), two
``TypeDecorator`` s on ``LargeBinary`` with a length (``CompressedData((2 ** 32) - 1)``), a plain mixin
of properties (``TimedEntity``), ``db.UniqueConstraint`` in ``__table_args__`` tuples, relationships
through ``functools.partial(db.relationship, ...)``, a Python-side default computing a hash of the
row's parameters (``default=content_sha1``). oslo.utils and oslo.serialization are permissive stubs.
The project pins SQLAlchemy below 1.3; the probe runs 1.4 with Flask-SQLAlchemy 2.5. It showed one
misreading: the key factory ``std_pkey`` (a ``partial`` of ``db.Column`` presetting the type and
``primary_key=True``), the file's only bare column callee, was taken for its column callable, so new
columns were written ``std_pkey(db.Integer, primary_key=True)`` (an import error) where the file
writes ``db.Column(...)`` 44 times."""

from recipe import Recipe

RECIPE = Recipe(
    name="ara",
    repo="ansible-community/ara",
    ref="0.16.7",
    style="Flask-SQLAlchemy, keys made by functools.partial and a function, TypeDecorators",
    files=("ara/models.py",),
    stubs={"ara/__init__.py": ""},
    # the models were written for MySQL and SQLite (the migrations, not the models, give PostgreSQL its
    # own): ``db.Enum`` of the task results' status has no name, which PostgreSQL's CREATE TYPE needs
    # (001_initial_revision.py names it ``status``), and ``db.Text(16777215)`` renders ``TEXT(16777215)``,
    # which PostgreSQL refuses (the migration gives it ``.with_variant(sa.Text(), 'postgresql')``)
    fixes={"ara/models.py": (
        ("db.Column(db.Enum('ok', 'failed', 'skipped', 'unreachable'))",
         "db.Column(db.Enum('ok', 'failed', 'skipped', 'unreachable', name='status'))"),
        ("db.Column(db.Text(16777215))", "db.Column(db.Text(16777215).with_variant(db.Text(), 'postgresql'))"),
    )},
    stub_roots=("*",),
    metadata="ara.models:db.metadata",
    imports=("ara.models",),
    models="ara",
    line_length=79,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE playbooks RENAME COLUMN ansible_version TO ansible_release",
        "ALTER TABLE data ALTER COLUMN type TYPE varchar(64)",
        "ALTER TABLE hosts ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE hosts ADD COLUMN alias varchar(255)",
        "CREATE INDEX ix_tasks_action ON tasks (action)",
        "COMMENT ON COLUMN plays.name IS 'the play name as written'",
        "ALTER TABLE stats ALTER COLUMN ok SET DEFAULT 0",
        "ALTER TABLE tasks DROP COLUMN lineno",
        "CREATE TABLE playbook_labels (id serial PRIMARY KEY, playbook_id varchar(36) NOT NULL REFERENCES"
        " playbooks (id), name varchar(255) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE file_contents RENAME TO file_blobs",
        "ALTER TYPE status ADD VALUE 'changed'",
    ),
    dropped=("tasks.lineno",),
)
