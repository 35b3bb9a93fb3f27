"""freedomofpress/securedrop: Flask-SQLAlchemy models in one module of a flat source tree (``from
db import db``, ``from store import Storage``: top-level modules of ``securedrop/``), plain
``sqlalchemy.Column`` on ``db.Model``, Python-side defaults from functions of the app
(``default=two_factor.random_base32``), ``Column("id", ...)`` with the name written, string
``server_default``s, ``LargeBinary(n)``. The app's other modules (encryption, store, flask_babel,
argon2...) are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="securedrop",
    repo="freedomofpress/securedrop",
    style="Flask-SQLAlchemy, flat modules",
    files=("securedrop/models.py", "securedrop/db.py"),
    strip="securedrop/",
    stub_roots=("*",),
    metadata="db:db.metadata",
    imports=("models",),
    models=".",
    line_length=100,
    drift=(
        "ALTER TABLE journalists RENAME COLUMN last_access TO last_seen_at",
        "ALTER TABLE sources ALTER COLUMN journalist_designation TYPE varchar(400)",
        "ALTER TABLE submissions ALTER COLUMN checksum SET NOT NULL",
        "ALTER TABLE replies ADD COLUMN seen_at timestamp",
        "CREATE INDEX ix_submissions_source_id ON submissions (source_id)",
        "COMMENT ON COLUMN sources.pgp_fingerprint IS 'hex fingerprint'",
        "ALTER TABLE journalists DROP COLUMN last_token",
        "ALTER TABLE source_stars ALTER COLUMN starred SET DEFAULT true",
        "CREATE TABLE seen_notes (id serial PRIMARY KEY, journalist_id integer NOT NULL REFERENCES journalists (id),"
        " seen_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE journalists RENAME TO journalists_v2",
    ),
    dropped=("journalists.last_token",),
)
