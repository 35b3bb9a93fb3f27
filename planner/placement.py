"""Where a new class goes and how it is written: its file (the file of most of its
foreign-key neighbours, else of the tables that share its name prefix, else the file named
after that prefix, else the file of the most model classes and ``Table`` objects; a file set
in ``model-files`` first), the class it follows, whether it is a ``Table(...)`` object (in a
file, or a codebase, of them only) and what that variable is named, and its bases (the
declarative base and mixins its file's classes use, without a mixin whose columns the table
lacks)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from schema_inspector.introspect.models import ClassSource, ColumnSource, ModelSet
from schema_inspector.introspect.naming_convention import written_schema
from schema_inspector.introspect.schema import Table
from schema_inspector.introspect.sqltypes import types_equivalent

from .compare.context import CompareContext
from .compare.defaults import normalize_default
from .naming import free_attribute_name, singular

# Bases that make a declarative base, and ones that add nothing mapped.
_DECLARATIVE_ROOTS = frozenset({"DeclarativeBase", "DeclarativeBaseNoMeta", "Model", "MappedAsDataclass"})
_PLAIN_BASES = frozenset({"object", "Generic", "ABC", "Protocol"})


@dataclass(frozen=True)
class Bases:
    """The bases of a new class, as its file's mapped classes write them."""

    names: tuple[str, ...] = ()  # () : as the file's style says
    provided: tuple[str, ...] = ()  # columns the bases give the table as it has them (not written again)
    reason: str = ""  # in words, appended to the action's reason
    taken_from: str | None = None  # the file they were taken from, when it is another (a new module)
    excluded: tuple[str, ...] = ()  # attributes of the bases whose columns the table lacks (set to None)
    table_args_from: str | None = None  # the base, as written, whose __table_args__ the class inherits
    # a base defines __table_args__ that the class the bases were taken from replaces with its own:
    # the new class has its own too, even with nothing in it (lcfs' ``{"schema": "metadata"}``)
    own_table_args: bool = False
    # no base at all, as the file style would give one: a registry's decorator maps the class (memobase's)
    bare: bool = False


