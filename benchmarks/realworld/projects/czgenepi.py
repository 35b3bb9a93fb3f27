"""chanzuckerberg/czgenepi (CZ GEN EPI, formerly Aspen: genomic epidemiology for public-health labs,
FastAPI on asyncpg; the ``src/backend/aspen/database/models`` package): about 45 tables of classic
``Column`` declarative classes on SQLAlchemy 1.4 (its pin), all in one PostgreSQL schema named by the
``MetaData(schema="aspen", naming_convention=...)`` that a ``registry`` makes two bases from: ``base``
and ``idbase = mapper_registry.generate_base(cls=BaseMixin)``, whose mixin (itself a subclass of a
``@declarative_mixin`` of async query helpers) gives every class an ``id`` key; one class repeats the
mixin in its own bases. The naming convention uses ``%(column_0_label)s`` and ``%(column_0_N_name)s``
and names some constraints where others are left to it. Python enums are not PostgreSQL enums but
*enum tables* of the vendored ``sqlalchemy-enum-tables`` library: ``enumtables.EnumTable(SomeEnum,
base, tablename=...)`` makes a class at run time (a one-column ``item_id`` table, seeded by an
``after_create`` hook) and the columns are ``Column(Enum(SomeEnum), ForeignKey(_SomeTable.item_id))``,
``Enum`` being the library's ``TypeDecorator`` over ``String`` (re-exported under a ``TYPE_CHECKING``
alias). Two joined-table inheritance trees (``Entity`` and ``Workflow``, ``polymorphic_on`` those
enum columns, subclasses keyed by ``entity_id`` / ``workflow_id``), keys written
``ForeignKey(OtherClass.id)`` and ``ForeignKey(f"{_TABLENAME}.id")``, association ``Table`` objects of
untyped columns, ``deferred(Column(...), raiseload=True)``, ``info={"schema_mappings": ...}`` dicts,
column comments built from parenthesised string concatenations, attribute docstrings after columns,
JSONB ``server_default=text("'[]'::jsonb")`` with the same ``default``, a context-sensitive default
function, a unique ``Index`` in ``__table_args__``. The models and the vendored library are laid out
from the snapshot; nothing is stubbed."""

from recipe import Recipe

RECIPE = Recipe(
    name="czgenepi",
    repo="chanzuckerberg/czgenepi",
    style="1.4 Column, schema MetaData + naming convention, generate_base(cls=mixin), enum tables, joined",
    files=("src/backend/aspen/database/models/[!t]*.py",
           "src/backend/third-party/sqlalchemy-enum-tables/enumtables/*.py"),
    strip=("src/backend/third-party/sqlalchemy-enum-tables/", "src/backend/"),
    prelude=("CREATE SCHEMA aspen",),
    metadata="aspen.database.models.base:meta",
    imports=("aspen.database.models",),
    models="aspen/database/models",
    schemas=("aspen",),
    line_length=88,  # black's default, its pre-commit running black unconfigured (isort's line_length=88)
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "greenlet"),
    drift=(
        "ALTER TABLE aspen.samples RENAME COLUMN sample_collected_by TO collected_by",
        "ALTER TABLE aspen.users ALTER COLUMN created_at SET NOT NULL",
        "CREATE TABLE aspen.usher_option_overrides (id serial CONSTRAINT pk_usher_option_overrides PRIMARY KEY,"
        " usher_option_id integer NOT NULL CONSTRAINT fk_usher_option_overrides_usher_option_id_usher_options"
        " REFERENCES aspen.usher_options (id) ON DELETE CASCADE,"
        " group_id integer NOT NULL CONSTRAINT fk_usher_option_overrides_group_id_groups"
        " REFERENCES aspen.groups (id),"
        " enabled boolean NOT NULL DEFAULT true,"
        " CONSTRAINT uq_usher_option_overrides_usher_option_id_group_id UNIQUE (usher_option_id, group_id))",
        "ALTER TABLE aspen.groups ALTER COLUMN prefix TYPE varchar(32)",
        "ALTER TABLE aspen.phylo_runs DROP COLUMN template_file_path",
        "CREATE INDEX ix_aspen_sample_lineages_lineage ON aspen.sample_lineages (lineage)",
        "COMMENT ON COLUMN aspen.usher_options.priority IS 'order in which the options are offered'",
        "ALTER TABLE aspen.users ALTER COLUMN agreed_to_tos SET DEFAULT false",
        "ALTER TABLE aspen.pathogens ADD COLUMN display_order integer",
        "COMMENT ON TABLE aspen.gisaid_metadata IS 'one row per GISAID strain, refreshed daily'",
        "ALTER TABLE aspen.entities ALTER COLUMN group_id SET NOT NULL",
        "ALTER TABLE aspen.usher_options RENAME TO usher_tree_options",
    ),
    dropped=("phylo_runs.template_file_path",),
)
