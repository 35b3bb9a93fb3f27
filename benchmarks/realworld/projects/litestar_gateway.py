"""carlo99999/LiteStarGateway (an OpenAI-compatible LLM gateway on Litestar, hexagonal architecture:
teams, API keys, budgets, routers, guardrails, SCIM/SSO) - 26 tables in one ``orm.py`` of SQLAlchemy 2.0
``Mapped`` classes, every one on advanced-alchemy's ``UUIDAuditBase`` reached through a *module
attribute* (``from advanced_alchemy.extensions.litestar import base`` then ``class X(base.UUIDAuditBase)``;
``id`` / ``created_at`` / ``updated_at`` and the naming convention come from the installed library,
``pip install advanced-alchemy`` where this runs). Most columns are a bare ``mapped_column()`` whose
type comes from the annotation through the library registry's ``type_annotation_map`` (``datetime`` is
``DateTimeUTC``, ``UUID`` is ``GUID``, ``str`` an unbounded ``VARCHAR``), with explicit ``JSON`` beside
``Mapped[dict]``; a ``Money`` ``TypeDecorator`` of another module whose ``impl`` is
``Numeric(MONEY_PRECISION, MONEY_SCALE)`` with the scale computed from a ``Decimal`` constant; Python-side
defaults of imported constants (``default=ZERO``, ``default=KeyScope.INFERENCE.value``); unnamed
``UniqueConstraint``\\ s, partial unique ``Index``\\ es with ``postgresql_where=text(...)`` and
``sqlite_where``, named multi-line ``CheckConstraint``\\ s, and five CHECKs made by a *starred
generator expression* in ``__table_args__`` (``*(CheckConstraint(f"{c} ...", name=f"ck_model_{c}_non_neg")
for c in (...))``); ``ForeignKey("table.id", ondelete="CASCADE")`` strings; every class has
``to_entity`` methods. The domain modules the file imports are permissive stubs, but for ours of
``domain.money`` (the cost scale and ``ZERO``) and ``domain.entities`` (the ``KeyScope`` enum a default
reads). The project is written for Python 3.14; its two files parse on 3.10 (``from __future__ import
annotations``)."""

from recipe import Recipe

# the cost scale and the zero of the project's money module, of our own
DOMAIN_MONEY = '''from decimal import ROUND_HALF_UP, Decimal

COST_SCALE = Decimal("0.000001")
ZERO = Decimal("0")


def quantize_cost(value):
    return value.quantize(COST_SCALE, rounding=ROUND_HALF_UP)
'''

# the entities package: the key-scope enum a column's default reads, any other name a plain class (ours)
DOMAIN_ENTITIES = '''from enum import Enum


class KeyScope(str, Enum):
    INFERENCE = "inference"
    MANAGEMENT = "management"
    ALL = "all"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    return type(name, (), {})
'''

PERSISTENCE = "src/litestar_gateway/infrastructure/persistence/"

RECIPE = Recipe(
    name="litestar_gateway",
    repo="carlo99999/LiteStarGateway",
    style="2.0 Mapped on advanced-alchemy's base by module attribute, annotation-typed columns, starred CHECKs",
    files=(PERSISTENCE + "orm.py", PERSISTENCE + "money_type.py"),
    strip="src/",
    stubs={"litestar_gateway/__init__.py": "", "litestar_gateway/infrastructure/__init__.py": "",
           "litestar_gateway/infrastructure/persistence/__init__.py": "",
           "litestar_gateway/domain/__init__.py": "", "litestar_gateway/domain/money.py": DOMAIN_MONEY,
           "litestar_gateway/domain/entities/__init__.py": DOMAIN_ENTITIES},
    stub_roots=("litestar_gateway",),
    metadata="litestar_gateway.infrastructure.persistence.orm:UserModel.metadata",
    imports=("litestar_gateway.infrastructure.persistence.orm",),
    models="litestar_gateway/infrastructure/persistence",
    line_length=100,  # pyproject.toml [tool.ruff]
    # uv.lock's versions
    probe_packages=("sqlalchemy==2.0.51", "alembic==1.18.5", "psycopg2-binary", "advanced-alchemy==1.11.0",
                    "litestar==2.24.0"),
    drift=(
        "ALTER TABLE api_key RENAME COLUMN prefix TO key_prefix",
        "ALTER TABLE team ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE audit_event ALTER COLUMN updated_at DROP NOT NULL",
        "CREATE TABLE service_principal_secret (id uuid PRIMARY KEY,"
        " service_principal_id uuid NOT NULL REFERENCES service_principal (id) ON DELETE CASCADE,"
        " label varchar(100) NOT NULL, secret_hash varchar(255) NOT NULL,"
        " created_at timestamp with time zone NOT NULL DEFAULT now(),"
        " UNIQUE (service_principal_id, label), CHECK (label <> ''))",
        "ALTER TABLE team_budget ALTER COLUMN limit_cost TYPE numeric(24, 6)",
        "ALTER TABLE routing_decision DROP COLUMN system_prompt",
        "CREATE INDEX ix_usage_event_request_id ON usage_event (request_id)",
        "COMMENT ON COLUMN model.provider_model_id IS 'the id the provider API knows the model by'",
        "COMMENT ON TABLE pending_usage_event IS 'dead-letter outbox of usage events the ledger refused'",
        "ALTER TABLE guardrail_rule ALTER COLUMN position SET DEFAULT 0",
        "ALTER TABLE organization ADD COLUMN website varchar(255)",
        "ALTER TABLE service_principal RENAME TO machine_principal",
    ),
    dropped=("routing_decision.system_prompt",),
    note=("the widened ``Money`` column (``Numeric(MONEY_PRECISION, MONEY_SCALE)``, the scale computed from a "
          "Decimal constant) is a note, not an edit (alembic: modify_type); the override of the library's "
          "``updated_at`` (DROP NOT NULL on audit_event) copies its lambdas in the file's names "
          "(``datetime.now(timezone.utc)`` for ``datetime.datetime.now(datetime.timezone.utc)``), the same "
          "call, which the python-side check cannot tell from another; columns typed only by their annotation "
          "(``Mapped[str] = mapped_column()``) are not compared (the library registry's ``type_annotation_map``"
          " is not read)"),
)
