"""openstack/ironic: classic declarative, ``declarative_base(cls=IronicBase)`` where the base
class derives from oslo.db's ``TimestampMixin`` / ``ModelBase`` (read from the installed
library: ``pip install oslo.db`` where this runs) and adds a ``version`` column; every
``__table_args__`` ends in (or is) ``table_args()``, a function returning MySQL's table options
or None as the configuration says; oslo.db's ``JsonEncodedDict`` types; ``association_proxy``.
``ironic.conf`` is a stub of ours on oslo.config (its ``state_path`` option, which the default
connection names); the rest of ironic is stubs."""

from recipe import Recipe

CONF = ("from oslo_config import cfg\n\nCONF = cfg.CONF\n"
        "CONF.register_opt(cfg.StrOpt('state_path', default='/var/lib/ironic'))\n")

RECIPE = Recipe(
    name="ironic",
    repo="openstack/ironic",
    style="classic declarative, cls= base on library mixins, dialect-option functions",
    files=("ironic/db/sqlalchemy/models.py",),
    stubs={"ironic/__init__.py": "", "ironic/db/__init__.py": "", "ironic/db/sqlalchemy/__init__.py": "",
           "ironic/conf/__init__.py": CONF},
    stub_roots=("*",),
    metadata="ironic.db.sqlalchemy.models:Base.metadata",
    imports=("ironic.db.sqlalchemy.models",),
    models="ironic/db/sqlalchemy",
    line_length=79,
    drift=(
        "ALTER TABLE ports RENAME COLUMN physical_network TO physnet",
        "ALTER TABLE chassis ALTER COLUMN description TYPE varchar(512)",
        "ALTER TABLE ports ALTER COLUMN address SET NOT NULL",
        "ALTER TABLE nodes ADD COLUMN rack_position varchar(32)",
        "CREATE INDEX ix_ports_pxe_enabled ON ports (pxe_enabled)",
        "COMMENT ON COLUMN conductors.hostname IS 'FQDN of the conductor'",
        "ALTER TABLE portgroups DROP COLUMN standalone_ports_supported",
        "ALTER TABLE ports ALTER COLUMN pxe_enabled SET DEFAULT true",
        "CREATE TABLE port_notes (id serial PRIMARY KEY, port_id integer NOT NULL REFERENCES ports (id),"
        " created_at timestamp, updated_at timestamp, version varchar(15))",
        "ALTER TABLE ports RENAME TO ports_v2",
    ),
    dropped=("portgroups.standalone_ports_supported",),
)
