"""dpgaspar/Flask-AppBuilder (its security models, which Superset and Airflow use): ``Mapped`` with
``mapped_column`` imported in a ``try`` with a fallback of its own, ids from ``Sequence(...,
start=1, increment=1, minvalue=1, cycle=False)``, an abstract base ``Model`` whose
``__table_args__ = {"extend_existing": True}`` every model inherits, ``Mapped[str] = Column(...)``,
``declared_attr`` foreign keys with Python defaults, association ``Table`` objects. The package's
``__init__`` (the whole framework) is a stand-in of ours that exports ``Model``. A table-level
index or a table comment is left to a person here (a ``__table_args__`` of a model's own would
replace the base's), so the drift changes column-level things."""

from recipe import Recipe

RECIPE = Recipe(
    name="appbuilder",
    repo="dpgaspar/Flask-AppBuilder",
    style="Mapped + Sequence ids, abstract base table args",
    files=("flask_appbuilder/security/sqla/*.py", "flask_appbuilder/security/__init__.py",
           "flask_appbuilder/models/__init__.py", "flask_appbuilder/models/sqla/__init__.py",
           "flask_appbuilder/_compat.py"),
    stubs={"flask_appbuilder/__init__.py": '"""Stand-in (ours): the models\' base only."""\n\n'
                                           "from .models.sqla import Model  # noqa: F401\n"},
    stub_roots=("flask_appbuilder", "*"),
    metadata="flask_appbuilder.models.sqla:Base.metadata",
    imports=("flask_appbuilder.security.sqla.models",),
    models="flask_appbuilder/security/sqla",
    drift=(
        "ALTER TABLE ab_user RENAME COLUMN fail_login_count TO failed_login_count",
        "ALTER TABLE ab_user ALTER COLUMN first_name TYPE varchar(128)",
        "ALTER TABLE ab_role ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE ab_permission ADD COLUMN created_at timestamp NOT NULL DEFAULT now()",
        "CREATE INDEX ix_ab_user_last_login ON ab_user (last_login)",
        "COMMENT ON COLUMN ab_view_menu.name IS 'menu entry or view'",
        "ALTER TABLE ab_user DROP COLUMN login_count",
        "ALTER TABLE ab_user ALTER COLUMN active SET DEFAULT true",
        "CREATE TABLE ab_user_token (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES ab_user (id)"
        " ON DELETE CASCADE, token varchar(256) NOT NULL UNIQUE, created_on timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE ab_group ALTER COLUMN description TYPE text",
        # table-level items on classes that inherit Model's {"extend_existing": True}
        "CREATE INDEX ix_ab_role_name_lower ON ab_role (lower(name))",
        "COMMENT ON TABLE ab_view_menu IS 'menu entries and views'",
        "ALTER TABLE ab_user RENAME TO ab_user_v2",
    ),
    dropped=("ab_user.login_count",),
)
