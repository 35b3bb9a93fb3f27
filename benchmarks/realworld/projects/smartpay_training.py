"""GSA/smartpay-training (the U.S. General Services Administration's training and certification site
for GSA SmartPay card holders: quizzes, completions, certificates, agency reports; FastAPI on a
cloud.gov PostgreSQL) - 10 tables of SQLAlchemy 2.0 ``Mapped[...] = mapped_column(...)`` classes, one
per module, whose column types come mostly from the annotations alone (``Mapped[str]`` as an
unbounded VARCHAR, ``Mapped[bool]``, ``Mapped[date]``) and from the base's ``type_annotation_map``
(``dict[str, Any]`` -> ``postgresql.JSONB``). Each module imports the base from the package itself
(``from training.models import Base``), whose ``__init__`` imports the modules in turn; nullability is
said both ways - an ``Optional`` annotation, and ``nullable=True`` / ``nullable=False`` on a plain
annotation that contradicts it; a ``mapped_column(ForeignKey(...), type_=UUID(as_uuid=True))`` to a
UUID column that is not the other table's key; two association classes with composite keys used as
``relationship(secondary="...")`` by name; ``default=func.now()`` (a SQL expression as the Python-side
default) beside ``server_default=func.now()``. Nothing of the application is imported: the models
package is laid out whole (the ``training`` package's ``__init__`` is ours, empty)."""

from recipe import Recipe

RECIPE = Recipe(
    name="smartpay_training",
    repo="GSA/smartpay-training",
    style="2.0 Mapped types from annotations, type_annotation_map JSONB, one class per module",
    files=("training/models/*.py",),
    stubs={"training/__init__.py": ""},
    metadata="training.models:Base.metadata",
    imports=("training.models",),
    models="training/models",
    line_length=160,  # its .flake8
    drift=(
        "ALTER TABLE users RENAME COLUMN name TO full_name",
        "ALTER TABLE agencies ALTER COLUMN bureau SET NOT NULL",
        "CREATE TABLE quiz_feedback (id serial PRIMARY KEY,"
        " quiz_completion_id integer NOT NULL REFERENCES quiz_completions (id) ON DELETE CASCADE,"
        " rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5), remarks text,"
        " submitted_at timestamptz NOT NULL DEFAULT now(), UNIQUE (quiz_completion_id))",
        "ALTER TABLE gspc_invite ALTER COLUMN email TYPE varchar(320)",
        "ALTER TABLE quizzes DROP COLUMN audience",
        "CREATE INDEX ix_quiz_completions_user_id ON quiz_completions (user_id)",
        "COMMENT ON COLUMN gspc_completions.responses IS 'the answers as submitted, one object per question'",
        "ALTER TABLE quizzes ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE roles ADD COLUMN description varchar(255)",
        "COMMENT ON TABLE agencies IS 'federal agencies and their bureaus'",
        "ALTER TABLE users ALTER COLUMN modified_by DROP NOT NULL",
        "ALTER TABLE quiz_completions RENAME TO quiz_results",
    ),
    dropped=("quizzes.audience",),
)
