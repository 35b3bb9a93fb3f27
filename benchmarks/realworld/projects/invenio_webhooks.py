"""inveniosoftware/invenio-webhooks (receivers of incoming webhook events): one Flask-SQLAlchemy model
on invenio-db's ``db`` with its ``db.Timestamp`` mixin (read from the installed library), four columns
made by a module function (``payload = _json_column()``, ``_json_column(default=lambda: {...})``:
``db.Column(JSONType().with_variant(postgresql.JSON(none_as_null=True), "postgresql"), nullable=True,
**kwargs)``), sqlalchemy-utils' ``UUIDType`` with ``default=uuid.uuid4``, a foreign key to another
library's class (``db.ForeignKey(User.id)``, invenio-accounts read from the installed package), an
indexed ``db.String(255)``, a Celery ``@shared_task`` and receiver classes beside the model. The
application's helpers (errors, proxies, signatures, _compat) are laid out; celery is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="invenio_webhooks",
    repo="inveniosoftware/invenio-webhooks",
    style="Flask-SQLAlchemy on invenio-db, columns made by a module function",
    files=("invenio_webhooks/models.py", "invenio_webhooks/errors.py", "invenio_webhooks/proxies.py",
           "invenio_webhooks/signatures.py", "invenio_webhooks/_compat.py"),
    # (the package's own __init__.py imports the Flask extension: an empty one of ours)
    stubs={"invenio_webhooks/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("invenio_webhooks.models",),
    models="invenio_webhooks",
    line_length=88,
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        # (the four JSON columns are made by the helper ``_json_column(**kwargs)``: a rename or a comment of
        # one is a by-hand item, by design; the drift renames and comments columns written in the class)
        "ALTER TABLE webhooks_events RENAME COLUMN response_code TO status_code",
        "ALTER TABLE webhooks_events ALTER COLUMN receiver_id TYPE varchar(512)",
        "ALTER TABLE webhooks_events ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE webhooks_events ADD COLUMN source_ip varchar(45)",
        "CREATE INDEX ix_webhooks_events_user_id ON webhooks_events (user_id)",
        "COMMENT ON COLUMN webhooks_events.receiver_id IS 'a key of WEBHOOKS_RECEIVERS'",
        "ALTER TABLE webhooks_events ALTER COLUMN status_code SET DEFAULT 202",
        "ALTER TABLE webhooks_events DROP COLUMN response_headers",
        "CREATE TABLE webhooks_deliveries (id serial PRIMARY KEY, event_id uuid NOT NULL"
        " REFERENCES webhooks_events (id), attempt integer NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE webhooks_events RENAME TO webhook_events",
    ),
    dropped=("webhooks_events.response_headers",),
    note="no named enum in the models: no ADD VALUE in the drift",
)
