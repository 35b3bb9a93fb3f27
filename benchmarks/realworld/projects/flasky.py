"""miguelgrinberg/flasky: the book's Flask-SQLAlchemy models in one module, ``db`` and the login
manager imported from the package (``from . import db, login_manager``, a stub of ours here), an
association model (``Follow``) with a composite primary key of two foreign keys, ``db.event.listen``
on a column, Python-side defaults (``default=datetime.utcnow``), ``index=True`` columns.
itsdangerous is pinned below 2.1 (the models import ``TimedJSONWebSignatureSerializer``); markdown
and bleach are stubs."""

from recipe import Recipe

APP = "from flask_login import LoginManager\nfrom flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n" \
      "login_manager = LoginManager()\n"

RECIPE = Recipe(
    name="flasky",
    repo="miguelgrinberg/flasky",
    style="Flask-SQLAlchemy, association model, column events",
    files=("app/models.py", "app/exceptions.py"),
    stubs={"app/__init__.py": APP},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app",
    probe_packages=("sqlalchemy>=2", "flask-sqlalchemy>=3.1", "psycopg2-binary", "flask", "flask-login",
                    "itsdangerous==2.0.1", "alembic"),
    drift=(
        "ALTER TABLE users RENAME COLUMN location TO city",
        "ALTER TABLE roles ALTER COLUMN name TYPE varchar(128)",
        "ALTER TABLE posts ALTER COLUMN author_id SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(10)",
        "CREATE INDEX ix_comments_post_id ON comments (post_id)",
        "COMMENT ON COLUMN users.about_me IS 'free text shown on the profile'",
        "ALTER TABLE users DROP COLUMN avatar_hash",
        "ALTER TABLE comments ALTER COLUMN disabled SET DEFAULT false",
        "CREATE TABLE likes (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " post_id integer NOT NULL REFERENCES posts (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE posts RENAME TO posts_v2",
    ),
    dropped=("users.avatar_hash",),
)
