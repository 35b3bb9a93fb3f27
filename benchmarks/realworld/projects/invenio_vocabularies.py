"""inveniosoftware/invenio-vocabularies (the controlled vocabularies of InvenioRDM: languages, licences,
subjects, names, affiliations, funders, awards): Flask-SQLAlchemy models on invenio-db's ``db``
(``db.Timestamp``, read from the installed library) deriving from ``db.Model``: a table of vocabulary types
with a unique ``String(255)``, a composite primary key of two strings, and a class whose body is a
``__tablename__`` alone, all its columns (a UUID key, a JSONB ``with_variant`` document, a version counter
in ``__mapper_args__``, the timestamps) coming from invenio-records' ``RecordMetadataBase`` (not installed
where schema-inspector runs: a small stub of ours, read with the models). The five ``contrib`` tables
(``name_metadata``, ``affiliation_metadata``...) are made at import by invenio-records-resources'
``RecordTypeFactory`` (``AffiliationsMetadata = record_type.model_cls``, a class built with ``type()``):
not laid out, the reader cannot see them."""

from recipe import INVENIO_LIBRARY_STUBS, Recipe

RECIPE = Recipe(
    name="invenio_vocabularies",
    repo="inveniosoftware/invenio-vocabularies",
    style="Flask-SQLAlchemy on invenio-db, a class of an other library's base columns only",
    files=("invenio_vocabularies/records/models.py",),
    # (every other directory of the layout gets an empty __init__.py)
    stubs={"invenio_records/models.py": INVENIO_LIBRARY_STUBS["invenio_records/models.py"]},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_vocabularies.records.models",),
    models="invenio_vocabularies",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE vocabularies_schemes RENAME COLUMN uri TO base_uri",
        "ALTER TABLE vocabularies_types ALTER COLUMN pid_type TYPE varchar(512)",
        "ALTER TABLE vocabularies_types ALTER COLUMN pid_type SET NOT NULL",
        "ALTER TABLE vocabularies_types ADD COLUMN description text",
        "CREATE INDEX ix_vocabularies_schemes_parent_id ON vocabularies_schemes (parent_id)",
        "COMMENT ON COLUMN vocabularies_types.id IS 'the vocabulary type, e.g. languages'",
        "ALTER TABLE vocabularies_schemes ALTER COLUMN parent_id SET DEFAULT 'subjects'",
        "ALTER TABLE vocabularies_schemes DROP COLUMN name",
        "CREATE TABLE vocabularies_type_aliases (id serial PRIMARY KEY, type_id varchar(255) NOT NULL"
        " REFERENCES vocabularies_types (id), alias varchar(255) NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE vocabularies_metadata RENAME TO vocabularies_records",
    ),
    dropped=("vocabularies_schemes.name",),
    note="no named enum in the models: no ADD VALUE in the drift; the five contrib tables are made at import",
)
