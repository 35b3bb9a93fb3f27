"""jupyter/nbgrader: classic declarative models in one module, joined-table inheritance of cells
(``BaseCell`` with ``GradeCell`` / ``SolutionCell`` / ``TaskCell``), ``column_property`` of
``case(...)`` in class bodies and of correlated ``select(...)`` assigned to classes after them at
module level (``Student.score = column_property(...)``), ``association_proxy``, ``@declared_attr``.
The rest of nbgrader (utils, auth, dbutil) and tornado are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="nbgrader",
    repo="jupyter/nbgrader",
    style="classic declarative, joined inheritance, column_property assigned after the class",
    files=("nbgrader/api.py",),
    stubs={"nbgrader/__init__.py": ""},
    stub_roots=("*",),
    metadata="nbgrader.api:Base.metadata",
    imports=("nbgrader.api",),
    models="nbgrader/api.py",
    line_length=100,
    drift=(
        "ALTER TABLE student RENAME COLUMN lms_user_id TO lms_id",
        "ALTER TABLE notebook ALTER COLUMN kernelspec TYPE varchar(2048)",
        "ALTER TABLE assignment ALTER COLUMN duedate SET NOT NULL",
        "ALTER TABLE course ADD COLUMN title varchar(256)",
        "CREATE INDEX ix_grade_notebook_id ON grade (notebook_id)",
        "COMMENT ON COLUMN submitted_notebook.flagged IS 'needs a second look'",
        "ALTER TABLE student DROP COLUMN email",
        "ALTER TABLE grade ALTER COLUMN extra_credit SET DEFAULT 0",
        "CREATE TABLE feedback (id varchar(32) PRIMARY KEY, submitted_notebook_id varchar(32) NOT NULL"
        " REFERENCES submitted_notebook (id), body text NOT NULL)",
        "ALTER TABLE submitted_notebook RENAME TO submitted_notebook_v2",
    ),
    dropped=("student.email",),
)
