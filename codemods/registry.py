"""Which transformer carries out which action. Unknown actions fail loudly."""

from __future__ import annotations

from schema_inspector.planner.actions import (
    Action,
    AddColumn,
    AddEnumMember,
    AddIndex,
    AddModel,
    AddUniqueConstraint,
    DropColumn,
    DropIndex,
    DropUniqueConstraint,
    MapColumnName,
    OverrideColumn,
    SetComment,
    SetForeignKey,
    SetIdentity,
    SetNullable,
    SetPrimaryKey,
    SetRelationshipForeignKeys,
    SetServerDefault,
    SetTableComment,
    SetTableName,
    SetType,
    SuggestSQL,
)

from .model import AddModelTransformer
from .render import Renderer
from .table_items import (
    AddIndexTransformer,
    AddUniqueConstraintTransformer,
    DropIndexTransformer,
    DropUniqueConstraintTransformer,
)
from .table_options import SetTableCommentTransformer
from .transformers import (
    ActionTransformer,
    AddColumnTransformer,
    AddEnumMemberTransformer,
    DropColumnTransformer,
    MapColumnNameTransformer,
    OverrideColumnTransformer,
    SetCommentTransformer,
    SetForeignKeyTransformer,
    SetIdentityTransformer,
    SetNullableTransformer,
    SetPrimaryKeyTransformer,
    SetRelationshipForeignKeysTransformer,
    SetServerDefaultTransformer,
    SetTableNameTransformer,
    SetTypeTransformer,
)

TRANSFORMERS: dict[type[Action], type[ActionTransformer]] = {
    SetTableName: SetTableNameTransformer,
    MapColumnName: MapColumnNameTransformer,
    AddColumn: AddColumnTransformer,
    OverrideColumn: OverrideColumnTransformer,
    AddEnumMember: AddEnumMemberTransformer,
    DropColumn: DropColumnTransformer,
    SetType: SetTypeTransformer,
    SetNullable: SetNullableTransformer,
    SetPrimaryKey: SetPrimaryKeyTransformer,
    SetForeignKey: SetForeignKeyTransformer,
    SetServerDefault: SetServerDefaultTransformer,
    SetIdentity: SetIdentityTransformer,
    SetComment: SetCommentTransformer,
    SetTableComment: SetTableCommentTransformer,
    AddModel: AddModelTransformer,
    AddUniqueConstraint: AddUniqueConstraintTransformer,
    DropUniqueConstraint: DropUniqueConstraintTransformer,
    AddIndex: AddIndexTransformer,
    DropIndex: DropIndexTransformer,
    SetRelationshipForeignKeys: SetRelationshipForeignKeysTransformer,
}

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
