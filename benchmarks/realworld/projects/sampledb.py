"""sciapp/sampledb (SampleDB, the sample and measurement metadata database of Forschungszentrum
Jülich's Scientific IT Systems group: samples, measurements and simulations as versioned JSON
objects, the instruments and locations they belong to, their permissions and a federation of
SampleDB instances) - about 110 tables of Flask-SQLAlchemy 3.1 on SQLAlchemy 2.0, one module per
subject. The classes write every column as ``Mapped[...] = db.Column(...)`` (the annotation beside
an old-style ``db.Column``, not ``mapped_column``), and derive from a ``Model`` that ``models/utils.py``
aliases twice: ``DeclarativeBase`` under ``typing.TYPE_CHECKING``, ``db.Model`` at run time. The
objects themselves are no class at all: ``objects.py`` instantiates a helper class of the project's
(``VersionedJSONSerializableObjectTables('objects', user_id_column=User.id, ...)``) whose ``__init__``
builds three ``db.Table`` objects named from the prefix (``objects_current``, ``objects_previous``,
``objects_subversions``) with foreign keys from the Column objects it is given; other classes'
keys name its Column (``db.ForeignKey(Objects.object_id_column)``) or the string
``'objects_current.object_id'``. Also: composite keys as ``db.PrimaryKeyConstraint(object_id,
user_id)`` of class-body Column objects in ``__table_args__``, a composite ``ForeignKeyConstraint``,
association ``db.Table``s without keys, integer-valued ``enum.Enum`` columns (native PostgreSQL
enums of the member names), named CHECKs of several lines, ``server_default=db.false()`` /
``db.text("'{}'::json")`` / ``'FALSE'``, a ``use_alter`` foreign key, ``postgresql.JSON`` / ``JSONB``.
The package's ``__init__`` (the Flask application) is ours: the ``SQLAlchemy()`` object alone; the
data migrations in ``models/migrations`` are not laid out."""

from recipe import Recipe

RECIPE = Recipe(
    name="sampledb",
    repo="sciapp/sampledb",
    style="Flask-SQLAlchemy 3, Mapped[...] = db.Column(...), tables built in a helper's __init__",
    files=("sampledb/models/*.py",),
    stubs={"sampledb/__init__.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"},
    metadata="sampledb:db.metadata",
    imports=("sampledb.models",),
    models="sampledb/models",
    # pycodestyle with E501 ignored (.gitlab-ci.yml): no line length
    drift=(
        "ALTER TABLE users RENAME COLUMN affiliation TO institution",
        "ALTER TABLE action_topics ALTER COLUMN action_id SET NOT NULL",
        "ALTER TABLE objects_current ALTER COLUMN user_id SET NOT NULL",
        "CREATE TABLE instrument_maintenance (id serial PRIMARY KEY,"
        " instrument_id integer NOT NULL REFERENCES instruments (id) ON DELETE CASCADE,"
        " scheduled date NOT NULL, note text, UNIQUE (instrument_id, scheduled))",
        "ALTER TABLE languages ALTER COLUMN lang_code TYPE varchar(35)",
        "ALTER TABLE api_log_entries ALTER COLUMN id TYPE bigint",
        "ALTER TABLE instruments DROP COLUMN create_log_entry_default",
        "CREATE INDEX ix_comments_object_id ON comments (object_id)",
        "COMMENT ON COLUMN users.orcid IS 'ORCID iD, without the https://orcid.org/ prefix'",
        "COMMENT ON TABLE locations IS 'rooms, cabinets and boxes objects are stored in'",
        "ALTER TABLE instruments ALTER COLUMN is_hidden SET DEFAULT false",
        "ALTER TABLE topics ADD COLUMN color varchar(7)",
        "ALTER TYPE usertype ADD VALUE 'SERVICE_ACCOUNT'",
        "ALTER TABLE instruments RENAME TO lab_instruments",
    ),
    dropped=("instruments.create_log_entry_default",),
    note=("the three tables the helper's ``__init__`` builds (``Table(table_name_prefix + '_current', ...)``) are "
          "not compared, though the prefix is the literal ``'objects'`` at the one call site: the SET NOT NULL on "
          "objects_current.user_id is neither applied nor an action or by-hand item (an 'unresolved' line only), "
          "and the 14 keys written ``db.ForeignKey(Objects.object_id_column)`` are not compared"),
)
