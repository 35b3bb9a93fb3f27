"""renalreg/ukrdc-sqla (the EMPI database, a second ``DeclarativeBase`` of the package): SQLAlchemy
2.0 ``Mapped`` classes with lower-case column names written as ``mapped_column("dateofbirth",
...)``, snake-case ``synonym(...)`` attributes for each of them, and unique indexes written as
statements after the classes that name the synonyms (``Index("ix_person_mrn", Person.originator,
Person.localid, Person.localid_type, unique=True)``). It showed one misreading: an index naming a
synonym was "constraint names unknown column"."""

from recipe import Recipe

RECIPE = Recipe(
    name="ukrdcempi",
    repo="renalreg/ukrdc-sqla",
    style="2.0 Mapped, synonyms named by module-level indexes",
    files=("ukrdc_sqla/empi.py", "ukrdc_sqla/__init__.py"),
    stub_roots=("*",),
    metadata="ukrdc_sqla.empi:Base.metadata",
    imports=("ukrdc_sqla.empi",),
    models="ukrdc_sqla/empi.py",
    drift=(
        "ALTER TABLE person RENAME COLUMN postcode TO post_code",
        "ALTER TABLE person ALTER COLUMN title TYPE varchar(40)",
        "ALTER TABLE person ALTER COLUMN street SET NOT NULL",
        "ALTER TABLE masterrecord ADD COLUMN locale varchar(16)",
        "CREATE INDEX ix_person_surname ON person (surname)",
        "COMMENT ON COLUMN person.gender IS 'as the record gives it'",
        "ALTER TABLE person DROP COLUMN prevsurname",
        "ALTER TABLE person ALTER COLUMN skipduplicatecheck SET DEFAULT false",
        "CREATE TABLE media_backups (id serial PRIMARY KEY, person_id integer NOT NULL REFERENCES person (id),"
        " created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE workitem RENAME TO work_items",
    ),
    dropped=("person.prevsurname",),
)
