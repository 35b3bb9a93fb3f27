"""authlib/example-oauth2-server: Flask-SQLAlchemy models on a library's mixins
(``class OAuth2Client(db.Model, OAuth2ClientMixin)``: authlib's ``sqla_oauth2`` mixins, read from
the installed library: ``pip install authlib`` where this runs), a ``User`` whose table name
Flask-SQLAlchemy makes from the class name. The drift changes a column the library's mixin makes:
the plan overrides it in the one class."""

from recipe import Recipe

RECIPE = Recipe(
    name="authlibexample",
    repo="authlib/example-oauth2-server",
    style="Flask-SQLAlchemy on a library's mixins",
    files=("website/models.py",),
    stubs={"website/__init__.py": ""},
    metadata="website.models:db.metadata",
    imports=("website.models",),
    models="website/models.py",
    probe_packages=("sqlalchemy>=2", "flask-sqlalchemy>=3.1", "flask", "authlib", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN username TO login",
        "ALTER TABLE oauth2_client ALTER COLUMN client_secret SET NOT NULL",
        "ALTER TABLE oauth2_token ALTER COLUMN scope TYPE varchar(512)",
        "ALTER TABLE \"user\" ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_oauth2_code_client_id ON oauth2_code (client_id)",
        "COMMENT ON COLUMN oauth2_token.expires_in IS 'seconds'",
        "ALTER TABLE oauth2_code DROP COLUMN acr",
        "CREATE TABLE oauth2_consent (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES \"user\" (id),"
        " client_id varchar(48) NOT NULL, granted_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("oauth2_code.acr",),
)
