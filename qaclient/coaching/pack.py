"""The coaching pack: everything the trainer hands over in a session, as plain data.

:func:`build_pack` gathers the agent's figures, the session plan, the selected items and
the clips with their comments; ``ui.coaching.pack_pdf.write_pack_pdf`` draws it with Qt's
own PDF writer (the core never imports Qt), and :func:`export_clips` cuts the clips
beside the PDF with :func:`qaclient.audio.clips.export_clip`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qaclient.coaching.plan import PlanPrompt
    from qaclient.coaching.service import AgentProfile, ClipView, ItemComparison, SessionView
    from qaclient.collection import Collection


@dataclass
class PackClip:
    number: int
    clip: ClipView
    item_label: str
    scored_at: str
    file_stem: str  # clip-01-<call>


@dataclass
class CoachingPack:
    agent: str
    agent_name: str
    session: SessionView
    profile: AgentProfile
    clips: list[PackClip]
    comparison: list[ItemComparison]
    prompts: list[PlanPrompt]
    focus_labels: dict[str, str]
    clip_files: dict[str, str] = field(default_factory=dict)  # stem -> file name, after export
    trainer_name: str = ""  # the trainer's display name

    @property
    def file_stem(self) -> str:
        day = (
            (self.session.held_at or self.session.scheduled_at or self.session.created_at)
            .date()
            .isoformat()
        )
        return f"{_safe(self.agent)}-{day}-coaching"


def _safe(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_") or "call"


def build_pack(col: Collection, session_id: uuid.UUID | str, *, lang: str = "en") -> CoachingPack:
    from qaclient.reports.common import load_labels
    from qaclient.storage.models import Evaluation

    coaching = col.coaching
    view = coaching.get_session(session_id)
    profile = coaching.profile(view.agent, lang=lang)
    user = col.users.get(view.agent)
    with col.Session() as s:
        labels = load_labels(s)
        scored = {}
        for c in view.clips:
            ev = s.get(Evaluation, c.evaluation_id)
            scored[c.id] = (
                ev.scored_at.strftime("%Y-%m-%d %H:%M") if ev is not None and ev.scored_at else ""
            )
    clips = [
        PackClip(
            i + 1,
            c,
            labels.item_any(c.item_id, lang) if c.item_id else "",
            scored[c.id],
            f"clip-{i + 1:02d}-{_safe(c.call_id)}",
        )
        for i, c in enumerate(view.clips)
    ]
    focus = coaching.focus_of(view)
    comparison = (
        coaching.before_after(view.id, lang=lang) if view.status in ("held", "closed") else []
    )
    return CoachingPack(
        view.agent,
        user.display_name if user else view.agent,
        view,
        profile,
        clips,
        comparison,
        coaching.plan_prompts(view.id),
        {i: labels.item_any(i, lang) for i in focus},
        trainer_name=col.names.person(view.trainer),
    )


def audio_path(col: Collection, call_id: str) -> Path | None:
    """The local recording of *call_id* from the library, when it has one."""
    try:
        row = col.library.get(call_id)
    except Exception:  # the library is optional for a pack: no audio, no clips
        return None
    if row is None:
        return None
    path = getattr(row, "path", None)
    return Path(path) if path else None


def export_clips(
    col: Collection, pack: CoachingPack, out_dir: Path
) -> tuple[list[Path], list[str]]:
    """Cut every clip of *pack* into *out_dir* as WAV; returns (written, missing-with-reason)."""
    from qaclient.audio.clips import export_clip

    written: list[Path] = []
    missing: list[str] = []
    for pc in pack.clips:
        src = audio_path(col, pc.clip.call_id)
        if src is None or not src.exists():
            missing.append(
                f"clip {pc.number} ({pc.clip.call_id}): recording not in the library or not on disk"
            )
            continue
        dest = out_dir / f"{pc.file_stem}.wav"
        try:
            export_clip(
                src,
                pc.clip.start_ms,
                pc.clip.end_ms,
                dest,
                overwrite=True,
                metadata={"call_id": pc.clip.call_id, "title": pc.item_label or pc.clip.note[:60]},
            )
        except Exception as exc:  # AudioError / ValueError: report and keep going with the others
            missing.append(f"clip {pc.number} ({pc.clip.call_id}): {exc}")
            continue
        written.append(dest)
    return written, missing
