"""canonical/test_observer (Canonical's dashboard of certification test results for snaps, debs,
charms and images, a FastAPI back end): SQLAlchemy 2.0 ``Mapped`` classes on a ``DeclarativeBase``
that maps ``id``, ``created_at`` and ``updated_at`` itself (Python-side ``func.now()`` defaults and
onupdate) and a ``MetaData`` with a naming convention of PostgreSQL's own names
(``%(column_0_N_name)s``), columns whose type is only their annotation (``Mapped[FamilyName]`` of a
``StrEnum``: a named enum; ``Mapped[str | None]``), ``ARRAY(Enum(Permission))`` of an ``auto()``
``StrEnum``, unnamed ``Index(None, ...)`` and partial unique indexes (``postgresql_where=column(
"family") == FamilyName.snap.name``), association ``Table`` objects, a ``column_property`` assigned to a
class after the module's classes, a ``hybrid_property`` with an ``inplace.expression`` and one untyped
``Column`` among the ``Mapped`` ones."""

from recipe import Recipe

RECIPE = Recipe(
    name="test_observer",
    repo="canonical/test_observer",
    style="2.0 Mapped on a base with columns, naming convention, partial unique indexes, StrEnum arrays",
    files=("backend/test_observer/data_access/models.py", "backend/test_observer/data_access/models_enums.py",
           "backend/test_observer/data_access/__init__.py", "backend/test_observer/common/enums.py"),
    strip="backend/",
    stubs={"test_observer/__init__.py": "", "test_observer/common/__init__.py": ""},
    metadata="test_observer.data_access.models:Base.metadata",
    imports=("test_observer.data_access.models",),
    models="test_observer/data_access",
    line_length=120,
    # a session's expiry is ``datetime.now() + timedelta(days=14)`` taken when the module is imported
    made_at_import=("test_observer.data_access.models.UserSession.expires_at",),
    drift=(
        "ALTER TABLE test_case_issue RENAME COLUMN description TO summary",
        "ALTER TABLE environment ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE artefact ALTER COLUMN jira_issue SET NOT NULL",
        "ALTER TABLE team ADD COLUMN description text",
        "CREATE INDEX ix_test_event_event_name ON test_event (event_name)",
        "COMMENT ON COLUMN artefact.bug_link IS 'the Launchpad bug of the release'",
        "ALTER TABLE artefact_build ALTER COLUMN revision SET DEFAULT 0",
        "ALTER TABLE test_execution DROP COLUMN c3_link",
        "CREATE TABLE artefact_note (id serial PRIMARY KEY, artefact_id integer NOT NULL REFERENCES artefact (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE notification RENAME TO user_notification",
        "ALTER TYPE familyname ADD VALUE 'rock'",
    ),
    dropped=("test_execution.c3_link",),
)
