"""flaskbb/flaskbb: Flask-SQLAlchemy with SQLAlchemy 2.0 ``Mapped`` annotations, mixins with
columns and ``declared_attr`` foreign keys (``HideableMixin``), a TypeDecorator
(``UTCDateTime``), ``Table(...)`` association tables, a Python enum column, generated
``__tablename__`` (no name written) and flask_login's ``UserMixin``."""

from recipe import Recipe

EXTENSIONS = '''\
"""Stand-in for flaskbb.extensions (ours): the SQLAlchemy object, and inert stand-ins for
the other Flask extensions the models touch at import time."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class _Inert:
    def __getattr__(self, name):
        return self

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and not kwargs and callable(args[0]):
            return args[0]
        return self


cache = _Inert()
pluggy = _Inert()
'''

RECIPE = Recipe(
    name="flaskbb",
    repo="flaskbb/flaskbb",
    style="Flask-SQLAlchemy, Mapped + mixins",
    files=("flaskbb/forum/models.py", "flaskbb/management/models.py", "flaskbb/plugins/models.py",
           "flaskbb/user/models.py", "flaskbb/utils/database.py", "flaskbb/utils/forms.py"),
    stubs={"flaskbb/extensions.py": EXTENSIONS},
    stub_roots=("flaskbb", "flask_login", "flask_wtf", "wtforms", "flask_babelplus", "flask_allows"),
    metadata="flaskbb.extensions:db.metadata",
    imports=("flaskbb.forum.models", "flaskbb.user.models", "flaskbb.management.models", "flaskbb.plugins.models"),
    models="flaskbb",
    deferred_annotations=True,
    drift=(
        "ALTER TABLE users RENAME COLUMN website TO website_url",
        "ALTER TABLE posts ALTER COLUMN hidden_at SET NOT NULL",
        "CREATE TABLE post_reactions (id serial PRIMARY KEY,"
        " post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
        " user_id integer NOT NULL REFERENCES users (id), emoji varchar(32) NOT NULL CHECK (emoji <> ''),"
        " UNIQUE (post_id, user_id, emoji))",
        "ALTER TABLE users ALTER COLUMN location TYPE varchar(255)",
        "ALTER TABLE users DROP COLUMN gender",
        "ALTER TABLE reports DROP CONSTRAINT reports_post_id_fkey,"
        " ADD CONSTRAINT reports_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE",
        "CREATE INDEX ix_topics_last_updated ON topics (last_updated)",
        "COMMENT ON COLUMN forums.external IS 'link shown instead of a forum'",
        "ALTER TABLE topics ALTER COLUMN views SET DEFAULT 0",
        "ALTER TABLE categories ADD COLUMN slug varchar(255)",
        "COMMENT ON TABLE settings IS 'board settings, one row per key'",
        "ALTER TYPE settingvaluetype ADD VALUE 'json'",
        "ALTER TABLE posts RENAME TO posts_v2",
    ),
    dropped=("users.gender",),
)
