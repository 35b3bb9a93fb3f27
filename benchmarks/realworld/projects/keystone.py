"""openstack/keystone: classic declarative models kept in the drivers' own modules
(``backends/sql.py``, beside the driver classes), written against a module that re-exports
SQLAlchemy's names as its own (``Column = sql.Column`` in ``keystone.common.sql.core``, brought
into the package by ``from .core import *``) and used as ``sql.Column(sql.String(64), ...)``;
mixins on a library's base (oslo.db's ``models.ModelBase``, imported as ``from
oslo_db.sqlalchemy import models``: read from the installed library, ``pip install oslo.db``
where this runs); ``server_default`` from another module's constant; text-JSON
``TypeDecorator``s. The rest of keystone and the other OpenStack libraries are stubs; the two
``NULL_DOMAIN_ID`` constants and the ``EntityType`` labels are stubs of ours with their values."""

from recipe import Recipe

MODELS = ("application_credential/backends/sql.py", "assignment/backends/sql.py",
          "assignment/role_backends/sql_model.py", "catalog/backends/sql.py", "credential/backends/sql.py",
          "endpoint_policy/backends/sql.py", "federation/backends/sql.py", "identity/backends/sql_model.py",
          "identity/mapping_backends/sql.py", "limit/backends/sql.py", "oauth1/backends/sql.py",
          "policy/backends/sql.py", "resource/backends/sql_model.py", "resource/config_backends/sql.py",
          "revoke/backends/sql.py", "trust/backends/sql.py")

ENTITY_TYPE = "class EntityType:\n    USER = 'user'\n    GROUP = 'group'\n"

RECIPE = Recipe(
    name="keystone",
    repo="openstack/keystone",
    style="classic declarative in driver modules, re-exported names",
    files=("keystone/common/sql/__init__.py", "keystone/common/sql/core.py", *(f"keystone/{m}" for m in MODELS)),
    stubs={"keystone/resource/backends/base.py": "NULL_DOMAIN_ID = '<<keystone.domain.root>>'\n",
           "keystone/assignment/role_backends/base.py": "NULL_DOMAIN_ID = '<<null>>'\n",
           "keystone/identity/mapping_backends/mapping.py": ENTITY_TYPE},
    stub_roots=("*",),
    metadata="keystone.common.sql.core:ModelBase.metadata",
    imports=tuple("keystone." + m.removesuffix(".py").replace("/", ".") for m in MODELS),
    models="keystone",
    line_length=79,
    drift=(
        "ALTER TABLE project RENAME COLUMN description TO summary",
        "ALTER TABLE region ALTER COLUMN description TYPE varchar(512)",
        "ALTER TABLE credential ALTER COLUMN project_id SET NOT NULL",
        "ALTER TABLE role ADD COLUMN created_at timestamp",
        "CREATE INDEX ix_endpoint_region_id ON endpoint (region_id)",
        "COMMENT ON COLUMN policy.type IS 'MIME type of the blob'",
        "ALTER TABLE trust DROP COLUMN remaining_uses",
        "ALTER TABLE service ALTER COLUMN enabled SET DEFAULT true",
        "CREATE TABLE audit_event (id serial PRIMARY KEY, project_id varchar(64) NOT NULL REFERENCES project (id),"
        " happened_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE project RENAME TO project_v2",
    ),
    dropped=("trust.remaining_uses",),
)
