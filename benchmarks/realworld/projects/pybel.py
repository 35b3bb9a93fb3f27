"""pybel/pybel (the Biological Expression Language's Python library; its graph and namespace
cache): one classic ``declarative_base()`` module whose table names are module constants
(``__tablename__ = NODE_TABLE_NAME``) that the foreign keys spell again through f-strings
(``ForeignKey(f"{NODE_TABLE_NAME}.id")``), three many-to-many association ``Table(...)`` objects on
``Base.metadata`` with composite primary keys, ``UniqueConstraint(db, db_id)`` in
``__table_args__`` naming the column objects of the class body rather than strings, a length
given by a module constant (``LargeBinary(LONGBLOB)``, MySQL's LONGBLOB size), ``doc=`` on most
columns, two relationships to one table told apart by ``foreign_keys=[first_id]``, and
``backref(..., lazy="dynamic")``. Only the models module is laid out; the package's constants,
graph, I/O and token modules it imports are permissive stubs. It showed two misbehaviours, mended
since: a ``Table(NETWORK_EDGE_TABLE_NAME, ...)`` named by a constant was not read, so a class was
generated for its table beside it and the models no longer imported ("Table ... is already
defined"); and with a table renamed, whose rename is a person's (its name a constant), the f-string
keys were rewritten to the new name all the same. No table is renamed in the drift: every name here
is a constant, whose change is left by hand (the plan says so, and Alembic would see it undone)."""

from recipe import Recipe

RECIPE = Recipe(
    name="pybel",
    repo="pybel/pybel",
    style="classic declarative, table names in constants and f-string foreign keys, association Tables",
    files=("src/pybel/manager/models.py",),
    strip="src/",
    stub_roots=("*",),
    metadata="pybel.manager.models:Base.metadata",
    imports=("pybel.manager.models",),
    models="pybel/manager",
    line_length=120,  # [tool.black] of its pyproject
    drift=(
        "ALTER TABLE pybel_namespace RENAME COLUMN miriam_uri TO miriam_url",
        "ALTER TABLE pybel_citation ALTER COLUMN title SET NOT NULL",
        "CREATE TABLE pybel_network_tag (id serial PRIMARY KEY,"
        " network_id integer NOT NULL REFERENCES pybel_network (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, UNIQUE (network_id, tag))",
        "ALTER TABLE pybel_edge ALTER COLUMN relation TYPE varchar(64)",
        "ALTER TABLE pybel_namespace DROP COLUMN citation_url",
        "CREATE INDEX ix_pybel_edge_relation ON pybel_edge (relation)",
        "COMMENT ON COLUMN pybel_node.md5 IS 'hash of the node''s BEL'",
        "ALTER TABLE pybel_namespace ALTER COLUMN is_annotation SET DEFAULT false",
        "ALTER TABLE pybel_evidence ADD COLUMN curator varchar(255)",
        "COMMENT ON TABLE pybel_citation IS 'publications the evidence cites'",
        "ALTER TABLE pybel_network_node ADD COLUMN added timestamp DEFAULT now()",
    ),
    dropped=("pybel_namespace.citation_url",),
)
