"""PnX-SI/UsersHub-authentification-module (pypnusershub: the users, groups, organisms and
application rights library of the French national parks' GeoNature suite and UsersHub) - 15 tables
of Flask-SQLAlchemy 3.0 classes on SQLAlchemy 1.4 (the package pins <2), all in the ``utilisateurs``
schema, given by ``__table_args__ = {"schema": "utilisateurs"}`` (some with ``"extend_existing":
True``) and by ``schema="utilisateurs"`` on association ``db.Table`` objects that two classes then map
whole (``class CorRoles(db.Model): __table__ = cor_roles``). Attributes named apart from their
columns (``_password = db.Column("pass", db.Unicode)``), a lengths-by-keyword ``db.Unicode(length=20)``,
``server_default=FetchedValue()`` for a UUID the database's trigger fills, a Python-side default that
is a SQL ``select(func.uuid_generate_v4())``, a string ``server_default="{}"`` on JSONB; database
views mapped as tables with composite keys and keys to the tables
(``v_userslist_forall_applications``), a self-referential many-to-many whose string ``primaryjoin``
names the schema-qualified table (``utilisateurs.cor_roles.c.id_role_utilisateur``) with a
``backref=backref("members", cascade_backrefs=False)``, a plain ``backref="organisme"``, a custom
``query_class``, ``flask_login.UserMixin`` as a second base and the utils-flask-sqla ``@serializable``
/ ``@qfilter`` decorators. ``db/models_register.py``, which nothing imports any more, declares
``TempUser`` and ``CorRoleToken`` a second time over the same two tables (``extend_existing``): it is
laid out (it is in the models' package) but not imported. Ours: the decorators of utils-flask-sqla;
authlib (the tokens of ``db/tools.py``) and flask-marshmallow (``env.py``) are permissive stubs."""

from recipe import UTILS_FLASK_SQLA_STUBS, Recipe

RECIPE = Recipe(
    name="pypnusershub",
    repo="PnX-SI/UsersHub-authentification-module",
    style="1.4 Flask-SQLAlchemy, one non-public schema, __table__ = Table, column names apart, duplicate classes",
    files=("src/pypnusershub/__init__.py", "src/pypnusershub/env.py", "src/pypnusershub/utils.py",
           "src/pypnusershub/db/*.py"),
    strip="src/",
    stubs={
        **UTILS_FLASK_SQLA_STUBS,
    },
    stub_roots=("authlib", "flask_marshmallow"),
    prelude=("CREATE SCHEMA utilisateurs",),
    metadata="pypnusershub.env:db.metadata",
    imports=("pypnusershub.db",),
    models="pypnusershub/db",
    schemas=("utilisateurs",),
    line_length=88,  # black's default: its .github/workflows/lint.yml runs psf/black with no configuration
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "werkzeug==3.1.6",
                    "alembic==1.14.0", "psycopg2-binary", "flask-login==0.6.3", "bcrypt==4.2.1",
                    "packaging==24.2"),
    drift=(
        "ALTER TABLE utilisateurs.bib_organismes RENAME COLUMN tel_organisme TO telephone_organisme",
        "ALTER TABLE utilisateurs.t_roles RENAME COLUMN pass_plus TO pass_bcrypt",
        "ALTER TABLE utilisateurs.t_roles ALTER COLUMN identifiant SET NOT NULL",
        "CREATE TABLE utilisateurs.cor_organism_provider (id serial PRIMARY KEY,"
        " id_organisme integer NOT NULL REFERENCES utilisateurs.bib_organismes (id_organisme) ON DELETE CASCADE,"
        " id_provider integer NOT NULL REFERENCES utilisateurs.t_providers (id_provider),"
        " priority integer NOT NULL DEFAULT 0 CHECK (priority >= 0), UNIQUE (id_organisme, id_provider))",
        "ALTER TABLE utilisateurs.t_listes ALTER COLUMN code_liste TYPE varchar(50)",
        "ALTER TABLE utilisateurs.bib_organismes DROP COLUMN fax_organisme",
        "CREATE INDEX i_t_roles_email ON utilisateurs.t_roles (email)",
        "COMMENT ON COLUMN utilisateurs.t_roles.champs_addi IS 'champs additionnels propres à l''application'",
        "COMMENT ON TABLE utilisateurs.cor_roles IS 'appartenance des utilisateurs aux groupes'",
        "ALTER TABLE utilisateurs.t_roles ALTER COLUMN active SET DEFAULT true",
        "ALTER TABLE utilisateurs.temp_users ALTER COLUMN token_role SET NOT NULL",
        "ALTER TABLE utilisateurs.t_profils ALTER COLUMN code_profil TYPE integer USING code_profil::integer",
        "ALTER TABLE utilisateurs.t_applications ADD COLUMN url_application varchar(255)",
        "ALTER TABLE utilisateurs.t_providers RENAME TO bib_providers",
    ),
    dropped=("bib_organismes.fax_organisme",),
    note=("db/models_register.py's second TempUser (not imported) keeps token_role nullable: the edit goes to "
          "models.py's class only, without a note of the other; without line_length the tool infers 100 from "
          "the file (two string-literal lines black cannot split) where black keeps the code to 88"),
)
