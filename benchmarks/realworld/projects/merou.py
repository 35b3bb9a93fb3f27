"""dropbox/merou (Grouper, a service of groups and permissions, on Tornado): classic declarative on
``declarative_base(cls=_Model)`` (a plain mixin of session helpers), one class per module, ``Enum(*CHOICES)``
of a module's dict or set constant (no name: the project runs on MySQL and SQLite), ``UniqueConstraint`` /
``Index`` in ``__table_args__`` tuples, a ``TypeDecorator`` on ``Text`` (``JsonEncodedType``), string
lengths from the project's constants module (``String(length=MAX_NAME_LENGTH)``), Python-side defaults
(``datetime.utcnow``, an ``IntEnum`` member), a relationship with a ``primaryjoin`` lambda and no foreign
key, a leading-underscore column (``_role``); SQLAlchemy 1.3 (the probe's). The application's other
modules (plugins, settings, expiration...) are permissive stubs. It showed one misreading: the labels of
``Enum(*REQUEST_STATUS_CHOICES, ...)``, the keys of a dict whose values are not literals (``{"pending":
set(["actioned", "cancelled"]), ...}``), were not read ("takes *args/**kwargs"), so its five columns were
left alone and the drift's new label of ``request_status`` went unseen (mended: the keys are read; a new
label is by hand, as a key needs its value; ``AUDIT_STATUS_CHOICES``, a set, is not read: its order is
Python's hash order)."""

from recipe import Recipe

_REQUEST_STATUS = ("Enum(*REQUEST_STATUS_CHOICES)", 'Enum(*REQUEST_STATUS_CHOICES, name="request_status")')

RECIPE = Recipe(
    name="merou",
    repo="dropbox/merou",
    style="classic declarative, one class a module, Enum(*CONSTANT), MySQL-first",
    files=("grouper/models/*.py", "grouper/models/base/*.py", "grouper/constants.py",
           "grouper/entities/group_edge.py"),
    stubs={"grouper/__init__.py": "", "grouper/entities/__init__.py": ""},
    # the models were written for MySQL and SQLite: their enums have no name, which PostgreSQL's CREATE
    # TYPE needs (named here, the request statuses' five columns sharing one type as they share the
    # constant), and three tables' unique constraints are all named "uidx1" (MySQL keeps index names per
    # table, PostgreSQL per schema, so create_all fails): the two later ones get names of their own
    fixes={
        "grouper/models/audit_member.py": ("Enum(*AUDIT_STATUS_CHOICES)",
                                           'Enum(*AUDIT_STATUS_CHOICES, name="audit_status")'),
        "grouper/models/group.py": ("Enum(*GROUP_JOIN_CHOICES)", 'Enum(*GROUP_JOIN_CHOICES, name="group_join")'),
        "grouper/models/permission_request.py": _REQUEST_STATUS,
        "grouper/models/permission_request_status_change.py": _REQUEST_STATUS,
        "grouper/models/request.py": _REQUEST_STATUS,
        "grouper/models/request_status_change.py": _REQUEST_STATUS,
        "grouper/models/service_account_permission_map.py": ('name="uidx1"', 'name="uidx_sa_permissions_map"'),
        "grouper/models/user_metadata.py": ('name="uidx1"', 'name="uidx_user_metadata"'),
    },
    stub_roots=("*",),
    metadata="grouper.models.base.model_base:Model.metadata",
    imports=("grouper/models/*.py",),
    models="grouper/models",
    line_length=99,
    probe_packages=("sqlalchemy==1.3.24", "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE permissions RENAME COLUMN description TO summary",
        "ALTER TABLE public_keys ALTER COLUMN comment TYPE text",
        "ALTER TABLE groups ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE users ADD COLUMN display_name varchar(255)",
        "CREATE INDEX ix_audit_log_action ON audit_log (action)",
        "COMMENT ON COLUMN groups.groupname IS 'the unique name of the group'",
        "ALTER TABLE counters ALTER COLUMN count SET DEFAULT 0",
        "ALTER TABLE service_accounts DROP COLUMN machine_set",
        "CREATE TABLE group_labels (id serial PRIMARY KEY, group_id integer NOT NULL REFERENCES groups (id),"
        " name varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE perf_profiles RENAME TO perf_traces",
        "ALTER TYPE request_status ADD VALUE 'expired'",
        "ALTER TYPE group_join ADD VALUE 'invite'",
    ),
    dropped=("service_accounts.machine_set",),
)
