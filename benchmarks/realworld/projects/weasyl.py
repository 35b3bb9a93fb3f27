"""Weasyl/weasyl (an art-sharing community site): SQLAlchemy Core ``Table`` objects in one module
(``libweasyl/models/tables.py``, about 80 tables) mapped by classic declarative classes written
``__table__ = tables.login`` with relationships only (``foreign(__table__.c.userid) ==
remote(Profile.userid)``), foreign keys made through the module's own wrappers (``ForeignKey`` /
``ForeignKeyConstraint`` functions adding ``deferrable=True``, ``cascading_fkey(...)`` adding
``ON UPDATE/DELETE CASCADE``), module-level ``Index(...)`` on ``table.c`` columns with expressions
(``func.lower(login.c.email.collate('C'))``, ``func.least(...)``, ``text()``), partial indexes, named
``ENUM``s bound to the metadata (one of a Python enum with ``values_callable``), project
TypeDecorators (a settings-letters ``CharSettingsColumn``, ``WeasylTimestampColumn``, an ``HSTORE``
JSON type), three tables made by one function (``f'tag_suggestion_feedback_{content_table.name}'``);
SQLAlchemy 1.4. The username length comes from ``weasyl/users.py``, laid out; the media,
image and text helpers are permissive stubs. It showed misreadings, mended: the module's own
``ForeignKey`` / ``ForeignKeyConstraint`` wrappers were taken for SQLAlchemy's (59 foreign keys seemed
not deferrable; ``deferrable=True`` added to the wrapper's call broke the import), the alias
``_ForeignKey`` was not read, a new column or index of a ``__table__ = tables.x`` class went into the
class body, ``server_default='epoch'`` differed from PostgreSQL's ``'1970-01-01 00:00:00'``, and a
class was generated for each of the three tables a function makes."""

from recipe import Recipe

RECIPE = Recipe(
    name="weasyl",
    repo="Weasyl/weasyl",
    style="Core Tables in one module, __table__ classes, FK wrapper functions, expression indexes",
    files=("libweasyl/models/*.py", "libweasyl/legacy.py", "libweasyl/ratings.py", "libweasyl/constants.py",
           "weasyl/users.py"),
    stub_roots=("*",),
    prelude=("CREATE EXTENSION IF NOT EXISTS hstore",),
    metadata="libweasyl.models.tables:metadata",
    imports=("libweasyl/models/*.py",),
    models="libweasyl/models",
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE journal RENAME COLUMN submitter_ip_address TO submitter_ip",
        "ALTER TABLE oauth_consumers ALTER COLUMN grant_type TYPE varchar(64)",
        "ALTER TABLE media ALTER COLUMN sha256 SET NOT NULL",
        "ALTER TABLE folder ADD COLUMN description text",
        "CREATE INDEX ind_journal_title ON journal (title)",
        "COMMENT ON COLUMN login.twofa_secret IS 'the TOTP secret, encrypted'",
        "ALTER TABLE google_doc_embeds ALTER COLUMN embed_url SET DEFAULT ''",
        "ALTER TABLE logincreate DROP COLUMN ip_address_signup_request",
        "CREATE TABLE journal_notes (id serial PRIMARY KEY, journalid integer NOT NULL REFERENCES journal"
        " (journalid), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE permaban RENAME TO permanent_bans",
        "ALTER TYPE profile_status ADD VALUE 'waitlist'",
    ),
    dropped=("logincreate.ip_address_signup_request",),
)
