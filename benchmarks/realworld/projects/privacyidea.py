"""privacyidea/privacyidea: Flask-SQLAlchemy ``db.Model`` classes written with SQLAlchemy 2.0
``Mapped[...] = mapped_column(...)``, ``Sequence("..._seq")`` keys, a table named by a
module constant (``__tablename__ = AUDIT_TABLE_NAME``), column lengths looked up in a
module-level dict (``Unicode(audit_column_length.get("action"))``), renamed columns
(``_data = mapped_column("data", ...)``), ``@compiles`` functions for other dialects and
a mixin of methods (``MethodsMixin``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="privacyidea",
    repo="privacyidea/privacyidea",
    style="Flask-SQLAlchemy + Mapped, sequences",
    files=("privacyidea/models/*.py",),
    stubs={"privacyidea/__init__.py": ""},
    stub_roots=("privacyidea", "dateutil"),
    metadata="privacyidea.models:db.metadata",
    imports=("privacyidea.models",),
    models="privacyidea",
    line_length=120,
    drift=(
        "ALTER TABLE realm RENAME COLUMN \"default\" TO is_default",
        "ALTER TABLE admin ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE realm_labels (id serial PRIMARY KEY,"
        " realm_id integer NOT NULL REFERENCES realm (id) ON DELETE CASCADE,"
        " label varchar(64) NOT NULL CHECK (label <> ''), UNIQUE (realm_id, label))",
        "ALTER TABLE tokencontainer ALTER COLUMN description TYPE varchar(2048)",
        "ALTER TABLE challenge DROP COLUMN received_count",
        "CREATE INDEX ix_tokencontainer_last_seen ON tokencontainer (last_seen)",
        "COMMENT ON COLUMN admin.email IS 'contact address of the administrator'",
        "ALTER TABLE tokencontainer ALTER COLUMN type SET DEFAULT 'generic'",
        "ALTER TABLE admin ADD COLUMN last_login_at timestamp",
        "COMMENT ON TABLE config IS 'server settings, one row per key'",
        "ALTER TABLE pidea_audit ALTER COLUMN startdate SET NOT NULL",
        "ALTER TABLE realm RENAME TO realm_v2",
    ),
    dropped=("challenge.received_count",),
)
