"""inveniosoftware/invenio-oauth2server (the OAuth 2 provider of Invenio): Flask-SQLAlchemy models on
invenio-db's ``db`` (its ``db.UTCDateTime``, read from the installed library), a string primary key
(``client_id``) that another table's foreign key names (``db.ForeignKey(Client.client_id,
ondelete="CASCADE")``), a column written with its foreign key alone and no type
(``db.Column(db.ForeignKey(User.id, ondelete="CASCADE"), nullable=True, index=True)``, invenio-accounts
read from the installed package), private attribute names behind properties (``_redirect_uris``,
``_scopes``), sqlalchemy-utils' ``StringEncryptedType(type_in=db.String(255), key=secret_key,
engine=NoneAesEngine)`` of a project's subclass of ``AesEngine``, ``URLType()``, named
``Boolean(name=...)`` types, ``info=dict(label=_(...), validators=[...])`` on columns, unique
``Index(..., mysql_length=255)`` in ``__table_args__``, backrefs with cascades onto another library's
class. The application's other modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_oauth2server",
    repo="inveniosoftware/invenio-oauth2server",
    style="Flask-SQLAlchemy on invenio-db, a string key, encrypted types, private attribute names",
    files=("invenio_oauth2server/models.py",),
    stubs={"invenio_oauth2server/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_oauth2server.models",),
    models="invenio_oauth2server",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic", "cryptography"),
    drift=(
        "ALTER TABLE oauth2server_client RENAME COLUMN website TO homepage_url",
        "ALTER TABLE oauth2server_client ALTER COLUMN name TYPE varchar(80)",
        "ALTER TABLE oauth2server_token ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE oauth2server_client ADD COLUMN logo_uri varchar(255)",
        "CREATE INDEX ix_oauth2server_token_expires ON oauth2server_token (expires)",
        "COMMENT ON COLUMN oauth2server_token._scopes IS 'space-separated scopes'",
        "ALTER TABLE oauth2server_token ALTER COLUMN token_type SET DEFAULT 'bearer'",
        "ALTER TABLE oauth2server_client DROP COLUMN description",
        "CREATE TABLE oauth2server_grant (id serial PRIMARY KEY, client_id varchar(255) NOT NULL"
        " REFERENCES oauth2server_client (client_id) ON DELETE CASCADE, code varchar(255) NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE oauth2server_token RENAME TO oauth2server_tokens",
    ),
    dropped=("oauth2server_client.description",),
    note="no named enum in the models: no ADD VALUE in the drift",
)
