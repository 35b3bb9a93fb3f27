"""fedora-infra/summershum (a fedmsg consumer keeping the hashes of the files in Fedora's source
tarballs; 2015): classic declarative on ``BASE = declarative_base()`` of ``sqlalchemy.ext.declarative``,
``Text`` primary keys, a composite primary key (``tarball``, ``tar_sum``) doubled by a
``UniqueConstraint`` of the same columns, foreign keys by string with ``onupdate='CASCADE'``,
``relation(...)`` (SQLAlchemy 1.x's old name of ``relationship``) with ``remote_side=[<local
column>]`` and a string ``backref``, a Python-side ``datetime.datetime.utcnow`` default, a session
factory beside the classes. The package's ``__init__`` (a Python 2 implicit relative import of the
fedmsg consumer) is an empty one of ours; SQLAlchemy 1.4 in the probe's virtualenv."""

from recipe import Recipe

RECIPE = Recipe(
    name="summershum",
    repo="fedora-infra/summershum",
    style="classic declarative, composite Text keys, relation() with remote_side",
    files=("summershum/model.py",),
    stubs={"summershum/__init__.py": ""},
    # ``files.tarball`` refers to ``releases.tarball`` alone, one column of that table's composite key:
    # PostgreSQL wants a unique constraint on the referenced columns ("there is no unique constraint
    # matching given keys"), so the column is made unique in the laid-out copy
    fixes={"summershum/model.py": ("tarball = sa.Column(sa.Text, primary_key=True)",
                                   "tarball = sa.Column(sa.Text, primary_key=True, unique=True)")},
    metadata="summershum.model:BASE.metadata",
    imports=("summershum.model",),
    models="summershum",
    line_length=79,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE files RENAME COLUMN filename TO file_path",
        "ALTER TABLE files ALTER COLUMN md5sum TYPE varchar(64)",
        "ALTER TABLE files ALTER COLUMN sha256sum SET NOT NULL",
        "ALTER TABLE packages ADD COLUMN upstream_url text",
        "CREATE INDEX ix_files_created_on ON files (created_on)",
        "COMMENT ON COLUMN releases.tar_sum IS 'the md5 of the tarball, for now'",
        "ALTER TABLE files ALTER COLUMN created_on SET DEFAULT now()",
        "ALTER TABLE files DROP COLUMN sha1sum",
        "CREATE TABLE package_owners (id serial PRIMARY KEY, pkg_name text NOT NULL REFERENCES packages"
        " (pkg_name), owner text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE releases RENAME TO package_releases",
    ),
    dropped=("files.sha1sum",),
    note="no enum in the models: no ADD VALUE in the drift",
)
