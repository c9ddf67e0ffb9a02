"""What local analysis measures on a call, for the rubric items' ``signal:`` bindings.

Each measure of :class:`~qaclient.rubrics.model.Measure` is computed from the segments of
the call (``qaclient.audio.segments``) as a value — a count, seconds, a share, yes/no, or
``None`` when there is nothing to measure (no hold at all) — with its evidence: the spans
of the call the value comes from, so the inspector can listen to them.  A measure the
recording cannot give (who interrupted on a mono recording) is *unavailable*, with the
reason, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from qaclient.audio.segments import Segments
from qaclient.messages import Message, msg
from qaclient.rubrics.model import Measure


class What:
    """The machine names of evidence spans (the ``what`` of the JSON)."""

    AGENT_INTERRUPTION = "agent_interruption"
    HOLD = "hold"
    HOLD_MUSIC = "hold_music"
    SILENCE = "silence"
    CALL = "call"
    AGENT_FIRST_WORDS = "agent_first_words"


@dataclass(frozen=True)
class Evidence:
    start_ms: int
    end_ms: int
    what: str  # a :class:`What` name

    def to_json(self) -> dict:
        return {"start_ms": self.start_ms, "end_ms": self.end_ms, "what": self.what}


@dataclass(frozen=True)
class Measurement:
    measure: Measure
    value: Decimal | bool | None  # None: nothing to measure (e.g. no hold)
    evidence: tuple[Evidence, ...] = ()
    unavailable: Message | None = None  # set: the recording cannot give this measure

    def json_value(self) -> int | float | bool | None:
        v = self.value
        if v is None or isinstance(v, bool):
            return v
        return int(v) if v == v.to_integral_value() else float(v)


#: measures that need the parties on separate channels
STEREO_MEASURES = frozenset(
    {Measure.AGENT_INTERRUPTIONS, Measure.AGENT_TALK_RATIO, Measure.AGENT_FIRST_WORDS_S}
)


def _seconds(ms: int) -> Decimal:
    return (Decimal(ms) / 1000).quantize(Decimal("0.1"))


def measure(seg: Segments, what: Measure, min_ms: int | None = None) -> Measurement:
    """Measure *what* on the analysed call *seg*; ``min_ms``: shortest event counted
    (interruptions: the talk-over's length; holds: the hold's length)."""
    if what in STEREO_MEASURES and not seg.stereo:
        return Measurement(what, None, unavailable=msg("assist-mono", measure=what.value))
    if what is Measure.AGENT_INTERRUPTIONS:
        least = min_ms or 0
        ev = tuple(
            Evidence(t.start_ms, t.end_ms, What.AGENT_INTERRUPTION)
            for t in seg.talk_overs
            if t.interrupter == "agent" and t.duration_ms >= least
        )
        return Measurement(what, Decimal(len(ev)), ev)
    if what in (Measure.HOLD_COUNT, Measure.LONGEST_HOLD_S, Measure.MUSIC_ON_HOLD):
        least = (min_ms or 0) if what is Measure.HOLD_COUNT else 0
        holds = [h for h in seg.holds if h.duration_ms >= least]
        ev_all = tuple(
            Evidence(h.start_ms, h.end_ms, What.HOLD_MUSIC if h.music else What.HOLD) for h in holds
        )
        if what is Measure.HOLD_COUNT:
            return Measurement(what, Decimal(len(holds)), ev_all)
        if not holds:
            return Measurement(what, None)
        if what is Measure.MUSIC_ON_HOLD:
            return Measurement(what, all(h.music for h in holds), ev_all)
        i = max(range(len(holds)), key=lambda k: holds[k].duration_ms)
        return Measurement(what, _seconds(holds[i].duration_ms), (ev_all[i],))
    if what is Measure.LONGEST_SILENCE_S:
        if not seg.silences:
            return Measurement(what, Decimal(0))
        s = max(seg.silences, key=lambda x: x.duration_ms)
        return Measurement(
            what, _seconds(s.duration_ms), (Evidence(s.start_ms, s.end_ms, What.SILENCE),)
        )
    if what is Measure.CALL_DURATION_S:
        return Measurement(
            what, _seconds(seg.duration_ms), (Evidence(0, seg.duration_ms, What.CALL),)
        )
    if what is Measure.AGENT_TALK_RATIO:
        ratio = seg.talk_ratio
        if ratio is None:
            return Measurement(what, None, unavailable=msg("assist-no-speech"))
        return Measurement(what, Decimal(str(round(ratio, 3))))
    if what is Measure.AGENT_FIRST_WORDS_S:
        agent = next((a for a in seg.activity if a.role == "agent"), None)
        if agent is None or not agent.speech:
            return Measurement(what, None, unavailable=msg("assist-agent-silent"))
        first = agent.speech[0]
        return Measurement(
            what,
            _seconds(first.start_ms),
            (Evidence(first.start_ms, first.end_ms, What.AGENT_FIRST_WORDS),),
        )
    raise ValueError(f"unknown measure {what!r}")
