from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import MappedColumn
from sqlalchemy.orm import mapped_column as _sqlalchemy_mapped_column


@dataclass
class Help:
    label: str
    text: str


def mapped_column(*args: Any, help: Help | None = None, **kwargs: Any) -> MappedColumn:
    info = dict(kwargs.pop("info", {}) or {})
    if help is not None:
        info["help"] = help
        if "comment" not in kwargs and help.text:
            kwargs["comment"] = help.text
    return _sqlalchemy_mapped_column(*args, info=info, **kwargs)
