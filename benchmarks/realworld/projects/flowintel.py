"""flowintel/flowintel (CIRCL's case-management platform for security analysts and incident
responders: cases, tasks, notes, templates, MISP taxonomies and galaxies, connectors to MISP and
other tools) - about 70 Flask-SQLAlchemy 3 classes in one module (``app/db_class/db.py``), all of
them ``db.Column`` on ``db.Model`` with no ``__tablename__`` save three: the tables are named by
Flask-SQLAlchemy from class names written with underscores (``Task_Url_Tool`` ->
``task__url__tool``, ``Case_Timeline_Event`` -> ``case__timeline__event``: an underscore
doubled at every word), two of them ``case`` and ``user`` (words PostgreSQL reserves).
Foreign keys are strings, several of them module constants (``FK_CASE_ID = 'case.id'``,
``FK_TASK_TEMPLATE_ID = 'task__template.id'``); most link columns have no key at all. Two classes
put a ``db.UniqueConstraint('case_id', 'org_id', name=...)`` as a bare statement in the class
body (its columns named by strings, so it attaches to no table: the database has no such
constraint). Python-side defaults computed at import (``default=datetime.datetime.now(tz=...)``)
beside lambdas, a ``default=`` with a matching ``server_default=``, ``index=True`` on most columns,
relationships with ``backref`` and ``lazy='dynamic'``. The package's ``__init__`` (the Flask
app factory, redis, the configuration) is a stub of ours giving ``db`` and the login manager;
flask_login is a permissive stub."""

from recipe import Recipe

APP = '''from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class _LoginManager:
    anonymous_user = None

    def user_loader(self, function):
        return function


login_manager = _LoginManager()
'''

RECIPE = Recipe(
    name="flowintel",
    repo="flowintel/flowintel",
    style="Flask-SQLAlchemy, one module, names from Underscore_Class names, FK constants",
    files=("app/db_class/db.py",),
    stubs={"app/__init__.py": APP, "app/db_class/__init__.py": ""},
    stub_roots=("flask_login",),
    metadata="app:db.metadata",
    imports=("app.db_class.db",),
    models="app/db_class",
    made_at_import=tuple(f"app.db_class.db.{attribute}" for attribute in (
        "Alert.creation_date", "Case_Misp_Object.creation_date", "Case_Misp_Object.last_modif",
        "Case_Timeline_Event.creation_date", "ChatConversation.created_at", "ChatConversation.updated_at",
        "ChatMessage.created_at", "Misp_Attribute.creation_date", "Misp_Attribute.last_modif",
        "Note_Template_Model.creation_date", "Note_Template_Model.last_modif", "Rulezet_Rule.date_added",
        "User.creation_date")),
    drift=(
        "ALTER TABLE \"case\" RENAME COLUMN ticket_id TO ticket_ref",
        "ALTER TABLE \"user\" ALTER COLUMN email SET NOT NULL",
        "CREATE TABLE case_watcher (id serial PRIMARY KEY,"
        " case_id integer NOT NULL REFERENCES \"case\" (id) ON DELETE CASCADE,"
        " user_id integer NOT NULL REFERENCES \"user\" (id) ON DELETE CASCADE,"
        " created_at timestamp NOT NULL DEFAULT now(), UNIQUE (case_id, user_id))",
        "ALTER TABLE connector__instance ALTER COLUMN url TYPE varchar(255)",
        "ALTER TABLE org DROP COLUMN default_org",
        "CREATE INDEX ix_task__user_task_id ON task__user (task_id)",
        "ALTER TABLE case__org ADD CONSTRAINT case_org UNIQUE (case_id, org_id)",
        "COMMENT ON COLUMN task.time_required IS 'estimate written by the analyst, free text'",
        "COMMENT ON TABLE taxonomy IS 'MISP taxonomies, loaded from the misp-taxonomies repository'",
        "ALTER TABLE role ALTER COLUMN read_only SET DEFAULT false",
        "ALTER TABLE notification ADD COLUMN link varchar(255)",
        "ALTER TABLE tags ALTER COLUMN color TYPE varchar(7)",
        "ALTER TABLE \"case\" RENAME TO security_case",
    ),
    dropped=("org.default_org",),
)
