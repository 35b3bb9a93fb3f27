"""airbnb/knowledge-repo: Flask-SQLAlchemy ``db.Column`` models in one module, class decorators
of the project that make each constructor unique (``@unique_constructor(...)``), ``db.Table``
association tables on ``db.Model.metadata``, a type from a function of another module of the
project (``MediumText()``: ``Text().with_variant(MEDIUMTEXT(), "mysql")``), a ``__table_args__``
index over column attributes of the class body, hybrid properties and association proxies.
The application modules it imports are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="knowledgerepo",
    repo="airbnb/knowledge-repo",
    style="Flask-SQLAlchemy, class decorators, a type by a function of another module",
    files=("knowledge_repo/app/models.py", "knowledge_repo/utils/types.py"),
    stubs={"knowledge_repo/__init__.py": "", "knowledge_repo/app/__init__.py": "",
           "knowledge_repo/utils/__init__.py": "", "knowledge_repo/_version.py": "__version__ = '0.9'\n"},
    stub_roots=("*",),
    metadata="knowledge_repo.app.models:db.metadata",
    imports=("knowledge_repo.app.models",),
    models="knowledge_repo/app",
    drift=(
        "ALTER TABLE users RENAME COLUMN avatar_uri TO avatar_url",
        "ALTER TABLE comments ALTER COLUMN type TYPE varchar(200)",
        "ALTER TABLE tags ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE posts ADD COLUMN word_count integer",
        "CREATE INDEX ix_votes_object_id ON votes (object_id)",
        "COMMENT ON COLUMN emails.subject IS 'the subject line'",
        "ALTER TABLE users DROP COLUMN preferred_name",
        "ALTER TABLE pageviews ALTER COLUMN created_at SET DEFAULT now()",
        "CREATE TABLE post_notes (id serial PRIMARY KEY, post_id integer NOT NULL REFERENCES posts (id),"
        " note text NOT NULL)",
        "ALTER TABLE posts RENAME TO posts_v2",
    ),
    dropped=("users.preferred_name",),
)
