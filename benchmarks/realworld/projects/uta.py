"""biocommons/uta: classic declarative through ``import sqlalchemy as sa`` in a schema of its own,
named by a module constant chosen by a flag (``if use_schema: schema_name = "uta" else:
schema_name = None``, ``declarative_base(metadata=sa.MetaData(schema=schema_name))``), foreign keys
with ``onupdate``/``ondelete`` cascades on text keys, Python-side defaults computed by functions of
the row's other values (``default=_seq_hash``), CHECK constraints, a string server default on a
text column (``server_default='1'``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="uta",
    repo="biocommons/uta",
    style="classic declarative in a schema named by a flag-chosen constant",
    files=("src/uta/models.py",),
    strip="src/",
    stubs={"uta/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE SCHEMA uta",),
    metadata="uta.models:Base.metadata",
    imports=("uta.models",),
    models="uta",
    line_length=100,
    schemas=("uta",),
    drift=(
        "ALTER TABLE uta.gene RENAME COLUMN maploc TO map_location",
        "ALTER TABLE uta.seq_anno ALTER COLUMN ac TYPE varchar(64)",
        "ALTER TABLE uta.gene ALTER COLUMN summary SET NOT NULL",
        "ALTER TABLE uta.origin ADD COLUMN license text",
        "CREATE INDEX ix_uta_transcript_codon_table ON uta.transcript (codon_table)",
        "COMMENT ON COLUMN uta.meta.value IS 'the setting''s value'",
        "ALTER TABLE uta.gene DROP COLUMN xrefs",
        "ALTER TABLE uta.origin ALTER COLUMN descr SET DEFAULT ''",
        "CREATE TABLE uta.gene_note (id serial PRIMARY KEY, gene_id text NOT NULL REFERENCES uta.gene (gene_id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("gene.xrefs",),
)
