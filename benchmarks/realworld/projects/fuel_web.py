"""openstack/fuel-web (Fuel's Nailgun, the deployment service of Mirantis OpenStack, retired; its last
tree before the retirement): classic declarative on a ``declarative_base(cls=...)`` chosen in an
``if settings.DEVELOPMENT:`` at module level (oslo.db's ``ModelBase``, read from the installed
library), models in two packages (``db/sqlalchemy/models`` and the network and volume manager
extensions' ``models``), a ``__tablename__`` made by ``'{0}node_volumes'.format(
VolumeManagerExtension.table_prefix())``, named enums of ``Enum(*consts.X, name=...)`` whose values
are fields of a ``namedtuple`` the project's own ``consts.Enum()`` makes, with Python-side defaults
``consts.X.member``, a JSON-in-text ``TypeDecorator`` wrapped in ``MutableDict.as_mutable(JSON)`` /
``MutableList.as_mutable(...)`` of the project's own ``Mutable`` classes, PostgreSQL ``ARRAY``,
``INET``, ``CIDR`` and ``MACADDR`` columns, a ``server_default=jsonutils.dumps({...})``, ``deferred()``
columns, joined-table inheritance with ``polymorphic_on`` (``NetworkingConfig``), ``secondary=
Model.__table__``, self-referencing ``remote_side=[id]``. The settings, the session module and the
volume manager's extension class are stubs of ours, ``oslo_serialization.jsonutils`` is ``json``'s. It
showed misreadings: ``MutableDict.as_mutable(JSON)`` after ``from sqlalchemy.dialects.postgresql import
JSON`` (master_node_settings.py) was read as the project's text ``JSON`` TypeDecorator that the same
text means in the other files (a by-hand item where nothing drifted); the computed ``__tablename__`` of
``NodeVolumes`` was not read, so no class was generated for the drift's new table (mended: the class
method of the imported class is worked out); and the enums'
``Enum(*consts.X, ...)`` labels are not read (a note; the drift's new enum value is not added)."""

from recipe import Recipe

RECIPE = Recipe(
    name="fuel_web",
    repo="openstack/fuel-web",
    ref="HEAD~1",  # the last commit retired the repository (no files)
    style="classic declarative over two packages, namedtuple-valued named enums, Mutable JSON TypeDecorator",
    files=("nailgun/nailgun/db/sqlalchemy/models/*.py", "nailgun/nailgun/extensions/network_manager/models/*.py",
           "nailgun/nailgun/extensions/volume_manager/models/*.py", "nailgun/nailgun/consts.py"),
    strip="nailgun/",
    stubs={
        "nailgun/__init__.py": "",
        "nailgun/settings.py": "class _Settings:\n    DEVELOPMENT = False\n\n\nsettings = _Settings()\n",
        "nailgun/db/__init__.py": "def db():\n    raise RuntimeError('no session in the corpus')\n",
        "nailgun/extensions/__init__.py": "",
        "nailgun/extensions/volume_manager/__init__.py": "",
        "nailgun/extensions/volume_manager/extension.py": (
            "class VolumeManagerExtension:\n    name = 'volume_manager'\n\n    @classmethod\n"
            "    def table_prefix(cls):\n        return '{0}_'.format(cls.name)\n"),
        "oslo_serialization/__init__.py": "",
        "oslo_serialization/jsonutils.py": "from json import dumps, loads  # noqa: F401\n",
    },
    # three tables' unique constraints have one name, '_type_deployment_graph_id_uc' (PostgreSQL names a
    # unique constraint's index per schema: create_all fails); the migrations name them
    # type_<column>_uc, as the plugins' and clusters' ones are named here
    fixes={"nailgun/db/sqlalchemy/models/deployment_graph.py": (
        ("""            'plugin_id',
            'type',
            name='_type_deployment_graph_id_uc'),""", """            'plugin_id',
            'type',
            name='type_plugin_id_uc'),"""),
        ("""            'cluster_id',
            'type',
            name='_type_deployment_graph_id_uc'),""", """            'cluster_id',
            'type',
            name='type_cluster_id_uc'),"""),
    )},
    stub_roots=("*",),
    metadata="nailgun.db.sqlalchemy.models.base:Base.metadata",
    imports=("nailgun.db.sqlalchemy.models", "nailgun.extensions.volume_manager.models.node_volumes"),
    models="nailgun",
    line_length=79,
    drift=(
        "ALTER TABLE plugins RENAME COLUMN homepage TO homepage_url",
        "ALTER TABLE nodes ALTER COLUMN platform_name TYPE varchar(255)",
        "ALTER TABLE nodes ALTER COLUMN os_platform SET NOT NULL",
        "ALTER TABLE clusters ADD COLUMN owner varchar(64)",
        "CREATE INDEX ix_notifications_datetime ON notifications (datetime)",
        "COMMENT ON COLUMN releases.operating_system IS 'Ubuntu or CentOS'",
        "ALTER TABLE nodes ALTER COLUMN progress SET DEFAULT 0",
        "ALTER TABLE tasks DROP COLUMN graph_type",
        "CREATE TABLE node_notes (id serial PRIMARY KEY, node_id integer NOT NULL REFERENCES nodes (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cluster_plugin_links RENAME TO cluster_links",
        "ALTER TYPE notif_topic ADD VALUE 'critical'",
    ),
    dropped=("tasks.graph_type",),
)
