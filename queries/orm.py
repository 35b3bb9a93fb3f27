"""ORM references against the models *after the plan*: the attribute names the classes will
have (a renamed column keeps its attribute, ``email = mapped_column("email_address")``; a
dropped column loses it; an added one brings one), never the database names."""

from __future__ import annotations

from dataclasses import dataclass

from .suggest import closest

# what every declarative / Flask-SQLAlchemy class has without writing it
_PROVIDED = frozenset({
    "query", "query_class", "metadata", "registry",
})


@dataclass(frozen=True)
class ClassRef:
    """What the checker uses of a model class besides its names: where it is written (two classes
    of one name are told apart by their module) and its bases as written."""

    file: str
    bases: tuple[str, ...]


@dataclass
class ModelNames:
    """Per class: the names it will have, the ones the plan drops, whether all are known."""

    names: dict[str, frozenset[str]]
    dropped: dict[str, dict[str, str]]  # class -> {attribute: column}
    hidden: dict[str, str]  # class -> why its names cannot all be seen
    classes: dict[str, list[ClassRef]]  # class name -> one per class of that name
    relationships: dict[str, frozenset[str]]

    @classmethod
    def build(cls, model_set, plan) -> ModelNames:
        names: dict[str, set[str]] = {}
        classes: dict[str, list[ClassRef]] = {}
        for source in model_set.classes:
            names.setdefault(source.class_name, set()).update(source.names)
            classes.setdefault(source.class_name, []).append(ClassRef(source.file, source.bases))
        for column in model_set.columns:
            names.setdefault(column.class_name, set()).add(column.attribute)
        relationships: dict[str, set[str]] = {}
        for relationship in model_set.relationships:
            relationships.setdefault(relationship.class_name, set()).add(relationship.attribute)
            if relationship.backref and relationship.target:
                names.setdefault(relationship.target, set()).add(relationship.backref)
                relationships.setdefault(relationship.target, set()).add(relationship.backref)
        dropped: dict[str, dict[str, str]] = {}
        for action in plan.actions if plan is not None else ():
            attribute = getattr(action, "attribute", None)
            if not attribute:
                continue
            if action.kind == "drop-column":
                names.get(action.class_name, set()).discard(attribute)
                dropped.setdefault(action.class_name, {})[attribute] = action.column
            elif action.kind == "add-column":
                names.setdefault(action.class_name, set()).add(attribute)
        # a subclass (single-table inheritance, a mixin's users) has its bases' names too
        for source in model_set.classes:
            for base in source.bases:
                base_name = base.rsplit(".", 1)[-1]
                if base_name in names and base_name != source.class_name:
                    names[source.class_name] |= names[base_name]
        hidden = {name: why.message for name, why in model_set.hidden}
        return cls({k: frozenset(v) for k, v in names.items()}, dropped, hidden, classes,
                   {k: frozenset(v) for k, v in relationships.items()})

    def fine(self, class_name: str, attribute: str) -> bool:
        """The quick answer for the common case: the class has the attribute."""
        names = self.names.get(class_name)
        return names is not None and attribute in names

    def check(self, class_name: str, attribute: str) -> tuple[str, str | None, str] | None:
        """None when the reference is fine (or cannot be judged); else (message, suggestion,
        evidence)."""
        if class_name not in self.names or class_name in self.hidden:
            return None
        if attribute in self.names[class_name] or attribute in _PROVIDED or attribute.startswith("_"):
            return None
        if any(self._has_unscanned_base(source) for source in self.classes.get(class_name, ())):
            return None
        column = self.dropped.get(class_name, {}).get(attribute)
        if column is not None:
            return (f"{class_name}.{attribute} will not exist: the database has no column {column} and the plan "
                    f"drops the attribute", None, "plan: drop-column")
        mapped = [n for n in self.names[class_name] if not n.startswith("_")]
        suggestion, evidence = closest(attribute, mapped)
        return f"{class_name} has no attribute {attribute}", suggestion, evidence

    def _has_unscanned_base(self, source) -> bool:
        """A base the reader did not read may give attributes (a mixin from a library)."""
        for base in source.bases:
            name = base.rsplit(".", 1)[-1]
            if name in self.names or name in ("Model", "Base", "DeclarativeBase", "object"):
                continue
            if base.endswith(("db.Model", "DeclarativeBase", "MappedAsDataclass", "AsyncAttrs")):
                continue
            return True
        return False
