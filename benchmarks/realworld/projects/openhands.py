"""All-Hands-AI/OpenHands (its enterprise server): classic ``Column`` models, one or two per
module beside the stores that use them (``storage/*.py``), on a declarative base of another
package (``openhands.app_server.utils.sql_utils``), ``Identity()`` keys, a type chosen at import by
whether pytest is loaded, Python enums of other modules, a table named ``user-repos``, and
TypeDecorators of the base's module. The module that makes the engine is a stand-in of ours; the
rest of the application imports as permissive stubs."""

from recipe import Recipe

PACKAGES = ("openhands", "openhands/app_server", "openhands/app_server/utils", "openhands/app_server/app_conversation",
            "openhands/app_server/sandbox", "openhands/app_server/event_callback", "integrations")

RECIPE = Recipe(
    name="openhands",
    repo="All-Hands-AI/OpenHands",
    style="classic declarative, models beside their stores, a base of another package",
    files=("enterprise/storage/*.py", "enterprise/integrations/types.py", "openhands/app_server/utils/sql_utils.py",
           "openhands/app_server/app_conversation/sql_app_conversation_*_service.py",
           "openhands/app_server/app_conversation/app_conversation_models.py",
           "openhands/app_server/event_callback/event_callback_*models.py",
           "openhands/app_server/sandbox/sandbox_models.py",
           "openhands/app_server/sandbox/remote_sandbox_service.py",
           "openhands/app_server/event_callback/sql_event_callback_service.py"),
    strip="enterprise/",
    # the engine the stores use is made at import, with a driver of its own: a stand-in of ours
    stubs={**{f"{package}/__init__.py": "" for package in PACKAGES},
           "storage/database.py": "session_maker = None\na_session_maker = None\n"},
    stub_roots=("*",),
    metadata="storage.base:Base.metadata",
    imports=("storage/*.py", "openhands/app_server/*/sql_*_service.py", "openhands/app_server/sandbox/*.py"),
    models=".",  # the enterprise models and the app server's, which share one base
    line_length=88,
    drift=(
        "ALTER TABLE user_settings RENAME COLUMN agent TO agent_name",
        "ALTER TABLE api_keys ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE slack_teams ALTER COLUMN bot_access_token DROP NOT NULL",
        "ALTER TABLE openhands_prs ADD COLUMN merged_at timestamp",
        "CREATE INDEX ix_openhands_prs_repo_name ON openhands_prs (repo_name)",
        "COMMENT ON COLUMN api_keys.last_used_at IS 'the last request with the key'",
        "ALTER TABLE user_settings DROP COLUMN llm_base_url",
        "ALTER TABLE user_settings ALTER COLUMN language SET DEFAULT 'en'",
        "CREATE TABLE api_key_events (id serial PRIMARY KEY, api_key_id integer NOT NULL REFERENCES api_keys (id),"
        " event text NOT NULL, at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE api_keys RENAME TO api_keys_v2",
    ),
    dropped=("user_settings.llm_base_url",),
)
