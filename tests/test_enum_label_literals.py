"""Labels a PostgreSQL enum type gains, written into the module-level statement columns take the
type's labels from (adsabs/myads' ``myads_frequency = ENUM("daily", "weekly", name=...)`` given
to columns by name; openstack/neutron-vpnaas' ``sa.Enum(*PFS_ENUM_VALUES, name="vpn_pfs")`` of a
module-level list, in two tables). Each was a by-hand item: "the model's type is ... (which other
columns may share)"."""

from __future__ import annotations

import textwrap

from scenario import Scenario

from schema_inspector.planner.actions import AddEnumLabels

SHARED = {
    "labels.py": """
        PFS_VALUES = [
            "group2",
            "group5",
        ]
    """,
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.dialects.postgresql import ENUM
        from sqlalchemy.orm import declarative_base

        from .labels import PFS_VALUES

        Base = declarative_base()

        frequency = ENUM('daily', 'weekly', name='frequency')
        STATES = ("open", "closed")


        class Query(Base):
            __tablename__ = "queries"
            id = sa.Column(sa.Integer, primary_key=True)
            frequency = sa.Column(frequency)
            state = sa.Column(sa.Enum(*STATES, name="query_state"))
            pfs = sa.Column(sa.Enum(*PFS_VALUES, name="vpn_pfs"), nullable=False)


        class Policy(Base):
            __tablename__ = "policies"
            id = sa.Column(sa.Integer, primary_key=True)
            frequency = sa.Column(frequency, nullable=True)
            pfs = sa.Column(sa.Enum(*PFS_VALUES, name="vpn_pfs"), nullable=False)
    """,
}


def test_labels_the_database_gains_go_into_the_statement_the_columns_name(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SHARED).create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []
    scenario.drift("ALTER TYPE frequency ADD VALUE 'monthly'; "
                   "ALTER TYPE frequency ADD VALUE 'hourly' BEFORE 'daily'; "
                   "ALTER TYPE vpn_pfs ADD VALUE 'group14'; "
                   "ALTER TYPE query_state ADD VALUE 'merged' AFTER 'open'")
    outcome = scenario.reconcile()
    # one action per statement, however many columns use it
    assert sorted((a.file.rsplit("/", 1)[-1], a.class_name, a.labels) for a in outcome.code_actions()
                  if isinstance(a, AddEnumLabels)) == [
        ("labels.py", "PFS_VALUES", ("group2", "group5", "group14")),
        ("models.py", "STATES", ("open", "merged", "closed")),
        ("models.py", "frequency", ("hourly", "daily", "weekly", "monthly")),
    ]
    assert len(outcome.code_actions()) == 3
    assert outcome.plan.by_hand == ()
    assert outcome.after["labels.py"] == textwrap.dedent("""\
        PFS_VALUES = [
            "group2",
            "group5",
            "group14",
        ]
    """)
    models = outcome.after["models.py"]
    assert "frequency = ENUM('hourly', 'daily', 'weekly', 'monthly', name='frequency')\n" in models
    assert 'STATES = ("open", "merged", "closed")\n' in models
    assert "sa.Column(frequency)" in models and "sa.Enum(*PFS_VALUES, " in models  # the columns as they were
    assert outcome.problems() == []


def test_a_label_the_database_lacks_is_left_to_a_person(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, SHARED).create_from_models()
    models = scenario.package / "models.py"
    models.write_text(models.read_text().replace("'daily', 'weekly'", "'daily', 'weekly', 'yearly'"))
    scenario.drift("ALTER TYPE frequency ADD VALUE 'monthly'")
    outcome = scenario.reconcile()
    plan = outcome.plan
    [added] = [a for a in plan.actions if isinstance(a, AddEnumLabels)]
    assert added.labels == ("daily", "weekly", "monthly")
    # the label the database lacks stays for a person to take out; the new one goes in
    assert "frequency = ENUM('daily', 'weekly', 'monthly', 'yearly', name='frequency')\n" in outcome.after["models.py"]
    assert outcome.problems() == []
    messages = {b.message.split("); ", 1)[1] for b in plan.by_hand}
    assert messages == {"frequency (models.py) keeps 'yearly': remove what the database no longer has by hand "
                        "once no code uses it."}
    assert {b.line for b in plan.by_hand} == {16, 24}  # each column that uses it


def test_a_columns_own_enum_with_a_label_the_database_lacks_takes_the_databases_labels_in_one_apply(pg, tmp_path):
    # the column's own Enum(...) is the column's type, rewritten as the database has it at once (a
    # statement other columns name keeps the label for a person): a second apply changes nothing
    scenario = Scenario(tmp_path, pg, SHARED).create_from_models()
    models = scenario.package / "models.py"
    models.write_text(models.read_text().replace(
        'sa.Enum(*STATES, name="query_state")', 'sa.Enum("open", "closed", "stale", name="query_state")'))
    scenario.drift("ALTER TYPE query_state ADD VALUE 'merged' AFTER 'open'")
    outcome = scenario.reconcile()
    assert 'sa.Enum("open", "merged", "closed", name="query_state")' in outcome.after["models.py"]
    assert outcome.problems() == []


def test_a_label_that_makes_a_line_of_packed_arguments_too_long_breaks_it(pg, tmp_path):
    # openstack/tacker: ``sa.Enum(\n    'GRACEFUL', 'FORCEFUL', name='cancelMode', ...`` given 'IMMEDIATE'
    # was an 87-column line at flake8's 79: the line breaks after the last argument that fits
    (tmp_path / ".flake8").write_text("[flake8]\nmax-line-length = 79\n")
    scenario = Scenario(tmp_path, pg, {"models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Operation(Base):
            __tablename__ = "operations"
            id = sa.Column(sa.Integer, primary_key=True)
            cancel_mode = sa.Column(sa.Enum(
                'GRACEFUL', 'FORCEFUL', name='cancelMode', create_constraint=True,
                validate_strings=True),
                nullable=True)
            error = sa.Column(sa.JSON(), nullable=True)
    """}).create_from_models()
    scenario.drift("ALTER TYPE \"cancelMode\" ADD VALUE 'IMMEDIATE'")
    outcome = scenario.reconcile()
    assert textwrap.dedent("""\
        cancel_mode = sa.Column(sa.Enum(
            'GRACEFUL', 'FORCEFUL', 'IMMEDIATE', name='cancelMode',
            create_constraint=True,
            validate_strings=True),
            nullable=True)
    """) in textwrap.dedent(outcome.after["models.py"].split("primary_key=True)\n", 1)[1])
    assert max(map(len, outcome.after["models.py"].splitlines())) <= 79
    assert outcome.problems() == []


