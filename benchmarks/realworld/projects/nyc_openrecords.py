"""CityOfNewYork/NYCOpenRecords (the City of New York's FOIL public-records request portal): Flask-SQLAlchemy
``db.Model`` classes in one module, classic ``db.Column(...)``; joined-table polymorphic responses whose
subclass tables and identities are both named by constants of another module (``__tablename__ =
response_type.NOTE``, ``{"polymorphic_identity": response_type.NOTE}``), ``polymorphic_on`` a named enum
column; named enums whose labels are module constants too (``db.Enum(response_privacy.PRIVATE, ...,
name="privacy")``, a type named ``type``); private attributes mapping public column names
(``_name = db.Column(..., name="name")``), a column with a ``db.Sequence`` of its own, a
``column_property`` over two columns, ``ARRAY(String)`` and ``JSONB``, ``default=datetime.utcnow()``
(computed at import), a composite key of two foreign keys to the same table, ``flask_login``'s
``UserMixin`` as a base beside ``db.Model``. The package's ``app/__init__.py`` (the whole application) is
a stub of ours with ``db``; the constants modules are laid out, everything else the models import
(``app.lib``, elasticsearch) is a permissive stub."""

from recipe import Recipe

APP = "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\nes = calendar = sentry = None\n"

RECIPE = Recipe(
    name="nyc_openrecords",
    repo="CityOfNewYork/NYCOpenRecords",
    style="Flask-SQLAlchemy, polymorphic responses named by constants, enums of constants",
    files=("app/models.py", "app/constants/*.py", "app/constants/schemas/__init__.py"),
    stubs={"app/__init__.py": APP},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app",
    probe_packages=("sqlalchemy>=2", "flask-sqlalchemy>=3.1", "psycopg2-binary", "flask", "flask-login",
                    "alembic"),
    drift=(
        "ALTER TABLE agencies RENAME COLUMN name TO agency_name",
        "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE request_tags (id serial PRIMARY KEY,"
        " request_id varchar(19) NOT NULL REFERENCES requests (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE reasons ALTER COLUMN title TYPE varchar(512)",
        "ALTER TABLE users DROP COLUMN fax_number",
        "CREATE INDEX ix_requests_due_date ON requests (due_date)",
        "COMMENT ON COLUMN requests.agency_request_summary IS 'what the agency says it released'",
        "ALTER TABLE reasons ALTER COLUMN need_additional_details SET DEFAULT false",
        "ALTER TABLE agencies ADD COLUMN website varchar(256)",
        "COMMENT ON TABLE responses IS 'everything an agency sends about a request'",
        "ALTER TABLE links ALTER COLUMN url SET NOT NULL",
        "ALTER TYPE privacy ADD VALUE 'release_redacted'",
        "ALTER TABLE envelopes RENAME TO envelope_responses",
    ),
    dropped=("users.fax_number",),
    note=("the rename of envelopes (``__tablename__ = response_type.ENVELOPE``, a constant the polymorphic identity "
          "shares) and the label added to ``privacy`` (labels written as constants) are left by hand, so Alembic "
          "sees the renamed table; two notes claim AmbiguousForeignKeysError for Users.agency_users / Users.mfa, whose "
          "tables link to users twice by the same column pair (a ForeignKey and a ForeignKeyConstraint), which "
          "SQLAlchemy configures without complaint"),
    made_at_import=("app.models.Requests.date_created", "app.models.Events.timestamp"),
)
