"""Long lines: the file's line length, read or inferred, and black-like wrapping of the
statements the codemods write (``codemods.wrap``)."""

from __future__ import annotations

import pytest

from schema_inspector.codemods.apply import edit_source
from schema_inspector.codemods.wrap import _configured, line_length
from schema_inspector.introspect.schema import Column, ColumnType
from schema_inspector.planner.actions import AddColumn, SetNullable


@pytest.mark.parametrize("name, text, expected", [
    ("pyproject.toml", "[tool.ruff]\nline-length = 120\n", 120),
    ("pyproject.toml", "[tool.black]\nline-length = 100\n", 100),
    ("pyproject.toml", "[tool.ruff]\nline-length = 110\n[tool.black]\nline-length = 100\n", 110),
    ("ruff.toml", "line-length = 95\n", 95),
    ("setup.cfg", "[flake8]\nmax-line-length = 99\n", 99),
    (".flake8", "[flake8]\nmax-line-length = 79\n", 79),
    # hypothesis/h: ruff configured, its line length not: ruff's (and black's) 88
    ("pyproject.toml", "[tool.ruff]\ntarget-version = 'py311'\n[tool.ruff.lint]\nselect = ['ALL']\n", 88),
    ("pyproject.toml", "[tool.black]\ntarget-version = ['py311']\n", 88),
    ("ruff.toml", "[lint]\nselect = ['E']\n", 88),
    ("pyproject.toml", "[tool.ruff.lint]\nselect = ['E']\n[tool.black]\nline-length = 100\n", 100),
    ("pyproject.toml", "[project]\nname = 'app'\n", 79),  # no formatter: the file says it
])
def test_the_project_says_the_line_length(tmp_path, name, text, expected):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "models.py").write_text("x = 1\n", encoding="utf-8")
    _configured.cache_clear()
    assert line_length(str(tmp_path / "app" / "models.py"), "x = 1\n") == expected


@pytest.mark.parametrize("name, text, shared, expected", [
    # lsst-sqre/times-square: the line length is in the file ruff's configuration extends
    ("pyproject.toml", '[tool.ruff]\nextend = "ruff-shared.toml"\n', ("ruff-shared.toml", "line-length = 79\n"), 79),
    ("ruff.toml", 'extend = "../base/pyproject.toml"\n', ("../base/pyproject.toml", "[tool.ruff]\nline-length = 99\n"),
     99),
    ("ruff.toml", 'extend = "a.toml"\n', ("a.toml", 'extend = "b.toml"\n'), 88),  # b.toml is not there: ruff's 88
    ("ruff.toml", 'extend = "a.toml"\nline-length = 100\n', ("a.toml", "line-length = 79\n"), 100),  # its own first
    ("ruff.toml", 'extend = "ruff.toml"\n', ("ruff.toml", 'extend = "ruff.toml"\n'), 88),  # a loop ends
])
def test_the_line_length_may_be_in_the_configuration_ruff_extends(tmp_path, name, text, shared, expected):
    (tmp_path / "base").mkdir()
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    (project / shared[0]).write_text(shared[1], encoding="utf-8")
    (project / name).write_text(text, encoding="utf-8")
    (project / "app" / "models.py").write_text("x = 1\n", encoding="utf-8")
    _configured.cache_clear()
    assert line_length(str(project / "app" / "models.py"), "x = 1\n") == expected


@pytest.mark.parametrize("exclude, expected", [
    ("extend-exclude = ['app']", 79), ("exclude = ['app/*.py']", 79), ("extend-exclude = ['other']", 88)])
def test_a_file_the_configuration_excludes_or_that_is_not_on_disk_is_not_its(tmp_path, exclude, expected):
    (tmp_path / "pyproject.toml").write_text(f"[tool.ruff]\n{exclude}\n", encoding="utf-8")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "models.py").write_text("x = 1\n", encoding="utf-8")
    _configured.cache_clear()
    assert line_length(str(tmp_path / "app" / "models.py"), "x = 1\n") == expected
    assert line_length(str(tmp_path / "app" / "virtual.py"), "x = 1\n") == 79  # not on disk: the text says it


