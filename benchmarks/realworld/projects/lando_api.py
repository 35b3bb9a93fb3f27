"""mozilla-conduit/lando-api (Mozilla's automated-landing service for Phabricator revisions, with
the tree-status service folded in: landing jobs, revisions, diff warnings, sec-approval requests,
legacy Transplant requests, trees and their status log) - 11 tables of Flask-SQLAlchemy 3.0 on
SQLAlchemy 1.4 (the project pins 1.4.35), classic ``db.Column`` classes on an abstract ``Base(db.Model)``
(``__abstract__ = True``) that gives every table ``id`` and two timezone-aware timestamps with a
Python-side ``db.func.now()`` default (no server default) and whose ``__tablename__`` is a
``declared_attr`` computing snake_case from the class name with a regular expression
(``StatusChangeTree`` -> ``status_change_tree``); two classes set ``__tablename__`` of their own
(``transplants``, ``secapproval_requests``). PostgreSQL throughout: native ENUM types from
``db.Enum(SomeEnum)`` (named after the classes, labels the member names; one type, ``treestatus``,
shared by three tables), JSONB with ``default=dict`` / ``default=list``; foreign keys to a non-key
unique column given as a class attribute (``db.ForeignKey(Tree.tree)``), an association
``db.Table`` with no primary key at all (every column nullable, one of them named ``index``),
relationships annotated with plain ``list[...]`` (accepted by 1.4, not by 2.x without
``__allow_unmapped__``). The application's own ``storage.py`` (the ``SQLAlchemy()`` object) and
``systems.py`` are laid out; the cache, the Phabricator client, hg exports and ``mots`` (and
Flask-Migrate) are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="lando_api",
    repo="mozilla-conduit/lando-api",
    style="Flask-SQLAlchemy 1.4 Column classes, abstract Base with regex declared_attr __tablename__, PG enums",
    files=("landoapi/__init__.py", "landoapi/storage.py", "landoapi/systems.py", "landoapi/models/*.py"),
    stub_roots=("*",),
    metadata="landoapi.storage:db.metadata",
    imports=("landoapi.models",),
    models="landoapi/models",
    line_length=88,  # its ruff.toml
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "psycopg2-binary", "alembic==1.14.0"),
    drift=(
        "ALTER TABLE landing_job RENAME COLUMN repository_url TO repo_url",
        "ALTER TABLE transplants ALTER COLUMN updated_at DROP NOT NULL",
        "CREATE TABLE tree_owner (id serial PRIMARY KEY,"
        " tree varchar(64) NOT NULL REFERENCES tree (tree) ON DELETE CASCADE,"
        " email varchar(254) NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (tree, email))",
        "ALTER TABLE transplants ALTER COLUMN tree TYPE varchar(255)",
        "ALTER TABLE landing_job DROP COLUMN revision_order",
        "CREATE INDEX ix_diff_warning_revision_id_diff_id ON diff_warning (revision_id, diff_id)",
        "COMMENT ON COLUMN revision.patch_bytes IS 'the raw patch, in hg export format'",
        "ALTER TABLE landing_job ALTER COLUMN priority SET DEFAULT 0",
        "ALTER TABLE secapproval_requests ADD COLUMN requester_email varchar(254)",
        "ALTER TABLE revision_landing_job ALTER COLUMN \"index\" SET NOT NULL",
        "COMMENT ON TABLE log IS 'every change of a tree''s status'",
        "ALTER TYPE treestatus ADD VALUE 'MAINTENANCE'",
        "ALTER TABLE tree RENAME TO treestatus_tree",
    ),
    dropped=("landing_job.revision_order",),
    note=("the enum's new label is a by-hand item, given three times (once per column of the shared treestatus "
          "type: tree, log, status_change)"),
)
