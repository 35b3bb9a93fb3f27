"""diffgram/diffgram (a training-data platform: annotation, datasets, labelling jobs): classic declarative on
one ``declarative_base()`` in ``shared/database/core.py``, 90 tables over some 80 modules, each of which takes
its names by ``from shared.database.common import *`` (Column, types, ``relationship``, ``Base``), string
``ForeignKey("project.id")`` keys, many ``relationship(..., foreign_keys=[...])`` pairs between the same
tables, ``MutableDict.as_mutable(...)`` of ``JSONB`` and of a ``TypeDecorator`` storing JSON as ``VARCHAR``,
``ARRAY(Float)`` columns, ``deferred(...)`` columns, ``__table_args__`` indexes (a partial one,
``postgresql_where=(processing_deferred.is_(True))``), Python-side ``default=datetime.datetime.utcnow`` /
``onupdate`` everywhere, sqlalchemy-serializer's ``SerializerMixin`` as a second base; SQLAlchemy 1.4. Only the
model package is laid out, not its performance-test scripts nor three modules nothing imports and no
migration makes a table of (``comment.py``, whose ``relationship(..., foreign_key=...)`` does not even
import; the "WIP" ``attribute/attribute.py`` and ``report/report.py``); everything of the application it
imports (settings, logger, helpers, ``analytics``) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="diffgram",
    repo="diffgram/diffgram",
    style="classic declarative, star-imported common names, 90 tables over 80 modules",
    files=("shared/__init__.py", "shared/database/__init__.py", "shared/database/caching.py",
           "shared/database/common.py", "shared/database/core.py",
           "shared/database/deletion.py", "shared/database/export.py", "shared/database/hashing_functions.py",
           "shared/database/image.py", "shared/database/input.py", "shared/database/project.py",
           "shared/database/project_directory_list.py", "shared/database/project_perms.py",
           "shared/database/text_file.py", "shared/database/user.py",
           # every subpackage but the two with performance-test scripts and the one with a WIP module,
           # then those three's models
           "shared/database/[!ar]*/*.py", "shared/database/a[!nt]*/*.py",
           "shared/database/report/__init__.py", "shared/database/report/report_*.py",
           "shared/database/annotation/__init__.py", "shared/database/annotation/instance.py",
           "shared/database/annotation/instance_t*.py",
           "shared/database/attribute/__init__.py", "shared/database/attribute/attribute_*.py"),
    # input.py's five single-column indexes name no column (``Index('index__input_mode')``): PostgreSQL
    # refuses ``CREATE INDEX ... ON input ()``; each is given the column its migration indexes
    # (2ef6ace7da75_improve_input_indexes)
    fixes={"shared/database/input.py": tuple(
        (f"Index('index__input_{column}')", f"Index('index__input_{column}', '{column}')")
        for column in ("processing_deferred", "archived", "status", "mode", "project_id"))},
    stub_roots=("*",),
    metadata="shared.database.core:Base.metadata",
    imports=("shared/database/**/*.py",),
    models="shared/database",
    probe_packages=("sqlalchemy==1.4.48", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE tag RENAME COLUMN color_hex TO colour_hex",
        "ALTER TABLE label ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE discussion_comment ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE userscript ADD COLUMN license varchar(64)",
        "CREATE INDEX ix_userscript_language ON userscript (language)",
        "COMMENT ON COLUMN tag.name IS 'the tag as shown on jobs and datasets'",
        "ALTER TABLE userscript ALTER COLUMN version SET DEFAULT 0",
        "ALTER TABLE userscript DROP COLUMN docs_link",
        "CREATE TABLE tag_notes (id serial PRIMARY KEY, tag_id integer NOT NULL REFERENCES tag (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE system_configs RENAME TO system_config",
        "ALTER TABLE discussion_comment ALTER COLUMN content TYPE text",
    ),
    dropped=("userscript.docs_link",),
)
