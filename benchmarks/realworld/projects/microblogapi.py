"""miguelgrinberg/microblog-api: SQLAlchemy 2.0 ``Mapped`` through module aliases (``import
sqlalchemy as sa``, ``from sqlalchemy import orm as so``: ``so.Mapped[int] =
so.mapped_column(...)``) on Alchemical's ``Model`` (an installed library's declarative base,
absent where the tool runs), columns typed by their annotation alone
(``access_expiration: so.Mapped[datetime]``), a ``sa.Table`` association whose columns take
their type from the foreign key (``sa.Column('follower_id', sa.ForeignKey('users.id'))``),
``WriteOnlyMapped`` relationships, Python-side ``default=`` functions. The application module is
a stand-in."""

from recipe import Recipe

RECIPE = Recipe(
    name="microblogapi",
    repo="miguelgrinberg/microblog-api",
    style="2.0 Mapped via module aliases on Alchemical's Model",
    files=("api/models.py", "api/dates.py"),
    stubs={"api/__init__.py": "", "api/app.py": "db = None\n"},
    stub_roots=("flask", "jwt", "werkzeug"),
    metadata="alchemical:Model.metadata",
    imports=("api.models",),
    models="api",
    line_length=79,
    probe_packages=("alchemical==1.0.2", "sqlalchemy>=2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE users RENAME COLUMN about_me TO bio",
        "ALTER TABLE posts ALTER COLUMN text TYPE varchar(500)",
        "ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL",
        "ALTER TABLE tokens ADD COLUMN user_agent varchar(255)",
        "CREATE INDEX ix_posts_user_id_timestamp ON posts (user_id, timestamp)",
        "COMMENT ON COLUMN users.first_seen IS 'first request, UTC'",
        "ALTER TABLE posts ALTER COLUMN timestamp SET DEFAULT now()",
        "ALTER TABLE tokens DROP COLUMN refresh_expiration",
        "CREATE TABLE likes (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " post_id integer NOT NULL REFERENCES posts (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE posts RENAME TO posts_v2",
    ),
    dropped=("tokens.refresh_expiration",),
)
