"""Checks that steer a coaching plan to the positive, specific style the manuals ask for.

"Coaching must be positive and specific: name the behaviour, the moment, and its effect on
the customer."  These checks never block saving; the plan form shows them as prompts and
the pack lists them when a trainer exports an unfinished plan.  Word lists cover the three
UI languages (Chinese, English, Spanish).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from qaclient.messages import Message, msg

#: Words that judge the person instead of describing a behaviour.
VAGUE = (
    "always",
    "never",
    "bad attitude",
    "lazy",
    "rude",
    "careless",
    "useless",
    "terrible",
    "态度差",
    "总是",
    "从不",
    "懒",
    "太差",
    "siempre",
    "nunca",
    "mala actitud",
    "perezoso",
)
#: Wording of a target that forbids instead of asking for the wanted behaviour.
NEGATIVE = ("don't", "do not", "stop ", "never", "不要", "别", "不准", "no debe", "deja de")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\d+\s*(s|sec|秒|分)")


@dataclass(frozen=True)
class PlanPrompt:
    field: str  # observed_behaviour / effect_on_customer / agreed_target / follow_up_on / clips
    message: Message
    blocking: bool = False  # a missing essential (the plan cannot be called ready)


def plan_prompts(
    *,
    observed_behaviour: str,
    effect_on_customer: str,
    agreed_target: str,
    follow_up_on: date | None,
    clips: int,
    today: date | None = None,
) -> list[PlanPrompt]:
    out: list[PlanPrompt] = []
    ob, ef, tg = observed_behaviour.strip(), effect_on_customer.strip(), agreed_target.strip()
    if not ob:
        out.append(
            PlanPrompt("observed_behaviour", msg("coaching-prompt-describe-behaviour"), True)
        )
    elif len(ob) < 20:
        out.append(PlanPrompt("observed_behaviour", msg("coaching-prompt-be-specific")))
    if ob and clips == 0 and not _TIME.search(ob):
        out.append(PlanPrompt("clips", msg("coaching-prompt-point-at-moment")))
    low = f" {ob.lower()} {tg.lower()} "
    vague = [w for w in VAGUE if w in low]
    if vague:
        out.append(
            PlanPrompt(
                "observed_behaviour",
                msg("coaching-prompt-not-the-person", words=", ".join(f"“{w}”" for w in vague)),
            )
        )
    if not ef:
        out.append(PlanPrompt("effect_on_customer", msg("coaching-prompt-effect"), True))
    if not tg:
        out.append(PlanPrompt("agreed_target", msg("coaching-prompt-agree-target"), True))
    elif any(n in f" {tg.lower()}" for n in NEGATIVE):
        out.append(PlanPrompt("agreed_target", msg("coaching-prompt-positive-target")))
    if follow_up_on is None:
        out.append(PlanPrompt("follow_up_on", msg("coaching-prompt-follow-up-date"), True))
    elif today is not None and follow_up_on <= today:
        out.append(PlanPrompt("follow_up_on", msg("coaching-prompt-follow-up-after-today")))
    return out
