"""graphql-python/graphene-sqlalchemy (the SQLAlchemy integration of Graphene), its filters example
(``examples/filters``, on FastAPI): classic ``Column(Integer(), ...)`` classes on ``declarative_base()``
from ``sqlalchemy.ext.declarative`` in a top-level ``database`` module (``from database import Base``,
which also sets ``Base.query`` and ``Base.metadata.bind``), an association ``sqlalchemy.Table`` with no
primary key and key columns with no type (``Column("pet_id", ForeignKey("pets.id"))``) between two
classes, ``relationship(..., secondary=pets_toys_table, backref="toys")`` and a ``backref`` string."""

from recipe import Recipe

RECIPE = Recipe(
    name="graphene_sqlalchemy_filters",
    repo="graphql-python/graphene-sqlalchemy",
    style="classic declarative_base() in a top-level module, a keyless association Table",
    files=("examples/filters/database.py", "examples/filters/models.py"),
    strip="examples/filters/",
    metadata="database:Base.metadata",
    imports=("models",),
    models=".",
    drift=(
        "ALTER TABLE people RENAME COLUMN name TO full_name",
        "ALTER TABLE toys ALTER COLUMN name TYPE varchar(60)",
        "ALTER TABLE pets ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE people ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_pets_person_id ON pets (person_id)",
        "CREATE INDEX ix_pets_toys_toy_id ON pets_toys (toy_id)",
        "COMMENT ON COLUMN toys.name IS 'as printed on the box'",
        "ALTER TABLE pets ALTER COLUMN name SET DEFAULT 'unnamed'",
        "ALTER TABLE pets DROP COLUMN age",
        "CREATE TABLE vet_visits (id serial PRIMARY KEY, pet_id integer NOT NULL REFERENCES pets (id),"
        " notes text, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE toys RENAME TO toy_catalog",
    ),
    dropped=("pets.age",),
    note="no enum in the drift: the example has none",
)
