from enum import StrEnum


class LlmProvider(StrEnum):
    ANTHROPIC = "ANTHROPIC"
    AWS_BEDROCK = "AWS_BEDROCK"
    AZURE_OPEN_AI = "AZURE_OPEN_AI"
    CUSTOM = "CUSTOM"
    OPEN_AI = "OPEN_AI"
    VERTEX_AI = "VERTEX_AI"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LlmProvider | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
