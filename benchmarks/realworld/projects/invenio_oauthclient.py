"""inveniosoftware/invenio-oauthclient: Flask-SQLAlchemy models on invenio-db's ``db`` with its
``db.Timestamp`` mixin and ``db.UTCDateTime()``, a chain of ``.with_variant(...)`` JSON types
(``db.JSON()`` that is ``JSONB`` on PostgreSQL), sqlalchemy-utils' ``StringEncryptedType(type_in=
db.Text, key=_secret_key)``, a named foreign key to ``RemoteAccount.id`` that is part of a
composite key, foreign keys to invenio-accounts' ``User.id`` (read from the installed package,
``pip install --no-deps invenio-accounts`` where this runs). The application's other modules are
stubs. It showed one misreading: invenio-db's naming convention, ``util.immutabledict({...})``, was not
read, so after the table's rename its unnamed unique constraint was left unnamed while the database's
kept the old table's name (Alembic: the constraint renamed)."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_oauthclient",
    repo="inveniosoftware/invenio-oauthclient",
    style="Flask-SQLAlchemy on invenio-db, encrypted and variant types, a named key in a composite key",
    files=("invenio_oauthclient/models.py",),
    stubs={"invenio_oauthclient/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_oauthclient.models",),
    models="invenio_oauthclient",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic", "cryptography"),
    drift=(
        "ALTER TABLE oauthclient_remoteaccount RENAME COLUMN client_id TO remote_client_id",
        "ALTER TABLE oauthclient_remotetoken ALTER COLUMN token_type TYPE varchar(80)",
        "ALTER TABLE oauthclient_remotetoken ALTER COLUMN expires SET NOT NULL",
        "ALTER TABLE oauthclient_remoteaccount ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_oauthclient_remotetoken_expires ON oauthclient_remotetoken (expires)",
        "COMMENT ON COLUMN oauthclient_remotetoken.secret IS 'OAuth 1 only'",
        "ALTER TABLE oauthclient_remotetoken ALTER COLUMN secret SET DEFAULT ''",
        "ALTER TABLE oauthclient_remotetoken DROP COLUMN refresh_token",
        "CREATE TABLE oauthclient_note (id serial PRIMARY KEY, account_id integer NOT NULL"
        " REFERENCES oauthclient_remoteaccount (id), body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE oauthclient_remoteaccount RENAME TO oauthclient_remote_accounts",
    ),
    dropped=("oauthclient_remotetoken.refresh_token",),
)
