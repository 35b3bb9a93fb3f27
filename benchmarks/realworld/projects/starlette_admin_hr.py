"""jowilf/starlette-admin (an admin interface for Starlette and FastAPI), its HR example app
(``examples/advanced/07-hr``, a port of Filament's HR demo): SQLAlchemy 2.0 ``Mapped`` classes on an
empty ``DeclarativeBase`` with ``mapped_column(Integer, ForeignKey("departments.id"), nullable=True)``
written out, ``Mapped[bool] = mapped_column(default=True)`` with no type (from the annotation), a plain
mixin's ``deleted_at`` (``SoftDeleteMixin``) on two tables, eight ``enum.StrEnum`` classes as
``Enum(EmploymentType)`` (unnamed: PostgreSQL types named from the class, ``employmenttype``, of the
members' names), one of them (``TaskPriority``) on two tables, ``Numeric(12, 2)`` money with
Python-side ``default=0``, ``JSON`` columns, a column named ``metadata`` mapped as ``metadata_``, a key
column named apart from its attribute (``approved_by_id: Mapped[int | None] = mapped_column(
"approved_by", Integer, ForeignKey(...))``), a self-referencing tree (``remote_side=[id]``), and
relationships with ``foreign_keys=`` as strings and lists. The example's directory name is no Python
identifier (``07-hr``): it is imported by name. Starlette's ``Request`` is a permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="starlette_admin_hr",
    repo="jowilf/starlette-admin",
    style="2.0 Mapped on an empty DeclarativeBase, StrEnum columns, a soft-delete mixin",
    files=("examples/advanced/07-hr/models.py",),
    strip="examples/advanced/",
    stub_roots=("*",),
    metadata="07-hr.models:Base.metadata",
    imports=("07-hr.models",),
    models="07-hr",
    python=(3, 11),  # enum.StrEnum
    drift=(
        "ALTER TABLE employees RENAME COLUMN phone TO phone_number",
        "ALTER TABLE departments ALTER COLUMN color TYPE varchar(32)",
        "ALTER TABLE projects ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE tasks ADD COLUMN story_points integer",
        "CREATE INDEX ix_timesheets_date ON timesheets (date)",
        "COMMENT ON COLUMN expenses.receipt_path IS 'where the scanned receipt is stored'",
        "ALTER TABLE expense_lines ALTER COLUMN quantity SET DEFAULT 1",
        "ALTER TABLE leave_requests DROP COLUMN reviewer_notes",
        "CREATE TABLE employee_documents (id serial PRIMARY KEY, employee_id integer NOT NULL"
        " REFERENCES employees (id), title varchar(200) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE expense_lines RENAME TO expense_items",
        "ALTER TYPE employmenttype ADD VALUE 'SEASONAL'",
        "ALTER TABLE projects ALTER COLUMN deleted_at SET DEFAULT now()",
    ),
    dropped=("leave_requests.reviewer_notes",),
)
