"""anchore/anchore-engine (a container-image scanning service: its catalog, identity, task and
policy-engine databases): classic declarative ``Column(...)`` on one ``declarative_base()``, a
behaviour-only mixin (``UtilMixin``) beside ``Base`` on every class, camelCase attribute names that
are the column names (``imageDigest``, ``userId``), wide composite primary keys, a ``StringJSON``
TypeDecorator over TEXT, joined-table polymorphic tasks (``polymorphic_on`` a plain ``type``
column), one named PostgreSQL enum (``task_states``) shared by two columns of a table, enum classes
as named enums, ``__table_args__`` of indexes whose names go through a helper
(``truncate_index_name("ix_...")``), authlib's OAuth2 mixins on two identity tables, ``JSONB`` and
``synonym`` attributes in the policy engine, ``relationship(primaryjoin="and_(... foreign(...))")``
without foreign keys. The application modules the entities import (``anchore_engine.utils``, the
version comparators) are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="anchore_engine",
    repo="anchore/anchore-engine",
    style="classic declarative, polymorphic tasks, shared named enum, camelCase columns",
    files=("anchore_engine/db/entities/__init__.py", "anchore_engine/db/entities/common.py",
           "anchore_engine/db/entities/catalog.py", "anchore_engine/db/entities/identity.py",
           "anchore_engine/db/entities/policy_engine.py", "anchore_engine/db/entities/tasks.py",
           "anchore_engine/db/entities/exceptions.py"),
    stubs={"anchore_engine/__init__.py": "", "anchore_engine/db/__init__.py": ""},
    stub_roots=("anchore_engine", "twisted"),
    metadata="anchore_engine.db.entities.common:Base.metadata",
    imports=("anchore_engine.db.entities.catalog", "anchore_engine.db.entities.identity",
             "anchore_engine.db.entities.policy_engine", "anchore_engine.db.entities.tasks"),
    models="anchore_engine/db/entities",
    line_length=88,  # black (isort's profile=black)
    drift=(
        'ALTER TABLE catalog_image RENAME COLUMN "parentDigest" TO parent_digest',
        "ALTER TABLE account_users ALTER COLUMN source SET NOT NULL",
        "CREATE TABLE account_quotas (id serial PRIMARY KEY,"
        " account_name varchar NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,"
        " max_images integer NOT NULL DEFAULT 1000, UNIQUE (account_name))",
        "ALTER TABLE registries ALTER COLUMN registry_name TYPE varchar(255)",
        "ALTER TABLE users DROP COLUMN acls",
        "CREATE INDEX ix_catalog_image_analyzed_at ON catalog_image (analyzed_at)",
        "COMMENT ON COLUMN services.base_url IS 'where the other services reach this one'",
        "ALTER TABLE subscriptions ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE accounts ADD COLUMN description text",
        "COMMENT ON TABLE feeds IS 'vulnerability data feeds'",
        "ALTER TABLE tasks ALTER COLUMN executor_id SET NOT NULL",
        "ALTER TYPE task_states ADD VALUE 'cancelled'",
        "ALTER TABLE archive_migration_tasks RENAME TO archive_migrations",
    ),
    dropped=("users.acls",),
)
