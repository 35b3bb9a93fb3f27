"""pegasus-isi/pegasus (the Pegasus scientific workflow management system: its monitoring, "stampede",
replica-catalog and ensemble-manager database): classic declarative on ``declarative_base(cls=SABase,
metadata=metadata)``, every column named twice (``Column("wf_id", KeyInteger, ...)``), a key type of
``BigInteger().with_variant(...)`` chained three times, ``__table_args__`` assigned to the class after
its body (``Workflow.__table_args__ = (UniqueConstraint(Workflow.wf_uuid, name=...), table_keywords)``:
the assignment itself does nothing, the constraint joins the table because it is built of its bound
columns), module-level ``Index("..._COL", Job.type_desc)``, named enums of string labels, of
``*EnsembleStates`` (a ``set`` subclass of another module) and of ``*(t.value for t in
list(TriggerType))``, a ``_type = Column("type", ...)`` attribute, ``default=time.time()`` computed at
import, and ``registry.map_imperatively`` of the ensemble manager's own classes onto two declarative
classes' tables. The three enums spread from ``set`` subclasses are not read (a set's order is the
hash seed's; a note each); ``trigger_type``'s labels, a generator over ``TriggerType``'s values, were
not read either, and a label added to the type was written nowhere: it is now a member of
``TriggerType``."""

from recipe import Recipe

RECIPE = Recipe(
    name="pegasus",
    repo="pegasus-isi/pegasus",
    style="classic declarative, columns named twice, __table_args__ assigned after the class, map_imperatively",
    files=("packages/pegasus-python/src/Pegasus/__init__.py", "packages/pegasus-python/src/Pegasus/user.py",
           "packages/pegasus-python/src/Pegasus/db/__init__.py",
           "packages/pegasus-python/src/Pegasus/db/ensembles.py",
           "packages/pegasus-python/src/Pegasus/db/schema.py"),
    strip="packages/pegasus-python/src/",
    metadata="Pegasus.db.schema:metadata",
    imports=("Pegasus.db.schema",),
    models="Pegasus/db",
    line_length=88,
    drift=(
        "ALTER TABLE host RENAME COLUMN uname TO os_uname",
        "ALTER TABLE workflow ALTER COLUMN dax_label TYPE varchar(512)",
        "ALTER TABLE job_instance ALTER COLUMN sched_id SET NOT NULL",
        "ALTER TABLE ensemble ADD COLUMN description text",
        "CREATE INDEX ix_rc_pfn_site ON rc_pfn (site)",
        "COMMENT ON COLUMN workflow.submit_dir IS 'where pegasus-plan wrote the submit files'",
        "ALTER TABLE ensemble_workflow ALTER COLUMN priority SET DEFAULT 0",
        "ALTER TABLE invocation DROP COLUMN avg_cpu",
        "CREATE TABLE workflow_notes (id serial PRIMARY KEY, wf_id bigint NOT NULL REFERENCES workflow (wf_id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE task_meta RENAME TO task_metadata",
        "ALTER TYPE job_type_desc ADD VALUE 'transfer'",
        "ALTER TYPE trigger_type ADD VALUE 'WEBHOOK'",
    ),
    dropped=("invocation.avg_cpu",),
    # default=time.time(): the time the module was imported
    made_at_import=("Pegasus.db.schema.Workflowstate.timestamp", "Pegasus.db.schema.Jobstate.timestamp",
                    "Pegasus.db.schema.Invocation.start_time"),
)
