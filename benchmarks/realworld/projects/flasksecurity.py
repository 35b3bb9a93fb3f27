"""pallets-eco/flask-security (Flask-Security-Too): the packaged Flask-SQLAlchemy models, four
versions of mixins each deriving from the one before (``fsqla`` -> ``fsqla_v2`` -> ``fsqla_v3`` ->
``fsqla_v4``, imported ``as FsUserMixinV3``), some redefining a column of the version before
(``username``, ``password``, ``us_phone_number``), ``declared_attr`` relationships and foreign keys
whose target is an f-string of a table name the application sets (``FsModels.user_table_name``),
a relationship declared inside ``try: import webauthn``, the association table made in a classmethod
the application calls (``FsModels.set_db_info(db)``: ``cls.roles_users = appdb.Table(...)``),
``MutableList.as_mutable(AsaList())`` (the library's TypeDecorator), ``Column(type_=DateTime)``,
``cast(bool, Column(...))``. The application module is ours, as the docs and the tests write it
(``class User(db.Model, fsqla.FsUserMixin): pass``, the tables named by Flask-SQLAlchemy); the
package's ``__init__`` is ours too (the real one imports the whole extension); the library's own
``core``, ``datastore`` and ``utils`` modules are laid out, what they import and is not installed
(flask-login, flask-principal, wtforms, passlib...) is a permissive stub. It showed one misreading,
mended: ``active = cast(bool, Column(Boolean(), nullable=False))`` (``typing.cast``, fsqla.py) was not
read as a column, so the plan added ``active_2 = db.Column("active", ...)`` to ``User`` where nothing
drifted (SQLAlchemy then failed on the duplicate column)."""

from recipe import Recipe

APP = '''"""An application on Flask-Security's packaged models, as its docs and tests define them (ours)."""

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from flask_security.models import fsqla_v4 as fsqla

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

fsqla.FsModels.set_db_info(db)


class Role(db.Model, fsqla.FsRoleMixin):
    pass


class WebAuthn(db.Model, fsqla.FsWebAuthnMixin):
    pass


class FsRefreshTracker(db.Model, fsqla.FsRefreshTrackerMixin):
    pass


class User(db.Model, fsqla.FsUserMixin):
    pass
'''

# the names the packaged models import from the package (ours: the real __init__ imports every
# module of the extension, its views and forms)
INIT = '''from .core import RefreshTrackerMixin, RoleMixin, UserMixin, WebAuthnMixin
from .datastore import AsaList
from .utils import naive_utcnow

__all__ = ["AsaList", "RefreshTrackerMixin", "RoleMixin", "UserMixin", "WebAuthnMixin", "naive_utcnow"]
'''

RECIPE = Recipe(
    name="flasksecurity",
    repo="pallets-eco/flask-security",
    style="a library's versioned Flask-SQLAlchemy mixins, an application's pass-only classes",
    files=("flask_security/models/__init__.py", "flask_security/models/fsqla*.py", "flask_security/core.py",
           "flask_security/datastore.py", "flask_security/utils.py"),
    stubs={"flask_security/__init__.py": INIT, "fsapp/__init__.py": "", "fsapp/models.py": APP},
    stub_roots=("*",),
    metadata="fsapp.models:db.metadata",
    imports=("fsapp.models",),
    models=".",
    line_length=88,
    drift=(
        "ALTER TABLE \"user\" RENAME COLUMN current_login_ip TO current_ip",
        "ALTER TABLE role ALTER COLUMN description TYPE text",
        "ALTER TABLE \"user\" ALTER COLUMN us_phone_number TYPE varchar(255)",
        "ALTER TABLE \"user\" ALTER COLUMN username SET NOT NULL",
        "ALTER TABLE \"user\" ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_user_last_login_at ON \"user\" (last_login_at)",
        "COMMENT ON COLUMN web_authn.usage IS 'first or secondary factor'",
        "ALTER TABLE \"user\" ALTER COLUMN login_count SET DEFAULT 0",
        "ALTER TABLE web_authn DROP COLUMN extensions",
        "CREATE TABLE user_notes (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES \"user\" (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE fs_refresh_tracker RENAME TO refresh_tracker",
    ),
    dropped=("web_authn.extensions",),
)
