"""joaovitoriasilva/endurain (a self-hosted fitness tracker, FastAPI backend): classic declarative on
``declarative_base()``, one ``models.py`` per feature package imported as top-level packages
(``from core.database import Base``, ``import followers.models as followers_models``), a comment on
nearly every column, ``ForeignKey(..., ondelete="CASCADE" / "SET NULL")`` with sixteen keys of one
table to ``gear``, ``DECIMAL(precision=..., scale=...)``, ``JSON`` from ``sqlalchemy.dialects.mysql``
on PostgreSQL, ``server_default=func.now()``, a named ``CheckConstraint`` in ``__table_args__``, no
enums (integer codes). ``core.database`` (whose module makes a psycopg 3 engine) is a stub of ours
with the ``Base`` alone; the pydantic schemas the models import are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="endurain",
    repo="joaovitoriasilva/endurain",
    style="classic declarative, a models.py per feature package, commented columns",
    files=("backend/app/*/models.py", "backend/app/*/*/models.py"),
    strip="backend/app/",
    stubs={"core/__init__.py": "",
           "core/database.py": "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n"},
    stub_roots=("*",),
    metadata="core.database:Base.metadata",
    imports=("**/models.py",),
    models=".",
    drift=(
        "ALTER TABLE gear RENAME COLUMN nickname TO display_name",
        "ALTER TABLE health_weight ALTER COLUMN source TYPE varchar(500)",
        "ALTER TABLE gear ALTER COLUMN brand SET NOT NULL",
        "ALTER TABLE users ADD COLUMN timezone varchar(64)",
        "CREATE INDEX ix_health_weight_date ON health_weight (date)",
        "COMMENT ON COLUMN users.city IS 'the city the user lives in'",
        "ALTER TABLE notifications ALTER COLUMN read SET DEFAULT false",
        "ALTER TABLE health_weight DROP COLUMN metabolic_age",
        "CREATE TABLE gear_notes (id serial PRIMARY KEY, gear_id integer NOT NULL REFERENCES gear (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users_goals RENAME TO user_goals",
        "COMMENT ON TABLE server_settings IS 'a single row'",
    ),
    dropped=("health_weight.metabolic_age",),
)
