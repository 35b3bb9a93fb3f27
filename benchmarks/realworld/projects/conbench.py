"""conbench/conbench (Conbench, the continuous-benchmarking service of Apache Arrow and Voltron Data:
benchmark results, their cases, contexts, commits and hardware, Flask) - 7 tables in
``conbench/entities/``, SQLAlchemy 2.0 ``Mapped[...]`` annotations on a plain ``declarative_base()``,
but no ``mapped_column`` call written in a class body: the columns come from two
``functools.partial`` factories of the base module, ``NotNull = partial(mapped_column, nullable=False)``
and ``Nullable = partial(mapped_column, nullable=True)`` (``id: Mapped[str] = NotNull(s.String(50),
primary_key=True, default=genprimkey)``, a Python-side UUID7 hex key in every table). Single-table
inheritance (``Machine`` and ``Cluster`` on ``hardware``, ``polymorphic_on`` a ``type`` column) whose
subclasses' columns are written without annotations (``cpu_core_count = Nullable(s.Integer,
check("cpu_core_count>=0"))``: an unnamed CHECK passed positionally, ``CheckConstraint`` imported
``as check``); every index but one is a module-level ``s.Index("...", Class.a, Class.b)`` statement
after the class (unique ones, a 16-column one over both subclasses' columns, partial ones with
``postgresql_where=(Class.timestamp >= "2023-06-03")``); ``postgresql.JSONB`` tag dicts,
``postgresql.ARRAY(s.Numeric)`` with a Python-side ``default=[]``, annotations of a ``NewType`` and a
``Literal`` alias over ``s.Text`` columns, ``ForeignKey`` given as the only argument of ``Nullable``
(the type left to the key). The project's ``types.py`` and ``units.py`` are laid out; the rest of the
application (``dbsession``, ``config``, ``extensions``, ``util``, ``numstr``, ``metrics``) and Flask-Login,
marshmallow, numpy, pandas, sigfig and uuid-extensions are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="conbench",
    repo="conbench/conbench",
    style="2.0 Mapped via functools.partial(mapped_column) factories, module-level Index, single-table",
    files=("conbench/entities/*.py", "conbench/types.py", "conbench/units.py"),
    stubs={"conbench/__init__.py": ""},
    stub_roots=("*",),
    metadata="conbench.entities._entity:Base.metadata",
    imports=("conbench.entities.benchmark_result", "conbench.entities.user", "conbench.entities.history"),
    models="conbench/entities",
    line_length=88,  # black (requirements-dev.txt, the Makefile's lint), default settings
    drift=(
        "ALTER TABLE commit RENAME COLUMN author_login TO author_handle",
        "ALTER TABLE benchmark_result ALTER COLUMN run_reason SET NOT NULL",
        "CREATE TABLE benchmark_annotation (id varchar(50) PRIMARY KEY,"
        " benchmark_result_id varchar(50) NOT NULL REFERENCES benchmark_result (id) ON DELETE CASCADE,"
        " author_id varchar(50) REFERENCES \"user\" (id), body text NOT NULL,"
        " created timestamp NOT NULL DEFAULT now(), UNIQUE (benchmark_result_id, author_id),"
        " CHECK (length(body) > 0))",
        "ALTER TABLE commit ALTER COLUMN message TYPE varchar(1000)",
        "ALTER TABLE hardware DROP COLUMN kernel_name",
        "CREATE INDEX commit_timestamp_index ON commit (timestamp)",
        "COMMENT ON COLUMN benchmark_result.history_fingerprint IS 'hash of name, case, context, hardware, repo'",
        "COMMENT ON TABLE context IS 'benchmark contexts: one row per distinct tag set'",
        "ALTER TABLE hardware ALTER COLUMN gpu_count SET DEFAULT 0",
        "ALTER TABLE \"user\" ADD COLUMN is_admin boolean NOT NULL DEFAULT false",
        "ALTER TABLE benchmark_result ALTER COLUMN time_unit TYPE varchar(20)",
        "ALTER TABLE benchmark_result RENAME TO result",
    ),
    dropped=("hardware.kernel_name",),
)