class NewClassPlacement:
    """Decides where each new class of a plan goes; remembers the classes it placed, so the
    next new class in a file follows the last one added."""

    def __init__(self, context: CompareContext, model_files: tuple[tuple[str, str], ...]) -> None:
        self.context = context
        self.models = context.models
        self.model_files = model_files
        self._last_class: dict[str, str] = {}
        self._after: dict[str, str | None] = {}  # a new class -> the class it goes after
        # a table the plan renames is known by its new name, the one new tables reference
        self._table_names = {p.model.name: p.truth.name for p in context.pairs if p.rename is not None}

    def follows(self, file: str, table: Table, class_name: str) -> str | None:
        """The class the new class ``class_name`` for ``table`` goes after in ``file``: the class
        of a foreign-key neighbour, else the last class placed there, else the file's last class."""
        after = self._neighbour(file, table) or self._last_class.get(file) or _last_class(self.models, file)
        self._last_class[file] = class_name
        self._after[class_name] = after
        return after

    def past(self, class_name: str, after: str | None, named: list[ClassSource]) -> str | None:
        """Where the new class ``class_name``, put after ``after``, goes so that it comes after every
        class of ``named`` (of its file, which it names at import: ``ForeignKey(Parent.id)``): after
        the last of them where one comes later in the file."""
        later = [cls for cls in named if not self.defined_before(cls, after)]
        if later:
            after = max(later, key=lambda cls: cls.line).class_name
        self._after[class_name] = after
        return after

    def defined_before(self, cls: ClassSource, after: str | None) -> bool:
        """Whether the class ``cls`` comes before a new class put after ``after`` in its file (None: at
        the end; another new class: where that one goes)."""
        while after in self._after:
            after = self._after[after]
        if after is None:
            return True
        anchor = next((c for c in self.models.classes if c.class_name == after and c.file == cls.file), None)
        return anchor is not None and cls.line <= anchor.line

    def mapped_base(self, name: str, seen: frozenset = frozenset()) -> bool:
        """Whether deriving from the scanned class ``name`` maps a class: it is (or derives
        from) a declarative base; a mixin derives from nothing mapped."""
        cls = self.models.class_named(name)
        if cls is None or name in seen:
            return False
        if name in self.models.declarative_classes:  # an @as_declarative base has no bases to go by
            return True
        for base in cls.bases:
            short = base.rsplit(".", 1)[-1].split("[")[0]
            if short in _DECLARATIVE_ROOTS or self.mapped_base(short, seen | {name}):
                return True
            if self.models.class_named(short) is None and short not in _PLAIN_BASES \
                    and short not in self.models.library_mixins:  # invenio-db's Timestamp: a mixin
                return True  # derives from something outside the scanned files: a base, as far as we know
        return False

    def _neighbour(self, file: str, table: Table) -> str | None:
        """The class in ``file`` of a table ``table`` references (else of one that references
        it): the new class goes right after it."""
        in_file = {self._table_names.get(c.table, c.table): c.class_name for c in self.models.classes
                   if c.file == file and c.kind == "model" and c.table and c.inherits_table is None}
        for fk in table.foreign_keys:
            if fk.target_table in in_file and fk.target_table != table.name:
                return in_file[fk.target_table]
        for other in self.context.truth.tables:
            if other.name in in_file and any(fk.target_table == table.name for fk in other.foreign_keys):
                return in_file[other.name]
        return None

    def bases_for(self, file: str, table: Table) -> Bases:
        """The bases of a new class in ``file``, as the file's mapped classes write them
        (the declarative base with the mixins they use; a mixin whose columns the table
        lacks is left out), the columns those bases already give the table as it has them
        (not written again), the reason in words, the file they were taken from when it
        is another (``file`` is a new module), and the attributes of the bases whose
        columns the table lacks (set to None in the class). ``()`` bases: as the file's
        style says."""
        # not a subclass of a class with a table: the new class would be one too (joined-table
        # inheritance, with no foreign key to that table); nor one of single-table inheritance
        # nor a SQLModel class's: this class is not one (see ``style_for``), and its plain columns
        # under a SQLModel base would make a pydantic model without a table (xingyubot's files
        # of both kinds)
        mapped = [c for c in self.models.classes
                  if c.kind == "model" and c.table and c.inherits_table is None and c.bases
                  and not self._derives_from_a_table(c) and c.style != "sqlmodel"]
        siblings = [c for c in mapped if c.file == file]
        if not siblings and not any(c.file == file and c.kind == "model" and not self._derives_from_a_table(c)
                                    and c.style != "sqlmodel" for c in self.models.classes):
            # a new module: the bases of the codebase's classes, those next to it first
            here = Path(file).parent
            siblings = [c for c in mapped if Path(c.file).parent == here] or mapped
        if not siblings:
            return Bases()
        counted = Counter(c.bases for c in siblings)
        # the most used; of those used as often, the one with the fewest classes the reader does
        # not know as mapped classes or mixins (gnocchi's classes each add a class of the
        # application's logic of their own to ``(Base, GnocchiBase)``), then the first
        first = {c.bases: (index, c.class_name) for index, c in reversed(list(enumerate(siblings)))}
        ranked = sorted(counted, key=lambda b: (-counted[b], sum(self._unknown(base, first[b][1]) for base in b),
                                                first[b][0]))
        mixins = {
            c.class_name for c in self.models.classes if c.kind == "mixin" and not self.mapped_base(c.class_name)
        } | set(self.models.library_mixins)
        if all(b.rsplit(".", 1)[-1] in mixins for b in ranked[0]):
            # classes a registry's decorator maps as dataclasses over a plain base of columns (memobase's
            # ``@dataclass class Base``): those bases, the columns of theirs the table lacks set to None, or
            # none at all where the table has their columns otherwise (its own key)
            if any(c.dataclass for c in siblings if c.bases == ranked[0]):
                chosen = self._bases_like(ranked[0], siblings, mixins, file, table, mapped)
                return chosen if chosen.names else Bases(reason=(
                    f" It derives from no class, the registry's decorator mapping it (not {', '.join(ranked[0])}: "
                    "the table lacks columns they add, or has each of them otherwise)."), bare=True)
            return Bases()
        common = tuple(b for b in ranked[0] if all(b in c.bases for c in siblings))
        if counted[ranked[0]] == 1 and len(siblings) > 1 and common \
                and all(len(c.bases) > len(common) for c in siblings) \
                and not {b.rsplit(".", 1)[-1] for b in ranked[0]} & {s.defined_in for s in self.models.columns}:
            # each class adds a class of its own that maps nothing (overholt's ``Category(
            # CategoryJsonSerializer, db.Model)``, ``Product(ProductJsonSerializer, db.Model)``): what
            # they all derive from (a base that gives columns is weighed below, as before)
            return Bases(common, (), f" It derives from {', '.join(common)}, as every class of "
                         f"{Path(file).name if siblings[0].file == file else Path(siblings[0].file).name} does "
                         "(each of them adds a class of its own).",
                         siblings[0].file if siblings[0].file != file else None)
        chosen = self._bases_like(ranked[0], siblings, mixins, file, table, mapped)
        # the bases most classes use set columns the table lacks to None: other bases the
        # classes use that give it fewer such columns are better (a project's hook may read
        # an attribute of every subclass of a base: mistral's project_id)
        # (bases that come down to the same ones once mixins are left out are not another
        # choice: their classes may define a base's column again, which hides it there)
        for bases in ranked[1:]:
            if not chosen.excluded:
                break
            if not all(b.rsplit(".", 1)[-1] in mixins for b in bases):
                other = self._bases_like(bases, siblings, mixins, file, table, mapped)
                if other.names != chosen.names and len(other.excluded) < len(chosen.excluded):
                    chosen = other

        def like(bases: tuple[str, ...]) -> Bases:
            return self._bases_like(bases, [c for c in mapped if c.bases == bases], mixins, file, table, mapped)

        return self._past_a_mixin_of_keys(
            self._past_an_abstract_base(self._past_a_table_making_base(chosen, table, like), file, like), like)

    def _past_a_mixin_of_keys(self, chosen: Bases, like: Callable[[tuple[str, ...]], Bases]) -> Bases:
        """Bases of which a mixin gives a foreign-key column the table lacks (FastapiAdmin's ``UserMixin``:
        ``created_id``, and a ``declared_attr`` relationship ``created_by`` on it): the other bases, as the
        classes of those bases take them, where there are such classes. Set to None, the key would leave
        what joins on it broken (the models no longer configured)."""
        if not chosen.excluded or len(chosen.names) < 2:
            return chosen
        excluded = set(chosen.excluded)
        keyed: set[str] = set()  # the mixins that give the siblings' excluded key columns
        for sibling in (c for c in self.models.classes if c.bases == chosen.names and c.table):
            table = self._table_of(sibling)
            keys = {column for key in (table.foreign_keys if table is not None else ()) for column in key.columns}
            keyed |= {s.defined_in for s in self.models.columns_of_class(sibling.class_name)
                      if s.attribute in excluded and s.column in keys and s.defined_in}
        rest = tuple(b for b in chosen.names if b.rsplit(".", 1)[-1].split("[")[0] not in keyed)
        if len(rest) == len(chosen.names) or not rest \
                or not any(c.bases == rest and c.table for c in self.models.classes):
            return chosen
        dropped = ", ".join(b for b in chosen.names if b not in rest)
        lacking = sorted(excluded & {s.attribute for s in self.models.columns if s.defined_in in keyed})
        other = like(rest)
        return replace(other, reason=other.reason.removesuffix(".") + f" (not {dropped}: the table lacks its "
                       f"foreign key {', '.join(lacking)}, and what would join on it would have none).")

    def _past_a_table_making_base(self, chosen: Bases, table: Table, like: Callable[[tuple[str, ...]], Bases]) -> Bases:
        """Bases that are one abstract class deriving from a mixin that makes a table for each class
        (epic-track's ``BaseModelVersioned(Versioned, BaseModel)``, whose history recipe copies the
        table into ``<table>_history``) where the database has no such table for ``table``: that
        class's bases less the mixin, as the classes of those bases take them (the recipe would make
        a table the database lacks, and its copy of the class's bases maps the columns set to None
        there)."""
        if len(chosen.names) != 1:
            return chosen
        abstract = self.models.class_named(chosen.names[0].rsplit(".", 1)[-1].split("[")[0])
        if abstract is None or abstract.kind != "mixin" or self._has_its_tables(abstract.class_name, table):
            return chosen
        bases = tuple(b for b in abstract.bases if self._has_its_tables(b.rsplit(".", 1)[-1], table))
        if not bases or not any(c.bases == bases and c.table for c in self.models.classes):
            return chosen
        unwanted = [b for b in abstract.bases if b not in bases]
        other = like(bases)
        return replace(other, reason=other.reason.removesuffix(".") + f" (not {abstract.class_name}: its "
                       f"{', '.join(unwanted)} would make a table the database lacks).")

    def _past_an_abstract_base(self, chosen: Bases, file: str, like: Callable[[tuple[str, ...]], Bases]) -> Bases:
        """Bases that are one abstract class on a declarative base of the project (piecash's
        ``__abstract__`` ``DeclarativeBaseGuid`` on its ``DeclarativeBase``) whose primary key the
        table lacks: a base's key set to None leaves what joins on it broken (its ``declared_attr``
        relationship on ``cls.guid``), and the table is no entity of that kind. The new class
        derives from that class's own bases instead, imported as its file imports them, when
        they are classes of the files that give the table no column. (A base's other columns
        the table lacks are set to None, as before.) So too where the table lacks every column the
        abstract class gives itself (airweave's ``OrganizationBase`` and its ``organization_id``): its
        bases as the classes of those bases take them (``like``), where there are such classes."""
        if not chosen.excluded:
            return chosen
        # the one base that gives columns the table lacks; others beside it may give none (sbc-auth's
        # ``Affidavit(Versioned, BaseModel)``, a library's versioning mixin before its abstract base)
        excluded = set(chosen.excluded)
        giving = {source.defined_in for source in self.models.columns if source.attribute in excluded}
        abstracts = [c for b in chosen.names if (c := self.models.class_named(b.rsplit(".", 1)[-1].split("[")[0]))
                     is not None and c.class_name in giving]
        if len(abstracts) != 1 or abstracts[0].kind != "mixin" \
                or (len(chosen.names) > 1 and any(source.defined_in in {b.rsplit(".", 1)[-1] for b in chosen.names}
                                                  and source.defined_in != abstracts[0].class_name
                                                  for source in self.models.columns)):
            return chosen
        abstract = abstracts[0]
        given: dict[str, list[ColumnSource]] = defaultdict(list)  # the abstract class's columns, by class
        for source in self.models.columns:
            if source.defined_in == abstract.class_name:
                given[source.class_name].append(source)
        keys = set()  # the excluded attributes that are the key of a class of these bases
        for sibling in (c for c in self.models.classes if c.bases == chosen.names and c.table):
            table = self._table_of(sibling)
            key = set(table.primary_key.columns) if table is not None and table.primary_key else set()
            keys |= {s.attribute for s in given.get(sibling.class_name, ()) if s.column in key}
        # (Flask-SQLAlchemy's ``db.Model`` too, sbc-auth's ``BaseModel(db.Model)``)
        bases = tuple(b for b in abstract.bases if b.rsplit(".", 1)[-1] == "Model"
                      or self.mapped_base(b.rsplit(".", 1)[-1].split("[")[0]))
        own = {s.attribute for sources in given.values() for s in sources}
        if not keys & set(chosen.excluded) and own and own <= set(chosen.excluded) and bases \
                and any(c.bases == bases and c.table for c in self.models.classes):
            other = like(bases)
            return replace(other, reason=f" It derives from {', '.join(bases)}, as {abstract.class_name} does (not "
                           f"{abstract.class_name}, whose {', '.join(sorted(own))} the table lacks).")
        inheriting = {s.defined_in for s in self.models.columns if s.inherited}  # the classes columns come from
        if not keys & set(chosen.excluded) or not bases \
                or any(self.models.class_named(b.rsplit(".", 1)[-1].split("[")[0]) is None for b in bases) \
                or any(self.models.derives_from(b, defined_in) for b in bases for defined_in in inheriting):
            return chosen
        return Bases(bases, (), f" It derives from {', '.join(bases)}, as {abstract.class_name} does (not "
                     f"{abstract.class_name}, whose key {', '.join(sorted(keys & set(chosen.excluded)))} the table "
                     "lacks).", abstract.file if abstract.file != file else None)

    def _derives_from_a_table(self, cls: ClassSource) -> bool:
        """Whether a base of ``cls`` is a mapped class with a table."""
        for base in cls.bases:
            parent = self.models.class_named(base.rsplit(".", 1)[-1].split("[")[0])
            if parent is not None and parent is not cls and parent.kind == "model" and parent.table:
                return True
        return False

    def _unknown(self, base: str, class_name: str) -> bool:
        """Whether a base of ``class_name`` as written is no class the reader read as mapped or
        as a mixin, nor a declarative class or a library's mixin: the declarative base made by a
        call (``declarative_base()``, ``db.Model``), or a class of other code (gnocchi's
        ``ArchivePolicy(Base, GnocchiBase, archive_policy.ArchivePolicy)``: of the same name)."""
        short = base.rsplit(".", 1)[-1].split("[")[0]
        known = self.models.class_named(short) is not None or short in self.models.library_mixins \
            or short in self.models.declarative_classes
        return short == class_name or not known

    def _bases_like(self, bases: tuple[str, ...], siblings: list[ClassSource], mixins: set[str], file: str,
                    table: Table, mapped: list[ClassSource]) -> Bases:
        """``bases_for`` with the bases of the classes in ``siblings`` that derive from ``bases``
        (the columns they give, as every class of ``mapped`` of those bases shows them)."""
        sibling = next(c for c in siblings if c.bases == bases)
        direct = [b.rsplit(".", 1)[-1] for b in bases]
        # each inherited column under the base it comes through (a mixin's own bases' columns
        # are the mixin's); None: through none the scanned classes show. Every class of these
        # bases shows them: one may define a base's column again (cinder's Service its own
        # updated_at; opencve's Cve, its file's only class), and the new class still takes it from
        # the bases. The siblings first, then the classes of other files.
        same_bases = {c.class_name: c for c in reversed([*siblings, *mapped]) if c.bases == bases}
        given: dict[str | None, list[ColumnSource]] = defaultdict(list)
        seen: set[str] = set()
        for source in sorted((s for s in self.models.columns if s.class_name in same_bases and s.inherited),
                             key=lambda s: s.class_name != sibling.class_name):
            if source.attribute not in seen:
                seen.add(source.attribute)
                through = next((base for base in direct if self.models.derives_from(base, source.defined_in)), None)
                given[through].append(source)
        for sources in given.values():
            sources.sort(key=lambda s: (s.file, s.line))  # as the bases define them
        names = {c.name for c in table.columns}
        # a mixin none of whose columns come through to these classes (each defines them again:
        # FreeTakServer's Event its own uid of Root's) gives the new class its columns all the same
        defined_again = {base: [s for s in self.models.columns if s.inherited
                                and self.models.derives_from(base, s.defined_in)]
                         for base in direct if base in mixins and base not in given}

        def provides(source: ColumnSource) -> bool:  # the column as the table has it
            return source.column in names and same_definition(
                table, self._table_of(same_bases[source.class_name]), source.column, self.context.naming)

        # a mixin whose columns the table lacks is left out, and one whose every column the class
        # would define again (neutron-lib's HasId's string id on a table of an integer id); the
        # declarative base (or a mapped base) stays, and the columns of it the table lacks are set to None
        unversioned = self._unversioned(table)
        kept = tuple(b for b in bases if b.rsplit(".", 1)[-1] not in mixins
                     or (all(s.column in names for s in given.get(b.rsplit(".", 1)[-1], ()))
                         and all(s.column in names for s in defined_again.get(b.rsplit(".", 1)[-1], ()))
                         and (not given.get(b.rsplit(".", 1)[-1]) or any(map(provides, given[b.rsplit(".", 1)[-1]])))
                         and self._hidden_columns_in(b.rsplit(".", 1)[-1], names)
                         and not (unversioned and self._versions(b.rsplit(".", 1)[-1]))
                         and self._has_its_tables(b.rsplit(".", 1)[-1], table)))
        from_kept = [s for b in kept for s in given.get(b.rsplit(".", 1)[-1], ())] + given.get(None, [])
        excluded = tuple(dict.fromkeys(s.attribute for s in from_kept if s.column not in names))
        provided = [s.column for s in from_kept if provides(s)]
        left_out = [b for b in bases if b not in kept]
        reason = f" It derives from {', '.join(kept)}, as {sibling.class_name} does"
        if sibling.file != file:
            reason += (f" in {Path(sibling.file).name} (its file has no class to take them from; the bases are "
                       "imported as there)")
        versioning = [b for b in left_out if unversioned and self._versions(b.rsplit(".", 1)[-1])]
        if versioning:
            reason += (f" (not {', '.join(versioning)}: its __versioned__ would have SQLAlchemy-Continuum version "
                       f"the table, and the database has no {unversioned})")
        if len(versioning) < len(left_out):
            reason += (f" (not {', '.join(b for b in left_out if b not in versioning)}: the table lacks columns it "
                       "adds, or has each of them otherwise)")
        if provided:
            reason += (f"; {', '.join(provided)} come{'s' if len(provided) == 1 else ''} "
                       "from there as the database has them")
        if excluded:
            reason += (f"; {', '.join(excluded)}, which the base{'s' if len(kept) > 1 else ''} add"
                       f"{'' if len(kept) > 1 else 's'} and the table lacks, {'is' if len(excluded) == 1 else 'are'} "
                       "set to None in the class (SQLAlchemy then maps no such column)")
        table_args_from = self.models.table_args_base(sibling)
        holder = next((b for b in kept if (base := self.models.class_named(b.rsplit(".", 1)[-1].split("[")[0]))
                       is not None and base.kind == "mixin" and "__table_args__" in base.names), None)
        # (not where the sibling takes them from the base in a way not read: computed, or an attribute)
        computed = {(table, schema) for table, schema, _, _ in self.models.hidden_items}
        own = table_args_from is None and holder is not None and sibling.inherited_table_args is None \
            and sibling.items_attribute is None and (sibling.table, sibling.schema) not in computed
        if own:
            reason += (f"; its __table_args__ are its own, as {sibling.class_name}'s are (not those {holder} "
                       "defines)")
        return Bases(kept, tuple(dict.fromkeys(provided)), reason + ".", sibling.file if sibling.file != file else None,
                     excluded, table_args_from if table_args_from in kept else None, own)

    def _table_of(self, source: ClassSource) -> Table | None:
        return self.models.schema.table(source.table, source.schema) if source.table else None

    def _unversioned(self, table: Table) -> str | None:
        """The version table SQLAlchemy-Continuum would make for ``table`` when the database
        has none (the table is not versioned); None when it has one, or without Continuum."""
        template = self.models.version_table_name
        if template is None:
            return None
        name = template % table.name
        return None if self.context.truth.table(name, table.schema) is not None else name

    def _versions(self, mixin: str) -> bool:
        """Whether the mixin ``mixin`` (or a base of it) sets ``__versioned__``."""
        cls = self.models.class_named(mixin)
        return cls is not None and "__versioned__" in cls.names

    def _has_its_tables(self, mixin: str, table: Table) -> bool:
        """Whether the database has every table ``mixin`` makes for a class that uses it, named from
        the class's table (timesketch's ``LabelMixin``: ``<table>_label``)."""
        return all(self.context.truth.table(table.name + suffix, table.schema) is not None
                   for owner, suffix in self.models.tables_per_class
                   if owner == mixin or self.models.derives_from(mixin, owner))

    def _hidden_columns_in(self, mixin: str, names: set[str]) -> bool:
        """Whether the columns ``mixin`` adds that the reader cannot see (a ``declared_attr``
        that returns a column only sometimes) are all among ``names``: a mixin that may add
        a column the table lacks is left out of a new class."""
        if self.models.hidden_columns(mixin) is None:
            return True
        attributes = self.models.hidden_attributes(mixin)
        return attributes is not None and all(attribute in names for attribute in attributes)

    def file_for(self, table: Table) -> tuple[str, str]:
        """Where a new class for ``table`` goes, and why."""
        for name, file in self.model_files:
            if name == table.name:
                return _same_file(file, self.models.files), "file set in [tool.schema-inspector] model-files"
        # a subclass of single-table inheritance maps its parent's table, which is the parent's file's
        # (sbc-pay's ``InvoiceCompositeModel(Invoice)`` in a module of searches, without ``db.Model``)
        mapping = [c for c in self.models.classes
                   if c.table and c.kind in ("model", "table-object") and c.inherits_table is None]
        default = self.context.truth.default_schema

        def schema_of(name: str | None) -> str:
            return name or default

        def files_by_table(classes: list[ClassSource]) -> dict[tuple[str, str], str]:
            # a table's file is its Table object's, where a class maps one (aurweb's ``__table__ =
            # schema.Users``): a new table goes with the tables, in their MetaData; by schema and name
            # (renku's ``users`` of two components)
            return {(schema_of(c.schema), self._table_names.get(c.table, c.table)): c.file
                    for c in sorted(classes, key=lambda c: c.kind == "table-object") if c.table is not None}

        files_of = files_by_table(mapping)
        schema = schema_of(table.schema)
        votes: dict[str, int] = defaultdict(int)
        for fk in table.foreign_keys:
            if (target := (schema_of(fk.target_schema or table.schema), fk.target_table)) in files_of:
                votes[files_of[target]] += 1
        for other in self.context.truth.tables:
            referencing = sum(fk.target_table == table.name and schema_of(fk.target_schema or other.schema) == schema
                              for fk in other.foreign_keys)
            if (key := (schema_of(other.schema), other.name)) in files_of and referencing:
                votes[files_of[key]] += referencing
        if votes:
            # of those, a file of the table's own schema (its MetaData's, where each has its own: renku)
            own = {file for (s, _), file in files_of.items() if s == schema}
            best = min(votes, key=lambda f: (f not in own, -votes[f], f))
            return best, f"in {Path(best).name}, the file of most of its foreign-key neighbours"
        # in a codebase of several schemas (a module each, say), a file of the table's schema
        in_schema = [c for c in mapping if schema_of(c.schema) == schema]
        if in_schema and len({schema_of(c.schema) for c in mapping}) > 1:
            mapping = in_schema
            files_of = files_by_table(in_schema)
        prefix = table.name.split("_", 1)[0]
        sharing: dict[str, int] = defaultdict(int)
        for (_, mapped_table), file in files_of.items():
            if mapped_table.split("_", 1)[0] == prefix:
                sharing[file] += 1
        if sharing:
            best = min(sharing, key=lambda f: (-sharing[f], f))
            return best, f"in {Path(best).name}, with the other {prefix}_ tables"
        named = sorted(f for f in set(files_of.values()) if singular(Path(f).stem) == singular(prefix))
        if named:  # candidate_notes: candidates.py
            return named[0], f"in {Path(named[0]).name}, named after its first word"
        mapped = Counter(c.file for c in mapping)
        if mapping is in_schema:
            best = min(mapped, key=lambda f: (-mapped[f], f))
            return best, f"in {Path(best).name}, with the other tables of schema {schema}"
        if mapped:
            best = min(mapped, key=lambda f: (-mapped[f], f))
            return best, f"in {Path(best).name}, the file with the most model classes (no better evidence)"
        # no class to go by: any file but a package's __init__.py, which re-exports
        files = sorted(self.models.files, key=lambda f: (Path(f).name == "__init__.py", f)) or ["models.py"]
        return files[0], f"in {Path(files[0]).name}, the first models file (no better evidence)"

    def style_for(self, file: str) -> str | None:
        """How a new class in ``file`` declares its columns when the file's own classes do
        not say: "table" in a file of ``Table(...)`` objects only (mapped imperatively), else
        the style most model classes of the ModelSet use (None: as the file does). In a file of
        SQLModel tables and declarative classes both, the style most of its classes use."""
        in_file = [c for c in self.models.classes if c.file == file]
        if in_file and all(c.kind == "table-object" for c in in_file):
            return "table"
        models = [c for c in in_file if c.kind == "model"]
        if models:
            return "sqlmodel" if 2 * sum(c.style == "sqlmodel" for c in models) > len(models) else None
        votes = Counter(c.style for c in self.models.classes if c.kind == "model")
        if not votes and any(c.kind == "table-object" for c in self.models.classes):
            return "table"  # a codebase of Table(...) objects only
        return min(votes, key=lambda style: (-votes[style], style)) if votes else None

    def table_variable(self, file: str, table: str, taken: set[str]) -> str:
        """The variable a new ``Table(...)`` in ``file`` is assigned to, named as the file names
        its others (``links``, ``links_table``, ``t_links``, ``RevokedToken`` for
        ``revoked_token``), free of the names in use."""
        objects = [(c.class_name, c.table) for c in self.models.classes
                   if c.file == file and c.kind == "table-object" and c.table]
        patterns: Counter[tuple[bool, str, str]] = Counter()  # (CamelCase, prefix, suffix)
        for variable, name in objects:
            camel = variable != name and variable == _camel_case(name)
            if camel or variable == name:
                patterns[(camel, "", "")] += 1
            elif variable.endswith(name):
                patterns[(False, variable[: -len(name)], "")] += 1
            elif variable.startswith(name):
                patterns[(False, "", variable[len(name):])] += 1
        camel, prefix, suffix = patterns.most_common(1)[0][0] if patterns else (False, "", "_table")
        return free_attribute_name(f"{prefix}{_camel_case(table) if camel else table}{suffix}", taken, frozenset())


