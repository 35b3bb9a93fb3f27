"""zenodo/zenodo (CERN's research-data repository, on Invenio 3): one Flask-SQLAlchemy model on
invenio-db's ``db`` (the legacy code base's only table of its own, the spam module's safelist),
whose primary key is also a foreign key to another installed library's class
(``db.ForeignKey(User.id, ondelete='RESTRICT')``, ``from invenio_accounts.models import User``; read
from the installed package, ``pip install --no-deps invenio-accounts`` where this runs), a
SQLAlchemy-Continuum marker (``__versioned__ = {"versioning": False}``), ``db.DateTime().with_variant(
mysql.DATETIME(fsp=6), "mysql")`` with a Python-side ``default=datetime.utcnow``, a
``db.relationship(User, backref=...)`` to that class, attribute docstrings. The application's other
modules are stubs. It showed a gap, mended: a second foreign key to ``accounts_user`` (the drift's ``added_by``)
was added to the class, but ``db.relationship(User, backref='safelist')`` was not given the key it
uses, its target being an installed library's class (whose table is not compared), so the models no
longer configured (``AmbiguousForeignKeysError``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="zenodo",
    repo="zenodo/zenodo",
    style="Flask-SQLAlchemy on invenio-db, a key that is a foreign key to another library's class",
    files=("zenodo/modules/spam/models.py",),
    stubs={"zenodo/__init__.py": "", "zenodo/modules/__init__.py": "", "zenodo/modules/spam/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("zenodo.modules.spam.models",),
    models="zenodo/modules/spam",
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE safelist_entries RENAME COLUMN created TO created_at",
        "ALTER TABLE safelist_entries ALTER COLUMN notes TYPE varchar(2048)",
        "ALTER TABLE safelist_entries ALTER COLUMN notes SET NOT NULL",
        "ALTER TABLE safelist_entries ADD COLUMN added_by integer REFERENCES accounts_user (id)",
        "CREATE INDEX ix_safelist_entries_created_at ON safelist_entries (created_at)",
        "COMMENT ON COLUMN safelist_entries.user_id IS 'the safelisted user'",
        "ALTER TABLE safelist_entries ALTER COLUMN notes SET DEFAULT ''",
        "ALTER TABLE safelist_entries ALTER COLUMN created_at SET DEFAULT now()",
        "CREATE TABLE safelist_audit (id serial PRIMARY KEY, user_id integer NOT NULL"
        " REFERENCES safelist_entries (user_id), action varchar(32) NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE safelist_entries RENAME TO spam_safelist_entries",
    ),
    # the project's one table has three columns: no column is dropped, and the renamed one keeps a name
    # like its old one (the table is renamed too, and a table renamed along with a column named anew
    # shares two of five columns with the model's: not told from a new table)
    note="no dropped column in the drift: the project's one table has three columns, each drifted otherwise",
)
