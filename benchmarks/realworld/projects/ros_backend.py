"""RedHatInsights/ros-backend (Resource Optimization for Red Hat Insights: it reads the performance
metrics hosts upload and recommends cloud instance types, Flask + Kafka consumers): 6 tables of
Flask-SQLAlchemy 3.1 ``db.Model`` classes in one module, where the keys and constraints live in
``__table_args__`` rather than on the columns. Two classes write no ``__tablename__`` (the name
Flask-SQLAlchemy makes from the class name: ``performance_profile``, ``performance_profile_history``)
and mark no column ``primary_key=True``: their keys are a named ``db.PrimaryKeyConstraint`` (one of two
columns, one a ``timestamptz``) in the table arguments, beside a named ``db.ForeignKeyConstraint`` with
``ondelete='CASCADE'``. Indexes written with the class body's own column objects
(``db.Index('...', number_of_recommendations, postgresql_where=(number_of_recommendations > 0))``: a
partial index), a hash index (``postgresql_using='hash'``), ``index=True`` on a JSONB column; unnamed
``db.UniqueConstraint('org_id')`` and ``db.CheckConstraint('NOT(org_id IS NULL)')``; a
``__table_args__`` written in the middle of the columns; ``db.ARRAY(db.String)``, ``JSONB``,
``UUID(as_uuid=True)``, ``datetime.utcnow`` defaults; an ``IntEnum`` that the rating column does not use
(a ``SmallInteger``). The Flask extensions module (cache, metrics, db) is ours, the db only."""

from recipe import Recipe

EXTENSIONS = '''"""Stand-in for ros.extensions (ours): the SQLAlchemy object the models use."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
'''

RECIPE = Recipe(
    name="ros_backend",
    repo="RedHatInsights/ros-backend",
    style="Flask-SQLAlchemy 3.1, keys and FKs in __table_args__ only, generated table names, partial/hash index",
    files=("ros/lib/models.py",),
    stubs={"ros/__init__.py": "", "ros/lib/__init__.py": "", "ros/extensions.py": EXTENSIONS},
    metadata="ros.extensions:db.metadata",
    imports=("ros.lib.models",),
    models="ros/lib",
    line_length=120,  # its .flake8 max-line-length
    drift=(
        "ALTER TABLE systems RENAME COLUMN fqdn TO host_fqdn",
        "ALTER TABLE performance_profile ALTER COLUMN state SET NOT NULL",
        "CREATE TABLE system_tag (id serial PRIMARY KEY,"
        " system_id integer NOT NULL REFERENCES systems (id) ON DELETE CASCADE,"
        " namespace varchar(64) NOT NULL, key varchar(128) NOT NULL, value text,"
        " UNIQUE (system_id, namespace, key))",
        "ALTER TABLE systems ALTER COLUMN instance_type TYPE varchar(50)",
        "ALTER TABLE performance_profile_history DROP COLUMN psi_enabled",
        "CREATE INDEX ix_systems_stale_timestamp ON systems (stale_timestamp)",
        "COMMENT ON COLUMN recommendation_rating.rating IS '-1 dislike, 0 neutral, 1 like'",
        "COMMENT ON TABLE rules IS 'Insights rules whose hits make the recommendations'",
        "ALTER TABLE rh_accounts ALTER COLUMN created_at SET DEFAULT now()",
        "ALTER TABLE rules ADD COLUMN severity smallint",
        "ALTER TABLE recommendation_rating ADD CONSTRAINT recommendation_rating_rating_check"
        " CHECK (rating BETWEEN -1 AND 1)",
        "ALTER TABLE systems RENAME TO inventory_systems",
    ),
    dropped=("performance_profile_history.psi_enabled",),
    note=("the CHECK added to recommendation_rating is not seen at all (no action, no note, no by-hand item: "
          "``plan`` has no check kind, and Alembic does not compare checks either); after the systems rename the "
          "table's indexes keep the database's names (``db.Index('ix_systems_...')``) but its unnamed "
          "``UniqueConstraint('inventory_id')`` and its key stay unnamed, so create_all from the edited models "
          "names them inventory_systems_inventory_id_key / inventory_systems_pkey where the database kept "
          "systems_inventory_id_key / systems_pkey (checks cannot see it)"),
)
