"""openstack/craton (a fleet-management inventory, retired in 2018): classic declarative on
``declarative_base(cls=CratonBase, constructor=...)`` whose base derives from oslo.db's ``ModelBase``
and ``TimestampMixin`` (read from the installed library), a ``VariableMixin`` whose ``declared_attr``
gives each class a key to ``variable_association`` named from the class (``'fk_%ss_variable_association'
% cls.__name__.lower()``) and a relationship to a subclass it makes at run time with ``type(...)``
(single-table polymorphism on a ``discriminator``), joined-table inheritance (``Host`` and
``NetworkDevice`` on ``Device``, ``inherit_condition=(id == Device.id)``, ``hostname = Device.name``),
a self-referencing key with ``backref(..., remote_side=[id])``, a column whose name differs from its
attribute (``key = Column('key_', ...)``), named ``UniqueConstraint``s in ``__table_args__`` tuples,
sqlalchemy-utils' ``UUIDType(binary=False)`` and ``IPAddressType``, ``attribute_mapped_collection``
and association proxies. The code was removed when the project retired: the recipe lays out the
commit before. It imports ``sqlalchemy.ext.declarative.api`` (gone in SQLAlchemy 1.4): the probe runs
on 1.3. ``craton.db.api`` and ``craton.exceptions`` are stubs of ours. It showed one misreading: the
mixin's ``declared_attr`` that ends ``rel = relationship(...)``, ``return rel`` was taken to hide columns
of every class using it, the ``return``s of the functions it defines inside being counted as its own, so
the column ``cells`` gained was left out (a note)."""

from recipe import Recipe

RECIPE = Recipe(
    name="craton",
    repo="openstack/craton",
    style="classic declarative on oslo.db's mixins, a declared_attr key per class, joined inheritance",
    files=("craton/db/sqlalchemy/models.py",),
    stubs={"craton/__init__.py": "", "craton/db/__init__.py": "", "craton/db/sqlalchemy/__init__.py": "",
           "craton/db/api.py": ("from collections import namedtuple\n\n"
                                "Blame = namedtuple('Blame', ['source', 'variable'])\n"),
           "craton/exceptions.py": "class ParentIDError(Exception):\n    pass\n"},
    metadata="craton.db.sqlalchemy.models:Base.metadata",
    imports=("craton.db.sqlalchemy.models",),
    models="craton/db/sqlalchemy",
    line_length=79,
    probe_packages=("sqlalchemy==1.3.24", "oslo.db==10.0.0", "sqlalchemy-utils==0.37.9", "psycopg2-binary",
                    "alembic==1.7.7"),
    ref="555d0c885692200b6ab3dbb3adf780784e389183",  # master's last commit with the code
    drift=(
        "ALTER TABLE networks RENAME COLUMN nss TO name_servers",
        "ALTER TABLE clouds ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE regions ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE cells ADD COLUMN location varchar(255)",
        "CREATE INDEX ix_network_interfaces_network_id ON network_interfaces (network_id)",
        "COMMENT ON COLUMN devices.ip_address IS 'the management address'",
        "ALTER TABLE users ALTER COLUMN is_admin SET DEFAULT false",
        "ALTER TABLE network_devices DROP COLUMN os_version",
        "CREATE TABLE device_notes (id serial PRIMARY KEY, device_id integer NOT NULL REFERENCES devices (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE labels RENAME TO device_labels",
    ),
    dropped=("network_devices.os_version",),
    note="no enum in the drift: the models have none",
)
