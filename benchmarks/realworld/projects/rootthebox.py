"""moloch--/RootTheBox (a capture-the-flag game server, on Tornado): classic declarative on
``declarative_base(cls=_DatabaseObject)`` whose base gives every table ``id`` and ``created``
(``default=datetime.now``) and a ``declared_attr __tablename__`` that snake-cases the class name with
``re.sub`` and a lambda (``GameLevel`` -> ``game_level``), one model module per class, private
attributes mapping columns of the same name (``_name = Column(Unicode(32), ...)``) with properties in
front, attributes named apart from their column (``_password = Column("password", String(64))``),
association ``Table`` objects in a module of their own on the base's metadata, a self-referencing
foreign key with ``ondelete="SET NULL"``, ``Enum(FlagsSubmissionType)`` of a ``str, enum.Enum``, a
column length read from the Tornado options at import (``Unicode(options.max_pastebin_size)``),
lambda and function Python-side defaults, string ``order_by="desc(-Flag._order)"``. The package's
``__init__`` (an engine and session made from the options at import) and ``tornado.options`` are
stubs of ours; the application's ``libs`` and pbkdf2, past, msal are permissive stubs. It showed two
misreadings: the base's ``__tablename__`` binds ``name = self.__name__`` before its ``return`` (not a
single return), so it was not seen as made from the class name and no class was given a table (nothing
compared, the drift left alone); and ``class _DatabaseObject(object)`` under python-future's ``from
builtins import object`` was taken for an unknown base that may add columns, so a column added to any
table was only a note."""

from recipe import Recipe

# the models' package opens the database from the options when it is imported: the models only
# import its session (used in their methods)
_MODELS_PACKAGE = "dbsession = None\n"

# the one option read at import, with rootthebox.py's default
_TORNADO_OPTIONS = """class _Options:
    max_pastebin_size = 4096


options = _Options()
"""

RECIPE = Recipe(
    name="rootthebox",
    repo="moloch--/RootTheBox",
    style="classic declarative, a declared_attr __tablename__ of the class name, one module per class",
    files=("models/*.py",),
    stubs={"models/__init__.py": _MODELS_PACKAGE, "tornado/options.py": _TORNADO_OPTIONS},
    stub_roots=("*",),
    metadata="models.BaseModels:DatabaseObject.metadata",
    imports=("models/*.py",),
    models="models",
    drift=(
        "ALTER TABLE market_item RENAME COLUMN description TO item_description",
        "ALTER TABLE box ALTER COLUMN _difficulty TYPE varchar(32)",
        'ALTER TABLE "user" ALTER COLUMN last_login SET NOT NULL',
        "ALTER TABLE team ADD COLUMN country varchar(64)",
        "CREATE INDEX ix_notification_user_id ON notification (user_id)",
        "COMMENT ON COLUMN flag._token IS 'the flag as it is submitted'",
        "ALTER TABLE game_history ALTER COLUMN _value SET DEFAULT 0",
        "ALTER TABLE swat DROP COLUMN completed",
        "CREATE TABLE box_review (id serial PRIMARY KEY, box_id integer NOT NULL REFERENCES box (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE wall_of_sheep RENAME TO sheep_wall",
        "ALTER TYPE flagssubmissiontype ADD VALUE 'TEAM_SUBMISSION'",
    ),
    dropped=("swat.completed",),
)
