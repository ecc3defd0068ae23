from enum import StrEnum


class DimensionCategory(StrEnum):
    ACTUALS = "ACTUALS"
    ACTUALS_CLASS = "ACTUALS_CLASS"
    ACTUALS_SCORE = "ACTUALS_SCORE"
    BATCH_ID = "BATCH_ID"
    FEATURE_LABEL = "FEATURE_LABEL"
    LLM_EVAL = "LLM_EVAL"
    MODEL_VERSION = "MODEL_VERSION"
    PREDICTIONS = "PREDICTIONS"
    PREDICTIONS_CLASS = "PREDICTIONS_CLASS"
    PREDICTIONS_SCORE = "PREDICTIONS_SCORE"
    SPAN_ATTRIBUTE = "SPAN_ATTRIBUTE"
    TAG = "TAG"
    USER_ANNOTATION = "USER_ANNOTATION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DimensionCategory | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
