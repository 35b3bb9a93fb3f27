"""pyfa-org/Pyfa (the EVE Online ship-fitting desktop tool; its ``eos`` engine's saved-data database of
fits, modules, drones, fighters, characters and skills, implant sets, damage and target profiles,
prices) - 27 tables of SQLAlchemy Core ``Table(...)`` objects on one ``saveddata_meta``, a module per
aggregate under ``eos/db/saveddata/``, each mapped at import with the classical ``mapper(Class, table,
properties={...})`` of SQLAlchemy 1.x (the project pins 1.4.50) onto plain domain classes that live
apart, in ``eos/saveddata/``, and know nothing of the tables. Written for SQLite, laid out here on
PostgreSQL: camelCase table and column names throughout (``"projectedFits"``, ``"ownerID"``,
quoted identifiers), a column whose name is a mangled private attribute (``"_Skill__level"``), keys
``Column("ownerID", ForeignKey("users.ID"))`` with the type left to the key, Boolean columns with
``default=0`` / ``default=1``, CHECK constraints given inline to a ``Column`` and one over two columns
written with ``= NULL``, named ``UniqueConstraint``s, per-table ``created`` / ``modified`` audit
columns with Python-side clock defaults repeated in every table. The ``properties`` dictionaries map
columns under mangled names (``"_Fit__builtinDamagePatternID": fits_table.c.builtinDamagePatternID``),
one column under two keys (``"itemID"`` and ``"shipID"``; ``"savedName"`` beside ``name``), a
``synonym`` ``ID`` for ``groupID``, relationships with ``primaryjoin`` / ``secondaryjoin`` over the
table objects, ``attribute_mapped_collection``. ``eos/db/__init__.py`` (which opens both SQLite
databases and imports the game-data mappings too) is replaced by ours holding the saved-data
``MetaData`` and a session; the game-data queries, logbook and the GUI helpers are permissive
stubs; the domain classes and the engine modules they import are the project's own."""

from recipe import Recipe

# eos.db as the saved-data mapping modules and the domain classes import it, of our own: no engine
_EOS_DB = '''import threading

from sqlalchemy import MetaData
from sqlalchemy.orm import sessionmaker

saveddata_meta = MetaData()
gamedata_meta = MetaData()
saveddata_session = sessionmaker(autoflush=False, expire_on_commit=False)()
gamedata_session = sessionmaker(autoflush=False, expire_on_commit=False)()
sd_lock = threading.RLock()
'''

_MAPPINGS = ("booster", "cargo", "character", "damagePattern", "drone", "fighter", "fit", "implant", "implantSet",
             "miscData", "mutatorMod", "mutatorDrone", "module", "override", "price", "skill", "targetProfile", "user")

RECIPE = Recipe(
    name="pyfa",
    repo="pyfa-org/Pyfa",
    style="Core Tables + classical mapper() onto separate domain classes, camelCase SQLite names",
    files=("eos/__init__.py", "eos/config.py", "eos/const.py", "eos/calc.py", "eos/capSim.py", "eos/eqBase.py",
           "eos/effectHandlerHelpers.py", "eos/modifiedAttributeDict.py", "eos/utils/*.py", "eos/saveddata/*.py",
           "eos/db/util.py", "eos/db/saveddata/*.py"),
    stubs={"eos/db/__init__.py": _EOS_DB},
    stub_roots=("*",),
    metadata="eos.db:saveddata_meta",
    imports=tuple(f"eos.db.saveddata.{name}" for name in _MAPPINGS),
    models="eos/db/saveddata",
    line_length=165,  # tox.ini's flake8 --max-line-length
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE characters RENAME COLUMN \"defaultLevel\" TO \"defaultSkillLevel\"",
        "ALTER TABLE cargo ALTER COLUMN created SET NOT NULL",
        "CREATE TABLE \"fitTags\" (\"ID\" serial PRIMARY KEY,"
        " \"fitID\" integer NOT NULL REFERENCES fits (\"ID\") ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL, created timestamp, UNIQUE (\"fitID\", tag))",
        "ALTER TABLE fits ALTER COLUMN \"timestamp\" TYPE bigint",
        "ALTER TABLE fits DROP COLUMN \"builtinTargetResistsID\"",
        "CREATE INDEX \"ix_modules_itemID\" ON modules (\"itemID\")",
        "COMMENT ON COLUMN prices.status IS 'outcome of the last price fetch'",
        "ALTER TABLE \"projectedFits\" ALTER COLUMN amount SET DEFAULT 1",
        "ALTER TABLE \"implantSets\" ADD COLUMN notes text",
        "ALTER TABLE \"implantSets\" ADD CONSTRAINT \"uq_implantSets_name\" UNIQUE (name)",
        "COMMENT ON TABLE overrides IS 'attribute values the user set by hand, per item'",
        "ALTER TABLE fits RENAME TO fittings",
    ),
    dropped=("fits.builtinTargetResistsID",),
    note=("the dropped fits.builtinTargetResistsID is also mapped through the mapper's properties "
          "(``\"_Fit__builtinTargetProfileID\": fits_table.c.builtinTargetResistsID``), read when fit.py loads: "
          "the drop is a by-hand item (removing the Column alone broke the import; removing the entry with it is "
          "not built), so Alembic still sees the column in the models"),
)
