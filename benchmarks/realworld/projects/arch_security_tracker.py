"""archlinux/arch-security-tracker (Arch Linux's security issue tracker): Flask-SQLAlchemy 2 on
SQLAlchemy 1.4 with SQLAlchemy-Continuum (``make_versioned(plugins=[FlaskPlugin(),
PropertyModTrackerPlugin()])`` and ``__versioned__ = {}`` on five classes: a ``*_version`` table for
each and a ``transaction`` table made at run time), columns typed by a classmethod of the project's
enums (``Severity.as_type()``: an ``EnumType(SchemaType, TypeDecorator)`` whose ``impl`` is a
named ``Enum`` of the members' values, named ``check_<class>``, one type shared by two tables),
lengths from class constants (``db.String(DESCRIPTION_LENGTH)``), ``db.Index`` in
``__table_args__`` naming the columns' attributes, ``index=True, unique=True, primary_key=True`` on
one column, a subclass without a table (``Guest(User)``). ``tracker/__init__.py`` (which starts the
Flask application and sets SQLite pragmas on every connection) is a stub of ours with the same
``db`` and ``make_versioned`` call; ``pyalpm`` and ``config`` are permissive stubs. The reader
leaves the ``X.as_type()`` types unresolved (listed as such, not compared), so the enum value the drift
adds to ``check_publication`` is not written into ``Publication``; only the unresolved line says why."""

from recipe import Recipe

_TRACKER = """from flask_sqlalchemy import SQLAlchemy
from sqlalchemy_continuum import make_versioned
from sqlalchemy_continuum.plugins import FlaskPlugin, PropertyModTrackerPlugin

db = SQLAlchemy()
make_versioned(plugins=[FlaskPlugin(), PropertyModTrackerPlugin()])
"""

RECIPE = Recipe(
    name="arch_security_tracker",
    repo="archlinux/arch-security-tracker",
    style="Flask-SQLAlchemy 2, Continuum versioning, enum TypeDecorator from a classmethod",
    files=("tracker/model/*.py", "tracker/util.py"),
    stubs={"tracker/__init__.py": _TRACKER},
    stub_roots=("*",),
    metadata="tracker:db.metadata",
    imports=("tracker.model",),
    models="tracker",
    line_length=120,
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "sqlalchemy-continuum==1.4.2", "flask-login==0.6.3", "psycopg2-binary", "alembic==1.13.3"),
    # as a team's migration does, each change of a versioned table is made on its version table too
    drift=(
        "ALTER TABLE package RENAME COLUMN sha256sum TO sha256",
        "ALTER TABLE cve ALTER COLUMN issue_type TYPE varchar(128)",
        "ALTER TABLE cve_version ALTER COLUMN issue_type TYPE varchar(128)",
        "ALTER TABLE package ALTER COLUMN url SET NOT NULL",
        'ALTER TABLE "user" ADD COLUMN last_login timestamp',
        "CREATE INDEX ix_package_filename ON package (filename)",
        "COMMENT ON COLUMN cve_group.bug_ticket IS 'the bug tracker''s task number'",
        "COMMENT ON COLUMN cve_group_version.bug_ticket IS 'the bug tracker''s task number'",
        'ALTER TABLE "user" ALTER COLUMN active SET DEFAULT true',
        "ALTER TABLE package DROP COLUMN builddate",
        "CREATE TABLE package_note (id serial PRIMARY KEY, package_id integer NOT NULL REFERENCES package (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE package RENAME TO packages",
        "ALTER TYPE check_publication ADD VALUE 'retracted'",
    ),
    dropped=("package.builddate",),
)
