"""The model reader's relationships and class-level names (what the planner needs to keep
relationships unambiguous and new attribute names free)."""

from __future__ import annotations

import textwrap

from schema_inspector.introspect.models import RelationshipSource, read_models

SOURCE = '''\
from typing import List, Optional

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, backref, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Named:
    def label(self) -> str:
        return "x"


class User(Named, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    posts: Mapped[List["Post"]] = relationship(back_populates="author")
    drafts: Mapped[list["Post"]] = relationship(primaryjoin="Post.draft_of_id == User.id", viewonly=True)
    groups = relationship("models.Group", secondary="memberships", backref=backref("members", lazy="dynamic"))

    @property
    def name(self) -> str:
        return "n"


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    draft_of_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("users.id"))
    author: Mapped[Optional["User"]] = relationship(foreign_keys=[author_id], back_populates="posts")
    editor: Mapped["User | None"] = relationship()
    reviewer = relationship(lambda: User, backref="reviews")


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
'''


def _read(tmp_path):
    path = tmp_path / "models.py"
    path.write_text(textwrap.dedent(SOURCE), encoding="utf-8")
    return read_models(path), str(path)


def test_relationships_are_read_as_written(tmp_path):
    models, file = _read(tmp_path)
    found = models.relationships
    assert sorted((r.line, r.class_name, r.attribute, r.target) for r in found) == [
        (20, "User", "posts", "Post"),
        (21, "User", "drafts", "Post"),
        (22, "User", "groups", "Group"),
        (35, "Post", "author", "User"),
        (36, "Post", "editor", "User"),
        (37, "Post", "reviewer", "User"),
    ]
    by_name = {r.attribute: r for r in found}
    assert by_name["posts"] == RelationshipSource("User", "posts", "Post", file, 20, 20, back_populates="author")
    assert by_name["drafts"].primaryjoin and not by_name["drafts"].foreign_keys
    assert by_name["groups"].secondary and by_name["groups"].backref == "members"
    assert by_name["author"].foreign_keys and by_name["author"].back_populates == "posts"
    assert by_name["reviewer"].backref == "reviews"


def test_class_names_cover_relationships_methods_properties_and_bases(tmp_path):
    models, _ = _read(tmp_path)
    user = next(c for c in models.classes if c.class_name == "User")
    assert {"id", "posts", "drafts", "groups", "name", "label"} <= set(user.names)
    post = next(c for c in models.classes if c.class_name == "Post")
    assert "label" not in post.names and {"author", "editor", "reviewer", "author_id"} <= set(post.names)
