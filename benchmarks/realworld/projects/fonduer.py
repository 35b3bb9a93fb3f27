"""HazyResearch/fonduer (knowledge-base construction from richly formatted documents; PostgreSQL only):
classic declarative on a base kept as a class attribute (``Meta.Base = declarative_base(...)``), a
joined-table inheritance tree of document contexts (``Context`` with ``polymorphic_on: type``;
``Document``, ``Section``, ``Paragraph``, ``Sentence``, ``Table``, ``Cell``, ``Figure``, ``Caption``,
``Webpage``, and the mentions ``SpanMention``... each keyed ``ForeignKey("context.id",
ondelete="CASCADE")``, two of them with a second key to ``context`` and an ``inherit_condition``),
``Sentence`` made of four mixins whose columns, keys and relationships are all ``@declared_attr``,
annotation mixins whose ``__tablename__`` is ``@declared_attr`` computed by the project's own
``camel_to_under(cls.__name__)`` (the ``*_key`` tables and ``label``/``feature``/``prediction``, whose
classes are ``pass`` alone), ``postgresql.ARRAY`` columns through module constants, ``PickleType``,
Sphinx ``#:`` comments above every attribute. SQLAlchemy < 2.0 in its setup.py."""

from recipe import Recipe

RECIPE = Recipe(
    name="fonduer",
    repo="HazyResearch/fonduer",
    style="classic declarative, joined inheritance, declared_attr mixins and __tablename__",
    files=("src/fonduer/meta.py", "src/fonduer/*/models/*.py", "src/fonduer/utils/utils.py",
           "src/fonduer/utils/utils_visual.py"),
    strip="src/",
    stubs={"fonduer/__init__.py": ""},
    metadata="fonduer.meta:Meta.Base.metadata",
    imports=("fonduer.parser.models", "fonduer.candidates.models", "fonduer.features.models",
             "fonduer.learning.models", "fonduer.supervision.models", "fonduer.utils.models"),
    models="fonduer",
    line_length=88,  # black (its .flake8: max-line-length 88)
    probe_packages=("sqlalchemy==1.4.54", "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE webpage RENAME TO web_page",
        "ALTER TABLE document RENAME COLUMN text TO full_text",
        "ALTER TABLE sentence RENAME COLUMN html_tag TO tag_name",
        "ALTER TABLE caption ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE marginal ALTER COLUMN candidate_id SET NOT NULL",
        "ALTER TABLE gold_label ALTER COLUMN keys DROP NOT NULL",
        "ALTER TABLE candidate ALTER COLUMN split SET DEFAULT 0",
        "ALTER TABLE label_key ADD COLUMN description text",
        "ALTER TABLE context ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "ALTER TABLE cell ADD COLUMN is_header boolean NOT NULL DEFAULT false",
        "CREATE TABLE document_tag (id serial PRIMARY KEY,"
        " document_id integer NOT NULL REFERENCES document (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, UNIQUE (document_id, tag))",
        "CREATE INDEX ix_sentence_document_id ON sentence (document_id)",
        "COMMENT ON COLUMN span_mention.char_start IS 'first character, inclusive'",
    ),
)
