"""camptocamp/c2cgeoform (a Pyramid library making Deform forms from SQLAlchemy models, with maps): the library
maps no table of its own, so the models are those of its demo application, the cookiecutter scaffold
``c2cgeoform/scaffolds/c2cgeoform/{{cookiecutter.project}}/{{cookiecutter.package}}/``: classic declarative on
``declarative_base(metadata=MetaData(naming_convention=...))`` in ``models/meta.py``, every table in one schema
given by a module constant (``__table_args__ = ({"schema": schema})``, a dict in parentheses, no tuple),
foreign keys to a constant string (``ForeignKey(EXCAV_ID)``), a ``Table`` association with ``schema=schema``,
the library's ``FileData`` mixin (``c2cgeoform/models.py``, outside the models directory) giving ``Photo`` its
key and columns, columns whose ``info=`` holds ColanderAlchemy widgets, geoalchemy2 ``Geometry`` columns
(geoalchemy2 is a stub of ours: no PostGIS on the embedded server), a Python-side ``default=lambda:
str(uuid4())``. The scaffold's package is laid out at the root of the layout (its ``models`` package and
``i18n`` module), its placeholders rendered to match; Pyramid, Deform, Colander and zope.sqlalchemy are
permissive stubs. An index added to a class whose ``__table_args__`` is a parenthesized dict alone comes out valid but
misshapen: the dict stays inside its own parentheses, a line ``(`` above it and ``),`` below, at the wrong indent."""

from recipe import GEOALCHEMY2_STUBS, Recipe

_PACKAGE = "c2cgeoform/scaffolds/c2cgeoform/{{cookiecutter.project}}/{{cookiecutter.package}}/"

RECIPE = Recipe(
    name="c2cgeoform",
    repo="camptocamp/c2cgeoform",
    style="classic declarative in one schema, a library mixin, ColanderAlchemy info, a cookiecutter scaffold",
    files=(_PACKAGE + "models/*.py", _PACKAGE + "i18n.py", "c2cgeoform/models.py"),
    strip=_PACKAGE,
    stubs=GEOALCHEMY2_STUBS,
    # not a bug: the scaffold's placeholders, which no Python parses (``from {{cookiecutter.package}}.models.meta
    # import Base``), rendered for its package laid out at the root (cookiecutter would name it test_project)
    fixes={"models/c2cgeoform_demo.py": ("from {{cookiecutter.package}}.", "from ")},
    stub_roots=("*",),
    prelude=("CREATE SCHEMA c2cgeoform_demo",),
    metadata="models.meta:Base.metadata",
    imports=("models",),
    models="models",
    schemas=("c2cgeoform_demo",),
    drift=(
        "ALTER TABLE c2cgeoform_demo.excavation RENAME COLUMN motif TO motive",
        "ALTER TABLE c2cgeoform_demo.contact_person ALTER COLUMN first_name TYPE varchar(120)",
        "ALTER TABLE c2cgeoform_demo.bus_stops ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE c2cgeoform_demo.district ADD COLUMN code varchar(8)",
        "CREATE INDEX ix_excavation_request_date ON c2cgeoform_demo.excavation (request_date)",
        "COMMENT ON COLUMN c2cgeoform_demo.excavation.reference_number IS 'the number the town gives'",
        "ALTER TABLE c2cgeoform_demo.contact_person ALTER COLUMN verified SET DEFAULT false",
        "ALTER TABLE c2cgeoform_demo.excavation DROP COLUMN responsible_company",
        "CREATE TABLE c2cgeoform_demo.excavation_notes (id serial PRIMARY KEY, excavation_id integer NOT NULL"
        " REFERENCES c2cgeoform_demo.excavation (id), body text NOT NULL,"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE c2cgeoform_demo.comments RENAME TO bus_stop_comments",
        "ALTER TABLE c2cgeoform_demo.situation ALTER COLUMN name_fr TYPE varchar(200)",
    ),
    dropped=("excavation.responsible_company",),
    note=("no enum in the project; no drift of photo's columns: they are the library's FileData mixin's, outside the "
          "models directory, which the tool reads but does not edit (a note says to change it by hand)"),
)
