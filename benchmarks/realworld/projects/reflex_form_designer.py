"""reflex-dev/reflex-examples, its form-designer app (forms with fields and options, and the
responses to them, on Reflex): ``rx.Model`` tables (``class Field(rx.Model, table=True)``: SQLModel
under Reflex's base, which gives every table an ``int`` ``id`` key; ``import reflex as rx``), tables
named after their classes (``fieldvalue``), ``sqlmodel.Field(foreign_key="form.id")`` keys, one to
``localuser`` (reflex-local-auth's ``LocalUser``), an unnamed enum column of a plain ``Enum``
(``type_: FieldType = FieldType.text``: a PostgreSQL type ``fieldtype`` of the members' names), a
``sa_column=sqlmodel.Column(sqlmodel.DateTime(timezone=True), server_default=sqlmodel.func.now())``,
``str = ""`` and ``bool = False`` fields, relationships with ``sa_relationship_kwargs``. Reflex 0.8
(the app's ``reflex>=0.8.0``) runs SQLModel on pydantic 1 (its ``pydantic.v1`` shim), so the probe
does (SQLModel 0.0.24, pydantic 1.10); ``reflex`` (``Model``, ``serializer``) and ``LocalUser`` are
stubs of ours."""

from recipe import REFLEX_MODEL, Recipe

RECIPE = Recipe(
    name="reflex_form_designer",
    repo="reflex-dev/reflex-examples",
    style="SQLModel on rx.Model, class-named tables, an enum field",
    files=("form-designer/form_designer/models.py",),
    strip="form-designer/",
    stubs={"reflex/__init__.py": REFLEX_MODEL,
           "reflex/utils/__init__.py": "",
           "reflex/utils/serializers.py": "def serializer(function):\n    return function\n",
           "reflex_local_auth/__init__.py": ("import reflex as rx\n\n\n"
                                             "class LocalUser(rx.Model, table=True):\n    username: str\n")},
    metadata="sqlmodel:SQLModel.metadata",
    imports=("form_designer.models",),
    models="form_designer",
    probe_packages=("sqlmodel==0.0.24", "pydantic==1.10.26", "sqlalchemy==2.0.51", "alembic==1.18.5",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE field RENAME COLUMN prompt TO placeholder",
        "ALTER TABLE option ALTER COLUMN label TYPE varchar(255)",
        "ALTER TABLE response ALTER COLUMN ts SET NOT NULL",
        "ALTER TABLE form ADD COLUMN description text",
        "CREATE INDEX ix_fieldvalue_response_id ON fieldvalue (response_id)",
        "COMMENT ON COLUMN response.client_token IS 'the browser session that answered'",
        "ALTER TABLE response ALTER COLUMN hidden SET DEFAULT false",
        "ALTER TABLE option DROP COLUMN value",
        "CREATE TABLE form_share (id serial PRIMARY KEY, form_id integer NOT NULL REFERENCES form (id),"
        " token varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE fieldvalue RENAME TO field_value",
        "ALTER TYPE fieldtype ADD VALUE 'date'",
    ),
    dropped=("option.value",),
)
