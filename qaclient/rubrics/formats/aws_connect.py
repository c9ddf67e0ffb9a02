"""Amazon Connect evaluation forms: an ``AWS::Connect::EvaluationForm`` resource in a
CloudFormation template (YAML or JSON), or the API JSON of ``CreateEvaluationForm`` /
``UpdateEvaluationForm`` / ``DescribeEvaluationForm`` (``{"EvaluationForm": {…}}``).

How Amazon Connect scores a form (sources in ``docs/foreign-forms.md`` § 1.2) and how each
rule is carried over:

* every scored question is worth 0–10 points (option / range ``Score`` 0–10) → a levels
  item with ``max: 10`` whose levels carry the option scores;
* ``ScoringStrategy.Mode: SECTION_ONLY`` — a weight per section, its questions evenly
  weighted → section ``weight`` (a section's share of the total, renormalised over
  applicable sections) with unweighted items;
* ``QUESTION_ONLY`` — a weight per question → item-weighted sections (each item adds
  ``weight × score / 10``), subsections flattened into sections of their own;
* ``NotApplicableEnabled`` → ``na_allowed`` (an N/A question's weight is shared out
  proportionally, which is what leaving the denominator does);
* ``AutomaticFail`` on an option or numeric range → ``auto_fail`` (the whole evaluation
  scores 0), or with ``AutomaticFailConfiguration.TargetSection`` the target section;
* conditional enablement (``Enablement``) → ``visible_when``;
* numeric questions → numeric items with ``ranges``; text and date-time questions → text
  items (unscored);
* ``ScoringStrategy`` absent or ``DISABLED`` → an unscored rubric (points 0).

Provenance (RefIds, weights, option scores, automation) is kept under
``extra: {aws_connect: …}``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qaclient.rubrics import loader
from qaclient.rubrics.formats.registry import (
    Format,
    FormImportError,
    FormReader,
    check_places,
    clean,
    exact,
    number_out,
    register,
    slug,
    text_of,
)

NAME = "aws-connect"
RESOURCE_TYPE = "AWS::Connect::EvaluationForm"
#: Amazon Connect scores every question out of this many points.
QUESTION_POINTS = Decimal(10)

_NOTE = {
    "en": (
        "Imported from the Amazon Connect evaluation form {title!r} (scoring: {mode}). "
        "Every question is scored out of 10 points; see docs/foreign-forms.md."
    ),
    "es": (
        "Importado del formulario de evaluación de Amazon Connect {title!r} (puntuación: {mode}). "
        "Cada pregunta puntúa sobre 10."
    ),
}


def _resources(data: Any) -> list[tuple[str, dict]]:
    res = data.get("Resources") if isinstance(data, dict) else None
    if not isinstance(res, dict):
        return []
    return [
        (str(name), body)
        for name, body in res.items()
        if isinstance(body, dict) and body.get("Type") == RESOURCE_TYPE
    ]


def detect(data: Any) -> bool:
    """an Amazon Connect form has 'Items' with sections, or is an AWS::Connect::EvaluationForm resource"""
    if not isinstance(data, dict):
        return False
    if _resources(data):
        return True
    form = data.get("EvaluationForm", data)
    return (
        isinstance(form, dict)
        and isinstance(form.get("Items"), list)
        and ("Title" in form or "ScoringStrategy" in form or "EvaluationFormId" in form)
    )


class _Converter(FormReader):
    def __init__(self, data: dict, source: str):
        self.src = source
        self.resource: str | None = None
        resources = _resources(data)
        if resources:
            if len(resources) > 1:
                names = ", ".join(n for n, _ in resources)
                raise FormImportError(
                    source,
                    "Resources",
                    f"the template holds {len(resources)} evaluation forms ({names}); "
                    "import them one at a time (one resource per file)",
                )
            self.resource, body = resources[0]
            self.prefix = f"Resources.{self.resource}.Properties"
            props = body.get("Properties")
            if not isinstance(props, dict):
                raise FormImportError(source, self.prefix, "missing the resource's Properties")
            self.form = props
        elif isinstance(data.get("EvaluationForm"), dict):
            self.form, self.prefix = data["EvaluationForm"], "EvaluationForm"
        else:
            self.form, self.prefix = data, ""
        self.refs: dict[str, dict[str, Any]] = {}  # question RefId -> item id, options
        self.ids: set[str] = set()

    # -- helpers
    def p(self, path: str) -> str:
        return f"{self.prefix}.{path}" if self.prefix and path else (self.prefix or path)

    def text(self, value: Any, path: str, required: bool = True) -> str | None:
        return text_of(value, self.src, self.p(path), required=required)

    def new_id(self, ref: Any, path: str, fallback: str) -> str:
        raw = self.text(ref, path)
        assert raw is not None
        ident = raw if loader.ID_RE.match(raw) else slug(raw, fallback, self.ids)
        if ident in self.ids:
            raise self.err(path, f"duplicate RefId {raw!r}: RefIds are unique within a form")
        self.ids.add(ident)
        return ident

    # -- the form
    def run(self) -> dict[str, Any]:
        f = self.form
        title = self.text(f.get("Title"), "Title")
        assert title is not None
        lang_cfg = f.get("LanguageConfiguration") or {}
        form_lang = lang_cfg.get("FormLanguage") if isinstance(lang_cfg, dict) else None
        if form_lang in (None, "en-US"):
            self.lang = "en"
        elif form_lang == "es-ES":
            self.lang = "es"
        else:
            raise self.err(
                "LanguageConfiguration.FormLanguage",
                f"the form's language {form_lang!r} is not one of qaclient's rubric languages "
                "(Chinese, English, Spanish); its labels cannot be filed under another language",
            )
        status = f.get("Status", "DRAFT")
        if status not in ("DRAFT", "ACTIVE"):
            raise self.err(
                "Status", f"unknown status {status!r}; Amazon Connect uses DRAFT or ACTIVE"
            )

        ss = f.get("ScoringStrategy")
        self.scored = False
        self.mode = "unscored"
        if ss is not None:
            ss = self.obj(ss, "ScoringStrategy")
            if ss.get("Status") not in ("ENABLED", "DISABLED"):
                raise self.err(
                    "ScoringStrategy.Status",
                    f"expected ENABLED or DISABLED, got {ss.get('Status')!r}",
                )
            if ss.get("Status") == "ENABLED":
                if ss.get("Mode") not in ("QUESTION_ONLY", "SECTION_ONLY"):
                    raise self.err(
                        "ScoringStrategy.Mode",
                        f"scoring mode {ss.get('Mode')!r} cannot be imported: qaclient reproduces "
                        "QUESTION_ONLY and SECTION_ONLY (the modes of the resource schema)",
                    )
                self.scored = True
                self.mode = ss["Mode"]

        items = self.seq(f.get("Items"), "Items")
        if not items:
            raise self.err("Items", "the form has no sections")
        # pass 1: every question's RefId, so conditions can point forward
        tops: list[tuple[dict, str]] = []
        for i, raw in enumerate(items):
            path = f"Items[{i}]"
            entry = self.obj(raw, path)
            if "Section" not in entry:
                raise self.err(
                    path, "top-level items must be sections (questions live in sections)"
                )
            tops.append((self.obj(entry["Section"], f"{path}.Section"), f"{path}.Section"))
        for sec, spath in tops:
            self._register_questions(sec, spath, depth=1)

        # pass 2: sections
        sections: list[dict[str, Any]] = []
        sec_prov: list[dict[str, Any]] = []
        self.section_ids: dict[
            str, str
        ] = {}  # AWS section RefId -> qaclient section id ("" = split)
        plan: list[tuple[dict, str, str, dict | None]] = []
        for sec, spath in tops:
            sid = self.new_id(sec.get("RefId"), f"{spath}.RefId", "section")
            self.section_ids[str(sec.get("RefId"))] = sid
            subs = []
            for j, sub_raw in enumerate(self.seq(sec.get("Items"), f"{spath}.Items")):
                ipath = f"{spath}.Items[{j}]"
                entry = self.obj(sub_raw, ipath)
                if "Section" in entry:
                    subs.append(
                        (self.obj(entry["Section"], f"{ipath}.Section"), f"{ipath}.Section")
                    )
            if subs and self.mode == "SECTION_ONLY":
                raise self.err(
                    f"{spath}.Items",
                    "subsections under SECTION_ONLY scoring cannot be imported: how the section's "
                    "weight is shared between its subsections is not documented",
                )
            plan.append((sec, spath, sid, None))
            for sub, subpath in subs:
                sub_id = self.new_id(sub.get("RefId"), f"{subpath}.RefId", "section")
                self.section_ids[str(sub.get("RefId"))] = sub_id
                plan.append((sub, subpath, sub_id, sec))
        self.targets_split = {
            str(sec.get("RefId"))
            for sec, _p, _s, parent in plan
            if parent is None and any(pp is sec for *_x, pp in plan)
        }
        for sec, spath, sid, parent in plan:
            out = self._section(sec, spath, sid, parent)
            prov = {"section": sid, "RefId": sec.get("RefId"), "Weight": _s(sec.get("Weight"))}
            if parent is not None:
                prov["parent"] = parent.get("RefId")
            sec_prov.append({k: v for k, v in prov.items() if v is not None})
            if out is not None:
                sections.append(out)
        if not sections:
            raise self.err("Items", "the form has no questions")

        note = _NOTE.get(self.lang, _NOTE["en"]).format(title=title, mode=self.mode)
        description = self.text(f.get("Description"), "Description", required=False)
        doc: dict[str, Any] = {
            "format": loader.FORMAT,
            "id": slug(title, "aws-connect-form").replace("_", "-"),
            "version": 1,
            "status": "active" if status == "ACTIVE" else "draft",
            "languages": [self.lang],
            "labels": self.lab(title),
            "description": {self.lang: f"{description}\n\n{note}" if description else note},
            "scoring": {"mode": "points"},
            "sections": sections,
            "extra": {
                "aws_connect": {
                    k: v
                    for k, v in {
                        "resource": self.resource,
                        "EvaluationFormArn": _plain(f.get("EvaluationFormArn")),
                        "EvaluationFormId": f.get("EvaluationFormId"),
                        "EvaluationFormVersion": f.get("EvaluationFormVersion"),
                        "Title": title,
                        "Status": status,
                        "ScoringStrategy": _plain(ss),
                        "sections": sec_prov,
                    }.items()
                    if v is not None
                }
            },
        }
        return doc

    def _register_questions(self, sec: dict, spath: str, depth: int) -> None:
        for j, raw in enumerate(self.seq(sec.get("Items"), f"{spath}.Items")):
            ipath = f"{spath}.Items[{j}]"
            entry = self.obj(raw, ipath)
            if "Section" in entry:
                if depth >= 2:
                    raise self.err(
                        ipath, "sections nest at most two levels in Amazon Connect forms"
                    )
                self._register_questions(
                    self.obj(entry["Section"], f"{ipath}.Section"), f"{ipath}.Section", depth + 1
                )
            elif "Question" in entry:
                q = self.obj(entry["Question"], f"{ipath}.Question")
                qpath = f"{ipath}.Question"
                qid = self.new_id(q.get("RefId"), f"{qpath}.RefId", "question")
                qtype = q.get("QuestionType")
                options: dict[str, str] = {}
                if qtype == "SINGLESELECT":
                    props = self.obj(
                        q.get("QuestionTypeProperties"), f"{qpath}.QuestionTypeProperties"
                    )
                    ss = self.obj(
                        props.get("SingleSelect"), f"{qpath}.QuestionTypeProperties.SingleSelect"
                    )
                    for k, oraw in enumerate(
                        self.seq(
                            ss.get("Options"),
                            f"{qpath}.QuestionTypeProperties.SingleSelect.Options",
                        )
                    ):
                        opath = f"{qpath}.QuestionTypeProperties.SingleSelect.Options[{k}]"
                        o = self.obj(oraw, opath)
                        ref = self.text(o.get("RefId"), f"{opath}.RefId")
                        assert ref is not None
                        if ref in options:
                            raise self.err(f"{opath}.RefId", f"duplicate option RefId {ref!r}")
                        name = (
                            ref
                            if loader.ID_RE.match(ref)
                            else slug(ref, f"o{k + 1}", options.values())
                        )
                        options[ref] = name
                self.refs[str(q.get("RefId"))] = {
                    "id": qid,
                    "type": qtype,
                    "options": options,
                    "path": qpath,
                    "conditional": q.get("Enablement") is not None,
                }
            else:
                raise self.err(ipath, "an item is a Section or a Question")

    def _section(
        self, sec: dict, spath: str, sid: str, parent: dict | None
    ) -> dict[str, Any] | None:
        title = self.text(sec.get("Title"), f"{spath}.Title", required=False) or sid
        if parent is not None:
            ptitle = self.text(parent.get("Title"), "", required=False)
            title = f"{ptitle} › {title}" if ptitle else title
        items = []
        for j, raw in enumerate(sec.get("Items") or []):
            ipath = f"{spath}.Items[{j}]"
            if "Question" in raw:
                items.append(self._question(raw["Question"], f"{ipath}.Question"))
        if not items:
            if self.mode == "SECTION_ONLY":
                raise self.err(f"{spath}.Items", "a section without questions")
            return None  # a parent that only holds subsections: they become sections
        out: dict[str, Any] = {"id": sid, "labels": self.lab(title)}
        instructions = self.text(sec.get("Instructions"), f"{spath}.Instructions", required=False)
        if instructions:
            out["help"] = self.lab(instructions)
        if self.mode == "SECTION_ONLY":
            if sec.get("Weight") is None:
                raise self.err(
                    f"{spath}.Weight", "missing: SECTION_ONLY scoring weighs every section"
                )
            w = check_places(
                exact(sec["Weight"], self.src, self.p(f"{spath}.Weight"), "weight"),
                self.src,
                self.p(f"{spath}.Weight"),
                "the section weight",
            )
            if w < 0:
                raise self.err(f"{spath}.Weight", f"a negative weight ({w}) is not valid")
            if w > 0 and not any(i["kind"] == "levels" or i.get("ranges") for i in items):
                raise self.err(
                    f"{spath}.Weight",
                    f"the section weighs {w} but has no scored question; Amazon Connect would give "
                    "it no score to weigh",
                )
            out["weight"] = number_out(w)
        out["items"] = items
        return out

    # -- questions
    def _question(self, q: dict, qpath: str) -> dict[str, Any]:
        ref = self.refs[str(q.get("RefId"))]
        qtype = q.get("QuestionType")
        title = self.text(q.get("Title"), f"{qpath}.Title")
        assert title is not None
        item: dict[str, Any] = {"id": ref["id"], "kind": None, "labels": self.lab(title)}
        prov: dict[str, Any] = {"RefId": q.get("RefId"), "QuestionType": qtype}
        if q.get("Weight") is not None:
            prov["Weight"] = _s(q.get("Weight"))
        props = q.get("QuestionTypeProperties")
        if qtype == "SINGLESELECT":
            self._single_select(item, prov, q, qpath)
        elif qtype == "NUMERIC":
            self._numeric(item, prov, q, qpath)
        elif qtype in ("TEXT", "DATETIME"):
            item["kind"] = "text"
            if props and isinstance(props, dict) and props.get("Text"):
                prov["Automation"] = _plain(props["Text"].get("Automation"))
        elif qtype == "MULTISELECT":
            raise self.err(
                f"{qpath}.QuestionType",
                "MULTISELECT questions cannot be imported: how Amazon Connect scores a set of "
                "ticked options is not documented in the form schema, and qaclient has no "
                "many-answer item; split the question into single-select yes/no questions",
            )
        else:
            raise self.err(f"{qpath}.QuestionType", f"unknown question type {qtype!r}")
        instructions = self.text(q.get("Instructions"), f"{qpath}.Instructions", required=False)
        if instructions:
            item["help"] = self.lab(instructions)
        if self.flag(q, "NotApplicableEnabled", qpath):
            item["na_allowed"] = True
        if q.get("Enablement") is not None:
            cond = self._enablement(q["Enablement"], f"{qpath}.Enablement", ref["id"])
            if cond is not None:
                item["visible_when"] = cond
        item["extra"] = {"aws_connect": {k: v for k, v in prov.items() if v is not None}}
        return item

    def _weight(self, item: dict, q: dict, qpath: str) -> None:
        if self.mode != "QUESTION_ONLY":
            return
        if q.get("Weight") is None:
            raise self.err(
                f"{qpath}.Weight", "missing: QUESTION_ONLY scoring weighs every scored question"
            )
        w = exact(q["Weight"], self.src, self.p(f"{qpath}.Weight"), "weight")
        if w < 0:
            raise self.err(f"{qpath}.Weight", f"a negative weight ({w}) is not valid")
        item["weight"] = number_out(
            check_places(w, self.src, self.p(f"{qpath}.Weight"), "the question weight")
        )

    def _score(self, o: dict, opath: str) -> Decimal:
        if o.get("Score") is None:
            return Decimal(0)
        s = exact(o["Score"], self.src, self.p(f"{opath}.Score"), "score")
        if not 0 <= s <= QUESTION_POINTS or s != s.to_integral_value():
            raise self.err(f"{opath}.Score", f"an answer score is a whole number 0–10, got {s}")
        return s

    def _fail_target(self, o: dict, opath: str) -> str | None:
        cfg = o.get("AutomaticFailConfiguration")
        if cfg is None:
            return None
        cfg = self.obj(cfg, f"{opath}.AutomaticFailConfiguration")
        target = cfg.get("TargetSection")
        if target is None:
            return None
        target = str(target)
        if target not in self.section_ids:
            raise self.err(
                f"{opath}.AutomaticFailConfiguration.TargetSection", f"unknown section {target!r}"
            )
        if target in self.targets_split:
            raise self.err(
                f"{opath}.AutomaticFailConfiguration.TargetSection",
                f"section {target!r} holds subsections, which become sections of their own in "
                "qaclient; failing all of them from one answer cannot be represented",
            )
        return self.section_ids[target]

    def _critical(self, item: dict, targets: set[str | None], fails: bool, path: str) -> None:
        if not fails:
            return
        if len(targets) > 1:
            raise self.err(
                path,
                "the automatic-fail options of this question fail different targets (the whole "
                "form and/or different sections); qaclient gives one failure scope per item",
            )
        target = next(iter(targets))
        item["critical"] = (
            "evaluation" if target is None else {"scope": "section", "section": target}
        )

    def _single_select(self, item: dict, prov: dict, q: dict, qpath: str) -> None:
        ref = self.refs[str(q.get("RefId"))]
        ppath = f"{qpath}.QuestionTypeProperties.SingleSelect"
        ss = q["QuestionTypeProperties"]["SingleSelect"]
        options = ss.get("Options")
        if len(options) < 2:
            raise self.err(
                f"{ppath}.Options", "a single-select question needs at least two options"
            )
        levels = []
        targets: set[str | None] = set()
        fails = False
        oprov = []
        for k, o in enumerate(options):
            opath = f"{ppath}.Options[{k}]"
            text = self.text(o.get("Text"), f"{opath}.Text")
            assert text is not None
            score = self._score(o, opath)
            af = self.flag(o, "AutomaticFail", opath) and self.scored
            if af:
                fails = True
                targets.add(self._fail_target(o, opath))
            name = ref["options"][str(o.get("RefId"))]
            levels.append(
                {
                    "name": name,
                    "points": number_out(score) if self.scored else 0,
                    "labels": self.lab(text),
                    "auto_fail": af,
                }
            )
            oprov.append(
                {
                    "RefId": o.get("RefId"),
                    "Text": text,
                    "Score": number_out(score) if o.get("Score") is not None else None,
                    "AutomaticFail": o.get("AutomaticFail"),
                    "level": name,
                }
            )
        item["kind"] = "levels"
        item["max"] = number_out(QUESTION_POINTS) if self.scored else 0
        item["levels"] = levels
        self._critical(item, targets, fails, ppath)
        self._weight(item, q, qpath)
        prov["options"] = [{k: v for k, v in o.items() if v is not None} for o in oprov]
        if ss.get("DisplayAs"):
            prov["DisplayAs"] = ss["DisplayAs"]
        if ss.get("Automation") is not None:
            prov["Automation"] = _plain(ss["Automation"])

    def _numeric(self, item: dict, prov: dict, q: dict, qpath: str) -> None:
        ppath = f"{qpath}.QuestionTypeProperties.Numeric"
        props = self.obj(
            self.obj(q.get("QuestionTypeProperties"), f"{qpath}.QuestionTypeProperties").get(
                "Numeric"
            ),
            ppath,
        )
        lo = exact(props.get("MinValue"), self.src, self.p(f"{ppath}.MinValue"), "MinValue")
        hi = exact(props.get("MaxValue"), self.src, self.p(f"{ppath}.MaxValue"), "MaxValue")
        if lo > hi:
            raise self.err(f"{ppath}.MaxValue", f"MaxValue {hi} is below MinValue {lo}")
        item["kind"] = "numeric"
        item["min"] = number_out(lo)
        item["max"] = number_out(hi)
        options = props.get("Options") or []
        if not self.scored or not options:
            item["scored"] = False
            if props.get("Automation") is not None:
                prov["Automation"] = _plain(props["Automation"])
            return
        ranges = []
        targets: set[str | None] = set()
        fails = False
        for k, oraw in enumerate(self.seq(options, f"{ppath}.Options")):
            opath = f"{ppath}.Options[{k}]"
            o = self.obj(oraw, opath)
            rlo = exact(o.get("MinValue"), self.src, self.p(f"{opath}.MinValue"), "MinValue")
            rhi = exact(o.get("MaxValue"), self.src, self.p(f"{opath}.MaxValue"), "MaxValue")
            af = self.flag(o, "AutomaticFail", opath)
            if af:
                fails = True
                targets.add(self._fail_target(o, opath))
            ranges.append(
                {
                    "min": number_out(rlo),
                    "max": number_out(rhi),
                    "points": number_out(self._score(o, opath)),
                    "auto_fail": af,
                }
            )
        item["ranges"] = ranges
        best = max(Decimal(str(r["points"])) for r in ranges)
        if best < QUESTION_POINTS:  # the question is worth 10 whatever its best range gives
            item["max_points"] = number_out(QUESTION_POINTS)
        self._critical(item, targets, fails, ppath)
        self._weight(item, q, qpath)
        if props.get("Automation") is not None:
            prov["Automation"] = _plain(props["Automation"])
            measure = _local_measure(props["Automation"])
            if measure is not None:
                item["signal"] = {"measure": measure}

    # -- conditional enablement
    def _enablement(self, raw: Any, path: str, self_id: str) -> dict[str, Any] | None:
        en = self.obj(raw, path)
        action = en.get("Action")
        default = en.get("DefaultAction")
        if action not in ("ENABLE", "DISABLE"):
            raise self.err(f"{path}.Action", f"expected ENABLE or DISABLE, got {action!r}")
        if default is None:
            default = "DISABLE" if action == "ENABLE" else "ENABLE"
        if default not in ("ENABLE", "DISABLE"):
            raise self.err(f"{path}.DefaultAction", f"expected ENABLE or DISABLE, got {default!r}")
        if default == action:
            if action == "ENABLE":
                return None  # enabled either way
            raise self.err(path, "the question is disabled whether or not the condition holds")
        cond = self.obj(en.get("Condition"), f"{path}.Condition")
        operator = cond.get("Operator", "AND")
        if operator not in ("AND", "OR"):
            raise self.err(f"{path}.Condition.Operator", f"expected AND or OR, got {operator!r}")
        negate = action == "DISABLE"
        clauses = []
        for k, oraw in enumerate(self.seq(cond.get("Operands"), f"{path}.Condition.Operands")):
            opath = f"{path}.Condition.Operands[{k}]"
            operand = self.obj(oraw, opath)
            if "Expression" not in operand:
                raise self.err(
                    opath, "nested conditions cannot be written as one qaclient condition"
                )
            clauses.append(
                self._expression(
                    self.obj(operand["Expression"], f"{opath}.Expression"),
                    f"{opath}.Expression",
                    negate,
                    self_id,
                )
            )
        if not clauses:
            raise self.err(f"{path}.Condition.Operands", "a condition needs at least one operand")
        combine = "all" if operator == "AND" else "any"
        if negate:  # not (a and b) = (not a) or (not b)
            combine = "any" if combine == "all" else "all"
        return {combine: clauses}

    def _expression(self, ex: dict, path: str, negate: bool, self_id: str) -> dict[str, Any]:
        src = self.obj(ex.get("Source"), f"{path}.Source")
        if src.get("Type", "QUESTION_REF_ID") != "QUESTION_REF_ID":
            raise self.err(f"{path}.Source.Type", f"unknown source type {src.get('Type')!r}")
        ref = self.refs.get(str(src.get("RefId")))
        if ref is None:
            raise self.err(f"{path}.Source.RefId", f"unknown question {src.get('RefId')!r}")
        if ref["type"] != "SINGLESELECT":
            raise self.err(
                f"{path}.Source.RefId",
                f"the condition tests {src.get('RefId')!r}, a {ref['type']} question; qaclient "
                "conditions test single-select answers only",
            )
        comparator = ex.get("Comparator")
        if comparator not in ("IN", "NOT_IN"):
            raise self.err(
                f"{path}.Comparator",
                f"comparator {comparator!r} applies to multi-select sources; only IN and NOT_IN "
                "can be represented",
            )
        values = set()
        for k, vraw in enumerate(self.seq(ex.get("Values"), f"{path}.Values")):
            v = self.obj(vraw, f"{path}.Values[{k}]")
            oref = str(v.get("RefId"))
            if oref not in ref["options"]:
                raise self.err(f"{path}.Values[{k}].RefId", f"{ref['path']} has no option {oref!r}")
            values.add(ref["options"][oref])
        inside = comparator == "IN"
        if negate:
            inside = not inside
        if (negate or comparator == "NOT_IN") and ref["conditional"]:
            # a negated test ("not one of these options", or DISABLE when …) may hold when the
            # source has no answer because it is itself disabled; a qaclient condition never
            # matches a missing answer, so the question would be hidden where Amazon Connect
            # shows (and scores) it
            raise self.err(
                path,
                f"this negated condition depends on {src.get('RefId')!r}, which has its own "
                "enablement condition: when that question is disabled (no answer) the negation "
                "may hold, and qaclient conditions cannot test for a missing answer",
            )
        allowed = (
            [n for n in ref["options"].values() if n in values]
            if inside
            else [n for n in ref["options"].values() if n not in values] + ["na"]
        )
        if not allowed:
            raise self.err(path, "the condition can never hold")
        return {"item": ref["id"], "in": allowed}


def _s(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, Decimal | int | float) and not isinstance(v, bool):
        return str(clean(Decimal(str(v))))
    return str(v)


def _plain(v: Any) -> Any:
    if isinstance(v, Decimal):
        return str(clean(v))
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def convert(data: Any, source: str) -> dict[str, Any]:
    """Convert a parsed Amazon Connect evaluation form (or template) into a rubric document."""
    if not detect(data):
        raise FormImportError(
            source,
            "",
            "not an Amazon Connect evaluation form (no 'Items', no AWS::Connect::EvaluationForm)",
        )
    return _Converter(data, source).run()


FORMAT_AWS = register(
    Format(name=NAME, title="Amazon Connect evaluation form", detect=detect, convert=convert)
)


#: Contact Lens metrics of numeric questions' ``Automation.PropertyValue.Label`` that the
#: local analysis measures the same way (``docs/rubric-format.md`` § Signals); the others
#: (sentiment, non-talk time, total hold time, interaction durations) stay provenance.
AUTOMATION_MEASURES = {
    "NUMBER_OF_INTERRUPTIONS": "agent_interruptions",
    "NUMBER_OF_HOLDS": "hold_count",
    "LONGEST_HOLD_DURATION": "longest_hold_s",
    "CONTACT_DURATION": "call_duration_s",
}


def _local_measure(automation: Any) -> str | None:
    if not isinstance(automation, dict):
        return None
    pv = automation.get("PropertyValue")
    if not isinstance(pv, dict):
        return None
    return AUTOMATION_MEASURES.get(str(pv.get("Label")))
