"""clld/clld (the Cross-Linguistic Linked Data framework behind WALS, Glottolog and other Pyramid
apps; its ``clld.db`` data model, on PostgreSQL): classic declarative on an abstract base
(``class Base(declarative_base())`` with ``__abstract__ = True``) that makes every ``__tablename__``
with ``@declared_attr`` from the class name (``cls.__name__.lower()``: ``languageidentifier``,
``language_data``) and gives every table ``pk``, a ``JSONEncodedDict`` TypeDecorator column and three
``@declared_attr`` columns wrapped in ``deferred(...)`` with Python-side ``default=func.now()``; a
``PolymorphicBaseMixin`` (a plain ``polymorphic_type`` column and a ``@declared_attr __mapper_args__``
naming it) on every resource and on association objects (``ContributionContributor``,
``ValueSentence``); ``IdNameDescriptionMixin`` columns; ``DataMixin`` / ``FilesMixin`` whose foreign key
is ``@declared_attr`` to a table named from the class name (``Language_data`` -> ``language.pk``) and
``HasDataMixin`` / ``HasFilesMixin`` relationships made the same way; ``CheckConstraint`` given inside a
``Column``; a PostgreSQL enum from ``bibtex.EntryType.db_type()`` (a ``SchemaType`` TypeDecorator of the
project's own over clldutils' ``DeclEnum``), classes decorated ``@implementer(interfaces.ILanguage)``.
zope.sqlalchemy and the web modules are permissive stubs; clldutils (the enum's values) and
zope.interface (the decorators) are installed for the probe. It shows three misbehaviours of the tool:
a column the drift adds is never written to any class (``not added: the reader cannot see every column
of ... (see clld/db/meta.py:67)``, the base being ``class Base(declarative_base())``), while the same
plan still drops a column from such a class, so ``languageidentifier.description`` renamed to
``relation`` loses its attribute (the rename is not asked); ``latitude`` renamed to ``lat`` is written
``Column('lat', Float(), CheckConstraint('-90 <= latitude and latitude <= 90'))``, the CHECK's text
still naming the old column; the new table ``language_alias`` gets the class ``LanguageAlia``."""

from recipe import Recipe

RECIPE = Recipe(
    name="clld",
    repo="clld/clld",
    style="classic declarative, abstract base, declared_attr __tablename__ / keys / mapper args",
    files=("src/clld/db/__init__.py", "src/clld/db/meta.py", "src/clld/db/models/*.py",
           "src/clld/util.py", "src/clld/lib/bibtex.py", "src/clld/interfaces.py"),
    strip="src/",
    stubs={"clld/__init__.py": ""},
    stub_roots=("*",),
    metadata="clld.db.meta:Base.metadata",
    imports=("clld.db.models",),
    models="clld/db",
    line_length=100,  # its setup.cfg's flake8
    probe_packages=("sqlalchemy==1.4.54", "clldutils==3.24.4", "zope.interface==8.7",
                    "psycopg2-binary", "alembic==1.13.3"),
    drift=(
        "ALTER TABLE glossabbreviation RENAME TO gloss_abbreviation",
        "ALTER TABLE dataset RENAME COLUMN contact TO contact_email",
        "ALTER TABLE language RENAME COLUMN latitude TO lat",
        "ALTER TABLE languageidentifier RENAME COLUMN description TO relation",
        "ALTER TABLE contribution ALTER COLUMN date SET NOT NULL",
        "ALTER TABLE language_data ALTER COLUMN key SET NOT NULL",
        "ALTER TABLE parameter ALTER COLUMN id SET NOT NULL",
        "ALTER TABLE unit ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE identifier ALTER COLUMN lang SET DEFAULT 'en'",
        "ALTER TABLE contributioncontributor ADD COLUMN role varchar(50)",
        "ALTER TABLE language ADD COLUMN macroarea varchar(64)",
        "CREATE TABLE language_alias (pk serial PRIMARY KEY,"
        " language_pk integer NOT NULL REFERENCES language (pk),"
        " name varchar NOT NULL, UNIQUE (language_pk, name))",
        "CREATE INDEX ix_valueset_language_pk ON valueset (language_pk)",
        "COMMENT ON COLUMN source.year_int IS 'the year as a number'",
    ),
)
