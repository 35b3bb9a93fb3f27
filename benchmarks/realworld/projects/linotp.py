"""LinOTP/LinOTP: Flask-SQLAlchemy (``db.Model``) with the tables' schemas in modules of their own and
the model classes (the behaviour) subclassing them, mixed-case table names (``"Token"``, ``"Config"``,
``"REPORTING"``: quoted identifiers in PostgreSQL), every column named in the call (``LinOtpTokenDesc =
Column("LinOtpTokenDesc", ...)``, ``odata = Column("data", ...)``), two named by module-level f-strings
of an imported prefix (``session_column = f"{COL_PREFIX}session"``: a column prefix for Oracle's
reserved words), ``Sequence("token_seq_id", optional=True)`` on keys, ``Integer()`` written called and
``__table_args__ = {"implicit_returning": implicit_returning}``. The app's other modules are
permissive stubs."""

from recipe import Recipe

RECIPE = Recipe(
    name="linotp",
    repo="LinOTP/LinOTP",
    style="Flask-SQLAlchemy, schema classes subclassed by models, named columns",
    files=("linotp/model/*.py", "linotp/model/schema/*.py"),
    stubs={"linotp/__init__.py": ""},
    stub_roots=("*",),
    metadata="linotp.model:db.metadata",
    imports=("linotp.model",),
    models="linotp/model",
    line_length=88,  # ruff configured, without a line length
    drift=(
        'ALTER TABLE "Token" RENAME COLUMN "LinOtpTokenDesc" TO "LinOtpTokenDescription"',
        'ALTER TABLE "Config" ALTER COLUMN "Value" TYPE text',
        'ALTER TABLE challenges ALTER COLUMN tokenserial SET NOT NULL',
        'ALTER TABLE "Realm" ADD COLUMN "description" varchar(200)',
        'CREATE INDEX ix_challenges_timestamp ON challenges ("timestamp")',
        'COMMENT ON COLUMN "Token"."LinOtpCount" IS \'the event counter\'',
        'ALTER TABLE "Token" DROP COLUMN "LinOtpSeed"',
        'ALTER TABLE "Token" ALTER COLUMN "LinOtpMaxFail" SET DEFAULT 10',
        'CREATE TABLE token_notes (id serial PRIMARY KEY, token_id integer NOT NULL'
        ' REFERENCES "Token" ("LinOtpTokenId"), body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())',
        'ALTER TABLE "Realm" RENAME TO realms',
    ),
    dropped=("Token.LinOtpSeed",),
)
