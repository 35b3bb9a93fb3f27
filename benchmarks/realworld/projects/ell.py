"""MadcowD/ell (a library for prompt programming, whose store versions language-model programs and their
invocations and evaluations, in SQLite or PostgreSQL): SQLModel ``table=True`` classes over non-table
``...Base(SQLModel)`` classes that hold every field (``class Invocation(InvocationBase, table=True)``,
relationships only in the table class), the default table names (``serializedlmpuses``), composite
keys of two ``Field(foreign_key=..., primary_key=True, index=True)``, self-referencing link tables,
``sa_column=Column(JSON)`` fields, a ``TypeDecorator`` of ``TIMESTAMP`` given through a helper function
that returns a ``Field(sa_column=Column(UTCTimestamp(timezone=True), ...))``, ``default=func.now()``,
str enums as PostgreSQL ENUM types (``lmptype``, ``evaluationlabelertype``) and named multi-column
indexes in ``__table_args__``. ``ell.types.message`` (pydantic message models, numpy, PIL) is a stub
of our own with the names the models import from it. Every column of the tables but the two link
tables' is a field of a non-table base, which the tool changes only by hand when the database drops
one (API schemas may share the base): the drift drops none."""

from recipe import Recipe

RECIPE = Recipe(
    name="ell",
    repo="MadcowD/ell",
    style="SQLModel table classes over field-holding bases, TypeDecorator via a Field helper, enums",
    files=("src/ell/stores/models/*.py", "src/ell/types/lmp.py", "poetry.lock"),
    strip="src/",
    stubs={"ell/types/message.py": ("from typing import Any, Optional  # noqa: F401\n\n"
                                    "from pydantic import BaseModel, Field  # noqa: F401\n\n\n"
                                    "class Message(BaseModel):\n    role: str = ''\n")},
    metadata="sqlmodel:SQLModel.metadata",
    imports=("ell.stores.models",),
    models="ell/stores/models",
    probe_packages=("sqlmodel==0.0.22", "pydantic==2.10.6", "sqlalchemy==2.0.38", "alembic==1.14.1",
                    "numpy", "psycopg2-binary"),
    drift=(
        "ALTER TABLE serializedlmp RENAME COLUMN commit_message TO commit_msg",
        "ALTER TABLE invocation ALTER COLUMN prompt_tokens SET NOT NULL",
        "ALTER TABLE serializedevaluation ADD COLUMN description text",
        "CREATE TABLE evaluationtag (id serial PRIMARY KEY,"
        " evaluation_id varchar NOT NULL REFERENCES serializedevaluation (id) ON DELETE CASCADE,"
        " tag varchar(50) NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE invocationcontents ALTER COLUMN is_external SET DEFAULT false",
        "ALTER TYPE lmptype ADD VALUE 'AGENT'",
        "ALTER TABLE serializedevaluationrun ALTER COLUMN error TYPE varchar(2000)",
        "CREATE INDEX ix_serializedevaluationrun_start_time ON serializedevaluationrun (start_time)",
        "COMMENT ON COLUMN invocation.latency_ms IS 'wall-clock time of the call'",
        "ALTER TABLE invocationtrace ADD COLUMN created_at timestamptz DEFAULT now()",
        "ALTER TABLE serializedevaluation ALTER COLUMN dataset_id DROP NOT NULL",
        "ALTER TABLE evaluationlabel RENAME TO evaluation_label",
    ),
)
