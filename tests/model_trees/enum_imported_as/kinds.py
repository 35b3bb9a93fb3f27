import enum


class StatusCode(enum.Enum):
    OK = 200
    NOT_FOUND = 404


class SignalStatus(enum.Enum):
    UNSET = "unset"
    OK = "ok"
    ERROR = "error"
