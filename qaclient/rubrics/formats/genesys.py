"""Genesys Cloud evaluation forms (REST JSON of ``/api/v2/quality/forms/evaluations``).

How Genesys Cloud scores a form (sources in ``docs/foreign-forms.md`` § 1.1) and how each
rule is carried over:

* total % = Σ(group points × group weight) / Σ(group possible points × group weight):
  the group weight multiplies *points*.  The importer folds the weight into the answer
  points (an answer worth 1 in a group of weight 1.5 becomes a level worth 1.5); the
  rubric is then plain ``points`` mode without weights, and its percent is exactly
  Genesys' ``totalScore``.  ``weightMode: OFF`` (scaled scoring off) ignores the weights.
* N/A questions and groups are 0 of 0 → ``na_allowed`` items and sections (N/A leaves
  numerator and denominator in qaclient too).
* visibility conditions → ``visible_when`` (hidden = ``systemMarkedNA``, not scored).
* fatal questions (``isKill``) fail the evaluation (0 %) unless the highest-valued answer
  was chosen → ``critical: evaluation`` with ``auto_fail`` on every lower answer.
* critical questions (``isCritical``) feed Genesys' separate critical score; qaclient has
  no second total, so the flag is kept in the item's provenance and
  :func:`critical_score` computes the figure from a qaclient result.
* multiple-select questions: every option is scored on its own (``Selected`` /
  ``Unselected`` values) → one yes/no item per option ("yes" = selected).

Provenance (form, group, question and answer ids, original values, default-answer
settings) is kept under ``extra: {genesys: …}`` of the rubric and of each item.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qaclient.rubrics.formats.registry import (
    Format,
    FormImportError,
    FormReader,
    check_places,
    clean,
    exact,
    kind_of,
    number_out,
    register,
    slug,
    text_of,
)
from qaclient.rubrics.loader import FORMAT
from qaclient.rubrics.model import Rubric, ScoreResult

NAME = "genesys"

_ABS = re.compile(r"^/form/questionGroup/(\d+)/question/(\d+)/answer/(\d+)$")
_REL = re.compile(r"^\.\./question/(\d+)/answer/(\d+)$")

_NOTE = {
    "en": (
        "Imported from the Genesys Cloud evaluation form {name!r}. Group weights are folded "
        "into the answer points (value × weight), so the percent is Genesys Cloud's total "
        "score; fatal questions fail the whole evaluation unless their highest answer is "
        "chosen. See docs/foreign-forms.md."
    ),
    "es": (
        "Importado del formulario de evaluación de Genesys Cloud {name!r}. Los pesos de los "
        "grupos se incorporan a los puntos de cada respuesta (valor × peso), así que el "
        "porcentaje es la puntuación total de Genesys Cloud; las preguntas fatales suspenden "
        "la evaluación salvo con su respuesta más alta."
    ),
    "zh_CN": (
        "导入自 Genesys Cloud 评估表 {name!r}。题组权重已并入各答案分值（分值 × 权重），"
        "因此百分比即 Genesys Cloud 的总分；致命题未选最高分答案时整份评估不合格。"
    ),
}


def detect(data: Any) -> bool:
    """a Genesys Cloud form is a JSON object with a 'questionGroups' list"""
    return isinstance(data, dict) and isinstance(data.get("questionGroups"), list)


def _language(data: dict, source: str) -> str:
    dialect = data.get("dialect")
    if dialect is None:
        return "en"
    text = str(dialect).lower().replace("_", "-")
    if text.startswith("en"):
        return "en"
    if text.startswith("es"):
        return "es"
    if text.startswith("zh"):
        return "zh_CN"
    raise FormImportError(
        source,
        "dialect",
        f"the form's language {dialect!r} is not one of qaclient's rubric languages "
        "(Chinese, English, Spanish); its labels cannot be filed under another language",
    )


class _Converter(FormReader):
    def __init__(self, data: dict, source: str):
        self.data = data
        self.src = source
        self.lang = _language(data, source)
        # (group, question) -> answer-index tokens for conditions
        self.refs: dict[tuple[int, int], dict[str, Any]] = {}

    # -- the form
    def run(self) -> dict[str, Any]:
        data = self.data
        name = text_of(data.get("name"), self.src, "name")
        assert name is not None
        mode = data.get("weightMode")
        if mode not in (None, "SCALED", "OFF"):
            raise self.err(
                "weightMode", f"unknown weight mode {mode!r}; Genesys uses SCALED or OFF"
            )
        use_weights = mode != "OFF"
        groups = self.seq(data.get("questionGroups"), "questionGroups")
        if not groups:
            raise self.err("questionGroups", "the form has no question groups")

        # pass 1: ids and answer tokens of every question, so conditions can point anywhere
        plans: list[dict[str, Any]] = []
        for gi, graw in enumerate(groups):
            gpath = f"questionGroups[{gi}]"
            g = self.obj(graw, gpath)
            if g.get("type", "questionGroup") != "questionGroup":
                raise self.err(f"{gpath}.type", f"unknown group type {g.get('type')!r}")
            weight = Decimal(1)
            if use_weights and g.get("weight") is not None:
                weight = exact(g["weight"], self.src, f"{gpath}.weight", "weight")
                if weight < 0:
                    raise self.err(f"{gpath}.weight", f"a negative weight ({weight}) is not valid")
                weight = check_places(weight, self.src, f"{gpath}.weight", "the group weight")
            questions = self.seq(g.get("questions"), f"{gpath}.questions")
            qplans = []
            for qi, qraw in enumerate(questions):
                qplans.append(
                    self._plan_question(gi, qi, self.obj(qraw, f"{gpath}.questions[{qi}]"))
                )
            plans.append({"group": g, "weight": weight, "questions": qplans, "path": gpath})

        # pass 2: sections and items
        sections = []
        group_extra = []
        for gi, plan in enumerate(plans):
            g, gpath = plan["group"], plan["path"]
            gname = (
                text_of(g.get("name"), self.src, f"{gpath}.name", required=False)
                or f"Group {gi + 1}"
            )
            help_texts: list[str] = []
            items: list[dict[str, Any]] = []
            for qplan in plan["questions"]:
                if qplan["type"] == "readOnlyTextBlockQuestion":
                    if qplan["text"]:
                        help_texts.append(qplan["text"])
                    continue
                items.extend(self._items(gi, qplan, plan["weight"]))
            sid = f"group{gi + 1}"
            if not items:
                raise self.err(
                    f"{gpath}.questions",
                    "the group has no question to answer (only read-only text, or none); "
                    "a qaclient section needs at least one item",
                )
            sec: dict[str, Any] = {"id": sid, "labels": self.lab(gname)}
            if help_texts:
                sec["help"] = self.lab("\n\n".join(help_texts))
            if self.flag(g, "naEnabled", gpath):
                sec["na_allowed"] = True
            if g.get("visibilityCondition") is not None:
                sec["visible_when"] = self._condition(
                    g["visibilityCondition"], f"{gpath}.visibilityCondition", gi
                )
            sec["items"] = items
            sections.append(sec)
            group_extra.append(
                {
                    "section": sid,
                    "id": g.get("id"),
                    "contextId": g.get("contextId"),
                    "weight": str(clean(plan["weight"])),
                    "manualWeight": g.get("manualWeight"),
                    "defaultAnswersToHighest": g.get("defaultAnswersToHighest"),
                    "defaultAnswersToNA": g.get("defaultAnswersToNA"),
                }
            )

        doc: dict[str, Any] = {
            "format": FORMAT,
            "id": slug(name, "genesys-form").replace("_", "-"),
            "version": 1,
            "status": "active" if data.get("published") is True else "draft",
            "languages": [self.lang],
            "labels": self.lab(name),
            "description": {self.lang: _NOTE[self.lang].format(name=name)},
            "scoring": {"mode": "points"},
            "sections": sections,
            "extra": {
                "genesys": _plain_dict(
                    {
                        "id": data.get("id"),
                        "contextId": data.get("contextId"),
                        "name": name,
                        "published": data.get("published"),
                        "modifiedDate": data.get("modifiedDate"),
                        "weightMode": mode or "SCALED",
                        "groups": group_extra,
                    }
                )
            },
        }
        return doc

    # -- questions
    def _plan_question(self, gi: int, qi: int, q: dict) -> dict[str, Any]:
        path = f"questionGroups[{gi}].questions[{qi}]"
        qtype = q.get("type")
        if qtype is None:  # as the Terraform provider does: infer from the answer shape
            if q.get("multipleSelectOptionQuestions"):
                qtype = "multipleSelectQuestion"
            elif q.get("answerOptions"):
                qtype = "multipleChoiceQuestion"
        base_id = f"q{gi + 1}_{qi + 1}"
        text = text_of(q.get("text"), self.src, f"{path}.text", required=False) or ""
        plan: dict[str, Any] = {"type": qtype, "q": q, "path": path, "id": base_id, "text": text}
        if qtype == "multipleChoiceQuestion":
            answers = self.seq(q.get("answerOptions"), f"{path}.answerOptions")
            if len(answers) < 2:
                raise self.err(
                    f"{path}.answerOptions",
                    "a multiple-choice question needs at least two answer options",
                )
            names: list[str] = []
            values: list[Decimal] = []
            texts: list[str] = []
            for ai, araw in enumerate(answers):
                apath = f"{path}.answerOptions[{ai}]"
                a = self.obj(araw, apath)
                values.append(self._value(a, apath))
                atext = text_of(a.get("text"), self.src, f"{apath}.text", required=False)
                texts.append(atext or f"Answer {ai + 1}")
                names.append(slug(atext or "", f"a{ai + 1}", names))
            plan.update(names=names, values=values, texts=texts)
            self.refs[(gi, qi)] = {"kind": "choice", "item": base_id, "tokens": names, "path": path}
        elif qtype == "multipleSelectQuestion":
            options = self.seq(
                q.get("multipleSelectOptionQuestions"), f"{path}.multipleSelectOptionQuestions"
            )
            if not options:
                raise self.err(
                    f"{path}.multipleSelectOptionQuestions",
                    "a multiple-select question needs options",
                )
            oplans = []
            for oi, oraw in enumerate(options):
                opath = f"{path}.multipleSelectOptionQuestions[{oi}]"
                o = self.obj(oraw, opath)
                oplans.append(self._plan_option(o, opath, f"{base_id}_{oi + 1}"))
            plan["options"] = oplans
            self.refs[(gi, qi)] = {"kind": "select", "options": oplans, "path": path}
        elif qtype in ("freeTextQuestion", "readOnlyTextBlockQuestion"):
            self.refs[(gi, qi)] = {"kind": "text", "path": path, "type": qtype}
        elif qtype == "npsQuestion":
            raise self.err(
                f"{path}.type",
                "net-promoter (npsQuestion) questions have no documented scoring in Genesys "
                "Cloud evaluation forms; qaclient cannot reproduce their score",
            )
        else:
            raise self.err(f"{path}.type", f"unknown question type {qtype!r}")
        return plan

    def _value(self, a: dict, apath: str) -> Decimal:
        if "value" not in a or a["value"] is None:
            raise self.err(f"{apath}.value", "missing: the points this answer gives")
        v = exact(a["value"], self.src, f"{apath}.value", "number of points")
        if v < 0:
            raise self.err(
                f"{apath}.value",
                f"a negative answer value ({v}) cannot be represented: qaclient level points are 0 or more",
            )
        return v

    def _plan_option(self, o: dict, opath: str, oid: str) -> dict[str, Any]:
        answers = self.seq(o.get("answerOptions"), f"{opath}.answerOptions")
        by_type: dict[str, tuple[int, Decimal]] = {}
        for ai, araw in enumerate(answers):
            apath = f"{opath}.answerOptions[{ai}]"
            a = self.obj(araw, apath)
            bt = a.get("builtInType")
            if bt not in ("Selected", "Unselected"):
                raise self.err(
                    f"{apath}.builtInType",
                    f"a multiple-select option's answers are builtInType Selected and Unselected, got {bt!r}",
                )
            if bt in by_type:
                raise self.err(f"{apath}.builtInType", f"two {bt} answers")
            by_type[bt] = (ai, self._value(a, apath))
        for bt in ("Selected", "Unselected"):
            if bt not in by_type:
                raise self.err(f"{opath}.answerOptions", f"the option has no {bt} answer")
        sel, uns = by_type["Selected"][1], by_type["Unselected"][1]
        yesno = sel > uns and uns == 0
        tokens = ["", ""]
        tokens[by_type["Selected"][0]] = "yes" if yesno else "selected"
        tokens[by_type["Unselected"][0]] = "no" if yesno else "unselected"
        text = text_of(o.get("text"), self.src, f"{opath}.text", required=False) or ""
        return {
            "o": o,
            "path": opath,
            "id": oid,
            "sel": sel,
            "uns": uns,
            "yesno": yesno,
            "tokens": tokens,
            "text": text,
        }

    # -- items
    def _items(self, gi: int, plan: dict[str, Any], weight: Decimal) -> list[dict[str, Any]]:
        q, path = plan["q"], plan["path"]
        qtype = plan["type"]
        cond = (
            self._condition(q["visibilityCondition"], f"{path}.visibilityCondition", gi)
            if q.get("visibilityCondition") is not None
            else None
        )
        label = plan["text"] or f"Question {plan['id']}"
        if qtype == "freeTextQuestion":
            item: dict[str, Any] = {"id": plan["id"], "kind": "text", "labels": self.lab(label)}
            self._common(item, q, path, cond)
            item["extra"] = {"genesys": self._prov(q, qtype)}
            return [item]
        if qtype == "multipleChoiceQuestion":
            return [self._choice_item(plan, weight, cond, label)]
        # multiple select: one item per option
        out = []
        for op in plan["options"]:
            o, opath = op["o"], op["path"]
            ocond = (
                self._condition(o["visibilityCondition"], f"{opath}.visibilityCondition", gi)
                if o.get("visibilityCondition") is not None
                else None
            )
            both = _and(cond, ocond)
            if both is False:
                raise self.err(
                    f"{opath}.visibilityCondition",
                    "the option's OR condition combined with its question's OR condition "
                    "cannot be written as one qaclient condition (one all/any list)",
                )
            olabel = f"{label} — {op['text']}" if label and op["text"] else (op["text"] or label)
            out.append(self._option_item(op, weight, both, olabel, plan))
        return out

    def _choice_item(self, plan, weight, cond, label) -> dict[str, Any]:
        q, path = plan["q"], plan["path"]
        kill = self.flag(q, "isKill", path)
        top = max(plan["values"])
        levels = []
        for ai, (name, value, text) in enumerate(
            zip(plan["names"], plan["values"], plan["texts"], strict=True)
        ):
            pts = check_places(
                value * weight,
                self.src,
                f"{path}.answerOptions[{ai}].value",
                "the weighted answer value",
            )
            levels.append(
                {
                    "name": name,
                    "points": number_out(pts),
                    "labels": self.lab(text),
                    "auto_fail": bool(kill and value < top),
                }
            )
        item: dict[str, Any] = {
            "id": plan["id"],
            "kind": "levels",
            "max": number_out(check_places(top * weight, self.src, path, "the weighted maximum")),
            "labels": self.lab(label),
            "levels": levels,
        }
        if kill and any(lv["auto_fail"] for lv in levels):
            item["critical"] = "evaluation"
        self._common(item, q, path, cond)
        prov = self._prov(q, "multipleChoiceQuestion")
        prov["weight"] = str(clean(weight))
        prov["answers"] = [
            _plain_dict({"id": a.get("id"), "text": a.get("text"), "value": str(v), "level": n})
            for a, v, n in zip(q["answerOptions"], plan["values"], plan["names"], strict=True)
        ]
        item["extra"] = {"genesys": _plain_dict(prov)}
        return item

    def _option_item(self, op, weight, cond, label, plan) -> dict[str, Any]:
        o, opath = op["o"], op["path"]
        kill = self.flag(o, "isKill", opath)
        sel = check_places(op["sel"] * weight, self.src, opath, "the weighted Selected value")
        uns = check_places(op["uns"] * weight, self.src, opath, "the weighted Unselected value")
        if op["yesno"]:
            item: dict[str, Any] = {
                "id": op["id"],
                "kind": "yesno",
                "max": number_out(sel),
                "labels": self.lab(label),
            }
            if kill:
                item["critical"] = "evaluation"  # "no" (unselected) is below the highest value
        else:
            top = max(op["sel"], op["uns"])
            levels = [
                {
                    "name": "selected",
                    "points": number_out(sel),
                    "labels": self.lab(_SELECTED[self.lang]),
                    "auto_fail": bool(kill and op["sel"] < top),
                },
                {
                    "name": "unselected",
                    "points": number_out(uns),
                    "labels": self.lab(_UNSELECTED[self.lang]),
                    "auto_fail": bool(kill and op["uns"] < top),
                },
            ]
            item = {
                "id": op["id"],
                "kind": "levels",
                "max": number_out(max(sel, uns)),
                "labels": self.lab(label),
                "levels": levels,
            }
            if any(lv["auto_fail"] for lv in levels):
                item["critical"] = "evaluation"
        self._common(item, o, opath, cond)
        prov = self._prov(o, "multipleSelectOption")
        prov["question"] = _plain_dict(
            {
                "id": plan["q"].get("id"),
                "contextId": plan["q"].get("contextId"),
                "text": plan["text"],
            }
        )
        prov["weight"] = str(clean(weight))
        prov["selected"] = str(op["sel"])
        prov["unselected"] = str(op["uns"])
        item["extra"] = {"genesys": _plain_dict(prov)}
        return item

    def _common(self, item: dict, q: dict, path: str, cond: dict | None) -> None:
        help_ = text_of(q.get("helpText"), self.src, f"{path}.helpText", required=False)
        if help_:
            item["help"] = self.lab(help_)
        if self.flag(q, "naEnabled", path):
            item["na_allowed"] = True
        if self.flag(q, "commentsRequired", path):
            item["comment_required"] = True
        if cond is not None:
            item["visible_when"] = cond

    def _prov(self, q: dict, qtype: str) -> dict[str, Any]:
        return _plain_dict(
            {
                "id": q.get("id"),
                "contextId": q.get("contextId"),
                "type": qtype,
                "isKill": q.get("isKill", False),
                "isCritical": q.get("isCritical", False),
                "defaultAnswer": q.get("defaultAnswer"),
            }
        )

    # -- conditions
    def _condition(self, raw: Any, path: str, gi: int) -> dict[str, Any]:
        vc = self.obj(raw, path)
        op = vc.get("combiningOperation")
        preds = self.seq(vc.get("predicates"), f"{path}.predicates")
        if not preds:
            raise self.err(
                f"{path}.predicates", "a visibility condition needs at least one predicate"
            )
        if op is None and len(preds) > 1:
            raise self.err(
                f"{path}.combiningOperation", "missing: AND or OR for several predicates"
            )
        if op not in (None, "AND", "OR"):
            raise self.err(f"{path}.combiningOperation", f"unknown operation {op!r}; use AND or OR")
        clauses = []
        for pi, pred in enumerate(preds):
            ppath = f"{path}.predicates[{pi}]"
            if not isinstance(pred, str):
                raise self.err(ppath, f"expected a predicate path, got {kind_of(pred)}")
            m = _ABS.match(pred)
            if m:
                g, q, a = (int(x) for x in m.groups())
            else:
                m = _REL.match(pred)
                if not m:
                    raise self.err(
                        ppath,
                        f"unreadable predicate {pred!r}; expected /form/questionGroup/G/question/Q/answer/A "
                        "or ../question/Q/answer/A",
                    )
                g = gi
                q, a = (int(x) for x in m.groups())
            clauses.append(self._clause(g, q, a, ppath, pred))
        return {"any" if op == "OR" else "all": clauses}

    def _clause(self, g: int, q: int, a: int, ppath: str, pred: str) -> dict[str, str]:
        ref = self.refs.get((g, q))
        if ref is None:
            raise self.err(ppath, f"{pred!r} names question {q} of group {g}, which does not exist")
        if ref["kind"] == "choice":
            if a >= len(ref["tokens"]):
                raise self.err(
                    ppath,
                    f"{pred!r} names answer {a}, but {ref['path']} has {len(ref['tokens'])} answers",
                )
            return {"item": ref["item"], "is": ref["tokens"][a]}
        if ref["kind"] == "select":
            options = ref["options"]
            if a >= len(options):
                raise self.err(
                    ppath,
                    f"{pred!r} names option {a}, but {ref['path']} has {len(options)} options",
                )
            op = options[a]
            return {"item": op["id"], "is": "yes" if op["yesno"] else "selected"}
        raise self.err(
            ppath,
            f"{pred!r} depends on {ref['path']}, a {ref['type']}: qaclient conditions test "
            "answers of choice questions only",
        )


_SELECTED = {"en": "Selected", "es": "Seleccionado", "zh_CN": "已选"}
_UNSELECTED = {"en": "Not selected", "es": "No seleccionado", "zh_CN": "未选"}


def _and(a: dict | None, b: dict | None) -> dict | None | bool:
    """Both conditions as one flat all/any list, or False when that is impossible."""
    if a is None:
        return b
    if b is None:
        return a
    la, lb = next(iter(a.values())), next(iter(b.values()))
    ka, kb = next(iter(a)), next(iter(b))
    if (ka == "all" or len(la) == 1) and (kb == "all" or len(lb) == 1):
        return {"all": [*la, *lb]}
    return False


def _plain_dict(d: dict[str, Any]) -> dict[str, Any]:
    """Provenance without empty entries, JSON-plain (Decimals as text keep exactness)."""

    def plain(v: Any) -> Any:
        if isinstance(v, Decimal):
            return str(clean(v))
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items() if x is not None}
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v

    return {k: plain(v) for k, v in d.items() if v is not None}


def convert(data: Any, source: str) -> dict[str, Any]:
    """Convert a parsed Genesys Cloud evaluation form into a rubric document."""
    if not detect(data):
        raise FormImportError(
            source, "", "not a Genesys Cloud evaluation form (no 'questionGroups' list)"
        )
    return _Converter(data, source).run()


def critical_score(rubric: Rubric, result: ScoreResult) -> Decimal | None:
    """Genesys Cloud's *critical score* of an imported form: the percentage of the
    (unweighted) points of the applicable ``isCritical`` questions, or None when none
    applies.  qaclient's own total does not carry it (it is a second figure in Genesys)."""
    got = Decimal(0)
    possible = Decimal(0)
    for item in rubric.items:
        prov = (item.extra.get("extra") or {}).get("genesys") or {}
        if not prov.get("isCritical"):
            continue
        its = result.items.get(item.id)
        if its is None or its.na or not its.visible or not item.scored:
            continue
        w = Decimal(prov.get("weight", "1"))
        if w == 0:
            continue
        got += its.score / w
        possible += its.max / w
    if possible == 0:
        return None
    return (got / possible * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


FORMAT_GENESYS = register(
    Format(name=NAME, title="Genesys Cloud evaluation form", detect=detect, convert=convert)
)
