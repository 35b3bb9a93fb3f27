"""jazzband/website (the site and release service of Jazzband, the collaborative community that
maintained django-debug-toolbar, pip-tools and some 80 other Python projects: members from GitHub,
project teams, release uploads held for a lead's approval) - 7 tables of Flask-SQLAlchemy 3.1 on
SQLAlchemy 2.0, written in ``db.Column`` style across three blueprint packages. The SQLAlchemy
object is a subclass of the project's own (``JazzbandSQLAlchemy``) named ``postgres`` with a custom
``model_class`` (a ``flask_sqlalchemy.model.Model`` subclass of query helpers) and imported ``as
db`` in the models; a plain-class mixin ``Syncable`` written with ``postgres.Column`` gives a
``synced_at`` column (Python-side ``datetime.utcnow``) to four tables, with an ORM event listener
``propagate=True`` on the mixin; the OAuth table takes its key, ``provider``, ``created_at`` and
``token`` from Flask-Dance's ``OAuthConsumerMixin`` (a stub of ours with those columns) and names
only its foreign key ``db.ForeignKey(User.id)``. Also: two sqlalchemy-utils ``@aggregated("rel",
db.Column(db.SmallInteger))`` methods (columns a decorator makes), ``orm.column_property`` of a SQL
function and of a string concatenation, ``server_default=expression.false()`` beside
``default=False``, unnamed regex ``CheckConstraint`` items, ``Index("provider", "user_id")`` and
``Index("verified", "primary")`` (index names that are column names), ``__tablename__`` written
after the columns, ``@generic_repr`` class decorators, ``UUID(as_uuid=True)`` with ``default=uuid4``.
Flask-Redis and walrus are permissive stubs; the rest of the application is laid out as it is."""

from recipe import Recipe

# Flask-Dance's SQLAlchemy storage mixin, as the OAuth model sees it (ours): its four columns
_FLASK_DANCE_SQLA = '''from datetime import datetime

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy_utils import JSONType


class OAuthConsumerMixin:
    id = Column(Integer, primary_key=True)
    provider = Column(String(50), nullable=False)
    created_at = Column(DateTime, default=datetime.utcnow, nullable=False)
    token = Column(MutableDict.as_mutable(JSONType), nullable=False)
'''

RECIPE = Recipe(
    name="jazzband_website",
    repo="jazzband/website",
    style="Flask-SQLAlchemy subclass with model_class, plain mixin, @aggregated columns",
    files=("jazzband/__init__.py", "jazzband/db.py", "jazzband/mixins.py", "jazzband/utils.py",
           "jazzband/auth.py", "jazzband/account/__init__.py", "jazzband/account/models.py",
           "jazzband/members/__init__.py", "jazzband/members/models.py", "jazzband/projects/__init__.py",
           "jazzband/projects/models.py"),
    stubs={
        "flask_dance/__init__.py": "",
        "flask_dance/consumer/__init__.py": "",
        "flask_dance/consumer/storage/__init__.py": "",
        "flask_dance/consumer/storage/sqla.py": _FLASK_DANCE_SQLA,
    },
    stub_roots=("flask_redis", "walrus"),
    metadata="jazzband.db:postgres.metadata",
    imports=("jazzband.members.models", "jazzband.projects.models", "jazzband.account.models"),
    models="jazzband",
    line_length=88,  # its pyproject's ruff
    probe_packages=("sqlalchemy==2.0.41", "flask==3.1.3", "flask-sqlalchemy==3.1.1", "werkzeug==3.1.6",
                    "sqlalchemy-utils==0.41.2", "flask-login==0.6.3", "alembic==1.16.1", "psycopg2-binary"),
    drift=(
        "ALTER TABLE users RENAME COLUMN html_url TO profile_url",
        "ALTER TABLE email_addresses ALTER COLUMN synced_at DROP NOT NULL",
        "CREATE TABLE project_grants (id serial PRIMARY KEY,"
        " project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
        " source varchar(50) NOT NULL, amount_cents integer NOT NULL CHECK (amount_cents >= 0),"
        " received_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE email_addresses ALTER COLUMN email TYPE varchar(254)",
        "ALTER TABLE projects DROP COLUMN transfer_issue_url",
        "CREATE INDEX ix_project_uploads_released_at ON project_uploads (released_at)",
        "COMMENT ON COLUMN project_credentials.key IS 'the token the release pipeline uploads with'",
        "ALTER TABLE project_uploads ALTER COLUMN ordering SET DEFAULT 0",
        "ALTER TABLE users ADD COLUMN name varchar(255)",
        "ALTER TABLE oauth ALTER COLUMN provider TYPE varchar(100)",
        "COMMENT ON TABLE project_memberships IS 'who is in which project team, and who leads it'",
        "ALTER TABLE projects ALTER COLUMN uploads_count SET DEFAULT 0",
        "ALTER TABLE projects RENAME TO jazzband_projects",
    ),
    dropped=("projects.transfer_issue_url",),
    note=("oauth.provider, a column of Flask-Dance's mixin (a stub of ours here, outside the models), is a note "
          "(the mixin's file is outside the models path) where the class could override it, as it does a column "
          "of an installed library's mixin"),
)
