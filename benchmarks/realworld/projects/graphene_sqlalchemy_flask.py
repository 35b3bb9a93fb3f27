"""graphql-python/graphene-sqlalchemy (the SQLAlchemy integration of Graphene), its Flask example
(``examples/flask_sqlalchemy``; the Nameko example's models and database module are the same files):
classic ``Column`` classes on ``declarative_base()`` from ``sqlalchemy.ext.declarative`` in a top-level
``database`` module (``from database import Base``) that also makes the engine with SQLAlchemy 1.3's
``convert_unicode=True`` (so SQLAlchemy 1.4 here), a Python-side ``default=func.now()``, a key named
``role_id`` in ``roles``, relationships to the class object with ``backref(..., uselist=True,
cascade="delete,all")``. It showed one fault of the edits: dropping ``hired_on = Column(DateTime,
default=func.now())`` keeps the comment above it (``# Use default=func.now() to set ...``), and the
clean-up of imports counted that comment as a use of ``func``, so ``func`` stayed imported, unused (F401;
mended: a comment is no use)."""

from recipe import Recipe

RECIPE = Recipe(
    name="graphene_sqlalchemy_flask",
    repo="graphql-python/graphene-sqlalchemy",
    style="classic declarative_base() in a top-level module, backrefs, SQLAlchemy 1.4",
    files=("examples/flask_sqlalchemy/database.py", "examples/flask_sqlalchemy/models.py"),
    strip="examples/flask_sqlalchemy/",
    metadata="database:Base.metadata",
    imports=("models",),
    models=".",
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE employee RENAME COLUMN name TO full_name",
        "ALTER TABLE department ALTER COLUMN name TYPE varchar(100)",
        "ALTER TABLE employee ALTER COLUMN department_id SET NOT NULL",
        "ALTER TABLE employee ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_employee_role_id ON employee (role_id)",
        "COMMENT ON COLUMN roles.name IS 'what the employee does'",
        "ALTER TABLE roles ALTER COLUMN name SET DEFAULT 'engineer'",
        "ALTER TABLE employee DROP COLUMN hired_on",
        "CREATE TABLE salary (id serial PRIMARY KEY, employee_id integer NOT NULL REFERENCES employee (id),"
        " amount numeric(12, 2) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE department RENAME TO departments",
    ),
    dropped=("employee.hired_on",),
    note="no enum in the drift: the example has none",
)
