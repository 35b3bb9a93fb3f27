"""hotosm/drone-tm (the Humanitarian OpenStreetMap Team's drone tasking manager): one module of 11
classic declarative classes whose every column is wrapped in ``typing.cast`` for the type checker
(``name = cast(str, Column(String))``, ``status = cast(ProjectStatus, Column(Enum(ProjectStatus),
...))``), on PostgreSQL and PostGIS: ``Geometry("POLYGON", srid=4326)`` columns with GiST indexes
given the Column object (``Index("idx_geometry", outline, postgresql_using="gist")``), partial indexes
(``postgresql_where=text(...)``), ``ARRAY(SmallInteger)`` / ``ARRAY(String)`` and ``ARRAY(Enum(X))``,
JSONB, ``UUID(as_uuid=True)`` keys, native ENUM types from int and str enums (labels are the member
names), one of them ``Enum(ImageStatus, name="image_status", values_callable=..., create_type=False)``
(labels the values; the type made by the project's migration - here by the prelude), named foreign
keys, ``__table_args__`` ending in an empty dict, a ``Column`` repeated in one class body
(``max_battery_health`` twice) and a Python-side ``default=timestamp`` (a function of
``app.utils``, a stub of ours). Geometry is our ``geoalchemy2`` stub (``polygon``). The enums
module is the project's own. One fix: ``oam_upload_status``'s ``server_default`` is the member's
value ``'not-started'`` where the ENUM's labels are the names (its migration writes
``'NOT_STARTED'::oamuploadstatus``), which stops ``create_all``; the laid-out copy says ``.name``. Two:
the project's two relationships to users (``author``, ``commenting_regulator``) name no ``foreign_keys``
while the table has two keys to users, so the mappers do not configure; the copy names them."""

from recipe import GEOALCHEMY2_STUBS, Recipe

RECIPE = Recipe(
    name="drone_tm",
    repo="hotosm/drone-tm",
    style="classic Column wrapped in typing.cast, PostGIS + GiST, ARRAY of ENUM, values_callable enum",
    files=("src/backend/app/db/db_models.py", "src/backend/app/models/enums.py"),
    strip="src/backend/",
    stubs={"app/utils.py": ("from datetime import datetime, timezone\n\n\n"
                            "def timestamp():\n    return datetime.now(timezone.utc)\n"),
           **GEOALCHEMY2_STUBS},
    fixes={"app/db/db_models.py": (
        ("server_default=OAMUploadStatus.NOT_STARTED.value", "server_default=OAMUploadStatus.NOT_STARTED.name"),
        # two keys to users, and relationships that name neither: the mappers do not configure (the
        # application queries with SQL of its own, never through them)
        ('author = relationship(DbUser, uselist=False, backref="user")',
         'author = relationship(\n        DbUser, uselist=False, backref="user", foreign_keys=[author_id]\n    )'),
        ('commenting_regulator = relationship(DbUser, uselist=False, backref="regulator")',
         'commenting_regulator = relationship(\n        DbUser,\n        uselist=False,\n        backref="regulator",\n'
         '        foreign_keys=[commenting_regulator_id],\n    )'),
    )},
    prelude=("CREATE TYPE image_status AS ENUM ('staged', 'uploaded', 'classifying', 'assigned', 'rejected',"
             " 'unmatched', 'invalid_exif', 'duplicate')",),
    metadata="app.db.db_models:Base.metadata",
    imports=("app.db.db_models",),
    models="app",  # the enums module too, where a new ENUM label becomes a member
    line_length=88,  # ruff's default (its pyproject's line-length is commented out)
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary"),
    drift=(
        "ALTER TABLE user_profile RENAME COLUMN drone_you_own TO drone_model",
        "ALTER TABLE users ALTER COLUMN name SET NOT NULL",
        "CREATE TABLE task_comments (id uuid PRIMARY KEY,"
        " task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,"
        " user_id varchar NOT NULL REFERENCES users (id), body text NOT NULL,"
        " created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE organisations ALTER COLUMN url TYPE varchar(2048)",
        "ALTER TABLE projects DROP COLUMN per_task_instructions",
        "CREATE INDEX idx_task_events_created_at ON task_events (created_at)",
        "COMMENT ON COLUMN projects.hashtags IS 'shown under the project title'",
        "ALTER TABLE projects ALTER COLUMN is_terrain_follow SET DEFAULT false",
        "ALTER TABLE drones ADD COLUMN tags text[] NOT NULL DEFAULT '{}'",
        "ALTER TYPE image_status ADD VALUE 'archived'",
        "COMMENT ON TABLE drone_flight_height IS 'legal altitude limits per country'",
        "ALTER TABLE ground_control_points RENAME TO gcps",
    ),
    dropped=("projects.per_task_instructions",),
    note=("the drones.tags column is skipped (\"cannot import sqlalchemy.dialects.postgresql.ARRAY: the name "
          "'ARRAY' is taken\"): the file's own ``from sqlalchemy import ARRAY`` is not taken for the same type"),
)