# cloudify-cosmo/cloudify-manager: ``AUDIT_OPERATIONS = [AUDIT_OPERATION_CREATE, ...]``, a list of
# module constants, spread by ``db.Enum(*AUDIT_OPERATIONS, name="audit_operation")``. The plan
# wrote a new label into it, and apply skipped the edit (not all strings): the plan asked again.
LABELS_OF_CONSTANTS = {
    "models.py": """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        AUDIT_OPERATION_CREATE = "create"
        AUDIT_OPERATION_DELETE = "delete"
        AUDIT_OPERATIONS = [AUDIT_OPERATION_CREATE, AUDIT_OPERATION_DELETE]


        class AuditLog(Base):
            __tablename__ = "audit_log"
            id = sa.Column(sa.Integer, primary_key=True)
            operation = sa.Column(sa.Enum(*AUDIT_OPERATIONS, name="audit_operation"), nullable=False)
    """,
}


def test_a_label_of_a_list_of_constants_is_left_to_a_person_in_the_plan(pg, tmp_path):
    scenario = Scenario(tmp_path, pg, LABELS_OF_CONSTANTS).create_from_models()
    assert [a for a in scenario.plan().actions if a.kind != "db-sql"] == []
    plan = scenario.drift("ALTER TYPE audit_operation ADD VALUE 'restore'").plan()
    assert [a for a in plan.actions if a.kind != "db-sql"] == []
    assert [b.message for b in plan.by_hand] == [
        "audit_log.operation: enum audit_operation labels differ (the model lacks 'restore'); the model's type is written with "
        "*AUDIT_OPERATIONS, not the labels themselves: the type is left alone rather than rewritten with strings; "
        "change its labels by hand."]
