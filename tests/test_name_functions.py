"""A ``__tablename__`` computed from the class name, worked out where it is string operations
alone (``introspect.models.name_functions``), and nothing otherwise."""

import ast

from schema_inspector.introspect.models.name_functions import class_table_name


def _functions(source: str):
    """The lookup of the functions ``source`` defines, by name."""
    found = {node.name: node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)}
    return found.get


NONE = _functions("")
SNAKE_CASE = _functions('''
class ModelBase:
    @staticmethod
    def _to_snake_case(name):
        name = re.sub(r"([A-Z]+)([A-Z][a-z])", r'\\1_\\2', name)
        name = re.sub(r"([a-z\\d])([A-Z])", r'\\1_\\2', name)
        return name.lower()

    @classmethod
    def plural(cls, suffix):
        return f"{cls.__name__.lower()}{suffix}"


def camel_to_snake(name: str) -> str:
    """CamelCase to snake_case."""
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
''')


def test_a_helper_of_regular_expressions_gives_the_name_of_each_class():
    expression = "cls._to_snake_case(cls.__name__)"
    assert [class_table_name(expression, name, SNAKE_CASE) for name in ("Site", "RoomHistoryEntry", "VLAN", "IP",
                                                                        "MPSKClient", "BankAccount2")] == [
        "site", "room_history_entry", "vlan", "ip", "mpsk_client", "bank_account2"]


def test_string_methods_f_strings_joins_and_class_methods_are_followed():
    assert class_table_name("cls.__name__.lower() + 's'", "Tag", NONE) == "tags"
    assert class_table_name('f"app_{cls.__name__.lower()}"', "Tag", NONE) == "app_tag"
    assert class_table_name('"%s_log" % cls.__name__.lower()', "Tag", NONE) == "tag_log"
    assert class_table_name("camel_to_snake(cls.__name__)", "WebStorage", SNAKE_CASE) == "web_storage"
    assert class_table_name('cls.plural("_items")', "Order", SNAKE_CASE) == "order_items"
    assert class_table_name("cls.__name__[:-5].lower()", "UserModel", NONE) == "user"
    # the project's own function named ``sub`` is followed as it is written, not taken for re.sub
    assert class_table_name("sub(cls.__name__, 1, 2)", "Tag", _functions(
        "def sub(name, a, b):\n    return name.upper()\n")) == "TAG"


def test_anything_else_is_not_worked_out():
    assert class_table_name("settings.PREFIX + cls.__name__.lower()", "Tag", NONE) is None  # a name not known
    assert class_table_name("to_snake(cls.__name__)", "Tag", NONE) is None  # a function not given
    assert class_table_name("inflect.engine().plural(cls.__name__)", "Tag", NONE) is None
    assert class_table_name('"%999999999s" % cls.__name__', "Tag", NONE) is None  # a width: any length of text
    assert class_table_name("cls.__name__.lower() * 3", "Tag", NONE) is None
    assert class_table_name("cls.__name__.encode()", "Tag", NONE) is None  # not a string method it follows
    assert class_table_name("cls.recurse(cls.__name__)", "Tag", _functions(
        "def recurse(cls, name):\n    return cls.recurse(name)\n")) is None
