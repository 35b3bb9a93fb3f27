"""gothinkster/flask-realworld-example-app (Conduit, on cookiecutter-flask's database module):
Flask-SQLAlchemy 2 with ``db = SQLAlchemy(model_class=CRUDMixin)``, module aliases ``Column =
db.Column`` / ``Model = db.Model``, a ``SurrogatePK`` mixin with ``__table_args__ =
{'extend_existing': True}``, foreign key columns made by ``reference_col('userprofile')`` (target
``'{0}.{1}'.format(tablename, pk_name)``, type the target's), association ``db.Table`` objects,
``db.Binary(128)`` of SQLAlchemy 1.3 (the probe's). The app's extensions are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="conduit",
    repo="gothinkster/flask-realworld-example-app",
    style="Flask-SQLAlchemy 2, cookiecutter-flask reference_col helper",
    files=("conduit/database.py", "conduit/compat.py", "conduit/extensions.py", "conduit/*/models.py"),
    stubs={"conduit/__init__.py": ""},
    # followers_assoc's foreign keys name userprofile.user_id, which nothing makes unique (SQLite
    # accepts it, PostgreSQL does not): unique in the laid-out copy, as one profile per user is
    fixes={"conduit/profile/models.py": ("user_id = reference_col('users', nullable=False)",
                                         "user_id = reference_col('users', nullable=False, unique=True)")},
    stub_roots=("*",),
    metadata="conduit.extensions:db.metadata",
    imports=("conduit.user.models", "conduit.profile.models", "conduit.articles.models"),
    models="conduit",
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE article RENAME COLUMN description TO summary",
        "ALTER TABLE users ALTER COLUMN bio TYPE text",
        "ALTER TABLE comment ALTER COLUMN body SET NOT NULL",
        "ALTER TABLE tags ADD COLUMN color varchar(7)",
        "CREATE INDEX ix_article_created_at ON article (\"createdAt\")",
        "COMMENT ON COLUMN users.image IS 'an avatar URL'",
        "ALTER TABLE users DROP COLUMN updated_at",
        "ALTER TABLE article ALTER COLUMN body SET DEFAULT ''",
        "CREATE TABLE bookmark (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " article_id integer NOT NULL REFERENCES article (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("users.updated_at",),
)
