"""rsmusllp/king-phisher (a phishing campaign toolkit; its server on PostgreSQL): classic declarative
on ``sqlalchemy.ext.declarative.declarative_base(cls=BaseRowCls)`` in one tab-indented module, every
class decorated ``@register_table`` (a function that registers it and returns it), ``sqlalchemy.``-
qualified names throughout (``sqlalchemy.Column(sqlalchemy.Integer, sqlalchemy.ForeignKey(...))``),
mixins of plain columns shared by several classes (``ExpireMixIn``, ``TagMixIn``: a class of
``TagMixIn`` is ``__tablename__`` and relationships alone), unsized ``String`` columns, the deprecated
``sqlalchemy.Binary``, Python-side defaults of functions of the module and of the application
(``default=utilities.make_message_uid``, ``default=lambda: utilities.random_string(16)``),
``relationship(..., backref=...)`` on both sides; SQLAlchemy 1.3 in the probe (the project pins
1.3.8). The application modules the models import (errors, utilities, signals) are stubs of ours."""

from recipe import Recipe

_ERRORS = """class KingPhisherPermissionError(Exception):
    pass
"""

_UTILITIES = """import random
import string


def random_string(size, charset=None):
    charset = charset or string.ascii_letters + string.digits
    return "".join(random.choice(charset) for _ in range(size))


def make_message_uid():
    return random_string(16)


def make_visit_uid():
    return random_string(24)


def switch(value, comp=None, swapped=False):
    yield lambda case: value == case
"""

_SIGNALS = """def send_safe(signal, logger, sender, **kwargs):
    return ()
"""

RECIPE = Recipe(
    name="kingphisher",
    repo="rsmusllp/king-phisher",
    style="classic declarative, sqlalchemy.-qualified names, @register_table decorator, column mixins",
    files=("king_phisher/server/database/models.py",),
    stubs={"king_phisher/errors.py": _ERRORS, "king_phisher/utilities.py": _UTILITIES,
           "king_phisher/server/signals.py": _SIGNALS},
    metadata="king_phisher.server.database.models:metadata",
    imports=("king_phisher.server.database.models",),
    models="king_phisher/server/database",
    probe_packages=("sqlalchemy==1.3.24", "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE visits RENAME COLUMN user_agent TO browser_user_agent",
        "ALTER TABLE users ALTER COLUMN otp_secret TYPE varchar(32)",
        "ALTER TABLE messages ALTER COLUMN target_email SET NOT NULL",
        "ALTER TABLE companies ADD COLUMN phone_number varchar(32)",
        "CREATE INDEX ix_messages_target_email ON messages (target_email)",
        "COMMENT ON COLUMN campaigns.max_credentials IS 'credentials kept per campaign'",
        "ALTER TABLE deaddrop_connections ALTER COLUMN count SET DEFAULT 1",
        "ALTER TABLE credentials DROP COLUMN regex_validated",
        "CREATE TABLE campaign_notes (id serial PRIMARY KEY, campaign_id integer NOT NULL REFERENCES campaigns"
        " (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE industries RENAME TO company_industries",
        "ALTER TABLE company_departments ALTER COLUMN description TYPE varchar(255)",
    ),
    dropped=("credentials.regex_validated",),
)
