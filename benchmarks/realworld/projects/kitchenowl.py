"""TomBursch/kitchenowl (a grocery list and recipe manager, Flask backend): Flask-SQLAlchemy 3 with
``SQLAlchemy(model_class=DbModelBase)``, a ``DeclarativeBase`` whose mixin gives every table
``created_at`` / ``updated_at`` (``mapped_column`` with lambda defaults and ``_creation_order`` set by
hand), a naming convention on its ``MetaData``, ``Model = db.Model`` rebound to the base under ``if
TYPE_CHECKING:``, ``Mapped[...] = db.Column(...)`` annotations over classic columns, relationships
wrapped in ``cast(Mapped[...], db.relationship(...))``, two classes named by Flask-SQLAlchemy alone
(no ``__tablename__``), a ``use_alter`` foreign key closing a cycle, two modules' ``Status`` enums
sharing the type ``status``, a JSON-in-a-string TypeDecorator (``DbListType``). The application's
configuration (``app.config``'s ``db``) and package are stubs of ours. It showed three misreadings,
all mended: the columns the base gives (the mixin's ``created_at`` / ``updated_at``) were not seen on a
class whose base is a module alias (``Model = db.Model``; ``Model = Base`` alike), so both were added
to all 26 classes (overriding the mixin's Python-side defaults) and the new class inherited an
``updated_at`` its table lacks; ``server_default="0.0"`` on a ``Float`` was compared as ``'0.0'`` where
PostgreSQL prints ``'0'``; and ``nullable=False`` for ``name: Mapped[str] = db.Column(...)`` was left
to the annotation, which a ``Column`` ignores, so nothing was written."""

from recipe import Recipe

RECIPE = Recipe(
    name="kitchenowl",
    repo="TomBursch/kitchenowl",
    style="Flask-SQLAlchemy 3 on a DeclarativeBase with a timestamp mixin, Mapped over db.Column",
    files=("backend/app/models/*.py", "backend/app/helpers/db_*.py", "backend/app/errors/__init__.py"),
    strip="backend/",
    stubs={
        "app/__init__.py": "from app.config import db  # noqa: F401\n",
        "app/config.py": (
            "from datetime import timedelta\n\n"
            "from flask_sqlalchemy import SQLAlchemy\n\n"
            "from app.helpers.db_model_base import DbModelBase\n\n"
            "db = SQLAlchemy(model_class=DbModelBase)\n"
            "bcrypt = None\n"
            "UPLOAD_FOLDER = '/tmp/kitchenowl'\n"
            "JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)\n"
            "JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=30)\n"
        ),
        "app/helpers/__init__.py": "from .db_model_authorize_mixin import DbModelAuthorizeMixin  # noqa: F401\n",
    },
    stub_roots=("*",),
    metadata="app.helpers.db_model_base:DbModelBase.metadata",
    imports=("app.models",),
    models="app/models",
    python=(3, 11),
    drift=(
        "ALTER TABLE recipe RENAME COLUMN source TO source_url",
        "ALTER TABLE household ALTER COLUMN link TYPE varchar(512)",
        "ALTER TABLE item ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE tag ADD COLUMN color varchar(7)",
        "CREATE INDEX ix_expense_date ON expense (date)",
        "COMMENT ON COLUMN household.language IS 'an ISO 639-1 code'",
        "ALTER TABLE planner ALTER COLUMN yields SET DEFAULT 1",
        "ALTER TABLE association DROP COLUMN lift",
        "CREATE TABLE recipe_notes (id serial PRIMARY KEY, recipe_id integer NOT NULL REFERENCES recipe (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE expense_category RENAME TO expense_categories",
        "ALTER TYPE recipevisibility ADD VALUE 'HOUSEHOLD'",
    ),
    dropped=("association.lift",),
)
