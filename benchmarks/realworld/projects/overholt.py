"""mattupstate/overholt (archived, 2014: an example of a larger Flask application's layout):
Flask-SQLAlchemy models in a package per domain (products, stores, users) gathered by a module of
star imports, ``db = SQLAlchemy()`` made in ``core.py``, ``db.Table`` association tables,
``db.relationship(..., secondary=..., backref=db.backref(..., lazy=...))``, a foreign key column
with no type (``db.Column(db.ForeignKey('users.id'))``), classes whose first base is a JSON
serializer mixin with ``__json_hidden__`` lists, flask-security's ``UserMixin`` / ``RoleMixin``.
flask-security and flask-mail are stubs; the helpers module needs Flask 2 (``flask.json.JSONEncoder``).
The class generated for a new table took its first neighbour's serializer as a mixin
(``ProductReview(CategoryJsonSerializer, db.Model)``, which hides ``products``), where each class of the
file has one of its own, named after it (mended: the bases every class shares)."""

from recipe import Recipe

RECIPE = Recipe(
    name="overholt",
    repo="mattupstate/overholt",
    style="Flask-SQLAlchemy, a package per domain, association tables, an untyped foreign key column",
    files=("overholt/models.py", "overholt/core.py", "overholt/helpers.py", "overholt/*/models.py"),
    stub_roots=("*",),
    metadata="overholt.core:db.metadata",
    imports=("overholt.models",),
    models="overholt",
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE stores RENAME COLUMN zip_code TO postal_code",
        "ALTER TABLE products ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE stores ALTER COLUMN manager_id SET NOT NULL",
        "ALTER TABLE categories ADD COLUMN slug varchar(255)",
        "CREATE INDEX ix_stores_city ON stores (city)",
        "COMMENT ON COLUMN users.registered_at IS 'when the account was made'",
        "ALTER TABLE users ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE stores DROP COLUMN state",
        "CREATE TABLE product_reviews (id serial PRIMARY KEY, product_id integer NOT NULL REFERENCES products (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE roles RENAME TO user_roles",
    ),
    dropped=("stores.state",),
)
