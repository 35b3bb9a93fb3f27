"""fedora-infra/fmn: classic declarative on a library's base (``from sqlalchemy_helpers import
Base``, read from the installed package) whose ``MetaData`` gets the project's own naming
convention by assignment after import (``Base.metadata.naming_convention = {...}``, with
``%(column_0_N_label)s`` / ``%(column_0_N_name)s`` tokens), models in a package beside it,
``ForeignKey(User.id)`` of an imported class, ``server_default=func.now()`` with a Python-side
``default=datetime.now``, ``expression.text("FALSE")``. The configuration module is a stub of
ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="fmn",
    repo="fedora-infra/fmn",
    style="classic declarative on a library base, naming convention assigned later",
    files=("fmn/database/main.py", "fmn/database/model/*.py"),
    stubs={"fmn/__init__.py": "", "fmn/database/__init__.py": "", "fmn/core/__init__.py": "",
           "fmn/core/config.py": "def get_settings():\n    raise NotImplementedError\n"},
    stub_roots=("*",),
    metadata="fmn.database.main:Base.metadata",
    imports=("fmn.database.model",),
    models="fmn/database",
    line_length=100,
    drift=(
        "ALTER TABLE rules RENAME COLUMN name TO title",
        "ALTER TABLE destinations ALTER COLUMN protocol TYPE varchar(64)",
        "ALTER TABLE generated ALTER COLUMN count SET NOT NULL",
        "ALTER TABLE users ADD COLUMN email text",
        "CREATE INDEX filters_name_index ON filters (name)",
        "COMMENT ON COLUMN tracking_rules.params IS 'rule parameters'",
        "ALTER TABLE filters DROP COLUMN params",
        "ALTER TABLE generated ALTER COLUMN count SET DEFAULT 0",
        "ALTER TABLE destinations ADD CONSTRAINT destinations_address_key UNIQUE (address)",
        "CREATE TABLE rule_tags (id serial PRIMARY KEY, rule_id integer NOT NULL REFERENCES rules (id)"
        " ON DELETE CASCADE, tag text NOT NULL)",
        "ALTER TABLE rules RENAME TO rules_v2",
    ),
    dropped=("filters.params",),
)
