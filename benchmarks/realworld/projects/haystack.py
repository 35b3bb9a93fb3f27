"""deepset-ai/haystack 1.x's ``SQLDocumentStore`` (the document store of the LLM framework's first
major version, tag v1.26.4; 2.x has no SQL models): classic declarative whose base, a
``TypeDecorator`` and every model class are defined inside a ``with LazyImport(...):`` block (the
optional dependency guard), an ``__abstract__`` base of the project giving each table a string key
with a Python-side ``default=lambda: str(uuid4())`` and ``server_default=func.now()`` /
``server_onupdate`` timestamps, composite primary keys of the inherited ``id`` and an ``index``
column, composite ``ForeignKeyConstraint``\\ s to ``[DocumentORM.id, DocumentORM.index]`` in
``__table_args__`` tuples ending in ``{}``, a ``TypeDecorator`` on ``String`` called with a length
(``ArrayType(1000)``), ``index=True`` columns; SQLAlchemy 1.4. The guard and the application's other
modules are stubs of ours. The edits' new names were imported by a new ``from sqlalchemy import ...`` in
the module's leading block, outside the guard, and the names the guard imports were imported there again
(both mended: the guard's imports are the file's, and its ``from sqlalchemy import (...)`` takes the new
names)."""

from recipe import Recipe

RECIPE = Recipe(
    name="haystack",
    repo="deepset-ai/haystack",
    ref="v1.26.4",
    style="classic declarative inside a with block, an abstract base, composite keys and foreign keys",
    files=("haystack/document_stores/sql.py",),
    # the optional-dependency guard the models are defined in: a context manager that lets errors through
    stubs={"haystack/lazy_imports.py": ("class LazyImport:\n    def __init__(self, message=''):\n"
                                        "        self.message = message\n\n    def __enter__(self):\n"
                                        "        return self\n\n    def __exit__(self, *exc_info):\n"
                                        "        return False\n\n    def check(self):\n        pass\n")},
    stub_roots=("*",),
    metadata="haystack.document_stores.sql:Base.metadata",
    imports=("haystack.document_stores.sql",),
    models="haystack/document_stores",
    line_length=120,  # black's, as the project formats
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE label RENAME COLUMN pipeline_id TO pipeline",
        "ALTER TABLE document ALTER COLUMN vector_id TYPE varchar(200)",
        "ALTER TABLE meta_document ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE label ADD COLUMN annotator varchar(100)",
        "CREATE INDEX ix_document_content_type ON document (content_type)",
        "COMMENT ON COLUMN document.content_type IS 'text, table or image'",
        "ALTER TABLE label ALTER COLUMN origin SET DEFAULT 'user-feedback'",
        "ALTER TABLE label DROP COLUMN no_answer",
        "CREATE TABLE document_feedback (id serial PRIMARY KEY, document_id varchar(100) NOT NULL,"
        " document_index varchar(100) NOT NULL, rating integer NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now(),"
        " FOREIGN KEY (document_id, document_index) REFERENCES document (id, index) ON DELETE CASCADE)",
        "ALTER TABLE meta_label RENAME TO label_meta",
    ),
    dropped=("label.no_answer",),
)
