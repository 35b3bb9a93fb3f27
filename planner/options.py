"""What the planner is told: the ``[tool.schema-inspector]`` settings that shape a plan."""

from __future__ import annotations

from dataclasses import dataclass

from .renames import DEFAULT_THRESHOLD


@dataclass(frozen=True)
class PlannerOptions:
    """Settings for ``build_plan``.

    - ``renames``: declared column renames ``(table, old_column, new_column)``; they win
      over any pairing by evidence.
    - ``timestamp_policy``: ``created_at`` has ``server_default=text("now()")``,
      ``updated_at`` none; where the database breaks that, a ``db-sql`` suggestion
      (see ``planner.policy``).
    - ``include_cosmetic``: also fix types that are only spelled differently.
    - ``model_files``: ``(table, file)``: where the class for a table without one goes.
    - ``rename_threshold``: the confidence from which a pair is a rename (mapped with
      ``Column("new_name")``) rather than a drop + add.
    - ``schema``: the default schema: ``db-sql`` suggestions leave it out of table names.
    - ``drop_unmatched``: a model-only and a database-only column that may be one column
      renamed, without the evidence to say so, are dropped and added (``--drop-unmatched``);
      by default both are left alone and the plan asks for a decision.
    """

    renames: tuple[tuple[str, str, str], ...] = ()
    timestamp_policy: bool = False
    include_cosmetic: bool = False
    model_files: tuple[tuple[str, str], ...] = ()
    rename_threshold: float = DEFAULT_THRESHOLD
    schema: str = "public"
    drop_unmatched: bool = False
