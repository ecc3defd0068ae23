"""Spans as OpenTelemetry traces: how seeded spans form traces, and the traces a project lists.

Seeded spans come in traces of 3, 1, 4 and 2 spans, in turn. A trace of n
spans takes the ten-minute steps of its n slots: its root starts first and
ends last; span p (p > 0) is a child of span (p - 1) // 2, starts in step p
and ends 100 s before its parent. Span IDs are 16 hex digits, trace IDs 32, as
OpenTelemetry writes them; a span ID carries its slot, so finding one is O(1).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._generate import MISSING, SPACING_S, iso, mix

if TYPE_CHECKING:
    from ._store import Filter, Instance, View

_LOW = 0xFFFFFFFF
_TRACE_SIZES = (3, 1, 4, 2)
_CYCLE = sum(_TRACE_SIZES)
#: The first slot of each trace within one cycle of ``_TRACE_SIZES``.
_FIRSTS = tuple(sum(_TRACE_SIZES[:k]) for k in range(len(_TRACE_SIZES)))
#: Span fields that place a seeded span in its trace (computed, not generated).
PLACED = frozenset({"context", "parent_id", "start_time", "end_time"})


def span_id(base: int, slot: int) -> str:
    """Seeded span ``slot``'s ID: 32 hashed bits, then the slot masked by the instance's."""
    return f"{mix(base, slot) & _LOW:08x}{(slot ^ mix(base)) & _LOW:08x}"


def span_slot(base: int, identifier: str) -> int | None:
    """The slot a span ID names (its ID must still be checked against the slot's)."""
    if len(identifier) != 16:
        return None
    try:
        return (int(identifier[8:], 16) ^ mix(base)) & _LOW
    except ValueError:
        return None


def trace_of(slot: int) -> tuple[int, int, int]:
    """(trace number, first slot, size) of the trace seeded span ``slot`` is in."""
    cycle, within = divmod(slot, _CYCLE)
    k = bisect_right(_FIRSTS, within) - 1
    return cycle * len(_TRACE_SIZES) + k, cycle * _CYCLE + _FIRSTS[k], _TRACE_SIZES[k]


def seeded_field(base: int, epoch: int, slot: int, size: int, name: str) -> Any:
    """Placed field ``name`` of seeded span ``slot`` of ``size`` (``MISSING``: it has none).

    One field at a time, so that filtering many spans on their start computes only that.
    """
    number, first, n = trace_of(slot)
    position = slot - first
    if name == "parent_id":
        return span_id(base, first + (position - 1) // 2) if position else MISSING
    if name == "context":
        trace = f"{mix(base, number, 1):016x}{mix(base, number, 2):016x}"
        return {"trace_id": trace, "span_id": span_id(base, slot)}
    r = mix(base, slot, 7)
    began = epoch + first * SPACING_S
    if name == "start_time":
        return iso(began + position * SPACING_S + 100 + r % 100 + (r >> 20) % 1000 / 1000)
    if name == "end_time":
        n = min(n, size - first)  # the last trace may be cut short
        depth = (position + 1).bit_length() - 1
        return iso(
            began + n * SPACING_S - 100 * (depth + 1) + (r >> 8) % 50 + (r >> 40) % 1000 / 1000
        )
    return MISSING


def seeded_span(base: int, epoch: int, slot: int, size: int) -> dict[str, Any]:
    """The placed fields of seeded span ``slot`` of ``size``: its context, parent and times."""
    fields = {name: seeded_field(base, epoch, slot, size, name) for name in sorted(PLACED)}
    return {name: value for name, value in fields.items() if value is not MISSING}


def place(span: dict[str, Any], fields: dict[str, Any]) -> None:
    """Put a generated span where ``fields`` say (a root has no parent; events happen in it)."""
    span.update(fields)
    if "parent_id" not in fields:
        span.pop("parent_id", None)
    for event in span.get("events") or ():
        event["timestamp"] = fields["start_time"]


class Traces:
    """The traces of one instance of spans: one per trace that has spans left, in order.

    Slots here are indexes into the current grouping, rebuilt when the spans change;
    a trace's fields are computed when first asked for.
    """

    def __init__(self, spans: Instance) -> None:
        self._spans = spans
        self._version = -1
        self._groups: list[list[int]] = []
        self._heads: dict[int, dict[str, Any]] = {}

    def _grouped(self) -> list[list[int]]:
        """The live spans' slots, trace by trace."""
        spans = self._spans
        if self._version != spans.version:
            groups: dict[int, list[int]] = {}
            for slot in spans.slots():
                groups.setdefault(trace_of(slot)[0], []).append(slot)
            self._groups = list(groups.values())
            self._heads = {}
            self._version = spans.version
        return self._groups

    def _head(self, index: int) -> dict[str, Any]:
        """Trace ``index``'s fields but its spans."""
        head = self._heads.get(index)
        if head is None:
            spans, slots = self._spans, self._grouped()[index]
            root = next((s for s in slots if spans.field(s, "parent_id") is MISSING), slots[0])
            head = {
                "trace_id": spans.field(slots[0], "context")["trace_id"],
                "root_span_id": spans.field(root, "context")["span_id"],
                "start_time": min(spans.field(s, "start_time") for s in slots),
                "end_time": max(spans.field(s, "end_time") for s in slots),
                "spans_truncated": False,
            }
            self._heads[index] = head
        return head

    def spans_of(self, trace_id: str) -> list[int]:
        """The slots of the spans left in trace ``trace_id`` (none: no such trace)."""
        groups = self._grouped()
        return next((g for k, g in enumerate(groups) if self._head(k)["trace_id"] == trace_id), [])

    def advance(self) -> None:
        """Traces have no lifecycle (the list calls this on every collection)."""

    def matches(self, filters: Sequence[Filter]) -> Sequence[int]:
        count = len(self._grouped())
        if not filters:
            return range(count)
        return [
            k
            for k in range(count)
            if all(f.matches(self._head(k).get(f.field, MISSING)) for f in filters)
        ]

    def listed(self, filters: Sequence[Filter]) -> Sequence[int]:
        """Traces list in the order their spans were seeded (no order is documented)."""
        return self.matches(filters)

    def encoded(self, index: int, view: View | None = None) -> bytes:
        head = json.dumps(self._head(index), separators=(",", ":")).encode()
        spans = b",".join(self._spans.encoded(s) for s in self._grouped()[index])
        return head[:-1] + b',"spans":[' + spans + b"]}"
