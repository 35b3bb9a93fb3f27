"""openstack/solum (application lifecycle management; retired: the last commit of master removed the
code, so the one before it is laid out): one class per module under ``solum/objects/sqlalchemy``, each
on ``declarative_base(cls=SolumBase)`` of ``sqlalchemy.ext.declarative`` (``SolumBase`` over oslo.db's
``TimestampMixin`` and ``ModelBase``, read from the installed library, with ``metadata = None``) and
an abstract domain class of ``solum/objects`` (``class App(sql.Base, abstract.App)``), the base
module imported through an alias (``from solum.objects.sqlalchemy import models as sql``),
``__table_args__ = sql.table_args()`` (MySQL's options, or ``None`` elsewhere, from oslo.config),
TypeDecorators over ``types.TEXT`` called with a length (``sql.YAMLEncodedDict(1024)``), modules that
``import sqlalchemy`` bare beside others that ``import sqlalchemy as sa``, a class that redeclares the
mixin's ``created_at`` without its default (``Userlog``), a self-referencing key. Our stubs register
the configuration options the modules read at import (oslo.db's ``[database]`` ones and
``[api] operator_project_id``). It showed one misreading: ``sql.table_args()``, a function of another
module returning only ``None`` or MySQL's options, was taken for one that may build the table's items
(only a function of the class's own module was followed), so an index added on the database was a
note, not ``index=True``, and Alembic found it missing from the models."""

from recipe import Recipe

# the package's __init__ (ours): oslo.db's [database] options registered, as the service's startup
# does (``table_args()`` reads ``connection``, None here), and what the models' methods call
_OBJECTS = """from oslo_config import cfg
from oslo_db import options

options.set_defaults(cfg.CONF)


def transition_schema():
    return False
"""

# image.py imports this module for the option it reads at import (ours)
_LANGUAGE_PACK_HANDLER = """from oslo_config import cfg

cfg.CONF.register_opts([cfg.StrOpt("operator_project_id")], group="api")
"""

_CLASSES = ("app", "assembly", "component", "execution", "extension", "image", "infrastructure_stack",
            "operation", "parameter", "pipeline", "plan", "sensor", "service", "userlog", "workflow")

RECIPE = Recipe(
    name="solum",
    repo="openstack/solum",
    style="classic declarative, a class per module on an oslo.db base and an abstract domain class",
    files=("solum/objects/sqlalchemy/models.py", "solum/objects/base.py",
           *(f"solum/objects/sqlalchemy/{name}.py" for name in _CLASSES),
           *(f"solum/objects/{name}.py" for name in _CLASSES)),
    stubs={"solum/objects/__init__.py": _OBJECTS,
           "solum/api/handlers/language_pack_handler.py": _LANGUAGE_PACK_HANDLER},
    # the TypeDecorators are called with a length (``sql.YAMLEncodedDict(1024)``) that they pass to their
    # impl, ``TEXT``: ``TEXT(1024)``, which MySQL takes and PostgreSQL refuses ("type modifier is not
    # allowed for type text"), so create_all fails; an impl instance takes no arguments (solum ran on MySQL)
    fixes={"solum/objects/sqlalchemy/models.py": ("    impl = types.TEXT\n", "    impl = types.TEXT()\n")},
    stub_roots=("*",),
    metadata="solum.objects.sqlalchemy.models:Base.metadata",
    imports=tuple(f"solum.objects.sqlalchemy.{name}" for name in _CLASSES),
    models="solum/objects",
    line_length=79,
    ref="f6640157df6d384e8eab25291319ceb5df483546",  # master's last commit with the code
    drift=(
        "ALTER TABLE image RENAME COLUMN docker_image_name TO docker_image",
        "ALTER TABLE app ALTER COLUMN raw_content TYPE text",
        "ALTER TABLE component ALTER COLUMN assembly_id SET NOT NULL",
        "ALTER TABLE userlogs ALTER COLUMN created_at SET NOT NULL",
        "ALTER TABLE plan ADD COLUMN region varchar(64)",
        "CREATE INDEX ix_assembly_status ON assembly (status)",
        "COMMENT ON COLUMN app.languagepack IS 'the language pack the app is built with'",
        "ALTER TABLE service ALTER COLUMN read_only SET DEFAULT false",
        "ALTER TABLE sensor DROP COLUMN documentation",
        "CREATE TABLE assembly_notes (id serial PRIMARY KEY, assembly_id integer NOT NULL REFERENCES assembly (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE infrastructure_stack RENAME TO infrastructure_stacks",
    ),
    dropped=("sensor.documentation",),
)
