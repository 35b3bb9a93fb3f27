"""Pennyw0rth/NetExec (a network service exploitation tool, CrackMapExec's successor): each
protocol's ``database.py`` has a ``declarative_base()`` of its own and its classes declared inside
the ``database`` class that wraps the protocol's SQLite file (nested classes: ``database.Host``);
columns without options, keys given only by ``__table_args__`` (``PrimaryKeyConstraint("id")``,
``ForeignKeyConstraint(["host_id"], ["hosts.id"])``, multi-column ``UniqueConstraint``). The SMB
protocol's database (the largest; the protocols' tables share names, one database each) is laid
out; the application's ``BaseDB`` and logger are stubs of ours. It showed one misreading: no class
nested in a plain class's body was read (SQLAlchemy maps them when the outer class's body runs), "no
mapped classes found"."""

from recipe import Recipe

RECIPE = Recipe(
    name="netexec",
    repo="Pennyw0rth/NetExec",
    style="classic declarative, classes nested in a class, keys in __table_args__ only",
    files=("nxc/protocols/smb/database.py",),
    stubs={"nxc/__init__.py": "", "nxc/protocols/__init__.py": "", "nxc/protocols/smb/__init__.py": "",
           "nxc/database.py": ("class BaseDB:\n    def __init__(self, db_engine):\n"
                               "        self.db_engine = db_engine\n\n\n"
                               "def format_host_query(q, filter_term, host_table):\n    return q\n"),
           "nxc/logger.py": "import logging\n\nnxc_logger = logging.getLogger('nxc')\n"},
    metadata="nxc.protocols.smb.database:BaseTable.metadata",
    imports=("nxc.protocols.smb.database",),
    models="nxc/protocols/smb",
    drift=(
        "ALTER TABLE hosts RENAME COLUMN os TO os_version",
        "ALTER TABLE shares ALTER COLUMN remark TYPE varchar(255)",
        "ALTER TABLE users ALTER COLUMN username SET NOT NULL",
        "ALTER TABLE hosts ADD COLUMN mac_address varchar(17)",
        "CREATE INDEX ix_users_domain_username ON users (domain, username)",
        "COMMENT ON COLUMN users.credtype IS 'plaintext or hash'",
        "ALTER TABLE groups ALTER COLUMN member_count_ad SET DEFAULT 0",
        "ALTER TABLE groups DROP COLUMN last_query_time",
        "CREATE TABLE host_notes (id serial PRIMARY KEY, host_id integer NOT NULL REFERENCES hosts (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE dpapi_backupkey RENAME TO dpapi_backup_keys",
    ),
    dropped=("groups.last_query_time",),
)
