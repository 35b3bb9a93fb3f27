"""dfir-iris/iris-web: Flask-SQLAlchemy's ``db.Model`` with SQLAlchemy's own ``Column`` and types
imported one per line, 80 tables in four modules that import one another (``from
app.models.models import *``), ``Column(ForeignKey('user.id'))`` without a type, server-side UUIDs
(``server_default=text("gen_random_uuid()")``), ``Table`` association objects on a second
``declarative_base()``'s metadata, ``Sequence``s, JSON and JSONB. The app package's ``__init__`` (the
Flask app and its configuration) is a stub of our own that makes ``app`` and ``db``."""

from recipe import Recipe

RECIPE = Recipe(
    name="iris",
    repo="dfir-iris/iris-web",
    style="Flask-SQLAlchemy db.Model with SQLAlchemy's Column, four modules",
    files=("source/app/models/*.py",),
    strip="source/",
    stubs={"app/__init__.py": ("from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
                               "app = Flask(__name__)\ndb = SQLAlchemy()\n")},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.models", "app.models.authorization", "app.models.alerts"),
    models="app/models",
    line_length=120,
    drift=(
        "ALTER TABLE client RENAME COLUMN sla TO service_level",
        "ALTER TABLE ioc ALTER COLUMN ioc_tags TYPE varchar(1024)",
        "ALTER TABLE assets_type ALTER COLUMN asset_name SET NOT NULL",
        "ALTER TABLE client ADD COLUMN website varchar(255)",
        "CREATE INDEX ix_ioc_ioc_type_id ON ioc (ioc_type_id)",
        "COMMENT ON COLUMN client.description IS 'what the client does'",
        "ALTER TABLE ioc DROP COLUMN ioc_misp",
        "ALTER TABLE assets_type ALTER COLUMN asset_description SET DEFAULT ''",
        "CREATE TABLE client_notes (id serial PRIMARY KEY, client_id bigint NOT NULL REFERENCES client (client_id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE client RENAME TO client_v2",
    ),
    dropped=("ioc.ioc_misp",),
)
