"""An evaluation's history in words: one readable sentence per audit entry.

The audit trail (``col.evaluations.history(id)``) stores machine facts - an action, a field,
the old and the new JSON.  A person reads "1.2 Asked the customer's name: Good → Excellent",
"Added a comment at 00:12: …" or "Submitted the evaluation", in their language, with the
rubric's own labels for items and levels.  :func:`describe` turns one entry into such a
:class:`~qaclient.messages.Message`; :func:`answer_text` words one answer.
"""

from __future__ import annotations

from typing import Any

from qaclient.evaluations import AuditEntry, status_name
from qaclient.messages import Message, current_language, msg
from qaclient.rubrics.model import Rubric, label

_QUOTE_LIMIT = 80


def _clock(ms: Any) -> str:
    try:
        s = max(0, int(ms)) // 1000
    except (TypeError, ValueError):
        return "—"
    return f"{s // 60:02d}:{s % 60:02d}"


def _quote(text: Any) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= _QUOTE_LIMIT else text[: _QUOTE_LIMIT - 1] + "…"


def item_name(rubric: Rubric | None, item_id: str | None, lang: str | None = None) -> str:
    """``1.2 Asked the customer's name``: the item's number in the form and its label."""
    if not item_id:
        return ""
    if rubric is None:
        return item_id
    lang = lang or current_language()
    for s_i, section in enumerate(rubric.sections, start=1):
        if section.id == item_id:
            return f"{s_i} {label(section.labels, lang)}"
        for i_i, item in enumerate(section.items, start=1):
            if item.id == item_id:
                return f"{s_i}.{i_i} {label(item.labels, lang)}"
    return item_id


def answer_text(
    rubric: Rubric | None, item_id: str | None, data: Any, lang: str | None = None
) -> str:
    """One answer in the inspector's words: the level's label, yes/no, ×count, N/A…"""
    lang = lang or current_language()
    if not isinstance(data, dict):
        return str(msg("history-no-answer").render(lang))
    item = rubric.item(item_id) if rubric is not None and item_id else None
    if data.get("na"):
        text = msg("history-na").render(lang)
    elif data.get("checked"):
        text = msg("history-section-checked").render(lang)
    elif "level" in data:
        level = item.level(str(data["level"])) if item is not None else None
        text = (
            label(level.labels, lang) if level is not None and level.labels else str(data["level"])
        )
    elif "yes" in data:
        text = msg("common-yes" if data["yes"] else "common-no").render(lang)
    elif "count" in data:
        text = msg("history-count", count=int(data["count"] or 0)).render(lang)
    elif "value" in data:
        text = str(data["value"])
    else:
        text = _quote(data.get("text", ""))
    if data.get("comment"):
        text += " (" + _quote(data["comment"]) + ")"
    return text


def _status_of(value: Any) -> tuple[str | None, str]:
    if isinstance(value, dict):
        return value.get("status"), str(value.get("reason") or "")
    return (str(value) if value else None), ""


def describe(entry: AuditEntry, rubric: Rubric | None, lang: str | None = None) -> Message:
    """What happened in *entry*, as one sentence in the reader's language."""
    lang = lang or current_language()
    old, new = entry.old, entry.new
    if entry.action == "create":
        title = label(rubric.labels, lang) if rubric is not None else ""
        version = str(rubric.version) if rubric is not None else ""
        return msg("history-created", rubric=title, version=version)
    if entry.action == "answer":
        name = item_name(rubric, entry.field, lang)
        if new is None:
            return msg("history-answer-cleared", item=name)
        new_text = answer_text(rubric, entry.field, new, lang)
        if old is None:
            return msg("history-answered", item=name, answer=new_text)
        return msg(
            "history-answer-changed",
            item=name,
            old=answer_text(rubric, entry.field, old, lang),
            answer=new_text,
        )
    if entry.action == "suggestion":
        from qaclient.assist.suggestions import finding_from_record

        data = new if isinstance(new, dict) else {}
        return msg(
            "assist-history-accepted",
            item=item_name(rubric, entry.field, lang),
            answer=answer_text(rubric, entry.field, data.get("answer"), lang),
            finding=finding_from_record(data) or "—",
            who=str(data.get("accepted_by") or entry.actor),
        )
    if entry.action == "note":
        if not new:
            return msg("history-note-cleared")
        return msg("history-note-written" if not old else "history-note-changed", text=_quote(new))
    if entry.action == "comment":
        if new is None:
            data = old if isinstance(old, dict) else {}
            return msg(
                "history-comment-deleted",
                time=_clock(data.get("position_ms")),
                text=_quote(data.get("text")),
            )
        data = new if isinstance(new, dict) else {}
        return msg(
            "history-comment-added" if old is None else "history-comment-edited",
            time=_clock(data.get("position_ms")),
            text=_quote(data.get("text")),
        )
    if entry.action == "status":
        target, reason = _status_of(new)
        before, _ = _status_of(old)
        sentences = {
            "submitted": "history-submitted",
            "acknowledged": "history-acknowledged",
            "final": "history-finalised",
        }
        if target == "revised":
            if reason:
                return msg("history-reopened-because", reason=_quote(reason))
            return msg("history-reopened")
        if target == "disputed":
            return msg("history-disputed", reason=_quote(reason) or "—")
        if target in sentences:
            return msg(sentences[target])
        return msg(
            "history-status-changed",
            old=status_name(before) if before else "—",
            new=status_name(target) if target else "—",
        )
    return msg("history-other", action=entry.action, field=entry.field or "")
