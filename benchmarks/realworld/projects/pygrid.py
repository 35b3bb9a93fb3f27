"""OpenMined/PyGrid (the node of a federated-learning grid, on Flask): Flask-SQLAlchemy 2 models on an
abstract ``BaseModel(db.Model, AllFeaturesMixin)`` of the application's package (sqlalchemy-mixins'
active-record mixin, itself on a declarative base of that library, with no column: read from the
installed library, ``pip install --no-deps sqlalchemy-mixins`` where this runs), written in the
package's ``__init__.py`` and imported three levels up (``from ... import BaseModel, db``);
plain-string foreign keys to tables named ``user`` and ``group`` (reserved words on PostgreSQL),
``db.PickleType`` and ``db.LargeBinary`` columns, a Python-side default computed at import
(``default=datetime.datetime.utcnow()``), ``relationship(..., backref=...)``; SQLAlchemy 1.3. The
node's application (``apps/node``) is laid out, not the network's (another database); its
``core/model.py``, a stale copy of ``model_centric/models/ai_model.py`` (both map
``model_centric_model``) that only the unused ``core/model_manager.py`` imports, is left out.
``app/main/__init__.py`` (syft, torch, the routes) is a stub of ours; the node's ``pyproject.toml`` is
laid out (its dependencies name Flask-SQLAlchemy 2). It showed one misreading, mended: the new table's
``double precision`` column was written ``db.Double``, a class of SQLAlchemy 2.0 that the project's
SQLAlchemy 1.3 does not have (its own float columns are ``db.Float``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="pygrid",
    repo="OpenMined/PyGrid",
    style="Flask-SQLAlchemy 2 on an abstract base with sqlalchemy-mixins, SQLAlchemy 1.3",
    files=("apps/node/src/app/__init__.py", "apps/node/src/app/version.py", "apps/node/src/app/main/database/*.py",
           "apps/node/src/app/main/model_centric/cycles/cycle.py",
           "apps/node/src/app/main/model_centric/cycles/worker_cycle.py",
           "apps/node/src/app/main/model_centric/models/ai_model.py",
           "apps/node/src/app/main/model_centric/processes/config.py",
           "apps/node/src/app/main/model_centric/processes/fl_process.py",
           "apps/node/src/app/main/model_centric/syft_assets/plan.py",
           "apps/node/src/app/main/model_centric/syft_assets/protocol.py",
           "apps/node/src/app/main/model_centric/workers/worker.py",
           "apps/node/pyproject.toml"),  # its dependencies: Flask-SQLAlchemy 2, so SQLAlchemy 1.x
    strip=("apps/node/src/", "apps/node/"),
    stubs={"app/util.py": "def mask_payload_fast(self, payload):\n    return payload\n",
           "app/main/__init__.py": "from .. import BaseModel, db  # noqa: F401\n"},
    stub_roots=("*",),
    metadata="app:db.metadata",
    imports=("app.main.database", "app/main/model_centric/*/*.py"),
    models="app",
    line_length=88,
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==1.1.4", "werkzeug==1.0.1",
                    "jinja2==2.11.3", "markupsafe==2.0.1", "itsdangerous==1.1.0", "alembic==1.7.7",
                    "psycopg2-binary", "sqlalchemy-utils==0.37.9", "sqlalchemy-mixins==1.2.1"),
    made_at_import=("WorkerCycle.started_at",),
    drift=(
        "ALTER TABLE model_centric_worker RENAME COLUMN avg_upload TO upload_rate",
        "ALTER TABLE model_centric_fl_process ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE model_centric_cycle ALTER COLUMN fl_process_id SET NOT NULL",
        "ALTER TABLE model_centric_plan ADD COLUMN description text",
        "CREATE INDEX ix_model_centric_worker_cycle_cycle_id ON model_centric_worker_cycle (cycle_id)",
        "COMMENT ON COLUMN \"user\".email IS 'the login of the user'",
        "ALTER TABLE model_centric_cycle ALTER COLUMN is_completed SET DEFAULT false",
        "ALTER TABLE model_centric_protocol DROP COLUMN value_tfjs",
        "CREATE TABLE model_centric_cycle_reports (id serial PRIMARY KEY, cycle_id integer NOT NULL"
        " REFERENCES model_centric_cycle (id), accuracy double precision,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE usergroup RENAME TO user_group",
    ),
    dropped=("model_centric_protocol.value_tfjs",),
    note="no named enum in the models: no ADD VALUE in the drift",
)
