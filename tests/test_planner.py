"""The plan builder: each discrepancy kind -> its actions and reasons (hand-built), then the
decisions on the seed and modern fixtures."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from modelset_builder import model_set, model_table

from schema_inspector.introspect.models import (
    Reference,
    RelationshipSource,
    content_hash,
)
from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    Enum,
    ForeignKey,
    Index,
    PrimaryKey,
    Schema,
    Table,
    UniqueConstraint,
)
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
from schema_inspector.planner.build import build_plan
from schema_inspector.planner.options import PlannerOptions
from schema_inspector.planner.plan import Plan

INT = ColumnType("integer")
TEXT = ColumnType("text")
TSTZ = ColumnType("timestamp with time zone")
BOOL = ColumnType("boolean")
JSONB = ColumnType("jsonb")


# class names in the singular convention (the builder's default is plural: ``Users``)
SINGULAR = {"users": "User", "genres": "Genre"}


def col(name, type_=INT, nullable=True, **kw):
    return Column(name, type_, nullable=nullable, **kw)


def plan_for(truth_tables, model_tables, options=PlannerOptions(), truth_kw=None, **ms_kw):
    truth = Schema(tables=tuple(truth_tables), **(truth_kw or {}))
    models = model_set(Schema(tables=tuple(model_tables), enums=ms_kw.pop("model_enums", ())), **ms_kw)
    return build_plan(truth, models, options)


def of(plan: Plan, cls) -> list:
    return [a for a in plan.actions if isinstance(a, cls)]


def users(*extra: Column, **changes) -> Table:
    return replace(Table(
        "users",
        columns=(col("id", nullable=False, default="nextval('users_id_seq'::regclass)"), col("email", TEXT, nullable=False))
        + extra,
        primary_key=PrimaryKey(("id",)),
    ), **changes)


def model_users(*extra: Column, **changes) -> Table:
    return model_table(users(), columns=(col("id", nullable=False), col("email", TEXT, nullable=False)) + extra, **changes)


# -- renames ------------------------------------------------------------------------------


def test_strong_rename_maps_the_column_and_keeps_the_attribute():
    plan = plan_for([users(col("users_id"))], [model_users(col("user_id"))])
    [action] = plan.actions
    assert isinstance(action, MapColumnName)
    assert (action.attribute, action.column, action.old_column) == ("user_id", "users_id", "user_id")
    assert (action.file, action.class_name, action.table) == ("models.py", "Users", "users")
    assert "confidence" in action.reason and "keeps every caller working" in action.reason


TIMESTAMP = ColumnType("timestamp without time zone")


def test_weak_pair_is_left_alone_and_asked_about():
    # never a drop and an add that together rename the attribute under its callers
    plan = plan_for([users(col("last_used_at", TSTZ))], [model_users(col("last_active", TIMESTAMP))])
    assert plan.actions == ()
    [undecided] = plan.undecided
    assert (undecided.class_name, undecided.attribute, undecided.old_column, undecided.new_column) == (
        "Users", "last_active", "last_active", "last_used_at")
    assert '"users.last_active" = "last_used_at"' in undecided.message and "--drop-unmatched" in undecided.message


def test_weak_pair_is_drop_plus_add_naming_the_candidate_with_drop_unmatched():
    plan = plan_for([users(col("last_used_at", TSTZ))], [model_users(col("last_active", TIMESTAMP))],
                    PlannerOptions(drop_unmatched=True))
    assert plan.undecided == ()
    [add] = of(plan, AddColumn)
    [drop] = of(plan, DropColumn)
    assert not of(plan, MapColumnName)
    assert drop.attribute == "last_active" and "last_used_at might be the same column renamed" in drop.reason
    assert "renames" in drop.reason  # says how to declare it
    assert add.attribute == "last_used_at" and "last_active might be this column" in add.reason


def test_declared_rename_is_mapped_even_with_weak_evidence():
    options = PlannerOptions(renames=(("users", "last_active", "last_used_at"),))
    plan = plan_for([users(col("last_used_at", TSTZ))], [model_users(col("last_active", TSTZ))], options)
    assert [type(a) for a in plan.actions] == [MapColumnName]
    assert "declared" in plan.actions[0].reason


def test_rename_threshold_option_decides_strength():
    strict = PlannerOptions(rename_threshold=0.99)
    truth = users(col("last_activity_at", TSTZ), col("seen_at", TSTZ))
    plan = plan_for([truth], [model_users(col("last_activity", TSTZ))], strict)
    assert not of(plan, MapColumnName) and [u.new_column for u in plan.undecided] == ["last_activity_at"]
    default = plan_for([truth], [model_users(col("last_activity", TSTZ))])
    assert [a.column for a in of(default, MapColumnName)] == ["last_activity_at"]


def test_table_rename_sets_tablename():
    truth = Table("support_tickets", columns=(col("id", nullable=False), col("subject", TEXT)))
    plan = plan_for([truth], [model_table(truth, name="support_ticket")])
    [action] = plan.actions
    assert isinstance(action, SetTableName)
    assert (action.name, action.old_name, action.class_name) == ("support_tickets", "support_ticket", "SupportTicket")


# -- missing and extra columns ---------------------------------------------------------------


def test_missing_columns_are_added_in_database_order_after_their_predecessor():
    fk = ForeignKey(("created_by",), "users", ("id",), ondelete="SET NULL")
    status = ColumnType("note_status", kind="enum")
    truth = Table(
        "notes",
        columns=(
            col("id", nullable=False), col("title", TEXT), col("metadata", JSONB), col("class", TEXT),
            col("created_by"), col("state", status, nullable=False, default="'new'::note_status"),
            col("code", TEXT, nullable=False),
        ),
        primary_key=PrimaryKey(("id",)),
        foreign_keys=(fk,),
        unique_constraints=(UniqueConstraint(("code",)),),
    )
    model = model_table(truth, columns=(col("id", nullable=False), col("title", TEXT)))
    enum = Enum("note_status", ("new", "done"))
    plan = plan_for([users(), truth], [model_users(), model], truth_kw={"enums": (enum,)})
    added = of(plan, AddColumn)
    assert [(a.column, a.attribute, a.after) for a in added] == [
        ("metadata", "metadata_", "title"),
        ("class", "class_", "metadata_"),
        ("created_by", "created_by", "class_"),
        ("state", "state", "created_by"),
        ("code", "code", "state"),
    ]
    assert "'metadata' is reserved" in added[0].reason and 'Column(\'metadata\'' in added[0].reason
    assert added[2].foreign_key == fk
    assert added[3].enum == enum and added[3].definition.default == "'new'::note_status"
    assert added[4].unique and not added[4].primary_key
    assert all(a.definition == truth.column(a.column) for a in added)


def test_new_attribute_name_avoids_the_class_attributes():
    truth = users(col("email_address", TEXT), col("mail", TEXT))
    model = model_users(col("email_address", TEXT))
    # the model maps "email_address" under the attribute "mail": the new column "mail" must not take it
    plan = plan_for([truth], [model], attributes={("users", "email_address"): "mail"})
    [add] = of(plan, AddColumn)
    assert (add.column, add.attribute) == ("mail", "mail_2")


def _with_model_changes(model_tables, **changes):
    """A hand-built ModelSet with fields the builder does not set (relationships, class names)."""
    return replace(model_set(Schema(tables=tuple(model_tables)), class_names=SINGULAR), **changes)


def test_new_attribute_name_avoids_relationships_methods_and_backrefs():
    truth = users(col("user_role", TEXT), col("owner", INT), col("email_address", TEXT))
    models = model_set(Schema(tables=(model_users(),)), class_names=SINGULAR)
    user = replace(models.classes[0], names=("user_role", "id", "email"))  # e.g. a property
    backref = RelationshipSource("Account", "users", "User", "models.py", 90, 90, backref="owner")
    models = replace(models, classes=(user,), relationships=(backref,))
    plan = build_plan(Schema(tables=(truth,)), models, PlannerOptions())
    assert {(a.column, a.attribute) for a in of(plan, AddColumn)} == {
        ("user_role", "user_role_2"), ("owner", "owner_2"), ("email_address", "email_address"),
    }
    assert not [n for n in plan.notes if "not known" in n]


def test_extra_column_is_dropped_with_a_warning_naming_its_uses():
    refs = (Reference("login_count", "views.py", 12), Reference("login_count", "models.py", 99))
    plan = plan_for([users()], [model_users(col("login_count"))], references=refs)
    [drop] = plan.actions
    assert isinstance(drop, DropColumn) and drop.attribute == "login_count"
    assert "views.py:12" in drop.reason and "models.py:99" in drop.reason


def test_dropping_a_column_names_the_table_items_that_go_with_it():
    truth = users()
    model = model_users(
        col("nick", TEXT),
        unique_constraints=(UniqueConstraint(("email", "nick"), "uq_users_nick"), UniqueConstraint(("nick",))),
        indexes=(Index("ix_users_nick", ("nick",)),),
    )
    [drop] = of(plan_for([truth], [model]), DropColumn)
    assert drop.reason.endswith("So are the table items that list the column: UniqueConstraint uq_users_nick, Index ix_users_nick.")


def test_extra_column_without_uses_has_no_warning():
    plan = plan_for([users()], [model_users(col("login_count"))])
    assert "Warning" not in plan.actions[0].reason


# -- column attributes -------------------------------------------------------------------------


def test_nullable_type_default_comment_and_foreign_key_follow_the_database():
    fk = ForeignKey(("owner_id",), "users", ("id",), ondelete="CASCADE")
    truth = Table(
        "items",
        columns=(
            col("id", nullable=False), col("owner_id", nullable=False),
            col("data", JSONB, comment="free-form"), col("flag", BOOL, default="false"),
            col("note", TEXT, default="'x'::text"),
        ),
        primary_key=PrimaryKey(("id",)),
        foreign_keys=(fk,),
    )
    model = model_table(
        truth,
        columns=(
            col("id", nullable=False), col("owner_id", nullable=True), col("data", ColumnType("json")),
            col("flag", BOOL), col("note", TEXT, default="'y'"),
        ),
        foreign_keys=(ForeignKey(("owner_id",), "users", ("id",)),),
    )
    plan = plan_for([users(), truth], [model_users(), model])
    assert [(type(a).__name__, a.attribute) for a in plan.actions] == [
        ("SetType", "data"),
        ("SetNullable", "owner_id"),
        ("SetForeignKey", "owner_id"),
        ("SetServerDefault", "flag"),
        ("SetServerDefault", "note"),
        ("SetComment", "data"),
    ]
    set_type, nullable, foreign_key, flag, note, comment = plan.actions
    assert set_type.type == JSONB and "warning" in set_type.reason
    assert nullable.nullable is False
    assert foreign_key.foreign_key == fk
    assert flag.default == "false" and note.default == "'x'"  # normalised: no redundant cast
    assert comment.comment == "free-form"


def test_table_comment_is_planned_by_default_on_the_class():
    truth = users(comment="Registered accounts")
    [action] = plan_for([truth], [model_users()], class_names=SINGULAR).actions
    assert isinstance(action, SetTableComment) and action.kind == "comment"
    assert (action.class_name, action.table, action.comment) == ("User", "users", "Registered accounts")
    assert '"comment" in __table_args__' in action.reason
    [removed] = plan_for([users()], [model_users(comment="old")], class_names=SINGULAR).actions
    assert removed.comment is None and "the database has none" in removed.reason


def test_a_table_comment_is_left_by_hand_when_a_base_class_holds_the_table_args():
    truth = users(comment="Registered accounts")
    models = model_set(Schema(tables=(model_users(),)), class_names=SINGULAR, mixin_columns={("users", "id"): "Keyed"})
    classes = tuple(replace(c, names=("__table_args__", "id")) if c.class_name == "Keyed" else c for c in models.classes)
    plan = build_plan(Schema(tables=(truth,)), replace(models, classes=classes), PlannerOptions())
    assert plan.actions == ()
    assert any("may take __table_args__ from Keyed" in item.message for item in plan.by_hand)


def test_identity_follows_the_database_on_the_column():
    truth = users(columns=(col("id", nullable=False, identity="always"), col("email", TEXT, nullable=False)))
    [action] = plan_for([truth], [model_users()], class_names=SINGULAR).actions
    assert isinstance(action, SetIdentity) and action.kind == "identity"
    assert (action.attribute, action.column, action.identity) == ("id", "id", "always")
    assert "Identity(always=True)" in action.reason
    model = model_table(users(), columns=(col("id", nullable=False, identity="by default"), col("email", TEXT, nullable=False)))
    [dropped] = plan_for([users()], [model], class_names=SINGULAR).actions
    assert dropped.identity is None and "drops its Identity" in dropped.reason


def test_identity_of_a_mixin_column_changes_the_mixin_when_every_class_agrees():
    tables = [
        Table(name, columns=(col("id", nullable=False, identity="by default"),), primary_key=PrimaryKey(("id",)))
        for name in ("a", "b")
    ]
    models = [model_table(t, columns=(col("id", nullable=False),)) for t in tables]
    plan = plan_for(tables, models, mixin_columns={("a", "id"): "IdMixin", ("b", "id"): "IdMixin"})
    assert [(a.class_name, a.identity) for a in of(plan, SetIdentity)] == [("IdMixin", "by default")]


def test_removed_foreign_key_and_removed_default():
    truth = Table("items", columns=(col("id", nullable=False), col("owner_id")), primary_key=PrimaryKey(("id",)))
    model = model_table(
        truth,
        columns=(col("id", nullable=False), col("owner_id", default="0")),
        foreign_keys=(ForeignKey(("owner_id",), "users", ("id",)),),
    )
    plan = plan_for([users(), truth], [model_users(), model])
    [foreign_key] = of(plan, SetForeignKey)
    [default] = of(plan, SetServerDefault)
    assert foreign_key.foreign_key is None and "removes the ForeignKey" in foreign_key.reason
    assert default.default is None


def test_cosmetic_type_only_with_include_cosmetic():
    truth = Table("t", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    models = model_set(Schema(tables=(model_table(truth),)))
    models = replace(models, columns=(replace(models.columns[0], type_source="db.INTEGER"),))
    truth_schema = Schema(tables=(truth,))
    assert build_plan(truth_schema, models, PlannerOptions()).actions == ()
    [action] = build_plan(truth_schema, models, PlannerOptions(include_cosmetic=True)).actions
    assert isinstance(action, SetType) and action.type == INT


def test_enum_labels_and_enum_type_carry_the_database_enum():
    status = ColumnType("status", kind="enum")
    enum = Enum("status", ("new", "open", "closed"))
    truth = Table("t", columns=(col("s", status), col("k", status)))
    model = model_table(truth, columns=(col("s", status), col("k", TEXT)))
    plan = plan_for([truth], [model], truth_kw={"enums": (enum,)}, model_enums=(Enum("status", ("new", "closed"), schema=None),))
    assert [(a.attribute, a.type, a.enum) for a in of(plan, SetType)] == [("s", status, enum), ("k", status, enum)]


def test_type_no_sqlalchemy_type_renders_is_left_by_hand_not_an_action():
    domain = ColumnType("positive_int", kind="domain")
    truth = Table("t", columns=(col("id", nullable=False), col("n", domain)), primary_key=PrimaryKey(("id",)))
    plan = plan_for([truth], [model_table(truth, columns=(col("id", nullable=False), col("n", TEXT)))])
    assert plan.actions == ()
    assert any("no SQLAlchemy type renders positive_int" in item.message for item in plan.by_hand)


# -- primary keys ----------------------------------------------------------------------------------


def test_table_without_primary_key_keeps_the_orm_key_and_gets_sql():
    truth = Table("users_faves_directors", columns=(col("id", nullable=False), col("users_id", nullable=False)))
    plan = plan_for([truth], [model_table(truth, primary_key=PrimaryKey(("id",)))])
    assert not of(plan, SetPrimaryKey)
    [sql] = of(plan, SuggestSQL)
    assert sql.sql == "ALTER TABLE users_faves_directors ADD PRIMARY KEY (id);"
    assert sql.file == "" and sql.class_name == "UsersFavesDirectors"
    note = next(n for n in plan.notes if "no primary key" in n)
    assert "could not assemble any primary key columns" in note and "removing primary_key=True" in note
    assert "ADD PRIMARY KEY" in note and "seed task" not in note


def test_primary_key_flags_follow_a_database_key():
    truth = Table("tags", columns=(col("a", nullable=False), col("b", nullable=False)), primary_key=PrimaryKey(("a", "b")))
    plan = plan_for([truth], [model_table(truth, primary_key=PrimaryKey(("a",)))])
    [action] = plan.actions
    assert isinstance(action, SetPrimaryKey) and (action.attribute, action.primary_key) == ("b", True)


def test_sql_identifiers_are_quoted():
    truth = Table("Order Items", schema="Sales", columns=(col("id", nullable=False),))
    truth_schema = Schema(tables=(truth,), schemas=("Sales",))
    models = model_set(Schema(tables=(replace(truth, primary_key=PrimaryKey(("id",))),)))
    plan = build_plan(truth_schema, models, PlannerOptions())
    [sql] = of(plan, SuggestSQL)
    assert sql.sql == 'ALTER TABLE "Sales"."Order Items" ADD PRIMARY KEY (id);'


# -- new classes --------------------------------------------------------------------------------


def test_missing_table_gets_a_class_in_the_file_of_its_foreign_key_neighbours():
    channels = Table(
        "tv_channels",
        columns=(col("id", nullable=False), col("owner_id"), col("metadata", JSONB), col("class", TEXT)),
        primary_key=PrimaryKey(("id",)),
        foreign_keys=(ForeignKey(("owner_id",), "users", ("id",)),),
    )
    other = Table("genres", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    plan = plan_for(
        [users(), other, channels], [model_users(), model_table(other)],
        files={"users": "models_user.py", "genres": "models_media.py"},
        class_names=SINGULAR,
    )
    [model] = of(plan, AddModel)
    assert model.class_name == "TvChannel"
    assert model.file == "models_user.py" and "foreign-key neighbours" in model.reason
    assert model.attributes == (("id", "id"), ("owner_id", "owner_id"), ("metadata", "metadata_"), ("class", "class_"))
    assert model.orm_primary_key == ("id",) and model.after_class == "User"
    assert model.definition == channels


def test_missing_table_file_from_options_then_prefix_then_first_file():
    media = Table("media", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    backup = Table("media_backup", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    files = {"users": "a_models.py", "media": "b_models.py"}
    by_prefix = plan_for([users(), media, backup], [model_users(), model_table(media)], files=files)
    assert of(by_prefix, AddModel)[0].file == "b_models.py"
    chosen = plan_for(
        [users(), media, backup], [model_users(), model_table(media)],
        PlannerOptions(model_files=(("media_backup", "a_models.py"),)), files=files,
    )
    assert of(chosen, AddModel)[0].file == "a_models.py" and "model-files" in of(chosen, AddModel)[0].reason
    lonely = Table("zebra", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    first = plan_for([users(), media, lonely], [model_users(), model_table(media)], files=files)
    assert of(first, AddModel)[0].file == "a_models.py"


def test_without_evidence_a_new_class_goes_to_the_file_with_most_models_never_a_package_init():
    a, b = (Table(name, columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",))) for name in ("a", "b"))
    lonely = Table("zebra", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    files = {"users": "pkg/accounts.py", "a": "pkg/content.py", "b": "pkg/content.py"}
    truth = Schema(tables=(users(), a, b, lonely))
    models = model_set(Schema(tables=(model_users(), model_table(a), model_table(b))), files=files, style="mapped_column")
    [model] = of(build_plan(truth, replace(models, files=("pkg/__init__.py", *models.files)), PlannerOptions()), AddModel)
    assert model.file == "pkg/content.py" and "the file with the most model classes" in model.reason
    assert model.style is None  # the file's own classes say how to write it
    # openFEC: candidate_notes, with no foreign key and no other candidate_ table, goes to candidates.py
    notes = Table("account_notes", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    [model] = of(build_plan(Schema(tables=(users(), a, b, notes)), models, PlannerOptions()), AddModel)
    assert model.file == "pkg/accounts.py" and "named after its first word" in model.reason
    only_init = replace(models, schema=Schema(), classes=(), columns=(), files=("pkg/__init__.py", "pkg/zz.py"))
    [model] = of(build_plan(Schema(tables=(lonely,)), only_init, PlannerOptions()), AddModel)
    assert model.file == "pkg/zz.py"


def test_a_new_class_in_a_file_without_classes_takes_the_codebases_style():
    lonely = Table("zebra", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    options = PlannerOptions(model_files=(("zebra", "pkg/__init__.py"),))
    for style in ("mapped_column", "column"):
        models = model_set(Schema(tables=(model_users(),)), file="pkg/accounts.py", style=style)
        [model] = of(build_plan(Schema(tables=(users(), lonely)), models, options), AddModel)
        assert (model.file, model.style) == ("pkg/__init__.py", style)


def test_two_new_classes_in_one_file_follow_each_other():
    a = Table("tv_channels", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    b = Table("tv_shows", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    plan = plan_for([users(), a, b], [model_users()], class_names=SINGULAR)
    assert [(m.class_name, m.after_class) for m in of(plan, AddModel)] == [("TvChannel", "User"), ("TvShow", "TvChannel")]


def test_new_class_for_table_without_primary_key_uses_unique_not_null_column_and_suggests_sql():
    table = Table(
        "affinity",
        columns=(col("users_id", nullable=False), col("code", TEXT, nullable=False), col("score")),
        unique_constraints=(UniqueConstraint(("code",)),),
    )
    plan = plan_for([users(), table], [model_users()])
    [model] = of(plan, AddModel)
    assert model.orm_primary_key == ("code",) and "unique NOT NULL column code" in model.reason
    [sql] = of(plan, SuggestSQL)
    assert sql.sql == "ALTER TABLE affinity ADD PRIMARY KEY (code);"


def test_new_class_without_any_key_uses_all_not_null_columns():
    table = Table("log", columns=(col("at", TSTZ, nullable=False), col("what", TEXT, nullable=False), col("extra")))
    [model] = of(plan_for([users(), table], [model_users()]), AddModel)
    assert model.orm_primary_key == ("at", "what") and "every NOT NULL column" in model.reason


def test_class_name_follows_a_plural_codebase():
    table = Table("tv_channels", columns=(col("id", nullable=False),), primary_key=PrimaryKey(("id",)))
    truth = Schema(tables=(users(), table))
    models = model_set(Schema(tables=(model_users(),)))  # builder names the class "Users": plural
    [model] = of(build_plan(truth, models, PlannerOptions()), AddModel)
    assert model.class_name == "TvChannels"


def test_class_without_table_is_explained_not_acted_on():
    gone = Table("old_stuff", columns=(col("id", nullable=False),))
    plan = plan_for([users()], [model_users(), model_table(gone)])
    assert plan.actions == ()
    assert any("old_stuff" in note and "No fix is planned" in note for note in plan.notes)


# -- mixins ---------------------------------------------------------------------------------------


def _timestamped(name: str, created_nullable: bool) -> tuple[Table, Table]:
    truth = Table(name, columns=(col("id", nullable=False), col("created_at", TSTZ, nullable=created_nullable)),
                  primary_key=PrimaryKey(("id",)))
    model = model_table(truth, columns=(col("id", nullable=False), col("created_at", TSTZ, nullable=True)))
    return truth, model


def test_mixin_column_changes_once_when_every_table_agrees():
    (ta, ma), (tb, mb) = _timestamped("a", False), _timestamped("b", False)
    mixins = {("a", "created_at"): "TimestampMixin", ("b", "created_at"): "TimestampMixin"}
    plan = plan_for([ta, tb], [ma, mb], mixin_columns=mixins, files={"TimestampMixin": "base.py"})
    [action] = plan.actions
    assert isinstance(action, SetNullable) and action.nullable is False
    assert (action.file, action.class_name) == ("base.py", "TimestampMixin")
    assert "every class using it" in action.reason


def test_mixin_column_is_overridden_in_the_one_class_that_differs():
    (ta, ma), (tb, mb) = _timestamped("a", False), _timestamped("b", True)
    mixins = {("a", "created_at"): "TimestampMixin", ("b", "created_at"): "TimestampMixin"}
    plan = plan_for([ta, tb], [ma, mb], mixin_columns=mixins, files={"TimestampMixin": "base.py"})
    [action] = plan.actions
    assert isinstance(action, OverrideColumn)
    assert (action.file, action.class_name, action.attribute) == ("models.py", "A", "created_at")
    assert (action.source_file, action.source_class) == ("base.py", "TimestampMixin")
    [change] = action.changes  # carried out on the copy of the mixin's statement
    assert isinstance(change, SetNullable) and change.nullable is False and change.class_name == "A"
    assert "overrides created_at" in action.reason and "TimestampMixin" in action.reason and "B" in action.reason
    assert Action.from_json(action.to_json()) == action


# -- timestamp policy ---------------------------------------------------------------------------


def _policy_tables():
    truth = Table(
        "posts",
        columns=(col("id", nullable=False), col("created_at", TSTZ, nullable=False), col("updated_at", TSTZ, default="now()")),
        primary_key=PrimaryKey(("id",)),
    )
    model = model_table(truth, columns=(
        col("id", nullable=False), col("created_at", TSTZ, nullable=False, default="now()"), col("updated_at", TSTZ),
    ))
    return truth, model


def test_without_policy_the_models_follow_the_database():
    truth, model = _policy_tables()
    plan = plan_for([truth], [model])
    assert [(a.attribute, a.default) for a in of(plan, SetServerDefault)] == [("created_at", None), ("updated_at", "now()")]
    assert not of(plan, SuggestSQL)


def test_policy_keeps_conforming_models_and_suggests_sql_for_the_database():
    truth, model = _policy_tables()
    plan = plan_for([truth], [model], PlannerOptions(timestamp_policy=True))
    assert not of(plan, SetServerDefault)
    assert sorted(a.sql for a in of(plan, SuggestSQL)) == [
        "ALTER TABLE posts ALTER COLUMN created_at SET DEFAULT now();",
        "ALTER TABLE posts ALTER COLUMN updated_at DROP DEFAULT;",
    ]


def test_policy_fixes_models_that_break_it():
    truth = Table("posts", columns=(col("id", nullable=False), col("created_at", TSTZ, default="CURRENT_TIMESTAMP"),
                                    col("updated_at", TSTZ)), primary_key=PrimaryKey(("id",)))
    model = model_table(truth, columns=(col("id", nullable=False), col("created_at", TSTZ, default="'now()'"),
                                        col("updated_at", TSTZ, default="now()")))
    plan = plan_for([truth], [model], PlannerOptions(timestamp_policy=True))
    assert [(a.attribute, a.default) for a in of(plan, SetServerDefault)] == [("created_at", "now()"), ("updated_at", None)]
    assert not of(plan, SuggestSQL)


def test_policy_ignores_a_created_at_that_is_not_a_timestamp():
    truth = Table("events", columns=(col("id", nullable=False), col("created_at", ColumnType("bigint"))),
                  primary_key=PrimaryKey(("id",)))
    assert plan_for([truth], [model_table(truth)], PlannerOptions(timestamp_policy=True)).actions == ()


def test_policy_shapes_new_columns():
    truth, _ = _policy_tables()
    plan = plan_for([truth], [model_table(truth, columns=(col("id", nullable=False),))], PlannerOptions(timestamp_policy=True))
    added = {a.column: a.definition.default for a in of(plan, AddColumn)}
    assert added == {"created_at": "now()", "updated_at": None}


# -- plan as data -------------------------------------------------------------------------------


def test_plan_json_round_trip_and_file_hashes(tmp_path):
    """A plan records the hash the reader took of each file it edits; the planner reads no
    file itself (a file on disk that the models did not hash gets none)."""
    models_file = tmp_path / "models.py"
    models_file.write_bytes(b"# models\n")
    truth, model = Schema(tables=(users(col("users_id")),)), Schema(tables=(model_users(col("user_id")),))
    read = replace(model_set(model, file=str(models_file)), file_hashes=((str(models_file), content_hash(b"# x\n")),))
    plan = build_plan(truth, read, PlannerOptions())
    assert plan.file_hashes == ((str(models_file), content_hash(b"# x\n")),)
    assert Plan.from_json(plan.to_json()) == plan
    assert build_plan(truth, model_set(model, file=str(models_file)), PlannerOptions()).file_hashes == ()


# -- the fixtures -------------------------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _seed_options() -> PlannerOptions:
    from schema_inspector.config import read_config

    config = read_config(FIXTURES / "seed" / "pyproject.toml")
    return PlannerOptions(
        renames=config.renames,
        timestamp_policy=config.timestamp_policy,
        model_files=tuple((table, config.relative(file)) for table, file in config.model_files),
    )


@pytest.fixture(scope="module")
def seed_plan(pg):
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema

    truth = read_schema(pg.new_database((FIXTURES / "seed" / "schema.sql").read_text(encoding="utf-8")))
    models = read_models(FIXTURES / "seed" / "models", "models_*.py")
    return build_plan(truth, models, _seed_options()), models


def _by(plan, cls, table, **fields):
    return [a for a in of(plan, cls) if a.table == table and all(getattr(a, k) == v for k, v in fields.items())]


def test_seed_renames_are_mapped(seed_plan):
    plan, _ = seed_plan
    mapped = {(a.table, a.attribute, a.column) for a in of(plan, MapColumnName)}
    assert {
        ("users_sessions", "user_id", "users_id"), ("users_devices", "user_id", "users_id"),
        ("notifications", "user_id", "users_id"), ("users_sessions", "last_activity", "last_activity_at"),
        ("referral_codes", "code", "referral_code"), ("referrals", "code", "referral_code"),
        ("users_devices", "last_active", "last_used_at"),
    } == mapped


def test_seed_table_without_primary_key(seed_plan):
    plan, _ = seed_plan
    assert not _by(plan, SetPrimaryKey, "users_faves_directors")
    assert [a.sql for a in _by(plan, SuggestSQL, "users_faves_directors")] == [
        "ALTER TABLE users_faves_directors ADD PRIMARY KEY (id);"
    ]
    assert any("could not assemble any primary key columns" in n for n in plan.notes)


def test_seed_new_classes(seed_plan):
    plan, _ = seed_plan
    models = {a.table: a for a in of(plan, AddModel)}
    assert {t: (m.class_name, Path(m.file).name) for t, m in models.items()} == {
        "media_backup": ("MediaBackup", "models_media.py"),
        "tv_channels": ("TvChannel", "models_media.py"),
        "users_media_affinity": ("UserMediaAffinity", "models_user.py"),
    }
    for table in ("media_backup", "tv_channels"):
        rating = models[table].definition.column("imdb_rating")
        assert (rating.type.name, rating.type.precision, rating.type.scale) == ("numeric", 3, 1)
    assert ("metadata", "metadata_") in models["media_backup"].attributes


def test_seed_timestamps(seed_plan):
    plan, _ = seed_plan
    created = {a.table for a in of(plan, SetServerDefault) if a.column == "created_at" and a.default == "now()"}
    assert {"users", "users_sessions", "users_devices", "notifications", "users_actions", "comments",
            "channels", "directors", "referral_codes", "reseller_accounts"} == created
    updated = [(a.table, a.default) for a in of(plan, SetServerDefault) if a.column == "updated_at"]
    assert updated == [("payments", None)]
    sql = {(a.table, a.sql) for a in of(plan, SuggestSQL) if "DEFAULT" in a.sql}
    assert sql == {
        ("media", "ALTER TABLE media ALTER COLUMN updated_at DROP DEFAULT;"),
        ("referrals", "ALTER TABLE referrals ALTER COLUMN created_at SET DEFAULT now();"),
        ("support_messages", "ALTER TABLE support_messages ALTER COLUMN created_at SET DEFAULT now();"),
    }


def test_seed_never_renames_to_metadata(seed_plan):
    plan, _ = seed_plan
    assert not [a for a in plan.actions if getattr(a, "attribute", None) == "metadata"]
    [added] = _by(plan, AddColumn, "notifications", column="metadata")
    assert added.attribute == "metadata_"
    note = next(n for n in plan.notes if "Media.media_metadata" in n)
    assert "'metadata' by Declarative" in note and "would break the class" in note and "seed task" not in note


def test_seed_plan_is_deterministic_and_hashes_every_edited_file(seed_plan, pg):
    plan, models = seed_plan
    assert Plan.from_json(plan.to_json()) == plan
    edited = {a.file for a in plan.actions if a.file}
    assert {f for f, _ in plan.file_hashes} == edited
    for file, digest in plan.file_hashes:
        assert digest == content_hash(Path(file).read_bytes())
    from schema_inspector.introspect.postgres import read_schema

    truth = read_schema(pg.new_database((FIXTURES / "seed" / "schema.sql").read_text(encoding="utf-8")))
    assert build_plan(truth, models, _seed_options()).to_json() == plan.to_json()


def test_modern_plan(pg):
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema

    truth = read_schema(pg.new_database((FIXTURES / "modern" / "schema.sql").read_text(encoding="utf-8")))
    plan = build_plan(truth, read_models(FIXTURES / "modern" / "models"), PlannerOptions())
    [mapped] = of(plan, MapColumnName)
    assert (mapped.attribute, mapped.column) == ("writer_id", "author_id")
    # the Python enum the column is made from gains the member (never string labels)
    assert not [a for a in of(plan, SetType) if a.column == "status"]
    [member] = of(plan, AddEnumMember)
    assert (member.class_name, member.attribute, member.value, member.after) == (
        "ArticleStatus", "archived", "archived", "published")
    assert {(a.table, a.attribute, a.primary_key) for a in of(plan, SetPrimaryKey)} == {
        ("article_tags", "article_id", True), ("article_tags", "tag_id", True)
    }
    [audit_log] = of(plan, AddModel)
    assert audit_log.class_name == "AuditLog"
    # no foreign key, no name prefix: the file with the most classes, in its own (Mapped) style
    assert (Path(audit_log.file).name, audit_log.style) == ("content.py", None)
    assert [a.attribute for a in of(plan, DropColumn)] == ["twitter_handle"]
    assert [(a.attribute, a.default) for a in of(plan, SetServerDefault)] == [("is_approved", "false")]
    assert [a.comment for a in of(plan, SetComment)] == ["URL path segment, unique across the site"]
    [fk] = of(plan, SetForeignKey)
    assert fk.foreign_key.ondelete == "CASCADE"
    assert {(a.class_name, a.attribute, a.identity) for a in of(plan, SetIdentity)} == {
        (cls, "id", "by default") for cls in ("Article", "Author", "Comment", "Subscriber", "Tag")
    }


# -- unique constraints and indexes -------------------------------------------------------------


def _items_plan(truth: Table, model: Table, **ms_kw) -> Plan:
    return plan_for([truth], [model], class_names=SINGULAR, **ms_kw)


def _decisions(plan: Plan) -> list[tuple]:
    return [
        (type(a).__name__, a.definition.name, tuple(a.definition.columns), a.attribute)
        for a in plan.actions if isinstance(a, (AddUniqueConstraint, DropUniqueConstraint, AddIndex, DropIndex))
    ]


def test_missing_unique_constraints_go_on_the_column_under_the_default_name_else_to_table_args():
    name = col("name", TEXT)
    truth = users(name, unique_constraints=(
        UniqueConstraint(("email",), "users_email_key"),
        UniqueConstraint(("name",), "uq_users_name"),
        UniqueConstraint(("email", "name"), "uq_users_email_name"),
    ))
    plan = _items_plan(truth, model_users(name))
    assert _decisions(plan) == [
        ("AddUniqueConstraint", "uq_users_email_name", ("email", "name"), None),
        ("AddUniqueConstraint", "uq_users_name", ("name",), None),
        ("AddUniqueConstraint", "users_email_key", ("email",), "email"),
    ]
    assert "under the database's name" in of(plan, AddUniqueConstraint)[1].reason
    assert "unique=True on email" in of(plan, AddUniqueConstraint)[2].reason


def test_nulls_not_distinct_needs_table_args():
    truth = users(unique_constraints=(UniqueConstraint(("email",), "users_email_key", nulls_not_distinct=True),))
    assert _decisions(_items_plan(truth, model_users())) == [
        ("AddUniqueConstraint", "users_email_key", ("email",), None),
    ]


def test_missing_indexes_go_on_the_column_under_sqlalchemys_name_else_to_table_args():
    name = col("name", TEXT)
    truth = users(name, indexes=(
        Index("ix_users_email", ("email",), unique=True),
        Index("ix_users_name_partial", ("name",), where="name IS NOT NULL"),
        Index("ix_users_lower_name", (), expressions=("lower(name)",)),
        Index("users_name_idx", ("name",)),
    ))
    plan = _items_plan(truth, model_users(name))
    assert sorted(_decisions(plan)) == [
        ("AddIndex", "ix_users_email", ("email",), "email"),
        ("AddIndex", "ix_users_lower_name", (), None),
        ("AddIndex", "ix_users_name_partial", ("name",), None),
        ("AddIndex", "users_name_idx", ("name",), None),
    ]


def test_one_column_takes_one_flag():
    """unique=True next to index=True would make one unique index of the two."""
    truth = users(
        unique_constraints=(UniqueConstraint(("email",), "users_email_key"),),
        indexes=(Index("ix_users_email", ("email",)),),
    )
    assert _decisions(_items_plan(truth, model_users())) == [
        ("AddUniqueConstraint", "users_email_key", ("email",), "email"),
        ("AddIndex", "ix_users_email", ("email",), None),
    ]


def test_extra_items_are_removed_where_they_are_written():
    model = model_users(
        unique_constraints=(UniqueConstraint(("email",)), UniqueConstraint(("id", "email"), "uq_old")),
        indexes=(Index(None, ("email",)), Index("ix_old", ("email", "id"))),
    )
    plan = _items_plan(users(), model)
    assert _decisions(plan) == [
        ("DropUniqueConstraint", None, ("email",), "email"),
        ("DropUniqueConstraint", "uq_old", ("id", "email"), None),
        ("DropIndex", None, ("email",), "email"),
        ("DropIndex", "ix_old", ("email", "id"), None),
    ]


def test_an_index_that_differs_is_rewritten_where_it_is():
    # index=True on email, but the database's ix_users_email is unique: set again on the column
    plan = _items_plan(users(indexes=(Index("ix_users_email", ("email",), unique=True),)),
                       model_users(indexes=(Index(None, ("email",)),)))
    assert _decisions(plan) == [("AddIndex", "ix_users_email", ("email",), "email")]
    assert "is rewritten" in plan.actions[0].reason
    # an Index item of the same name is rewritten in place
    plan = _items_plan(users(indexes=(Index("ix_e", ("email", "id")),)), model_users(indexes=(Index("ix_e", ("email",)),)))
    assert _decisions(plan) == [("AddIndex", "ix_e", ("email", "id"), None)]


def test_an_index_true_that_must_become_an_item_is_dropped_from_its_column():
    plan = _items_plan(users(indexes=(Index("ix_users_email", ("email", "id")),)),
                       model_users(indexes=(Index(None, ("email",)),)))
    assert _decisions(plan) == [
        ("DropIndex", None, ("email",), "email"),
        ("AddIndex", "ix_users_email", ("email", "id"), None),
    ]


def test_items_on_a_mixin_column_are_notes():
    model = model_users(indexes=(Index(None, ("email",)),))
    plan = _items_plan(users(), model, mixin_columns={("users", "email"): "EmailMixin"})
    assert _decisions(plan) == []
    assert any("index=True is declared outside User" in n for n in plan.notes)


# -- relationships --------------------------------------------------------------------------


def _notifications(*fks: ForeignKey) -> Table:
    return Table(
        "notifications",
        columns=(col("id", nullable=False), col("users_id"), col("created_by")),
        primary_key=PrimaryKey(("id",)),
        foreign_keys=fks,
    )


USERS_ID = ForeignKey(("users_id",), "users", ("id",))
CREATED_BY = ForeignKey(("created_by",), "users", ("id",))


def _relationship(cls: str, attribute: str, target: str, **kw) -> RelationshipSource:
    return RelationshipSource(cls, attribute, target, "models.py", 100, 100, **kw)


def _relationship_plan(model_fks: tuple[ForeignKey, ...], relationships) -> Plan:
    truth = Schema(tables=(users(), _notifications(USERS_ID, CREATED_BY)))
    models = replace(
        model_set(Schema(tables=(model_users(), model_table(_notifications(*model_fks)))),
                  class_names={**SINGULAR, "notifications": "Notification"},
                  attributes={("notifications", "users_id"): "user_id"}),
        relationships=tuple(relationships),
    )
    return build_plan(truth, models, PlannerOptions())


def test_a_second_foreign_key_path_names_the_old_path_on_both_sides():
    plan = _relationship_plan((USERS_ID,), [
        _relationship("User", "notifications", "Notification", back_populates="user"),
        _relationship("Notification", "user", "User", back_populates="notifications"),
        _relationship("Notification", "author", "User", foreign_keys=True),
        _relationship("User", "mentions", "Notification", secondary=True),
        _relationship("Notification", "user_by_join", "User", primaryjoin=True),
    ])
    actions = of(plan, SetRelationshipForeignKeys)
    assert [(a.class_name, a.attribute, a.foreign_keys) for a in actions] == [
        ("User", "notifications", ("Notification.user_id",)),
        ("Notification", "user", ("Notification.user_id",)),
    ]
    assert "notifications(created_by) -> users" in actions[0].reason
    assert "AmbiguousForeignKeysError" in actions[0].reason


def test_one_path_needs_nothing():
    truth = Schema(tables=(users(), _notifications(USERS_ID)))
    models = replace(
        model_set(Schema(tables=(model_users(), model_table(_notifications(USERS_ID)))),
                  class_names={**SINGULAR, "notifications": "Notification"}),
        relationships=(_relationship("User", "notifications", "Notification"),),
    )
    assert of(build_plan(truth, models, PlannerOptions()), SetRelationshipForeignKeys) == []


def test_a_relationship_whose_path_the_models_do_not_show_is_a_note():
    plan = _relationship_plan((), [_relationship("User", "notifications", "Notification")])
    assert of(plan, SetRelationshipForeignKeys) == []
    assert any("User.notifications (models.py:100)" in n and "foreign_keys= by hand" in n for n in plan.notes)


# -- the fixtures: indexes, unique constraints, relationships -------------------------------------


def test_seed_unique_constraints_and_indexes(seed_plan):
    plan, _ = seed_plan
    decided = {(a.table, *d) for a, d in zip(
        [a for a in plan.actions if isinstance(a, (AddUniqueConstraint, DropUniqueConstraint, AddIndex, DropIndex))],
        _decisions(plan), strict=False,
    )}
    assert decided == {
        ("users_faves_directors", "AddUniqueConstraint", "uq_users_faves_directors", ("users_id", "directors_id"), None),
        ("comments", "DropIndex", None, ("media_id",), "media_id"),
        ("comments", "AddIndex", "ix_comments_media_id", ("media_id", "created_at"), None),
        ("media", "AddIndex", "ix_media_published", ("published_at",), None),
        ("media", "AddIndex", "ix_media_title_lower", (), None),
        ("notifications", "AddIndex", "ix_notifications_unread", ("users_id",), None),
        ("payments", "AddIndex", "ix_payments_users_id", ("users_id",), "user_id"),
        ("subscriptions", "AddIndex", "ix_subscriptions_users_id", ("users_id",), "user_id"),
        ("support_messages", "AddIndex", "ix_support_messages_ticket_id", ("ticket_id", "created_at"), None),
        ("support_tickets", "AddIndex", "ix_support_tickets_open", ("priority", "created_at"), None),
        ("users_actions", "AddIndex", "ix_users_actions_users_id_created", ("users_id", "created_at"), None),
        ("users_sessions", "AddIndex", "ix_users_sessions_active", ("users_id",), None),
    }


def test_seed_items_also_name_columns_as_the_models_still_do(seed_plan):
    plan, _ = seed_plan
    [unread] = [a for a in of(plan, AddIndex) if a.definition.name == "ix_notifications_unread"]
    assert (unread.definition.columns, unread.model_columns) == (("users_id",), ("user_id",))


def test_seed_notifications_relationships_name_their_foreign_key(seed_plan):
    plan, _ = seed_plan
    assert {(a.class_name, a.attribute, a.foreign_keys) for a in of(plan, SetRelationshipForeignKeys)} == {
        ("User", "notifications", ("Notification.user_id",)),
        ("Notification", "user", ("Notification.user_id",)),
    }


def test_modern_has_no_index_unique_or_relationship_action(pg):
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema

    truth = read_schema(pg.new_database((FIXTURES / "modern" / "schema.sql").read_text(encoding="utf-8")))
    plan = build_plan(truth, read_models(FIXTURES / "modern" / "models"), PlannerOptions())
    assert [a for a in plan.actions if a.kind in ("unique", "index", "relationship")] == []


# -- end to end: the items and relationships above, applied, and Alembic as the judge -------------

ITEMS_SQL = """
CREATE TABLE owners (id serial PRIMARY KEY);
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    email varchar(100) NOT NULL,
    handle text NOT NULL,
    org integer NOT NULL,
    code text,
    owner_id integer REFERENCES owners (id),
    creator_id integer REFERENCES owners (id),
    CONSTRAINT accounts_email_key UNIQUE (email),
    CONSTRAINT uq_accounts_org_handle UNIQUE (org, handle),
    CONSTRAINT uq_accounts_code UNIQUE NULLS NOT DISTINCT (code)
);
CREATE INDEX ix_accounts_org ON accounts (org);
CREATE UNIQUE INDEX ix_accounts_handle ON accounts (handle);
CREATE INDEX ix_accounts_lower_email ON accounts (lower((email)::text));
CREATE INDEX accounts_code_hash ON accounts USING hash (code);
CREATE INDEX ix_accounts_active ON accounts (org) WHERE code IS NOT NULL;
"""

# Both styles: a unique constraint where the database has a unique index (handle), index=True
# and an Index the database lacks, a UniqueConstraint it lacks, and one foreign key to owners
# where the database has two (the relationships would become ambiguous).
ITEMS_MODELS = {
    "flask": ('''\
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Owner(db.Model):
    __tablename__ = "owners"

    id = db.Column(db.Integer, primary_key=True)
    accounts = db.relationship("Account", back_populates="owner")


class Account(db.Model):
    __tablename__ = "accounts"
    __table_args__ = (
        db.Index("ix_old", "email"),
        db.UniqueConstraint("email", "org", name="uq_gone"),
    )

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(100), nullable=False)
    handle = db.Column(db.Text, nullable=False, unique=True)
    org = db.Column(db.Integer, nullable=False, index=True)
    code = db.Column(db.Text, index=True)
    owner_id = db.Column(db.Integer, db.ForeignKey("owners.id"))
    owner = db.relationship("Owner", back_populates="accounts")
''', "models:db.metadata"),
    "mapped": ('''\
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Owner(Base):
    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    accounts: Mapped[list["Account"]] = relationship(back_populates="owner")


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = {"comment": None}

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(100))
    handle: Mapped[str] = mapped_column(Text, unique=True)
    org: Mapped[int] = mapped_column(index=True)
    code: Mapped[Optional[str]] = mapped_column(Text, index=True)
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("owners.id"))
    owner: Mapped[Optional[Owner]] = relationship(back_populates="accounts")
''', "models:Base.metadata"),
}


@pytest.mark.slow
@pytest.mark.parametrize("style", sorted(ITEMS_MODELS))
def test_items_and_relationships_converge_and_alembic_agrees(pg, tmp_path, style):
    from alembic_oracle import judge

    from schema_inspector.codemods.files import Failed, run_plan
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema

    source, metadata = ITEMS_MODELS[style]
    path = tmp_path / "models.py"
    path.write_text(source, encoding="utf-8")
    url = pg.new_database(ITEMS_SQL)
    plan = build_plan(read_schema(url), read_models(path), PlannerOptions())
    assert {a.kind for a in plan.actions} == {"add-column", "unique", "index", "relationship"}
    assert [r.message for r in run_plan(plan, write=True, allowed_root=tmp_path) if isinstance(r, Failed)] == []
    assert build_plan(read_schema(url), read_models(path), PlannerOptions()).actions == ()
    verdict = judge(tmp_path, metadata, url)
    assert (verdict.configure_error, verdict.warnings, verdict.before) == (None, [], [])



HIDDEN_BASES = '''\
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Audited(Base):
    __abstract__ = True

    if AUDIT:
        audited_by = Column(Integer)


class Tracked(Audited):
    __abstract__ = True
'''

HIDDEN_COLUMNS = '''\
from sqlalchemy import Column, Integer, MetaData, Table, Text
from elsewhere import ExternalBase

from .base import Base, Tracked

metadata = MetaData()


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    if FEATURE:
        total = Column(Integer)


class RushOrder(Order):
    __tablename__ = "rush_orders"

    id = Column(Integer, primary_key=True)


class Ledger(ExternalBase):
    __tablename__ = "ledgers"

    id = Column(Integer, primary_key=True)


class Invoice(Tracked):
    __tablename__ = "invoices"

    id = Column(Integer, primary_key=True)


class Employee(Base):
    __tablename__ = "employees"

    id = Column(Integer, primary_key=True)
    kind = Column(Text)
    __mapper_args__ = {"polymorphic_on": kind}


class Manager(Employee):
    __mapper_args__ = {"polymorphic_identity": "manager"}
    if BONUS:
        bonus = Column(Integer)


tags = Table("tags", metadata, Column("id", Integer, primary_key=True), Column(NAME, Text))


class Item(Base):
    __tablename__ = "items"

    id = Column(Integer, primary_key=True)
'''


def test_no_column_is_added_to_a_class_whose_columns_the_reader_cannot_all_see(pg, tmp_path):
    # `total` under `if`, a column of an unread base (here or in a file outside the glob,
    # read for its bases), one of a single-table subclass, a Table column without a name:
    # each may be there already, and adding it would define it twice. A note says so
    # instead; a class the reader sees whole (Item) still gets its missing column, and so does
    # a class whose unseen columns are the attributes an `if` assigns (Order's `note` is none of
    # them: psiTurk's column in both branches of an `if` hid every column of its class).
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema

    url = pg.new_database(
        "CREATE TABLE orders (id integer PRIMARY KEY, total integer, note text);"
        "CREATE TABLE rush_orders (id integer PRIMARY KEY, total integer, note text);"
        "CREATE TABLE ledgers (id integer PRIMARY KEY, created_by text);"
        "CREATE TABLE invoices (id integer PRIMARY KEY, audited_by integer);"
        "CREATE TABLE employees (id integer PRIMARY KEY, kind text, bonus integer);"
        "CREATE TABLE tags (id integer PRIMARY KEY, label text);"
        "CREATE TABLE items (id integer PRIMARY KEY, name text);"
    )
    package = tmp_path / "models"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "base.py").write_text(HIDDEN_BASES)
    path = package / "models_shop.py"
    path.write_text(HIDDEN_COLUMNS)
    models = read_models(package, "models_*.py")
    plan = build_plan(read_schema(url), models, PlannerOptions())
    assert [(a.table, a.column) for a in of(plan, AddColumn)] == [
        ("orders", "note"), ("rush_orders", "note"), ("items", "name")]
    for table, column, cls, where in (("ledgers", "created_by", "Ledger", f"{path}:23"),
                                      ("tags", "label", "tags", f"{path}:49")):
        [note] = [n for n in plan.notes if f"column {table}.{column} " in n]
        assert f"not added: the reader cannot see every column of {cls} (see {where})" in note, note
    # the columns an `if` assigns are their classes' (inherited too), each named in an unresolved line
    assert len(plan.notes) == 2
    base = package / "base.py"
    assert {(u.file, u.line, u.hides_columns_of, u.hidden_attribute) for u in models.unresolved
            if u.hidden_attribute is not None} == {
        (str(path), 14, "Order", "total"), (str(base), 11, "Audited", "audited_by"),
        (str(path), 46, "Manager", "bonus")}


def test_a_note_about_many_classes_names_five_and_counts_the_rest():
    tables = [Table(f"t{n:02}", columns=(col("id", nullable=False), col("metadata", JSONB)),
                    primary_key=PrimaryKey(("id",))) for n in range(12)]
    plan = plan_for(tables, tables, attributes={(t.name, "metadata"): "metadata_" for t in tables})
    [note] = [n for n in plan.notes if n.startswith("Kept ")]
    assert note.count("Column('metadata', ...)") == 5
    assert " and 7 more: the attribute is not renamed" in note


def test_no_enum_member_whose_value_another_member_has(pg, tmp_path):
    """A new label whose member would take the value of an existing member would be an alias
    of it in Python (``small = "small"`` after ``SMALL = "small"``): no new label for
    SQLAlchemy, so the plan leaves it to a person instead of adding it."""
    from schema_inspector.introspect.models import read_models
    from schema_inspector.introspect.postgres import read_schema

    (tmp_path / "models.py").write_text(
        "import enum\n"
        "from sqlalchemy import Enum, Integer\n"
        "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n"
        "class Base(DeclarativeBase):\n    pass\n\n"
        "class Size(enum.Enum):\n    SMALL = \"small\"\n    LARGE = \"large\"\n\n"
        "class Box(Base):\n    __tablename__ = \"boxes\"\n"
        "    id: Mapped[int] = mapped_column(Integer, primary_key=True)\n"
        "    size: Mapped[Size] = mapped_column(Enum(Size, name=\"size\"))\n", encoding="utf-8")
    truth = read_schema(pg.new_database(
        "CREATE TYPE size AS ENUM ('SMALL', 'LARGE', 'small', 'HUGE');"
        "CREATE TABLE boxes (id integer PRIMARY KEY, size size NOT NULL);"))
    plan = build_plan(truth, read_models(tmp_path / "models.py"), PlannerOptions())
    assert [(a.attribute, a.value) for a in of(plan, AddEnumMember)] == [("HUGE", "huge")]
    assert [b for b in plan.by_hand if "'small'" in b.message]


def test_an_enum_call_with_options_spread_says_no_length():
    """``Enum(Kind, native_enum=False, **OPTIONS)``: the spread may set length=, so the written
    keywords are not known (a widened varchar stays by hand, never a String in the Enum's place)."""
    from schema_inspector.planner.build import _enum_call

    assert _enum_call("Enum(Kind, native_enum=False)") == {"native_enum": False}
    assert _enum_call("sa.Enum(Kind, native_enum=False, length=32)") == {"native_enum": False, "length": 32}
    assert _enum_call("Enum(Kind, native_enum=False, **OPTIONS)") is None
