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
    message: str
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
            PlanPrompt(
                "observed_behaviour",
                "Describe what the agent said or did, in one call, as you would quote it.",
                True,
            )
        )
    elif len(ob) < 20:
        out.append(
            PlanPrompt(
                "observed_behaviour",
                "Be specific: which call, which moment, what exactly was said or done?",
            )
        )
    if ob and clips == 0 and not _TIME.search(ob):
        out.append(
            PlanPrompt(
                "clips",
                "Point at the moment: add a clip from the call, or give the time (e.g. 02:15).",
            )
        )
    low = f" {ob.lower()} {tg.lower()} "
    vague = [w for w in VAGUE if w in low]
    if vague:
        out.append(
            PlanPrompt(
                "observed_behaviour",
                "Describe the behaviour, not the person: avoid "
                + ", ".join(f"“{w}”" for w in vague)
                + ".",
            )
        )
    if not ef:
        out.append(
            PlanPrompt(
                "effect_on_customer",
                "Say how it affected the customer (waited, repeated the question, thanked you…).",
                True,
            )
        )
    if not tg:
        out.append(
            PlanPrompt("agreed_target", "Agree one target the agent can do on the next call.", True)
        )
    elif any(n in f" {tg.lower()}" for n in NEGATIVE):
        out.append(
            PlanPrompt(
                "agreed_target",
                "Phrase the target positively: what the agent will do, not what to stop.",
            )
        )
    if follow_up_on is None:
        out.append(
            PlanPrompt(
                "follow_up_on", "Set a follow-up date to check whether the scores improved.", True
            )
        )
    elif today is not None and follow_up_on <= today:
        out.append(PlanPrompt("follow_up_on", "The follow-up date should lie after today."))
    return out
