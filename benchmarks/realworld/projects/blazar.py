"""openstack/blazar: classic declarative on ``declarative_base(cls=_BlazarBase)`` named through
its module (``class Lease(mb.BlazarBase)`` after ``from blazar.db.sqlalchemy import model_base as
mb``), oslo.db's ``ModelBase`` / ``TimestampMixin`` (read from the installed library, ``pip
install oslo.db`` where this runs), a column helper (``id = _id_column()``, a text key with a
Python-side uuid default), a type function with a MySQL variant (``MediumText()``), boolean
server defaults written as ``sa.false()``."""

from recipe import Recipe

RECIPE = Recipe(
    name="blazar",
    repo="openstack/blazar",
    style="classic declarative through a base module, column helper, type function",
    files=("blazar/db/sqlalchemy/models.py", "blazar/db/sqlalchemy/model_base.py"),
    stubs={"blazar/__init__.py": "", "blazar/db/__init__.py": "", "blazar/db/sqlalchemy/__init__.py": ""},
    stub_roots=("*",),
    metadata="blazar.db.sqlalchemy.model_base:BlazarBase.metadata",
    imports=("blazar.db.sqlalchemy.models",),
    models="blazar/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE leases RENAME COLUMN trust_id TO trust_uuid",
        "ALTER TABLE events ALTER COLUMN event_type TYPE varchar(128)",
        "ALTER TABLE events ALTER COLUMN time SET NOT NULL",
        "ALTER TABLE computehosts ADD COLUMN rack varchar(64)",
        "CREATE INDEX ix_reservations_status ON reservations (status)",
        "COMMENT ON COLUMN leases.name IS 'shown to the user'",
        "ALTER TABLE instance_reservations DROP COLUMN server_group_id",
        "ALTER TABLE computehosts ALTER COLUMN status SET DEFAULT 'free'",
        "CREATE TABLE lease_note (id serial PRIMARY KEY, lease_id varchar(36) NOT NULL REFERENCES leases (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE leases RENAME TO leases_v2",
    ),
    dropped=("instance_reservations.server_group_id",),
)
