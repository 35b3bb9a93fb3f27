"""lucassus/python-ddd-sandbox (a to-do list service written as a modular monolith in hexagonal
style: an accounts module and a projects module with their own domain, application and
infrastructure layers, FastAPI): three classic ``Table`` objects in one shared
``app/infrastructure/tables.py`` (keys as ``ForeignKey(other_table.c.id)``, Python-side
``default=0`` / ``default=None``, a two-column UNIQUE), two ``TypeDecorator`` columns whose ``impl``
is a sized type instance (``impl = String(128)``, ``impl = Uuid()``) converting to domain value
objects, and one ``start_mappers(mapper_registry)`` per module that maps plain domain classes
(an ``AggregateRoot`` dataclass base) with ``map_imperatively`` and a ``properties`` dict naming
*every* column under a private attribute (``"_name": projects_table.c.name``), a relationship
into a dict keyed by an attribute (``attribute_keyed_dict("number")``) and a ``load`` event
listener. The domain is written for Python 3.14's lazy annotations. The message bus (PEP 695
generics) is ours: its ``Event`` marker only; so is the function that makes the registry and
calls both modules' ``start_mappers``, as the modules' bootstraps do."""

from recipe import Recipe

MESSAGE_BUS = "class Event:\n    pass\n"
MAPPERS = '''from sqlalchemy.orm import registry

from app.infrastructure.tables import metadata
from app.modules.accounts.infrastructure.mappers import start_mappers as start_accounts_mappers
from app.modules.projects.infrastructure.mappers import start_mappers as start_projects_mappers


def start_mappers():
    mapper_registry = registry(metadata=metadata)
    start_accounts_mappers(mapper_registry)
    start_projects_mappers(mapper_registry)
'''

RECIPE = Recipe(
    name="ddd_sandbox",
    repo="lucassus/python-ddd-sandbox",
    style="imperative mapping of every column to a private attribute, TypeDecorators to value objects",
    files=("app/infrastructure/tables.py", "app/infrastructure/type_decorators.py",
           "app/modules/accounts/infrastructure/mappers.py", "app/modules/projects/infrastructure/mappers.py",
           "app/modules/accounts/domain/user.py", "app/modules/projects/domain/project.py",
           "app/modules/projects/domain/task.py", "app/modules/projects/domain/ensure.py",
           "app/modules/projects/domain/errors.py", "app/modules/shared_kernel/errors.py",
           "app/modules/shared_kernel/events.py", "app/modules/shared_kernel/entities/*.py"),
    stubs={"app/__init__.py": "", "app/shared/message_bus.py": MESSAGE_BUS, "app/realworld_mappers.py": MAPPERS},
    metadata="app.infrastructure.tables:metadata",
    imports=("app.infrastructure.tables", "app.modules.accounts.infrastructure.mappers",
             "app.modules.projects.infrastructure.mappers"),
    setup=("app.realworld_mappers:start_mappers",),
    models="app",
    deferred_annotations=True,
    line_length=120,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE projects RENAME COLUMN name TO title",
        "ALTER TABLE projects ALTER COLUMN maximum_number_of_incomplete_tasks SET NOT NULL",
        "CREATE TABLE project_members (id serial PRIMARY KEY,"
        " project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
        " user_id uuid NOT NULL REFERENCES users (id), role varchar(20) NOT NULL DEFAULT 'viewer'"
        " CHECK (role IN ('owner', 'editor', 'viewer')), UNIQUE (project_id, user_id))",
        "ALTER TABLE users ALTER COLUMN email TYPE varchar(255)",
        "ALTER TABLE projects DROP COLUMN deleted_at",
        "CREATE INDEX ix_tasks_completed_at ON tasks (completed_at)",
        "COMMENT ON COLUMN projects.last_task_number IS 'the highest task number given so far'",
        "COMMENT ON TABLE tasks IS 'tasks of a project, numbered per project'",
        "ALTER TABLE projects ALTER COLUMN last_task_number SET DEFAULT 0",
        "ALTER TABLE tasks ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "ALTER TABLE tasks ALTER COLUMN name TYPE varchar(500)",
        "ALTER TABLE projects RENAME TO user_projects",
    ),
    dropped=("projects.deleted_at",),
    note=("by design: the drop of projects.deleted_at, which the projects module's ``start_mappers`` reads as "
          "``projects_table.c.deleted_at`` in its ``properties`` dict, is a by-hand item (the alembic check sees "
          "the column); the new table's CHECK is written in PostgreSQL's normalised form (``role::text = ANY "
          "(ARRAY[...]::text[])``, a line of 129 characters past the project's 120) and its default as "
          "``text(\"'viewer'::character varying\")``; the widened email (a TypeDecorator with ``impl = "
          "String(128)``) is a by-hand item"),
)
