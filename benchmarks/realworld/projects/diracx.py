"""DIRACGrid/diracx (its job database): SQLAlchemy 2.0 ``Mapped`` in a namespace package
(``src/diracx/`` has no ``__init__.py``), every column named in CamelCase by its call
(``mapped_column("JobID", ...)``), lengths from ``Annotated[str, 32]`` aliases of another module
keyed in the base's ``type_annotation_map``, enum-backed TypeDecorators (``impl =
types.Enum("True", "False", name=...)``), a ``SmarterDateTime`` TypeDecorator with an ``__init__``
of its own, a key that is also a foreign key, indexes named like their columns. The package's
``__init__`` modules, which import the whole service, are stand-ins re-exporting what the schema
takes."""

from recipe import Recipe

_SQL = "diracx-db/src/diracx/db/sql/"

RECIPE = Recipe(
    name="diracx",
    repo="DIRACGrid/diracx",
    style="2.0 Mapped in a namespace package, Annotated lengths, CamelCase names",
    files=(_SQL + "job/schema.py", _SQL + "utils/types.py", _SQL + "utils/functions.py"),
    strip="diracx-db/src/",
    stubs={"diracx/db/__init__.py": "", "diracx/db/sql/__init__.py": "", "diracx/db/sql/job/__init__.py": "",
           "diracx/db/sql/utils/__init__.py": (
               "from .types import EnumBackedBool, SmarterDateTime, str32, str64, str128, str255\n")},
    metadata="diracx.db.sql.job.schema:JobDBBase.metadata",
    imports=("diracx.db.sql.job.schema",),
    models="diracx/db/sql/job",
    drift=(
        'ALTER TABLE "JobCommands" RENAME COLUMN "Arguments" TO "CommandArguments"',
        'ALTER TABLE "Jobs" ALTER COLUMN "Site" TYPE varchar(128)',
        'ALTER TABLE "JobCommands" ALTER COLUMN "ExecutionTime" SET NOT NULL',
        'ALTER TABLE "Jobs" ADD COLUMN "Priority" integer',
        'CREATE INDEX "JobName" ON "Jobs" ("JobName")',
        'COMMENT ON COLUMN "Jobs"."VO" IS \'the virtual organisation\'',
        'ALTER TABLE "InputData" ALTER COLUMN "Status" SET DEFAULT \'AprioriGood\'',
        'ALTER TABLE "AtticJobParameters" DROP COLUMN "RescheduleCycle"',
        'CREATE TABLE "JobTags" ("JobID" integer NOT NULL REFERENCES "Jobs" ("JobID"), "Tag" varchar(64) NOT NULL,'
        ' "Created" timestamp NOT NULL DEFAULT now(), PRIMARY KEY ("JobID", "Tag"))',
    ),
    dropped=("AtticJobParameters.RescheduleCycle",),
)
