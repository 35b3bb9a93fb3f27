"""Quansight/ragna (a RAG orchestration framework; its REST API keeps users, chats and documents):
SQLAlchemy 2.0's ``DeclarativeBase`` with classic ``Column(...)`` attributes (no ``Mapped``),
``types.Uuid`` keys, foreign keys given as ``Column(ForeignKey("users.id"))`` alone (the type taken
from the referenced column), two association ``Table(...)`` objects on ``Base.metadata`` with
composite keys of foreign keys, a ``metadata_`` attribute (``metadata`` is reserved), two
TypeDecorators (``Json`` on an unsized ``String``, ``UtcAwareDateTime`` on ``DateTime``), an
unnamed ``types.Enum(MessageRole)`` of a ``str, enum.Enum`` from another package (``ragna.core``,
a stub of ours with the same members), relationships with ``secondary=`` and ``order_by=``. The label
the drift adds to the enum is a note (its class is outside the models path)."""

from recipe import Recipe

RECIPE = Recipe(
    name="ragna",
    repo="Quansight/ragna",
    style="2.0 DeclarativeBase, classic Column attributes, association tables",
    files=("ragna/deploy/_orm.py",),
    stubs={"ragna/__init__.py": "", "ragna/deploy/__init__.py": "",
           "ragna/core/__init__.py": ("import enum\n\n\nclass MessageRole(str, enum.Enum):\n"
                                      '    SYSTEM = "system"\n    USER = "user"\n    ASSISTANT = "assistant"\n')},
    metadata="ragna.deploy._orm:Base.metadata",
    imports=("ragna.deploy._orm",),
    models="ragna/deploy",
    drift=(
        "ALTER TABLE chats RENAME COLUMN corpus_name TO corpus",
        "ALTER TABLE sources ALTER COLUMN location TYPE varchar(1024)",
        "ALTER TABLE documents ALTER COLUMN user_id SET NOT NULL",
        "ALTER TABLE users ADD COLUMN email varchar(255)",
        "CREATE INDEX ix_messages_timestamp ON messages (timestamp)",
        "COMMENT ON COLUMN api_keys.expires_at IS 'when the key stops working'",
        "ALTER TABLE chats ALTER COLUMN prepared SET DEFAULT false",
        "ALTER TABLE sources DROP COLUMN num_tokens",
        "CREATE TABLE message_feedback (id uuid PRIMARY KEY, message_id uuid NOT NULL REFERENCES messages (id),"
        " rating integer NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE metadata_filters RENAME TO chat_metadata_filters",
        "ALTER TYPE messagerole ADD VALUE 'TOOL'",
    ),
    dropped=("sources.num_tokens",),
)
