"""joaoflaviosantos/fastapi-async-sqlmodel-boilerplate: SQLModel in apps of their own, each table class
made of a stack of field bases (``class Post(SoftDeleteMixin, TimestampMixin, PostRelationshipBase,
PostMediaBase, PostContentBase, UUIDMixin, table=True)``: its columns in pydantic's order, the last
base's first) under a project ``Base(SQLModel)``; ``Field(...)`` with API-only keywords (``regex=``,
``schema_extra=``, ``description=``), explicit ``nullable=False``, ``sa_type=DateTime(timezone=True)``,
``sa_column_kwargs={"server_default": text("true")}`` and ``{"onupdate": ...}``; celery's task tables
as ``sa_column=Column(Integer, Sequence(...), primary_key=True)`` and ``PickleType``; ``__table_args__
= ({"comment": ...},)``. Celery's ``states`` is a stub of our own."""

from recipe import Recipe

RECIPE = Recipe(
    name="sqlmodel_boilerplate",
    repo="joaoflaviosantos/fastapi-async-sqlmodel-boilerplate",
    style="SQLModel, table classes stacked from field bases",
    files=("backend/src/apps/*/*/models.py", "backend/src/core/common/models.py"),
    strip="backend/",
    stubs={"src/__init__.py": "", "src/core/__init__.py": "", "src/core/common/__init__.py": "",
           "src/apps/__init__.py": "", "src/apps/blog/__init__.py": "", "src/apps/system/__init__.py": "",
           **{f"src/apps/{app}/__init__.py": "" for app in (
               "blog/posts", "blog/posts_tags_assoc", "blog/tags", "system/auth", "system/rate_limits",
               "system/tasks", "system/tiers", "system/users")},
           "celery/__init__.py": "", "celery/states.py": "PENDING = 'PENDING'\n"},
    metadata="src.core.common.models:SQLModel.metadata",
    imports=("src/apps/*/*/models.py",),
    models="src",
    line_length=100,
    drift=(
        "ALTER TABLE system_users RENAME COLUMN profile_image_url TO avatar_url",
        "ALTER TABLE blog_tag ALTER COLUMN name TYPE varchar(80)",
        "ALTER TABLE blog_post ALTER COLUMN media_url SET NOT NULL",
        "ALTER TABLE system_tier ADD COLUMN priority integer NOT NULL DEFAULT 0",
        "CREATE INDEX ix_blog_post_created_at ON blog_post (created_at)",
        "COMMENT ON COLUMN system_users.email IS 'the login address'",
        "ALTER TABLE system_task_meta DROP COLUMN worker",  # a field of a base is the API's too: by hand
        "ALTER TABLE system_users ALTER COLUMN is_superuser SET DEFAULT true",
        "CREATE TABLE blog_comment (id uuid PRIMARY KEY, post_id uuid NOT NULL REFERENCES blog_post (id),"
        " body text NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE system_rate_limit RENAME TO system_rate_limits",
    ),
    dropped=("system_task_meta.worker",),
)
