from sqlalchemy import CheckConstraint, Index, func


def table_args(cls, schema):
    """A check on ``code`` and an index on it, in ``schema``."""
    table = cls.__tablename__
    return (
        CheckConstraint("code <> ''", name=f"ck_{table}_code"),
        Index(f"ix_{table}_code", "code"),
        {"schema": schema},
    )


def lower_index(column):
    """An index on lower(column), attached to the column's table."""
    Index(f"ix_{column.table.name}_{column.name}_lower", func.lower(column))
