"""release-engineering/exodus-gw: SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` on a
``DeclarativeBase`` in a FastAPI service, ``Uuid(as_uuid=False)`` keys with Python-side
``default=lambda: str(uuid.uuid4())``, ``Mapped[datetime | None]`` (PEP 604 unions), a project
``TypeDecorator[datetime]`` written called and not (``UTCDateTime()`` / ``UTCDateTime``), ``JSONB``
bodies, ``@compiles`` shims for SQLite in a module the package imports first, and a line length
of 79. The app's settings and schemas are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="exodus-gw",
    repo="release-engineering/exodus-gw",
    style="2.0 Mapped, Uuid keys, project TypeDecorator",
    files=("exodus_gw/models/*.py", "exodus_gw/types.py"),
    stubs={"exodus_gw/__init__.py": ""},
    stub_roots=("*",),
    metadata="exodus_gw.models:Base.metadata",
    imports=("exodus_gw.models",),
    models="exodus_gw/models",
    line_length=79,
    drift=(
        "ALTER TABLE items RENAME COLUMN content_type TO media_type",
        "ALTER TABLE publishes ALTER COLUMN env TYPE varchar(64)",
        "ALTER TABLE items ALTER COLUMN object_key SET NOT NULL",
        "ALTER TABLE tasks ADD COLUMN worker varchar(200)",
        "CREATE INDEX ix_items_web_uri ON items (web_uri)",
        "COMMENT ON COLUMN publishes.state IS 'PENDING, COMMITTING, COMMITTED or FAILED'",
        "ALTER TABLE items DROP COLUMN link_to",
        "ALTER TABLE items ALTER COLUMN dirty SET DEFAULT true",
        "CREATE TABLE publish_notes (id serial PRIMARY KEY, publish_id uuid NOT NULL REFERENCES publishes (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE publishes RENAME TO publish",
    ),
    dropped=("items.link_to",),
)
