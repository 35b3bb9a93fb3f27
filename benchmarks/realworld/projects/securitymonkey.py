"""Netflix/security_monkey (archived): Flask-SQLAlchemy models in one module (``db.Model`` with
``Column`` and the types imported from SQLAlchemy itself), ``db`` and ``app`` made by the
package's ``__init__`` (a stub of ours), PostgreSQL's ``JSON`` and ``CIDR``, ``deferred(Column(JSON))``,
``column_property`` of ``select([...])`` (SQLAlchemy 1.x), association tables, a column named
``text`` (in ``ItemComment``, before nothing: the drift adds one after it) and one named ``type``.
flask-security, deepdiff and dpath are stubs."""

from recipe import Recipe

INIT = ("from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
        "app = Flask('security_monkey')\napp.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite://'\n"
        "db = SQLAlchemy(app)\n")

RECIPE = Recipe(
    name="securitymonkey",
    repo="Netflix/security_monkey",
    style="Flask-SQLAlchemy 3 on SQLAlchemy 1.4, PostgreSQL types, a column named text",
    files=("security_monkey/datastore.py", "security_monkey/auth/models.py"),
    stubs={"security_monkey/__init__.py": INIT, "security_monkey/auth/__init__.py": ""},
    stub_roots=("*",),
    metadata="security_monkey.datastore:db.metadata",
    imports=("security_monkey.datastore",),
    models="security_monkey/datastore.py",
    line_length=120,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "psycopg2-binary", "alembic==1.14.0"),
    drift=(
        "ALTER TABLE item RENAME COLUMN arn TO resource_arn",
        "ALTER TABLE networkwhitelist ALTER COLUMN name TYPE varchar(1024)",
        "ALTER TABLE technology ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE itemcomment ADD COLUMN edited boolean NOT NULL DEFAULT false",
        "CREATE INDEX ix_itemcomment_date_created ON itemcomment (date_created)",
        "COMMENT ON COLUMN itemaudit.score IS 'risk score'",
        "ALTER TABLE exceptions DROP COLUMN ttl",
        "ALTER TABLE account ALTER COLUMN active SET DEFAULT true",
        "CREATE TABLE item_tags (id serial PRIMARY KEY, item_id integer NOT NULL REFERENCES item (id),"
        " tag varchar(128) NOT NULL)",
        "ALTER TABLE item RENAME TO item_v2",
    ),
    dropped=("exceptions.ttl",),
)
