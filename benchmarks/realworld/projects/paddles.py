"""ceph/paddles (the results store of Ceph's teuthology test runs, on Pecan): classic declarative
on ``declarative_base(cls=_EntityBase)`` (a plain class of Elixir-like helpers) in the package's
``__init__`` that imports its model modules at its end, a ``Table`` of job-node pairs on
``Base.metadata`` with a composite ``Index`` and two ``index=True`` keys, ``deferred(Column(...))``
columns, a ``UnicodeText`` JSON ``TypeDecorator``, a self-referencing foreign key with
``remote_side='Node.id'``, a ``mapper`` ``init`` listener; SQLAlchemy 1.3 (1.4 here). Pecan's
configuration, the controllers and the statistics client are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="paddles",
    repo="ceph/paddles",
    style="classic declarative on a custom base class, a secondary Table, deferred columns, Pecan",
    files=("paddles/models/*.py",),
    stub_roots=("*",),
    metadata="paddles.models:Base.metadata",
    imports=("paddles.models",),
    models="paddles/models",
    line_length=79,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE jobs RENAME COLUMN pcp_grafana_url TO grafana_url",
        "ALTER TABLE nodes ALTER COLUMN arch TYPE varchar(32)",
        "ALTER TABLE runs ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE nodes ADD COLUMN rack varchar(64)",
        "CREATE INDEX ix_jobs_owner ON jobs (owner)",
        "COMMENT ON COLUMN nodes.mac_address IS 'of the IPMI interface'",
        "ALTER TABLE queue ALTER COLUMN pause_duration SET DEFAULT 0",
        "ALTER TABLE jobs DROP COLUMN sentry_event",
        "CREATE TABLE node_notes (id serial PRIMARY KEY, node_id integer NOT NULL REFERENCES nodes (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE queue RENAME TO queues",
    ),
    dropped=("jobs.sentry_event",),
    note="no enum in the drift: the models have none (statuses are strings)",
)
