from enum import StrEnum


class CreateAwsBedrockBearerTokenAuthAuthType(StrEnum):
    BEARER_TOKEN = "BEARER_TOKEN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "CreateAwsBedrockBearerTokenAuthAuthType | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
