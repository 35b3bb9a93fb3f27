"""openstack/cloudpulse (health checks of an OpenStack cloud's services; retired: the last commit of
master removed the code, so the one before it is laid out): two tables in one module, classic
declarative on ``declarative_base(cls=CpulseBase)`` whose base is oslo.db's ``TimestampMixin`` and
``ModelBase`` (read from the installed library) and says ``metadata = None``, a lower-case class name
(``class cpulse(Base)``), ``__table_args__`` tuples of a named ``schema.UniqueConstraint`` and
``table_args()`` (MySQL's options from oslo.config's ``CONF.database.connection``, ``None``
elsewhere), options registered on oslo.config at import, JSON ``TypeDecorator`` subclasses over
``TEXT`` that no column uses. The project's ``paths`` module is laid out; what the models import and
is not installed (six) is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="cloudpulse",
    repo="openstack/cloudpulse",
    style="classic declarative on an oslo.db mixin base, a table_args() function in __table_args__ tuples",
    files=("cloudpulse/db/sqlalchemy/models.py", "cloudpulse/common/paths.py"),
    stubs={"cloudpulse/__init__.py": "", "cloudpulse/common/__init__.py": "", "cloudpulse/db/__init__.py": "",
           "cloudpulse/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="cloudpulse.db.sqlalchemy.models:Base.metadata",
    imports=("cloudpulse.db.sqlalchemy.models",),
    models="cloudpulse/db/sqlalchemy",
    line_length=79,
    ref="25744be5ea28a6dbcccf906ec4441b1da835edbf",  # master's last commit with the code
    drift=(
        "ALTER TABLE cpulse RENAME COLUMN testtype TO test_type",
        "ALTER TABLE cpulse ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE cpulselock ALTER COLUMN test_name SET NOT NULL",
        "ALTER TABLE cpulse ADD COLUMN duration integer",
        "CREATE INDEX ix_cpulse_state ON cpulse (state)",
        "COMMENT ON COLUMN cpulse.result IS 'the output of the test'",
        "ALTER TABLE cpulse ALTER COLUMN state SET DEFAULT 'scheduled'",
        "ALTER TABLE cpulselock DROP COLUMN conductor_id",
        "CREATE TABLE cpulse_notes (id serial PRIMARY KEY, cpulse_id integer NOT NULL REFERENCES cpulse (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cpulselock RENAME TO cpulse_locks",
    ),
    dropped=("cpulselock.conductor_id",),
    note="no enum in the models (a test's state is a string): no ADD VALUE in the drift",
)
