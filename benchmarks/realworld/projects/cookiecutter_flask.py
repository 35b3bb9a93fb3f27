"""cookiecutter-flask/cookiecutter-flask (the Flask project template): Flask-SQLAlchemy 3 classes on
the template's ``database`` module (``Column = db.Column`` / ``relationship = db.relationship``
aliases, an abstract ``Model(CRUDMixin, db.Model)`` and an abstract ``PkModel`` adding the integer
``id``), a foreign key made by its ``reference_col("users", nullable=True)`` helper (keyword dicts
defaulted first, then ``Column(db.ForeignKey(f"{tablename}.{pk_name}", ...), ...)``), a
``backref="roles"`` relationship, a column named apart from its attribute (``_password =
Column("password", db.LargeBinary(128))``) behind a ``hybrid_property``, a Python-side default computed
at import (``default=dt.datetime.now(dt.timezone.utc)``). The package is a template directory,
``{{cookiecutter.app_name}}/{{cookiecutter.app_name}}/``: its files are laid out as the package
``cookiecutter_flask``; ``user/models.py`` holds Jinja placeholders (``from
{{cookiecutter.app_name}}.database import ...``), rendered in the laid-out copy as cookiecutter renders
them. Flask-Bcrypt, Flask-Login and the other extensions are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="cookiecutter_flask",
    repo="cookiecutter-flask/cookiecutter-flask",
    style="Flask-SQLAlchemy 3 on a PkModel base, reference_col helper, a cookiecutter template",
    files=("{{cookiecutter.app_name}}/{{cookiecutter.app_name}}/database.py",
           "{{cookiecutter.app_name}}/{{cookiecutter.app_name}}/compat.py",
           "{{cookiecutter.app_name}}/{{cookiecutter.app_name}}/extensions.py",
           "{{cookiecutter.app_name}}/{{cookiecutter.app_name}}/user/models.py"),
    strip="{{cookiecutter.app_name}}/{{cookiecutter.app_name}}/",
    place="cookiecutter_flask",  # the template's package, ``{{cookiecutter.app_name}}``
    stubs={"cookiecutter_flask/__init__.py": ""},
    # not a bug: the template's placeholders, which no Python parses, rendered as cookiecutter
    # renders them with app_name "cookiecutter_flask"
    fixes={"cookiecutter_flask/user/models.py": ("{{cookiecutter.app_name}}", "cookiecutter_flask")},
    stub_roots=("*",),
    metadata="cookiecutter_flask.extensions:db.metadata",
    imports=("cookiecutter_flask.user.models",),
    models="cookiecutter_flask/user",
    drift=(
        "ALTER TABLE users RENAME COLUMN first_name TO given_name",
        "ALTER TABLE roles ALTER COLUMN name TYPE varchar(120)",
        "ALTER TABLE users ALTER COLUMN last_name SET NOT NULL",
        "ALTER TABLE users ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_roles_user_id ON roles (user_id)",
        "COMMENT ON COLUMN users.email IS 'the login address'",
        "ALTER TABLE users ALTER COLUMN active SET DEFAULT false",
        "ALTER TABLE users DROP COLUMN is_admin",
        "CREATE TABLE user_logins (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " ip varchar(45), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE roles RENAME TO user_roles",
    ),
    dropped=("users.is_admin",),
    made_at_import=("cookiecutter_flask.user.models.User.created_at",),  # a datetime taken at import
    note="no enum in the project",
)
