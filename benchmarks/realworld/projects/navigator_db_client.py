"""climatepolicyradar/navigator-db-client (the shared database package of Climate Policy Radar's
law-and-policy search: families of documents, collections, events, corpora, organisations) - 22
tables of classic ``sa.Column`` declarative classes on SQLAlchemy 1.4 (the project's pin is <2.0),
in a package per part of the schema. The base is made by a function (``registry().generate_base()``)
that sets a naming convention on its metadata (``ix_%(column_0_label)s``, ``uq_%(table_name)s__...``
with double underscores, ``pk_%(table_name)s``) and replaces ``__repr__``. PostgreSQL-only types
throughout: ``postgresql.JSONB`` metadata columns, ``postgresql.ARRAY(postgresql.JSONB)`` with a
Python-side ``default=[]``, native ENUM types from ``sa.Enum(SomeStrEnum)`` (labels are the members'
names); ``server_default=sa.func.now()`` timestamps with ``onupdate``, a string ``server_default="0"``,
a CHECK of ``num_nonnulls(...) = 1``, and - the unusual part - composite primary keys written as a bare
``sa.PrimaryKeyConstraint(col_a, col_b)`` expression statement in the class body (never assigned: the
constraint attaches itself through its Column objects), beside one in ``__table_args__`` that repeats
a ``primary_key=True`` column. Keys are ``sa.ForeignKey(OtherClass.attribute)`` with the column type
left to the key; a ``__allow_unmapped__`` class annotates relationships with ``list["X"]``. Nothing of
the application is imported: the package is laid out whole (its ``__init__`` replaced by ours)."""

from recipe import Recipe

RECIPE = Recipe(
    name="navigator_db_client",
    repo="climatepolicyradar/navigator-db-client",
    style="1.4 sa.Column, base from a function, bare PrimaryKeyConstraint statements, PG enums/JSONB/ARRAY",
    files=("db_client/models/*.py", "db_client/models/*/*.py"),
    stubs={"db_client/__init__.py": ""},
    metadata="db_client.models.base:Base.metadata",
    imports=("db_client.models",),
    models="db_client/models",
    line_length=88,  # black (its .trunk/trunk.yaml), default settings
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "pydantic>=2"),
    drift=(
        "ALTER TABLE organisation RENAME COLUMN display_name TO label",
        "ALTER TABLE corpus ALTER COLUMN corpus_image_url SET NOT NULL",
        "CREATE TABLE family_note (id serial PRIMARY KEY,"
        " family_import_id text NOT NULL REFERENCES family (import_id) ON DELETE CASCADE,"
        " body text NOT NULL, created timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE geo_statistics ALTER COLUMN global_emissions_percent TYPE numeric(6, 3)"
        " USING global_emissions_percent::numeric",
        "ALTER TABLE physical_document DROP COLUMN content_type",
        "CREATE INDEX ix_family_event_date ON family_event (date)",
        "COMMENT ON COLUMN family.concepts IS 'knowledge-graph concepts, one JSON object each'",
        "ALTER TABLE app_user ALTER COLUMN is_superuser SET DEFAULT false",
        "ALTER TABLE corpus ADD COLUMN languages text[] NOT NULL DEFAULT '{}'",
        "ALTER TABLE entity_counter ALTER COLUMN counter SET DEFAULT 1",
        "COMMENT ON TABLE slug IS 'URL identifiers of families, documents and collections'",
        "ALTER TYPE familycategory ADD VALUE 'GUIDANCE'",
        "ALTER TABLE variant RENAME TO document_variant",
    ),
    dropped=("physical_document.content_type",),
    note=("the no-drift actions: the composite keys written as bare ``sa.PrimaryKeyConstraint(a, b)`` statements "
          "in class bodies are not read (12 primary-key actions and a nullable one where nothing drifted; apply "
          "adds ``primary_key=True`` to the columns and keeps the statement); the enum's new label is a by-hand "
          "item; after the variant rename create_all from the edited models names its key pk_document_variant "
          "where the database kept pk_variant (checks cannot see it)"),
)
