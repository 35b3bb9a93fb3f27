"""ONSdigital/ras-secure-message: Flask-SQLAlchemy on a ``MetaData(schema="securemessage")``, every
column named in its call (``Column("subject", ...)``), text lengths computed from another module's
constants (``String(constants.MAX_SUBJECT_LEN + 1)``), a foreign key to a unique column of another
length, string server defaults on ``varchar`` and ``boolean`` columns. The logging setup and the
labels' module are stubs or laid out as they are."""

from recipe import Recipe

RECIPE = Recipe(
    name="securemessage",
    repo="ONSdigital/ras-secure-message",
    style="Flask-SQLAlchemy in a schema, lengths computed from constants",
    files=("secure_message/repository/database.py", "secure_message/constants.py",
           "secure_message/common/labels.py"),
    stubs={"secure_message/__init__.py": "", "secure_message/repository/__init__.py": "",
           "secure_message/common/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE SCHEMA securemessage",),
    metadata="secure_message.repository.database:db.metadata",
    imports=("secure_message.repository.database",),
    models="secure_message/repository",
    line_length=120,
    schemas=("securemessage",),
    probe_packages=("sqlalchemy>=2", "flask-sqlalchemy>=3.1", "flask", "alembic", "psycopg2-binary"),
    drift=(
        "ALTER TABLE securemessage.secure_message RENAME COLUMN read_at TO opened_at",
        "ALTER TABLE securemessage.conversation ALTER COLUMN closed_by TYPE varchar(120)",
        "ALTER TABLE securemessage.status ALTER COLUMN actor SET NOT NULL",
        "ALTER TABLE securemessage.conversation ADD COLUMN priority integer",
        "CREATE INDEX ix_status_label ON securemessage.status (label)",
        "COMMENT ON COLUMN securemessage.secure_message.subject IS 'as the sender wrote it'",
        "ALTER TABLE securemessage.secure_message DROP COLUMN exercise_id",
        "ALTER TABLE securemessage.conversation ALTER COLUMN is_closed SET DEFAULT false",
        "CREATE TABLE securemessage.message_note (id serial PRIMARY KEY, message_id integer NOT NULL"
        " REFERENCES securemessage.secure_message (id), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("secure_message.exercise_id",),
)
