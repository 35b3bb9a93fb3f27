"""DIRACGrid/DIRAC (the grid middleware of LHCb and others), its InstalledComponents database:
classic declarative on ``declarative_base()``, attributes named otherwise than their CamelCase columns
(``cType = Column("Type", String(32), ...)``), a key of four columns two of which are foreign keys,
``relationship(..., backref=...)`` both ways, MySQL's table options in a ``__table_args__`` dict, an
``__init__`` of each class's own. The rest of DIRAC is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="dirac_components",
    repo="DIRACGrid/DIRAC",
    style="classic declarative, attributes named otherwise than their columns, backrefs",
    files=("src/DIRAC/FrameworkSystem/DB/InstalledComponentsDB.py",),
    strip="src/",
    stub_roots=("*",),
    metadata="DIRAC.FrameworkSystem.DB.InstalledComponentsDB:componentsBase.metadata",
    imports=("DIRAC.FrameworkSystem.DB.InstalledComponentsDB",),
    models="DIRAC/FrameworkSystem/DB",
    line_length=120,
    drift=(
        'ALTER TABLE "Hosts" RENAME COLUMN "CPU" TO "CPUModel"',
        'ALTER TABLE "Components" ALTER COLUMN "DIRACModule" TYPE varchar(64)',
        'ALTER TABLE "InstalledComponents" ALTER COLUMN "InstalledBy" SET NOT NULL',
        'ALTER TABLE "Hosts" ADD COLUMN "Site" varchar(64)',
        'CREATE INDEX "ix_HostLogging_Timestamp" ON "HostLogging" ("Timestamp")',
        'COMMENT ON COLUMN "HostLogging"."Load1" IS \'load average over one minute\'',
        'ALTER TABLE "HostLogging" ALTER COLUMN "Cores" SET DEFAULT 1',
        'ALTER TABLE "HostLogging" DROP COLUMN "OpenPipes"',
        'CREATE TABLE "HostNotes" (id serial PRIMARY KEY, "HostID" integer NOT NULL REFERENCES "Hosts" ("HostID"),'
        ' body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
        'ALTER TABLE "HostLogging" RENAME TO "HostLogs"',
    ),
    dropped=("HostLogging.OpenPipes",),
)
