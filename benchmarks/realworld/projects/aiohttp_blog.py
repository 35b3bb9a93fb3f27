"""aio-libs/aiohttp-demos (the blog demo, on asyncpg): SQLAlchemy 2.0 ``Mapped`` on a bare
``DeclarativeBase``, ``mapped_column`` with an explicit ``nullable=False`` beside non-Optional
annotations, a relationship pair annotated ``Mapped[list["Posts"]]`` / ``Mapped[Users]`` with
``back_populates``, a timezone-aware timestamp with an index and a Python-side default of
``functools.partial(datetime.now, UTC)``, a foreign key by string. The module also holds the async
queries; aiohttp (for the application keys of ``typedefs.py``) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="aiohttp_blog",
    repo="aio-libs/aiohttp-demos",
    style="2.0 Mapped, relationship pair, partial() default, async queries beside the models",
    files=("demos/blog/aiohttpdemo_blog/db.py", "demos/blog/aiohttpdemo_blog/typedefs.py"),
    strip="demos/blog/",
    stubs={"aiohttpdemo_blog/__init__.py": ""},
    stub_roots=("*",),
    metadata="aiohttpdemo_blog.db:Base.metadata",
    imports=("aiohttpdemo_blog.db",),
    models="aiohttpdemo_blog",
    python=(3, 11),  # datetime.UTC
    line_length=90,  # the repository's flake8 max-line-length
    drift=(
        "ALTER TABLE posts RENAME COLUMN body TO content",
        "ALTER TABLE users ALTER COLUMN username TYPE varchar(128)",
        "ALTER TABLE posts ALTER COLUMN content DROP NOT NULL",
        "ALTER TABLE users ADD COLUMN display_name varchar(64)",
        "CREATE INDEX ix_posts_user_id ON posts (user_id)",
        "COMMENT ON COLUMN users.password_hash IS 'bcrypt hash of the password'",
        "ALTER TABLE posts ALTER COLUMN timestamp SET DEFAULT now()",
        "ALTER TABLE users DROP COLUMN email",
        "CREATE TABLE post_likes (id serial PRIMARY KEY, post_id integer NOT NULL REFERENCES posts (id),"
        " user_id integer NOT NULL REFERENCES users (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE posts RENAME TO blog_posts",
    ),
    dropped=("users.email",),
)
