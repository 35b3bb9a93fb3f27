"""kedro-org/kedro-viz (the pipeline visualiser of Kedro; its session store of experiment-tracking
runs, removed since, so main's last commit with it is laid out): two classes on
``sqlalchemy.orm.declarative_base()`` with a string primary key that is also indexed, a ``JSON``
blob, an integer key with ``autoincrement=True`` and ``index=True``, a unique foreign key written
``ForeignKey(RunModel.id)`` to the other class's column, a Python-side ``default=False``, and
pydantic's ``model_config = ConfigDict(from_attributes=True)`` as a plain class attribute of each
model. ``kedro.io`` is a permissive stub. It showed one miswriting: once the drift dropped the last
``JSON`` column, ``from sqlalchemy.types import JSON`` stayed, as ``JSON = "json"`` (a member of an enum
class in the file) was taken for a use of it (ruff: unused import)."""

from recipe import Recipe

RECIPE = Recipe(
    name="kedro_viz",
    repo="kedro-org/kedro-viz",
    style="classic declarative, two tables, pydantic config attributes on the models",
    files=("package/kedro_viz/models/experiment_tracking.py", "package/kedro_viz/models/utils.py",
           "package/kedro_viz/models/__init__.py"),
    strip="package/",
    stubs={"kedro_viz/__init__.py": ""},
    stub_roots=("kedro",),
    metadata="kedro_viz.models.experiment_tracking:Base.metadata",
    imports=("kedro_viz.models.experiment_tracking",),
    models="kedro_viz/models",
    line_length=88,
    ref="1f4770f4000b0dc9fa86e0cb714e5ffca01e7aab",  # main's last commit with the session store
    drift=(
        "ALTER TABLE user_run_details RENAME COLUMN notes TO comments",
        "ALTER TABLE user_run_details ALTER COLUMN title TYPE varchar(255)",
        "ALTER TABLE user_run_details ALTER COLUMN run_id SET NOT NULL",
        "ALTER TABLE runs ADD COLUMN created_by varchar(64)",
        "CREATE INDEX ix_user_run_details_bookmark ON user_run_details (bookmark)",
        "COMMENT ON COLUMN user_run_details.title IS 'the title a user gave the run'",
        "ALTER TABLE user_run_details ALTER COLUMN bookmark SET DEFAULT false",
        "ALTER TABLE runs DROP COLUMN blob",
        "CREATE TABLE run_tags (id serial PRIMARY KEY, run_id varchar NOT NULL REFERENCES runs (id),"
        " tag varchar(64) NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE user_run_details RENAME TO run_details",
    ),
    dropped=("runs.blob",),
)
