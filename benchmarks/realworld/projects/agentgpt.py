"""reworkd/AgentGPT (autonomous AI agents in the browser; its FastAPI back end, ``platform/``):
SQLAlchemy 2.0 ``mapped_column`` mostly without ``Mapped`` annotations on a ``DeclarativeBase``
that declares the string primary key every table gets (``default=lambda _: str(uuid.uuid4())``)
and a ``MetaData`` of a module of its own, an abstract ``TrackedModel`` with ``server_default`` /
``onupdate`` timestamps, camelCase column names given with ``name=`` (``"sessionToken"``,
``"userId"``) on tables named ``"User"`` and ``"Session"`` (shared with the Next.js front end's
Prisma schema), ``server_default=text("(now())")``. The web module the base imports is a
permissive stub."""

from recipe import Recipe

RECIPE = Recipe(
    name="agentgpt",
    repo="reworkd/AgentGPT",
    style="2.0 mapped_column without Mapped on a DeclarativeBase with an id, camelCase column names",
    files=("platform/reworkd_platform/__init__.py", "platform/reworkd_platform/db/__init__.py",
           "platform/reworkd_platform/db/base.py", "platform/reworkd_platform/db/meta.py",
           "platform/reworkd_platform/db/models/*.py"),
    strip="platform/",
    # ``Index("user_id")`` and ``Index("email")`` in ``__table_args__`` name no column, so ``create_all``
    # emits ``CREATE INDEX email ON "User" ()``, a syntax error (the tables are made by the front end's
    # Prisma schema, which indexes ``userId`` and ``email``, so the app's ``create_all`` skips them):
    # here each names the column Prisma indexes
    fixes={"reworkd_platform/db/models/user.py": (
        ('__table_args__ = (Index("user_id"),)', '__table_args__ = (Index("user_id", "userId"),)'),
        ('__table_args__ = (Index("email"),)', '__table_args__ = (Index("email", "email"),)'))},
    stub_roots=("*",),
    metadata="reworkd_platform.db.meta:meta",
    imports=("reworkd_platform.db.models.agent", "reworkd_platform.db.models.auth",
             "reworkd_platform.db.models.user"),
    models="reworkd_platform/db",
    drift=(
        "ALTER TABLE oauth_credentials RENAME COLUMN redirect_uri TO callback_uri",
        "ALTER TABLE \"User\" RENAME COLUMN \"emailVerified\" TO email_verified_at",
        "ALTER TABLE organization ALTER COLUMN name TYPE varchar(255)",
        "ALTER TABLE \"User\" ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE organization ADD COLUMN slug varchar(64)",
        "CREATE INDEX ix_agent_run_user_id ON agent_run (user_id)",
        "COMMENT ON COLUMN agent_run.goal IS 'the goal the user gave the agent'",
        "ALTER TABLE organization_user ALTER COLUMN role SET DEFAULT 'member'",
        "ALTER TABLE oauth_credentials DROP COLUMN scope",
        "CREATE TABLE agent_feedback (id serial PRIMARY KEY, run_id varchar NOT NULL REFERENCES agent_run (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE agent_task RENAME TO agent_tasks",
    ),
    dropped=("oauth_credentials.scope",),
    note="no enum in the drift: the models have none",
)
