class ApiModel:
    """Stands for a pydantic-style base: what the API returns, not mapped."""


class Service(ApiModel):
    id: int
    name: str
