"""habralab/sapphire-team-back (Collabry, Habr's platform for finding people for pet projects, FastAPI
services over one database; the ``collabry/database`` package): SQLAlchemy 2.0 ``Mapped`` classes on a
``DeclarativeBase`` whose ``type_annotation_map`` makes every ``datetime`` a ``timestamptz`` and every
``dict[str, Any]`` JSON, so most columns are an annotation alone (``name: Mapped[str]``) or a
``mapped_column`` without a type; a pydantic constrained type as the annotation
(``Mapped[PositiveInt | None]``: ``Annotated[int, ...]``, an integer), a key column annotated ``str`` whose
type comes from the uuid key it references, composite primary keys of two foreign keys, Python-side
``now`` defaults and ``onupdate`` from a helper module, native PostgreSQL enums of ``str`` enums,
``postgresql_using="hash"`` indexes named ``<table>__<column>_idx``, ``primaryjoin`` strings. Nothing of
the application is imported: the files are laid out as they are."""

from recipe import Recipe

RECIPE = Recipe(
    name="collabry",
    repo="habralab/sapphire-team-back",
    style="2.0 Mapped, type_annotation_map, annotation-only columns, hash indexes",
    files=("collabry/database/models/*.py",),
    stubs={"collabry/__init__.py": "", "collabry/database/__init__.py": ""},
    metadata="collabry.database.models:Base.metadata",
    imports=("collabry.database.models",),
    models="collabry/database/models",
    line_length=100,  # .pylintrc max-line-length
    drift=(
        "ALTER TABLE projects RENAME COLUMN startline TO starts_at",
        "ALTER TABLE users ALTER COLUMN first_name SET NOT NULL",
        "CREATE TABLE project_links (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id),"
        " url varchar(512) NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE messages ALTER COLUMN text TYPE varchar(4096)",
        "ALTER TABLE users DROP COLUMN telegram",
        "CREATE INDEX notifications__recipient_id_idx ON notifications USING hash (recipient_id)",
        "COMMENT ON COLUMN reviews.rate IS 'from 1 to 5'",
        "ALTER TABLE notifications ALTER COLUMN is_read SET DEFAULT false",
        "ALTER TABLE profiles ADD COLUMN city varchar(128)",
        "COMMENT ON TABLE chats IS 'personal and project chats'",
        "ALTER TABLE skills ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE specializations ALTER COLUMN habr_id TYPE bigint",
        "ALTER TABLE specialization_groups RENAME TO specialization_categories",
    ),
    dropped=("users.telegram",),
)
