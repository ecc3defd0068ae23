from enum import StrEnum


class SpanKind(StrEnum):
    AGENT = "AGENT"
    CHAIN = "CHAIN"
    DECISION = "DECISION"
    EMBEDDING = "EMBEDDING"
    EVALUATOR = "EVALUATOR"
    GUARDRAIL = "GUARDRAIL"
    LLM = "LLM"
    PROMPT = "PROMPT"
    RERANKER = "RERANKER"
    RETRIEVER = "RETRIEVER"
    TOOL = "TOOL"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SpanKind | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
