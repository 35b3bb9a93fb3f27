"""mealie-recipes/mealie: SQLAlchemy 2.0 ``Mapped`` on a rich declarative base (``id``,
``created_at``, ``update_at`` with a TypeDecorator and Python-side defaults on
``SqlAlchemyBase``, a ``declared_attr`` synonym), a ``load_dialect_impl`` GUID type, a
Python enum column, ``auto_init`` decorators, models spread over nested packages."""

from recipe import Recipe

RECIPE = Recipe(
    name="mealie",
    repo="mealie-recipes/mealie",
    style="2.0 Mapped, rich base",
    files=("mealie/db/models/*.py",),
    stub_roots=("mealie", "slugify", "text_unidecode"),
    metadata="mealie.db.models._model_base:SqlAlchemyBase.metadata",
    imports=("mealie.db.models._all_models",),
    models="mealie/db/models",
    line_length=120,
    drift=(
        "ALTER TABLE users RENAME COLUMN password TO password_hash",
        "ALTER TABLE recipe_comments ALTER COLUMN created_at SET NOT NULL",
        "CREATE TABLE recipe_ratings (id uuid PRIMARY KEY, created_at timestamp, update_at timestamp,"
        " recipe_id uuid NOT NULL REFERENCES recipes (id) ON DELETE CASCADE, user_id uuid REFERENCES users (id),"
        " rating double precision CHECK (rating BETWEEN 0 AND 5), UNIQUE (recipe_id, user_id))",
        "ALTER TABLE multi_purpose_labels ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE notes DROP COLUMN title",
        "ALTER TABLE recipe_comments DROP CONSTRAINT recipe_comments_recipe_id_fkey,"
        " ADD CONSTRAINT recipe_comments_recipe_id_fkey FOREIGN KEY (recipe_id) REFERENCES recipes (id)"
        " ON DELETE CASCADE",
        "CREATE INDEX ix_recipes_name ON recipes (name)",
        "COMMENT ON COLUMN users.cache_key IS 'bumped when the user changes'",
        "ALTER TABLE users ALTER COLUMN admin SET DEFAULT false",
        "ALTER TYPE authmethod ADD VALUE 'SAML'",
        "COMMENT ON TABLE tools IS 'kitchen tools'",
        "ALTER TABLE recipes ALTER COLUMN slug SET NOT NULL",
        "ALTER TABLE recipes RENAME TO recipes_v2",
    ),
    dropped=("notes.title",),
)
