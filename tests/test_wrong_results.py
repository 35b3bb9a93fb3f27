"""Issue 16, "Wrong results": each a models tree of our own against a real database
(``tests/scenario.py``), reconciled end to end; every promise of the guide's section 7 is
checked by ``Outcome.problems()``."""

from __future__ import annotations

import textwrap

import pytest

from scenario import Scenario
from schema_inspector.introspect.postgres import read_schema
from schema_inspector.introspect.source import read_models
from schema_inspector.planner.compare import compare


def test_range_types_spelled_as_sqlalchemy_spells_them(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, {"models.py": """
        from sqlalchemy import Column, Integer
        from sqlalchemy.dialects.postgresql import INT4RANGE, TSRANGE, TSTZRANGE
        from sqlalchemy.orm import DeclarativeBase


        class Base(DeclarativeBase):
            pass


        class Booking(Base):
            __tablename__ = "booking"
            id = Column(Integer, primary_key=True)
            seats = Column(INT4RANGE)
            during = Column(TSRANGE)
            stamped = Column(TSTZRANGE)
    """}).create_from_models()
    assert compare(read_schema(scenario.url), read_models(scenario.package)) == []
    scenario.drift("CREATE TABLE slot (id serial PRIMARY KEY, span tsrange NOT NULL, days daterange, n int8range)")
    plan = scenario.plan()  # the model's TSRANGE is the database's tsrange: no set-type
    assert [a.kind for a in plan.actions if a.kind != "db-sql"] == ["add-model"]
    outcome = scenario.reconcile()
    assert "span = Column(TSRANGE, nullable=False)" in outcome.after["models.py"]
    assert "days = Column(DATERANGE)" in outcome.after["models.py"]
    assert outcome.problems() == []
