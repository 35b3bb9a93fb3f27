"""aeecleclair/Hyperion (the student association ÉCLAIR's FastAPI back end for a school's campus
life: bookings, loans, payments, elections, a sports competition): SQLAlchemy 2.0 on a
``MappedAsDataclass, DeclarativeBase`` base whose ``type_annotation_map`` sends ``datetime`` to a
project ``TypeDecorator`` (``TZDateTime``, stored without time zone) and ``str`` / ``uuid.UUID`` /
``bool`` / ``date`` to plain types; about 125 tables in one ``models_<name>.py`` per core service and
per module, mostly bare ``Mapped[...]`` annotations (nullability from ``| None``), an ``Annotated``
primary key alias (``Mapped[PrimaryKey]``), ``Mapped[SomeStrEnum]`` as native PostgreSQL enums (and
one ``mapped_column(String)`` over an enum), dataclass arguments on relationships and columns
(``init=False``, ``default_factory=list``, ``default=None``) whose order the dataclass enforces, a
table named with a hyphen (``"flappy-bird_best_score"``), composite ``ForeignKeyConstraint`` /
``UniqueConstraint`` in ``__table_args__``, and a class mapping Alembic's own ``alembic_version``.
The enum modules are the project's own, laid out; ``app/types/exceptions.py`` (which imports FastAPI
and the payment client) is a stub of ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="hyperion",
    repo="aeecleclair/Hyperion",
    style="2.0 MappedAsDataclass, type_annotation_map TypeDecorator, StrEnum native enums",
    files=("app/core/*/models_*.py", "app/modules/*/models_*.py", "app/core/*/types_*.py",
           "app/modules/*/types_*.py", "app/core/groups/groups_type.py", "app/modules/raid/raid_type.py",
           "app/types/sqlalchemy.py"),
    stubs={"app/types/exceptions.py": "class MissingTZInfoInDatetimeError(ValueError):\n    pass\n"},
    stub_roots=("helloasso_python",),
    metadata="app.types.sqlalchemy:Base.metadata",
    imports=("app/core/*/models_*.py", "app/modules/*/models_*.py"),
    models="app",
    line_length=88,  # its pyproject's ruff setting
    # its requirements.txt pins
    probe_packages=("sqlalchemy==2.0.44", "alembic==1.13.2", "pydantic==2.12.5", "psycopg2-binary"),
    drift=(
        "ALTER TABLE booking RENAME COLUMN note TO comment",
        "ALTER TABLE core_user ALTER COLUMN floor SET NOT NULL",
        "CREATE TABLE booking_room_equipment (id uuid PRIMARY KEY,"
        " room_id varchar NOT NULL REFERENCES booking_room (id) ON DELETE CASCADE,"
        " name varchar NOT NULL, quantity integer NOT NULL DEFAULT 1)",
        "ALTER TABLE booking ALTER COLUMN reason TYPE varchar(500)",
        "ALTER TABLE core_user DROP COLUMN promo",
        'CREATE INDEX ix_booking_start_end ON booking (start, "end")',
        "COMMENT ON COLUMN booking.entity IS 'the association the room is booked for'",
        "ALTER TABLE booking_manager ADD COLUMN description varchar",
        "ALTER TABLE loaner ADD COLUMN active boolean NOT NULL DEFAULT true",
        "ALTER TABLE booking ALTER COLUMN key SET DEFAULT false",
        "COMMENT ON TABLE booking_room IS 'rooms an association can book'",
        "CREATE UNIQUE INDEX uq_raffle_name_open ON raffle (name) WHERE status <> 'lock'",
        'ALTER TABLE "flappy-bird_best_score" RENAME TO flappybird_best_score',
    ),
    dropped=("core_user.promo",),
)