@pytest.mark.parametrize("longest, expected", [(40, 79), (79, 79), (80, 88), (95, 99), (119, 119), (130, 130)])
def test_without_a_setting_the_file_says_it(tmp_path, longest, expected):
    _configured.cache_clear()
    # (a call black can split; a string alone it cannot, and does not count: see below)
    text = "x = 1\n" + "y = f('" + "a" * (longest - 9) + "')\n" + "# " + "c" * 200 + "\n"  # a comment does not count
    assert line_length(str(tmp_path / "models.py"), text) == expected


@pytest.mark.parametrize("pragma", ["# type: ignore[var-annotated]", "# noqa: E501", "# pyright: ignore"])
def test_a_checkers_comment_at_the_end_of_a_line_does_not_count(tmp_path, pragma):
    # pallets-eco/flask-admin: black-formatted at 88, one line long only by its ``# type: ignore``
    code = "    enum_choice_field: Mapped[Enum] = mapped_column(Enum(EnumChoices), nullable=True)"
    text = f"class A:\n{code}  {pragma}\n    y = 1  # a comment of the code's own counts\n"
    assert line_length(str(tmp_path / "models.py"), text) == 88


# mlco2/codecarbon: black at 88, one line 101 characters long by its comment (``)  # This is the first 8
# characters of the SHA-256 hash...``): read as a file written to 119; a ``#`` in a string is no comment
@pytest.mark.parametrize("line, expected", [
    ("    )  # This is the first 8 characters of the SHA-256 hash of the API key. Used for filtering faster", 88),
    ("    x = 'an argument of some length to make it a line long enough, #1'  # and a comment", 88),
    ("    x = f('#' * 20, 'an argument of some length, so long that the code itself passes 88 chars')", 99),
    # code black could split: the line was written to fit, its comment too
    ("    x = f('#' * 20, 'an argument of some length to make it a line long enough')  # a comment", 99),
])
def test_a_comment_at_the_end_of_a_line_does_not_count(tmp_path, line, expected):
    # the file's other lines fit 88, not 79
    text = f"class A:\n    y = g(some_argument, another_argument, a_third_argument, the_fourth_argument_x)\n{line}\n"
    assert line_length(str(tmp_path / "models.py"), text) == expected


# PnX-SI/UsersHub-authentification-module: black at 88 (no setting), two lines of a string alone
# (``+ "...long text..."``, which black cannot split) 95 and 100 long: read as a file of 100. A
# docstring's lines are strings alone too.
# cabotage/cabotage-app: black at 88 (no setting), one line of 142, ``return f"{...}/{...}/..."``, which black
# cannot split: read as a file of 142, and a table comment grew a one-line ``__table_args__`` to 150.
@pytest.mark.parametrize("line", [
    '        return f"{self.application.project.organization.slug}/{self.application.project.slug}/{self.slug}"',
    '    DOCS_URL = "https://example.org/a/documentation/page/that/goes/on/and/on/past/the/line/length/x"',
    '    DOCS_URL: str = "https://example.org/a/documentation/page/that/goes/on/and/on/past/the/line/len"',
])
def test_a_string_returned_or_assigned_alone_does_not_count(tmp_path, line):
    text = f"class A:\n    y = g(some_argument, another_argument, a_third_argument, the_fourth_argument_x)\n{line}\n"
    assert line_length(str(tmp_path / "models.py"), text) == 88


def test_a_line_of_a_string_alone_does_not_count(tmp_path):
    text = (
        'class A:\n'
        '    """A docstring whose line is long: """ + "it goes on, and on, and on, past every limit there is."\n'
        '    y = g(some_argument, another_argument, a_third_argument, the_fourth_argument_x)\n'
        '    message = (\n'
        '        "the first part of a message that a black-formatted file leaves on a line of its own"\n'
        '        + "a second part, which is longer still, as long as a string written by hand can be, yes"\n'
        '    )\n'
        '    """\n'
        '    a docstring line that runs on past the line length, as prose in a docstring often does\n'
        '    """\n'
    )
    assert line_length(str(tmp_path / "models.py"), text) == 88
    # a line that holds code beside its string still counts
    assert line_length(str(tmp_path / "models.py"), text + "    z = f('a string long enough to pass the limit of 88 columns that the rest of it keeps')\n") == 99


