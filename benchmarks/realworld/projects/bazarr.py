"""morpheus65535/bazarr: classic declarative on ``declarative_base()`` with ``mapped_column`` and no
``Mapped[...]`` annotation, camelCase database names as the attributes (``sonarrEpisodeId``: quoted
identifiers in PostgreSQL), an attribute named ``text`` beside SQLAlchemy's ``text`` imported at
module level, foreign keys to camelCase columns with ``ondelete``, and the engine made when the module
is imported (PostgreSQL or SQLite, chosen by the settings). The settings module is a stub of our own
that chooses PostgreSQL; the other imports (dogpile, flask_migrate...) are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="bazarr",
    repo="morpheus65535/bazarr",
    style="classic declarative, mapped_column without Mapped, camelCase columns",
    files=("bazarr/app/database.py",),
    strip="bazarr/",
    stubs={"app/__init__.py": "",
           "app/config.py": ("class _PostgreSQL:\n    enabled = True\n    database = username = 'bazarr'\n"
                             "    password = ''\n    host = 'localhost'\n    port = 5432\n\n\n"
                             "class settings:\n    postgresql = _PostgreSQL\n")},
    stub_roots=("*",),
    metadata="app.database:Base.metadata",
    imports=("app.database",),
    models="app",
    line_length=120,
    # the engine the module makes names the driver PostgreSQL's URL defaults to: psycopg (3) on SQLAlchemy 2.1
    probe_packages=("sqlalchemy", "alembic", "psycopg2-binary", "psycopg[binary]"),
    drift=(
        'ALTER TABLE table_episodes RENAME COLUMN "sceneName" TO scene_name',
        "ALTER TABLE table_shows ALTER COLUMN title TYPE varchar(500)",
        "ALTER TABLE table_history ALTER COLUMN provider SET NOT NULL",
        "ALTER TABLE table_movies ADD COLUMN imdb_rating real",
        "CREATE INDEX ix_table_history_timestamp ON table_history (timestamp)",
        "COMMENT ON COLUMN table_announcements.text IS 'the announcement as shown'",
        "ALTER TABLE table_episodes DROP COLUMN ffprobe_cache",
        "ALTER TABLE system ALTER COLUMN configured SET DEFAULT '0'",
        'CREATE TABLE table_notes (id serial PRIMARY KEY, "sonarrSeriesId" integer NOT NULL'
        ' REFERENCES table_shows ("sonarrSeriesId"), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
        "ALTER TABLE table_shows RENAME TO table_shows_v2",
    ),
    dropped=("table_episodes.ffprobe_cache",),
)
