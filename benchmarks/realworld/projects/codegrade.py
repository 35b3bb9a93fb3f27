"""CodeGra.de (CodeGrade's grading platform for programming courses: courses, assignments, submissions,
rubrics, linters, plagiarism runs, automatic tests, LTI providers), the ``psef`` backend as the team left
it in August 2020 (a fork of the archived repository) - about 60 tables of Flask-SQLAlchemy 2.4 on
SQLAlchemy 1.3, classic ``db.Column`` classes on ``db.Model`` (named ``Base`` in the models package,
a ``TYPE_CHECKING`` alias of a typed stub base), the ``db`` object made by a function of the project's
own helper package (``cg_sqlalchemy_helpers.make_db()``). Class names are the table names of several
tables (``"User"``, ``"Course_Role"``, ``"AutoTestStepResult"``: quoted, mixed-case identifiers), and the
``db.Table`` link tables of the many-to-many relationships carry hyphenated names (``"roles-permissions"``,
``"users-courses"``) with ``ondelete='CASCADE'`` keys to the mixed-case tables. Mixins of the helper
package give keys and audit columns (``IdMixin``, ``UUIDMixin`` on sqlalchemy-utils' ``UUIDType``,
``TimestampMixin`` with an explicit column name), a ``NotEqualMixin`` of the application sits in the
bases; single-table and joined inheritance with ``polymorphic_on`` (roles, auto-test steps, files,
webhooks), ``db.Enum(SomePyEnum, name=...)`` PostgreSQL enums, the helper package's ``TIMESTAMP`` /
``JSONB`` / ``CIText`` re-exports and ``ColumnProxy`` annotations, ``deferred`` columns, ``CheckConstraint``s
and composite keys. Laid out: the models, ``cg_sqlalchemy_helpers``, ``cg_dt_utils`` and
``psef/permissions.py`` (the enums columns use); ``psef/__init__.py`` is ours, the rest of the
application (helpers, exceptions, files, tasks, auth, ...) permissive stubs."""

from recipe import Recipe

# the application package as the models import it (ours): its Flask subclass, the proxies they name, and its
# submodules as attributes
PSEF_INIT = '''import sys

from flask import Flask, current_app  # noqa: F401


class PsefFlask(Flask):
    pass


app = current_app
current_user = None


def __getattr__(name):
    # ``psef.extract_tree.ExtractFileTree`` in a signature: the submodule (laid out, or a stub)
    if name.startswith("__"):
        raise AttributeError(name)
    __import__(f"{__name__}.{name}")
    return sys.modules[f"{__name__}.{name}"]
'''

# the application's helpers package, of our own: the mixin some models put in their bases; any other name
# (called in methods only) a function that does nothing
PSEF_HELPERS = '''from . import register  # noqa: F401


class NotEqualMixin:
    def __ne__(self, other):
        return not self == other


def _nothing(*args, **kwargs):
    return None


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    return _nothing
'''

RECIPE = Recipe(
    name="codegrade",
    repo="te5in/CodeGra.de",
    style="Flask-SQLAlchemy 2 db.Column, mixed-case table names, hyphenated db.Table link tables, helper mixins",
    files=("psef/models/*.py", "cg_sqlalchemy_helpers/*.py", "cg_dt_utils/__init__.py", "psef/permissions.py",
           "psef/registry.py", "psef/helpers/register.py", "cg_enum/__init__.py",
           "requirements.txt"),  # SQLAlchemy==1.3.18: what a new column's types are
    stubs={"psef/__init__.py": PSEF_INIT, "psef/helpers/__init__.py": PSEF_HELPERS},
    stub_roots=("*",),
    # citext, and uuid-ossp's uuid_generate_v4() (a server default; the embedded server has no uuid-ossp): ours
    prelude=("CREATE EXTENSION IF NOT EXISTS citext",
             "CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'"),
    metadata="psef.models:db.metadata",
    imports=("psef.models",),
    models="psef/models",
    line_length=79,  # setup.cfg's isort line_length, yapf's pep8 style
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==1.1.4", "werkzeug==1.0.1",
                    "jinja2==2.11.3", "markupsafe==2.0.1", "itsdangerous==1.1.0",
                    "sqlalchemy-utils==0.37.9", "sqlalchemy-citext==1.8.0", "python-dateutil",
                    "typing-extensions", "mypy-extensions", "passlib", "psycopg2-binary", "alembic==1.7.7"),
    drift=(
        'ALTER TABLE "Snippet" RENAME COLUMN key TO snippet_key',
        'ALTER TABLE "Course" ALTER COLUMN name SET NOT NULL',
        'CREATE TABLE "CourseTag" (id serial PRIMARY KEY,'
        ' course_id integer NOT NULL REFERENCES "Course" (id) ON DELETE CASCADE,'
        ' tag varchar(64) NOT NULL CHECK (tag <> \'\'), UNIQUE (course_id, tag))',
        'ALTER TABLE "CourseSnippet" ALTER COLUMN key TYPE varchar(255)',
        'ALTER TABLE "Course" DROP COLUMN virtual',
        'CREATE INDEX "ix_Snippet_User_id" ON "Snippet" ("User_id")',
        'COMMENT ON COLUMN "Course".name IS \'the course title shown to students\'',
        'COMMENT ON TABLE "users-groups" IS \'which users are in which group\'',
        'ALTER TABLE "CourseSnippet" ALTER COLUMN value SET DEFAULT \'\'',
        "ALTER TYPE assignmentvisibilitystate ADD VALUE 'archived'",
        'ALTER TABLE "users-courses" ADD COLUMN joined_at timestamptz',
        'ALTER TABLE "Course" RENAME TO "CourseV2"',
    ),
    dropped=("Course.virtual",),
)
