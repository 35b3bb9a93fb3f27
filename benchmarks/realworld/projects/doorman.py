"""mwielgoszewski/doorman (an osquery fleet manager, Flask): Flask-SQLAlchemy 2 on cookiecutter-flask's
database module (``Column = db.Column`` aliases, a ``CRUDMixin`` in an abstract ``Model``, a
``SurrogatePK`` mixin with ``__table_args__ = {'extend_existing': True}``, foreign keys made by
``reference_col('node', nullable=False)``), table names Flask-SQLAlchemy makes from the class names
(``DistributedQueryTask`` -> ``distributed_query_task``), association ``Table`` objects whose columns
are named with a dot (``Column('tag.id', db.Integer, ForeignKey('tag.id'))``), a ``declared_attr
__table_args__`` whose index is named from ``cls.__tablename__`` over ``cls.timestamp.desc()``,
PostgreSQL's ``JSONB`` / ``INET`` / ``ARRAY(db.String)``, a ``default={}`` dict, and Flask-Login's
``UserMixin`` before the mixins. The extensions module (Bcrypt, Celery, Raven...) is ours: the
``SQLAlchemy()`` object alone; SQLAlchemy 1.3 in the probe (the project pins 1.2). It showed one
misreading, read since: a class's own ``declared_attr __table_args__`` returning
``(Index('idx_%s_node_id_timestamp_desc' % cls.__tablename__, 'node_id', cls.timestamp.desc()),)`` was
taken for one computed per class (its items hidden), so the drift's index on ``result_log`` was a note,
not added (Alembic: the index removed)."""

from recipe import Recipe

# the extensions module of ours: the models need the SQLAlchemy object and a bcrypt name
_EXTENSIONS = """from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
bcrypt = None
"""

RECIPE = Recipe(
    name="doorman",
    repo="mwielgoszewski/doorman",
    style="Flask-SQLAlchemy 2, cookiecutter-flask reference_col helper, declared_attr table args",
    files=("doorman/models.py", "doorman/database.py", "doorman/compat.py"),
    stubs={"doorman/__init__.py": "", "doorman/extensions.py": _EXTENSIONS},
    stub_roots=("*",),
    metadata="doorman.extensions:db.metadata",
    imports=("doorman.models",),
    models="doorman",
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE pack RENAME COLUMN description TO summary",
        "ALTER TABLE \"user\" ALTER COLUMN email TYPE varchar(255)",
        "ALTER TABLE query ALTER COLUMN platform SET NOT NULL",
        "ALTER TABLE node ADD COLUMN os_version varchar(64)",
        "CREATE INDEX ix_result_log_name ON result_log (name)",
        "COMMENT ON COLUMN rule.conditions IS 'the rule''s condition tree'",
        "ALTER TABLE query ALTER COLUMN shard SET DEFAULT 0",
        "ALTER TABLE status_log DROP COLUMN version",
        "CREATE TABLE node_note (id serial PRIMARY KEY, node_id integer NOT NULL REFERENCES node (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE file_path RENAME TO file_paths",
    ),
    dropped=("status_log.version",),
)
