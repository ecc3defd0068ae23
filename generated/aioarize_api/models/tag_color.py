from enum import StrEnum


class TagColor(StrEnum):
    AUBURN = "AUBURN"
    BLUE = "BLUE"
    BROWN = "BROWN"
    CORAL = "CORAL"
    CYAN = "CYAN"
    GRAY = "GRAY"
    GREEN = "GREEN"
    INDIGO = "INDIGO"
    LEMON = "LEMON"
    LIME = "LIME"
    OLIVE = "OLIVE"
    ORANGE = "ORANGE"
    PINE = "PINE"
    PINK = "PINK"
    PLUM = "PLUM"
    PURPLE = "PURPLE"
    RED = "RED"
    TEAL = "TEAL"
    YELLOW = "YELLOW"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TagColor | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
