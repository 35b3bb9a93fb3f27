"""polarsource/polar (a payments and billing platform for developers, FastAPI; the ``server/``
package): SQLAlchemy 2.0 ``Mapped`` classes on a ``DeclarativeBase`` whose ``MetaData`` has a naming
convention (``ix_%(column_0_N_label)s``, ``%(table_name)s_%(column_0_N_name)s_key``...), abstract
``IDModel`` / ``TimestampedModel`` / ``RecordModel`` bases (a uuid key with a Python-side default,
``created_at`` / ``modified_at`` / ``deleted_at``), a mixin whose one column is an annotation alone of an
``Annotated`` alias holding a ``mapped_column`` (``user_metadata: Mapped[MetadataColumn]``), Python
enums stored as strings by a ``StringEnum`` TypeDecorator (no PostgreSQL enum), JSONB TypeDecorators of
pydantic models and TypedDicts (addresses, tax ids, price tiers, meter filters), PEP 695 ``type``
aliases, single-table inheritance (``polymorphic_on``, subclasses' ``mapped_column(use_existing_column=
True)``), ``declared_attr`` relationships, a ``composite``, ``column_property`` and hybrids, partial
indexes, CITEXT and deferred TSVECTOR columns, authlib's OAuth2 mixins (read from the installed
library), and alembic_utils' ``PGFunction`` / ``PGTrigger`` entities registered at import, one of
which a ``server_default`` calls (the prelude's stand-in of ours). The models' own helpers are laid
out, the rest of the application (config, logging, stripe...) is permissive stubs. Its files are
Python 3.14's (PEP 758's ``except KeyError, ValueError:`` in models/checkout.py and tax/tax_id.py, lazy
annotations); it was checked on 3.13 with those two lines parenthesized in a scratch copy. It showed
one misreading, mended since: a new table's class in campaign.py was given ``(MetadataMixin, RecordModel)`` as its
neighbour has them, with ``user_metadata = None`` for the column the table lacks, because the mixin is
defined outside ``--models`` (polar/kit/metadata.py) and so not known as a mixin to leave out; and
``= None`` does not take away a mixin's annotation-only column (Alembic: the column added)."""

from recipe import Recipe

RECIPE = Recipe(
    name="polar",
    repo="polarsource/polar",
    style="2.0 Mapped on a DeclarativeBase with a naming convention, StringEnum TypeDecorators, STI, declared_attr",
    files=("server/polar/models/*.py", "server/polar/kit/db/models/*.py",
           "server/polar/kit/extensions/sqlalchemy/*.py", "server/polar/kit/utils.py", "server/polar/enums.py",
           "server/polar/kit/metadata.py", "server/polar/kit/address.py", "server/polar/tax/tax_id.py",
           "server/polar/custom_field/data.py", "server/polar/custom_field/attachment.py",
           "server/polar/kit/visibility.py", "server/polar/kit/trial.py", "server/polar/kit/encryption.py",
           "server/polar/auth/scope.py", "server/polar/oauth2/sub_type.py", "server/polar/meter/filter.py",
           "server/polar/meter/aggregation.py", "server/polar/meter/unit.py", "server/polar/kit/currency.py",
           "server/polar/types.py", "server/polar/kit/math.py", "server/polar/product/tiers.py",
           "server/polar/tax/calculation/__init__.py", "server/polar/tax/calculation/base.py",
           "server/polar/merchant_migration/pan_transfer.py"),
    strip="server/",
    # the extensions and the function the project's migrations make (alembic_utils' PGExtension and
    # PGFunction entities, which create_all does not make): citext, and a stand-in of ours for the
    # function the customers' short_id default calls
    prelude=("CREATE EXTENSION IF NOT EXISTS citext",
             "CREATE FUNCTION generate_customer_short_id(creation_timestamp timestamptz DEFAULT clock_timestamp())"
             " RETURNS bigint LANGUAGE sql AS $$ SELECT (extract(epoch FROM creation_timestamp) * 1000)::bigint $$"),
    stub_roots=("*",),
    metadata="polar.kit.db.models.base:Model.metadata",
    imports=("polar.models",),
    models="polar/models",
    deferred_annotations=True,
    python=(3, 14),
    # authlib: the OAuth2 classes' mixins; pydantic and dateutil: the helpers' models (tiers, trials)
    probe_packages=("sqlalchemy==2.0.52", "psycopg2-binary", "alembic", "pydantic==2.13.4", "python-dateutil",
                    "authlib"),
    drift=(
        "ALTER TABLE campaigns RENAME COLUMN fee_credit_title TO credit_title",
        "ALTER TABLE files ALTER COLUMN mime_type TYPE varchar(255)",
        "ALTER TABLE webhook_endpoints ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE license_keys ADD COLUMN display_name varchar(128)",
        "CREATE INDEX ix_campaigns_name ON campaigns (name)",
        "COMMENT ON COLUMN meters.custom_label IS 'shown instead of the unit'",
        "ALTER TABLE license_keys ALTER COLUMN usage SET DEFAULT 0",
        "ALTER TABLE files DROP COLUMN storage_version",
        "CREATE TABLE campaign_notes (id uuid PRIMARY KEY, campaign_id uuid NOT NULL REFERENCES campaigns (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE metric_dashboards RENAME TO dashboards",
        "COMMENT ON TABLE webhook_endpoints IS 'where the events are sent'",
    ),
    dropped=("files.storage_version",),
)
