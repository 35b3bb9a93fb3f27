"""vantage6/vantage6: a monorepo whose model package takes its declarative base's class from
another distribution of the repository (``vantage6-backend-common``: ``BaseModelBase`` with
``id`` and ``@declared_attr __tablename__`` returning ``cls.__name__.lower()``, under
``declarative_base(cls=BaseModelBase)``), the two laid out into one ``vantage6`` namespace;
joined-table inheritance from a polymorphic ``Authenticatable`` (``Node``, ``User``), enums of
Python ``Enum`` classes, association ``Table`` objects, private attributes for columns
(``_public_key``). The common package's enums and constants are laid out; its other modules are
stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="vantage6",
    repo="vantage6/vantage6",
    style="declarative_base(cls=) from another package of a monorepo, joined-table inheritance",
    files=("vantage6-server/vantage6/server/model/*.py", "vantage6-server/vantage6/server/model/common/*.py",
           "vantage6-backend-common/vantage6/backend/common/base.py",
           "vantage6-backend-common/vantage6/backend/common/globals.py",
           "vantage6-common/vantage6/common/globals.py", "vantage6-common/vantage6/common/task_status.py"),
    strip=("vantage6-server/", "vantage6-backend-common/", "vantage6-common/"),
    stubs={"vantage6/__init__.py": "", "vantage6/server/__init__.py": "", "vantage6/backend/__init__.py": "",
           "vantage6/backend/common/__init__.py": "",
           "vantage6/common/__init__.py": "def logger_name(name):\n    return name\n\n\nclass Singleton(type):\n"
                                          "    pass\n"},
    stub_roots=("*",),
    metadata="vantage6.server.model:Base.metadata",
    imports=("vantage6.server.model",),
    models="vantage6/server/model",
    line_length=88,
    drift=(
        "ALTER TABLE organization RENAME COLUMN zipcode TO postal_code",
        "ALTER TABLE collaboration ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE organization ALTER COLUMN domain SET NOT NULL",
        "ALTER TABLE node ADD COLUMN location varchar(255)",
        "CREATE INDEX ix_task_name ON task (name)",
        "COMMENT ON COLUMN organization.country IS 'ISO 3166 country code'",
        "ALTER TABLE organization DROP COLUMN address2",
        "ALTER TABLE task ALTER COLUMN name SET DEFAULT 'unnamed'",
        "CREATE TABLE organization_note (id serial PRIMARY KEY, organization_id integer NOT NULL"
        " REFERENCES organization (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE organization RENAME TO organization_v2",
    ),
    dropped=("organization.address2",),
)
