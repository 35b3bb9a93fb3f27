"""GNU MediaGoblin (federated media hosting on its own WSGI stack of Werkzeug and Paste; the GitHub
mirror GitMirroring/mediagoblin of its sourcehut repository): about 40 tables of classic declarative
classes, ``Column(...)`` throughout, on a base made by ``declarative_base(cls=GMGTableBase)`` whose
``query`` property exists only when the application's globals are enabled. The core tables live in
one long ``db/models.py`` with ``core__`` prefixed names; each media type (image, video, audio, pdf,
stl, ascii, blog) and some plugins (archivalook, openid) add tables in a ``models.py`` of their own
whose key is the media entry's (``media_entry = Column(Integer, ForeignKey('core__media_entries.id'),
primary_key=True)``) and whose relationship gives the core class a ``backref`` by name. Joined-table
inheritance of users (``User`` -> ``LocalUser`` / ``RemoteUser``, ``polymorphic_on`` a plain
``type`` column); TypeDecorators of its own (``PathTupleWithSlashes`` over ``Unicode``,
``JSONEncoded`` over ``TEXT``) and a ``Mutable`` dict (``MutationDict.as_mutable(JSONEncoded)``);
every string is an unbounded ``Unicode`` / ``UnicodeText``; ``__table_args__`` tuples ending in an
empty dict; a composite key in ``PrimaryKeyConstraint('media_entry', 'name_id')``, composite keys of
several ``primary_key=True`` columns elsewhere; a column whose name is given as the first argument
and is a reserved word (``Column("user", Integer, ...)``); Python-side ``utcnow`` defaults, a
``default=lambda: False``, keys written both ``ForeignKey(User.id)`` and as strings;
``association_proxy`` over ``attribute_mapped_collection`` relationships. The application's tools
are permissive stubs, but for ``tools/transition.py`` (ours: globals enabled, as the default
configuration has them). The subtitles plugin's ``models.py`` is left out: it is a broken copy of
a core class (it redefines ``core__subtitle_files`` and imports names that do not exist)."""

from recipe import Recipe

RECIPE = Recipe(
    name="mediagoblin",
    repo="GitMirroring/mediagoblin",
    style="classic declarative, joined user inheritance, per-media-type model modules, TypeDecorators",
    files=("mediagoblin/db/__init__.py", "mediagoblin/db/base.py", "mediagoblin/db/extratypes.py",
           "mediagoblin/db/mixin.py", "mediagoblin/db/models.py", "mediagoblin/media_types/__init__.py",
           "mediagoblin/media_types/*/models.py", "mediagoblin/plugins/archivalook/models.py",
           "mediagoblin/plugins/openid/models.py"),
    stubs={
        "mediagoblin/__init__.py": "",
        "mediagoblin/tools/transition.py": "DISABLE_GLOBALS = False\n",
    },
    stub_roots=("mediagoblin", "werkzeug"),
    metadata="mediagoblin.db.base:Base.metadata",
    imports=("mediagoblin.db.models", "mediagoblin/media_types/*/models.py",
             "mediagoblin/plugins/*/models.py"),
    models="mediagoblin",
    drift=(
        "ALTER TABLE core__local_users RENAME COLUMN license_preference TO default_license",
        "ALTER TABLE core__local_users ALTER COLUMN wants_notifications SET NOT NULL",
        "CREATE TABLE core__tag_aliases (id serial PRIMARY KEY,"
        " tag integer NOT NULL REFERENCES core__tags (id) ON DELETE CASCADE,"
        " alias varchar NOT NULL UNIQUE, created timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE video__mediadata ALTER COLUMN width TYPE integer",
        "ALTER TABLE pdf__mediadata DROP COLUMN pdf_keywords",
        "CREATE INDEX ix_core__notifications_created ON core__notifications (created)",
        "COMMENT ON COLUMN core__media_entries.state IS 'unprocessed, processing, processed or failed'",
        "ALTER TABLE core__collections ALTER COLUMN num_items SET DEFAULT 0",
        "ALTER TABLE core__locations ADD COLUMN country_code varchar(2)",
        "COMMENT ON TABLE core__generic_model_reference IS 'a key to a row of any table with an integer id'",
        "ALTER TABLE core__activities ALTER COLUMN published TYPE timestamptz",
        "ALTER TABLE core__privileges ALTER COLUMN privilege_name TYPE varchar(64)",
        "ALTER TABLE core__tags RENAME TO core__keywords",
    ),
    dropped=("pdf__mediadata.pdf_keywords",),
)
