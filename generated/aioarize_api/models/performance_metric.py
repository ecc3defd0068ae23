from enum import StrEnum


class PerformanceMetric(StrEnum):
    ACCURACY = "ACCURACY"
    ACTUALS_AVERAGE = "ACTUALS_AVERAGE"
    AUC = "AUC"
    CALIBRATION = "CALIBRATION"
    DISPARATE_IMPACT = "DISPARATE_IMPACT"
    FALSE_NEGATIVE_DENSITY = "FALSE_NEGATIVE_DENSITY"
    FALSE_NEGATIVE_RATE = "FALSE_NEGATIVE_RATE"
    FALSE_POSITIVE_RATE = "FALSE_POSITIVE_RATE"
    FALSE_POSITIVE_RATE_PARITY = "FALSE_POSITIVE_RATE_PARITY"
    F_1 = "F_1"
    GROUP_AUC = "GROUP_AUC"
    LOG_LOSS = "LOG_LOSS"
    MACRO_AVERAGED_PRECISION = "MACRO_AVERAGED_PRECISION"
    MACRO_AVERAGED_RECALL = "MACRO_AVERAGED_RECALL"
    MAE = "MAE"
    MAPE = "MAPE"
    MASE = "MASE"
    MEAN_ERROR = "MEAN_ERROR"
    MICRO_AVERAGED_PRECISION = "MICRO_AVERAGED_PRECISION"
    MICRO_AVERAGED_RECALL = "MICRO_AVERAGED_RECALL"
    MRR = "MRR"
    MSE = "MSE"
    MULTI_CLASS_PRECISION = "MULTI_CLASS_PRECISION"
    MULTI_CLASS_RECALL = "MULTI_CLASS_RECALL"
    NDCG = "NDCG"
    PRECISION = "PRECISION"
    PREDICTION_AVERAGE = "PREDICTION_AVERAGE"
    PR_AUC = "PR_AUC"
    RANKING_MAP = "RANKING_MAP"
    RANKING_PRECISION = "RANKING_PRECISION"
    RANKING_RECALL = "RANKING_RECALL"
    RECALL = "RECALL"
    RECALL_PARITY = "RECALL_PARITY"
    RMSE = "RMSE"
    R_SQUARED = "R_SQUARED"
    SENSITIVITY = "SENSITIVITY"
    SMAPE = "SMAPE"
    SPECIFICITY = "SPECIFICITY"
    WAPE = "WAPE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PerformanceMetric | None":
        # The API adds enum values without a version bump: an unknown string
        # becomes an unregistered pseudo-member instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
