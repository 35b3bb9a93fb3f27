"""ispras/lingvodoc (the Institute for System Programming's platform for documenting endangered
languages: dictionaries, perspectives, lexical entries, entities, parsers, valency annotation; a
Pyramid application) - about 33 tables in one ``lingvodoc/models.py`` of classic declarative on a
bare ``declarative_base()``, where nearly no class names its table: a ``TableNameMixin`` gives
``__tablename__`` from ``cls.__name__.lower()`` through ``declared_attr`` (``dictionaryperspective``,
and the reserved ``user`` and ``group``). Every object table has a composite key ``(object_id,
client_id)`` from a ``CompositeIdMixin``, and its foreign keys come from a dozen mixins of column
pairs (``ParentMixin``, ``TranslationMixin``, ``StateMixin``, ``FieldMixin``, ``SelfMixin``,
``PerspectiveMixin``, ...), each a ``declared_attr`` ``__table_args__`` that returns its own
``ForeignKeyConstraint`` *plus* ``super().__table_args__``: the constraints of a table are the
cooperative sum over its bases' MRO, ended by a ``PrimeTableArgs`` returning ``()``; the targets are
strings computed at class creation (``cls.__parentname__.lower() + '.client_id'``,
``'TranslationGist'.lower() + '.object_id'``, ``cls.__tablename__.lower() + '.client_id'`` for the
self-reference). Also: a ``BigInteger`` subclass with ``@compiles`` for SQLite (``SLBigInteger``),
``TypeDecorator`` columns (an epoch ``TIMESTAMP``, a ``UUID(as_uuid=True)`` given back as ``str``),
``Column(ForeignKey(...))`` without a type, three association ``Table`` objects on
``Base.metadata``, named indexes made at module level after the classes
(``Index('parent_entity_idx', Entity.parent_client_id, ...)``) beside one written bare in a class
body with string columns (never attached), a module-level ``Sequence``, ``hybrid_property`` composite
ids with a custom ``Comparator``, explicit ``__tablename__`` on the newer valency tables, JSONB
metadata columns. The project pins SQLAlchemy 1.1.2 (1.3 in the probe). Pyramid, passlib,
zope.sqlalchemy and the application's cache module are permissive stubs; the package's ``__init__``
is ours (empty)."""

from recipe import Recipe

RECIPE = Recipe(
    name="lingvodoc",
    repo="ispras/lingvodoc",
    style="Pyramid, __tablename__ from a declared_attr mixin, composite keys, super() chained __table_args__",
    files=("lingvodoc/models.py",),
    stubs={"lingvodoc/__init__.py": ""},
    stub_roots=("*",),
    metadata="lingvodoc.models:Base.metadata",
    imports=("lingvodoc.models",),
    models="lingvodoc",
    probe_packages=("sqlalchemy==1.3.24", "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        'ALTER TABLE "user" RENAME COLUMN intl_name TO international_name',
        "ALTER TABLE dictionary ALTER COLUMN parent_client_id SET NOT NULL",
        "CREATE TABLE parser_setting (id bigserial PRIMARY KEY,"
        " parser_client_id bigint NOT NULL, parser_object_id bigint NOT NULL,"
        " name text NOT NULL, value jsonb, created_at timestamp NOT NULL DEFAULT now(),"
        " FOREIGN KEY (parser_client_id, parser_object_id) REFERENCES parser (client_id, object_id)"
        " ON DELETE CASCADE, UNIQUE (parser_client_id, parser_object_id, name))",
        "ALTER TABLE userrequest ALTER COLUMN message TYPE varchar(4000)",
        "ALTER TABLE dictionaryperspective DROP COLUMN import_hash",
        "CREATE INDEX entity_field_idx ON entity (field_client_id, field_object_id)",
        "CREATE INDEX parser_result_entity_idx ON parserresult (entity_client_id, entity_object_id)",
        "COMMENT ON COLUMN entity.content IS 'the text of the entity, or the URL of its file'",
        "ALTER TABLE \"user\" ALTER COLUMN is_active SET DEFAULT true",
        "ALTER TABLE basegroup ADD COLUMN description text",
        "ALTER TABLE user_to_group_association ADD COLUMN granted_at timestamp DEFAULT now()",
        "COMMENT ON TABLE objecttoc IS 'one row per composite id of every object table'",
        "ALTER TABLE parser RENAME TO text_parser",
    ),
    dropped=("dictionaryperspective.import_hash",),
    note=("the mixins' ``declared_attr`` ``__table_args__`` that return ``(ForeignKeyConstraint(...),) + "
          "super().__table_args__`` are each class's own and not read: their keys are notes, an index on such a "
          "table is a note, and the rename of parser (whose keys they name as ``'parser' + '.client_id'``) is a "
          "by-hand item, which the harness does not make (alembic: parser against text_parser); the class "
          "generated for parser_setting keys it through its class, ``[Parser.client_id, Parser.object_id]``, "
          "right before that rename and after"),
)
