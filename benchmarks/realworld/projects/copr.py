"""fedora-copr/copr (the frontend): Flask-SQLAlchemy ``db.Column`` classes in one 2,700-line
``models.py`` with Flask-SQLAlchemy's table names from the class names (31 of 33 classes name no
table), a user and a project each split in two tables (``_UserPublic`` / ``_UserPrivate``) and
mapped together by a third class over their join (``__table__ = outerjoin(...)``, its ``id`` a
``column_property`` of both), a ``TypeDecorator`` of the project's helpers (``JSONEncodedDict``),
enums of ``copr_common`` made by a metaclass, Python-side defaults read from the application's
configuration at import, partial unique indexes whose predicates are module constants of
``text(...)``, association proxies, validators, and a listener that adds a row once a table is
made (taken out: there is no application). The application (``coprs/__init__.py``: a Flask app
and its ``db``) is a stub of our own, its other modules permissive stubs. It showed one
misreading: the classes over a join were taken for classes whose table the reader could not
read, so no class was generated for a new table (it might have been theirs)."""

from recipe import Recipe

APP = ("from flask_sqlalchemy import SQLAlchemy\n\n\nclass _Config(dict):\n    def __missing__(self, key):\n"
       "        return None\n\n\nclass _App:\n    config = _Config()\n\n\napp = _App()\ndb = SQLAlchemy()\n")

RECIPE = Recipe(
    name="copr",
    repo="fedora-copr/copr",
    style="Flask-SQLAlchemy, one big models.py, classes mapped over a join, names from class names",
    files=("frontend/coprs_frontend/coprs/models.py", "frontend/coprs_frontend/coprs/helpers.py",
           "common/copr_common/enums.py"),
    strip=("frontend/coprs_frontend/", "common/"),
    stubs={"coprs/__init__.py": APP},
    # a listener adds a row through the application's session when the table is made (no
    # application here): the corpus makes the tables without it
    fixes={"coprs/models.py": (
        "@listens_for(DistGitInstance.__table__, 'after_create')\n", "")},
    stub_roots=("*",),
    metadata="coprs:db.metadata",
    imports=("coprs.models",),
    models="coprs",
    drift=(
        "ALTER TABLE package RENAME COLUMN webhook_rebuild TO rebuild_on_webhook",
        "ALTER TABLE copr ALTER COLUMN homepage TYPE varchar(500)",
        "ALTER TABLE \"group\" ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE \"user\" ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_group_name ON \"group\" (name)",
        "COMMENT ON COLUMN copr.contact IS 'how to reach the project'",
        "ALTER TABLE build DROP COLUMN pkg_version",
        "ALTER TABLE build ALTER COLUMN canceled SET DEFAULT false",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, copr_id integer NOT NULL REFERENCES copr (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE legal_flag RENAME TO legal_flags",
    ),
    dropped=("build.pkg_version",),
)
