"""Imports new code needs go where isort puts them; imports an edit made unused go
(``codemods.imports``)."""

from __future__ import annotations

import ast
import textwrap

import pytest

from schema_inspector.codemods.imports import ImportRequests, add_imports, remove_unused
from schema_inspector.codemods.style import detect_style


def _added(before: str, *wanted: tuple, first_party: frozenset[str] = frozenset({"app"})) -> str:
    requests = ImportRequests()
    for request in wanted:
        requests.need(*request)
    return add_imports(before, detect_style(before, ast.parse(before)), requests, first_party)


HEADER = """\
import enum
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from app.base import Base

from .mixins import Stamped

x = 1
"""


@pytest.mark.parametrize("wanted, expected", [
    # each in its section, in isort's order there (import x before from x import y)
    (("datetime", "datetime"), HEADER.replace("from typing", "from datetime import datetime\nfrom typing")),
    (("uuid", "UUID"), HEADER.replace("from typing import Optional\n", "from typing import Optional\nfrom uuid import UUID\n")),
    (("json", None), HEADER.replace("import enum\n", "import enum\nimport json\n")),
    (("sqlalchemy.dialects.postgresql", "JSONB"),
     HEADER.replace("import sqlalchemy as sa\n", "import sqlalchemy as sa\nfrom sqlalchemy.dialects.postgresql import JSONB\n")),
    (("app.types", "GUID"), HEADER.replace("from app.base import Base\n", "from app.base import Base\nfrom app.types import GUID\n")),
    ((".types", "Money"), HEADER.replace("from .mixins import Stamped\n", "from .mixins import Stamped\nfrom .types import Money\n")),
    # an existing statement of the module takes the name
    (("sqlalchemy.orm", "mapped_column"), HEADER.replace("import Mapped\n", "import Mapped, mapped_column\n")),
    ((".mixins", "Audited"), HEADER.replace("import Stamped\n", "import Audited, Stamped\n")),
])
def test_a_new_import_goes_to_its_section(wanted, expected):
    assert _added(HEADER, wanted) == expected


def test_a_section_the_block_lacks_is_set_apart_by_blank_lines():
    before = "from sqlalchemy import Column\n\nfrom .base import Base\n\nx = 1\n"
    assert _added(before, ("datetime", "datetime")) == (
        "from datetime import datetime\n\nfrom sqlalchemy import Column\n\nfrom .base import Base\n\nx = 1\n")
    assert _added(before, ("app.types", "GUID")) == (
        "from sqlalchemy import Column\n\nfrom app.types import GUID\n\nfrom .base import Base\n\nx = 1\n")


def test_a_parenthesised_import_of_one_name_stays_one_name_per_line():
    before = "from sqlalchemy import (\n    Column,\n)\n\nx = 1\n"
    assert _added(before, ("sqlalchemy", "Integer")) == "from sqlalchemy import (\n    Column,\n    Integer,\n)\n\nx = 1\n"


def test_nothing_is_imported_under_type_checking_or_after_code():
    before = ("from sqlalchemy import Column\n\nif TYPE_CHECKING:\n    from datetime import datetime\n\n"
              "x = 1\n")
    assert _added(before, ("datetime", "date")) == (
        "from datetime import date\n\nfrom sqlalchemy import Column\n\nif TYPE_CHECKING:\n"
        "    from datetime import datetime\n\nx = 1\n")


# privacyidea/privacyidea: imports for type checkers among the module's imports; a name of
# sqlalchemy joins the `from sqlalchemy import` after the block (was a second `from
# sqlalchemy import` statement above the block)
TYPE_CHECKING_AMONG_IMPORTS = (
    "import logging\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from app.token import Token\n\n"
    "from sqlalchemy import Integer, Unicode\nfrom sqlalchemy.orm import Mapped\n\nx = 1\n")


def test_imports_after_an_if_type_checking_block_of_imports_are_the_blocks_too():
    assert _added(TYPE_CHECKING_AMONG_IMPORTS, ("sqlalchemy", "text")) == TYPE_CHECKING_AMONG_IMPORTS.replace(
        "Integer, Unicode", "Integer, Unicode, text")


def test_a_name_the_edit_stopped_using_goes_from_an_import_after_an_if_type_checking_block():
    before = TYPE_CHECKING_AMONG_IMPORTS.replace("x = 1", "x: Mapped[int] = Integer()")
    assert _removed(before, "y: Token = Unicode(5)\n") == before.replace("Integer, Unicode", "Integer")


