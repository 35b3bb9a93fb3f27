"""edurange/edurange-flask (a cybersecurity exercises platform, made from cookiecutter-flask):
Flask-SQLAlchemy ``Column = db.Column`` classes on a ``Model(CRUDMixin, db.Model)`` abstract base and
a ``SurrogatePK`` mixin with ``__table_args__ = {"extend_existing": True}``, foreign keys written
with cookiecutter-flask's ``reference_col("users", nullable=False)`` (a helper that defaults its
keyword dicts first, then returns ``Column(db.ForeignKey(f"{tablename}.{pk_name}", ...), ...)``), a
class whose table name is a typo (``___tablename___``, so Flask-SQLAlchemy names it), and
``LargeBinary`` password hashes. The application's other modules are permissive stubs. It showed
one misreading: the eight ``reference_col`` columns were not read ("cannot read it statically")."""

from recipe import Recipe

RECIPE = Recipe(
    name="edurange",
    repo="edurange/edurange-flask",
    style="Flask-SQLAlchemy from cookiecutter-flask, reference_col helper, SurrogatePK mixin",
    files=("edurange_refactored/__init__.py", "edurange_refactored/database.py", "edurange_refactored/extensions.py",
           "edurange_refactored/user/models.py"),
    stubs={"edurange_refactored/user/__init__.py": ""},
    stub_roots=("*",),
    metadata="edurange_refactored.extensions:db.metadata",
    imports=("edurange_refactored.user.models",),
    models="edurange_refactored/user",
    drift=(
        "ALTER TABLE scenarios RENAME COLUMN description TO summary",
        "ALTER TABLE scenarios ALTER COLUMN name TYPE varchar(80)",
        "ALTER TABLE scenarios ALTER COLUMN subnet SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_scenarios_status ON scenarios (status)",
        "COMMENT ON COLUMN users.username IS 'the name the student logs in with'",
        "ALTER TABLE users DROP COLUMN is_static",
        "ALTER TABLE scenarios ALTER COLUMN status SET DEFAULT 0",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE bash_history RENAME TO shell_history",
    ),
    dropped=("users.is_static",),
    made_at_import=("edurange_refactored.user.models.StudentGroups.code",),  # a random code made at import
)
