"""An independent, literal implementation of Genesys Cloud's documented scoring, used to
check that imported forms score the same in qaclient.

Works on the Genesys form JSON itself and Genesys-style answers: ``{(g, q): answer}`` for
multiple-choice questions (answer = answer-option index or "na"), ``{(g, q, o): bool}``
for multiple-select options (selected?) or "na", and ``{("group", g): "na"}`` for a group
marked N/A.  Rules (help.mypurecloud.com "Evaluation form weights"/"scoring"):
total = Σ(points × group weight) / Σ(possible × group weight); N/A and hidden questions
and groups are 0 of 0; a fatal question not answered with its highest value makes the
total 0.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

ABS = re.compile(r"^/form/questionGroup/(\d+)/question/(\d+)/answer/(\d+)$")
REL = re.compile(r"^\.\./question/(\d+)/answer/(\d+)$")


def _target_visible(form, answers, g, q, o=None):
    """A question (or multi-select option) whose answer counts: its group is shown and not
    marked N/A, and its own conditions hold (hidden = systemMarkedNA, so it matches no
    predicate)."""
    group = form["questionGroups"][g]
    if answers.get(("group", g)) == "na":
        return False
    if not _visible(form, answers, group.get("visibilityCondition"), g):
        return False
    question = group["questions"][q]
    if not _visible(form, answers, question.get("visibilityCondition"), g):
        return False
    if o is not None:
        option = question["multipleSelectOptionQuestions"][o]
        return _visible(form, answers, option.get("visibilityCondition"), g)
    return True


def _pred_true(form, answers, pred, gi):
    m = ABS.match(pred)
    if m:
        g, q, a = map(int, m.groups())
    else:
        q, a = map(int, REL.match(pred).groups())
        g = gi
    question = form["questionGroups"][g]["questions"][q]
    if question["type"] == "multipleSelectQuestion":  # answer a = option a selected
        return _target_visible(form, answers, g, q, a) and answers.get((g, q, a)) is True
    return _target_visible(form, answers, g, q) and answers.get((g, q)) == a


def _visible(form, answers, cond, gi):
    if not cond:
        return True
    results = [_pred_true(form, answers, p, gi) for p in cond["predicates"]]
    return all(results) if cond.get("combiningOperation", "AND") == "AND" else any(results)


def score(form, answers) -> tuple[Decimal, bool]:
    """(total percent rounded to 2 places, anyFailedKillQuestions)"""
    use_weights = form.get("weightMode") != "OFF"
    num = Decimal(0)
    den = Decimal(0)
    failed = False
    for gi, group in enumerate(form["questionGroups"]):
        if answers.get(("group", gi)) == "na":
            continue
        if not _visible(form, answers, group.get("visibilityCondition"), gi):
            continue
        w = Decimal(str(group.get("weight", 1))) if use_weights else Decimal(1)
        for qi, q in enumerate(group["questions"]):
            if q["type"] == "multipleChoiceQuestion":
                if not _visible(form, answers, q.get("visibilityCondition"), gi):
                    continue
                ans = answers.get((gi, qi))
                if ans is None or ans == "na":
                    continue
                values = [Decimal(str(a["value"])) for a in q["answerOptions"]]
                num += values[ans] * w
                den += max(values) * w
                if q.get("isKill") and values[ans] < max(values):
                    failed = True
            elif q["type"] == "multipleSelectQuestion":
                if not _visible(form, answers, q.get("visibilityCondition"), gi):
                    continue
                for oi, o in enumerate(q["multipleSelectOptionQuestions"]):
                    if not _visible(form, answers, o.get("visibilityCondition"), gi):
                        continue
                    ans = answers.get((gi, qi, oi))
                    if ans is None or ans == "na":
                        continue
                    vals = {a["builtInType"]: Decimal(str(a["value"])) for a in o["answerOptions"]}
                    got = vals["Selected"] if ans else vals["Unselected"]
                    top = max(vals.values())
                    num += got * w
                    den += top * w
                    if o.get("isKill") and got < top:
                        failed = True
    if failed or den == 0:
        return Decimal(0), failed
    return (num / den * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), failed
