"""keylime/keylime (remote attestation of machines with a TPM): the verifier's database, classic
declarative on ``declarative_base()`` from ``sqlalchemy.ext.declarative``, a ``PickleType`` subclass
with ``impl = Text`` given a pickler of the project's own (``JSONPickleType(pickler=JSONPickler)``),
``Text().with_variant(Text(429400000), "mysql")`` columns, named unique constraints in
``__table_args__`` tuples (``schema.UniqueConstraint``), a composite primary key with a foreign key
in it, ``relationship(..., uselist=False)`` by class-name strings, a ``server_default`` string."""

from recipe import Recipe

RECIPE = Recipe(
    name="keylime",
    repo="keylime/keylime",
    style="classic declarative, PickleType subclass with a JSON pickler, with_variant Text",
    files=("keylime/db/__init__.py", "keylime/db/verifier_db.py", "keylime/json.py"),
    stubs={"keylime/__init__.py": ""},
    metadata="keylime.db.verifier_db:Base.metadata",
    imports=("keylime.db.verifier_db",),
    models="keylime/db",
    line_length=120,
    drift=(
        "ALTER TABLE verifiermain RENAME COLUMN verifier_ip TO verifier_address",
        "ALTER TABLE allowlists ALTER COLUMN checksum TYPE varchar(256)",
        "ALTER TABLE verifiermain ALTER COLUMN ip SET NOT NULL",
        "ALTER TABLE sessions ADD COLUMN client_ip varchar(45)",
        "CREATE INDEX ix_attestations_status ON attestations (status)",
        "COMMENT ON COLUMN verifiermain.operational_state IS 'the state machine''s current state'",
        "ALTER TABLE verifiermain ALTER COLUMN attestation_count SET DEFAULT 0",
        "ALTER TABLE verifiermain DROP COLUMN pcr10",
        "CREATE TABLE agent_events (id serial PRIMARY KEY, agent_id varchar(80) NOT NULL REFERENCES verifiermain"
        " (agent_id), kind varchar(32) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE mbpolicies RENAME TO measured_boot_policies",
    ),
    dropped=("verifiermain.pcr10",),
    note=("the verifier's database only: the registrar's one table (`registrarmain`, keylime/db/registrar_db.py) "
          "is on a `Base` of its own, another service's database; keylime/models/ builds its mappings at run "
          "time (`type(class_name, ...)` mapped imperatively in a metaclass), which no static reader sees; "
          "no enum to drift"),
)
