"""FreeTAKTeam/FreeTakServer (a server for the Team Awareness Kit's Cursor-on-Target messages):
classic declarative on ``declarative_base(cls=Base)`` of ``sqlalchemy.ext.declarative`` over a
class saying ``__allow_unmapped__ = True``, one model a module, case-sensitive table and column
names (``"APICalls"``, ``PrimaryKey``, ``CreatorUid``), a plain ``Root`` mixin giving a ``uid``
column to the classes that list it, keys that are foreign keys of no type of their own
(``PrimaryKey = Column(ForeignKey("Detail.PrimaryKey"), primary_key=True)``, the type the
referenced column's), one-to-one details of a CoT event (``relationship(..., uselist=False,
backref=...)``), Python-side defaults of another type than the column's (``String`` columns with
``default=False`` / ``default=True``), ``default=dt.utcnow()`` computed at import. The ExCheck
template and checklist tables (on the same base, in the ExCheck component) are laid out for the
key ``ExCheckData`` names; the component's other base, whose module the checklist imports, is a
stub of ours. It showed one misreading: the class generated for a table next to ``Event(Base, Root)``
took both bases, though ``Root``'s ``uid`` is no column of the table (``Event`` defines ``uid`` again,
so the mixin seemed to give it nothing), and ``uid`` was added to the models."""

from recipe import Recipe

RECIPE = Recipe(
    name="freetakserver",
    repo="FreeTAKTeam/FreeTakServer",
    style="classic declarative, one model a module, case-sensitive names, typeless foreign-key keys",
    files=("FreeTAKServer/model/SQLAlchemy/*.py", "FreeTAKServer/model/SQLAlchemy/CoTTables/*.py",
           "FreeTAKServer/components/extended/excheck/persistence/ExCheck.py",
           "FreeTAKServer/components/extended/excheck/persistence/ExCheckChecklist.py"),
    # the ExCheck component's own base's checklist-to-mission class, imported (unused) by the checklist
    stubs={"FreeTAKServer/components/extended/excheck/persistence/sqlalchemy/checklist_mission.py":
           "class ChecklistMission:\n    pass\n"},
    stub_roots=("*",),
    metadata="FreeTAKServer.model.SQLAlchemy.Root:Base.metadata",
    imports=("FreeTAKServer/model/SQLAlchemy/**/*.py",
             "FreeTAKServer.components.extended.excheck.persistence.ExCheck",
             "FreeTAKServer.components.extended.excheck.persistence.ExCheckChecklist"),
    models="FreeTAKServer",
    made_at_import=("FreeTAKServer.model.SQLAlchemy.DataPackage.DataPackage.SubmissionDateTime",),
    drift=(
        'ALTER TABLE "Contact" RENAME COLUMN phone TO telephone',
        'ALTER TABLE "Remarks" ALTER COLUMN "INTAG" TYPE text',
        'ALTER TABLE "Federations" ALTER COLUMN address SET NOT NULL',
        'ALTER TABLE "VideoStreams" ADD COLUMN "Description" varchar(255)',
        'CREATE INDEX "ix_DataPackages_Hash" ON "DataPackages" ("Hash")',
        "COMMENT ON COLUMN \"Event\".how IS 'how the event was generated'",
        'ALTER TABLE "ActiveFederations" ALTER COLUMN "readCount" SET DEFAULT 0',
        'ALTER TABLE "Takv" DROP COLUMN os',
        'CREATE TABLE "EventNotes" (id serial PRIMARY KEY, event_uid varchar(100) NOT NULL REFERENCES "Event" (uid),'
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        'ALTER TABLE "ExCheckChecklist" ALTER COLUMN description TYPE varchar(500)',
        'ALTER TABLE "SystemUser" ALTER COLUMN device_type DROP NOT NULL',
        'ALTER TABLE "Sensor" RENAME TO "Sensors"',
    ),
    dropped=('Takv.os',),
)
