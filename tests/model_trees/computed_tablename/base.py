import re

from sqlalchemy.orm import DeclarativeBase, declared_attr


def to_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Base(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return to_snake(cls.__name__)
