"""jupyter-server/jupyverse (a FastAPI-based Jupyter server), its ``auth_jupyterhub`` plugin (users who
come through JupyterHub): one table on SQLAlchemy 2.0's ``DeclarativeBase`` with ``AsyncAttrs`` whose
columns are classic ``Column(...)``, a string primary key (the hub's token), ``String(length=32)``
keyword lengths, ``Text()``, a ``unique=True`` column and Python-side ``default=`` of strings, a bool
and a dict on ``JSON``."""

from recipe import Recipe

RECIPE = Recipe(
    name="jupyverse_jupyterhub",
    repo="jupyter-server/jupyverse",
    style="2.0 DeclarativeBase with AsyncAttrs, classic Column attributes, one table",
    files=("plugins/auth_jupyterhub/src/fps_auth_jupyterhub/db.py",),
    strip="plugins/auth_jupyterhub/src/",
    # the package's own __init__ imports the plugin's launcher (and asks for its installed version)
    stubs={"fps_auth_jupyterhub/__init__.py": ""},
    metadata="fps_auth_jupyterhub.db:Base.metadata",
    imports=("fps_auth_jupyterhub.db",),
    models="fps_auth_jupyterhub",
    line_length=100,
    drift=(
        "ALTER TABLE user_account RENAME COLUMN display_name TO full_name",
        "ALTER TABLE user_account ALTER COLUMN avatar_url TYPE varchar(255)",
        "ALTER TABLE user_account ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE user_account ADD COLUMN last_seen timestamp",
        "CREATE INDEX ix_user_account_name ON user_account (name)",
        "COMMENT ON COLUMN user_account.token IS 'the token JupyterHub gave'",
        "ALTER TABLE user_account ALTER COLUMN anonymous SET DEFAULT true",
        "ALTER TABLE user_account DROP COLUMN initials",
        "CREATE TABLE user_account_logins (id serial PRIMARY KEY, token varchar(32) NOT NULL"
        " REFERENCES user_account (token) ON DELETE CASCADE, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE user_account RENAME TO hub_user_account",
    ),
    dropped=("user_account.initials",),
)
