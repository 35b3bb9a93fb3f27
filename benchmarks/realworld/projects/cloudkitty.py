"""openstack/cloudkitty (its hashmap rating module): classic declarative on a base a project
function makes and gives a naming convention after the fact (``base =
declarative_base(); base.metadata.naming_convention = NAMING_CONVENTION``), ``@declared_attr``
``__table_args__`` that build a tuple in a name and return it, ending with a base's options
(``HashMapBase.__table_args__``), a mixin whose ``default=datetime.datetime.now()`` is computed at
import, ``Numeric(40, 28)`` costs, a non-native ``Enum`` with ``create_constraint=True``, and every
``Column(...)`` spread over lines. The package's other modules are stand-ins."""

from recipe import Recipe

_MODELS = "cloudkitty.rating.hash.db.sqlalchemy.models"

RECIPE = Recipe(
    name="cloudkitty",
    repo="openstack/cloudkitty",
    style="classic declarative, declared_attr table args, naming convention set later",
    files=("cloudkitty/rating/hash/db/sqlalchemy/models.py", "cloudkitty/common/db/models.py",
           "cloudkitty/rating/common/db/models.py"),
    stubs={"cloudkitty/__init__.py": "", "cloudkitty/common/__init__.py": "", "cloudkitty/common/db/__init__.py": "",
           "cloudkitty/rating/__init__.py": "", "cloudkitty/rating/common/__init__.py": "",
           "cloudkitty/rating/common/db/__init__.py": "", "cloudkitty/rating/hash/__init__.py": "",
           "cloudkitty/rating/hash/db/__init__.py": "", "cloudkitty/rating/hash/db/sqlalchemy/__init__.py": ""},
    metadata=_MODELS + ":Base.metadata",
    imports=(_MODELS,),
    models="cloudkitty/rating/hash/db/sqlalchemy",
    line_length=79,
    made_at_import=(_MODELS + ".HashMapMapping.created_at", _MODELS + ".HashMapMapping.start"),
    drift=(
        "ALTER TABLE hashmap_groups RENAME COLUMN name TO label",
        "ALTER TABLE hashmap_thresholds ALTER COLUMN tenant_id TYPE varchar(64)",
        "ALTER TABLE hashmap_mappings ALTER COLUMN value SET NOT NULL",
        "ALTER TABLE hashmap_services ADD COLUMN description text",
        "CREATE INDEX ix_hashmap_mappings_tenant_id ON hashmap_mappings (tenant_id)",
        "COMMENT ON COLUMN hashmap_mappings.cost IS 'per unit, in the rating currency'",
        "ALTER TABLE hashmap_thresholds ALTER COLUMN tenant_id SET DEFAULT ''",
        "ALTER TABLE hashmap_fields DROP COLUMN field_id",
        "CREATE TABLE hashmap_note (id serial PRIMARY KEY, service_id integer NOT NULL"
        " REFERENCES hashmap_services (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE hashmap_services RENAME TO hashmap_services_v2",
    ),
    dropped=("hashmap_fields.field_id",),
)
