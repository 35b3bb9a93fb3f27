"""AberystwythSystemsBiology/limbus (LImBuS, Aberystwyth University's laboratory information
management system for biobanks: donors, consents, samples and their aliquots, protocols, cold
storage down to racks and shelves; Flask) - 55 tables in a ``models.py`` or ``models/``
package per blueprint, on SQLAlchemy 1.3 and Flask-SQLAlchemy 2.4, though no class is a
``db.Model``: ``database.py`` makes the base as ``declarative_base(cls=BaseModel)`` where
``BaseModel`` is itself an ``@as_declarative()`` class whose ``declared_attr`` ``__tablename__`` is
the class name lower-cased (no class names its table; ``ForeignKey("siteinformation.id")`` strings
spell those names), and which gives every table an ``id`` key, ``created_on`` / ``updated_on``
(``server_default=func.now()``, one with ``server_onupdate``) and an ``is_locked`` flag that some
classes declare again. ``declared_attr`` mixins give ``author_id`` / ``editor_id`` keys to the user
table with ``use_alter=True`` and a relationship whose ``primaryjoin`` is formatted from the class
name, and a unique ``uuid`` string with a Python-side ``str(uuid4())`` function. ``db.Enum`` of 41
``Enum`` classes (native types named after them; ``Colour`` shared by three tables), a JSONB and a JSON
column, an association class with a three-column composite key, ``use_alter`` keys throughout,
``__versioned__ = {}`` markers for SQLAlchemy-Continuum and ``hybrid_property`` columns. The model,
base, mixin and enum modules are the project's own files; Continuum (``make_versioned``: no
``*_version`` tables) and Flask-Login are permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="limbus",
    repo="AberystwythSystemsBiology/limbus",
    style="1.3, as_declarative base under declarative_base(cls=...), lower-cased __tablename__, PG enums",
    files=("services/web/app/base.py", "services/web/app/database.py", "services/web/app/mixins.py",
           "services/web/app/FormEnum.py", "services/web/app/*/models.py", "services/web/app/*/models/*.py",
           "services/web/app/*/enums.py"),
    strip="services/web/",
    stub_roots=("sqlalchemy_continuum", "flask_login"),
    metadata="app.database:Base.metadata",
    imports=("app.database",),
    models="app",
    line_length=88,  # black, default settings (.github/workflows/autoblack.yml)
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE coldstorage RENAME COLUMN serial_number TO serial_no",
        "ALTER TABLE event ALTER COLUMN is_locked SET NOT NULL",
        "ALTER TABLE protocoltemplate ALTER COLUMN author_id SET NOT NULL",
        "CREATE TABLE roomsensor (id serial PRIMARY KEY, created_on timestamp NOT NULL DEFAULT now(),"
        " updated_on timestamp NOT NULL DEFAULT now(), is_locked boolean,"
        " room_id integer NOT NULL REFERENCES room (id) ON DELETE CASCADE,"
        " serial varchar(64) NOT NULL, min_temp integer, UNIQUE (room_id, serial))",
        "ALTER TABLE attribute ALTER COLUMN term TYPE varchar(256)",
        "ALTER TABLE donor DROP COLUMN mpn",
        "CREATE INDEX ix_sample_barcode ON sample (barcode)",
        "COMMENT ON COLUMN donor.dob IS 'date of birth, as the consent form gives it'",
        "ALTER TABLE sample ALTER COLUMN is_closed SET DEFAULT false",
        "ALTER TABLE siteinformation ADD COLUMN phone varchar(32)",
        "COMMENT ON TABLE coldstorage IS 'freezers, fridges and cabinets of a room'",
        "ALTER TYPE colour ADD VALUE 'PUR'",
        "ALTER TABLE room RENAME TO storageroom",
    ),
    dropped=("donor.mpn",),
)
