from sqlalchemy.orm import DeclarativeBase, declared_attr


def to_snake(name: str) -> str:
    # a loop: the reader does not work it out, and matches the usual names of the table instead
    out = []
    for index, char in enumerate(name):
        if char.isupper() and index:
            out.append("_")
        out.append(char.lower())
    return "".join(out)


class Base(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return to_snake(cls.__name__)