def test_an_import_already_there_is_not_added_again():
    assert _added(HEADER, ("typing", "Optional"), ("sqlalchemy", None, "sa")) == HEADER


def _removed(before: str, replaced: str) -> str:
    return remove_unused(before, detect_style(before, ast.parse(before)), [replaced])


def test_a_name_the_edit_stopped_using_goes():
    before = "from sqlalchemy import Column, String, Text\n\nx = Column(Text)\n"
    assert _removed(before, "x = Column(String(5))\n") == "from sqlalchemy import Column, Text\n\nx = Column(Text)\n"


def test_a_name_a_statement_of_its_own_line_assigns_is_no_use():
    # kedro-viz: ``blob = Column(JSON)`` dropped, and ``JSON = "json"`` a member of an enum class
    before = ('from enum import Enum\n\nfrom sqlalchemy.types import JSON, String\n\nx = String()\n\n\n'
              'class Group(str, Enum):\n    JSON = "json"\n    OTHER = (\n        JSON\n    )\n')
    assert _removed(before, "blob = Column(JSON)\n") == before  # still used, on a line of its own
    before = before.replace("(\n        JSON\n    )", '"other"')
    assert _removed(before, "blob = Column(JSON)\n") == before.replace("JSON, String", "String")


def test_a_statement_left_empty_goes_and_its_blank_lines_stay():
    before = "import enum\n\nfrom sqlalchemy import String\nfrom sqlalchemy.orm import Mapped\n\nx: Mapped[int]\n"
    assert _removed(before, "y = String(5)\n") == "import enum\n\nfrom sqlalchemy.orm import Mapped\n\nx: Mapped[int]\n"


@pytest.mark.parametrize(("before", "after"), [
    # the first statement of the block goes: the next one takes its place, blank lines and all
    ('"""Models."""\n\nfrom sqlalchemy import String\n\nfrom app import db\n\nx = db.Column(db.Text)\n',
     '"""Models."""\n\nfrom app import db\n\nx = db.Column(db.Text)\n'),
    ("from sqlalchemy import String\n\nfrom app import db\n\nx = db.Column(db.Text)\n",
     "from app import db\n\nx = db.Column(db.Text)\n"),
    # a section of one statement between two others: one blank line between them, not two
    ("import enum\n\nfrom sqlalchemy import String\n\nfrom app import db\n\nx = db.Column(enum)\n",
     "import enum\n\nfrom app import db\n\nx = db.Column(enum)\n"),
    # a comment above the statement that goes stays
    ("import enum\n\n# types\nfrom sqlalchemy import String\n\nfrom app import db\n\nx = db.Column(enum)\n",
     "import enum\n\n# types\n\nfrom app import db\n\nx = db.Column(enum)\n"),
])
def test_a_statement_that_goes_leaves_one_separation_where_there_was_one(before, after):
    assert _removed(before, "y = String(5)\n") == after


@pytest.mark.parametrize("rest", [
    "x = Column(String(5))\n",  # still used
    "x = 1  # type: String\n",  # a type comment
    "__all__ = ['String']\n",  # re-exported
])
def test_a_name_still_mentioned_stays(rest):
    before = f"from sqlalchemy import Column, String\n\n{rest}"
    assert _removed(before, "y = String(5)\n") == before


# graphql-python/graphene-sqlalchemy: ``# Use default=func.now() to set the default hiring time`` above a
# column the drift dropped kept ``func`` imported, and the project's lint failed (F401): linters do not
# read comments. A ``#`` in a string is no comment.
def test_a_mention_in_a_comment_is_no_use():
    before = "from sqlalchemy import Column, String\n\n# String(5) was the old type\nx = Column()  # a String\n"
    assert _removed(before, "y = String(5)\n") == before.replace("Column, String", "Column")
    before = 'from sqlalchemy import Column, String\n\nx = Column(doc="# String")\n'
    assert _removed(before, "y = String(5)\n") == before
    before = 'from sqlalchemy import Column, String\n\nx = Column(doc="#"); y = String(3)  # String\n'
    assert _removed(before, "y = String(5)\n") == before


# PnX-SI/GeoNature-citizen: a class edited whole (a decorated class) named an import only in a commented-out
# method (``#     return full_lists[self.id]``); unused before the edit, it was removed with it - an import
# of a module that runs code when imported. A name the replaced text names in comments only stays.
def test_a_name_the_replaced_text_names_only_in_a_comment_stays():
    before = "from app_lists import full_lists\nfrom sqlalchemy import Column, String\n\nx = Column()\n"
    assert _removed(before, "y = String(5)\n# z = full_lists[1]\n") == before.replace("Column, String", "Column")
    assert _removed(before, "y = full_lists  # full_lists\n") == before.replace(
        "from app_lists import full_lists\n", "")


