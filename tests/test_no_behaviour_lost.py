"""No behaviour lost: Python-side ``default=``, ``onupdate=``, TypeDecorators and the
other arguments of a column survive ``apply`` (issue 12; the guide's promise 2).

A column a class inherits (from a mixin or the base) that the database changes in one
table only is overridden in that class by a copy of the inherited statement, changed only
where the database differs, with the imports the copy needs; when every class using the
mixin agrees with the database, the mixin itself changes.
"""

from __future__ import annotations

import textwrap

import pytest
from scenario import Scenario

from schema_inspector.planner.actions import OverrideColumn, SetNullable

BASE = """
    import datetime

    from sqlalchemy import Column, DateTime, func
    from sqlalchemy.orm import declarative_base
    from sqlalchemy.types import TypeDecorator


    class NaiveDateTime(TypeDecorator):
        impl = DateTime
        cache_ok = True


    def get_utc_now():
        return datetime.datetime.utcnow()


    Base = declarative_base()


    class TimestampMixin:
        created_at = Column(NaiveDateTime, default=get_utc_now, index=True)
        updated_at = Column(NaiveDateTime, default=get_utc_now, onupdate=func.now())
    """

MODELS = """
    from sqlalchemy import Column, Integer, String

    from .base import Base, TimestampMixin


    class Order(TimestampMixin, Base):
        __tablename__ = "orders"

        id = Column(Integer, primary_key=True)
        reference = Column(String(20))


    class Invoice(TimestampMixin, Base):
        __tablename__ = "invoices"

        id = Column(Integer, primary_key=True)
    """

PACKAGE = {"__init__.py": "from . import base, models  # noqa: F401\n", "base.py": BASE, "models.py": MODELS}


def _text(source: str) -> str:
    return textwrap.dedent(source).lstrip("\n")


@pytest.mark.slow
def test_an_override_copies_the_inherited_column_whole_with_its_imports(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PACKAGE, metadata="app.base:Base.metadata").create_from_models()
    scenario.drift("ALTER TABLE orders ALTER COLUMN updated_at SET NOT NULL;")
    outcome = scenario.reconcile()
    assert outcome.after["base.py"] == _text(BASE)
    assert outcome.after["models.py"] == _text("""
        from sqlalchemy import Column, Integer, String, func

        from .base import Base, NaiveDateTime, TimestampMixin, get_utc_now


        class Order(TimestampMixin, Base):
            __tablename__ = "orders"

            id = Column(Integer, primary_key=True)
            reference = Column(String(20))
            updated_at = Column(
                NaiveDateTime, default=get_utc_now, onupdate=func.now(), nullable=False
            )


        class Invoice(TimestampMixin, Base):
            __tablename__ = "invoices"

            id = Column(Integer, primary_key=True)
        """)
    assert outcome.problems() == []
    [override] = [a for a in outcome.plan.actions if isinstance(a, OverrideColumn)]
    assert (override.source_class, override.attribute) == ("TimestampMixin", "updated_at")
    assert "copied whole" in override.reason and "Invoice uses that definition" in override.reason


@pytest.mark.slow
def test_the_mixin_changes_when_every_class_using_it_agrees(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, PACKAGE, metadata="app.base:Base.metadata").create_from_models()
    scenario.drift("ALTER TABLE orders ALTER COLUMN created_at SET NOT NULL;"
                   "ALTER TABLE invoices ALTER COLUMN created_at SET NOT NULL;")
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text(MODELS)
    assert outcome.after["base.py"] == _text(BASE).replace(
        "created_at = Column(NaiveDateTime, default=get_utc_now, index=True)",
        "created_at = Column(NaiveDateTime, default=get_utc_now, index=True, nullable=False)")
    assert outcome.problems() == []
    [change] = outcome.plan.actions
    assert isinstance(change, SetNullable) and change.class_name == "TimestampMixin"


