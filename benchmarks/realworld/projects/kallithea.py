"""Kallithea (the community fork of RhodeCode: self-hosted Mercurial and Git repositories with pull
requests, permissions, gists; TurboGears2), from its GitHub mirror NexMirror/Kallithea - 29 tables
in one 2,300-line ``kallithea/model/db.py`` of classic ``Column`` declarative classes on SQLAlchemy
1.3 (the project's pin is <1.4). The base is a bare ``declarative_base()`` in ``meta.py`` whose
naming convention is *assigned afterwards* (``Base.metadata.naming_convention = {...}``: ``pk_%(table_name)s``,
``uq_%(table_name)s_%(column_0_name)s``, ``ix_%(column_0_label)s``...). Every ``__table_args__`` is a
tuple that ends with a module-level dict constant (``_table_args_default_dict``: ``extend_existing``
and MySQL/SQLite options) after ``Index('u_username_idx', 'username')`` and unnamed
``UniqueConstraint`` entries; a plain mixin of classmethods (``BaseDbModel``) with no columns. Many
attributes map a column of another name (``name = Column("firstname", Unicode(255))``,
``owner_id = Column('user_id', Integer(), ForeignKey('users.user_id'))``, underscored
``_email = Column("email", ...)`` behind a ``hybrid_property`` or plain property), ``Unicode`` /
``UnicodeText`` / ``LargeBinary`` JSON blobs, types written with empty parentheses (``Integer()``,
``Boolean()``), Python-side ``default=datetime.datetime.now``, a self-referential key with
``remote_side``, ``primaryjoin`` strings; and two vestigial classes of plain ``object`` that keep a
``__tablename__`` (``Notification``, ``UserNotification``) but map nothing. Only ``db.py`` and
``meta.py`` are laid out; ``kallithea/__init__.py`` is ours (its ``CONFIG``), and the rest of the
application (``kallithea.lib...``), TurboGears, WebOb, Beaker and ipaddr are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="kallithea",
    repo="NexMirror/Kallithea",
    style="1.3 Column, one big file, table-args dict constant, naming convention assigned late",
    files=("kallithea/model/db.py", "kallithea/model/meta.py"),
    stubs={"kallithea/__init__.py": "CONFIG = {}\n", "kallithea/model/__init__.py": ""},
    stub_roots=("kallithea", "tg", "webob", "beaker", "ipaddr"),
    metadata="kallithea.model.meta:Base.metadata",
    imports=("kallithea.model.db",),
    models="kallithea/model",
    probe_packages=("sqlalchemy==1.3.24", "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE users RENAME COLUMN firstname TO first_name",
        "ALTER TABLE users ALTER COLUMN extern_type SET NOT NULL",
        "CREATE TABLE repository_topics (topic_id serial PRIMARY KEY,"
        " repo_id integer NOT NULL REFERENCES repositories (repo_id) ON DELETE CASCADE,"
        " topic varchar(64) NOT NULL, created_on timestamp NOT NULL DEFAULT now(),"
        " UNIQUE (repo_id, topic), CHECK (topic <> ''))",
        "ALTER TABLE settings ALTER COLUMN app_settings_value TYPE varchar(8192)",
        "ALTER TABLE repositories DROP COLUMN downloads",
        "CREATE INDEX ul_action_date_idx ON user_logs (action_date)",
        "COMMENT ON COLUMN pull_requests.status IS 'new or closed; reviews live in changeset_statuses'",
        "COMMENT ON TABLE gists IS 'pastes, each kept as a repository of its own'",
        "ALTER TABLE ui ALTER COLUMN ui_active SET DEFAULT true",
        "ALTER TABLE groups ADD COLUMN group_archived boolean NOT NULL DEFAULT false",
        "ALTER TABLE user_ssh_keys ALTER COLUMN description TYPE varchar(1000)",
        "ALTER TABLE repositories RENAME TO repository",
    ),
    dropped=("repositories.downloads",),
)
