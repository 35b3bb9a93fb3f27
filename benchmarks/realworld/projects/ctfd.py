"""CTFd/CTFd: one Flask-SQLAlchemy module with single- and joined-table inheritance
(``polymorphic_on``), ``column_property`` and hybrid properties."""

from recipe import Recipe

RECIPE = Recipe(
    name="ctfd",
    repo="CTFd/CTFd",
    style="Flask-SQLAlchemy",
    files=("CTFd/models/__init__.py",),
    stub_roots=("CTFd", "flask_marshmallow"),
    metadata="CTFd.models:db.metadata",
    imports=("CTFd.models",),
    models="CTFd/models",
    drift=(
        "ALTER TABLE users RENAME COLUMN affiliation TO affiliation_name",
        "ALTER TABLE submissions ALTER COLUMN date SET NOT NULL",
        "CREATE TABLE challenge_ratings (id serial PRIMARY KEY,"
        " challenge_id integer NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,"
        " user_id integer REFERENCES users (id), value integer NOT NULL CHECK (value BETWEEN 1 AND 5),"
        " UNIQUE (challenge_id, user_id))",
        "ALTER TABLE users ALTER COLUMN name TYPE varchar(256)",
        "ALTER TABLE submissions DROP COLUMN ip",
        "ALTER TABLE notifications DROP CONSTRAINT notifications_user_id_fkey,"
        " ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE",
        "CREATE INDEX ix_submissions_date ON submissions (date)",
        "COMMENT ON COLUMN challenges.value IS 'points awarded'",
        "ALTER TABLE users ALTER COLUMN hidden SET DEFAULT false",
        "ALTER TABLE teams ADD COLUMN motto varchar(255)",
        "COMMENT ON TABLE config IS 'key/value settings'",
        "ALTER TABLE tokens ALTER COLUMN expiration SET NOT NULL",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("submissions.ip",),
)
