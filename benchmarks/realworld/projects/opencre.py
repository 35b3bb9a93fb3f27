"""OWASP/OpenCRE (the Common Requirement Enumeration, linking security standards): Flask-SQLAlchemy
models in one 3,400-line module of queries, graph code (neomodel's ``StructuredNode`` classes) and
gap analysis, on ``SQLAlchemy(metadata=MetaData(naming_convention=...))`` made in the package's
``__init__`` and imported relatively (``from .. import sqla``), the model base aliased
(``BaseModel: DefaultMeta = sqla.Model``), string keys with a Python-side ``generate_uuid`` default,
attributes named apart from their columns (``metadata_json = sqla.Column("document_metadata", ...)``),
``UniqueConstraint``s of the class's own column objects, a CHECK named with spaces and quotes,
composite keys of two foreign keys, ``JSON().with_variant(JSONB, "postgresql")``, ``lambda``
defaults. neo4j, neomodel, networkx, flask-cors / -caching / -compress and the application's other
modules are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="opencre",
    repo="OWASP/OpenCRE",
    style="Flask-SQLAlchemy in a large module, naming convention, relative import of the db object",
    files=("application/__init__.py", "application/database/__init__.py", "application/database/db.py",
           "application/defs/__init__.py", "application/defs/cre_defs.py", "application/defs/cre_exceptions.py"),
    stub_roots=("*",),
    metadata="application:sqla.metadata",
    imports=("application.database.db",),
    models="application/database",
    drift=(
        "ALTER TABLE node RENAME COLUMN section_id TO section_ref",
        "ALTER TABLE import_run ALTER COLUMN source TYPE varchar(255)",
        "ALTER TABLE cre ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_embeddings_doc_type ON embeddings (doc_type)",
        "COMMENT ON COLUMN cre.external_id IS 'the CRE id shown to people (123-456)'",
        "ALTER TABLE staged_change_set ALTER COLUMN staging_status SET DEFAULT 'pending_review'",
        "ALTER TABLE knowledge_queue DROP COLUMN llm_reasoning",
        "CREATE TABLE cre_notes (id serial PRIMARY KEY, cre_id varchar NOT NULL REFERENCES cre (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE gap_analysis_results RENAME TO gap_analysis_cache",
    ),
    dropped=("knowledge_queue.llm_reasoning",),
)
