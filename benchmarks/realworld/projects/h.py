"""hypothesis/h: SQLAlchemy 2.0 ``DeclarativeBase`` with a naming convention (``ix__``,
``fk__...__...``), ``sa.Column`` classes on mixins (``Timestamps``), a second set of
``MappedAsDataclass`` mixins, the project's TypeDecorators (``URLSafeUUID``), PostgreSQL
enums, JSONB and ``uuid_generate_v1mc()`` server defaults."""

from recipe import Recipe

RECIPE = Recipe(
    name="h",
    repo="hypothesis/h",
    style="2.0 DeclarativeBase, naming convention, mixins",
    files=("h/models/*.py", "h/db/*.py"),
    stubs={"h/__init__.py": ""},
    stub_roots=("h", "zope", "slugify", "pyramid_retry"),
    # the embedded server has no uuid-ossp: a function of that name stands in for it
    prelude=("CREATE FUNCTION uuid_generate_v1mc() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()'",),
    metadata="h.db:Base.metadata",
    imports=("h/models/*.py",),
    models="h/models",
    line_length=88,  # its pyproject's ruff / black default
    drift=(
        "ALTER TABLE document RENAME COLUMN web_uri TO canonical_uri",
        "ALTER TABLE \"user\" ALTER COLUMN display_name SET NOT NULL",
        "CREATE TABLE group_label (id serial PRIMARY KEY,"
        " group_id integer NOT NULL REFERENCES \"group\" (id) ON DELETE CASCADE,"
        " label text NOT NULL CHECK (label <> ''), UNIQUE (group_id, label))",
        "ALTER TABLE organization ALTER COLUMN logo TYPE varchar(2048)",
        "ALTER TABLE \"user\" DROP COLUMN orcid",
        "ALTER TABLE flag DROP CONSTRAINT fk__flag__user_id__user,"
        " ADD CONSTRAINT fk__flag__user_id__user FOREIGN KEY (user_id) REFERENCES \"user\" (id)",
        "CREATE INDEX ix__token_expires ON token (expires)",
        "COMMENT ON COLUMN feature.name IS 'feature flag name'",
        "ALTER TABLE document ALTER COLUMN title SET DEFAULT ''",
        "ALTER TABLE organization ADD COLUMN website text",
        "COMMENT ON TABLE organization IS 'publishers and partners'",
        "ALTER TABLE token ALTER COLUMN expires SET NOT NULL",
    ),
    dropped=("user.orcid",),
)
