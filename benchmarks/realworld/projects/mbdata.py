"""metabrainz/mbdata (SQLAlchemy models of the MusicBrainz database, generated from its SQL schema by
the project's own tool and committed as one 10,000-line module): about 480 classic ``Column``
declarative classes over five PostgreSQL schemas (``musicbrainz``, ``cover_art_archive``,
``documentation``, ``statistics``, ``wikidocs``), each named in ``__table_args__`` by a config lookup
(``{'schema': mbdata.config.schemas.get('musicbrainz', 'musicbrainz')}``) and every foreign key by a
module helper (``ForeignKey(apply_schema('release.id', 'musicbrainz'), name='..._fk_release')``);
attributes named apart from their columns (``release_id = Column('release', ...)``), named indexes
only, PostgreSQL ``Enum`` types with upper-case names in a schema (``name='FLUENCY'``), ``UUID`` /
``JSONB`` / ``SMALLINT`` / ``CHAR(n)`` / ``Interval`` / ``Point`` (a user-defined type) columns, both
``default=`` and ``server_default=sql.text(...)`` on most flags and counters, ``server_default=
sql.func.now()`` timestamps, ``composite(PartialDate, ...)`` dates over three columns, and hundreds
of ``hybrid_property`` aliases; no PostgreSQL ``cube`` here, so ``mbdata/config.py`` is a stub of
ours with ``use_cube = False`` (an option the project's own config offers: ``Cube`` is ``Text``). It
showed misreadings, mended since: ``server_default=sql.text('-1')`` (stored ``'-1'::integer``) and a default on
an enum whose quoted upper-case type is in a schema (``'absent'::musicbrainz."EVENT_ART_PRESENCE"``)
did not compare equal, and the renamed ``documentation`` table (a schema given by a call) was added as a
new class beside the old one rather than renamed."""

from recipe import Recipe

RECIPE = Recipe(
    name="mbdata",
    repo="metabrainz/mbdata",
    style="generated classic declarative, five schemas by config lookup, composites, hybrids",
    files=("mbdata/models.py", "mbdata/types.py"),
    stubs={
        "mbdata/__init__.py": "",
        "mbdata/config.py": (
            "Base = None\nmetadata = None\nschemas = {}\nuse_cube = False\n\n\n"
            "def freeze():\n    pass\n"),
    },
    metadata="mbdata.models:Base.metadata",
    imports=("mbdata.models",),
    models="mbdata",
    schemas=("musicbrainz", "cover_art_archive", "documentation", "statistics", "wikidocs"),
    prelude=tuple(f"CREATE SCHEMA {name}" for name in (
        "musicbrainz", "cover_art_archive", "documentation", "statistics", "wikidocs")),
    line_length=160,  # its .flake8 max-line-length
    # SQLAlchemy 1.4, as its pyproject allows (^1.4.29)
    probe_packages=("sqlalchemy==1.4.54", "alembic==1.13.3", "psycopg2-binary"),
    drift=(
        "ALTER TABLE musicbrainz.label RENAME COLUMN comment TO disambiguation",
        "ALTER TABLE musicbrainz.artist ALTER COLUMN type SET NOT NULL",
        "CREATE TABLE musicbrainz.artist_social_link (id serial PRIMARY KEY,"
        " artist integer NOT NULL REFERENCES musicbrainz.artist (id) ON DELETE CASCADE,"
        " url text NOT NULL, verified boolean NOT NULL DEFAULT false,"
        " created timestamptz NOT NULL DEFAULT now())",
        "ALTER TABLE musicbrainz.recording ALTER COLUMN comment TYPE varchar(512)",
        "ALTER TABLE musicbrainz.place DROP COLUMN coordinates",
        "CREATE INDEX recording_idx_length ON musicbrainz.recording (length) WHERE length IS NOT NULL",
        "COMMENT ON COLUMN musicbrainz.release.barcode IS 'UPC or EAN as printed'",
        "ALTER TABLE musicbrainz.work ALTER COLUMN edits_pending SET DEFAULT 1",
        "ALTER TABLE musicbrainz.label ADD COLUMN website text",
        "COMMENT ON TABLE cover_art_archive.art_type IS 'front, back, booklet and the others'",
        "ALTER TABLE documentation.l_area_area_example RENAME TO l_area_area_sample",
        "ALTER TABLE statistics.statistic ALTER COLUMN value TYPE bigint",
    ),
    dropped=("place.coordinates",),
)
