"""tracim/tracim: classic declarative on ``declarative_base(metadata=MetaData(naming_convention=...))``
(``uq__%(table_name)s__%(column_0_name)s``, ``pk_%(table_name)s``), every name imported alone on a
line of its own (``from sqlalchemy import Column`` / ``from sqlalchemy.types import Integer``), explicit
``Sequence("seq__users__user_id")`` on integer keys, ``Enum(PythonEnum)`` with server defaults from
the members (``server_default=AuthType.INTERNAL.name``), lengths from module constants
(``Unicode(MAX_EMAIL_LENGTH)``), an attribute mapped to another column name (``_password =
Column("password", ...)``), mixins of creation and trash dates, and a project ``TypeDecorator`` over
filedepot's ``UploadedFileField`` (a stub of our own: ``Unicode(4096)`` made ``text``). The app's
other modules are permissive stubs."""

from recipe import Recipe

_DEPOT_FIELD = (
    "from sqlalchemy import types\n\n\n"
    "class UploadedFileField(types.TypeDecorator):\n"
    "    impl = types.Unicode(4096)\n    cache_ok = True\n\n"
    "    def __init__(self, filters=(), upload_type=None, upload_storage=None, *args, **kw):\n"
    "        super().__init__(*args, **kw)\n"
)

RECIPE = Recipe(
    name="tracim",
    repo="tracim/tracim",
    style="classic declarative, one import per line, Sequence keys, Enum of Python enums",
    files=("backend/tracim_backend/models/*.py",),
    strip="backend/",
    stubs={"tracim_backend/__init__.py": "", "depot/__init__.py": "", "depot/fields/__init__.py": "",
           "depot/fields/sqlalchemy.py": _DEPOT_FIELD},
    stub_roots=("*",),
    metadata="tracim_backend.models.meta:metadata",
    imports=("tracim_backend.models.auth", "tracim_backend.models.call", "tracim_backend.models.data",
             "tracim_backend.models.database_version", "tracim_backend.models.event",
             "tracim_backend.models.favorites", "tracim_backend.models.reaction", "tracim_backend.models.social",
             "tracim_backend.models.tag", "tracim_backend.models.user_custom_properties",
             "tracim_backend.models.userconfig"),
    models="tracim_backend/models",
    line_length=100,
    drift=(
        "ALTER TABLE users RENAME COLUMN display_name TO public_name",
        "ALTER TABLE tag ALTER COLUMN tag_name TYPE text",
        "ALTER TABLE users ALTER COLUMN auth_token_created SET NOT NULL",
        "ALTER TABLE workspaces ADD COLUMN color varchar(7)",
        "CREATE INDEX ix_content_revisions_label ON content_revisions (label)",
        "COMMENT ON COLUMN users.timezone IS 'an IANA time zone'",
        "ALTER TABLE users DROP COLUMN imported_from",
        "ALTER TABLE workspaces ALTER COLUMN is_deleted SET DEFAULT false",
        "CREATE TABLE workspace_notes (id serial PRIMARY KEY, workspace_id integer NOT NULL"
        " REFERENCES workspaces (workspace_id), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE tag RENAME TO tags",
    ),
    dropped=("users.imported_from",),
)
