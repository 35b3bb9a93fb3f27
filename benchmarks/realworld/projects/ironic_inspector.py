"""openstack/ironic-inspector (hardware introspection for Ironic): classic declarative on
``declarative_base(cls=ModelBase)``, a project base deriving from oslo.db's ``ModelBase`` (read from
the installed library) whose ``__table_args__`` is a dict of MySQL options, an ``Enum`` whose labels
are a classmethod's list (``Enum(*istate.States.all())``, ``introspection_state.py`` laid out, its
``automaton`` a permissive stub), composite primary keys (one of them a boolean), a named foreign key,
oslo.db's ``JsonEncodedDict`` (``mysql_as_long=True``), relationships ordered by a string. It showed a
misreading, mended since: the project's base named like the library class it derives from (``class
ModelBase(models.ModelBase)``, oslo.db's) was not resolved, so a column added in the database was not
added to ``Node`` (a note: "the reader cannot see every column of Node")."""

from recipe import Recipe

RECIPE = Recipe(
    name="ironic_inspector",
    repo="openstack/ironic-inspector",
    style="classic declarative on an oslo.db cls= base, an enum of a classmethod's labels",
    files=("ironic_inspector/db/model.py", "ironic_inspector/introspection_state.py"),
    stubs={"ironic_inspector/__init__.py": "", "ironic_inspector/db/__init__.py": ""},
    # the nodes' state enum has no name, which PostgreSQL's CREATE TYPE needs (the project's
    # migration d2e48801c8ef names it node_state): named so here
    fixes={"ironic_inspector/db/model.py": ("Column(Enum(*istate.States.all()), nullable=False,",
                                            "Column(Enum(*istate.States.all(), name='node_state'), nullable=False,")},
    stub_roots=("*",),
    metadata="ironic_inspector.db.model:Base.metadata",
    imports=("ironic_inspector.db.model",),
    models="ironic_inspector/db",
    line_length=79,
    drift=(
        "ALTER TABLE rules RENAME COLUMN description TO summary",
        "ALTER TABLE attributes ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE rules ALTER COLUMN scope SET NOT NULL",
        "ALTER TABLE nodes ADD COLUMN conductor varchar(255)",
        "CREATE INDEX ix_attributes_name ON attributes (name)",
        "COMMENT ON COLUMN nodes.error IS 'the last introspection error'",
        "ALTER TABLE rule_conditions ALTER COLUMN invert SET DEFAULT false",
        "ALTER TABLE nodes DROP COLUMN version_id",
        "CREATE TABLE node_notes (id serial PRIMARY KEY, node_uuid varchar(36) NOT NULL REFERENCES nodes (uuid),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE options RENAME TO node_options",
        "ALTER TYPE node_state ADD VALUE 'cleaning'",
    ),
    dropped=("nodes.version_id",),
)
