"""What the project's libraries make of its models, by the versions the project declares
(``introspect.models.library_rules``): a lock file, requirements or ``pyproject.toml`` above the
models, the nearest that names the library; else what is installed where the tool runs."""

from __future__ import annotations

import textwrap

import pytest

from schema_inspector.introspect.models import read_models
from schema_inspector.introspect.models.library_rules import (
    LibraryRules,
    installed_rules,
    library_rules,
)

POETRY_LOCK = """\
[[package]]
name = "pydantic"
version = "1.10.26"
description = "Data validation"

[[package]]
name = "SQLModel"
version = "0.0.22"
"""

DECLARATIONS = {
    "poetry.lock": (POETRY_LOCK, LibraryRules(aware_datetimes=False, none_default_is_optional=True)),
    "uv.lock": ('version = 1\n\n[[package]]\nname = "sqlmodel"\nversion = "0.0.46"\nsource = { registry = "x" }\n',
                LibraryRules(aware_datetimes=True, none_default_is_optional=False)),
    "requirements.txt": ("Flask-SQLAlchemy==2.5.1\npydantic>=1.8,<2\n",
                         LibraryRules(flask_models_take_db_metadata=False, none_default_is_optional=True,
                                      generic_types_of_2=False)),  # Flask-SQLAlchemy 2 runs on SQLAlchemy 1.x
    "pyproject.toml": ('[tool.poetry.dependencies]\npython = "^3.11"\npydantic = "^1.10.4"\n'
                       'sqlmodel = {version = "~0.0.21", extras = []}\n',
                       LibraryRules(aware_datetimes=False, none_default_is_optional=True)),
    "pyproject.toml (PEP 621)": ('[project]\ndependencies = ["pydantic-settings>=2", "sqlmodel[x] >= 0.0.16"]\n',
                                 LibraryRules(aware_datetimes=False)),
}


@pytest.mark.parametrize("declared", sorted(DECLARATIONS))
def test_the_version_the_project_declares_decides(tmp_path, declared, monkeypatch):
    from schema_inspector.introspect.models import library_rules as module

    monkeypatch.setattr(module, "installed_version", lambda distribution: None)  # installed nowhere
    text, expected = DECLARATIONS[declared]
    models = tmp_path / "app" / "models"
    models.mkdir(parents=True)
    (tmp_path / declared.split(" ")[0]).write_text(text)
    read: dict[str, bytes] = {}
    assert library_rules(models, read) == expected
    assert str(tmp_path / declared.split(" ")[0]) in read  # the reader's cache keeps its hash


def test_the_nearest_folder_that_names_the_library_decides(tmp_path, monkeypatch):
    from schema_inspector.introspect.models import library_rules as module

    monkeypatch.setattr(module, "installed_version", lambda distribution: None)
    backend = tmp_path / "backend"
    (backend / "app").mkdir(parents=True)
    (tmp_path / "poetry.lock").write_text(POETRY_LOCK)  # the monorepo's: pydantic 1, SQLModel 0.0.22
    (backend / "requirements.txt").write_text("sqlmodel==0.0.50\n")  # the service's own SQLModel
    rules = library_rules(backend / "app")
    assert (rules.aware_datetimes, rules.none_default_is_optional) == (True, True)


def test_an_exact_version_first_then_the_installed_one_then_a_lower_bound(tmp_path, monkeypatch):
    from schema_inspector.introspect.models import library_rules as module

    installed = {"sqlmodel": (0, 0, 50), "pydantic": (2, 12, 0)}
    monkeypatch.setattr(module, "installed_version", lambda distribution: installed.get(distribution))
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("sqlmodel>=0.0.16\npydantic>=1.10\n")  # what is installed is within these
    assert library_rules(tmp_path) == LibraryRules(aware_datetimes=True, none_default_is_optional=False)
    requirements.write_text("sqlmodel==0.0.16\npydantic>=1.10\n")  # pinned: the pin, though another is installed
    assert library_rules(tmp_path) == LibraryRules(aware_datetimes=False, none_default_is_optional=False)
    # SQLModel not installed here: schema-inspector runs outside the project, and the pydantic beside it
    # is its own (typer's), not the project's: the project's lower bound says more
    del installed["sqlmodel"]
    requirements.write_text("sqlmodel>=0.0.16\npydantic>=1.10\n")
    assert library_rules(tmp_path) == LibraryRules(aware_datetimes=False, none_default_is_optional=True)


