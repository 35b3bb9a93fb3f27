"""The names a query may use: the database's tables, views and columns on the search path,
and what the plan says about the models' old names (renames and drops), for suggestions."""

from __future__ import annotations

from dataclasses import dataclass, field

SYSTEM_SCHEMAS = ("pg_catalog", "information_schema")

Key = tuple[str, str]  # (schema, table)


@dataclass
class Catalog:
    columns: dict[Key, tuple[str, ...]]
    search_path: tuple[str, ...] = ("public",)
    # (schema, table) -> {old column: new column, or None when dropped}; from the plan
    old_columns: dict[Key, dict[str, str | None]] = field(default_factory=dict)
    # old table name -> (schema, new table name); from the plan
    old_tables: dict[str, Key] = field(default_factory=dict)
    # (table key or None for tables, old name) -> the evidence in words
    evidence: dict = field(default_factory=dict)

    @classmethod
    def from_schema(cls, schema, plan=None, model_set=None) -> Catalog:
        default = schema.default_schema
        columns: dict[Key, tuple[str, ...]] = {}
        for table in tuple(schema.tables) + tuple(schema.views):
            columns[(table.schema or default, table.name)] = tuple(c.name for c in table.columns)
        catalog = cls(columns, tuple(schema.schemas) or ("public",))
        if plan is not None:
            catalog.learn_plan(plan, model_set, default)
        if model_set is not None:
            catalog.learn_models(model_set, default)
        return catalog

    def learn_models(self, model_set, default: str) -> None:
        """An attribute mapped to a column of another name (``user_id =
        Column("users_id", ...)``): SQL that says the attribute's name in that table meant
        the column."""
        for source in model_set.columns:
            if source.attribute == source.column:
                continue
            key = (source.schema or default, source.table)
            columns = self.columns.get(key)
            if columns is None or source.column not in columns or source.attribute in columns:
                continue
            known = self.old_columns.setdefault(key, {})
            if source.attribute not in known:
                known[source.attribute] = source.column
                self.evidence[(key, source.attribute)] = (
                    f"models: {source.class_name}.{source.attribute} maps column {source.column}")

    def learn_plan(self, plan, model_set, default: str) -> None:
        schema_of = {}
        if model_set is not None:
            schema_of = {c.table: c.schema for c in model_set.classes if c.table}
        for action in plan.actions:
            key = (schema_of.get(action.table) or default, action.table)
            if action.kind == "column-name" and hasattr(action, "old_column"):
                self.old_columns.setdefault(key, {})[action.old_column] = action.column
                self.evidence[(key, action.old_column)] = (
                    f"plan: {action.table}.{action.old_column} was renamed to {action.column}")
            elif action.kind == "drop-column":
                self.old_columns.setdefault(key, {})[action.column] = None
                self.evidence[(key, action.column)] = "the database dropped this column; the plan drops its attribute"
            elif action.kind == "table-name" and hasattr(action, "old_name"):
                self.old_tables[action.old_name] = (key[0], action.name)
                self.evidence[(None, action.old_name)] = f"plan: table {action.old_name} was renamed to {action.name}"
        # a table rename moves its columns' old names along
        for old, key in self.old_tables.items():
            if key in self.old_columns:
                self.old_columns.setdefault((key[0], old), self.old_columns[key])
                for (evidence_key, name), words in list(self.evidence.items()):
                    if evidence_key == key:
                        self.evidence[((key[0], old), name)] = words

    def lookup(self, name: str, schema: str | None = None) -> Key | None:
        if schema is not None:
            return (schema, name) if (schema, name) in self.columns else None
        for candidate in self.search_path:
            if (candidate, name) in self.columns:
                return (candidate, name)
        return None

    @staticmethod
    def is_system(name: str, schema: str | None) -> bool:
        if schema is not None:
            return schema in SYSTEM_SCHEMAS or schema.startswith("pg_")
        return name.startswith("pg_")

    def table_names(self) -> list[str]:
        return sorted({name for _, name in self.columns})
