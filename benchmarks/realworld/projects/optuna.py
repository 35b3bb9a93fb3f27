"""optuna/optuna: the RDB storage's classic declarative models, ``declarative_base()`` under a
``try``/``except ImportError`` and the column callable an alias chosen the same way
(``_Column = mapped_column``, else ``Column``), ``Enum(TrialState)`` of ``IntEnum`` classes in other
modules of the package (re-exported by ``optuna.trial``), ``Float(precision=53)``, a
``CheckConstraint`` on a singleton table, ``orm.relationship`` with ``backref=orm.backref(...)``.
The package's other modules are stubs of ours; the enums' own modules are laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="optuna",
    repo="optuna/optuna",
    style="classic declarative, column alias chosen at import, IntEnum enums of other modules",
    files=("optuna/storages/_rdb/models.py", "optuna/study/_study_direction.py", "optuna/trial/_state.py"),
    stubs={"optuna/__init__.py": "", "optuna/storages/__init__.py": "", "optuna/storages/_rdb/__init__.py": "",
           "optuna/study/__init__.py": "",
           "optuna/trial/__init__.py": "from optuna.trial._state import TrialState\n"},
    metadata="optuna.storages._rdb.models:BaseModel.metadata",
    imports=("optuna.storages._rdb.models",),
    models="optuna/storages/_rdb",
    drift=(
        "ALTER TABLE studies RENAME COLUMN study_name TO name",
        # (param_name's length is MAX_INDEXED_STRING_LENGTH, shared by five columns: a by-hand item)
        "ALTER TABLE trial_params ALTER COLUMN distribution_json TYPE varchar(4096)",
        "ALTER TABLE trials ALTER COLUMN datetime_start SET NOT NULL",
        "ALTER TABLE trials ADD COLUMN worker_id varchar(64)",
        "CREATE INDEX ix_trials_state ON trials (state)",
        "COMMENT ON COLUMN trial_values.value IS 'objective value'",
        "ALTER TABLE version_info DROP COLUMN library_version",
        "ALTER TABLE trial_heartbeats ALTER COLUMN heartbeat SET DEFAULT now()",
        "CREATE TABLE trial_tags (trial_tag_id serial PRIMARY KEY, trial_id integer NOT NULL"
        " REFERENCES trials (trial_id), tag varchar(256) NOT NULL, UNIQUE (trial_id, tag))",
        "ALTER TYPE trialstate ADD VALUE 'SKIPPED'",
        "ALTER TABLE trials RENAME TO trials_v2",
    ),
    dropped=("version_info.library_version",),
)
