"""MinBZK/amt (the Algorithm Management Toolkit of the Dutch Ministry of the Interior: a FastAPI
application in which government organisations register their algorithms and AI systems, work
through assessment tasks and publish to the national algorithm register) - 8 tables of SQLAlchemy
2.0 ``Mapped[...] = mapped_column(...)`` classes, one module per table, on a ``DeclarativeBase``
whose ``metadata`` is a ``MetaData`` with a naming convention (``fk_%(table_name)s_%(column_0_name)s_
%(referred_table_name)s``, ``pk_%(table_name)s``, a ``ck`` template with backticks around the
constraint's name). Many columns take their type from the annotation alone (``Mapped[str]``,
``Mapped[float]``, ``Mapped[UUID | None] = mapped_column(ForeignKey(...))``), some are declared
``Mapped[str] = mapped_column(default=None)`` (NOT NULL with a Python-side ``None``) or
``Mapped[datetime] = mapped_column(nullable=True)`` (the annotation and ``nullable`` disagree);
native PostgreSQL enums from ``postgresql.ENUM(SomeEnum, name="lifecycle")`` (labels are the members'
names), ``JSON`` columns with ``default=dict`` / ``default=list``, ``server_default=func.now()`` with
``onupdate``, a ``server_default=None``; a table named ``user``; ``__mapper_args__`` assigned to a class
after its body; an unmapped ``type_object: Base | None`` under ``__allow_unmapped__``; modules that
import the package's ``__init__`` (``from amt.models import Authorization``) in the middle of its own
imports. ``models/relationships.py`` holds a ``Table`` that no module imports (its table was dropped
by a migration): it is laid out as in the project but not imported. The two enums (``Lifecycles``,
``PublicationStatuses``: the project's are localisable enums on FastAPI's request) and the pydantic
``SystemCard`` the algorithm's JSON is read into are stubs of ours."""

from recipe import Recipe

# the two enums the models' ENUM columns name, with the project's members (the project's classes subclass
# a localisable enum of its own that imports FastAPI and the translations), of our own
LIFECYCLES = '''from enum import Enum


class Lifecycles(Enum):
    ORGANIZATIONAL_RESPONSIBILITIES = "ORGANIZATIONAL_RESPONSIBILITIES"
    PROBLEM_ANALYSIS = "PROBLEM_ANALYSIS"
    DESIGN = "DESIGN"
    DATA_EXPLORATION_AND_PREPARATION = "DATA_EXPLORATION_AND_PREPARATION"
    DEVELOPMENT = "DEVELOPMENT"
    VERIFICATION_AND_VALIDATION = "VERIFICATION_AND_VALIDATION"
    IMPLEMENTATION = "IMPLEMENTATION"
    MONITORING_AND_MANAGEMENT = "MONITORING_AND_MANAGEMENT"
    PHASING_OUT = "PHASING_OUT"
'''

PUBLICATION_STATUSES = '''from enum import Enum


class PublicationStatuses(Enum):
    NONE = "NONE"
    STATE_1 = "STATE_1"
    STATE_2 = "STATE_2"
    PUBLISHED = "PUBLISHED"
'''

# the pydantic model of an algorithm's system card, of our own: any field allowed
SYSTEM_CARD = '''from pydantic import BaseModel, ConfigDict


class SystemCard(BaseModel):
    model_config = ConfigDict(extra="allow")
'''

RECIPE = Recipe(
    name="amt",
    repo="MinBZK/amt",
    style="2.0 Mapped, annotation-only types, naming convention, PG ENUM(name=...), late __mapper_args__",
    files=("amt/models/*.py",),
    stubs={
        "amt/__init__.py": "",
        "amt/api/__init__.py": "",
        "amt/api/lifecycles.py": LIFECYCLES,
        "amt/api/publication_statuses.py": PUBLICATION_STATUSES,
        "amt/schema/__init__.py": "",
        "amt/schema/system_card.py": SYSTEM_CARD,
    },
    metadata="amt.models.base:Base.metadata",
    imports=("amt.models",),
    models="amt/models",
    line_length=120,  # pyproject.toml [tool.ruff]
    drift=(
        "ALTER TABLE task RENAME COLUMN description TO details",
        "ALTER TABLE task ALTER COLUMN status_id SET NOT NULL",
        "CREATE TABLE organization_domain (id serial PRIMARY KEY,"
        " organization_id integer NOT NULL REFERENCES organization (id) ON DELETE CASCADE,"
        " domain varchar(255) NOT NULL UNIQUE, verified boolean NOT NULL DEFAULT false,"
        " CHECK (domain <> ''))",
        "ALTER TABLE publication ALTER COLUMN lars TYPE varchar(16)",
        "ALTER TABLE task DROP COLUMN type_id",
        "CREATE INDEX ix_task_algorithm_id ON task (algorithm_id)",
        "COMMENT ON COLUMN algorithm.system_card_json IS 'the system card, as the editor saves it'",
        "COMMENT ON TABLE rule IS 'what a role may do to a kind of resource'",
        "ALTER TABLE task ALTER COLUMN sort_order SET DEFAULT 0",
        "ALTER TABLE role ADD COLUMN description text",
        "ALTER TYPE lifecycle ADD VALUE 'RETIRED'",
        "ALTER TABLE organization RENAME TO organisation",
    ),
    dropped=("task.type_id",),
    note=("constraint names under the naming convention (the checks cannot see them): the class generated for "
          "organization_domain names its UNIQUE, CHECK and foreign key as the database does but not its primary "
          "key (create_all makes pk_organization_domain, the database has organization_domain_pkey); after the "
          "organization rename the unique's name is pinned (uq_organization_slug) but the primary key and the two "
          "foreign keys are not (create_all makes pk_organisation, fk_organisation_created_by_id_user, "
          "fk_algorithm_organization_id_organisation where the database kept ..._organization)"),
)
