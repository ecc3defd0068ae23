from enum import StrEnum


class WebhookEventType(StrEnum):
    EVALUATOR_VERSION_CREATED = "EVALUATOR_VERSION_CREATED"
    ONLINE_TASK_RUN_FAILED = "ONLINE_TASK_RUN_FAILED"
    PROMPT_VERSION_CREATED = "PROMPT_VERSION_CREATED"
    PROMPT_VERSION_LABELED = "PROMPT_VERSION_LABELED"
    PROMPT_VERSION_UNLABELED = "PROMPT_VERSION_UNLABELED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventType | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
