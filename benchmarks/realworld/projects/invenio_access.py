"""inveniosoftware/invenio-access: Flask-SQLAlchemy models on invenio-db's ``db`` with foreign keys
to the mapped classes of another installed library (``from invenio_accounts.models import Role,
User``, ``db.ForeignKey(User.id, ondelete="CASCADE")``; invenio-accounts read from the installed
package, ``pip install --no-deps invenio-accounts`` where this runs), a mixin of
``@declared_attr`` columns and constraints shared by two tables, unique constraints over
nullable columns. The application's other modules are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_access",
    repo="inveniosoftware/invenio-access",
    style="Flask-SQLAlchemy on invenio-db, foreign keys to another library's classes",
    files=("invenio_access/models.py",),
    stubs={"invenio_access/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_access.models",),
    models="invenio_access",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE access_actionsusers RENAME COLUMN argument TO action_argument",
        "ALTER TABLE access_actionsroles ALTER COLUMN action TYPE varchar(120)",
        "ALTER TABLE access_actionssystemroles ALTER COLUMN action SET NOT NULL",
        "ALTER TABLE access_actionsusers ADD COLUMN granted_at timestamp",
        "CREATE INDEX ix_access_actionsroles_argument_action ON access_actionsroles (argument, action)",
        "COMMENT ON COLUMN access_actionsusers.exclude IS 'a denial, not a grant'",
        "ALTER TABLE access_actionssystemroles DROP COLUMN argument",
        "ALTER TABLE access_actionsroles ALTER COLUMN exclude SET DEFAULT false",
        "CREATE TABLE access_note (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES accounts_user (id),"
        " body text NOT NULL, created timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("access_actionssystemroles.argument",),
)
