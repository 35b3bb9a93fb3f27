import datetime
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum, Index, Integer, String, cast
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, registry
from sqlalchemy.sql.functions import coalesce

from .. import defaults
from ..kinds import JSON, UUID, Document, GenerateUUID, Money, Timestamp, plain_json
from ..run_states import RunState


class Base(DeclarativeBase):
    registry = registry(type_annotation_map={uuid.UUID: UUID, datetime.datetime: Timestamp})


class Job(Base):
    __tablename__ = "job"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, server_default="{}", default=dict)
    tags: Mapped[list[str]] = mapped_column(JSON(), server_default="[]", default=list)
    state: Mapped[RunState] = mapped_column(
        Enum(RunState, name="run_state"), default=RunState.READY, server_default=RunState.READY
    )
    public_id: Mapped[uuid.UUID]
    started: Mapped[datetime.datetime | None] = mapped_column()
    finished: Mapped[datetime.datetime | None] = mapped_column()
    spec: Mapped[dict[str, Any]] = mapped_column(Document(dict), server_default="{}")
    extra: Mapped[dict[str, Any] | None] = mapped_column(plain_json)
    price: Mapped[Decimal | None] = mapped_column(Money)
    token: Mapped[uuid.UUID] = mapped_column(server_default=GenerateUUID())
    version: Mapped[str] = mapped_column(String(40), server_default=defaults.versions.DEFAULT_VERSION)
    timeout: Mapped[datetime.timedelta] = mapped_column(server_default="0")

    @declared_attr.directive
    @classmethod
    def __table_args__(cls):
        return (
            Index("ix_job__coalesce_started_finished", coalesce(cls.started, cls.finished).desc()),
            Index("ix_job__ready", cls.started, postgresql_where=cls.state == RunState.READY),
            Index("ix_job__open", cls.id, postgresql_where=cls.finished.is_(None) & (cls.version != "old")),
            Index("ix_job__price_whole", cast(cls.price, Integer)),
            Index("ix_job__tags", "tags", postgresql_using="gin").ddl_if(dialect="postgresql"),
            Index("ix_job__tags_sqlite", "tags").ddl_if(dialect="sqlite"),
        )
