"""Records as tables: model ``to_dict()`` output as a pandas DataFrame.

pandas is an optional extra (``aioarize[pandas]``), imported only when a table is
asked for, so the client itself never pays for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import MissingDependencyError

if TYPE_CHECKING:
    import pandas

PANDAS_EXTRA = "pip install pandas (or install aioarize with its [pandas] extra)"


def import_pandas(feature: str) -> Any:
    """The pandas module, or ``MissingDependencyError`` saying which extra ``feature`` needs."""
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependencyError(f"{feature} needs pandas: {PANDAS_EXTRA}") from exc
    return pandas


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``record`` with nested mappings spread into dotted keys (``config.provider``).

    Lists stay single values: a row is one record, whatever its lists hold.
    """
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def to_frame(records: Iterable[Mapping[str, Any]], *, feature: str) -> pandas.DataFrame:
    """One row per record, nested fields as dotted columns in order of first appearance.

    A field a record lacks is missing (NaN) in its row; no records give an empty frame.
    """
    pd = import_pandas(feature)
    frame: pandas.DataFrame = pd.DataFrame([flatten(record) for record in records])
    return frame
