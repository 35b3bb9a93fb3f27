"""ecmwf-projects/cads-catalogue (the catalogue manager of the Copernicus Climate and Atmosphere
Data Stores, ECMWF: the datasets ("resources") the portals list, with their licences, facets,
messages, portal contents and the large JSON forms and constraints behind each) - 14 tables of
classic ``sa.Column`` declarative classes in one module, on ``sa.orm.declarative_base(metadata=...)``
of a module-level ``MetaData``, SQLAlchemy 2.0 with no ``Mapped`` columns (only relationships are
annotated ``sa.orm.Mapped[List["X"]]``; JSONB and ARRAY columns carry plain ``: Any =`` /
``: List[Any] =`` annotations). The unusual parts: two generated full-text columns,
``sqlalchemy_utils``' ``TSVectorType(regconfig="english")`` with ``sa.Computed("setweight(to_tsvector(
...)) || ...", persisted=True)`` over several columns, indexed by GIN ``sa.Index`` objects on the
Column objects in a ``__table_args__`` written at the end of the class; string enums as
``sa.Enum("info", "warning", ..., name="severity")`` (native PostgreSQL types named in the model);
a self-referential ``related_resources`` ``sa.Table`` with a surrogate key beside three association
classes with composite keys; a foreign key to a unique non-key column (``resources.resource_uid``);
hybrid properties with ``.expression`` twins; Python-side ``default={}`` / ``datetime.utcnow``.
``config.py`` and ``alembic_cli.py`` (which ``database.py`` imports) are the project's own; the
package ``__init__`` is ours."""

from recipe import Recipe

RECIPE = Recipe(
    name="cads_catalogue",
    repo="ecmwf-projects/cads-catalogue",
    style="classic sa.Column declarative, Computed TSVector columns with GIN indexes, named string enums",
    files=("cads_catalogue/database.py", "cads_catalogue/config.py", "cads_catalogue/alembic_cli.py"),
    stubs={"cads_catalogue/__init__.py": ""},
    metadata="cads_catalogue.database:BaseModel.metadata",
    imports=("cads_catalogue.database",),
    models="cads_catalogue",
    line_length=88,  # pyproject.toml [tool.ruff]
    probe_packages=("sqlalchemy==2.0.51", "sqlalchemy-utils==0.41.2", "alembic==1.18.5", "psycopg2-binary"),
    drift=(
        "ALTER TABLE messages RENAME COLUMN summary TO headline",
        "ALTER TABLE related_resources ALTER COLUMN parent_resource_id SET NOT NULL",
        "CREATE TABLE resource_citations (id serial PRIMARY KEY,"
        " resource_id integer NOT NULL REFERENCES resources (resource_id) ON DELETE CASCADE,"
        " doi varchar(255) NOT NULL, year integer CHECK (year > 1900), UNIQUE (resource_id, doi))",
        "ALTER TABLE content_keywords ALTER COLUMN keyword_name TYPE varchar(200)",
        "ALTER TABLE catalogue_updates DROP COLUMN cim_repo_commit",
        "CREATE INDEX ix_resources_publication_date ON resources (publication_date)",
        "COMMENT ON COLUMN resources.search_field IS 'weighted: uid and title A, abstract B, fulltext C'",
        "COMMENT ON TABLE messages IS 'notices shown on the portals'",
        "ALTER TABLE resources ALTER COLUMN popularity SET DEFAULT 1",
        "ALTER TABLE facets ADD COLUMN position integer",
        "ALTER TYPE severity ADD VALUE 'maintenance'",
        "ALTER TABLE licences ALTER COLUMN portal TYPE varchar(64)",
        "ALTER TABLE resources RENAME TO datasets",
    ),
    dropped=("catalogue_updates.cim_repo_commit",),
)
