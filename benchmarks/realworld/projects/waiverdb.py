"""release-engineering/waiverdb (Fedora's and Red Hat's service recording waivers of failed test
results, on Flask): one Flask-SQLAlchemy 3 model on ``db.Model`` (the table name derived from the
class name, ``waiver``), classic ``db.Column`` attributes, a composite index in ``__table_args__``
naming the class-body columns themselves (``db.Index('ix_...', subject_type, subject_identifier)``),
``index=True`` columns, a Python-side default function (``default=utcnow_naive``), an ``__init__``
of its own; the package also defines a JSON type on psycopg2's ``_PGJSON`` that no column uses.
The request schemas the model imports (pydantic) are laid out; the package ``__init__`` (which asks
the installed distribution for its version) is a stub of ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="waiverdb",
    repo="release-engineering/waiverdb",
    style="Flask-SQLAlchemy 3, one model, an index on class-body columns",
    files=("waiverdb/models/*.py",),
    stubs={"waiverdb/__init__.py": ""},
    stub_roots=("*",),
    metadata="waiverdb.models.base:db.metadata",
    imports=("waiverdb.models",),
    models="waiverdb/models",
    line_length=100,
    drift=(
        "ALTER TABLE waiver RENAME COLUMN proxied_by TO proxy_username",
        "ALTER TABLE waiver ALTER COLUMN product_version TYPE varchar(255)",
        "ALTER TABLE waiver ALTER COLUMN timestamp SET NOT NULL",
        "ALTER TABLE waiver ADD COLUMN expires_at timestamp",
        "CREATE INDEX ix_waiver_username ON waiver (username)",
        "COMMENT ON COLUMN waiver.comment IS 'why the result was waived'",
        "ALTER TABLE waiver ALTER COLUMN waived SET DEFAULT false",
        "ALTER TABLE waiver DROP COLUMN scenario",
        "CREATE TABLE waiver_comments (id serial PRIMARY KEY, waiver_id integer NOT NULL REFERENCES waiver (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE waiver RENAME TO waivers",
    ),
    dropped=("waiver.scenario",),
)
