"""communitiesuk/funding-service-design-post-award-data-store (the UK housing ministry's store of the
towns-fund and pathfinders monitoring returns councils submit, Flask): 22 classes and an association
table in one module on Flask-SQLAlchemy 3.0 and SQLAlchemy 2.0, written in three styles side by side - ``Mapped[GUID] =
sqla.orm.mapped_column(sqla.ForeignKey(...))`` keys whose annotation is the project's own
``TypeDecorator`` class (the column type comes from the referenced key), untyped ``sqla.Column(...)``
attributes and bare ``Mapped[int]`` / ``Mapped[datetime | None]`` annotations with no right-hand side.
Every class inherits an abstract ``BaseModel(db.Model)`` whose ``id`` key is that ``GUID`` (PostgreSQL
``uuid`` through ``load_dialect_impl``) with a Python-side ``uuid4``. The metadata has a naming
convention (``ck_%(table_name)s_%(constraint_name)s``) under which some CHECKs are named in full
(``ck_funding_start_or_end_date``, so ``ck_funding_ck_funding_...`` in the database) and others by
their suffix; ``__table_args__`` tuples of named ``Index`` objects, CHECKs and a ``UniqueConstraint``
without a name; a ``db.Table`` association with a two-column key and ON DELETE RESTRICT; JSONB
``data_blob`` columns, an ``ARRAY(String)``, a native enum from a ``StrEnum`` with a ``server_default``
of a member's name; a ``hybrid_property``. The db package, its ``GUID`` type and the enum module are
the project's own files; Flask-Migrate is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="post_award_data_store",
    repo="communitiesuk/funding-service-design-post-award-data-store",
    style="Flask-SQLAlchemy 3, Mapped[TypeDecorator] keys beside sa.Column, naming convention, JSONB/ARRAY/enum",
    files=("data_store/db/__init__.py", "data_store/db/entities.py", "data_store/db/types.py",
           "data_store/const.py"),
    stub_roots=("flask_migrate",),
    metadata="data_store.db:db.metadata",
    imports=("data_store.db.entities",),
    models="data_store/db",
    python=(3, 11),  # the enum module's ``enum.StrEnum``
    line_length=120,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE submission_dim RENAME COLUMN submission_filename TO source_filename",
        "ALTER TABLE submission_dim ALTER COLUMN submitting_user_email SET NOT NULL",
        "CREATE TABLE geospatial_boundary (id uuid PRIMARY KEY,"
        " geospatial_id uuid NOT NULL REFERENCES geospatial_dim (id) ON DELETE CASCADE,"
        " boundary_code varchar(16) NOT NULL, valid_from date NOT NULL, valid_to date,"
        " UNIQUE (geospatial_id, boundary_code), CHECK (valid_to IS NULL OR valid_from <= valid_to))",
        "ALTER TABLE geospatial_dim ALTER COLUMN postcode_prefix TYPE varchar(8)",
        "ALTER TABLE project_progress DROP COLUMN date_of_important_milestone",
        "CREATE INDEX ix_submission_dim_submission_date ON submission_dim (submission_date)",
        "COMMENT ON COLUMN funding.data_blob IS 'the return''s funding rows, one JSON object each'",
        "ALTER TABLE reporting_round ALTER COLUMN round_number SET DEFAULT 1",
        "ALTER TABLE fund_dim ADD COLUMN fund_name varchar(255)",
        "COMMENT ON TABLE risk_register IS 'risks a council reports for a project or a programme'",
        "ALTER TYPE organisationtypeenum ADD VALUE 'COMBINED_AUTHORITY'",
        "ALTER TABLE geospatial_dim RENAME TO geospatial_region",
    ),
    dropped=("project_progress.date_of_important_milestone",),
)
