"""CCExtractor/sample-platform (CCExtractor's regression-test CI, on Flask): SQLAlchemy 2.0's
``DeclarativeBase`` with classic ``Column`` attributes, models spread over the blueprints' packages
(``mod_*/models.py``, ``mod_api/models/api_token.py``) importing one another's classes, foreign keys
naming a class attribute (``ForeignKey(Test.id, onupdate="CASCADE", ondelete="RESTRICT")``) or a
string, ``{'mysql_engine': 'InnoDB'}`` table args (one in a tuple after a named ``UniqueConstraint``),
association ``Table`` objects on ``Base.metadata``, a module-level ``Index('tag_name_index',
Tag.name)``, composite primary keys of foreign keys, a table named ``user`` (quoted in PostgreSQL), and
the project's ``DeclEnum`` (a metaclass registry of ``(value, description)`` tuples) whose column type
is a classmethod call, ``Role.db_type()``, giving a ``String(50)`` TypeDecorator (no PostgreSQL enum).
What the models import and is not laid out (passlib, pytz, tzlocal) is a permissive stub. It showed a
misreading, mended: the module-level Index assigned to a name (``tag_name_index = Index('tag_name_index',
Tag.name)``) was not read (a bare ``Index(...)`` statement was), so an index already there was added to
the class's ``__table_args__`` where nothing had drifted (two indexes of one name: ``create_all``
failed). The ``X.db_type()`` columns' type is left unresolved (it is ``varchar(50)``): a note, no edit."""

from recipe import Recipe

RECIPE = Recipe(
    name="sample_platform",
    repo="CCExtractor/sample-platform",
    style="2.0 DeclarativeBase with Column, DeclEnum TypeDecorators from a classmethod, Flask blueprints",
    files=("database.py", "exceptions.py", "mod_*/models.py", "mod_api/models/*.py", "mod_test/nicediff/*.py"),
    stub_roots=("*",),
    metadata="database:Base.metadata",
    imports=("mod_auth.models", "mod_home.models", "mod_sample.models", "mod_regression.models",
             "mod_test.models", "mod_upload.models", "mod_customized.models", "mod_ci.models",
             "mod_api.models.api_token"),
    models=".",
    line_length=120,
    drift=(
        "ALTER TABLE sample RENAME COLUMN original_name TO source_name",
        "ALTER TABLE fork ALTER COLUMN github TYPE varchar(512)",
        "ALTER TABLE regression_test ALTER COLUMN expected_rc SET NOT NULL",
        "ALTER TABLE category ADD COLUMN color varchar(7)",
        "CREATE INDEX ix_test_commit ON test (commit)",
        "COMMENT ON COLUMN test.pr_nr IS 'the pull request number, 0 for a push'",
        "ALTER TABLE test_result ALTER COLUMN runtime SET DEFAULT 0",
        "ALTER TABLE sample_issue DROP COLUMN status",
        "ALTER TABLE upload_log ALTER COLUMN message DROP NOT NULL",
        "CREATE TABLE test_note (id serial PRIMARY KEY, test_id integer NOT NULL REFERENCES test (id),"
        " body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE blocked_users RENAME TO blocked_accounts",
    ),
    dropped=("sample_issue.status",),
    note="no enum in the drift: the project's DeclEnum columns are varchar(50), no PostgreSQL enum",
)
