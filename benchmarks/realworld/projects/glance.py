"""openstack/glance: two declarative bases in two modules, each with its own ``MetaData``
(``BASE = declarative_base()`` for the images, ``BASE_DICT = declarative_base(cls=DictionaryBase)``
for the metadata definitions), mixins from oslo.db read from the installed library
(``models.ModelBase``, ``models.TimestampMixin``: ``pip install oslo.db`` where this runs), a
``JSONEncodedDict`` TypeDecorator imported by the second module from the first,
``BigInteger().with_variant(Integer, "sqlite")``. One stub of ours gathers both metadatas for
``create_all`` and Alembic."""

from recipe import Recipe

BOTH = """from sqlalchemy import MetaData

from glance.db.sqlalchemy import models, models_metadef

metadata = MetaData()
for base in (models.BASE, models_metadef.BASE_DICT):
    for table in base.metadata.sorted_tables:
        table.to_metadata(metadata)
"""

RECIPE = Recipe(
    name="glance",
    repo="openstack/glance",
    style="classic declarative, two bases with their own MetaData, library mixins",
    files=("glance/db/sqlalchemy/models.py", "glance/db/sqlalchemy/models_metadef.py"),
    stubs={"glance/__init__.py": "", "glance/db/__init__.py": "", "glance/db/sqlalchemy/__init__.py": "",
           "glance_metadata.py": BOTH},
    stub_roots=("*",),
    metadata="glance_metadata:metadata",
    imports=("glance.db.sqlalchemy.models", "glance.db.sqlalchemy.models_metadef"),
    models="glance/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE images RENAME COLUMN virtual_size TO expanded_size",
        "ALTER TABLE image_properties ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE tasks ALTER COLUMN owner SET NOT NULL",
        "ALTER TABLE image_locations ADD COLUMN store varchar(255)",
        "CREATE INDEX ix_metadef_tags_created_at ON metadef_tags (created_at)",
        "COMMENT ON COLUMN images.checksum IS 'md5 of the image data'",
        "ALTER TABLE metadef_namespaces ALTER COLUMN protected SET DEFAULT false",
        "ALTER TABLE images DROP COLUMN min_ram",
        "CREATE TABLE image_notes (id serial PRIMARY KEY, image_id varchar(36) NOT NULL REFERENCES images (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE images RENAME TO images_v2",
    ),
    dropped=("images.min_ram",),
)