# GEMINI-Breeding/gemini-framework: a class docstring that names ``JSONB`` (``"""info (dict): extra JSONB
# data."""``) kept the import of a column the drift dropped (F401). A docstring is prose; a string
# elsewhere may be code (``Mapped["String"]``, ``__all__``) and stays a use.
DOCSTRINGS = ['"""A String of old."""', '"""Columns:\n\n    name (String): its name\n    """', "'''String'''",
              '"a String"', '"a " "String"']
USES_IN_STRINGS = ['x: Mapped["String"] = Column()', 'x = Column(); """String"""; y = 3',
                   'x = Column("""String""")', 'x = ("""a""", String)', '"""a""".join(String)',
                   'f"""Stored as {String.__name__}"""', "rf'{String}'"]  # an f-string's fields are code


@pytest.mark.parametrize("docstring", DOCSTRINGS)
def test_a_mention_in_a_docstring_is_no_use(docstring):
    before = f"from sqlalchemy import Column, String\n\n\nclass A:\n    {docstring}\n    x = Column()\n"
    assert _removed(before, "y = String(5)\n") == before.replace("Column, String", "Column")


@pytest.mark.parametrize("use", USES_IN_STRINGS)
def test_a_mention_in_a_string_of_code_is_a_use(use):
    before = f'from sqlalchemy import Column, String\n\n\nclass A:\n    """Doc."""\n    {use}\n'
    assert _removed(before, "y = String(5)\n") == before


def test_a_dotted_use_is_not_a_use_of_the_bare_name():
    before = "import sqlalchemy as sa\nfrom sqlalchemy import String\n\nx = sa.String(5)\n"
    assert _removed(before, "y = String(5)\n") == "import sqlalchemy as sa\n\nx = sa.String(5)\n"


def test_a_keyword_argument_of_that_name_is_not_a_use():
    # zeus: a dropped column was the last ``onupdate=timezone.now``; ``TIMESTAMP(timezone=True)`` stays
    rest = "\na = Column(TIMESTAMP(timezone=True))\nb = f(x, timezone =1)\n"
    before = f"from sqlalchemy import Column\n\nfrom app.utils import timezone\n{rest}"
    assert _removed(before, "c = Column(TIMESTAMP(timezone=True), onupdate=timezone.now)\n") == (
        f"from sqlalchemy import Column\n{rest}")


@pytest.mark.parametrize("rest", ["if timezone == 1: pass\n", "f(timezone)\n", "f(x, timezone)\n"])
def test_a_comparison_or_a_positional_argument_is_a_use(rest):
    before = f"from app.utils import timezone\n\n{rest}"
    assert _removed(before, "c = timezone.now\n") == before


def test_an_import_too_long_for_the_line_is_written_one_name_per_line():
    before = "from sqlalchemy import BigInteger, Column, ForeignKey, Integer, String\n\nx = 1\n"
    style = detect_style(before, ast.parse(before))
    requests = ImportRequests()
    for name in ("Text", "UniqueConstraint", "text"):
        requests.need("sqlalchemy", name)
    assert add_imports(before, style, requests) == (
        "from sqlalchemy import (\n    BigInteger,\n    Column,\n    ForeignKey,\n    Integer,\n    String,\n"
        "    Text,\n    UniqueConstraint,\n    text,\n)\n\nx = 1\n")


# blockchain-etl/ethereum-etl: an import continued with a backslash whose second line a new name
# makes too long was regridded as if it were parenthesised (ValueError: the whole file refused)
BACKSLASHED = ("from sqlalchemy import Table, Column, Integer, BigInteger, Boolean, String, Numeric, \\\n"
               "    MetaData, PrimaryKeyConstraint, VARCHAR, TIMESTAMP, Float\n\nx = 1\n")


def test_an_import_continued_with_a_backslash_too_long_for_the_line_is_written_one_name_per_line():
    after = _added(BACKSLASHED, ("sqlalchemy", "UniqueConstraint"), ("sqlalchemy", "ForeignKeyConstraint"))
    assert after == ("from sqlalchemy import (\n    Table,\n    Column,\n    Integer,\n    BigInteger,\n    Boolean,\n"
                     "    String,\n    Numeric,\n    MetaData,\n    PrimaryKeyConstraint,\n    VARCHAR,\n    TIMESTAMP,\n"
                     "    Float,\n    ForeignKeyConstraint,\n    UniqueConstraint,\n)\n\nx = 1\n")


