"""bcgov/lcfs (British Columbia's Low Carbon Fuel Standard portal, FastAPI backend): 99 tables, one
class per module (``lcfs/db/models/<feature>/<ClassName>.py``) with star re-exports in each feature
package's ``__init__``; a ``declarative_base`` on a ``MetaData`` with a naming convention
(``ix`` / ``uq`` / ``ck`` / ``fk`` / ``pk``), every table on ``AbstractConcreteBase`` bases
(``BaseModel`` with ``server_default=text("now()")`` / ``onupdate=func.now()`` timestamps,
``Auditable`` with user defaults that are functions) plus plain abstract mixins (``EffectiveDates``,
``DisplayOrder``, ``Versioning`` with an ``Enum`` and a ``server_default=text("'CREATE'")``); a
comment on nearly every column and every table (``__table_args__`` as a dict or a tuple ending in
one), ``Table(...)`` association tables beside the classes, GIN-indexed JSONB, named CHECK and
multi-column unique constraints, PostgreSQL ``ENUM(..., create_type=False)`` types (made here by the
prelude, as the migrations make them), ``server_default="0"`` written as bare strings, and database
views mapped as classes on a ``declarative_base()`` of their own (not in the metadata). The web schema a
model imports is a permissive stub. It showed three misreadings: enum members written with an
annotation (``Draft: str = "Draft"``) are not read as members (type actions where nothing drifted);
``__table_args__`` assigned a second time as a tuple holding the first (a dict with the table's comment)
is "not understood" (a by-hand comment where nothing drifted); and a class generated for a new table
on ``BaseModel`` gets no ``__table_args__``, so it inherits the base's ``{"schema": "metadata"}`` and
maps ``metadata.document_tag`` (Alembic sees the table twice, the second plan adds the class again)."""

from recipe import Recipe

RECIPE = Recipe(
    name="lcfs",
    repo="bcgov/lcfs",
    style="FastAPI, one class per module, AbstractConcreteBase mixins, commented columns",
    files=("backend/lcfs/__init__.py", "backend/lcfs/db/__init__.py", "backend/lcfs/db/base.py",
           "backend/lcfs/db/models/*.py"),
    strip="backend/",
    stub_roots=("*",),
    # the enum types the models declare with ``create_type=False`` (the migrations make them)
    prelude=("CREATE TYPE audience_scope AS ENUM ('Director', 'Analyst', 'Compliance Manager')",
             "CREATE TYPE comment_visibility AS ENUM ('Internal', 'Public')",
             "CREATE TYPE transfer_comment_source_enum AS ENUM ('FROM_ORG', 'TO_ORG', 'GOVERNMENT')"),
    metadata="lcfs.db.base:Base.metadata",
    imports=("lcfs.db.models",),
    models="lcfs/db",
    line_length=88,  # black's default (its pyproject's isort profile)
    drift=(
        "ALTER TABLE forms RENAME COLUMN description TO details",
        "ALTER TABLE user_profile ALTER COLUMN first_name SET NOT NULL",
        "ALTER TABLE organization ALTER COLUMN phone TYPE varchar(100)",
        "ALTER TABLE document ADD COLUMN checksum varchar(64)",
        "ALTER TABLE organization ALTER COLUMN total_balance SET DEFAULT 100",
        "ALTER TABLE forms ALTER COLUMN allows_anonymous SET DEFAULT false",
        "DROP INDEX idx_forms_slug",
        "CREATE INDEX idx_forms_slug ON forms (lower(slug))",
        "CREATE INDEX ix_user_profile_active_email ON user_profile (email) WHERE is_active",
        "COMMENT ON COLUMN notification_message.type IS 'the kind of notification'",
        "ALTER TABLE notification_message DROP COLUMN is_warning",
        "CREATE TABLE document_tag (document_tag_id serial PRIMARY KEY,"
        " document_id integer NOT NULL REFERENCES document (document_id) ON DELETE CASCADE,"
        " tag varchar(50) NOT NULL, create_date timestamptz DEFAULT now())",
        "ALTER TABLE login_bg_image RENAME TO login_background_image",
    ),
    dropped=("notification_message.is_warning",),
)
