"""fedora-infra/tahrir-api: classic declarative on a library's base imported under the name of
SQLAlchemy's class (``from sqlalchemy_helpers import Base as DeclarativeBase``, read from the
installed package), ``unique=True`` beside ``primary_key=True``, text keys made by a Python-side
``default=`` function of the insert's parameters, a private attribute ``_avatar``, ``Unicode``
columns throughout."""

from recipe import Recipe

RECIPE = Recipe(
    name="tahrir",
    repo="fedora-infra/tahrir-api",
    style="classic declarative on a library base under an alias, Python-side key defaults",
    files=("tahrir_api/model.py",),
    stubs={"tahrir_api/__init__.py": ""},
    stub_roots=("*",),
    metadata="tahrir_api.model:DeclarativeBase.metadata",
    imports=("tahrir_api.model",),
    models="tahrir_api",
    line_length=100,
    drift=(
        "ALTER TABLE persons RENAME COLUMN website TO homepage",
        "ALTER TABLE badges ALTER COLUMN stl TYPE varchar(512)",
        "ALTER TABLE series ALTER COLUMN tags SET NOT NULL",
        "ALTER TABLE team ADD COLUMN description text",
        "CREATE INDEX ix_invitations_badge_id ON invitations (badge_id)",
        "COMMENT ON COLUMN issuers.contact IS 'an e-mail address'",
        "ALTER TABLE persons ALTER COLUMN opt_out SET DEFAULT false",
        "ALTER TABLE persons DROP COLUMN bio",
        "CREATE TABLE badge_note (id serial PRIMARY KEY, badge_id varchar(128) NOT NULL REFERENCES badges (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE badges RENAME TO badges_v2",
    ),
    dropped=("persons.bio",),
)
