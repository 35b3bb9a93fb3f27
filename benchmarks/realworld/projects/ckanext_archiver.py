"""ckan/ckanext-archiver (CKAN's extension that downloads and caches datasets' resources and
records which links are broken): one classic declarative class on a module's own
``declarative_base()`` (imported from the legacy ``sqlalchemy.ext.declarative``), beside an unused
``MetaData()`` of the same module; ``types.UnicodeText`` columns and key with a Python-side
``default=make_uuid`` (a module function), ``index=True`` columns, Python-side ``default=0`` and
``default=datetime.now``, no foreign key (to CKAN's tables or any). CKAN's modules the model imports
(``ckan.model``, ``ckan.lib.dictization``, used in methods only) are empty stubs of ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="ckanext_archiver",
    repo="ckan/ckanext-archiver",
    style="classic declarative, one table, UnicodeText keys",
    files=("ckanext/archiver/model.py",),
    stubs={"ckan/__init__.py": "", "ckan/model/__init__.py": "", "ckan/lib/__init__.py": "",
           "ckan/lib/dictization.py": ""},
    metadata="ckanext.archiver.model:Base.metadata",
    imports=("ckanext.archiver.model",),
    models="ckanext/archiver",
    drift=(
        "ALTER TABLE archival RENAME COLUMN url_redirected_to TO redirect_url",
        "ALTER TABLE archival ALTER COLUMN status_id TYPE bigint",
        "ALTER TABLE archival ALTER COLUMN created SET NOT NULL",
        "ALTER TABLE archival ADD COLUMN archived_by text",
        "CREATE INDEX idx_archival_status_id ON archival (status_id)",
        "COMMENT ON COLUMN archival.cache_url IS 'where the cached copy is served'",
        "ALTER TABLE archival ALTER COLUMN failure_count SET DEFAULT 0",
        "ALTER TABLE archival DROP COLUMN etag",
        "CREATE TABLE archival_attempt (id text PRIMARY KEY, archival_id text NOT NULL REFERENCES archival (id),"
        " status_id integer, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE archival RENAME TO resource_archival",
    ),
    dropped=("archival.etag",),
    note="no named enum in the models (no ADD VALUE in the drift)",
)
