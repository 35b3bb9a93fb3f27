"""inveniosoftware/invenio-github (GitHub releases into Invenio records): Flask-SQLAlchemy models on
invenio-db's ``db`` with its ``db.Timestamp`` mixin (read from the installed library), sqlalchemy-utils'
``UUIDType`` keys with ``default=uuid.uuid4``, ``ChoiceType(ReleaseStatus, impl=db.CHAR(1))`` of an
enum with ``__init__`` / ``__eq__`` overrides, ``JSONType().with_variant(postgresql.JSON(none_as_null=
True), "postgresql")``, a unique and indexed nullable ``github_id``, foreign keys written with other
libraries' classes (``db.ForeignKey(User.id)``, invenio-accounts read from the installed package;
``db.ForeignKey(Event.id)`` of invenio-webhooks, a small stub of ours read with the models), a
``backref`` with ``lazy="dynamic"``, attribute docstrings. The application's other modules are
permissive stubs."""

from recipe import Recipe

# invenio-webhooks' table of events, its key only (ours)
_WEBHOOKS_MODELS = '''import uuid

from invenio_db import db
from sqlalchemy_utils.types import UUIDType


class Event(db.Model):
    __tablename__ = "webhooks_events"

    id = db.Column(UUIDType, primary_key=True, default=uuid.uuid4)
'''

RECIPE = Recipe(
    name="invenio_github",
    repo="inveniosoftware/invenio-github",
    style="Flask-SQLAlchemy on invenio-db, ChoiceType, UUIDType keys, other libraries' classes",
    files=("invenio_github/models.py",),
    stubs={"invenio_github/__init__.py": "", "invenio_webhooks/models.py": _WEBHOOKS_MODELS},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_github.models",),
    # the stub of ours is read with the project's models: outside the scanned path its table would
    # get a new class of its own
    models=".",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE github_releases RENAME COLUMN tag TO tag_name",
        "ALTER TABLE github_repositories ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE github_releases ALTER COLUMN repository_id SET NOT NULL",
        "ALTER TABLE github_repositories ADD COLUMN default_branch varchar(255)",
        "CREATE INDEX ix_github_releases_repository_id ON github_releases (repository_id)",
        "COMMENT ON COLUMN github_releases.status IS 'one letter of ReleaseStatus'",
        "ALTER TABLE github_releases ALTER COLUMN status SET DEFAULT 'R'",
        "ALTER TABLE github_releases DROP COLUMN errors",
        "CREATE TABLE github_release_assets (id serial PRIMARY KEY, release_id uuid NOT NULL"
        " REFERENCES github_releases (id) ON DELETE CASCADE, name varchar(255) NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE github_repositories RENAME TO github_repos",
    ),
    dropped=("github_releases.errors",),
    note="no named enum in the models (ChoiceType is CHAR(1)): no ADD VALUE in the drift",
)
