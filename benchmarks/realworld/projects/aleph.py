"""alephdata/aleph: Flask-SQLAlchemy models on plain mixin classes (``class IdModel(object)``,
``SoftDeleteModel(DatedModel)`` giving ``created_at`` / ``updated_at`` / ``deleted_at`` with
Python-side defaults), a membership ``db.Table`` beside the classes, ``ARRAY(db.Unicode())``
columns with ``default=[]``, an ``Enum(*TYPES, name=...)`` made from a module constant, the
package ``__init__`` importing every model. ``aleph.core`` (the Flask app, holding ``db``) is a
stub of ours; followthemoney, normality, banal and the settings are stubs."""

from recipe import Recipe

CORE = "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\ncache = None\n"

RECIPE = Recipe(
    name="aleph",
    repo="alephdata/aleph",
    style="Flask-SQLAlchemy, object mixins, ARRAY columns",
    files=("aleph/model/*.py",),
    stubs={"aleph/__init__.py": "", "aleph/core.py": CORE},
    stub_roots=("*",),
    metadata="aleph.core:db.metadata",
    imports=("aleph.model",),
    models="aleph/model",
    drift=(
        "ALTER TABLE role RENAME COLUMN locale TO preferred_locale",
        "ALTER TABLE collection ALTER COLUMN publisher TYPE varchar(500)",
        "ALTER TABLE collection ALTER COLUMN label SET NOT NULL",
        "ALTER TABLE role ADD COLUMN avatar_url text",
        "CREATE INDEX ix_collection_category ON collection (category)",
        "COMMENT ON COLUMN role.api_key_digest IS 'sha256 of the key'",
        "ALTER TABLE role DROP COLUMN reset_token",
        "ALTER TABLE collection ALTER COLUMN restricted SET DEFAULT false",
        "CREATE TABLE collection_note (id serial PRIMARY KEY,"
        " collection_id integer NOT NULL REFERENCES collection (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE collection RENAME TO collection_v2",
    ),
    dropped=("role.reset_token",),
)
