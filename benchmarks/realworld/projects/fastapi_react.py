"""Buuntu/fastapi-react (a cookiecutter of a FastAPI and React app; the backend is laid out from
``{{cookiecutter.project_slug}}/backend``): one classic declarative class on ``sqlalchemy.ext.
declarative.declarative_base()`` made beside a sync engine at import (``app/db/session.py``), imported
relatively (``from .session import Base``), a table named ``user`` (quoted in PostgreSQL), bare
``String`` columns, ``Boolean`` columns with Python-side defaults, ``index=True`` on the primary key.
``app.core.config`` is a stub of ours naming PostgreSQL (the project's reads the environment)."""

from recipe import Recipe

RECIPE = Recipe(
    name="fastapi_react",
    repo="Buuntu/fastapi-react",
    style="classic declarative, one table, a cookiecutter template",
    files=("{{cookiecutter.project_slug}}/backend/app/db/models.py",
           "{{cookiecutter.project_slug}}/backend/app/db/session.py",
           "{{cookiecutter.project_slug}}/backend/app/db/__init__.py",
           "{{cookiecutter.project_slug}}/backend/app/__init__.py"),
    strip="{{cookiecutter.project_slug}}/backend/",
    stubs={"app/core/__init__.py": "",
           "app/core/config.py": 'SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://localhost/x"\n'},
    metadata="app.db.session:Base.metadata",
    imports=("app.db.models",),
    models="app/db",
    line_length=80,
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN first_name TO given_name",
        "ALTER TABLE \"user\" ALTER COLUMN email TYPE varchar(255)",
        "ALTER TABLE \"user\" ALTER COLUMN is_active SET NOT NULL",
        "ALTER TABLE \"user\" ADD COLUMN address varchar(100)",
        "CREATE INDEX ix_user_last_name ON \"user\" (last_name)",
        "COMMENT ON COLUMN \"user\".hashed_password IS 'bcrypt'",
        "ALTER TABLE \"user\" ALTER COLUMN is_active SET DEFAULT true",
        "ALTER TABLE \"user\" DROP COLUMN is_superuser",
        "CREATE TABLE item (id serial PRIMARY KEY, owner_id integer NOT NULL REFERENCES \"user\" (id),"
        " title varchar(255) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE \"user\" RENAME TO users",
    ),
    dropped=("user.is_superuser",),
    note="one table: no enum in the project",
)
