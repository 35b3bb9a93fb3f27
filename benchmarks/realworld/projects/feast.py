"""feast-dev/feast: the SQL registry's tables as Core ``Table(...)`` objects on a module-level
``MetaData`` in the middle of the registry's own code (no mapped classes), composite primary
keys spread over columns, a binary type alias chained through two ``with_variant`` calls
(``LargeBinary().with_variant(mysql.LONGBLOB(), "mysql").with_variant(..., "mariadb")``). The
rest of feast (its protos, its config classes) is stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="feast",
    repo="feast-dev/feast",
    style="Core Table objects inside application code, variant type alias",
    files=("sdk/python/feast/infra/registry/sql.py",),
    strip="sdk/python/",
    stubs={"feast/__init__.py": "", "feast/infra/__init__.py": "", "feast/infra/registry/__init__.py": ""},
    stub_roots=("*",),
    metadata="feast.infra.registry.sql:metadata",
    imports=("feast.infra.registry.sql",),
    models="feast/infra/registry",
    line_length=88,
    drift=(
        "ALTER TABLE projects RENAME COLUMN project_name TO display_name",
        "ALTER TABLE entities ALTER COLUMN entity_name TYPE varchar(512)",
        "ALTER TABLE feast_metadata ALTER COLUMN last_updated_timestamp DROP NOT NULL",
        "ALTER TABLE feature_views ADD COLUMN owner varchar(255)",
        "CREATE INDEX ix_entities_project_id ON entities (project_id)",
        "COMMENT ON COLUMN projects.project_proto IS 'serialized Project proto'",
        "ALTER TABLE data_sources DROP COLUMN last_updated_timestamp",
        "ALTER TABLE feature_services ALTER COLUMN last_updated_timestamp SET DEFAULT 0",
        "CREATE TABLE registry_audit (id serial PRIMARY KEY, project_id varchar(255) NOT NULL"
        " REFERENCES projects (project_id), happened_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE projects RENAME TO projects_v2",
    ),
    dropped=("data_sources.last_updated_timestamp",),
)
