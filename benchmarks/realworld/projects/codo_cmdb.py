"""opendevops-cn/codo-cmdb (the CMDB service of the CODO ops platform, on Tornado: cloud assets synced from
Aliyun, Tencent Cloud, AWS..., a business tree, tags, DNS records, resource orders) - about 40 tables of
classic ``Column(...)`` declarative classes written for MySQL, one module per part of the schema, and
*every module calls ``declarative_base()`` for itself*: most classes inherit the abstract
``TimeBaseModel`` / ``BizBaseModel`` of ``models/base.py`` (built on that module's ``Base``), alone or as
``class X(TimeBaseModel, Base)`` beside their own module's base, so their tables land in ``models.base``'s
metadata; a class written ``class AuditModels(Base, TimeBaseModel)`` (the module's base first) and the
classes on the module's base only (the DNS name and log tables, the sync log, a region-asset link) land in
their module's metadata (the project's ``db_sync.py`` calls ``create_all`` on fifteen of them). An abstract
``AssetBaseModel`` gives the asset tables eight columns, some subclasses redeclaring its ``id``; every
column is ``Column('name', Type, ..., comment='...')`` with the name repeated as a string, comments in
Chinese, two columns whose names are Chinese words (``state = Column('状态', ...)``) and one class that
declares ``network_type`` twice. Unnamed ``Enum('server', 'process', ...)`` types shared through
``models/__init__.py`` and written again inline; ``sqlalchemy_utils`` ``ChoiceType`` over ``String(32)``;
a composite primary key of an autoincrementing ``id`` and a string key, which another table's
``ForeignKey(TagModels.id)`` references; a ``Date`` default computed at import (``default=human_date()``);
Python-side ``default=[]`` / ``{}`` on JSON columns; empty ``__table_args__ = ()``. The application's
``libs.utils`` is ours (its ``human_date`` only); the metadata the corpus creates from gathers the
modules' metadatas into one (``cmdb_metadata.py``, ours)."""

from recipe import Recipe

_METADATA = '''from sqlalchemy import MetaData

from models import agent, autdit, asset, base, business, cbb_area, cloud, cloud_region, domain, env, event
from models import order_model, secret, tag, tree

metadata = MetaData()
for module in (base, agent, autdit, asset, business, cbb_area, cloud, cloud_region, domain, env, event,
               order_model, secret, tag, tree):
    for table in module.Base.metadata.sorted_tables:
        if table.name not in metadata.tables:
            table.to_metadata(metadata)
'''

_UTILS = '''from datetime import datetime


def human_date(date=None):
    """Today (or ``date``) as ``YYYY-MM-DD``."""
    return (date or datetime.now()).strftime("%Y-%m-%d")
'''

RECIPE = Recipe(
    name="codo_cmdb",
    repo="opendevops-cn/codo-cmdb",
    style="classic declarative, a declarative_base() per module, abstract bases, MySQL-first enums and comments",
    files=("models/__init__.py", "models/agent.py", "models/asset.py", "models/autdit.py", "models/base.py",
           "models/business.py", "models/cbb_area.py", "models/cloud.py", "models/cloud_region.py",
           "models/domain.py", "models/env.py", "models/event.py", "models/order_model.py", "models/secret.py",
           "models/tag.py", "models/tree.py"),
    stubs={"cmdb_metadata.py": _METADATA, "libs/__init__.py": "", "libs/utils.py": _UTILS},
    # MySQL's inline ENUMs need no name, PostgreSQL's CREATE TYPE does; and MySQL lets a foreign key
    # reference a column that is only indexed (t_tag_list's ``id``, one half of its composite key),
    # PostgreSQL wants it unique: the laid-out copy names the enums and makes the column unique
    fixes={
        "models/__init__.py": (
            ("    'eip'\n)\n", "    'eip',\n    name='asset_type'\n)\n"),
            ("    '标签'\n)", "    '标签',\n    name='des_rule_type'\n)"),
        ),
        "models/tree.py": ("    'eip'\n)\n", "    'eip',\n    name='asset_type'\n)\n"),
        "models/tag.py": (
            ("'oss', 'cdn', 'eip'),", "'oss', 'cdn', 'eip',\n             name='asset_type'),"),
            ("autoincrement=True, index=True, comment='TagID自增'",
             "autoincrement=True, unique=True, comment='TagID自增'"),
        ),
    },
    metadata="cmdb_metadata:metadata",
    imports=("cmdb_metadata",),
    models="models",
    line_length=120,  # its pyproject's ruff
    probe_packages=("sqlalchemy==2.0.36", "sqlalchemy-utils==0.41.1", "alembic", "psycopg2-binary"),
    made_at_import=("models.asset.AssetBackupModels.created_day",),
    drift=(
        "ALTER TABLE t_asset_server RENAME COLUMN outer_ip TO public_ip",
        "ALTER TABLE t_dynamic_group ALTER COLUMN biz_id SET NOT NULL",
        "CREATE TABLE t_env_hosts (id serial PRIMARY KEY,"
        " env_id integer NOT NULL REFERENCES t_env_list (id) ON DELETE CASCADE,"
        " host varchar(255) NOT NULL, port integer NOT NULL DEFAULT 22 CHECK (port > 0 AND port < 65536),"
        " UNIQUE (env_id, host))",
        "ALTER TABLE t_agent ALTER COLUMN hostname TYPE varchar(255)",
        "ALTER TABLE t_asset_nat DROP COLUMN network_type",
        "CREATE INDEX ix_t_audit_log_operator ON t_audit_log (operator)",
        "COMMENT ON COLUMN cloud_dns_opt_log.\"状态\" IS '执行结果'",
        "COMMENT ON TABLE t_tag_asset IS '资产与标签的关联'",
        "ALTER TABLE t_tree_list ALTER COLUMN node_sort SET DEFAULT 100",
        "ALTER TYPE asset_type ADD VALUE 'nat'",
        "ALTER TABLE cloud_dns_name ADD COLUMN registrar varchar(120)",
        "ALTER TABLE t_sync_log ALTER COLUMN sync_time TYPE timestamptz",
        "ALTER TABLE t_env_list RENAME TO t_environment",
    ),
    dropped=("t_asset_nat.network_type",),
)
