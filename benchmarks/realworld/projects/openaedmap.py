"""openstreetmap-polska/openaedmap-backend (the backend of OpenAEDMap, a map of the automated external
defibrillators mapped in OpenStreetMap, with user photos and reports of them; PostgreSQL with PostGIS)
- 5 tables of SQLAlchemy 2.0 native dataclasses: ``class Base(MappedAsDataclass, DeclarativeBase,
kw_only=True)`` and a ``CreatedAtMixin(MappedAsDataclass)`` (not a declarative class, mixed in after
the base) whose ``created_at`` is ``mapped_column(TIMESTAMP(True), init=False, nullable=False,
server_default=func.statement_timestamp())``. One module per table, each ``mapped_column`` laid out one
argument a line with ``nullable=`` always written, ``init=False`` on the generated keys with a Python
``default=lambda: secrets.token_urlsafe(16)``, ``default=None`` on a nullable ``ARRAY(Unicode(8),
dimensions=1)``; a ``ForeignKey(Photo.id)`` naming the other class's attribute, not a string;
``__table_args__`` indexes given the class body's own column objects (``Index('aed_position_idx',
position, postgresql_using='gist')``) beside one given a mixin column by name; ``Unicode`` with and
without length; ``Mapped[dict[str, str]]`` over ``JSONB``; PostGIS geometry columns of the project's
own ``UserDefinedType``\\ s annotated with shapely classes. The package's ``__init__`` lists its
modules with a glob. The geometry types, shapely's classes and the configuration module are stubs of
our own (the embedded server has no PostGIS: a point is a ``point``, a polygon a ``polygon``, both of
which GiST indexes). It showed a key column without a type of its own (``mapped_column(ForeignKey(Photo.id))``)
left to take its target's new type when the database widened the target only; the plan now writes
its own type beside (8/8)."""

from recipe import Recipe

# the project's PostGIS types (ours): ``get_col_spec`` of built-in geometric types GiST can index
GEOMETRY = '''from sqlalchemy.types import UserDefinedType


class _GeometryType(UserDefinedType):
    cache_ok = True
    col_spec = "polygon"

    def get_col_spec(self, **kw):
        return self.col_spec


class PointType(_GeometryType):
    col_spec = "point"


class PolygonType(_GeometryType):
    pass


class GeometryType(_GeometryType):
    pass
'''

# the shapely classes the annotations name (ours)
SHAPELY = '''class BaseGeometry:
    pass


class Point(BaseGeometry):
    pass


class Polygon(BaseGeometry):
    pass


class MultiPolygon(BaseGeometry):
    pass
'''

RECIPE = Recipe(
    name="openaedmap",
    repo="openstreetmap-polska/openaedmap-backend",
    style="2.0 MappedAsDataclass kw_only base + MappedAsDataclass mixin with init=False server_default",
    files=("models/db/*.py",),
    stubs={"models/__init__.py": "",
           "models/geometry.py": GEOMETRY,
           "shapely/__init__.py": SHAPELY,
           "config.py": "from pathlib import Path\n\nPHOTOS_DIR = Path('/tmp/openaedmap-photos')\n"},
    metadata="models.db.base:Base.metadata",
    imports=("models.db.aed", "models.db.country", "models.db.photo", "models.db.photo_report",
             "models.db.state"),
    models="models/db",
    line_length=120,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE photo RENAME COLUMN node_id TO osm_node_id",
        "ALTER TABLE aed ALTER COLUMN country_codes SET NOT NULL",
        "ALTER TABLE aed ALTER COLUMN country_codes SET DEFAULT '{}'",
        "ALTER TABLE photo ALTER COLUMN id TYPE varchar(64)",
        "ALTER TABLE photo ADD COLUMN license varchar(32)",
        "CREATE INDEX photo_user_id_idx ON photo (user_id)",
        "COMMENT ON COLUMN aed.tags IS 'the node''s OpenStreetMap tags'",
        "COMMENT ON TABLE state IS 'key-value state of the background workers'",
        "ALTER TABLE photo_report ALTER COLUMN created_at SET DEFAULT now()",
        "ALTER TABLE aed DROP COLUMN version",
        "CREATE TABLE photo_vote (id bigserial PRIMARY KEY,"
        " photo_id varchar(64) NOT NULL REFERENCES photo (id) ON DELETE CASCADE,"
        " user_id bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT statement_timestamp())",
        "ALTER TABLE country RENAME TO countries",
    ),
    dropped=("aed.version",),
)