SOURCE = '''\
from sqlalchemy import Column, Integer, String, Text, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Post(Base):
    __tablename__ = "post"

    id = Column(Integer, primary_key=True)
    title = Column(String(100), comment="the title people see in lists", info={"x": 1})
    body = Column(Text)
'''

ON = dict(file="models.py", class_name="Post", table="post", reason="t")


def test_a_long_new_statement_is_wrapped_and_a_long_line_of_the_file_is_left_alone(tmp_path):
    # the file's longest line is 88 characters: an 88 file
    _configured.cache_clear()
    path = tmp_path / "models.py"
    actions = [
        AddColumn(**ON, attribute="summary", column="summary", after="body", definition=Column(
            "summary", ColumnType("text"), nullable=False, default="'nothing to say yet'::text")),
        AddColumn(**ON, attribute="very_long_column_name_for_wrapping", column="very_long_column_name_for_wrapping",
                  after="summary", definition=Column("very_long_column_name_for_wrapping", ColumnType(
                      "character varying", length=250), nullable=False, default="'a default text, long enough'::text",
                      comment="and a comment")),
    ]
    after = edit_source(SOURCE, [replace_file(a, path) for a in actions])
    assert after == SOURCE + (
        "    summary = Column(\n"
        "        Text, nullable=False, server_default=text(\"'nothing to say yet'::text\")\n"
        "    )\n"
        "    very_long_column_name_for_wrapping = Column(\n"
        "        String(250),\n"
        "        nullable=False,\n"
        "        server_default=text(\"'a default text, long enough'::text\"),\n"
        '        comment="and a comment",\n'
        "    )\n"
    )


def replace_file(action, path):
    from dataclasses import replace

    return replace(action, file=str(path))


TITLE = '    title = Column(String(100), comment="the title people see in lists", info={"x": 1})\n'
# the title made NOT NULL, too long for one line: one argument a line, as black writes it
TITLE_NOT_NULL = SOURCE.replace(TITLE, (
    "    title = Column(\n"
    "        String(100),\n"
    '        comment="the title people see in lists",\n'
    '        info={"x": 1},\n'
    "        nullable=False,\n"
    "    )\n"))


def _title_not_null(tmp_path, source: str | None = None) -> tuple[SetNullable, str]:
    """The action that makes ``title`` NOT NULL, and ``source`` edited by it, in a project whose
    line length is 88 (``SOURCE``'s own when ``source`` is None: it says 88 too)."""
    _configured.cache_clear()
    action = SetNullable(**{**ON, "file": str(tmp_path / "models.py")}, attribute="title", column="title", nullable=False)
    if source is None:
        return action, edit_source(SOURCE, [action])
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 88\n", encoding="utf-8")
    (tmp_path / "models.py").write_text(source, encoding="utf-8")
    return action, edit_source(source, [action])


def test_an_edit_that_makes_a_statement_too_long_wraps_it(tmp_path):
    action, after = _title_not_null(tmp_path)
    assert after == TITLE_NOT_NULL
    assert edit_source(after, [action]) == after


@pytest.mark.parametrize("pragma", ["# type: ignore", "# type: ignore[assignment]", "# noqa: E501",
                                    "# pyright: ignore"])
def test_a_statement_with_a_checkers_pragma_is_left_on_its_line(tmp_path, pragma):
    """freqtrade writes ``# type: ignore`` after each column: split over lines, the statement's
    other lines would lose it, so the statement stays whole, as black leaves it."""
    source = SOURCE.replace('info={"x": 1})\n', f'info={{"x": 1}})  {pragma}\n')
    action, after = _title_not_null(tmp_path, source)
    assert after == source.replace('info={"x": 1})', 'info={"x": 1}, nullable=False)')
    # a plain comment does not hold the statement together
    plain = SOURCE.replace('info={"x": 1})\n', 'info={"x": 1})  # shown in lists\n')
    assert edit_source(plain, [action]).count("\n") > plain.count("\n")


