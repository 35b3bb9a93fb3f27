"""DIRACGrid/DIRAC (the grid middleware of LHCb and others), its FTS3 database: classic ``Table``
objects on a module's ``MetaData`` mapped at import with ``registry().map_imperatively`` onto plain
classes of another package (``DataManagementSystem/Client``), three of them (``FTS3Operation`` and its
transfer and staging subclasses) on the one ``Operations`` table by single-table inheritance
(``polymorphic_on="type"``, ``inherits=fts3Operation_mapper``), relationships given in ``properties``,
unnamed ``Enum(*FTS3Job.ALL_STATES)`` of a class's list of labels, CamelCase column names, a Python-side
``onupdate=func.utc_timestamp()``. The client classes are laid out; the rest of DIRAC and the FTS client
they import are permissive stubs (the FTS client's ``__version__``, compared at import, is ours)."""

from recipe import Recipe

_DMS = "src/DIRAC/DataManagementSystem/"

RECIPE = Recipe(
    name="dirac_fts3",
    repo="DIRACGrid/DIRAC",
    style="imperative Table mapping at import, single-table inheritance of the mapped classes",
    files=(_DMS + "DB/FTS3DB.py", _DMS + "Client/FTS3File.py", _DMS + "Client/FTS3Job.py",
           _DMS + "Client/FTS3Operation.py"),
    strip="src/",
    stubs={"fts3/__init__.py": "__version__ = '3.13.0'\n"},
    # DIRAC runs on MySQL, whose ENUM needs no name; PostgreSQL's CREATE TYPE does: the three
    # status enums are named in the laid-out copy
    fixes={"DIRAC/DataManagementSystem/DB/FTS3DB.py": (
        ("Enum(*FTS3File.ALL_STATES)", "Enum(*FTS3File.ALL_STATES, name='fts3file_status')"),
        ("Enum(*FTS3Job.ALL_STATES)", "Enum(*FTS3Job.ALL_STATES, name='fts3job_status')"),
        ("Enum(*FTS3Operation.ALL_STATES)", "Enum(*FTS3Operation.ALL_STATES, name='fts3operation_status')"),
    )},
    stub_roots=("*",),
    metadata="DIRAC.DataManagementSystem.DB.FTS3DB:metadata",
    imports=("DIRAC.DataManagementSystem.DB.FTS3DB",),
    models="DIRAC/DataManagementSystem/DB",
    line_length=120,
    drift=(
        'ALTER TABLE "Jobs" RENAME COLUMN "ftsServer" TO "ftsEndpoint"',
        'ALTER TABLE "Files" ALTER COLUMN "checksum" TYPE varchar(512)',
        'ALTER TABLE "Operations" ALTER COLUMN "activity" SET NOT NULL',
        'ALTER TABLE "Files" ADD COLUMN "checksumType" varchar(32)',
        'CREATE INDEX "ix_Jobs_ftsGUID" ON "Jobs" ("ftsGUID")',
        'COMMENT ON COLUMN "Files"."lfn" IS \'the logical file name\'',
        'ALTER TABLE "Operations" ALTER COLUMN "priority" SET DEFAULT 0',
        'ALTER TABLE "Jobs" DROP COLUMN "lastMonitor"',
        'CREATE TABLE "JobNotes" (id serial PRIMARY KEY, "jobID" integer NOT NULL REFERENCES "Jobs" ("jobID"),'
        ' body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
        'ALTER TABLE "Files" RENAME TO "FTS3Files"',
        "ALTER TYPE fts3job_status ADD VALUE 'Archived'",
    ),
    dropped=("Jobs.lastMonitor",),
    note=("fts3job_status's labels are FTS3Job.ALL_STATES, a list of the client module outside the models: "
          "the added label is a by-hand item, not an edit"),
)
