"""qu3vipon/python-ddd (a hotel reservation service in hexagonal style): ``Table`` objects mapped
imperatively in ``init_orm_mappers()`` onto ``@dataclass(slots=True)`` entities of two bounded
contexts, the one ``hotel_room`` table mapped to two classes (reception's and display's ``Room``),
``composite(RoomStatus.from_value, room_table.c.status)`` and a value object of two columns
(``composite(Guest, ...guest_mobile, ...guest_name)``), a relationship ordered by
``reservation_table.c.id.desc``."""

from recipe import Recipe

RECIPE = Recipe(
    name="hotel_ddd",
    repo="qu3vipon/python-ddd",
    style="imperative Table mapping onto slotted dataclasses, one table mapped to two classes, composites",
    files=("src/shared_kernel/infra/database/orm.py", "src/shared_kernel/domain/*.py",
           "src/reception/domain/**/*.py", "src/display/domain/**/*.py"),
    strip="src/",
    stubs={"shared_kernel/__init__.py": "", "shared_kernel/infra/__init__.py": "",
           "shared_kernel/infra/database/__init__.py": "", "reception/__init__.py": "",
           "display/__init__.py": ""},
    metadata="shared_kernel.infra.database.orm:metadata",
    imports=("shared_kernel.infra.database.orm",),
    setup=("shared_kernel.infra.database.orm:init_orm_mappers",),
    models="shared_kernel/infra/database",
    python=(3, 10),
    probe_packages=("sqlalchemy>=2", "pydantic<2", "psycopg2-binary", "alembic"),
    drift=(
        "ALTER TABLE room_reservation RENAME COLUMN guest_name TO guest_full_name",
        "ALTER TABLE hotel_room ALTER COLUMN image_url TYPE varchar(500)",
        "ALTER TABLE room_reservation ALTER COLUMN date_in SET NOT NULL",
        "ALTER TABLE hotel_room ADD COLUMN floor integer",
        "CREATE INDEX ix_room_reservation_status ON room_reservation (status)",
        "COMMENT ON COLUMN hotel_room.number IS 'as on the door'",
        "ALTER TABLE room_reservation ALTER COLUMN status SET DEFAULT 'in_progress'",
        "ALTER TABLE hotel_room DROP COLUMN description",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, room_id integer NOT NULL REFERENCES hotel_room (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE room_reservation RENAME TO reservations",
    ),
    dropped=("hotel_room.description",),
)
