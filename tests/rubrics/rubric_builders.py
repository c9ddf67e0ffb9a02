"""Builders of small rubric documents for the rubric engine tests."""

from __future__ import annotations

import copy
from typing import Any

from qaclient.rubrics.loader import FORMAT, load_document


def L(text: str) -> dict[str, str]:  # noqa: N802 - reads like a literal
    """Labels in all three languages."""
    return {"zh_CN": f"{text}（中）", "en": text, "es": f"{text} (es)"}


def item(iid: str, kind: str = "levels", **kw: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": iid, "kind": kind, "labels": L(iid)}
    if kind == "levels" and "max" not in kw and "levels" not in kw:
        doc["max"] = 10
    if kind == "yesno" and "max" not in kw and not kw.get("flag"):
        doc["max"] = 2
    if kind in ("deduction", "bonus") and "points" not in kw:
        doc["points"] = 1
    if kind == "numeric" and "min" not in kw:
        doc["min"], doc["max"] = -5, 5
    doc.update(kw)
    return doc


def section(sid: str, *items: dict[str, Any], **kw: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": sid, "labels": L(sid), "items": list(items)}
    doc.update(kw)
    return doc


def rubric_doc(*sections: dict[str, Any], **kw: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "id": "t",
        "version": 1,
        "labels": L("test"),
        "sections": list(sections),
    }
    doc.update(kw)
    return copy.deepcopy(doc)


def build(*sections: dict[str, Any], **kw: Any):
    return load_document(rubric_doc(*sections, **kw), "test.yaml")
