"""aio-libs/aiohttp-demos (graphql-demo): SQLAlchemy 2.0 ``Mapped`` on a ``DeclarativeBase``
across two packages, an enum column by its annotation alone (``Mapped[UserGender]``) with a
server default from a member's ``.value``, an ``ARRAY(Integer)`` column defaulting to ``'{}'``,
foreign keys written as ``ForeignKey(User.id, ondelete="CASCADE")``, an indexed primary key,
and ``avatar_url = Mapped[str]`` (an assignment, no column)."""

from recipe import Recipe

RECIPE = Recipe(
    name="aiohttp_graphql",
    repo="aio-libs/aiohttp-demos",
    style="2.0 Mapped, enum by annotation, ARRAY default",
    files=("demos/graphql-demo/graph/__init__.py", "demos/graphql-demo/graph/db.py",
           "demos/graphql-demo/graph/auth/__init__.py", "demos/graphql-demo/graph/auth/enums.py",
           "demos/graphql-demo/graph/auth/models.py", "demos/graphql-demo/graph/chat/__init__.py",
           "demos/graphql-demo/graph/chat/models.py"),
    strip="demos/graphql-demo/",
    metadata="graph.db:Base.metadata",
    imports=("graph.auth.models", "graph.chat.models"),
    models="graph",
    drift=(
        "ALTER TABLE rooms RENAME COLUMN name TO title",
        "ALTER TABLE users ALTER COLUMN password TYPE varchar(128)",
        "ALTER TABLE messages ALTER COLUMN room_id SET NOT NULL",
        "ALTER TABLE users ADD COLUMN last_seen timestamp with time zone",
        "CREATE INDEX ix_messages_created_at ON messages (created_at)",
        "COMMENT ON COLUMN messages.who_like IS 'ids of the users who liked it'",
        "ALTER TABLE users ALTER COLUMN gender DROP DEFAULT",
        "ALTER TABLE rooms DROP COLUMN owner_id",
        "CREATE TABLE room_topic (id serial PRIMARY KEY, room_id integer NOT NULL REFERENCES rooms (id),"
        " topic varchar(200) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE rooms RENAME TO rooms_v2",
    ),
    dropped=("rooms.owner_id",),
)
