"""Which transformer carries out which action. Unknown actions fail loudly."""

from __future__ import annotations

from schema_inspector.planner.actions import Action, SuggestSQL

# the modules whose transformers register themselves (``carries_out=``) in TRANSFORMERS
from . import model, table_items, table_options  # noqa: F401
from .render import Renderer
from .transformers import TRANSFORMERS, ActionTransformer

# Actions that are not code edits: SQL for the database, printed or written by the CLI.
NOT_CODE_EDITS: tuple[type[Action], ...] = (SuggestSQL,)


class UnknownActionError(LookupError):
    """An action type no transformer is registered for (a planner/codemod mismatch)."""


def is_code_edit(action: Action) -> bool:
    if isinstance(action, NOT_CODE_EDITS):
        return False
    transformer_class(action)
    return True


def transformer_class(action: Action) -> type[ActionTransformer]:
    try:
        return TRANSFORMERS[type(action)]
    except KeyError:
        raise UnknownActionError(
            f"no codemod for action {type(action).__name__!r} (kind {action.kind!r}); "
            f"known: {', '.join(sorted(c.__name__ for c in TRANSFORMERS))}"
        ) from None


def transformer_for(action: Action, renderer: Renderer) -> ActionTransformer:
    """The transformer that carries out ``action`` in the file ``renderer`` writes for."""
    return transformer_class(action)(action, renderer)
