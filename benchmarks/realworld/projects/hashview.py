"""hashview/hashview: Flask-SQLAlchemy models in one module, table names Flask-SQLAlchemy
derives from the class names (``Users`` -> ``users``, ``JobTasks`` -> ``job_tasks``), a class
whose assignments are lined up in columns (``first_name        = db.Column(db.String(20), ...)``,
its arguments padded too), trailing comments after columns, ``default=datetime.utcnow``. The
app's other modules (flask_login, authlib) are stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="hashview",
    repo="hashview/hashview",
    style="Flask-SQLAlchemy, lined-up assignments",
    files=("hashview/models.py",),
    stubs={"hashview/__init__.py": ""},
    stub_roots=("*",),
    metadata="hashview.models:db.metadata",
    imports=("hashview.models",),
    models="hashview",
    drift=(
        "ALTER TABLE users RENAME COLUMN pushover_app_id TO pushover_app",
        "ALTER TABLE users ALTER COLUMN api_key TYPE varchar(80)",
        "ALTER TABLE jobs ALTER COLUMN queued_at SET NOT NULL",
        "ALTER TABLE users ADD COLUMN timezone varchar(40)",
        "CREATE INDEX ix_jobs_status ON jobs (status)",
        "COMMENT ON COLUMN users.admin IS 'may manage every customer'",
        "ALTER TABLE users DROP COLUMN pushover_user_key",
        "ALTER TABLE settings ALTER COLUMN retention_period SET DEFAULT 30",
        "CREATE TABLE audit_events (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " action varchar(40) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE users RENAME TO users_v2",
    ),
    dropped=("users.pushover_user_key",),
)
