"""fedora-infra/elections: classic declarative in one module through ``import sqlalchemy as sa``
(``sa.Column(sa.Unicode(150), ...)``), ``func`` imported under another name (``default=safunc.now()``,
a Python-side default that is a SQL expression), ``UnicodeText``, cascading foreign keys written
over several lines, a unique constraint over three columns."""

from recipe import Recipe

RECIPE = Recipe(
    name="elections",
    repo="fedora-infra/elections",
    style="classic declarative through the sa module, aliased func",
    files=("fedora_elections/models.py",),
    stubs={"fedora_elections/__init__.py": ""},
    stub_roots=("*",),
    metadata="fedora_elections.models:BASE.metadata",
    imports=("fedora_elections.models",),
    models="fedora_elections",
    line_length=100,
    drift=(
        "ALTER TABLE elections RENAME COLUMN url_badge TO badge_url",
        "ALTER TABLE candidates ALTER COLUMN fas_name TYPE varchar(255)",
        "ALTER TABLE candidates ALTER COLUMN url SET NOT NULL",
        "ALTER TABLE legalvoters ADD COLUMN added_at timestamp",
        "CREATE INDEX ix_votes_voter ON votes (voter)",
        "COMMENT ON COLUMN elections.alias IS 'the short name in URLs'",
        "ALTER TABLE elections ALTER COLUMN seats_elected SET DEFAULT 1",
        "ALTER TABLE elections DROP COLUMN max_votes",
        "CREATE TABLE election_note (id serial PRIMARY KEY, election_id integer NOT NULL"
        " REFERENCES elections (id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE elections RENAME TO elections_v2",
    ),
    dropped=("elections.max_votes",),
)
