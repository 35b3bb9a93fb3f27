from enum import auto

from .text_enum import NamedEnum


class RunState(NamedEnum):
    READY = auto()
    PAUSED = auto()
