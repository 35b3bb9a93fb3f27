"""papermerge/papermerge-core: SQLAlchemy 2.0 ``Mapped`` classes in one ``db/orm.py`` per feature
package (users, nodes, documents, tags, roles, groups, custom fields, audit...), gathered by a
``core/orm.py`` of imports; a plain mixin of audit columns (``created_at`` / ``updated_at`` with
Python-side ``default=utc_now``, ``created_by`` / ``updated_by`` foreign keys to ``users.id``,
deferrable) and an ownership mixin with ``@declared_attr``; joined-table inheritance
(``Folder`` and ``Document`` are ``Node``s), a ``Computed`` column, ``TSVECTOR`` and ``ARRAY``,
PostgreSQL's ``UUID`` / ``TIMESTAMP`` / ``JSONB`` under aliases (``UUID as PGUUID``), enums of
the project's ``types`` module, lengths from its ``constants``, and one ``server_default="now()"``
(a string: PostgreSQL freezes it when the table is made - a note, not an edit). The application's
other modules (``pathlib``'s path helpers, FastAPI) are permissive stubs. It showed two misreadings:
a new class took the bases of ``Document(Node)``, a joined-table subclass (``MediaBackup(Node)``,
which does not map), and the frozen default was written into the model."""

from recipe import Recipe

RECIPE = Recipe(
    name="papermerge",
    repo="papermerge/papermerge-core",
    style="2.0 Mapped, one orm.py per feature, audit and ownership mixins, joined-table inheritance",
    files=("papermerge/core/db/base.py", "papermerge/core/db/audit_cols.py", "papermerge/core/orm.py",
           "papermerge/core/features/*/db/orm.py", "papermerge/core/features/audit/types.py",
           "papermerge/core/types.py", "papermerge/core/constants.py", "papermerge/core/utils/tz.py"),
    stubs={"papermerge/core/pathlib.py": "def abs_docver_path(*args, **kwargs):\n    return None\n"},
    stub_roots=("*",),
    # what the project's migrations make before the tables: the two enums its columns say not to create
    # (``create_type=False``) and the two functions the generated columns of custom_field_values
    # call (of our own)
    prelude=(
        "CREATE TYPE owner_type_enum AS ENUM ('user', 'group')",
        "CREATE TYPE folder_type_enum AS ENUM ('home', 'inbox')",
        "CREATE FUNCTION jsonb_text_to_date(j jsonb) RETURNS date IMMUTABLE LANGUAGE sql"
        " AS $$ SELECT CASE WHEN jsonb_typeof(j) = 'string' THEN (j #>> '{}')::date END $$",
        "CREATE FUNCTION jsonb_text_to_timestamp(j jsonb) RETURNS timestamp IMMUTABLE LANGUAGE sql"
        " AS $$ SELECT CASE WHEN jsonb_typeof(j) = 'string' THEN (j #>> '{}')::timestamp END $$",
    ),
    # the generated columns say neither STORED nor VIRTUAL: virtual on PostgreSQL 18, where a virtual
    # column can neither call a function of the database's own nor be indexed (the project's
    # migrations make them stored); all five are made stored here
    fixes={"papermerge/core/features/custom_fields/db/orm.py": (
        ("Computed(\"(value->>'sortable')\")", "Computed(\"(value->>'sortable')\", persisted=True)"),
        ("value->'raw')\")", "value->'raw')\", persisted=True)"),
        ('        """),\n        nullable=True', '        """, persisted=True),\n        nullable=True'),
    )},
    metadata="papermerge.core.db.base:Base.metadata",
    imports=("papermerge.core.orm", "papermerge/core/features/*/db/orm.py"),
    models="papermerge/core",
    drift=(
        "ALTER TABLE tags RENAME COLUMN description TO notes",
        "ALTER TABLE custom_fields ALTER COLUMN name TYPE varchar(200)",
        "ALTER TABLE tags ALTER COLUMN fg_color SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_tags_name ON tags (name)",
        "COMMENT ON COLUMN tags.pinned IS 'shown first in the tag list'",
        "ALTER TABLE tags DROP COLUMN bg_color",
        "ALTER TABLE users ALTER COLUMN is_active SET DEFAULT false",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, document_id uuid NOT NULL REFERENCES documents (node_id),"
        " created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE api_tokens RENAME TO user_api_tokens",
    ),
    dropped=("tags.bg_color",),
    made_at_import=("papermerge.core.features.nodes.db.orm.Node.id",),  # insert_default=uuid.uuid4()
)
