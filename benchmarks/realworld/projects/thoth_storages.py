"""thoth-station/storages: classic declarative, 81 tables over two modules, one name imported per
line (``from sqlalchemy import Column``), ``ENUM(...)`` of ``sqlalchemy.dialects.postgresql`` made from
Python enum members' values (``EnvironmentTypeEnum.RUNTIME.value``) in module-level constants shared by
several tables, a ``__table_args__`` tuple computed from a function's indexes plus a constraint
(``tuple(get_..._index_combinations() + [UniqueConstraint(...)])``), association tables with composite
keys of foreign keys, ``DateTime(timezone=False)`` and many ``Index`` items by name. thoth-common's
enum is a stub of our own (the labels of an enum made from it are not read)."""

from recipe import Recipe

RECIPE = Recipe(
    name="thoth-storages",
    repo="thoth-station/storages",
    style="classic declarative, one import per line, ENUM of enum members' values",
    files=("thoth/storages/graph/models.py", "thoth/storages/graph/models_base.py",
           "thoth/storages/graph/models_performance.py", "thoth/storages/graph/enums.py"),
    stubs={"thoth/__init__.py": "", "thoth/storages/__init__.py": "", "thoth/storages/graph/__init__.py": "",
           "thoth/common/__init__.py": "",
           "thoth/common/enums.py": ("from enum import Enum\n\n\nclass ThothAdviserIntegrationEnum(Enum):\n"
                                     "    CLI = 1\n    KEBECHET = 2\n")},
    stub_roots=("*",),
    metadata="thoth.storages.graph.models_base:Base.metadata",
    imports=("thoth.storages.graph.models", "thoth.storages.graph.models_performance"),
    models="thoth/storages/graph",
    line_length=120,
    drift=(
        "ALTER TABLE cve RENAME COLUMN link TO reference_url",
        "ALTER TABLE python_artifact ALTER COLUMN artifact_name TYPE varchar(255)",
        "ALTER TABLE python_package_index ALTER COLUMN enabled SET NOT NULL",
        "ALTER TABLE cve ADD COLUMN severity varchar(16)",
        "CREATE INDEX ix_cve_aggregated_at ON cve (aggregated_at)",
        "COMMENT ON COLUMN python_artifact.present IS 'false once the artifact is gone from the index'",
        "ALTER TABLE python_package_index DROP COLUMN only_if_package_seen",
        "ALTER TABLE python_package_index ALTER COLUMN verify_ssl SET DEFAULT true",
        "CREATE TABLE cve_notes (id serial PRIMARY KEY, cve_id integer NOT NULL REFERENCES cve (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE cve RENAME TO cves",
    ),
    dropped=("python_package_index.only_if_package_seen",),
)
