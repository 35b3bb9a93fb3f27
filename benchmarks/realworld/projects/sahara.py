"""openstack/sahara (data processing on OpenStack; retired: the last commit of master removed the code,
so the one before it is laid out): classic declarative on ``declarative.declarative_base(cls=
_SaharaBase)`` of ``sqlalchemy.ext`` whose class takes oslo.db's ``ModelBase`` and ``TimestampMixin``
(read from the installed library), named through a module alias (``class Cluster(mb.SaharaBase)``),
a column helper (``id = _id_column()``, a text key with a Python-side uuid default), type functions
of the project returning mutable TypeDecorators (``st.JsonDictType()``: ``MutableDict.as_mutable(
JsonEncoded)``) or MySQL variants (``st.LargeBinary()``, ``st.LongText()``), a deferred column
(``sa.orm.deferred(sa.Column(...))``), unnamed unique constraints, and two association tables
(``sa.Table(..., mb.SaharaBase.metadata, ...)``) with capitalised column names (``"Job_id"``)."""

from recipe import Recipe

RECIPE = Recipe(
    name="sahara",
    repo="openstack/sahara",
    style="classic declarative through a base module, type functions, deferred column, association tables",
    files=("sahara/db/sqlalchemy/models.py", "sahara/db/sqlalchemy/model_base.py",
           "sahara/db/sqlalchemy/types.py"),
    stub_roots=("*",),
    metadata="sahara.db.sqlalchemy.model_base:SaharaBase.metadata",
    imports=("sahara.db.sqlalchemy.models",),
    models="sahara/db/sqlalchemy",
    line_length=79,
    ref="0947762d5235654314dbac809b8cc837bd2f3409",  # master's last commit with the code
    drift=(
        "ALTER TABLE clusters RENAME COLUMN user_keypair_id TO keypair_id",
        "ALTER TABLE job_binary_internal RENAME COLUMN data TO payload",
        "ALTER TABLE data_sources ALTER COLUMN url TYPE varchar(1024)",
        "ALTER TABLE instances ALTER COLUMN instance_id SET NOT NULL",
        "ALTER TABLE node_group_templates ADD COLUMN region varchar(255)",
        "CREATE INDEX ix_job_executions_cluster_id ON job_executions (cluster_id)",
        "COMMENT ON COLUMN clusters.status IS 'the provisioning state'",
        "ALTER TABLE clusters ALTER COLUMN anti_affinity_ratio SET DEFAULT 1",
        "ALTER TABLE node_groups DROP COLUMN image_username",
        "CREATE TABLE cluster_notes (id serial PRIMARY KEY, cluster_id varchar(36) NOT NULL"
        " REFERENCES clusters (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE plugin_data RENAME TO plugins_data",
        # (not a rename of an association table: it has no key, and the key the plan suggests for it,
        # declined before the drift, would be new under the new name)
        "ALTER TABLE libs_association RENAME COLUMN \"JobBinary_id\" TO job_binary_id",
    ),
    dropped=("node_groups.image_username",),
    note="no enum in the models (their states are strings): no ADD VALUE in the drift",
)
