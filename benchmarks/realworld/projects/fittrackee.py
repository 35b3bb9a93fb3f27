"""SamR1/FitTrackee: Flask-SQLAlchemy 3 on a ``DeclarativeBase`` (``SQLAlchemy(model_class=Base)``,
``BaseModel = db.Model`` outside ``if TYPE_CHECKING:``), 2.0 ``Mapped[...] = mapped_column(...)``
with the type left to the annotation (``mapped_column(primary_key=True)``), ``db.String(255)`` and
bare SQLAlchemy types side by side, a project ``TypeDecorator`` (``TZDateTime``), seven packages of
models importing one another under ``if TYPE_CHECKING:``, ``postgresql.UUID`` / ``JSONB``, a line
length of 79. The app's other dependencies are permissive stubs; ``geoalchemy2`` is a stub of our own
whose ``Geometry`` is ``polygon`` (the embedded server has no PostGIS)."""

from recipe import GEOALCHEMY2_STUBS, Recipe

RECIPE = Recipe(
    name="fittrackee",
    repo="SamR1/FitTrackee",
    style="Flask-SQLAlchemy 3, 2.0 Mapped, types from annotations",
    files=("fittrackee/*.py", "fittrackee/*/*.py", "fittrackee/*/utils/*.py"),
    stubs=GEOALCHEMY2_STUBS,
    stub_roots=("*",),
    metadata="fittrackee:db.metadata",
    imports=("fittrackee/**/models.py",),
    models="fittrackee",
    line_length=79,
    drift=(
        "ALTER TABLE users RENAME COLUMN bio TO biography",
        "ALTER TABLE equipments ALTER COLUMN description TYPE text",
        "ALTER TABLE users ALTER COLUMN location SET NOT NULL",
        "ALTER TABLE sports ADD COLUMN color varchar(7)",
        "CREATE INDEX ix_workouts_title ON workouts (title)",
        "COMMENT ON COLUMN users.timezone IS 'an IANA time zone'",
        "ALTER TABLE users DROP COLUMN email_to_confirm",
        "ALTER TABLE users ALTER COLUMN weekm SET DEFAULT false",
        "CREATE TABLE workout_notes (id serial PRIMARY KEY, workout_id integer NOT NULL REFERENCES workouts (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE workouts RENAME TO workouts_v2",
    ),
    dropped=("users.email_to_confirm",),
)
