"""agdsn/pycroft (the student network of TU Dresden's administration): SQLAlchemy 2.0 ``Mapped``
classes on a ``DeclarativeBase`` with a metaclass of its own, a ``declared_attr __tablename__`` made
by snake-casing the class name with two regular expressions, a ``type_annotation_map`` of
``Annotated`` strings and of netaddr's ``IPAddress`` / ``IPNetwork`` to TypeDecorators, PostgreSQL
ranges (``TSTZRANGE`` through an ``Interval`` TypeDecorator) with exclusion constraints, DDL
(triggers, functions and views) attached through the project's ``DDLManager``, finance tables with
deferred constraints. The application's helpers (``utc``, ``interval``, ``net``) are laid out. It
showed four misreadings: a foreign key in an ``Annotated`` alias's ``mapped_column`` (imported as
``col``: ``fkey_pgroup = t.Annotated[int, col(ForeignKey(PropertyGroup.id))]``) was not read, ten
foreign keys added where nothing had drifted; ``birthdate: Mapped[date]`` alone in a class whose
abstract base maps ``birthdate`` was taken for a new column, where SQLAlchemy keeps the inherited one;
an unnamed ``ExcludeConstraint`` was not matched to the one PostgreSQL named (four by-hand items);
``Enum(*AccountType.__args__, name=...)`` of a ``Literal`` alias was not read; and the table name the
base computes (``cls._to_snake_case(cls.__name__)``, two regular expressions) was matched to any usual
name of the table, so ``site`` renamed ``sites`` seemed mapped already: no edit, and Alembic found the
models' ``site`` missing (the name is worked out now where the function is string operations alone)."""

from recipe import Recipe

RECIPE = Recipe(
    name="pycroft",
    repo="agdsn/pycroft",
    style="2.0 Mapped on a DeclarativeBase with a type_annotation_map, ranges and exclusion constraints, DDL",
    files=("pycroft/model/*.py", "pycroft/helpers/utc.py", "pycroft/helpers/interval.py",
           "pycroft/helpers/net.py", "pycroft/helpers/__init__.py", "pycroft/exc.py"),
    stubs={"pycroft/__init__.py": ""},
    # the embedded server has no pgcrypto: the listener that creates it creates nothing in the
    # laid-out copy, and the prelude defines the one function of it the models use, digest(), alike
    fixes={"pycroft/model/user.py": ('connection.execute(text("create extension if not exists pgcrypto"))',
                                     'connection.execute(text("select 1"))')},
    # and the tables of the housing office's database its materialized views select from, of ours
    prelude=("CREATE FUNCTION digest(text, text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT"
             " AS $$ SELECT sha512(convert_to($1, 'UTF8')) $$",
             "CREATE SCHEMA swdd",
             "CREATE TABLE swdd.swdd_vo (vo_id integer, suchname text, name text, voart_id integer,"
             " nutzungsart_id integer, nutzbarvon date, nutzbarbis date, status integer, wohneim_id integer,"
             " wohneim_suchname integer, wohneim_name text, stockwerk_id integer, stockwerk text,"
             " stockwerk_name text, haus_id integer, haus_name text)",
             "CREATE TABLE swdd.swdd_vv (persvv_id integer, person_id integer, vo_suchname text, person_hash text,"
             " mietbeginn date, mietende date, status_id integer)",
             "CREATE TABLE swdd.swdd_import (persvv_id integer)"),
    stub_roots=("*",),
    metadata="pycroft.model.base:ModelBase.metadata",
    imports=("pycroft.model._all",),
    models="pycroft/model",
    python=(3, 12),
    probe_packages=("sqlalchemy==2.0.37", "psycopg2-binary", "alembic", "netaddr", "wrapt", "werkzeug"),
    drift=(
        "ALTER TABLE building RENAME COLUMN short_name TO abbreviation",
        "ALTER TABLE bank_account ALTER COLUMN bank TYPE varchar(512)",
        "ALTER TABLE host ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE address ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_building_street ON building (street)",
        "COMMENT ON COLUMN room.number IS 'as on the door'",
        "ALTER TABLE room ALTER COLUMN level SET DEFAULT 0",
        "ALTER TABLE bank_account DROP COLUMN fints_endpoint",
        "ALTER TABLE site RENAME TO sites",
        "ALTER TYPE account_type ADD VALUE 'EQUITY'",
    ),
    dropped=("bank_account.fints_endpoint",),
    note=("no new table in the drift: `CurrentProperty` maps a view (`__table__ = current_property.table`) the "
          "reader cannot see, so no class is generated for a table without one (a note says so); no index on "
          "a table the project's DDL manager is given (`manager.add_function(Address.__table__, ...)`: a note)"),
)