MAPPED = """
    from datetime import datetime
    from typing import Optional

    from sqlalchemy import DateTime, String, func
    from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
    from sqlalchemy.types import TypeDecorator


    class NaiveDateTime(TypeDecorator):
        impl = DateTime
        cache_ok = True


    def get_utc_now() -> datetime:
        return datetime.utcnow()


    class Base(DeclarativeBase):
        pass


    class AuditMixin:
        created_at: Mapped[Optional[datetime]] = mapped_column(NaiveDateTime, default=get_utc_now, index=True)
        modified_at: Mapped[Optional[datetime]] = mapped_column(
            NaiveDateTime,
            default=get_utc_now,
            onupdate=func.now(),
        )

        @declared_attr
        def note(cls) -> Mapped[Optional[str]]:
            return mapped_column(String(100), default="")


    class Order(AuditMixin, Base):
        __tablename__ = "orders"

        id: Mapped[int] = mapped_column(primary_key=True)


    class Invoice(AuditMixin, Base):
        __tablename__ = "invoices"

        id: Mapped[int] = mapped_column(primary_key=True)
    """


@pytest.mark.slow
def test_an_override_in_mapped_style_keeps_the_annotation_and_the_layout(pg, tmp_path):
    # a multi-line mapped_column stays multi-line; a declared_attr column becomes an
    # attribute with the method's Mapped[...] annotation
    scenario = Scenario(tmp_path, pg, {"models.py": MAPPED}).create_from_models()
    scenario.drift("ALTER TABLE orders ALTER COLUMN modified_at SET NOT NULL;"
                   "ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);")
    outcome = scenario.reconcile()
    expected = _text(MAPPED).replace(
        "    __tablename__ = \"orders\"\n\n    id: Mapped[int] = mapped_column(primary_key=True)\n",
        "    __tablename__ = \"orders\"\n\n    id: Mapped[int] = mapped_column(primary_key=True)\n"
        "    modified_at: Mapped[datetime] = mapped_column(\n"
        "        NaiveDateTime,\n"
        "        default=get_utc_now,\n"
        "        onupdate=func.now(),\n"
        "    )\n"
        "    note: Mapped[Optional[str]] = mapped_column(String(200), default=\"\")\n",
    )
    assert outcome.after["models.py"] == expected
    assert outcome.problems() == []


def test_a_declared_attr_the_copy_cannot_take_is_left_by_hand_with_the_reason(pg, tmp_path):
    models = _text(MAPPED).replace('        return mapped_column(String(100), default="")\n',
                                   "        return mapped_column(String(100), default=cls.__name__)\n")
    scenario = Scenario(tmp_path, pg, {"models.py": models}).create_from_models()
    scenario.drift("ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);")
    outcome = scenario.reconcile(judged=False)
    # no override the edit would refuse (the copy reads ``cls``): a person's, saying why
    assert [a.kind for a in outcome.code_actions()] == []
    [by_hand] = outcome.plan.by_hand
    assert "a declared_attr makes for each class" in by_hand.message
    assert "override note in Order by hand" in by_hand.message, by_hand.message
    assert outcome.after["models.py"] == models  # nothing written


ENUMS = """
    import enum


    class OrderStatus(enum.Enum):
        pending = "pending"
        paid = "paid"
        shipped = "shipped"


    class Channel(str, enum.Enum):
        WEB = "web"
        SHOP = "shop"


    class Priority(enum.Enum):
        LOW = enum.auto()
        HIGH = enum.auto()
    """

ORDER_MODELS = """
    from sqlalchemy import Column, Enum, Integer
    from sqlalchemy.orm import declarative_base

    from .enums import Channel, OrderStatus, Priority

    Base = declarative_base()


    class Order(Base):
        __tablename__ = "orders"

        id = Column(Integer, primary_key=True)
        status = Column(Enum(OrderStatus, name="order_status"), nullable=False)
        channel = Column(Enum(Channel, name="channel", values_callable=lambda x: [e.value for e in x]))
        priority = Column(Enum(Priority, name="priority"))
    """


