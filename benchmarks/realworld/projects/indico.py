"""indico/indico: Flask-SQLAlchemy with its own declarative base (``IndicoModel``, a
metaclass that never invents table names), one PostgreSQL schema per module
(``{'schema': 'roombooking'}``, ``users``), a naming convention with callable tokens set on
the metadata after the fact, custom types (``PyIntEnum``, ``UTCDateTime``, ``PyIPNetwork``),
many mixins, and DDL functions created in a ``before_create`` listener. The users and room
booking modules, with the core database package they build on."""

from recipe import Recipe

SETTINGS = '''\
"""Stand-in (ours) for indico.core.settings: the proxy classes the models derive from."""


class SettingsProxyBase:
    default_sentinel = object()


class SettingsProxy(SettingsProxyBase):
    pass


class ACLProxyBase(SettingsProxyBase):
    pass


class PrefixSettingsProxy(SettingsProxyBase):
    pass


class SettingProperty:
    pass


class AttributeProxyProperty:
    pass
'''

# The tables of indico's other modules that the users and room booking models point at (by
# foreign key or relationship name): minimal classes of ours, a key column each.
STAND_INS = '''\
"""Stand-ins (ours) for the classes of indico's other modules that users and rooms refer to."""

from indico.core.db import db


class Category(db.Model):
    __tablename__ = "categories"
    __table_args__ = {"schema": "categories"}

    id = db.Column(db.Integer, primary_key=True)


class CategoryRole(db.Model):
    __tablename__ = "roles"
    __table_args__ = {"schema": "categories"}

    id = db.Column(db.Integer, primary_key=True)


class Event(db.Model):
    __tablename__ = "events"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)


class EventRole(db.Model):
    __tablename__ = "roles"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)


class Contribution(db.Model):
    __tablename__ = "contributions"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)


class SubContribution(db.Model):
    __tablename__ = "subcontributions"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)


class Session(db.Model):
    __tablename__ = "sessions"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)


class SessionBlock(db.Model):
    __tablename__ = "session_blocks"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)


class RegistrationForm(db.Model):
    __tablename__ = "forms"
    __table_args__ = {"schema": "event_registration"}

    id = db.Column(db.Integer, primary_key=True)


class File(db.Model):
    __tablename__ = "files"
    __table_args__ = {"schema": "indico"}

    id = db.Column(db.Integer, primary_key=True)


class IPNetworkGroup(db.Model):
    __tablename__ = "ip_network_groups"
    __table_args__ = {"schema": "indico"}

    id = db.Column(db.Integer, primary_key=True)


class LocalGroup(db.Model):
    __tablename__ = "groups"
    __table_args__ = {"schema": "users"}

    id = db.Column(db.Integer, primary_key=True)


class Identity(db.Model):
    __tablename__ = "identities"
    __table_args__ = {"schema": "users"}

    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey("users.users.id"), nullable=False)


class APIKey(db.Model):
    __tablename__ = "api_keys"
    __table_args__ = {"schema": "users"}

    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey("users.users.id"), nullable=False)
    is_active = db.Column(db.Boolean, nullable=False, default=True)
    created_dt = db.Column(db.DateTime, nullable=False)
    user = db.relationship("User", back_populates="old_api_keys", overlaps="api_key")
'''

EVENT_PERSONS = '''\
"""Stand-in (ours) for indico.modules.events.models.persons: what an after_configured
listener of the affiliations model selects from."""

from indico.core.db import db


class EventPerson(db.Model):
    __tablename__ = "persons"
    __table_args__ = {"schema": "events"}

    id = db.Column(db.Integer, primary_key=True)
    affiliation_id = db.Column(db.Integer, db.ForeignKey("indico.affiliations.id"))
'''

RECIPE = Recipe(
    name="indico",
    repo="indico/indico",
    style="Flask-SQLAlchemy, a schema per module",
    files=("indico/core/db/__init__.py", "indico/core/db/sqlalchemy/*.py", "indico/core/db/sqlalchemy/custom/*.py",
           "indico/core/db/sqlalchemy/util/*.py", "indico/modules/users/models/*.py", "indico/modules/rb/models/*.py",
           "indico/util/enum.py", "indico/util/decorators.py", "indico/core/settings/models/*.py"),
    stubs={"indico/core/settings/__init__.py": SETTINGS, "indico/modules/corpus_stand_ins.py": STAND_INS,
           "indico/modules/events/models/persons.py": EVENT_PERSONS},
    stub_roots=("indico", "*"),
    metadata="indico.core.db.sqlalchemy:db.metadata",
    imports=("indico.modules.corpus_stand_ins",) + tuple(f"indico.modules.users.models.{name}" for name in (
        "affiliations", "emails", "export", "favorites", "settings", "suggestions", "users",
    )) + tuple(f"indico.modules.rb.models.{name}" for name in (
        "blocked_rooms", "blocking_principals", "blockings", "equipment", "favorites", "locations", "map_areas",
        "photos", "principals", "reservation_edit_logs", "reservation_occurrences", "reservations",
        "room_attributes", "room_bookable_hours", "room_features", "room_nonbookable_periods", "rooms",
    )),
    models="indico",
    line_length=120,
    prelude=("CREATE EXTENSION pg_trgm", "CREATE EXTENSION unaccent"),
    schemas=("public", "indico", "users", "roombooking"),
    # indico's models are written for SQLAlchemy 1.4 (string loader options, Flask-SQLAlchemy 3.0)
    probe_packages=("sqlalchemy==1.4.54", "flask-sqlalchemy==3.0.5", "flask==3.1.3", "alembic==1.19.0",
                    "psycopg2-binary"),
    drift=(
        "ALTER TABLE users.users RENAME COLUMN phone TO phone_number",
        "ALTER TABLE roombooking.reservation_occurrence_links ALTER COLUMN event_id SET NOT NULL",
        "CREATE TABLE roombooking.room_tags (id serial PRIMARY KEY,"
        " room_id integer NOT NULL REFERENCES roombooking.rooms (id) ON DELETE CASCADE,"
        " tag varchar(64) NOT NULL CHECK (tag <> ''), UNIQUE (room_id, tag))",
        "ALTER TABLE users.emails ALTER COLUMN email TYPE varchar(320)",
        "ALTER TABLE roombooking.rooms DROP COLUMN key_location",
        "ALTER TABLE users.emails DROP CONSTRAINT fk_emails_user_id_users,"
        " ADD CONSTRAINT fk_emails_user_id_users FOREIGN KEY (user_id) REFERENCES users.users (id) ON DELETE CASCADE",
        "CREATE INDEX ix_reservations_created_dt ON roombooking.reservations (created_dt)",
        "COMMENT ON COLUMN roombooking.rooms.comments IS 'free text about the room'",
        "ALTER TABLE roombooking.rooms ALTER COLUMN capacity SET DEFAULT 10",
        "COMMENT ON TABLE roombooking.locations IS 'sites with rooms'",
        "ALTER TABLE roombooking.rooms ALTER COLUMN site SET NOT NULL",
    ),
    dropped=("rooms.key_location",),
)
