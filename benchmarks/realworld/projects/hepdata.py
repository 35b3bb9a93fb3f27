"""HEPData/hepdata (the high-energy physics data repository, on Invenio): Flask-SQLAlchemy models on
invenio-db's ``db`` across four modules, foreign keys to invenio-accounts' ``User.id`` (the library
read from the installed package, ``pip install --no-deps invenio-accounts`` where this runs),
``db.Table`` association tables beside the classes, a ``LargeBinaryString`` TypeDecorator imported
from another module, ``db.String(OBSERVER_KEY_LENGTH)`` of the application's config module,
``sqlalchemy_utils.UUIDType``."""

from recipe import Recipe

RECIPE = Recipe(
    name="hepdata",
    repo="HEPData/hepdata",
    style="Flask-SQLAlchemy on invenio-db, association tables, a length from the config module",
    files=("hepdata/modules/permissions/models.py", "hepdata/modules/records/subscribers/models.py",
           "hepdata/modules/stats/models.py", "hepdata/modules/submission/models.py", "hepdata/config.py"),
    stubs={"hepdata/__init__.py": "", "hepdata/modules/__init__.py": "",
           "hepdata/modules/permissions/__init__.py": "", "hepdata/modules/records/__init__.py": "",
           "hepdata/modules/records/subscribers/__init__.py": "", "hepdata/modules/stats/__init__.py": "",
           "hepdata/modules/submission/__init__.py": ""},
    stub_roots=("*",),
    metadata="invenio_db:db.metadata",
    imports=("hepdata.modules.permissions.models", "hepdata.modules.records.subscribers.models",
             "hepdata.modules.stats.models", "hepdata.modules.submission.models"),
    models="hepdata/modules",
    probe_packages=("invenio-db==2.6.1", "invenio-accounts==9.1.0", "sqlalchemy-utils==0.41.2", "psycopg2-binary",
                    "alembic"),
    drift=(
        "ALTER TABLE submissionparticipant RENAME COLUMN affiliation TO institution",
        "ALTER TABLE hepsubmission ALTER COLUMN inspire_id TYPE varchar(256)",
        "ALTER TABLE dataresource ALTER COLUMN file_location SET NOT NULL",
        "ALTER TABLE keyword ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_datasubmission_name ON datasubmission (name)",
        "COMMENT ON COLUMN hepsubmission.doi IS 'the record DOI'",
        "ALTER TABLE datareview ALTER COLUMN version SET DEFAULT 0",
        "ALTER TABLE hepsubmission DROP COLUMN reviewers_notified",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, submission_id integer NOT NULL REFERENCES hepsubmission"
        " (id), created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE daily_access_statistic RENAME TO daily_access_statistics",
    ),
    dropped=("hepsubmission.reviewers_notified",),
)
