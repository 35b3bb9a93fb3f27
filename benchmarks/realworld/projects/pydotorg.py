"""JacobCoffee/litestar-pydotorg (a rewrite of python.org on Litestar): SQLAlchemy 2.0 ``Mapped``
classes, one ``models.py`` per domain package, on advanced-alchemy's ``UUIDBase`` / ``UUIDAuditBase``
(through abstract subclasses of the project's own, ``Base`` / ``AuditBase``, and the library's class
directly in ``users``), mixins of ``Mapped`` columns (``SlugMixin``, ``NameSlugMixin(SlugMixin)``) and a
``ContentManageableMixin`` whose foreign keys and relationships are ``declared_attr`` methods, a class
that redeclares a mixin's columns itself (``Job``), ``Enum(StrEnum, values_callable=...)`` columns,
``Numeric`` under ``Mapped[int]``, ``Interval`` with a ``timedelta`` default, association ``Table``\\ s on
``Base.metadata``, named ``UniqueConstraint`` / ``Index`` in ``__table_args__``, annotations of other
modules' classes under ``TYPE_CHECKING``. The packages' ``__init__`` (controllers, services) are
empty stubs of ours; ``python-slugify`` (``slugify``) is a permissive stub."""

from recipe import Recipe

DOMAINS = ("banners", "blogs", "codesamples", "community", "downloads", "events", "jobs", "mailing",
           "minutes", "nominations", "pages", "sponsors", "successstories", "users", "work_groups")

RECIPE = Recipe(
    name="pydotorg",
    repo="JacobCoffee/litestar-pydotorg",
    style="2.0 Mapped on advanced-alchemy's UUID bases, declared_attr mixins, one models.py a domain",
    files=("src/pydotorg/core/database/base.py", "src/pydotorg/domains/*/models.py"),
    strip="src/",
    stubs={"pydotorg/__init__.py": "", "pydotorg/core/__init__.py": "", "pydotorg/core/database/__init__.py": "",
           "pydotorg/domains/__init__.py": "",
           **{f"pydotorg/domains/{domain}/__init__.py": "" for domain in DOMAINS}},
    stub_roots=("*",),
    metadata="pydotorg.core.database.base:Base.metadata",
    imports=tuple(f"pydotorg.domains.{domain}.models" for domain in DOMAINS),
    models="pydotorg",
    python=(3, 11),
    line_length=120,
    drift=(
        "ALTER TABLE jobs RENAME COLUMN company_name TO company",
        "ALTER TABLE release_files RENAME COLUMN md5_sum TO md5_digest",
        "ALTER TABLE feeds ALTER COLUMN website_url TYPE varchar(1000)",
        "ALTER TABLE event_locations ALTER COLUMN address SET NOT NULL",
        "ALTER TABLE sponsors ALTER COLUMN description DROP NOT NULL",
        "ALTER TABLE users ADD COLUMN timezone varchar(64)",
        "CREATE INDEX ix_sponsorships_year ON sponsorships (year)",
        "COMMENT ON COLUMN releases.content IS 'release notes, reStructuredText'",
        "ALTER TABLE jobs ALTER COLUMN telecommuting SET DEFAULT false",
        "ALTER TABLE related_blogs DROP COLUMN description",
        "CREATE TABLE job_flags (id serial PRIMARY KEY, job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
        " reason text NOT NULL, created_at timestamp with time zone NOT NULL DEFAULT now())",
        "ALTER TABLE work_groups ALTER COLUMN slug TYPE varchar(255)",
        "ALTER TABLE community_videos RENAME TO community_video_links",
        "ALTER TYPE jobstatus ADD VALUE 'on_hold'",
    ),
    dropped=("related_blogs.description",),
)
