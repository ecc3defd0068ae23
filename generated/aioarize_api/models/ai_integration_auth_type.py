from enum import StrEnum


class AiIntegrationAuthType(StrEnum):
    BEARER_TOKEN = "BEARER_TOKEN"
    DEFAULT = "DEFAULT"
    OAUTH2_CLIENT_CREDENTIALS = "OAUTH2_CLIENT_CREDENTIALS"
    PROXY_WITH_HEADERS = "PROXY_WITH_HEADERS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AiIntegrationAuthType | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
