"""AppEnlight/appenlight (an error and performance monitor on Pyramid): classic declarative on
``declarative_base(metadata=MetaData(naming_convention=...))`` with ziggurat_foundations' mixins
(``UserMixin``, ``GroupMixin``, ``ResourceMixin``... read from the installed library,
``pip install ziggurat-foundations`` where this runs), joined-table inheritance of resources
(``Application(Resource)``), single-table inheritance of alert channels and integrations
(``polymorphic_identity`` per subclass module), relationships ordered by strings of two columns.
Written for SQLAlchemy 1.2; the probe runs 1.4. It showed two misreadings: six classes whose table
and columns are all a ziggurat mixin's (``class Group(GroupMixin, Base)`` with methods only) sat in
files with no word of SQLAlchemy's, which the reader did not parse: their tables seemed to have no
class, six classes generated where nothing had drifted, and the apply broke the mappers (``resources``
defined twice); and the drop of ``Log.primary_key`` was held back because ``log_id = sa.Column(...,
primary_key=True)`` was taken for a use of the attribute."""

from recipe import ZIGGURAT_GROUPS_KEY_NAMED, Recipe

RECIPE = Recipe(
    name="appenlight",
    repo="AppEnlight/appenlight",
    style="classic declarative on ziggurat_foundations' mixins, joined and single-table inheritance, Pyramid",
    files=("backend/src/appenlight/models/*.py", "backend/src/appenlight/models/alert_channels/*.py",
           "backend/src/appenlight/models/integrations/*.py", "backend/src/appenlight/lib/sqlalchemy_fields.py",
           "backend/src/appenlight/lib/enums.py"),
    strip="backend/src/",
    stubs={"appenlight/__init__.py": "", "appenlight/lib/__init__.py": ""},
    # foreign keys of string columns to the users' integer key, which PostgreSQL refuses (the
    # project's migrations make them integers): integers in the laid-out copy
    fixes={**{path: ('sa.Unicode(30),\n        sa.ForeignKey("users.id"',
                     'sa.Integer,\n        sa.ForeignKey("users.id"')
              for path in ("appenlight/models/auth_token.py", "appenlight/models/alert_channel.py")},
           "appenlight/models/group_resource_permission.py": (
               ZIGGURAT_GROUPS_KEY_NAMED,
               ("from appenlight.models import Base",
                "import sqlalchemy as sa\n\nfrom appenlight.models import Base"))},
    stub_roots=("*",),
    metadata="appenlight.models:metadata",
    imports=("appenlight/models/*.py", "appenlight/models/alert_channels/*.py",
             "appenlight/models/integrations/*.py"),
    models="appenlight/models",
    probe_packages=("sqlalchemy==1.4.54", "ziggurat-foundations==0.9.1", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE reports_comments RENAME COLUMN body TO comment_body",
        "ALTER TABLE applications ALTER COLUMN domains TYPE varchar(4096)",
        "ALTER TABLE logs ALTER COLUMN request_id SET NOT NULL",
        "ALTER TABLE groups ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_logs_namespace ON logs (namespace)",
        "COMMENT ON COLUMN users.first_name IS 'as the user gave it'",
        "ALTER TABLE applications ALTER COLUMN error_report_threshold SET DEFAULT 10",
        "ALTER TABLE logs DROP COLUMN primary_key",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, resource_id integer NOT NULL REFERENCES resources"
        " (resource_id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE reports_comments RENAME TO report_comments",
    ),
    dropped=("logs.primary_key",),
)
