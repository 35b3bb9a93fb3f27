"""pallets-eco/flask-admin's SQLAlchemy example: Flask-SQLAlchemy 3 with SQLAlchemy 2.0
``Mapped[...]`` annotations (some of them SQLAlchemy type classes, ``Mapped[UUIDType]``,
``Mapped[Date]``, which the explicit types override), table names Flask-SQLAlchemy derives from
the class names, sqlalchemy-utils types (``ChoiceType`` of a list of pairs and of an enum with
``impl=Integer()``, ``EmailType``, ``URLType``, ``IPAddressType``, ``CurrencyType``,
``TimezoneType``, ``ColorType``, ``ArrowType``, ``UUIDType(binary=False)``), a ``Table`` on
``db.Model.metadata``, a foreign key with ``use_alter=True``, every import on a line of its own
(isort's force_single_line). The admin views (flask_admin, flask_babel) are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="flaskadmin",
    repo="pallets-eco/flask-admin",
    style="Flask-SQLAlchemy 3, 2.0 Mapped, sqlalchemy-utils types, single-line imports",
    files=("examples/sqla/admin/__init__.py", "examples/sqla/admin/models.py"),
    strip="examples/sqla/",
    stubs={"admin/main.py": ""},
    stub_roots=("*",),
    probe_packages=("sqlalchemy>=2,<2.1", "flask-sqlalchemy>=3", "flask", "sqlalchemy-utils==0.41.2", "arrow",
                    "pytz", "babel", "colour", "psycopg2-binary", "alembic"),
    metadata="admin:db.metadata",
    imports=("admin.models",),
    models="admin",
    drift=(
        'ALTER TABLE "user" RENAME COLUMN last_name TO surname',
        "ALTER TABLE post ALTER COLUMN title TYPE varchar(200)",
        "ALTER TABLE tree ALTER COLUMN name DROP NOT NULL",
        "ALTER TABLE tag ADD COLUMN color varchar(20)",
        "CREATE INDEX ix_post_date ON post (date)",
        "COMMENT ON COLUMN account.provider IS 'who signs the user in'",
        "ALTER TABLE post DROP COLUMN background_color",
        "ALTER TABLE tree ALTER COLUMN name SET DEFAULT 'root'",
        "CREATE TABLE comment (id serial PRIMARY KEY, post_id integer NOT NULL REFERENCES post (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE post RENAME TO post_v2",
    ),
    dropped=("post.background_color",),
)
