"""The coaching pack: everything the trainer hands over in a session, as plain data.

:func:`build_pack` gathers the agent's figures, the session plan, the selected items and
the clips with their comments; ``ui.coaching.pack_pdf.write_pack_pdf`` draws it with Qt's
own PDF writer (the core never imports Qt), and :func:`export_clips` cuts the clips
beside the PDF with :func:`qaclient.audio.clips.export_clip`.

Privacy: a pack leaves the building (printed, mailed), so it follows the app's masking
(``qaclient.privacy``): the call ids, the comments, the session's texts and the clips'
tags and file names show a caller number as ``138****5678`` unless the trainer's role may
see it (then the pack is audited); ``agent_only`` cuts each clip from the agent's channel
alone, so the customer's voice is not copied at all.
"""

from __future__ import annotations

import dataclasses
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
    clip: ClipView  # call id and note as the pack shows them (masked unless allowed)
    item_label: str
    scored_at: str
    file_stem: str  # clip-01-<call>
    source_call_id: str = ""  # the library's call id, to find the audio (never printed)


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
    masked: bool = True  # personal data masked (False: the trainer's role shows it, audited)
    agent_only: bool = False  # clips hold the agent's channel only
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


def _file_safe(text: str) -> str:
    """A masked id for a file name: ``138****5678`` → ``138xxxx5678`` (no ``*`` in names)."""
    return _safe(text.replace("*", "x"))


def build_pack(
    col: Collection,
    session_id: uuid.UUID | str,
    *,
    lang: str = "en",
    agent_only: bool = False,
    reveal: bool | None = None,
) -> CoachingPack:
    from sqlalchemy import select

    from qaclient.reports.common import load_labels
    from qaclient.storage.models import Call, Evaluation

    coaching = col.coaching
    view = coaching.get_session(session_id)
    masker = col.privacy.masker("coaching-pack", reveal=reveal, audit="always")
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
        # the raw numbers, only to find them in ids and comments (never printed as they are)
        ids = {c.call_id for c in view.clips}
        numbers = dict(
            s.execute(select(Call.call_id, Call.caller_number).where(Call.call_id.in_(ids))).all()
        )
    known = [n for n in numbers.values() if n]
    clips = []
    for i, c in enumerate(view.clips):
        shown = dataclasses.replace(
            c,
            call_id=masker.text(c.call_id, known, loose=True),
            note=masker.text(c.note, known),
        )
        clips.append(
            PackClip(
                i + 1,
                shown,
                labels.item_any(c.item_id, lang) if c.item_id else "",
                scored[c.id],
                f"clip-{i + 1:02d}-{_file_safe(shown.call_id)}",
                source_call_id=c.call_id,
            )
        )
    if not masker.reveal:
        view = dataclasses.replace(
            view,
            **{
                f: masker.text(getattr(view, f), known)
                for f in (
                    "title",
                    "observed_behaviour",
                    "effect_on_customer",
                    "agreed_target",
                    "outcome_notes",
                    "follow_up_notes",
                )
            },
        )
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
        masked=not masker.reveal,
        agent_only=agent_only,
        trainer_name=col.names.person(view.trainer),
    )


def audio_path(col: Collection, call_id: str) -> Path | None:
    """The local recording of *call_id* from the library, when it has one."""
    row = _call(col, call_id)
    if row is None:
        return None
    path = getattr(row, "path", None)
    return Path(path) if path else None


def _channels(path: Path) -> int:
    """The recording's channel count as the file says (the library's may not be probed)."""
    import soundfile as sf

    try:
        return int(sf.info(str(path)).channels)
    except Exception:  # noqa: BLE001 - unreadable: export_clip reports it properly
        return 0


def _call(col: Collection, call_id: str):
    try:
        return col.library.get(call_id, reveal=False)
    except Exception:  # the library is optional for a pack: no audio, no clips
        return None


def export_clips(
    col: Collection, pack: CoachingPack, out_dir: Path
) -> tuple[list[Path], list[str]]:
    """Cut every clip of *pack* into *out_dir* as WAV; returns (written, missing-with-reason)."""
    from qaclient.audio.clips import export_clip
    from qaclient.messages import tr

    written: list[Path] = []
    missing: list[str] = []
    for pc in pack.clips:
        shown = pc.clip.call_id  # masked unless the trainer's role shows numbers
        row = _call(col, pc.source_call_id or pc.clip.call_id)
        src = Path(row.path) if row is not None and row.path else None
        if src is None or not src.exists():
            missing.append(tr("privacy-clip-no-recording", number=pc.number, call=shown))
            continue
        channel = None
        if pack.agent_only:
            channels = _channels(src)
            if channels <= 1:
                missing.append(tr("privacy-clip-mono", number=pc.number, call=shown))
                continue
            channel = row.agent_channel
            if channel is None or not 0 <= channel < channels:
                missing.append(
                    tr("privacy-clip-agent-channel-unknown", number=pc.number, call=shown)
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
                channel=channel,
                source_label=shown,  # never the file name: it can hold the caller number
                metadata={"call_id": shown, "title": pc.item_label or pc.clip.note[:60]},
            )
        except Exception as exc:  # AudioError / ValueError: report and keep going with the others
            missing.append(f"clip {pc.number} ({shown}): {exc}")
            continue
        written.append(dest)
    return written, missing
