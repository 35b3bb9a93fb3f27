"""renalreg/ukrdc-sqla (the UK Renal Data Collaborative's main database): SQLAlchemy 2.0 ``Mapped``
classes in one 2,700-line ``ukrdc.py``, 50 tables, written with the project's own ``mapped_column``
- a wrapper of SQLAlchemy's that takes ``sqla_info=ColumnInfo(label, description)`` and makes the
description the column's comment where none is given - and with helpers returning it
(``coding_standard_column()``); lower-case column names, ``ARRAY`` / ``BIT`` / ``JSON`` columns,
association proxies, computed fields of its own. The package's ``utils`` modules are laid out. It
showed one misreading: the wrapper was taken for SQLAlchemy's ``mapped_column``, so the comments it
makes of ``sqla_info`` seemed missing from the models: 125 comment edits where nothing had drifted
(they are not compared now where a call writes no ``comment=``, said once at the wrapper)."""

from recipe import Recipe

RECIPE = Recipe(
    name="ukrdc",
    repo="renalreg/ukrdc-sqla",
    style="2.0 Mapped with the project's own mapped_column wrapper, one big module, 50 tables",
    files=("ukrdc_sqla/ukrdc.py", "ukrdc_sqla/utils/*.py", "ukrdc_sqla/__init__.py"),
    stub_roots=("*",),
    metadata="ukrdc_sqla.ukrdc:Base.metadata",
    imports=("ukrdc_sqla.ukrdc",),
    models="ukrdc_sqla/ukrdc.py",
    drift=(
        "ALTER TABLE allergy RENAME COLUMN allergydesc TO allergy_description",
        "ALTER TABLE allergy ALTER COLUMN allergycode TYPE varchar(200)",
        "ALTER TABLE allergy ALTER COLUMN idx SET NOT NULL",
        "ALTER TABLE patient ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_allergy_allergycode ON allergy (allergycode)",
        "COMMENT ON COLUMN allergy.allergycategorycode IS 'the kind of allergy'",
        "ALTER TABLE allergy DROP COLUMN allergycategorycode",
        "ALTER TABLE allergy ALTER COLUMN idx SET DEFAULT 0",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, pid varchar NOT NULL REFERENCES patientrecord (pid),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE optout RENAME TO opt_outs",
    ),
    dropped=("allergy.allergycategorycode",),
)