@pytest.mark.slow
def test_a_new_label_becomes_a_member_of_the_python_enum_in_its_own_file(pg, tmp_path):
    files = {"__init__.py": "from . import models  # noqa: F401\n", "enums.py": ENUMS, "models.py": ORDER_MODELS}
    scenario = Scenario(tmp_path, pg, files, metadata="app.models:Base.metadata").create_from_models()
    scenario.drift(
        "ALTER TYPE order_status ADD VALUE 'refunded';"
        "ALTER TYPE order_status ADD VALUE 'cancelled' AFTER 'paid';"
        "ALTER TYPE channel ADD VALUE 'phone-in' BEFORE 'shop';"
        "ALTER TYPE priority ADD VALUE 'URGENT';"
    )
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text(ORDER_MODELS)  # the columns keep their enum classes
    assert outcome.after["enums.py"] == _text("""
        import enum


        class OrderStatus(enum.Enum):
            pending = "pending"
            paid = "paid"
            cancelled = "cancelled"
            shipped = "shipped"
            refunded = "refunded"


        class Channel(str, enum.Enum):
            WEB = "web"
            PHONE_IN = "phone-in"
            SHOP = "shop"


        class Priority(enum.Enum):
            LOW = enum.auto()
            HIGH = enum.auto()
            URGENT = enum.auto()
        """)
    assert outcome.problems() == []


@pytest.mark.slow
def test_a_label_the_database_dropped_is_left_to_a_person(pg, tmp_path):
    files = {"__init__.py": "from . import models  # noqa: F401\n", "enums.py": ENUMS, "models.py": ORDER_MODELS}
    scenario = Scenario(tmp_path, pg, files, metadata="app.models:Base.metadata").create_from_models()
    scenario.drift(
        "ALTER TYPE order_status RENAME TO order_status_old;"
        "CREATE TYPE order_status AS ENUM ('pending', 'paid');"
        "ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::text::order_status;"
        "DROP TYPE order_status_old;"
    )
    plan = scenario.plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    assert any("OrderStatus keeps shipped: remove what the database no longer has by hand" in item.message
               for item in plan.by_hand), plan.by_hand


INDEXED = """
    from sqlalchemy import Column, Index, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    class Item(Base):
        __tablename__ = "item"
        __table_args__ = (
            Index("ix_item_a", "a", postgresql_include=["b"], postgresql_with={"fillfactor": 70}),
            Index("ix_item_b", "b", unique=True, postgresql_nulls_not_distinct=True),
        )

        id = Column(Integer, primary_key=True)
        a = Column(Integer)
        b = Column(String(20))
    """


@pytest.mark.slow
def test_an_index_rewritten_in_place_keeps_its_options(pg, tmp_path):
    # the reader does not see INCLUDE, WITH or NULLS NOT DISTINCT of an index: they stay
    scenario = Scenario(tmp_path, pg, {"models.py": INDEXED}).create_from_models()
    scenario.drift(
        "DROP INDEX ix_item_a; CREATE INDEX ix_item_a ON item (a DESC) INCLUDE (b) WITH (fillfactor=70);"
        "DROP INDEX ix_item_b;"
        "CREATE UNIQUE INDEX ix_item_b ON item (b) NULLS NOT DISTINCT WHERE b IS NOT NULL;"
    )
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text(INDEXED).replace(
        "from sqlalchemy import Column, Index, Integer, String",
        "from sqlalchemy import Column, Index, Integer, String, text",
    ).replace('''\
        Index("ix_item_a", "a", postgresql_include=["b"], postgresql_with={"fillfactor": 70}),
        Index("ix_item_b", "b", unique=True, postgresql_nulls_not_distinct=True),
''', '''\
        Index(
            "ix_item_a",
            text("a DESC"),
            postgresql_include=["b"],
            postgresql_with={"fillfactor": 70},
        ),
        Index(
            "ix_item_b",
            "b",
            unique=True,
            postgresql_where=text("b IS NOT NULL"),
            postgresql_nulls_not_distinct=True,
        ),
''')
    assert outcome.problems() == []


# Seen in the real-world corpus (flaskbb): the mixin's module does ``import datetime`` and
# writes ``Mapped[datetime.datetime | None]``; the class's file does ``from datetime import
# datetime``. A copy written as it stands reads ``datetime.datetime`` there: the models stop
# importing. The copy speaks the class file's names instead (and the other way round).
MODULE_MIXIN = """
    import datetime
    from typing import Optional

    from sqlalchemy import DateTime
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


    class Base(DeclarativeBase):
        pass


    class HideableMixin:
        hidden_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(timezone=True))
    """

NAME_MIXIN = """
    from datetime import datetime
    from typing import Optional

    from sqlalchemy.orm import Mapped, mapped_column


    class EditedMixin:
        edited_at: Mapped[Optional[datetime]] = mapped_column(default=datetime.utcnow)
    """


