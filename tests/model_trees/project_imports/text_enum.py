import enum


class NamedEnum(str, enum.Enum):
    """Members whose values are their names."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
