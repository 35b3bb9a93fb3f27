"""openstack/octavia: classic declarative with every base named through the module that defines
it (``class Member(base_models.BASE, base_models.IdMixin, base_models.ProjectMixin, ...)``), a
``declarative_base(cls=OctaviaBase)`` on oslo.db's ``models.ModelBase`` (read from the installed
library, ``pip install oslo.db`` where this runs), twelve lookup tables from one mixin
(``LookupTableMixin``: ``name`` primary key, ``description``), ``ScalarListType`` of
sqlalchemy-utils, ``Mapped`` relationships beside ``sa.Column``. The API types are stubs;
the data models' module is laid out (its ``ToDictMixin`` is a base of the declarative base's
class, so a base of every model)."""

from recipe import Recipe

RECIPE = Recipe(
    name="octavia",
    repo="openstack/octavia",
    style="classic declarative, bases through their module, lookup-table mixin",
    files=("octavia/db/models.py", "octavia/db/base_models.py", "octavia/common/constants.py",
           "octavia/common/data_models.py"),
    stubs={"octavia/__init__.py": "", "octavia/db/__init__.py": "", "octavia/common/__init__.py": "",
           "octavia/i18n.py": "def _(text):\n    return text\n"},
    stub_roots=("*",),
    metadata="octavia.db.base_models:BASE.metadata",
    imports=("octavia.db.models",),
    models="octavia/db",
    line_length=79,
    drift=(
        "ALTER TABLE member RENAME COLUMN monitor_address TO health_address",
        "ALTER TABLE listener ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE pool ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE amphora ADD COLUMN image_tag varchar(255)",
        "CREATE INDEX ix_member_ip_address ON member (ip_address)",
        "COMMENT ON COLUMN load_balancer.description IS 'shown in the dashboard'",
        "ALTER TABLE quotas ALTER COLUMN in_use_member SET DEFAULT 0",
        "ALTER TABLE amphora DROP COLUMN cert_busy",
        "CREATE TABLE amphora_note (id serial PRIMARY KEY, amphora_id varchar(36) NOT NULL REFERENCES amphora (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE amphora RENAME TO amphora_v2",
    ),
    dropped=("amphora.cert_busy",),
)
