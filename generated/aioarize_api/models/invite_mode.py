from enum import StrEnum


class InviteMode(StrEnum):
    EMAIL_LINK = "EMAIL_LINK"
    NONE = "NONE"
    TEMPORARY_PASSWORD = "TEMPORARY_PASSWORD"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InviteMode | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
