"""uc-cdis/userdatamodel (the Gen3 data commons' user and access model, shared by its auth service
fence: users, groups, identity and authorization providers, projects, cloud buckets and the
privileges that tie them together) - 25 tables of classic ``Column`` declarative classes on a bare
``declarative_base()`` made in the package's ``__init__.py``, all in one ``user.py`` (``models.py``
re-exports them). PostgreSQL-only in practice: ``ARRAY(String)`` privilege lists, ``JSONB``
columns with ``server_default=text("'{}'")``, ``server_default=text("now()")`` and
``func.now()`` timestamps beside Python-side ``default=datetime.datetime.utcnow``. The unusual
parts: two tables whose names need quoting (``"User"`` and ``"Group"``, mixed case, referenced
by string ``ForeignKey("User.id")`` as well as by ``ForeignKey(User.id)``); a ``__table_args__``
of a composite named ``UniqueConstraint``, a named ``CheckConstraint`` and three partial unique
``Index``\\ es with ``postgresql_where=text(...)``; a composite-key edge table whose columns repeat
their own names as the first argument (``Column("user_id", Integer, ...)``); a column held by an
underscore-prefixed attribute (``_last_auth``); a ``String(90)`` primary key with no default; a
self-referential ``parent_id`` with ``remote_side``; a ``backref`` named by the class's own
``__tablename__``; a custom ``MappedCollection`` subclass and ``association_proxy`` attributes
beside the columns; no ``__table_args__`` options, no lengths on most strings, no mixins. The
models import nothing of the application, so no stubs are needed."""

from recipe import Recipe

RECIPE = Recipe(
    name="userdatamodel",
    repo="uc-cdis/userdatamodel",
    style="classic declarative, quoted mixed-case tables, partial unique indexes, ARRAY/JSONB",
    files=("userdatamodel/__init__.py", "userdatamodel/models.py", "userdatamodel/user.py"),
    metadata="userdatamodel:Base.metadata",
    imports=("userdatamodel.models",),
    models="userdatamodel",
    line_length=88,  # black's default (its pre-commit runs black unconfigured)
    drift=(
        'ALTER TABLE "User" RENAME COLUMN phone_number TO phone',
        "ALTER TABLE project ALTER COLUMN auth_id SET NOT NULL",
        "ALTER TABLE certificate ALTER COLUMN extension TYPE varchar(16)",
        "ALTER TABLE bucket ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_event_log_target ON event_log (target_type, target)",
        "COMMENT ON COLUMN hmac_keypair.secret_key IS 'AES-128 encrypted'",
        "ALTER TABLE \"Group\" ALTER COLUMN description SET DEFAULT ''",
        "ALTER TABLE compute_access DROP COLUMN floating_ips",
        'CREATE TABLE user_session (id serial PRIMARY KEY,'
        ' user_id integer NOT NULL REFERENCES "User" (id) ON DELETE CASCADE,'
        " started_at timestamp with time zone NOT NULL DEFAULT now(), client_ip inet)",
        'ALTER TABLE "User" ALTER COLUMN display_name TYPE varchar(255)',
        "COMMENT ON TABLE user_audit_logs IS 'one row per change of a user'",
        "ALTER TABLE user_to_group ALTER COLUMN roles SET DEFAULT '{}'",
        "ALTER TABLE s3credential RENAME TO s3_credential",
    ),
    dropped=("compute_access.floating_ips",),
)
