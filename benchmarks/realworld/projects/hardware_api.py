"""canonical/hardware-api (Canonical's Hardware Information API: a FastAPI service that answers
whether a machine, from its vendor, platform, BIOS, kernel and devices, is certified for an Ubuntu
release; the ``server/`` package): 12 tables in one module of SQLAlchemy 2.0 ``Mapped[...] =
mapped_column(...)`` classes. The ``DeclarativeBase`` subclass itself is marked ``__abstract__``
and declares the integer ``id`` key every table inherits; most columns take their type from the
annotation alone (``Mapped[str]`` with no ``String``: ``varchar`` without a length), and several
say ``nullable=True`` over a non-Optional annotation (``Mapped[datetime] = mapped_column(
nullable=True)``); two ``Enum(SomeStrEnum)`` columns (native PostgreSQL types of the member
names, one with a label that is not its name) annotated ``Mapped[str]``; table-level unnamed
``UniqueConstraint("name", "vendor_id")``; a many-to-many association ``Table`` on
``Base.metadata`` between two classes, and relationships written both as ``Mapped[list["X"]]``
and as bare ``relationship("X", secondary=...)``. The enums module is the project's own file;
nothing else of the application is imported."""

from recipe import Recipe

RECIPE = Recipe(
    name="hardware_api",
    repo="canonical/hardware-api",
    style="2.0 Mapped, abstract DeclarativeBase with the id, annotation-only types, PG enums",
    files=("server/src/hwapi/data_models/models.py", "server/src/hwapi/data_models/enums.py"),
    strip="server/src/",
    stubs={"hwapi/__init__.py": "", "hwapi/data_models/__init__.py": ""},
    metadata="hwapi.data_models.models:Base.metadata",
    imports=("hwapi.data_models.models",),
    models="hwapi/data_models",
    # server/pyproject.toml's [tool.ruff] sets no line length: ruff's default
    drift=(
        "ALTER TABLE device RENAME COLUMN subproduct_name TO product_name",
        "ALTER TABLE release ALTER COLUMN release_date SET NOT NULL",
        "CREATE TABLE machine_tag (id serial PRIMARY KEY,"
        " machine_id integer NOT NULL REFERENCES machine (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now(), UNIQUE (machine_id, tag))",
        "ALTER TABLE certificate ALTER COLUMN name TYPE varchar(128)",
        "ALTER TABLE kernel DROP COLUMN signature",
        "CREATE INDEX ix_certificate_created_at ON certificate (created_at)",
        "COMMENT ON COLUMN cpu_id.id_pattern IS 'regular expression over the CPUID signature'",
        "ALTER TABLE report ALTER COLUMN architecture SET DEFAULT 'amd64'",
        "ALTER TABLE vendor ADD COLUMN website varchar(255)",
        "COMMENT ON TABLE bios IS 'firmware versions seen in submitted reports'",
        "ALTER TABLE device ALTER COLUMN codename TYPE varchar(80)",
        "ALTER TYPE bustype ADD VALUE 'cxl'",
        "ALTER TABLE machine RENAME TO certified_machine",
    ),
    dropped=("kernel.signature",),
)
