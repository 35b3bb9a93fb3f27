"""ONSdigital/ras-party: classic declarative in one module, PostgreSQL ``UUID`` keys written bare
(``Column(UUID, ...)``), composite primary keys of foreign keys, one column given its foreign key
twice (``ForeignKey("respondent.id")`` on the column and ``ForeignKeyConstraint(["respondent_id"],
...)`` in ``__table_args__``), enums of Python ``Enum`` classes named by their column
(``Column("status", Enum(RespondentStatus), ...)``), ``default=func.now()`` (a Python-side SQL
default, not a server default). The application's support module is a stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="rasparty",
    repo="ONSdigital/ras-party",
    style="classic declarative, bare UUID keys, a foreign key declared twice",
    files=("ras_party/models/models.py",),
    stubs={"ras_party/__init__.py": "", "ras_party/models/__init__.py": ""},
    stub_roots=("*",),
    metadata="ras_party.models.models:Base.metadata",
    imports=("ras_party.models.models",),
    models="ras_party/models",
    line_length=120,
    drift=(
        "ALTER TABLE respondent RENAME COLUMN telephone TO phone_number",
        "ALTER TABLE business_attributes ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE respondent ALTER COLUMN first_name SET NOT NULL",
        "ALTER TABLE business ADD COLUMN region text",
        "CREATE INDEX ix_business_attributes_collection_exercise ON business_attributes (collection_exercise)",
        "COMMENT ON COLUMN respondent.email_address IS 'the login address'",
        "ALTER TABLE respondent DROP COLUMN password_reset_counter",
        "ALTER TABLE respondent ALTER COLUMN mark_for_deletion SET DEFAULT false",
        "CREATE TABLE respondent_note (id serial PRIMARY KEY, respondent_id integer NOT NULL"
        " REFERENCES respondent (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE respondent RENAME TO respondent_v2",
    ),
    dropped=("respondent.password_reset_counter",),
)
