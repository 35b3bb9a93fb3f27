"""reimandlab/ActiveDriverDB (a database of disease mutations that affect post-translational
modification sites, with its web site's content management) - about 60 tables of Flask-SQLAlchemy 2
``db.Model`` classes in two binds: an abstract ``Model`` that names every table by its class
(``__tablename__`` a ``declared_attr`` returning ``cls.__name__.lower()``) and gives it an ``id``
by a ``declared_attr``, and two abstract subclasses that add only ``__bind_key__`` (``'bio'`` and
``'cms'``). The unusual parts: a dozen association ``db.Table``\\ s made by calling a factory of the
application (``make_association_table('site.id', SiteType.id)``: the table name and its two columns
are computed from the keys' names), some assigned in a class body, some inline as a relationship's
``secondary=``, one inside a mixin's ``declared_attr`` (a table per subclass); plain mixins of
columns and ``declared_attr`` foreign keys shared by three mutation tables; joined-table
inheritance whose subclasses name their tables by a ``declared_attr`` method; many
``hybrid_property``\\ s with ``.expression``; a ``TypeDecorator`` of the application (a set stored
in a text column) with ``default=set``; an ``Index`` made after a class; a Python-side default that
is a SQL expression (``default=utc_now()``). The models were written for MySQL: three unnamed
``db.Enum(*names)`` get a name (PostgreSQL's enum types need one), and the ``database`` package
(engine helpers, MySQL-only compiled functions and types) is ours; the factory of association
tables (``helpers/models.py``) is the project's own. It showed the factory's tables unseen: the
factory is outside the models directory, and its ``db.Table(*table_args, info=...)`` (the name an
f-string inside a list) is skipped without a word even when read, so a class was generated for each
association table, which then clashed with the factory's Table at import; the relationships whose
``secondary=`` such a call makes now keep their association tables classless. What is left, by
design: the drift's ``NOT NULL`` on ``site_kinase_association.site_id``, a table made at run time,
which the reader does not read (7/8: Alembic sees it)."""

from recipe import Recipe

_DATABASE = '''from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import func, select

db = SQLAlchemy()


def update(model, **kwargs):
    db.session.query(type(model)).filter_by(id=model.id).update(kwargs, synchronize_session=False)


def fast_count(query):
    return query.session.execute(query.statement.with_only_columns([func.count()]).order_by(None)).scalar()


def count_expression(cls, model, relation=None):
    return select([func.count(model.id)]).label("count")


def client_side_defaults(*columns):
    """The constructor is left as it is."""
    def decorator(init):
        return init
    return decorator
'''

_FUNCTIONS = '''from sqlalchemy import DateTime, Numeric
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class least(FunctionElement):
    type = Numeric()
    name = "least"


class greatest(FunctionElement):
    type = Numeric()
    name = "greatest"


class utc_now(FunctionElement):
    type = DateTime()
    inherit_cache = True


class utc_days_after(FunctionElement):
    type = DateTime()
    name = "utc_days_after"
    inherit_cache = True


@compiles(least)
@compiles(greatest)
def _plain(element, compiler, **kw):
    return compiler.visit_function(element)


@compiles(utc_now)
def _utc_now(element, compiler, **kw):
    return "timezone('utc', now())"


@compiles(utc_days_after)
def _utc_days_after(element, compiler, **kw):
    (days,) = list(element.clauses)
    return "(timezone('utc', now()) + interval '%d days')" % int(days.value)
'''

_TYPES = '''import pickle

from sqlalchemy import LargeBinary, PickleType, Text, TypeDecorator


class ScalarSet(TypeDecorator):
    """A set of scalars joined by a separator in a text column."""

    impl = Text
    cache_ok = True

    def __init__(self, *args, separator=",", element_type=str, empty_indicator="{}", coerce=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.separator, self.element_type, self.empty_indicator = separator, element_type, empty_indicator

    def process_bind_param(self, value, dialect):
        return self.separator.join(map(str, value)) if value else self.empty_indicator

    def process_result_value(self, value, dialect):
        if not value or value == self.empty_indicator:
            return set()
        return set(map(self.element_type, value.split(self.separator)))


class MediumPickle(PickleType):
    impl = LargeBinary


class DataFrameStore(TypeDecorator):
    """A table kept as CSV text."""

    impl = Text
    cache_ok = True
'''

_SECURITY = '''import secrets


def generate_random_token(length=32):
    return secrets.token_urlsafe(length)


def generate_secret_hash(secret):
    return secret


def verify_secret(secret, secret_hash):
    return secret == secret_hash
'''

RECIPE = Recipe(
    name="activedriverdb",
    repo="reimandlab/ActiveDriverDB",
    style="Flask-SQLAlchemy 2, two binds, declared_attr tablename/id, association-table factory, mixins",
    files=("website/models/__init__.py", "website/models/model.py", "website/models/cms.py",
           "website/models/bio/*.py", "website/helpers/models.py", "website/exceptions.py"),
    strip="website/",
    stubs={
        "database/__init__.py": _DATABASE,
        "database/functions.py": _FUNCTIONS,
        "database/types.py": _TYPES,
        "helpers/__init__.py": "",
        "helpers/plots.py": "def sequence_logo(sequences, path=None, title=None):\n    pass\n",
        "security.py": _SECURITY,
    },
    fixes={
        "models/bio/diseases.py": (
            ("db.Column(db.Enum(*clinvar_types))", "db.Column(db.Enum(*clinvar_types, name='clinvar_type'))"),
            ("db.Column(db.Enum(*stars_by_status))", "db.Column(db.Enum(*stars_by_status, name='rev_status'))"),
        ),
        "models/bio/sites.py": ("db.Column(db.Enum(*effect_size_types))",
                                "db.Column(db.Enum(*effect_size_types, name='effect_size_type'))"),
    },
    metadata="database:db.metadata",
    imports=("models",),
    models="models",
    # ``sqlalchemy.ext.declarative.base`` (SQLAlchemy 1.3's) is imported by two modules
    probe_packages=("sqlalchemy==1.3.24", "flask-sqlalchemy==2.5.1", "flask==2.2.5", "werkzeug==2.2.3",
                    "alembic==1.7.7", "psycopg2-binary"),
    drift=(
        "ALTER TABLE gene RENAME COLUMN full_name TO description",
        "ALTER TABLE protein ALTER COLUMN refseq TYPE varchar(64)",
        "ALTER TABLE disease ALTER COLUMN medgen_id SET NOT NULL",
        "ALTER TABLE drug ADD COLUMN approved_on date",
        "CREATE INDEX ix_site_protein_id ON site (protein_id)",
        "COMMENT ON COLUMN mutation.precomputed_is_ptm IS 'cached value of is_ptm'",
        "ALTER TABLE page ALTER COLUMN title SET DEFAULT ''",
        "ALTER TABLE interprodomain DROP COLUMN short_description",
        "CREATE TABLE gene_note (id serial PRIMARY KEY, gene_id integer NOT NULL REFERENCES gene (id)"
        " ON DELETE CASCADE, body text NOT NULL, created_at timestamp NOT NULL DEFAULT now())",
        "ALTER TABLE site_kinase_association ALTER COLUMN site_id SET NOT NULL",
        "ALTER TABLE usersmutationsdataset ALTER COLUMN name TYPE varchar(512)",
        "ALTER TABLE pcawgmutation ALTER COLUMN count SET NOT NULL",
        "ALTER TABLE badword RENAME TO bad_word",
    ),
    dropped=("interprodomain.short_description",),
)