def test_an_import_whose_names_start_after_a_backslash_is_exploded_after_import():
    before = "from sqlalchemy import \\\n    Table, Column, Integer, BigInteger, Boolean, String, Numeric, MetaData, VARCHAR\n\nx = 1\n"
    after = _added(before, ("sqlalchemy", "UniqueConstraint"))
    assert after.startswith("from sqlalchemy import (\n    Table,\n    Column,\n"), after


def test_an_import_continued_with_a_backslash_that_still_fits_keeps_its_backslash():
    assert _added(BACKSLASHED, ("sqlalchemy", "text")) == BACKSLASHED.replace("Float\n", "Float, text\n")


def test_an_import_after_a_blank_line_too_long_for_the_line_is_written_one_name_per_line():
    # openstack/skyline-apiserver: the import that grows has a blank line above it (after the
    # ``from __future__`` import), which its length is not measured from
    before = ("from __future__ import annotations\n\nfrom sqlalchemy import JSON, Column, Integer, MetaData, String, "
              "Table\n\nx = 1\n")
    style = detect_style(before, ast.parse(before))
    requests = ImportRequests()
    for name in ("DateTime", "ForeignKey", "Index", "Text", "text"):
        requests.need("sqlalchemy", name)
    assert add_imports(before, style, requests, line_length=98) == (
        "from __future__ import annotations\n\nfrom sqlalchemy import (\n    JSON,\n    Column,\n    DateTime,\n"
        "    ForeignKey,\n    Index,\n    Integer,\n    MetaData,\n    String,\n    Table,\n    Text,\n    text,\n)\n"
        "\nx = 1\n")


@pytest.mark.parametrize("names, wanted", [
    # pallets-eco/flask-admin's examples: every name on a line of its own, alphabetical
    (("cast", "Column", "Integer", "sql", "Text"), ("cast", "Column", "Index", "Integer", "sql", "Text")),
    # isort's order (CONSTANTS, Classes, functions)
    (("Column", "Integer", "Text", "cast", "sql"), ("Column", "Index", "Integer", "Text", "cast", "sql")),
    # no order: after them
    (("Text", "Column", "cast"), ("Text", "Column", "cast", "Index")),
])
def test_a_block_of_one_name_per_import_statement_gets_a_statement_of_its_own(names, wanted):
    lines = "".join(f"from sqlalchemy import {name}\n" for name in names)
    before = f"import enum\n\n{lines}from sqlalchemy.orm import Mapped\n\nx = 1\n"
    style = detect_style(before, ast.parse(before))
    requests = ImportRequests()
    requests.need("sqlalchemy", "Index")
    after = "".join(f"from sqlalchemy import {name}\n" for name in wanted)
    assert add_imports(before, style, requests) == f"import enum\n\n{after}from sqlalchemy.orm import Mapped\n\nx = 1\n"


def test_a_name_joins_the_only_statement_of_its_module():
    before = "from sqlalchemy import Column\nfrom sqlalchemy.orm import Mapped\n\nx = 1\n"
    style = detect_style(before, ast.parse(before))
    requests = ImportRequests()
    requests.need("sqlalchemy", "Index")
    assert add_imports(before, style, requests) == (
        "from sqlalchemy import Column, Index\nfrom sqlalchemy.orm import Mapped\n\nx = 1\n")


def test_an_edit_that_takes_import_lines_out_and_asks_for_a_name_keeps_the_block_whole():
    # found by the convergence property: a dropped column took ``DateTime`` (a line of an import
    # written one name per line) out while a new unique constraint asked for ``UniqueConstraint``;
    # the block was then cut where it used to end, one line into the class below
    from schema_inspector.codemods.apply import edit_source
    from schema_inspector.introspect.schema import UniqueConstraint
    from schema_inspector.planner.actions import AddUniqueConstraint, DropColumn

    names = "".join(f"    {name},\n" for name in ("BigInteger", "Boolean", "DateTime", "Integer", "String", "Text"))
    before = (f"from sqlalchemy import (\n{names})\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n"
              "\n\nclass Base(DeclarativeBase):\n    pass\n\n\nclass Tag(Base):\n    __tablename__ = 'tags'\n\n"
              "    id: Mapped[int] = mapped_column(primary_key=True)\n    a: Mapped[int] = mapped_column(Integer)\n"
              "    b: Mapped[int] = mapped_column(Integer)\n    seen = mapped_column(DateTime(timezone=True))\n"
              "    note = mapped_column(Text)\n    flag = mapped_column(Boolean)\n")
    where = {"file": "models.py", "table": "tags", "class_name": "Tag", "reason": "drift"}
    actions = [*(DropColumn(**where, column=name, attribute=name) for name in ("seen", "note", "flag")),
               AddUniqueConstraint(**where, definition=UniqueConstraint(("a", "b"), "tags_a_b_key"))]
    after = edit_source(before, actions)
    ast.parse(after)
    assert "DateTime" not in after and "    Text,\n" not in after and "    UniqueConstraint,\n" in after
    assert after.endswith("    b: Mapped[int] = mapped_column(Integer)\n") and "class Base(DeclarativeBase):\n    pass\n" in after