def test_a_hugged_call_whose_line_of_arguments_grows_too_long_gets_one_argument_a_line(tmp_path):
    # notifications-api: ``status = db.Column(\n    db.Enum(...), nullable=False, default=...\n)``
    # took server_default= on its line of arguments, 146 characters at a line length of 120
    source = SOURCE.replace(
        TITLE, '    title = Column(\n        String(100), comment="the title people see in lists", info={"x": 1}\n    )\n')
    action, after = _title_not_null(tmp_path, source)
    assert after == TITLE_NOT_NULL
    assert edit_source(after, [action]) == after


def test_a_packed_line_an_edit_made_too_long_breaks_and_one_the_file_had_stays():
    import libcst as cst

    from schema_inspector.codemods.wrap import wrap_statement

    def wrapped(text: str, before: str) -> str:
        statement = cst.parse_statement(text)
        return cst.Module([]).code_for_node(wrap_statement(statement, 4, "    ", 40,
                                                           original=cst.parse_statement(before)))

    grown = "x = f(g(\n    'aaaa', 'bbbb', 'cccc', 'dddd', k=1),\n    n=2)\n"
    before = "x = f(g(\n    'aaaa', 'bbbb', 'dddd', k=1),\n    n=2)\n"
    assert wrapped(grown, before) == "x = f(g(\n    'aaaa', 'bbbb', 'cccc', 'dddd',\n    k=1),\n    n=2)\n"
    # the long line was the file's: the edit (n=3) leaves it
    assert wrapped(grown.replace("n=2", "n=3"), grown) == grown.replace("n=2", "n=3")


def test_an_argument_still_too_long_on_its_own_line_is_wrapped_in_turn():
    # invenio-github: a new column's ``db.ForeignKey("...", name="..._fkey", ondelete="CASCADE"),``
    # stayed a 110-column line at 88 once the column's arguments went one to a line
    import libcst as cst

    from schema_inspector.codemods.wrap import wrap_statement

    statement = cst.parse_statement('release_id = db.Column(UUIDType, db.ForeignKey("github_releases.id", '
                                    'name="github_release_assets_release_id_fkey", ondelete="CASCADE"), '
                                    'nullable=False)\n')
    code = cst.Module([]).code_for_node(wrap_statement(statement, 4, "    ", 88))
    assert code == ('release_id = db.Column(\n'
                    '    UUIDType,\n'
                    '    db.ForeignKey(\n'
                    '        "github_releases.id",\n'
                    '        name="github_release_assets_release_id_fkey",\n'
                    '        ondelete="CASCADE",\n'
                    '    ),\n'
                    '    nullable=False,\n'
                    ')\n')
    assert max(4 + len(line) for line in code.splitlines()) <= 88


def test_a_call_alone_on_its_line_that_an_edit_made_too_long_is_wrapped_as_black_would():
    # memodb-io/memobase: a table rename made ``ForeignKey("memobase_projects.project_id", ondelete=...,
    # onupdate=...),`` alone on its line in an exploded mapped_column(...) 91 columns at black's 88
    import libcst as cst

    from schema_inspector.codemods.wrap import wrap_statement

    before = ('project_id: Mapped[str] = mapped_column(\n    VARCHAR(64),\n'
              '    ForeignKey("projects.project_id", ondelete="CASCADE", onupdate="CASCADE"),\n    nullable=False,\n)\n')
    grown = before.replace('"projects.', '"memobase_projects.')
    code = cst.Module([]).code_for_node(wrap_statement(cst.parse_statement(grown), 4, "    ", 88,
                                                       original=cst.parse_statement(before)))
    assert code == ('project_id: Mapped[str] = mapped_column(\n    VARCHAR(64),\n    ForeignKey(\n'
                    '        "memobase_projects.project_id", ondelete="CASCADE", onupdate="CASCADE"\n    ),\n'
                    '    nullable=False,\n)\n'), code
    assert max(4 + len(line) for line in code.splitlines()) <= 88
