"""A one-item rubric document with a given ``signal:`` binding (loader tests)."""

from __future__ import annotations

from typing import Any

L = {"zh_CN": "项", "en": "Item", "es": "Ítem"}


def doc_with_signal(binding: dict[str, Any], kind: str = "levels") -> dict[str, Any]:
    item: dict[str, Any] = {"id": "i", "kind": kind, "labels": L, "signal": binding}
    if kind == "levels":
        item.update(max=3, levels=["excellent", "poor"])
    else:
        item.update(points=1)
    return {
        "format": "qaclient-rubric/1",
        "id": "r",
        "version": 1,
        "labels": L,
        "scoring": {"mode": "base", "base": 100} if kind == "deduction" else {"mode": "points"},
        "sections": [{"id": "s", "labels": L, "items": [item]}],
    }
