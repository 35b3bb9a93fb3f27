"""fedora-infra/kerneltest-harness (Fedora's store of kernel test results, on Flask): classic
declarative on ``BASE = declarative_base()`` of ``sqlalchemy.ext.declarative``, ``sa.``-prefixed
columns, two named PostgreSQL enums of string labels (``sa.Enum("PASS", "FAIL", "WARN",
name="testresult")``, whose ``WARN`` a migration added by ``ALTER TYPE``), a Python-side default of a
callable on a string column (``default=datetime.datetime.utcnow``), indexed columns
(``index=True``), a session factory and query helpers in the models' module."""

from recipe import Recipe

RECIPE = Recipe(
    name="kerneltest",
    repo="fedora-infra/kerneltest-harness",
    style="classic declarative, named enums of string labels",
    files=("kerneltest/dbtools.py",),
    stubs={"kerneltest/__init__.py": ""},
    metadata="kerneltest.dbtools:BASE.metadata",
    imports=("kerneltest.dbtools",),
    models="kerneltest",
    line_length=100,
    drift=(
        "ALTER TABLE kerneltest RENAME COLUMN failedtests TO failed_tests",
        "ALTER TABLE kerneltest ALTER COLUMN testarch TYPE varchar(16)",
        "ALTER TABLE kerneltest ALTER COLUMN testresult SET NOT NULL",
        "ALTER TABLE releases ADD COLUMN codename varchar(64)",
        "CREATE INDEX ix_kerneltest_testrel ON kerneltest (testrel)",
        "COMMENT ON COLUMN kerneltest.kver IS 'the kernel version tested'",
        "ALTER TABLE kerneltest ALTER COLUMN tester SET DEFAULT 'anon'",
        "ALTER TABLE kerneltest DROP COLUMN authenticated",
        "CREATE TABLE kerneltest_logs (id serial PRIMARY KEY, testid integer NOT NULL REFERENCES kerneltest"
        " (testid), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE releases RENAME TO fedora_releases",
        "ALTER TYPE testresult ADD VALUE 'SKIP'",
        "ALTER TYPE support ADD VALUE 'EOL'",
    ),
    dropped=("kerneltest.authenticated",),
)