# kevoreilly/CAPEv2: SQLAlchemy's names imported inside ``try: ... except ImportError:`` (a
# friendlier error when it is missing). A new name got a ``from sqlalchemy import text`` of its own
# at the top of the file, outside the guard; it joins the guarded statement of its module.
GUARDED_IMPORTS = """
    import json
    from datetime import datetime
    from .db_common import Base
    try:
        from sqlalchemy import (
            Integer,
            String,
        )
        from sqlalchemy.orm import Mapped, mapped_column
    except ImportError:  # pragma: no cover
        raise RuntimeError("Unable to import sqlalchemy")
    """


def test_a_new_name_joins_the_guarded_import_of_its_module():
    text = textwrap.dedent(GUARDED_IMPORTS)
    style = detect_style(text, ast.parse(text))
    requests = ImportRequests()
    requests.need("sqlalchemy", "text")
    assert add_imports(text, style, requests) == text.replace("        String,\n", "        String,\n        text,\n")


def test_a_hand_wrapped_import_keeps_its_line_breaks():
    # fedora-infra/koschei: two lines of names in parentheses, unsorted; a new name went to the end
    # and every name joined one line of 144 characters
    before = ("from sqlalchemy import (\n"
              "    Column, Integer, String, Boolean, ForeignKey, DateTime, Index, Float,\n"
              "    CheckConstraint, UniqueConstraint, Enum, Interval, BigInteger\n"
              ")\n")
    assert _added(before, ("sqlalchemy", "Text")) == before.replace("BigInteger\n", "BigInteger, Text\n")


def test_a_hand_wrapped_import_a_new_name_makes_too_long_is_filled_again():
    # jaesivsm/JARR (line length 79): names after the parenthesis, the next line aligned under the
    # first; ForeignKey joined the first line, 87 characters long
    before = ("from sqlalchemy import (Boolean, Column, Enum, ForeignKeyConstraint, Index,\n"
              "                        Integer, PickleType, String)\n")
    text = before + "\nx = 1\n"
    requests = ImportRequests()
    requests.need("sqlalchemy", "ForeignKey")
    after = add_imports(text, detect_style(text, ast.parse(text)), requests, line_length=79)
    assert after == ("from sqlalchemy import (Boolean, Column, Enum, ForeignKey,\n"
                     "                        ForeignKeyConstraint, Index, Integer, PickleType,\n"
                     "                        String)\n\nx = 1\n")
    assert max(map(len, after.splitlines())) <= 79
    # room on its line: the line breaks stay where they were
    assert add_imports(text, detect_style(text, ast.parse(text)), requests, line_length=88) == text.replace(
        "Enum, ForeignKeyConstraint", "Enum, ForeignKey, ForeignKeyConstraint")


def test_a_project_that_forces_single_line_imports_gets_a_statement_a_name():
    # fractal-analytics-platform/fractal-server: ``force-single-line = true`` in its ruff settings;
    # ``Text, text`` joined ``from sqlalchemy import Column`` and ruff reported I001
    text = "from sqlalchemy import Column\nfrom sqlmodel import Field\n\nx = 1\n"
    requests = ImportRequests()
    requests.need("sqlalchemy", "Text")
    requests.need("sqlalchemy", "text")
    style = detect_style(text, ast.parse(text))
    assert add_imports(text, style, requests, single_line=True) == (
        "from sqlalchemy import Column\nfrom sqlalchemy import Text\nfrom sqlalchemy import text\n"
        "from sqlmodel import Field\n\nx = 1\n")
    assert add_imports(text, style, requests).startswith("from sqlalchemy import Column, Text, text\n")


