"""hypothesis/checkmate: classic declarative on ``declarative_base(cls=BaseClass, metadata=
MetaData(naming_convention=...))`` in another package module, a column every rule table takes
from a *static method* of a mixin (``hash = HashMatchMixin.hash_column()``: ``String(collation=
"C")``, NOT NULL, indexed, unique where asked), PostgreSQL ``ARRAY`` of a Python enum. The rest of
checkmate (views, services) is stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="checkmate",
    repo="hypothesis/checkmate",
    style="classic declarative, a column from a mixin's static method",
    files=("checkmate/db.py", "checkmate/models/db/*.py", "checkmate/models/reason.py"),
    stubs={"checkmate/__init__.py": "", "checkmate/models/__init__.py": ""},
    stub_roots=("*",),
    metadata="checkmate.db:Base.metadata",
    imports=("checkmate.models.db.allow_rule", "checkmate.models.db.custom_rule",
             "checkmate.models.db.url_haus_rule"),
    models="checkmate/models/db",
    line_length=88,
    # a change of a column the static method makes is left to a person (it would be the method's,
    # for every table that calls it): the drift changes the tables' own columns
    drift=(
        "ALTER TABLE custom_rule RENAME COLUMN tags TO labels",
        "ALTER TABLE allow_rule ALTER COLUMN rule TYPE varchar(2048)",
        "ALTER TABLE allow_rule ALTER COLUMN force SET NOT NULL",
        "ALTER TABLE allow_rule ADD COLUMN note text",
        "CREATE INDEX ix__custom_rule__rule ON custom_rule (rule)",
        "COMMENT ON COLUMN allow_rule.rule IS 'the normalised rule'",
        "ALTER TABLE allow_rule ALTER COLUMN force SET DEFAULT false",
        "CREATE TABLE rule_audit (id serial PRIMARY KEY, rule_id integer NOT NULL REFERENCES allow_rule (id),"
        " changed_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE allow_rule RENAME TO allow_rule_v2",
    ),
)
