"""Kotti/Kotti: Pyramid CMS on classic declarative SQLAlchemy 1.4. The package's ``Base =
declarative_base(cls=KottiBase)`` is made from a class imported under that alias, whose
``declared_attr`` names every table from its class (``"{}s".format(camel_case_to_name(cls.__name__))``,
its helper imported in the function); joined-table inheritance ``Node`` -> ``Content`` ->
``Document`` / ``File`` with ``__mapper_args__`` a ``declared_attr`` computes; a metaclass; JSON
``TypeDecorator`` columns with mutation tracking; filedepot's ``UploadedFileField``; a blob table
(``blobs``) of its own. Pyramid, zope and the other web packages are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="kotti",
    repo="Kotti/Kotti",
    style="classic declarative, declared_attr table names, joined inheritance",
    files=("kotti/__init__.py", "kotti/sqla.py", "kotti/resources.py", "kotti/security.py", "kotti/util.py",
           "kotti/interfaces.py", "kotti/filedepot.py", "kotti/events.py", "kotti/migrate.py",
           "kotti/request.py", "kotti/traversal.py", "kotti/workflow.py", "kotti/url_normalizer.py",
           "kotti/message.py", "kotti/sanitizers.py"),
    stub_roots=("*",),
    metadata="kotti:metadata",
    imports=("kotti.resources", "kotti.security", "kotti.filedepot"),
    models="kotti",
    line_length=88,
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary", "filedepot==0.11.0", "repoze.lru",
                    "zope.interface", "pyramid==2.0.2"),
    drift=(
        "ALTER TABLE principals RENAME COLUMN title TO display_name",
        "ALTER TABLE nodes ALTER COLUMN name TYPE varchar(300)",
        "ALTER TABLE documents ALTER COLUMN mime_type SET NOT NULL",
        "ALTER TABLE tags ADD COLUMN description text",
        "CREATE INDEX ix_contents_modification_date ON contents (modification_date)",
        "COMMENT ON COLUMN principals.email IS 'login e-mail address'",
        "ALTER TABLE principals DROP COLUMN last_login_date",
        "ALTER TABLE local_groups ALTER COLUMN group_name SET DEFAULT 'role:viewer'",
        "CREATE TABLE audit_entries (id serial PRIMARY KEY, node_id integer NOT NULL REFERENCES nodes (id),"
        " happened_at timestamp NOT NULL DEFAULT now())",
    ),
    dropped=("principals.last_login_date",),
)