@pytest.mark.parametrize("settings", [
    "[tool.ruff.lint.isort]\nforce-single-line = true\n",
    "[tool.ruff.isort]\nforce-single-line = true\n",
    "[tool.isort]\nforce_single_line = true\n",
])
def test_force_single_line_is_read_from_the_project_settings(tmp_path, settings):
    from schema_inspector.codemods.config_files import single_line_imports

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n\n" + settings)
    (tmp_path / "pkg").mkdir()
    assert single_line_imports(tmp_path / "pkg")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "ruff.toml").write_text("[lint.isort]\ncombine-as-imports = true\n")
    assert not single_line_imports(tmp_path / "other")  # the nearest settings say nothing of it


@pytest.mark.parametrize("names, added, wanted", [
    # dropbox/merou: alphabetical, case aside (flake8-import-order's smarkets style)
    ("Boolean, Column, desc, Enum, Integer, String", ("DateTime", "text"),
     "Boolean, Column, DateTime, desc, Enum, Integer, String, text"),
    # isort's order (CONSTANTS, Classes, functions)
    ("Boolean, Column, Integer, desc", ("DateTime", "text"), "Boolean, Column, DateTime, Integer, desc, text"),
    # no order: after them
    ("String, Boolean, desc", ("DateTime",), "String, Boolean, desc, DateTime"),
])
def test_a_name_joins_an_import_in_its_order(names, added, wanted):
    before = f"from sqlalchemy import {names}\n\nx = 1\n"
    assert _added(before, *(("sqlalchemy", name) for name in added)) == f"from sqlalchemy import {wanted}\n\nx = 1\n"


# deepset-ai/haystack 1.x: the imports and the models inside ``with LazyImport(...) as sqlalchemy_import:``
# (an optional dependency); names the models already import there were imported again at the top
# level. (A new name is still imported there, outside the guard: the block is not the import run.)
LAZY_IMPORTS = (
    "from app.lazy_imports import LazyImport\n\nwith LazyImport(message='pip install app[sql]'):\n"
    "    from sqlalchemy import (\n        Column,\n        String,\n    )\n"
    "    from sqlalchemy.orm import declarative_base\n\n    Base = declarative_base()\n")


def test_a_name_a_top_level_with_block_imports_is_bound():
    bindings = detect_style(LAZY_IMPORTS, ast.parse(LAZY_IMPORTS)).bindings
    assert {"Column", "String", "declarative_base"} <= set(bindings)


# Pylons/pyramid_blogr: ``DateTime,    #<- time abstraction field`` last in a parenthesised import; a
# name added after it took the comment
def test_a_comment_after_the_last_name_stays_with_it():
    before = "from sqlalchemy import (\n    Column,\n    DateTime,    #<- time\n)\n\nx = 1\n"
    assert _added(before, ("sqlalchemy", "Text")) == (
        "from sqlalchemy import (\n    Column,\n    DateTime,    #<- time\n    Text,\n)\n\nx = 1\n")
    assert _added(before, ("sqlalchemy", "Boolean")) == (
        "from sqlalchemy import (\n    Boolean,\n    Column,\n    DateTime,    #<- time\n)\n\nx = 1\n")


# deepset-ai/haystack 1.x: SQLAlchemy imported only in ``with LazyImport(...):``, the optional
# dependency's guard, and the models defined in the block; a new name was imported by a new statement
# of the leading block, outside the guard (the module then fails to import without SQLAlchemy)
GUARDED = """\
import json

from app.lazy_imports import LazyImport

with LazyImport("pip install app[sql]") as sql_import:
    from sqlalchemy import (
        Column,
        String,
    )
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()
"""


def test_a_name_of_a_module_imported_in_a_with_guard_joins_that_import():
    after = _added(GUARDED, ("sqlalchemy", "Text"), ("sqlalchemy", "Boolean"), ("sqlalchemy.orm", "relationship"),
                   ("datetime", "datetime"))
    assert after == GUARDED.replace("import json\n", "import json\nfrom datetime import datetime\n").replace(
        "        Column,\n        String,\n", "        Boolean,\n        Column,\n        String,\n        Text,\n").replace(
        "import declarative_base\n", "import declarative_base, relationship\n")
    # a module the leading block imports from takes the name there, as before
    leading = GUARDED.replace("import json\n", "import json\n\nfrom sqlalchemy import Integer\n")
    assert _added(leading, ("sqlalchemy", "Text")) == leading.replace("import Integer\n", "import Integer, Text\n")
