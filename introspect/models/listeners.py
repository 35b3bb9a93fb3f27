"""Event listeners of the files read that change what the reader sees of a model.

healpix-alchemy listens to every ``Index`` being attached to its table and makes the index of an
indexed ``Tile`` column SP-GiST::

    @sa.event.listens_for(sa.Index, "after_parent_attach")
    def _create_indices(index, parent):
        if ... isinstance(index.expressions[0].type, Tile):
            index.dialect_options["postgresql"]["using"] = "spgist"

What such a listener does is code, never run here: the method of an index on a column typed with
one of its module's TypeDecorators is taken to be the listener's business (not compared).
"""

from __future__ import annotations

import ast

from .exprs import last_name
from .scan import ScanResult

_ATTACHED = b"after_parent_attach"


def index_listened_types(scan: ScanResult) -> tuple[str, ...]:
    """The TypeDecorators (by name) defined in a module that listens to ``Index`` attachments."""
    listening = {id(module.source) for module in scan.modules
                 if _ATTACHED in module.source.utf8 and _listens_to_indexes(module.syntax_tree().body)}
    return tuple(sorted(name for name, info in scan.decorators.items() if id(info.source) in listening))


def _listens_to_indexes(body: list[ast.stmt]) -> bool:
    """A ``@event.listens_for(Index, "after_parent_attach")`` function, or an ``event.listen(Index,
    "after_parent_attach", ...)`` call, at the module's top level."""
    calls = [decorator for statement in body if isinstance(statement, ast.FunctionDef)
             for decorator in statement.decorator_list if isinstance(decorator, ast.Call)]
    calls += [statement.value for statement in body
              if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)]
    return any(last_name(call.func) in ("listens_for", "listen") and len(call.args) >= 2
               and last_name(call.args[0]) == "Index" and isinstance(call.args[1], ast.Constant)
               and call.args[1].value == "after_parent_attach" for call in calls)
