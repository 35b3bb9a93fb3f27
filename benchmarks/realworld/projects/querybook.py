"""pinterest/querybook (a notebook-style IDE for big-data queries, on Flask and MySQL): classic
declarative on the application's own ``declarative_base()`` in ``app/db.py``, which each model module
reaches as ``from app import db`` then ``Base = db.Base`` (or ``db.Base`` as a base class directly, or
``from app.db import Base``); a ``CRUDMixin`` of class methods alone, and ``TruncateString("name",
"type")``, a function returning a mixin of ``validates`` hooks, used as a base class; lengths from a
module of constants (``sql.String(length=name_length)``); columns whose attribute differs from their
name (``_password = sql.Column("password", ...)`` behind a ``hybrid_property``); ``sql.Enum`` of Python
enum classes with no name (SQLAlchemy's lower-cased class name); ``{"mysql_engine": "InnoDB",
"mysql_charset": "utf8mb4"}`` table args, alone or after an ``Index`` / ``UniqueConstraint``; relationships
through ``secondary`` tables named as strings with ``primaryjoin`` strings, and a backref named
``metadata``. The Python enums live in ``const/`` (laid out and given to ``--models`` with the models, so
the drift's ``ADD VALUE`` becomes a member there). Flask, Celery, werkzeug and the application's other
modules are permissive stubs. A length given by a shared constant (``sql.String(length=name_length)``,
nearly every column) is left to a person when the database widens it (a by-hand item, as the tool
means to): the drift's type change is on a column with a length of its own."""

from recipe import Recipe

# the models were written for MySQL: ``sql.Text(length=mediumtext_length)`` (16777215) and
# ``sql.Text(length=text_length)`` render ``TEXT(n)``, which PostgreSQL refuses; the project's initial
# migration (22c9a254b41e) gives PostgreSQL ``sa.Text()`` for both, as the laid-out copy does with a variant
_MEDIUMTEXT = ("sql.Text(length=mediumtext_length)",
               'sql.Text(length=mediumtext_length).with_variant(sql.Text(), "postgresql")')
_TEXT = ("sql.Text(length=text_length)", 'sql.Text(length=text_length).with_variant(sql.Text(), "postgresql")')

RECIPE = Recipe(
    name="querybook",
    repo="pinterest/querybook",
    style="classic declarative on the app's own Base (db.Base), function-made mixins, MySQL-leaning types",
    files=("querybook/server/models/*.py", "querybook/server/app/__init__.py", "querybook/server/app/db.py",
           "querybook/server/const/__init__.py", "querybook/server/const/db.py", "querybook/server/const/admin.py",
           "querybook/server/const/data_doc.py", "querybook/server/const/data_element.py",
           "querybook/server/const/event_log.py", "querybook/server/const/impression.py",
           "querybook/server/const/metastore.py", "querybook/server/const/query_execution.py",
           "querybook/server/const/schedule.py", "querybook/server/const/user_roles.py",
           "querybook/server/lib/__init__.py", "querybook/server/lib/sqlalchemy/__init__.py",
           "querybook/server/lib/utils/__init__.py", "querybook/server/lib/utils/serialize.py",
           "querybook/server/lib/data_doc/*.py"),
    strip="querybook/server/",
    fixes={
        "models/board.py": _MEDIUMTEXT,
        "models/comment.py": _MEDIUMTEXT,
        "models/data_element.py": _MEDIUMTEXT,
        "models/datadoc.py": (_MEDIUMTEXT, _TEXT),
        "models/metastore.py": _MEDIUMTEXT,
        "models/query_execution.py": (_MEDIUMTEXT, _TEXT),
        "models/result_store.py": _MEDIUMTEXT,
    },
    stub_roots=("*",),
    metadata="app.db:Base.metadata",
    imports=("models",),
    models=".",
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE board RENAME COLUMN board_type TO kind",
        "ALTER TABLE query_metastore ALTER COLUMN loader TYPE varchar(255)",
        "ALTER TABLE data_table ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE environment ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_data_doc_owner_uid ON data_doc (owner_uid)",
        "COMMENT ON COLUMN query_execution.query IS 'the query text as submitted'",
        "ALTER TABLE survey ALTER COLUMN rating SET DEFAULT 0",
        "ALTER TABLE data_table DROP COLUMN owner",
        "CREATE TABLE data_doc_pins (id serial PRIMARY KEY, data_doc_id integer NOT NULL REFERENCES data_doc (id)"
        " ON DELETE CASCADE, uid integer REFERENCES \"user\" (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE function_documentation RENAME TO function_docs",
        "ALTER TYPE queryexecutionstatus ADD VALUE 'QUEUED'",
    ),
    dropped=("data_table.owner",),
)
