"""cgwire/zou: Flask-SQLAlchemy ``db.Model`` classes on two mixins (``BaseMixin`` with a
``UUIDType`` key and timestamps, ``SerializerMixin``), sqlalchemy-utils types
(``UUIDType``, ``ChoiceType`` of a module-level list of pairs, ``EmailType``,
``IPAddressType``), JSONB columns and association ``db.Table`` objects."""

from recipe import Recipe

APP = '''\
"""Stand-in (ours) for zou.app: the Flask-SQLAlchemy object the models import."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
'''

RECIPE = Recipe(
    name="zou",
    repo="cgwire/zou",
    style="Flask-SQLAlchemy, mixins, sqlalchemy-utils",
    files=("zou/app/models/*.py", "zou/app/utils/fields.py"),
    stubs={"zou/__init__.py": "", "zou/app/__init__.py": APP, "zou/app/utils/__init__.py": ""},
    stub_roots=("zou", "babel", "pytz", "dateutil"),
    metadata="zou.app:db.metadata",
    imports=("zou/app/models/*.py",),
    models="zou/app/models",
    line_length=79,  # its pyproject's setting
    drift=(
        "ALTER TABLE project RENAME COLUMN fps TO frame_rate",
        "ALTER TABLE task ALTER COLUMN priority SET NOT NULL",
        "CREATE TABLE project_label (id uuid PRIMARY KEY,"
        " project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
        " label varchar(100) NOT NULL CHECK (label <> ''), UNIQUE (project_id, label))",
        "ALTER TABLE department ALTER COLUMN name TYPE varchar(120)",
        "ALTER TABLE playlist DROP COLUMN for_entity",
        "ALTER TABLE comment DROP CONSTRAINT comment_person_id_fkey,"
        " ADD CONSTRAINT comment_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE",
        "CREATE INDEX ix_task_due_date ON task (due_date)",
        "COMMENT ON COLUMN task.description IS 'what the artist is asked to do'",
        "ALTER TABLE task_status ALTER COLUMN is_done SET DEFAULT false",
        "ALTER TABLE project ADD COLUMN website varchar(255)",
        "COMMENT ON TABLE department IS 'studio departments'",
        "ALTER TABLE person ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE person RENAME TO person_v2",
    ),
    dropped=("playlist.for_entity",),
)