def _models(datetime_import: str, annotation: str) -> str:
    return f"""
    {datetime_import}
    from typing import Optional

    from sqlalchemy.orm import Mapped, mapped_column

    from .base import Base, HideableMixin
    from .edited import EditedMixin


    class Post(HideableMixin, EditedMixin, Base):
        __tablename__ = "posts"

        id: Mapped[int] = mapped_column(primary_key=True)
        seen_at: Mapped[Optional[{annotation}]]


    class Topic(HideableMixin, EditedMixin, Base):
        __tablename__ = "topics"

        id: Mapped[int] = mapped_column(primary_key=True)
    """


def _rebound(models: str) -> dict[str, str]:
    return {"__init__.py": "from . import base, edited, models  # noqa: F401\n", "base.py": MODULE_MIXIN,
            "edited.py": NAME_MIXIN, "models.py": models}


def test_an_override_speaks_the_names_of_the_class_file(pg, tmp_path):
    models = _models("from datetime import datetime", "datetime")
    scenario = Scenario(tmp_path, pg, _rebound(models), metadata="app.base:Base.metadata").create_from_models()
    scenario.drift("ALTER TABLE posts ALTER COLUMN hidden_at SET NOT NULL;")
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text(models).replace(
        "from sqlalchemy.orm import", "from sqlalchemy import DateTime\nfrom sqlalchemy.orm import").replace(
        "    seen_at: Mapped[Optional[datetime]]\n",
        "    seen_at: Mapped[Optional[datetime]]\n"
        "    hidden_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))\n")
    assert outcome.problems() == []


def test_an_override_of_a_name_the_class_file_imports_as_a_module(pg, tmp_path):
    models = _models("import datetime", "datetime.datetime")
    scenario = Scenario(tmp_path, pg, _rebound(models), metadata="app.base:Base.metadata").create_from_models()
    scenario.drift("ALTER TABLE posts ALTER COLUMN edited_at SET NOT NULL;")
    outcome = scenario.reconcile()
    assert outcome.after["models.py"] == _text(models).replace(
        "    seen_at: Mapped[Optional[datetime.datetime]]\n",
        "    seen_at: Mapped[Optional[datetime.datetime]]\n"
        "    edited_at: Mapped[datetime.datetime] = mapped_column(\n"
        "        default=datetime.datetime.utcnow\n"
        "    )\n")
    assert outcome.problems() == []


# Seen in the real-world corpus (bcgov/met-public's analytics-api): the mixin's module imports a
# name of another module of the package (``from .db import db``), and the override's copy needs
# it: it is imported from that module, as the package's other files do, not through the mixin's
# module, which only re-imports it.
TAGGED_PACKAGE = {
    "__init__.py": "from . import base, models  # noqa: F401\n",
    "types.py": _text("""
        from sqlalchemy import String
        from sqlalchemy.types import TypeDecorator


        class Tags(TypeDecorator):
            impl = String
            cache_ok = True
        """),
    "base.py": _text("""
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()
        """),
    "mixin.py": _text("""
        from sqlalchemy import Column

        from .types import Tags


        class Tagged:
            tags = Column(Tags(200))
        """),
    "models.py": _text("""
        from sqlalchemy import Column, Integer

        from .base import Base
        from .mixin import Tagged


        class Post(Tagged, Base):
            __tablename__ = "posts"

            id = Column(Integer, primary_key=True)


        class Page(Tagged, Base):
            __tablename__ = "pages"

            id = Column(Integer, primary_key=True)
        """),
}


@pytest.mark.slow
def test_an_override_imports_a_name_from_where_the_mixin_s_module_imports_it(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, TAGGED_PACKAGE, metadata="app.base:Base.metadata").create_from_models()
    scenario.drift("ALTER TABLE posts ALTER COLUMN tags SET NOT NULL;")
    outcome = scenario.reconcile()
    assert outcome.after["models.py"].startswith(_text("""
        from sqlalchemy import Column, Integer

        from .base import Base
        from .mixin import Tagged
        from .types import Tags
        """)), outcome.after["models.py"]
    assert "tags = Column(Tags(200), nullable=False)" in outcome.after["models.py"]
    assert outcome.problems() == []
