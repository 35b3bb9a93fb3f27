"""OpenG2P/openg2p-g2p-bridge (OpenG2P's G2P Bridge: the service that takes a social-protection programme's
disbursement envelopes and payments, checks and blocks funds with the sponsor bank, resolves beneficiaries'
accounts through an ID mapper and reconciles MT940 bank statements; FastAPI and Celery workers sharing one
models package, ``openg2p-g2p-bridge-models``) - 12 tables of SQLAlchemy 2.0 ``Mapped[...] =
mapped_column(...)`` classes with no foreign key and no relationship between them (the tables are joined on
string business keys, ``disbursement_envelope_id``, ``disbursement_id``). Every class inherits its key and
audit columns from a base of *another* package, ``openg2p_fastapi_common.models.BaseORMModelWithTimes`` (an
abstract ``DeclarativeBase`` chain: ``id`` integer key, a NOT NULL ``active`` flag whose type comes from the
annotation alone, ``created_at`` / ``updated_at`` with Python-side clocks) - the reader never sees its file.
Patterns: annotations typed with a Python enum over a plain ``String`` column (``Mapped[CancellationStatus]
= mapped_column(String, default=CancellationStatus.Not_Cancelled)``), ``Enum(ProcessStatus)`` native types
shared by four tables and one over the error-code enum of another module (``errors/codes.py``), columns
written with no annotation at all (``mapper_resolution_batch_id = mapped_column(UUID, nullable=True,
...)``) beside ``Mapped[UUID]`` naming SQLAlchemy's own ``UUID`` type, ``Mapped[float]`` over ``Integer``,
``Mapped[datetime.date]`` (an attribute of the class, not the module) over ``Date()``, ``Mapped[str]`` made
nullable by ``nullable=True`` throughout, ``default=datetime.utcnow()`` evaluated at import, and
``unique=True, index=True`` on one column (a unique index). The base package is a stub of ours (its
classes as the models use them, none of its session helpers)."""

from recipe import Recipe

# openg2p-fastapi-common's base classes as the bridge's models inherit them, of our own
_FASTAPI_COMMON_MODELS = '''from datetime import datetime, timezone

from sqlalchemy import DateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class BaseORMModel(DeclarativeBase):
    __abstract__ = True
    __allow_unmapped__ = True


class BaseORMModelWithId(BaseORMModel):
    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    active: Mapped[bool] = mapped_column()


class BaseORMModelWithTimes(BaseORMModelWithId):
    __abstract__ = True

    created_at: Mapped[datetime] = mapped_column(
        DateTime(), default=lambda: datetime.now(tz=timezone.utc).replace(tzinfo=None)
    )
    updated_at: Mapped[datetime | None] = mapped_column(
        DateTime(), default=lambda: datetime.now(tz=timezone.utc).replace(tzinfo=None)
    )
'''

_MODELS = "openg2p_g2p_bridge_models.models."

RECIPE = Recipe(
    name="openg2p_bridge",
    repo="OpenG2P/openg2p-g2p-bridge",
    style="2.0 Mapped on another package's base chain, enum annotations over String, no FKs",
    files=("openg2p-g2p-bridge-models/src/openg2p_g2p_bridge_models/__init__.py",
           "openg2p-g2p-bridge-models/src/openg2p_g2p_bridge_models/models/*.py",
           "openg2p-g2p-bridge-models/src/openg2p_g2p_bridge_models/errors/__init__.py",
           "openg2p-g2p-bridge-models/src/openg2p_g2p_bridge_models/errors/codes.py"),
    strip="openg2p-g2p-bridge-models/src/",
    stubs={"openg2p_fastapi_common/__init__.py": "",
           "openg2p_fastapi_common/models.py": _FASTAPI_COMMON_MODELS},
    metadata="openg2p_fastapi_common.models:BaseORMModel.metadata",
    imports=("openg2p_g2p_bridge_models.models",),
    models="openg2p_g2p_bridge_models/models",
    line_length=88,  # black, default settings (its .pre-commit-config.yaml; ruff leaves E501 to black)
    # every string column is an unbounded ``String``: the widening is an integer's, to bigint
    made_at_import=(_MODELS + "disbursement_envelope.DisbursementEnvelope.receipt_time_stamp",),
    drift=(
        "ALTER TABLE disbursements RENAME COLUMN beneficiary_name TO beneficiary_full_name",
        "ALTER TABLE account_statements ALTER COLUMN updated_at SET NOT NULL",
        "CREATE TABLE disbursement_envelope_notes (id serial PRIMARY KEY,"
        " disbursement_envelope_id integer NOT NULL REFERENCES disbursement_envelopes (id) ON DELETE CASCADE,"
        " note varchar(500) NOT NULL CHECK (length(note) > 0),"
        " created_at timestamp NOT NULL DEFAULT now(), UNIQUE (disbursement_envelope_id, note))",
        "ALTER TABLE disbursement_envelopes ALTER COLUMN total_disbursement_amount TYPE bigint",
        "ALTER TABLE mapper_resolution_details DROP COLUMN email_wallet_provider",
        "CREATE INDEX ix_disbursements_beneficiary_id ON disbursements (beneficiary_id)",
        "COMMENT ON COLUMN disbursement_recons.remittance_reference_number IS 'the bank''s reference of the credit'",
        "ALTER TABLE disbursement_envelope_batch_statuses ALTER COLUMN funds_available_attempts SET DEFAULT 0",
        "ALTER TABLE benefit_program_configurations ADD COLUMN sponsor_bank_name varchar(120)",
        "COMMENT ON TABLE account_statement_lobs IS 'raw MT940 statements as the bank sent them'",
        "ALTER TYPE processstatus ADD VALUE 'SKIPPED'",
        "ALTER TABLE disbursement_envelopes RENAME TO envelopes",
    ),
    dropped=("mapper_resolution_details.email_wallet_provider",),
)
