"""ckan/ckanext-pages (CKAN's extension of static pages and blog posts): one classic declarative class
on CKAN's ``BaseModel`` (``from ckan.plugins.toolkit import BaseModel`` in a ``try``, with a fallback
``declarative_base(metadata=...)`` on CKAN's ``MetaData`` in the ``except ImportError``) mixed with a
plain ``DomainObject`` base, a ``types.UnicodeText`` key with a Python-side ``default=make_uuid`` (a
module function returning ``six.text_type(uuid.uuid4())``), Python-side string, boolean and
``datetime.datetime.utcnow`` defaults, a column named ``order``, a JSONB column through
``MutableDict.as_mutable(JSONB)`` with the string default ``u'{}'``, no foreign key. CKAN's modules the
model imports (its metadata, ``DomainObject`` and the extensions' ``BaseModel``) are small stubs of ours."""

from recipe import Recipe

# CKAN's metadata and session (ours)
_META = """from sqlalchemy import MetaData
from sqlalchemy.orm import scoped_session, sessionmaker

metadata = MetaData()
Session = scoped_session(sessionmaker())
"""

# CKAN >= 2.10's declarative base of extensions, on CKAN's metadata (ours)
_TOOLKIT = """from sqlalchemy.orm import declarative_base

from ckan.model.meta import metadata

BaseModel = declarative_base(metadata=metadata)
"""

_DOMAIN_OBJECT = """class DomainObject:
    def save(self):
        pass
"""

RECIPE = Recipe(
    name="ckanext_pages",
    repo="ckan/ckanext-pages",
    style="classic declarative on CKAN's BaseModel and DomainObject, one table, JSONB MutableDict",
    files=("ckanext/pages/db.py",),
    stubs={"ckan/__init__.py": "", "ckan/model/__init__.py": "from ckan.model.meta import Session  # noqa: F401\n",
           "ckan/model/meta.py": _META, "ckan/model/domain_object.py": _DOMAIN_OBJECT,
           "ckan/plugins/__init__.py": "", "ckan/plugins/toolkit.py": _TOOLKIT},
    metadata="ckan.model.meta:metadata",
    imports=("ckanext.pages.db",),
    models="ckanext/pages",
    drift=(
        "ALTER TABLE ckanext_pages RENAME COLUMN publish_date TO published_at",
        "ALTER TABLE ckanext_pages ALTER COLUMN lang TYPE varchar(8)",
        "ALTER TABLE ckanext_pages ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE ckanext_pages ADD COLUMN image_url text",
        "CREATE INDEX idx_ckanext_pages_name ON ckanext_pages (name)",
        "COMMENT ON COLUMN ckanext_pages.content IS 'the page body, as the editor saved it'",
        "ALTER TABLE ckanext_pages ALTER COLUMN private SET DEFAULT true",
        "ALTER TABLE ckanext_pages DROP COLUMN user_id",
        "CREATE TABLE ckanext_pages_tag (id text PRIMARY KEY, page_id text NOT NULL REFERENCES ckanext_pages (id),"
        " tag text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE ckanext_pages ALTER COLUMN title SET NOT NULL",
        "ALTER TABLE ckanext_pages RENAME TO pages",
    ),
    dropped=("ckanext_pages.user_id",),
    note="no named enum in the models (no ADD VALUE in the drift)",
)
