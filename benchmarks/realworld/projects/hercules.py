"""PJECZ/pjecz-hercules-flask (a state judiciary's case management, in Spanish): Flask-SQLAlchemy 3
with SQLAlchemy 2.0 ``Mapped`` columns, one ``models.py`` per blueprint (87 tables), a universal
mixin of the project's ``lib`` (``creado`` / ``modificado`` / ``estatus`` with server defaults),
non-native enums whose labels are the keys of a dict of the class body (``Enum(*UBICACIONES,
name="arc_documentos_ubicaciones", native_enum=False)``, a ``varchar`` as long as the longest key),
``Uuid`` and ``JSON`` columns, and relationships by annotation. The application's configuration and
other modules are permissive stubs. It showed one misreading: the labels spread from a dict were
not read (53 columns of unresolved type, not compared)."""

from recipe import Recipe

RECIPE = Recipe(
    name="hercules",
    repo="PJECZ/pjecz-hercules-flask",
    style="Flask-SQLAlchemy 3 with Mapped, a models.py per blueprint, enums spread from class dicts",
    files=("hercules/__init__.py", "hercules/extensions.py", "hercules/blueprints/__init__.py",
           "hercules/blueprints/*/__init__.py", "hercules/blueprints/*/models.py", "lib/__init__.py",
           "lib/universal_mixin.py"),
    stub_roots=("*",),
    metadata="hercules.extensions:database.metadata",
    imports=("hercules/blueprints/*/models.py",),
    models="hercules",
    line_length=128,
    drift=(
        "ALTER TABLE abogados RENAME COLUMN libro TO tomo",
        "ALTER TABLE autoridades ALTER COLUMN descripcion TYPE varchar(300)",
        "ALTER TABLE abogados ALTER COLUMN numero DROP NOT NULL",
        "ALTER TABLE autoridades ADD COLUMN telefono varchar(32)",
        "CREATE INDEX ix_abogados_nombre ON abogados (nombre)",
        "COMMENT ON COLUMN autoridades.clave IS 'la clave de la autoridad'",
        "ALTER TABLE autoridades DROP COLUMN descripcion_corta",
        "ALTER TABLE autoridades ALTER COLUMN datawarehouse_id SET DEFAULT 0",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, autoridad_id integer NOT NULL REFERENCES autoridades (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE abogados RENAME TO abogados_registrados",
    ),
    dropped=("autoridades.descripcion_corta",),
)