def test_without_a_declaration_the_installed_versions_decide(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\ndependencies = ["sqlalchemy>=2"]\n')
    assert library_rules(tmp_path) == installed_rules()


HEROES = """\
from datetime import datetime

from sqlmodel import Field, SQLModel


class Hero(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    nickname: str = None
    born: datetime = Field(default=None)
    rank: int = Field(None, nullable=False)
"""


def test_a_project_on_pydantic_1_and_an_older_sqlmodel(tmp_path):
    """pydantic 1: a field that defaults to None is optional, so nullable (an explicit
    ``nullable=`` still wins); SQLModel before 0.0.45: a ``datetime`` is without time zone."""
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "models.py").write_text(textwrap.dedent(HEROES))

    def columns() -> dict[str, tuple[bool, str]]:
        [table] = read_models(tmp_path / "app").schema.tables
        return {c.name: (c.nullable, c.type.name) for c in table.columns}

    (tmp_path / "pyproject.toml").write_text('[tool.poetry.dependencies]\nsqlmodel = "0.0.50"\npydantic = "^2.5"\n')
    assert columns() == {"id": (False, "integer"), "name": (False, "character varying"),
                         "nickname": (False, "character varying"), "born": (False, "timestamp with time zone"),
                         "rank": (False, "integer")}
    (tmp_path / "pyproject.toml").write_text(f'[tool.poetry]\nname = "app"\n\n{POETRY_LOCK}')  # not a lock: no
    (tmp_path / "poetry.lock").write_text(POETRY_LOCK)
    assert columns() == {"id": (False, "integer"), "name": (False, "character varying"),
                         "nickname": (True, "character varying"), "born": (True, "timestamp without time zone"),
                         "rank": (False, "integer")}


def test_a_new_lock_file_reads_the_models_again(tmp_path):
    """The reader's cache: the rules' files are among those it was read from."""
    from schema_inspector.introspect.models.cache import read_models_cached

    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "models.py").write_text(textwrap.dedent(HEROES))
    (tmp_path / "requirements.txt").write_text("sqlmodel==0.0.50\npydantic==2.12.0\n")
    cache_dir = tmp_path / "cache"

    def nickname() -> bool:
        [table] = read_models_cached(tmp_path / "app", None, cache_dir).schema.tables
        return table.column("nickname").nullable

    assert nickname() is False
    (tmp_path / "requirements.txt").write_text("sqlmodel==0.0.22\npydantic==1.10.26\n")  # edited
    assert nickname() is True
    (tmp_path / "requirements.txt").unlink()
    (tmp_path / "app" / "requirements.txt").write_text("sqlmodel==0.0.50\npydantic==2.12.0\n")  # a nearer one
    assert nickname() is False


def test_the_installed_version_is_the_dist_info_folders(tmp_path, monkeypatch):
    """Read off the ``.dist-info`` folder's name on ``sys.path`` (the first that has one), as the
    packaging standard names it: nothing is imported, and no lookup of ``importlib.metadata``
    leaves reference cycles behind the reader (which runs without the cyclic collector)."""
    from schema_inspector.introspect.models import imports

    first, second = tmp_path / "first", tmp_path / "second"
    (first / "Flask_SQLAlchemy-2.5.1.dist-info").mkdir(parents=True)
    (second / "flask_sqlalchemy-3.1.1.dist-info").mkdir(parents=True)
    (second / "pydantic-1.10.26.dist-info").mkdir()
    (second / "pydantic").mkdir()  # the package itself: not the metadata
    monkeypatch.setattr(imports.sys, "path", [str(first), str(second)])
    imports.installed_version.cache_clear()
    imports._listing.cache_clear()
    try:
        assert imports.installed_version("flask-sqlalchemy") == (2, 5, 1)
        assert imports.installed_version("pydantic") == (1, 10, 26)
        assert imports.installed_version("sqlmodel") is None
    finally:
        imports.installed_version.cache_clear()
        imports._listing.cache_clear()
