"""Which editor carries out which action. Unknown actions fail loudly."""

from __future__ import annotations

from schema_inspector.planner.actions import Action, SuggestSQL

# the modules whose editors register themselves (``carries_out=``) in EDITORS
from . import model, table_items, table_options  # noqa: F401
from .node_editors import EDITORS, ActionEditor
from .render import Renderer

# Actions that are not code edits: SQL for the database, printed or written by the CLI.
NOT_CODE_EDITS: tuple[type[Action], ...] = (SuggestSQL,)


class UnknownActionError(LookupError):
    """An action type no editor is registered for (a planner/codemod mismatch)."""


def is_code_edit(action: Action) -> bool:
    if isinstance(action, NOT_CODE_EDITS):
        return False
    editor_class(action)
    return True


def editor_class(action: Action) -> type[ActionEditor]:
    try:
        return EDITORS[type(action)]
    except KeyError:
        raise UnknownActionError(
            f"no codemod for action {type(action).__name__!r} (kind {action.kind!r}); "
            f"known: {', '.join(sorted(c.__name__ for c in EDITORS))}"
        ) from None


def editor_for(action: Action, renderer: Renderer) -> ActionEditor:
    """The editor that carries out ``action`` in the file ``renderer`` writes for."""
    return editor_class(action)(action, renderer)
