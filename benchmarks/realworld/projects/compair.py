"""ubc/compair (ComPAIR, the University of British Columbia's peer-assessment application: students
answer assignments, then compare pairs of their peers' answers; courses, groups, criteria, grades,
LTI links to the LMS, Kaltura media) - about 30 Flask-SQLAlchemy 3 classes, one module each, written
for MySQL. Every class is built from abstract ``db.Model`` mixins (``__abstract__ = True``, each a
module of its own): ``DefaultTableMixin`` gives the ``id`` key and a ``__table_args__`` dict of MySQL
table options (kept in a class attribute ``default_table_args`` that classes with constraints put
last in a ``__table_args__`` tuple of their own), ``UUIDMixin`` a plain ``uuid`` CHAR(22) column,
and ``ActiveMixin``, ``AttemptMixin`` and the two halves of ``WriteTrackingMixin`` (created /
modified, each with a ``..._user_id`` foreign key to ``user``) give theirs through
``declared_attr`` functions; the tracking mixin also registers ORM events in ``__declare_last__``,
where most classes add ``column_property`` counts too. Python enums behind ``sqlalchemy.Enum``
make native PostgreSQL types named after the classes (``courserole``), one of them given a second
type of its own name (``Enum(CourseRole, name="course_role")``); the model modules reach the
enums and mixins by ``from . import *`` from the package ``__init__``, which sets a naming
convention on the metadata after every class is made. ``Group`` has no ``__tablename__``
(``group``, a word PostgreSQL reserves, as is ``user``). ``compair.core`` (the app's singletons),
``compair.util`` (a SQL clock function) are stubs of ours; the algorithms, tasks, the LTI and
Kaltura libraries and flask_login are permissive stubs."""

from recipe import Recipe

CORE = '''from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy(session_options={"expire_on_commit": False})


def abort(code, **kwargs):
    raise RuntimeError(code)


def display_name_generator(role="student"):
    return role + "_00000000"
'''

UTIL = '''from sqlalchemy import func


def sql_utcnow():
    return func.now()
'''

RECIPE = Recipe(
    name="compair",
    repo="ubc/compair",
    style="Flask-SQLAlchemy, abstract db.Model mixins with declared_attr, MySQL table args, PG enums",
    files=("compair/models/*.py", "compair/models/*/*.py", "compair/models/*/*/*.py"),
    stubs={"compair/__init__.py": "", "compair/core.py": CORE, "compair/util.py": UTIL},
    # two tables' unique constraints share the name ``_unique_user_and_course`` (MySQL keeps
    # constraint names per table, PostgreSQL per schema, so ``create_all`` fails): the course
    # grades' one gets a name of its own in the laid-out copy
    fixes={"compair/models/course_grade.py": (
        "name='_unique_user_and_course'", "name='_unique_user_and_course_grade'")},
    stub_roots=("*",),
    metadata="compair.core:db.metadata",
    imports=("compair.models",),
    models="compair/models",
    drift=(
        "ALTER TABLE course RENAME COLUMN term TO session_term",
        "ALTER TABLE answer ALTER COLUMN attempt_started SET NOT NULL",
        "CREATE TABLE assignment_tag (id serial PRIMARY KEY,"
        " assignment_id integer NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created timestamp NOT NULL DEFAULT now(),"
        " UNIQUE (assignment_id, tag), CHECK (length(tag) > 0))",
        "ALTER TABLE activity_log ALTER COLUMN event TYPE varchar(100)",
        "ALTER TABLE kaltura_media DROP COLUMN download_url",
        "CREATE INDEX ix_comparison_example_assignment_id ON comparison_example (assignment_id)",
        "COMMENT ON COLUMN \"user\".student_number IS 'the university''s student number'",
        "COMMENT ON TABLE lti_nonce IS 'OAuth 1 nonces already seen: a replayed launch is refused'",
        "ALTER TABLE assignment ALTER COLUMN answer_grade_weight SET DEFAULT 1",
        "ALTER TABLE \"group\" ADD COLUMN description text",
        "ALTER TYPE emailnotificationmethod ADD VALUE 'digest'",
        "ALTER TABLE lti_consumer ALTER COLUMN lti_version TYPE varchar(40)",
        "ALTER TABLE assignment RENAME TO course_assignment",
    ),
    dropped=("kaltura_media.download_url",),
)
