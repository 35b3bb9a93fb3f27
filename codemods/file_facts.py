"""What an edit reads of a file that no action changes - its style, the line length it is written
to, what the project's libraries make of a model - worked out once per text of the file while
``facts_kept()`` is on.

The edit process (``codemods.edit_process``) turns it on: while it waits for the plan it works
them out for the model files (:func:`codemods.apply.prepare_edit`), and its edits then start
from them, a tenth of a second less between the plan and the diffs at 1,000 tables. Elsewhere
nothing is kept: a long-lived process (the API, the tests) sees each file as it is when edited.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_kept: dict[Hashable, object] | None = None


@contextmanager
def facts_kept() -> Iterator[None]:
    """Within the block each fact is worked out once for its key (a file and its text)."""
    global _kept
    outer, _kept = _kept, {} if _kept is None else _kept
    try:
        yield
    finally:
        _kept = outer


def forget_facts() -> None:
    """Nothing kept so far is used again (the files are read from elsewhere now)."""
    if _kept is not None:
        _kept.clear()


def kept(key: Hashable, work: Callable[[], T]) -> T:
    """``work()``, or what it gave for ``key`` before while ``facts_kept()`` is on."""
    if _kept is None:
        return work()
    if key not in _kept:
        _kept[key] = work()
    return _kept[key]  # type: ignore[return-value]
