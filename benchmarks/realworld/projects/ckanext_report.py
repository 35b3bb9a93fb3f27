"""ckan/ckanext-report (CKAN's extension of cached reports): one ``Table`` on a module's own
``MetaData()`` mapped by classic ``mapper(DataCache, data_cache_table)``, ``types.UnicodeText`` key
with a Python-side ``default=model.types.make_uuid`` of CKAN's, an ``index=True`` column and a
module-level ``Index(..., data_cache_table.c.object_id, data_cache_table.c.key)`` after the table.
CKAN's modules the model imports (``ckan.model`` with ``meta`` and ``types``) are small stubs of ours.
It showed a misreading, mended since: with ``value`` renamed, ``created`` dropped and ``expires_at``
added, the drop was left undecided ("expires_at keeps the place of created"): the renamed column's
place, which PostgreSQL keeps, was not counted among the neighbours."""

from recipe import Recipe

RECIPE = Recipe(
    name="ckanext_report",
    repo="ckan/ckanext-report",
    style="Table + classic mapper(), one table",
    files=("ckanext/report/model.py",),
    stubs={"ckan/__init__.py": "",
           "ckan/model/__init__.py": "from ckan.model import meta, types  # noqa: F401\n",
           "ckan/model/meta.py": "engine = None\n",
           "ckan/model/types.py": "import uuid\n\n\ndef make_uuid():\n    return str(uuid.uuid4())\n"},
    metadata="ckanext.report.model:metadata",
    imports=("ckanext.report.model",),
    models="ckanext/report",
    drift=(
        "ALTER TABLE data_cache RENAME COLUMN value TO cached_value",
        "ALTER TABLE data_cache ALTER COLUMN key TYPE varchar(200)",
        "ALTER TABLE data_cache ALTER COLUMN object_id SET NOT NULL",
        "ALTER TABLE data_cache ADD COLUMN expires_at timestamp",
        "CREATE INDEX idx_data_cache_key ON data_cache (key)",
        "COMMENT ON COLUMN data_cache.key IS 'what the value is of'",
        "ALTER TABLE data_cache ALTER COLUMN key SET DEFAULT ''",
        "ALTER TABLE data_cache DROP COLUMN created",
        "CREATE TABLE data_cache_note (id serial PRIMARY KEY, data_cache_id text NOT NULL REFERENCES data_cache (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE data_cache RENAME TO report_data_cache",
    ),
    dropped=("data_cache.created",),
    note="no named enum in the models (no ADD VALUE in the drift)",
)