def _camel_case(name: str) -> str:
    """``revoked_token`` -> ``RevokedToken``: each part capitalised, nothing singularised."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def _last_class(models: ModelSet, file: str) -> str | None:
    in_file = [c for c in models.classes if c.file == file and c.kind != "mixin"]
    return max(in_file, key=lambda c: c.line).class_name if in_file else None


def _same_file(file: str, known: tuple[str, ...]) -> str:
    """``file`` as the ModelSet names it when it is one of its files."""
    wanted = Path(file).resolve()
    for candidate in known:
        if Path(candidate).resolve() == wanted:
            return candidate
    return file


def same_definition(table: Table, model_table: Table | None, column: str, naming) -> bool:
    """Whether ``column`` of the database's ``table`` is what ``model_table`` (a sibling
    class's table, where the column comes from a base) declares: type, nullability,
    default, primary key membership, no foreign key of its own, the same index or unique
    constraint of its own (``index=True``) under the name create_all gives it, the same comment."""
    truth, model = table.column(column), model_table.column(column) if model_table else None
    if model_table is None or truth is None or model is None:
        return False
    in_key = bool(table.primary_key and column in table.primary_key.columns)
    model_key = bool(model_table.primary_key and column in model_table.primary_key.columns)
    generated = truth.is_serial or truth.identity  # what the model's key makes by itself
    return (
        types_equivalent(truth.type, model.type).stored_alike
        and truth.nullable == model.nullable and in_key == model_key and truth.comment == model.comment
        and (generated or normalize_default(truth.default, truth.type) == normalize_default(model.default, truth.type))
        and not any(column in fk.columns for fk in table.foreign_keys)
        and _same_own_index(table, model_table, column, naming)
    )


def _same_own_index(table: Table, model_table: Table, column: str, naming) -> bool:
    truth, model = _own_index(table, column), _own_index(model_table, column)
    if truth is None or model is None:
        return truth is None and model is None
    (_, truth_name, truth_unique), (kind, name, unique) = truth, model
    if truth_unique != unique:
        return False
    if name is not None:  # named in the model: the name with this table's name in it
        expected = name.replace(model_table.name, table.name, 1)
    else:  # index=True / unique=True: the name create_all gives it here (None: the database's)
        expected = naming.unnamed(kind, table.name, (column,), schema=written_schema(table.schema))
    return expected is None or expected == truth_name


def _own_index(table: Table, column: str) -> tuple[str, str | None, bool] | None:
    """The index or unique constraint of ``column`` alone (what ``index=True`` /
    ``unique=True`` on the column make): its kind, name and uniqueness; None when none."""
    for index in table.indexes:
        if index.columns == (column,) and not index.expressions and index.where is None:
            return "index", index.name, index.unique
    for unique in table.unique_constraints:
        if unique.columns == (column,):
            return "unique", unique.name, True
    return None
