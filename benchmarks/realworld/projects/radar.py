"""renalreg/radar (RaDaR, the UK Renal Registry's National Registry of Rare Kidney Diseases: patients,
their hospitals and cohorts, diagnoses, results, medications, transplants, consents) - some 80 tables
of Flask-SQLAlchemy 2 on SQLAlchemy 1.3, one module per clinical form, ``Column`` imported from
``sqlalchemy`` and ``db.Model`` from the project's own ``SQLAlchemy`` subclass (``radar/database``,
laid out). Columns made by module functions (``id = uuid_pk_column()``: a ``postgresql.UUID`` key with
``server_default=text("uuid_generate_v4()")``; ``patient_id = patient_id_column()``: an indexed-by-hand
cascading key; ``patient = patient_relationship("hospitalisations")``: a relationship with a backref
named after the table); audit columns from a chain of ``declared_attr`` mixins (``MetaModelMixin`` =
created/modified user and date, each user id a NOT NULL key with an ``association_proxy`` to the
username), while ``User`` takes nullable self-referencing variants of the same mixins; a class
decorator ``@log_changes`` that attaches an ``after_create`` trigger DDL to each table, and a
metadata-level ``before_create`` plpgsql function; nearly all indexes written as module-level
``Index("..._idx", Class.column)`` after the class, some over JSONB paths cast to integer with a
``postgresql_where``; column-level ``CheckConstraint`` arguments (several per column); attributes
mapped under another name (``_username = Column("username", String)``); ``column_property`` over a
correlated select of another table; ``hybrid_property`` / ``hybrid_method`` with expressions; a
``Sequence("patients_seq")`` key; integer keys with ``server_default=text("nextval('..._seq'::regclass)")``
and keys without a type (``Column(ForeignKey("patients.id"))``); a ``TypeDecorator`` + ``SchemaType``
of its own over ``Enum`` that takes a Python enum class (``EnumType(GROUP_TYPE, name="group_type")``:
a PostgreSQL type of the members' values), and one over ``String``; a class mapped on a view
(``__table__ = create_view("ukrdc_patients", select(...))``: a ``Table`` in a throwaway ``MetaData``
whose ``CREATE VIEW`` runs after ``create_all``). The roles and pages enums are laid out; the
configuration, password helpers and utilities are permissive stubs. The embedded server has no
uuid-ossp: ``uuid_generate_v4()`` is ours, and the sequences the ``nextval`` defaults name are made
before ``create_all`` (the project's migrations make them)."""

from recipe import Recipe

RECIPE = Recipe(
    name="radar",
    repo="renalreg/radar",
    style="Flask-SQLAlchemy 2, column factories, declared_attr audit mixins, EnumType decorator, a view",
    files=("radar/models/*.py", "radar/database/__init__.py", "radar/roles.py", "radar/pages.py"),
    stubs={"radar/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'",
             "CREATE SEQUENCE biomarkers_id_seq", "CREATE SEQUENCE biomarker_barcodes_id_seq",
             "CREATE SEQUENCE biomarker_results_id_seq", "CREATE SEQUENCE biomarker_samples_id_seq"),
    metadata="radar.database:db.metadata",
    imports=("radar.models",),
    models="radar/models",
    probe_packages=("sqlalchemy==1.3.3", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE users RENAME COLUMN email TO email_address",
        "ALTER TABLE users ALTER COLUMN created_user_id SET NOT NULL",
        "ALTER TABLE hospitalisations ALTER COLUMN modified_user_id DROP NOT NULL",
        "CREATE TABLE consultant_qualifications (id serial PRIMARY KEY,"
        " consultant_id integer NOT NULL REFERENCES consultants (id) ON DELETE CASCADE,"
        " qualification varchar(100) NOT NULL, awarded_date date,"
        " CONSTRAINT consultant_qualifications_consultant_qualification_key UNIQUE (consultant_id, qualification))",
        "ALTER TABLE biomarkers ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE biomarker_results DROP COLUMN hospital",
        "CREATE INDEX posts_published_date_idx ON posts (published_date)",
        "COMMENT ON COLUMN groups.short_name IS 'the name shown in lists and menus'",
        "COMMENT ON TABLE patient_locks IS 'one row per patient, locked while records are merged'",
        "ALTER TABLE hospitalisations ALTER COLUMN source_type SET DEFAULT 'RADAR'",
        "ALTER TABLE specialties ADD COLUMN code varchar(20)",
        "ALTER TYPE group_type ADD VALUE 'REGISTRY'",
        "ALTER TABLE consultants RENAME TO clinicians",
    ),
    dropped=("biomarker_results.hospital",),
    note=("the label the drift adds to group_type is lost without a word: the columns' type is the project's "
          "``EnumType(TypeDecorator, SchemaType)`` whose ``__init__`` gives ``Enum`` the values of the enum class "
          "it takes, which the reader cannot resolve, so every such column is only noted (in the no-drift plan as "
          "well) and no AddEnumMember or by-hand item is made; no class is generated for consultant_qualifications, "
          "because ``UKRDCPatient.__table__ = create_view(\"ukrdc_patients\", select(...))`` (a function call with "
          "the view's name as a literal) leaves the reader not knowing that class's table; the JSONB-path expression "
          "indexes of logs (module-level ``Index(..., Log.data[...].astext.cast(Integer), postgresql_where=...)``) "
          "are noted as in the database only, in the no-drift plan too; the new index is written into a new "
          "``__table_args__`` where the project writes every index as a module-level ``Index(...)`` after the class"),
)
