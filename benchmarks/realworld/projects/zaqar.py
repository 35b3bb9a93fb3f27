"""openstack/zaqar: SQLAlchemy Core only, four ``sa.Table`` objects of one ``MetaData`` with
CamelCase table names (``'Queues'``), ``sa.INTEGER`` and ``sa.LargeBinary`` columns, a column
named ``metadata``, unique constraints among the columns, a foreign key with ``ondelete=``, the
``Table(...)`` calls aligned under their opening parenthesis."""

from recipe import Recipe

RECIPE = Recipe(
    name="zaqar",
    repo="openstack/zaqar",
    style="Core Tables only, CamelCase table names, aligned calls",
    files=("zaqar/storage/sqlalchemy/tables.py",),
    stubs={"zaqar/__init__.py": "", "zaqar/storage/__init__.py": "", "zaqar/storage/sqlalchemy/__init__.py": ""},
    metadata="zaqar.storage.sqlalchemy.tables:metadata",
    imports=("zaqar.storage.sqlalchemy.tables",),
    models="zaqar/storage/sqlalchemy",
    line_length=79,
    drift=(
        'ALTER TABLE "Flavors" RENAME COLUMN capabilities TO features',
        'ALTER TABLE "Pools" ALTER COLUMN uri TYPE varchar(512)',
        'ALTER TABLE "Queues" ALTER COLUMN project SET NOT NULL',
        'ALTER TABLE "Catalogue" ADD COLUMN created_at timestamp',
        'CREATE INDEX "ix_Catalogue_queue" ON "Catalogue" (queue)',
        'COMMENT ON COLUMN "Pools".weight IS \'relative share of new queues\'',
        'ALTER TABLE "Pools" ALTER COLUMN weight SET DEFAULT 100',
        'ALTER TABLE "Pools" DROP COLUMN flavor',
        'CREATE TABLE "Subscriptions" (id serial PRIMARY KEY, queue varchar(64) NOT NULL,'
        ' subscriber varchar(255) NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
    ),
    dropped=("Pools.flavor",),
)
