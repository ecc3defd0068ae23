from enum import StrEnum


class DataQualityMetric(StrEnum):
    AVERAGE_STRING_LIST_LENGTH = "AVERAGE_STRING_LIST_LENGTH"
    AVG = "AVG"
    CARDINALITY = "CARDINALITY"
    COUNT = "COUNT"
    MISSING_VALUES = "MISSING_VALUES"
    NEW_VALUES = "NEW_VALUES"
    P50 = "P50"
    P95 = "P95"
    P99 = "P99"
    P99_9 = "P99_9"
    PERCENT_EMPTY = "PERCENT_EMPTY"
    STANDARD_DEVIATION = "STANDARD_DEVIATION"
    SUM = "SUM"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DataQualityMetric | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
