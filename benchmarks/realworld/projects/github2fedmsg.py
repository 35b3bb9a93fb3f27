"""fedora-infra/github2fedmsg (the bridge that rebroadcasts GitHub's webhooks on Fedora's message
bus, on Pyramid): classic declarative on ``declarative_base(cls=JSONifiable)`` (a mixin of the
project's giving ``__json__``), ``Unicode`` columns without a length, a string primary key
(``users.username``) and foreign keys to a unique non-key column (``users.github_username``), an
association ``Table`` whose both columns are part of the key and point at the same column, a
self-referencing many-to-many relationship added after the class with
``User.__mapper__.add_property(...)``, ``relation(...)`` (removed in SQLAlchemy 2.0), Python-side
defaults (``default=datetime.datetime.now``). Pyramid, zope.sqlalchemy and the application's other
modules are stubs; SQLAlchemy 1.4."""

from recipe import Recipe

RECIPE = Recipe(
    name="github2fedmsg",
    repo="fedora-infra/github2fedmsg",
    style="classic declarative on a JSONifiable mixin, string keys, a self-referencing association table",
    files=("github2fedmsg/models/*.py",),
    stubs={"github2fedmsg/__init__.py": "", "github2fedmsg/traversal.py": "", "github2fedmsg/githubutils.py": ""},
    stub_roots=("*",),
    metadata="github2fedmsg.models:Base.metadata",
    imports=("github2fedmsg.models",),
    models="github2fedmsg/models",
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE repos RENAME COLUMN language TO primary_language",
        "ALTER TABLE users ALTER COLUMN emails TYPE text",
        "ALTER TABLE users ALTER COLUMN created_on SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_repos_name ON repos (name)",
        "COMMENT ON COLUMN users.oauth_access_token IS 'the GitHub OAuth token'",
        "ALTER TABLE repos ALTER COLUMN enabled SET DEFAULT false",
        "ALTER TABLE repos DROP COLUMN description",
        "CREATE TABLE repo_events (id serial PRIMARY KEY, repo_id integer NOT NULL REFERENCES repos (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE repos RENAME TO github_repos",
    ),
    dropped=("repos.description",),
)
