"""Enforcer/clean-architecture (its auctioning platform): SQLAlchemy Core ``Table`` objects of
one ``MetaData``, spread over the packages of a monorepo (each package its own top directory:
``payments/payments/models.py``, ``auctions_infrastructure/...``), a shared package with the
``MetaData`` and a ``GUID`` TypeDecorator, a foreign-key column typed ``None`` (its type comes
from the key), an ``Enum`` of a domain module's Python enum re-exported by a package's
``__init__``, no mapped classes. The shipping package's ``__init__`` modules are stand-ins."""

from recipe import Recipe

_ROOT = "auctioning_platform/"

RECIPE = Recipe(
    name="cleanarch",
    repo="Enforcer/clean-architecture",
    style="Core Tables across monorepo packages, GUID, Enum of a domain enum",
    files=(_ROOT + "db_infrastructure/db_infrastructure/__init__.py",
           _ROOT + "auctions_infrastructure/auctions_infrastructure/models.py",
           _ROOT + "customer_relationship/customer_relationship/models.py",
           _ROOT + "payments/payments/models.py",
           _ROOT + "shipping_infrastructure/shipping_infrastructure/models.py",
           _ROOT + "shipping/shipping/domain/value_objects/__init__.py",
           _ROOT + "shipping/shipping/domain/value_objects/package_status.py"),
    strip=tuple(_ROOT + package + "/" for package in (
        "db_infrastructure", "auctions_infrastructure", "customer_relationship", "payments",
        "shipping_infrastructure", "shipping")),
    stubs={"auctions_infrastructure/__init__.py": "", "customer_relationship/__init__.py": "",
           "payments/__init__.py": "", "shipping_infrastructure/__init__.py": "", "shipping/__init__.py": "",
           "shipping/domain/__init__.py": ""},
    metadata="db_infrastructure:metadata",
    imports=("auctions_infrastructure.models", "customer_relationship.models", "payments.models",
             "shipping_infrastructure.models"),
    models=".",
    line_length=120,
    drift=(
        "ALTER TABLE payments RENAME COLUMN charge_id TO stripe_charge_id",
        "ALTER TABLE packages ALTER COLUMN street TYPE varchar(120)",
        "ALTER TABLE customers ALTER COLUMN email SET NOT NULL",
        "ALTER TABLE auctions ADD COLUMN description text",
        "CREATE INDEX ix_bids_auction_id ON bids (auction_id)",
        "COMMENT ON COLUMN payments.amount IS 'in the smallest unit of the currency'",
        "ALTER TABLE auctions ALTER COLUMN ended SET DEFAULT false",
        "ALTER TABLE packages DROP COLUMN state",
        "CREATE TABLE refunds (uuid varchar(32) PRIMARY KEY, payment_uuid varchar(32) NOT NULL"
        " REFERENCES payments (uuid), amount integer NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE payments RENAME TO payments_v2",
    ),
    dropped=("packages.state",),
)
