"""Dallinger/Dallinger (a platform for networked social-science experiments): classic declarative
on SQLAlchemy 1.4's ``declarative_base()`` with ``Base.query = session.query_property()``, a
``SharedMixin`` of plain columns (``id``, ``creation_time`` with a Python-side ``default=timenow``,
five ``property1``..``property5`` text columns, ``details`` JSONB with ``server_default="{}"`` and
``default=lambda: {}``) mixed into every table, single-table inheritance on a ``type`` column in
each table (``polymorphic_on: type``) with some forty subclasses in ``nodes.py``, ``networks.py``,
``information.py`` and ``transformations.py`` that add only ``hybrid_property`` aliases of the
``property`` columns, named PostgreSQL enums written inline, ``column_property`` counts assigned
after the classes. The application's configuration, redis and rq modules are permissive stubs. A label
the drift adds to the one-label-per-line ``Enum(...)`` was written by rewriting the call on one line of
257 characters; it is inserted on a line of its own now."""

from recipe import Recipe

RECIPE = Recipe(
    name="dallinger",
    repo="Dallinger/Dallinger",
    style="classic declarative, a shared mixin, single-table inheritance with many subclasses",
    files=("dallinger/db.py", "dallinger/models.py", "dallinger/nodes.py", "dallinger/networks.py",
           "dallinger/information.py", "dallinger/transformations.py"),
    stubs={"dallinger/__init__.py": ""},
    stub_roots=("*",),
    metadata="dallinger.db:Base.metadata",
    imports=("dallinger.models", "dallinger.nodes", "dallinger.networks", "dallinger.information",
             "dallinger.transformations"),
    models="dallinger",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE participant RENAME COLUMN fingerprint_hash TO fingerprint",
        "ALTER TABLE notification ALTER COLUMN event_type TYPE varchar(64)",
        "ALTER TABLE question ALTER COLUMN participant_id SET NOT NULL",
        "ALTER TABLE network ADD COLUMN label varchar(64)",
        "CREATE INDEX ix_participant_worker_id ON participant (worker_id)",
        "COMMENT ON COLUMN info.contents IS 'the payload the info carries'",
        "ALTER TABLE network ALTER COLUMN max_size SET DEFAULT 1000000",
        "ALTER TABLE transmission DROP COLUMN receive_time",
        "CREATE TABLE participant_note (id serial PRIMARY KEY, participant_id integer NOT NULL"
        " REFERENCES participant (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE recruitment RENAME TO recruitments",
        "ALTER TYPE participant_status ADD VALUE 'timed_out'",
    ),
    dropped=("transmission.receive_time",),
)
