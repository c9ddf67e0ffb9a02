"""The scoring math, implemented once (semantics: ``docs/scoring.md``).

``score(rubric, answers)`` turns answers into a :class:`ScoreResult` with exact
:class:`~decimal.Decimal` arithmetic.  Everything that depends only on the rubric (item
lookup, level tables, visibility order) is computed once per :class:`Rubric` object and
cached on it, so scoring an evaluation is a single pass over the items (tens of
microseconds for a 40-item rubric; ``bench/score.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from qaclient.messages import Message, msg
from qaclient.rubrics.model import (
    Answer,
    AnswerError,
    AutoFail,
    Condition,
    CriticalScope,
    GradeBasis,
    Item,
    ItemKind,
    ItemScore,
    Rubric,
    ScoreResult,
    ScoringMode,
    Section,
    SectionScore,
)

ZERO = Decimal(0)
#: Items counted by occurrence: unanswered means "none seen", which only the inspector's
#: confirmation of the section makes true (``{"checked": true}`` on the section id).
COUNT_KINDS = (ItemKind.DEDUCTION, ItemKind.BONUS)
HUNDRED = Decimal(100)
#: Totals and section scores are kept to 4 decimal places (the store's exactness); only
#: weighted scoring divides, everything else is an exact sum.
TOTAL_PLACES = Decimal("0.0001")
PERCENT_PLACES = Decimal("0.01")


def _q4(d: Decimal) -> Decimal:
    return _clean(d.quantize(TOTAL_PLACES, rounding=ROUND_HALF_UP))


def _clean(d: Decimal) -> Decimal:
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


# ----------------------------------------------------------------------------- the per-rubric table


@dataclass
class _ItemInfo:
    item: Item
    section_index: int
    kind: ItemKind
    levels: dict[str, tuple[Decimal, bool, bool]]  # name -> (points, auto_fail, below top)
    counts_in_max: bool  # adds its maximum to the section maximum
    max_share: Decimal  # what it adds to the section maximum (item max, or its weight)
    factor: Decimal | None  # weighted sections: weight / item max
    needs_answer: bool  # no neutral default: unanswered means "not scored yet"


@dataclass
class _Table:
    infos: dict[str, _ItemInfo]
    order: list[_ItemInfo]  # items in rubric order
    visibility_order: list[str]  # items whose visibility depends on answers, dependencies first
    conditional: bool  # any condition at all
    section_ids: dict[str, int]
    critical_target: dict[str, int]  # item id -> index of the section it zeroes (scope section)
    has_scored: list[bool]  # per section: holds a scored item (else it is never "N/A")
    has_count: list[bool]  # per section: holds deduction/bonus items (confirmed as a whole)
    # answered items' scores, shared (immutable): one per (item, points, errors) seen
    item_scores: dict[tuple[str, Decimal, int], ItemScore] = field(default_factory=dict)


def table(rubric: Rubric) -> _Table:
    """The precomputed scoring table of *rubric* (built once, cached on the object)."""
    cached = rubric.__dict__.get("_qa_scoring_table")
    if cached is not None:
        return cached
    infos: dict[str, _ItemInfo] = {}
    order: list[_ItemInfo] = []
    section_ids = {s.id: i for i, s in enumerate(rubric.sections)}
    critical_target: dict[str, int] = {}
    for si, sec in enumerate(rubric.sections):
        for item in sec.items:
            levels: dict[str, tuple[Decimal, bool, bool]] = {}
            if item.levels:
                top = max(lv.points for lv in item.levels)
                levels = {lv.name: (lv.points, lv.auto_fail, lv.points < top) for lv in item.levels}
            counts = item.scored and item.kind in (
                ItemKind.LEVELS,
                ItemKind.YESNO,
                ItemKind.NUMERIC,
            )
            share = ZERO
            factor = None
            if counts:
                if sec.weighted_items:
                    share = item.weight if item.max > 0 else ZERO
                    factor = (item.weight / item.max) if item.max > 0 else ZERO
                else:
                    share = item.max
            needs = item.scored and (
                item.kind in (ItemKind.LEVELS, ItemKind.YESNO)
                or (
                    item.kind is ItemKind.NUMERIC and (bool(item.ranges) or not _zero_allowed(item))
                )
            )
            info = _ItemInfo(item, si, item.kind, levels, counts, share, factor, needs)
            infos[item.id] = info
            order.append(info)
            if item.critical is CriticalScope.SECTION:
                critical_target[item.id] = section_ids.get(item.critical_section or sec.id, si)
    conditional = any(s.visible_when for s in rubric.sections) or any(
        i.item.visible_when for i in order
    )
    tbl = _Table(
        infos,
        order,
        _visibility_order(rubric, infos) if conditional else [],
        conditional,
        section_ids,
        critical_target,
        [any(i.scored for i in sec.items) for sec in rubric.sections],
        [any(i.kind in COUNT_KINDS for i in sec.items) for sec in rubric.sections],
    )
    object.__setattr__(
        rubric, "_qa_scoring_table", tbl
    )  # frozen dataclass: cache beside the fields
    return tbl


def _zero_allowed(item: Item) -> bool:
    lo, hi = item.numeric_min, item.numeric_max
    return (lo is None or lo <= 0) and (hi is None or hi >= 0)


def _visibility_order(rubric: Rubric, infos: dict[str, _ItemInfo]) -> list[str]:
    """Item ids in an order where every item comes after the items its visibility tests."""
    deps: dict[str, list[str]] = {}
    for sec in rubric.sections:
        for item in sec.items:
            refs: list[str] = []
            for cond in (sec.visible_when, item.visible_when):
                if cond is not None:
                    refs.extend(ref for ref, _ in cond.clauses if ref in infos)
            deps[item.id] = refs
    out: list[str] = []
    done: set[str] = set()

    def visit(node: str, active: set[str]) -> None:
        if node in done or node in active:  # cycles are rejected by the loader
            return
        active.add(node)
        for ref in deps[node]:
            visit(ref, active)
        active.discard(node)
        done.add(node)
        out.append(node)

    for node in deps:
        visit(node, set())
    return out


# ----------------------------------------------------------------------------- answers


def parse_answers(rubric: Rubric, raw: Any) -> dict[str, Answer]:
    """Answers from their JSON form (``{item_id: {"level": …} | {"yes": …} | …}``).

    Keys are item ids, or a section id with ``{"na": true}`` to mark a whole section N/A.
    Every problem raises :class:`AnswerError` naming the item; when there are several, the
    error's ``errors`` attribute lists them all.
    """
    if not isinstance(raw, Mapping):
        raise AnswerError(
            "(answers)", f"expected an object mapping item ids to answers, got {type(raw).__name__}"
        )
    tbl = table(rubric)
    out: dict[str, Answer] = {}
    errors: list[AnswerError] = []
    for key, data in raw.items():
        try:
            answer = Answer.from_json(str(key), data)
            check_answer(rubric, str(key), answer, tbl)
            out[str(key)] = answer
        except AnswerError as exc:
            errors.append(exc)
    if errors:
        first = errors[0]
        exc = AnswerError(first.item_id, first.problem)
        exc.errors = errors  # type: ignore[attr-defined]
        raise exc
    return out


def check_answer(rubric: Rubric, key: str, answer: Answer, tbl: _Table | None = None) -> None:
    """Raise :class:`AnswerError` unless *answer* fits item (or section) *key* of *rubric*."""
    tbl = tbl or table(rubric)
    info = tbl.infos.get(key)
    if info is None:
        si = tbl.section_ids.get(key)
        if si is None:
            raise AnswerError(key, msg("scoring-unknown-item", rubric=rubric.id, item=key))
        sec = rubric.sections[si]
        if answer.checked:
            if not tbl.has_count[si]:
                raise AnswerError(key, f"section {key!r} has no deduction or bonus items to check")
            return
        if not answer.na:
            raise AnswerError(
                key, 'a section can only be answered {"na": true} or {"checked": true}'
            )
        if not sec.na_allowed:
            raise AnswerError(key, msg("scoring-section-na-not-allowed"))
        return
    item = info.item
    if answer.na:
        if not item.na_allowed:
            raise AnswerError(key, msg("scoring-na-not-allowed"))
        return
    kind = item.kind
    if kind is ItemKind.LEVELS:
        if answer.level is None:
            raise AnswerError(
                key, f'expected {{"level": name}} with one of {", ".join(info.levels)}'
            )
        if answer.level not in info.levels:
            raise AnswerError(
                key,
                msg(
                    "scoring-unknown-level", level=str(answer.level), levels=", ".join(info.levels)
                ),
            )
    elif kind is ItemKind.YESNO:
        if answer.yes is None and answer.level not in ("yes", "no"):
            raise AnswerError(key, 'expected {"yes": true} or {"yes": false}')
    elif kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
        if answer.count is None:
            raise AnswerError(key, 'expected {"count": n}, the number of occurrences')
        if item.max_count is not None and answer.count > item.max_count:
            raise AnswerError(
                key, msg("scoring-count-too-high", count=answer.count, most=item.max_count)
            )
    elif kind is ItemKind.NUMERIC:
        if answer.value is None:
            raise AnswerError(key, 'expected {"value": number}')
        lo, hi = item.numeric_min, item.numeric_max
        if (lo is not None and answer.value < lo) or (hi is not None and answer.value > hi):
            raise AnswerError(
                key,
                msg("scoring-value-outside", value=str(answer.value), low=str(lo), high=str(hi)),
            )
    elif kind is ItemKind.TEXT:
        if answer.text is None:
            raise AnswerError(key, 'expected {"text": "…"}')


def _token(answer: Answer) -> str:
    if answer.na:
        return "na"
    if answer.yes is not None:
        return "yes" if answer.yes else "no"
    return answer.level if answer.level is not None else answer.token()


def _holds(cond: Condition, tokens: dict[str, str]) -> bool:
    if cond.combine == "any":
        return any(tokens.get(ref) in values for ref, values in cond.clauses)
    return all(tokens.get(ref) in values for ref, values in cond.clauses)


def visible_items(rubric: Rubric, answers: Mapping[str, Answer]) -> set[str]:
    """Ids of the items shown for these answers (conditions evaluated in dependency order)."""
    tbl = table(rubric)
    if not tbl.conditional:
        return set(tbl.infos)
    return _visible(rubric, tbl, answers)


def _visible(rubric: Rubric, tbl: _Table, answers: Mapping[str, Answer]) -> set[str]:
    """Visible item ids.  An item in a section answered N/A reads as "na" to conditions."""
    na_sections = {
        tbl.section_ids[k]
        for k, a in answers.items()
        if a.na and k in tbl.section_ids and k not in tbl.infos
    }
    tokens: dict[str, str] = {}
    visible: set[str] = set()
    sections = rubric.sections
    for item_id in tbl.visibility_order:
        info = tbl.infos[item_id]
        sec = sections[info.section_index]
        ok = (sec.visible_when is None or _holds(sec.visible_when, tokens)) and (
            info.item.visible_when is None or _holds(info.item.visible_when, tokens)
        )
        if ok:
            visible.add(item_id)
            if info.section_index in na_sections:
                tokens[item_id] = "na"
                continue
            ans = answers.get(item_id)
            if ans is not None:
                tokens[item_id] = _token(ans)
    return visible


# ----------------------------------------------------------------------------- scoring


def score(rubric: Rubric, answers: Mapping[str, Answer]) -> ScoreResult:
    """Score *answers* against *rubric* (see ``docs/scoring.md`` for every rule).

    Raises :class:`AnswerError` for an answer that does not fit its item; answers to
    invisible items are allowed and ignored.
    """
    tbl = table(rubric)
    nsec = len(rubric.sections)
    sec_score = [ZERO] * nsec
    sec_max = [ZERO] * nsec
    sec_applicable = [False] * nsec
    sec_na = [False] * nsec
    sec_checked = [False] * nsec
    sec_open_counts = [False] * nsec  # a visible count item without an answer
    for key, ans in answers.items():
        if key not in tbl.infos:
            check_answer(rubric, key, ans, tbl)  # section N/A/checked, or unknown key -> error
            if ans.checked:
                sec_checked[tbl.section_ids[key]] = True
            else:
                sec_na[tbl.section_ids[key]] = True
    visible = _visible(rubric, tbl, answers) if tbl.conditional else None
    items: dict[str, ItemScore] = {}
    errors: dict[str, int] = dict.fromkeys(rubric.categories, 0)
    flags: list[str] = []
    unanswered: list[str] = []
    fails: list[AutoFail] = []
    zeroed: set[int] = set()
    base_mode = rubric.mode is ScoringMode.BASE

    for info in tbl.order:
        item = info.item
        iid = item.id
        si = info.section_index
        ans = answers.get(iid)
        if (visible is not None and iid not in visible) or sec_na[si]:
            if ans is not None:
                check_answer(rubric, iid, ans, tbl)
            items[iid] = ItemScore(
                iid, ZERO, ZERO, na=sec_na[si], answered=ans is not None, visible=False
            )
            continue
        if ans is None:
            if info.kind in COUNT_KINDS and item.scored:
                sec_open_counts[si] = True
            if item.scored:
                if info.needs_answer:
                    unanswered.append(iid)
                if info.counts_in_max:
                    sec_max[si] += info.max_share
                sec_applicable[si] = True
            items[iid] = ItemScore(
                iid, ZERO, item.max if info.counts_in_max else ZERO, answered=False
            )
            continue
        if ans.na:
            if not item.na_allowed:
                raise AnswerError(iid, msg("scoring-na-not-allowed"))
            items[iid] = ItemScore(iid, ZERO, ZERO, na=True)
            continue
        pts, failed, nerr = _item_points(info, ans)
        if item.flag:
            if ans.yes or ans.level == "yes":
                flags.append(iid)
            items[iid] = ItemScore(iid, ZERO, ZERO)
            continue
        if failed:
            scope = item.critical or CriticalScope.EVALUATION
            target = tbl.critical_target.get(iid, si) if scope is CriticalScope.SECTION else si
            fails.append(AutoFail(iid, scope, rubric.sections[target].id))
            if scope is CriticalScope.SECTION:
                zeroed.add(target)
        if nerr and item.category is not None:
            errors[item.category] = errors.get(item.category, 0) + nerr
        if item.scored:
            sec_applicable[si] = True
            if info.counts_in_max:
                sec_max[si] += info.max_share
            sec_score[si] += pts * info.factor if info.factor is not None else pts
        key = (iid, pts, nerr)
        its = tbl.item_scores.get(key)
        if its is None:
            its = ItemScore(
                iid,
                pts,
                item.max if info.counts_in_max else ZERO,
                errors=nerr if item.category else 0,
            )
            if len(tbl.item_scores) < 10_000:  # numeric answers can take any value
                tbl.item_scores[key] = its
        items[iid] = its

    sections: list[SectionScore] = []
    weighted = any(s.weight is not None for s in rubric.sections)
    total = ZERO
    total_max = ZERO
    for si, sec in enumerate(rubric.sections):
        na = sec_na[si] or (tbl.has_scored[si] and not sec_applicable[si])
        s_max = sec_max[si]
        s = sec_score[si]
        if not base_mode:
            if s > s_max:  # bonuses make up lost points but never exceed the maximum
                s = s_max
            if s < 0 and not sec.allow_negative:
                s = ZERO
        failed_here = si in zeroed
        if failed_here and not na:
            s = ZERO
        if sec.weighted_items:
            s = _q4(s)
            s_max = _q4(s_max)
        sections.append(
            SectionScore(sec.id, _clean(s), _clean(s_max), na=na, auto_failed=failed_here)
        )
        if na:
            continue
        if base_mode:
            total += s
        elif weighted:
            w = sec.weight or ZERO
            if s_max > 0:
                total += w * s / s_max
                total_max += w
        else:
            total += s
            total_max += s_max

    if base_mode:
        total = (rubric.base or ZERO) + total
        total_max = rubric.max
    if rubric.cap is not None and total > rubric.cap:
        total = rubric.cap
    if total < rubric.floor:
        total = rubric.floor
    if not base_mode and rubric.cap is not None and total_max > rubric.cap:
        total_max = rubric.cap
    evaluation_fail = next((f for f in fails if f.scope is CriticalScope.EVALUATION), None)
    if evaluation_fail is not None:
        total = ZERO
    total = _q4(total)
    total_max = _q4(total_max)
    percent = ZERO
    if total_max > 0:
        with localcontext() as ctx:
            ctx.prec = 34
            percent = (total * HUNDRED / total_max).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)
    grade = _grade(rubric, total, percent) if total_max > 0 else None
    first_fail = evaluation_fail or (fails[0] if fails else None)
    unchecked = tuple(
        sec.id
        for si, sec in enumerate(rubric.sections)
        if sec_open_counts[si] and not sec_checked[si] and not sections[si].na
    )
    return ScoreResult(
        total=total,
        max=total_max,
        percent=percent,
        grade=grade,
        auto_fail=first_fail,
        sections=tuple(sections),
        items=items,
        errors=errors,
        flags=tuple(flags),
        unanswered=tuple(unanswered),
        auto_fails=tuple(fails),
        unchecked=unchecked,
    )


def _item_points(info: _ItemInfo, ans: Answer) -> tuple[Decimal, bool, int]:
    """(points, failed as critical, error occurrences) of one applicable answer."""
    item = info.item
    kind = info.kind
    critical = item.critical is not None
    if kind is ItemKind.LEVELS:
        entry = info.levels.get(ans.level or "")
        if entry is None:
            raise AnswerError(
                item.id,
                msg("scoring-unknown-level", level=str(ans.level), levels=", ".join(info.levels)),
            )
        pts, auto_fail, below_top = entry
        return pts, critical and auto_fail, 1 if below_top else 0
    if kind is ItemKind.YESNO:
        yes = (
            ans.yes
            if ans.yes is not None
            else (ans.level == "yes" if ans.level in ("yes", "no") else None)
        )
        if yes is None:
            raise AnswerError(item.id, 'expected {"yes": true} or {"yes": false}')
        return (item.max if yes else ZERO), critical and not yes, 0 if yes else 1
    if kind is ItemKind.DEDUCTION or kind is ItemKind.BONUS:
        count = ans.count
        if count is None:
            raise AnswerError(item.id, 'expected {"count": n}, the number of occurrences')
        if item.max_count is not None and count > item.max_count:
            raise AnswerError(
                item.id, msg("scoring-count-too-high", count=count, most=item.max_count)
            )
        per = item.points or ZERO
        if kind is ItemKind.DEDUCTION:
            return -(per * count), critical and count > 0, count
        pts = per * count
        if pts > item.max:
            pts = item.max
        return pts, False, 0
    if kind is ItemKind.NUMERIC:
        value = ans.value
        if value is None:
            raise AnswerError(item.id, 'expected {"value": number}')
        lo, hi = item.numeric_min, item.numeric_max
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise AnswerError(
                item.id, msg("scoring-value-outside", value=str(value), low=str(lo), high=str(hi))
            )
        if not item.scored:
            return ZERO, False, 0
        if item.ranges:
            for r in item.ranges:
                if r.min <= value <= r.max:
                    return r.points, critical and r.auto_fail, 1 if r.points < item.max else 0
            return ZERO, False, 1 if item.max > 0 else 0
        return value, False, 1 if value < item.max else 0
    if ans.text is None:
        raise AnswerError(item.id, 'expected {"text": "…"}')
    return ZERO, False, 0


def _grade(rubric: Rubric, total: Decimal, percent: Decimal) -> str | None:
    figure = total if rubric.grade_basis is GradeBasis.TOTAL else percent
    for band in rubric.grades:
        if figure > band.min or (band.min_inclusive and figure == band.min):
            return band.grade
    return None


def grade_of(rubric: Rubric, figure: Decimal) -> str | None:
    """The grade band a figure (total or percent, per the rubric's basis) falls in."""
    for band in rubric.grades:
        if figure > band.min or (band.min_inclusive and figure == band.min):
            return band.grade
    return None


# ----------------------------------------------------------------------------- submit checks

#: The problem kinds of :func:`submit_problems` (machine values; the UI words them).
NOT_ANSWERED = "not answered"
NOT_CHECKED = "not checked"
NEEDS_REASON = "needs a written reason (comment)"


def check_sections(rubric: Rubric, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """*answers* with every unconfirmed deduction/bonus section marked checked (an answers
    file handed to the CLI is a complete record: what it does not count did not happen)."""
    out = dict(answers)
    for sid in score(rubric, answers).unchecked:
        out[sid] = Answer(checked=True)
    return out


#: The problems of :func:`submit_problems` (stable codes; :func:`problem_text` words them).
NOT_ANSWERED = "not answered"
NEEDS_REASON = "needs a written reason (comment)"


def problem_text(code: str) -> Message | str:
    """A submit problem in the reader's language."""
    if code == NOT_ANSWERED:
        return msg("scoring-problem-not-answered")
    if code == NEEDS_REASON:
        return msg("scoring-problem-needs-reason")
    return code


def submit_problems(
    rubric: Rubric, answers: Mapping[str, Answer], commented_items: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """What stops an evaluation from being submitted, as ``(id, problem)`` pairs: visible
    scored items without an answer (``"not answered"``), deduction/bonus sections the
    inspector has not confirmed (section id, ``"not checked"``), and ``comment_required``
    items answered without a reason (in the answer's ``comment`` or a linked comment)."""
    result = score(rubric, answers)
    problems = [(iid, NOT_ANSWERED) for iid in result.unanswered]
    problems += [(sid, NOT_CHECKED) for sid in result.unchecked]
    commented = set(commented_items)
    for item in rubric.items:
        if not item.comment_required:
            continue
        its = result.items.get(item.id)
        ans = answers.get(item.id)
        if its is None or not its.visible or ans is None or ans.na:
            continue
        if ans.count == 0 or (ans.value is not None and ans.value == 0):
            continue  # nothing happened (no occurrence, an adjustment of 0): nothing to explain
        if not (ans.comment and ans.comment.strip()) and item.id not in commented:
            problems.append((item.id, NEEDS_REASON))
    return problems


def section_of_index(rubric: Rubric, item_id: str) -> Section | None:
    """The section holding *item_id* (table lookup, O(1))."""
    info = table(rubric).infos.get(item_id)
    return None if info is None else rubric.sections[info.section_index]
