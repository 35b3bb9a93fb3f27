"""ckan/ckanext-harvest (CKAN's extension that harvests datasets from remote catalogues): classic
declarative classes on CKAN's ``BaseModel`` (``from ckan.plugins.toolkit import BaseModel``, a
``declarative_base(metadata=...)`` on CKAN's own ``MetaData``) mixed with a plain ``DomainObject``
base, every key ``types.UnicodeText`` with a Python-side ``default=make_uuid``, a foreign key to
CKAN's ``package`` table (``deferrable=True``), ``Index("harvest_job_id")`` class attributes that name
no column (indexes on no table, which ``create_all`` never makes), a named ``types.Enum`` of string
labels, ``backref(...)`` relationships. CKAN's modules the models import (its metadata, session,
``DomainObject``, ``make_uuid`` and the ``package`` table, its key only) are small stubs of ours."""

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

# CKAN's table of datasets, its key only (ours)
_PACKAGE = """from sqlalchemy import Column, types

from ckan.plugins.toolkit import BaseModel


class Package(BaseModel):
    __tablename__ = "package"

    id = Column(types.UnicodeText, primary_key=True)
"""

_TYPES = """import uuid


def make_uuid():
    return str(uuid.uuid4())
"""

_DOMAIN_OBJECT = """class DomainObject:
    def save(self):
        pass
"""

RECIPE = Recipe(
    name="ckanext_harvest",
    repo="ckan/ckanext-harvest",
    style="classic declarative on CKAN's BaseModel, UnicodeText keys, a named enum",
    files=("ckanext/harvest/model/__init__.py",),
    stubs={"ckan/__init__.py": "", "ckan/model/__init__.py": "", "ckan/model/meta.py": _META,
           "ckan/model/types.py": _TYPES, "ckan/model/domain_object.py": _DOMAIN_OBJECT,
           "ckan/model/package.py": _PACKAGE, "ckan/plugins/__init__.py": "", "ckan/plugins/toolkit.py": _TOOLKIT},
    metadata="ckan.model.meta:metadata",
    imports=("ckanext.harvest.model",),
    # the stub of CKAN's ``package`` is read with the models: outside the scanned path its table would
    # get a class of its own
    models=".",
    line_length=88,
    drift=(
        "ALTER TABLE harvest_source RENAME COLUMN publisher_id TO organization_id",
        "ALTER TABLE harvest_object ALTER COLUMN retry_times TYPE bigint",
        "ALTER TABLE harvest_job ALTER COLUMN source_id SET NOT NULL",
        "ALTER TABLE harvest_source ADD COLUMN last_error_at timestamp",
        "CREATE INDEX idx_harvest_object_state ON harvest_object (state)",
        "COMMENT ON COLUMN harvest_object.guid IS 'the dataset''s identity at the source'",
        "ALTER TABLE harvest_source ALTER COLUMN frequency SET DEFAULT 'MANUAL'",
        "ALTER TABLE harvest_object_error DROP COLUMN line",
        "CREATE TABLE harvest_source_note (id text PRIMARY KEY, harvest_source_id text NOT NULL"
        " REFERENCES harvest_source (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE harvest_gather_error RENAME TO harvest_gather_failure",
        "ALTER TYPE log_level ADD VALUE 'TRACE'",
    ),
    dropped=("harvest_object_error.line",),
)
