"""grillazz/fastapi-sqlalchemy-asyncpg (a FastAPI + asyncpg showcase): SQLAlchemy 2.0 ``Mapped``
classes on a ``DeclarativeBase`` whose ``declared_attr __tablename__`` is the class name in lower case
(``User`` -> ``user``), most classes naming theirs; tables in two schemas besides ``public``
(``__table_args__ = ({"schema": "happy_hog"},)``, and ``shakespeare`` with named ``PrimaryKeyConstraint``
/ ``ForeignKeyConstraint`` / ``UniqueConstraint`` in ``__table_args__``, a composite foreign key to a
unique constraint, an association ``Table`` on ``Base.metadata`` with ``schema=``), a primary key on a
``String`` name beside a unique ``UUID`` id with ``autoincrement=True``, an annotation written
``Mapped[uuid:UUID]`` (a slice), columns annotated with a class (``stuff_id: Mapped[Stuff] =
mapped_column(UUID, ForeignKey(...))``), ``Mapped[str | None]`` alone, a non-``Mapped`` annotation on a
``Column`` (``_password: bytes = Column(LargeBinary, nullable=False)``), ``relationship`` with
``secondary="schema.table"``. Written for Python 3.14's lazy annotations (``Mapped[list[Work]]`` before
``Work``). The application's logger, asyncpg, FastAPI and bcrypt the models import are permissive
stubs. (The reader reads ``Mapped[uuid:UUID]`` as written: a plan of the unmended file on the database
has no action.)"""

from recipe import Recipe

RECIPE = Recipe(
    name="fastapi_asyncpg",
    repo="grillazz/fastapi-sqlalchemy-asyncpg",
    style="2.0 Mapped, lower-case class names, tables in three schemas",
    files=("app/models/*.py", "app/utils/decorators.py"),
    stubs={"app/__init__.py": "", "app/utils/__init__.py": ""},
    stub_roots=("*",),
    prelude=("CREATE SCHEMA happy_hog", "CREATE SCHEMA shakespeare"),
    schemas=("public", "happy_hog", "shakespeare"),
    metadata="app.models.base:Base.metadata",
    imports=("app.models",),
    models="app/models",
    deferred_annotations=True,
    # ``Mapped[uuid:UUID]`` (a typo: a slice, not a type) passes on Python 3.14, which evaluates the
    # annotation (the column's type is given: ``UUID(as_uuid=True)``); read as a string, as the probe
    # compiles these files on an older Python, SQLAlchemy cannot parse it: ``uuid.UUID`` here
    fixes={"app/models/nonsense.py": ("Mapped[uuid:UUID]", "Mapped[uuid.UUID]")},
    drift=(
        "ALTER TABLE shakespeare.work RENAME COLUMN long_title TO full_title",
        "ALTER TABLE shakespeare.character ALTER COLUMN description TYPE text",
        "ALTER TABLE happy_hog.stuff ALTER COLUMN description SET NOT NULL",
        "ALTER TABLE happy_hog.nonsense ADD COLUMN source varchar(64)",
        "CREATE INDEX ix_paragraph_character_id ON shakespeare.paragraph (character_id)",
        "COMMENT ON COLUMN \"user\".email IS 'the login'",
        "ALTER TABLE shakespeare.wordform ALTER COLUMN occurences SET DEFAULT 0",
        "ALTER TABLE happy_hog.stuff_full_of_nonsense DROP COLUMN but_why",
        "CREATE TABLE shakespeare.work_note (id serial PRIMARY KEY, work_id varchar(32) NOT NULL"
        " REFERENCES shakespeare.work (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE \"user\" ALTER COLUMN first_name TYPE varchar(100)",
        "ALTER TABLE happy_hog.random_stuff RENAME TO chaos_stuff",
    ),
    dropped=("stuff_full_of_nonsense.but_why",),
)
