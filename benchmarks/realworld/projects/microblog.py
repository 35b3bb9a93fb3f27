"""miguelgrinberg/microblog: Flask-SQLAlchemy with SQLAlchemy 2.0 annotations through module
aliases (``import sqlalchemy as sa``, ``import sqlalchemy.orm as so``: ``so.Mapped[...] =
so.mapped_column(sa.String(64))``), table names Flask-SQLAlchemy derives from the class names,
annotation-only columns, a ``sa.Table`` association table on ``db.metadata``, foreign keys to
``User.id``. The app's other modules and its services (flask_login, redis, rq, elasticsearch...)
are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="microblog",
    repo="miguelgrinberg/microblog",
    style="Flask-SQLAlchemy, so.Mapped aliases",
    files=("app/models.py", "app/__init__.py"),
    stub_roots=("app", "config", "*"),
    metadata="app:db.metadata",
    imports=("app.models",),
    models="app",
    drift=(
        'ALTER TABLE "user" RENAME COLUMN about_me TO bio',
        "ALTER TABLE post ALTER COLUMN body TYPE varchar(280)",
        "ALTER TABLE task ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE post ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "CREATE INDEX ix_post_language ON post (language)",
        "COMMENT ON COLUMN notification.payload_json IS 'JSON payload'",
        'ALTER TABLE "user" DROP COLUMN token_expiration',
        "ALTER TABLE task ALTER COLUMN complete SET DEFAULT false",
        'CREATE TABLE "like" (user_id integer NOT NULL REFERENCES "user" (id), post_id integer NOT NULL'
        " REFERENCES post (id), PRIMARY KEY (user_id, post_id))",
        "ALTER TABLE message ALTER COLUMN body TYPE text",
        "ALTER TABLE post RENAME TO post_v2",
    ),
    dropped=('user.token_expiration',),
)
