"""The rubric form: collapsible sections of item cards, a live score summary, a descriptor pane.

The form scores locally on every change (``qaclient.rubrics.scoring.score``, well under
16 ms for the shipped rubrics) so the total, percent, grade and auto-fail banner follow
each key press; persisting the answer is the session's job (``answerChanged``).
Visibility of conditional items comes from the score result (``ItemScore.visible``), the
same rule the engine and the reports use.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qaclient.assist.suggestions import Suggestions
from qaclient.rubrics import scoring
from qaclient.rubrics.model import (
    Answer,
    Condition,
    ItemKind,
    Rubric,
    ScoreResult,
    Section,
    label,
)
from ui.scoring.items import ItemCard, fmt

STYLE = """
#itemCard { background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px; }
#itemCard[state="problem"] { border: 2px solid #c62828; background: #fff5f5; }
#itemCard:focus { border: 3px solid #1f5fa8; background: #f5f9ff; }
#itemCard[state="problem"]:focus { border: 3px solid #1f5fa8; background: #fde8e8; }
#itemTitle { font-size: 10.5pt; }
#itemNumber { color: #6b7280; font-weight: bold; }
#itemScore { font-weight: bold; color: #1f2937; min-width: 56px; }
#itemHint, #itemDetail { color: #5b6472; font-size: 9pt; }
#criticalBadge { background: #c62828; color: white; border-radius: 3px; padding: 1px 5px;
                 font-size: 8pt; font-weight: bold; }
#flagBadge { background: #6d28d9; color: white; border-radius: 3px; padding: 1px 5px;
             font-size: 8pt; font-weight: bold; }
QPushButton[role="level"] { background: #f3f4f6; border: 1px solid #c9ced6; border-radius: 5px;
                            padding: 3px 4px; font-size: 9.5pt; color: #111827; }
QPushButton[role="level"]:hover { background: #fff3c4; border-color: #e0b400; }
QPushButton[role="level"]:checked { background: #1f5fa8; color: white; border-color: #174a84; }
QPushButton[role="level"]:disabled { color: #9ca3af; }
QPushButton[role="level"]:checked:disabled { background: #6b8fbf; color: #eef2f7; }
#counterButton { min-width: 34px; min-height: 32px; font-size: 14pt; font-weight: bold; }
#countLabel { font-size: 13pt; font-weight: bold; }
#sectionHeader { text-align: left; font-weight: bold; font-size: 10.5pt; padding: 6px 4px;
                 border: none; border-bottom: 2px solid #1f5fa8; background: transparent; }
#sectionScore { font-weight: bold; color: #1f5fa8; }
#summary { background: #1f2937; border-radius: 6px; }
#summary QLabel { color: #f9fafb; }
#totalLabel { font-size: 22pt; font-weight: bold; }
#gradeLabel { font-size: 18pt; font-weight: bold; color: #fde68a; }
#autoFail { background: #c62828; color: white; font-weight: bold; padding: 6px 10px;
            border-radius: 4px; }
#sectionCheck { border: 1px solid #d97706; border-radius: 4px; padding: 2px 8px;
                background: #fff7e6; color: #8a5a00; font-weight: bold; }
#sectionCheck:checked { border-color: #1e7a3a; background: #e7f6ec; color: #1e7a3a; }
#problemList { background: #fff5f5; border: 1px solid #f0a19d; border-radius: 6px; }
#problemList QLabel { color: #a12622; font-weight: bold; }
#problemList QListWidget { border: none; background: transparent; color: #7f1d1d; }
#descriptorPane { background: #fffdf5; border: 1px solid #e8dfb8; border-radius: 6px; }
"""


def condition_met(cond: Condition | None, answers: dict[str, Answer]) -> bool:
    """Whether a section's ``visible_when`` holds for the current answers."""
    if cond is None:
        return True
    results = [
        (answers[item_id].token() if item_id in answers else None) in values
        for item_id, values in cond.clauses
    ]
    return all(results) if cond.combine == "all" else any(results)


class SectionBox(QWidget):
    """A section header (click to fold) and its item cards.

    A section of deduction/bonus items has a "checked" button: until the inspector
    confirms the section (the button, or Enter on one of its items), items without a
    count are *not yet checked*, not "none happened"."""

    checkToggled = Signal(str, bool)

    def __init__(self, section: Section, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.counted = any(i.kind in (ItemKind.DEDUCTION, ItemKind.BONUS) for i in section.items)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.setSpacing(6)
        head = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setObjectName("sectionHeader")
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(label(section.labels, lang))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self.set_expanded)
        head.addWidget(self.toggle, 1)
        self.check = QToolButton(self)
        self.check.setObjectName("sectionCheck")
        self.check.setCheckable(True)
        self.check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check.setToolTip(
            self.tr(
                "Confirm that you went through this section: items without a count did "
                "not happen (Enter on one of its items)"
            )
        )
        self.check.clicked.connect(lambda on: self.checkToggled.emit(self.section.id, on))
        self.check.setVisible(self.counted)
        self.set_checked(False)
        head.addWidget(self.check)
        self.score = QLabel()
        self.score.setObjectName("sectionScore")
        head.addWidget(self.score)
        lay.addLayout(head)
        self.body = QWidget()
        self.body_lay = QVBoxLayout(self.body)
        self.body_lay.setContentsMargins(0, 0, 0, 0)
        self.body_lay.setSpacing(6)
        lay.addWidget(self.body)
        self.cards: list[ItemCard] = []

    def set_checked(self, checked: bool) -> None:
        if self.check.text() and self.check.isChecked() == checked:
            return  # unchanged: no relayout on every key press
        with QSignalBlocker(self.check):
            self.check.setChecked(checked)
        self.check.setText(self.tr("✓ Checked") if checked else self.tr("Not checked · Enter"))

    def add_card(self, card: ItemCard) -> None:
        self.cards.append(card)
        self.body_lay.addWidget(card)

    def set_expanded(self, expanded: bool) -> None:
        with QSignalBlocker(self.toggle):
            self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def expanded(self) -> bool:
        return self.toggle.isChecked()


class ScoreSummary(QFrame):
    """Total / max, percent, grade, answered count, and the auto-fail banner."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(4)
        row = QHBoxLayout()
        self.total = QLabel("—")
        self.total.setObjectName("totalLabel")
        row.addWidget(self.total)
        col = QVBoxLayout()
        col.setSpacing(0)
        self.percent = QLabel()
        self.answered = QLabel()
        col.addWidget(self.percent)
        col.addWidget(self.answered)
        row.addLayout(col)
        row.addStretch(1)
        gcol = QVBoxLayout()
        gcol.setSpacing(0)
        self.grade_caption = QLabel(self.tr("Grade"))
        self.grade_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.grade = QLabel("—")
        self.grade.setObjectName("gradeLabel")
        self.grade.setAlignment(Qt.AlignmentFlag.AlignRight)
        gcol.addWidget(self.grade_caption)
        gcol.addWidget(self.grade)
        row.addLayout(gcol)
        outer.addLayout(row)
        self.auto_fail = QLabel()
        self.auto_fail.setObjectName("autoFail")
        self.auto_fail.setWordWrap(True)
        self.auto_fail.hide()
        outer.addWidget(self.auto_fail)

    def show_result(
        self, result: ScoreResult, rubric: Rubric, lang: str, answered: int, total_items: int
    ) -> None:
        unchecked = len(result.unchecked)
        failed = result.auto_fail is not None
        if unchecked and not failed:
            # a checklist nobody went through is not "100 / 100": the total counts once
            # every deduction section is confirmed
            self.total.setText(f"— / {fmt(result.max)}")
            self.total.setToolTip(
                self.tr("The total counts once every deduction section is checked")
            )
            self.percent.setText(self.tr("%1 section(s) not checked").replace("%1", str(unchecked)))
        else:
            self.total.setText(f"{fmt(result.total)} / {fmt(result.max)}")
            self.total.setToolTip("")
            self.percent.setText(
                self.tr("%1 %").replace("%1", fmt(result.percent.quantize(Decimal("0.1"))))
            )
        self.answered.setText(
            self.tr("%1 of %2 answered")
            .replace("%1", str(answered))
            .replace("%2", str(total_items))
        )
        # a grade of a half-scored call would mislead ("fail" at 20 of 100): shown when
        # every item is answered and every section checked, or when a critical item has
        # already failed the call
        complete = (answered >= total_items and not unchecked) or failed
        self.grade.setText((result.grade or "—") if complete else "—")
        self.grade.setToolTip(
            ""
            if complete
            else self.tr("The grade is shown when every item is answered and every section checked")
        )
        if result.auto_fail is not None:
            item = rubric.item(result.auto_fail.item_id)
            name = label(item.labels, lang) if item else result.auto_fail.item_id
            scope = (
                self.tr("the whole evaluation scores 0")
                if result.auto_fail.scope.value == "evaluation"
                else self.tr("its section scores 0")
            )
            self.auto_fail.setText(
                self.tr("AUTO-FAIL: %1 — %2").replace("%1", name).replace("%2", scope)
            )
            self.auto_fail.show()
        else:
            self.auto_fail.hide()


class RubricForm(QScrollArea):
    """The scrollable list of sections and item cards of one rubric version."""

    answerChanged = Signal(str, object)
    itemFocused = Signal(str)
    hovered = Signal(str, int)
    sectionChecked = Signal(str, bool)  # section id, confirmed
    confirmRequested = Signal(str)  # Enter on an item: confirm its section
    suggestionAccepted = Signal(str)  # item id
    seekRequested = Signal(int)  # ms

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rubric: Rubric | None = None
        self.lang = "en"
        self.sections: list[SectionBox] = []
        self.cards: dict[str, ItemCard] = {}
        self._order: list[str] = []
        self._empty = QLabel(self.tr("Open a call to score it."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color:#6b7280; font-size: 11pt;")
        self.setWidget(self._empty)

    def set_rubric(self, rubric: Rubric | None, lang: str) -> None:
        self.rubric = rubric
        self.lang = lang
        self.sections.clear()
        self.cards.clear()
        self._order.clear()
        if rubric is None:
            self._empty = QLabel(self.tr("Open a call to score it."))
            self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._empty.setWordWrap(True)
            self._empty.setStyleSheet("color:#6b7280; font-size: 11pt;")
            self.setWidget(self._empty)
            return
        host = QWidget()
        host.setObjectName("formHost")
        lay = QVBoxLayout(host)
        lay.setContentsMargins(6, 4, 10, 12)
        lay.setSpacing(4)
        n = 0
        for s_index, section in enumerate(rubric.sections, start=1):
            box = SectionBox(section, lang, host)
            box.checkToggled.connect(self.sectionChecked)
            for i_index, item in enumerate(section.items, start=1):
                n += 1
                card = ItemCard(item, lang, f"{s_index}.{i_index}", box.body)
                card.answerChanged.connect(self.answerChanged)
                card.focused.connect(self._on_focus)
                card.hovered.connect(self.hovered)
                card.navigate.connect(self.move_focus)
                card.confirm.connect(self.confirmRequested)
                card.suggestionAccepted.connect(self.suggestionAccepted)
                card.seekRequested.connect(self.seekRequested)
                # move on in the next event-loop turn: the new total is painted first
                card.chosen.connect(
                    lambda item_id: QTimer.singleShot(0, lambda: self.move_focus(item_id, 1))
                )
                box.add_card(card)
                self.cards[item.id] = card
                self._order.append(item.id)
            self.sections.append(box)
            lay.addWidget(box)
        lay.addStretch(1)
        self.setWidget(host)

    def natural_width(self) -> int:
        """The form's width at which every level button shows its whole text (the words
        differ in length between languages), scroll bar included; 0 with no rubric."""
        if not self.cards:
            return 0
        return self.widget().sizeHint().width() + self.verticalScrollBar().sizeHint().width()

    # ---------------------------------------------------------------- state
    def set_answers(self, answers: dict[str, Answer]) -> None:
        for item_id, card in self.cards.items():
            card.set_answer(answers.get(item_id))

    def set_suggestions(self, suggestions: Suggestions | None) -> None:
        """Show what the local analysis suggests on every bound item (None: clear)."""
        for item_id, card in self.cards.items():
            if suggestions is None:
                card.set_suggestion(None)
            else:
                card.set_suggestion(suggestions.get(item_id), suggestions.reason(item_id))

    def section_box(self, item_or_section: str) -> SectionBox | None:
        card = self.cards.get(item_or_section)
        for box in self.sections:
            if box.section.id == item_or_section or (card is not None and card in box.cards):
                return box
        return None

    def show_result(self, result: ScoreResult, answers: dict[str, Answer]) -> None:
        sections = {s.id: s for s in result.sections}
        for box in self.sections:
            sc = sections.get(box.section.id)
            visible_section = condition_met(box.section.visible_when, answers)
            box.setVisible(visible_section)
            if box.counted:
                ans = answers.get(box.section.id)
                box.set_checked(bool(ans is not None and ans.checked))
            if sc is not None:
                if sc.na:
                    box.score.setText(self.tr("N/A"))
                else:
                    text = f"{fmt(sc.score)} / {fmt(sc.max)}" if sc.max else fmt(sc.score)
                    if sc.auto_failed:
                        text = "⚠ " + text
                    box.score.setText(text)
            for card in box.cards:
                its = result.items.get(card.item.id)
                card.setVisible(its.visible if its is not None else True)
                card.set_score(its)

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards.values():
            card.set_read_only(read_only)
        for box in self.sections:
            box.check.setEnabled(not read_only)

    # ---------------------------------------------------------------- focus
    def visible_ids(self) -> list[str]:
        return [
            i
            for i in self._order
            if not self.cards[i].isHidden()
            and not self.cards[i].parentWidget().isHidden()
            and not self.cards[i].parentWidget().parentWidget().isHidden()
        ]

    def current_item_id(self) -> str | None:
        for item_id, card in self.cards.items():
            w = card.window().focusWidget()
            if w is card or (w is not None and card.isAncestorOf(w)):
                return item_id
        return None

    def focus_item(self, item_id: str) -> None:
        card = self.cards.get(item_id)
        if card is None:
            return
        box = next(b for b in self.sections if card in b.cards)
        if not box.expanded():
            box.set_expanded(True)
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_to(card)
        QTimer.singleShot(0, lambda: self.scroll_to(card))

    def scroll_to(self, card: ItemCard) -> None:
        """Bring *card* into view vertically (never scroll sideways)."""
        host = self.widget()
        if host is None or not host.isAncestorOf(card):
            return
        top = card.mapTo(host, card.rect().topLeft()).y()
        bar = self.verticalScrollBar()
        view_h = self.viewport().height()
        if top - 40 < bar.value():
            bar.setValue(max(0, top - 40))
        elif top + card.height() + 20 > bar.value() + view_h:
            bar.setValue(min(bar.maximum(), top + card.height() + 20 - view_h))
        self.horizontalScrollBar().setValue(0)

    def focus_first(self) -> None:
        ids = self.visible_ids()
        if ids:
            self.focus_item(ids[0])

    def move_focus(self, item_id: str, delta: int) -> None:
        ids = self.visible_ids()
        if not ids:
            return
        if item_id not in ids:
            self.focus_item(ids[0])
            return
        i = ids.index(item_id) + delta
        if 0 <= i < len(ids):
            self.focus_item(ids[i])

    def highlight(self, item_ids: list[str]) -> None:
        for item_id, card in self.cards.items():
            card.set_state("problem" if item_id in item_ids else "normal")

    def _on_focus(self, item_id: str) -> None:
        self.scroll_to(self.cards[item_id])
        self.itemFocused.emit(item_id)


class DescriptorPane(QLabel):
    """Shows the focused or hovered item's levels and their descriptors before choosing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("descriptorPane")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMargin(8)
        self.placeholder()

    def placeholder(self) -> None:
        self.setText(
            "<span style='color:#6b7280'>"
            + self.tr(
                "Point at a level or select an item to read its descriptors. "
                "Keys: 1–5 choose a level, 0 N/A, ↑/↓ next item, Delete clears."
            )
            + "</span>"
        )


class ProblemList(QFrame):
    """What stands between the evaluation and Submit, live: shown after a refused submit,
    it shrinks as items are answered and sections checked, and hides when nothing is left.
    Click (or Enter on) a row to go to that item or section."""

    activated = Signal(str)  # item or section id

    MAX_ROWS = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemList")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(2)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(
            lambda it: self.activated.emit(it.data(Qt.ItemDataRole.UserRole))
        )
        lay.addWidget(self.list)
        self.hide()

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """(id, text) of each problem; an empty list hides the panel."""
        self.list.clear()
        for key, text in rows:
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, key)
            it.setToolTip(text)
            self.list.addItem(it)
        self.heading.setText(
            self.tr("Cannot submit yet — %1 thing(s) to do:").replace("%1", str(len(rows)))
        )
        shown = min(len(rows), self.MAX_ROWS)
        row_h = self.list.sizeHintForRow(0) if rows else 0
        self.list.setFixedHeight(shown * row_h + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(rows))

    def ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]


class ScoringPanel(QWidget):
    """Summary + form + descriptor pane + submit: the right-hand side of the main window."""

    answerChanged = Signal(str, object)  # item id, answer JSON or None
    #: the inspector accepted a suggestion (``qaclient.assist.suggestions.Suggestion``)
    suggestionAccepted = Signal(object)
    seekRequested = Signal(int)  # ms: an evidence time was clicked
    submitRequested = Signal()
    reviseRequested = Signal()
    itemFocused = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.rubric: Rubric | None = None
        self.answers: dict[str, Answer] = {}
        self.result: ScoreResult | None = None
        self.lang = "en"
        self._focused: str | None = None
        self.commented: set[str] = set()  # items with a linked, written comment
        self._problems_live = False  # the problem list is on screen (after a refused submit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight:bold; font-size: 11pt;")
        lay.addWidget(self.title)
        self.summary = ScoreSummary(self)
        lay.addWidget(self.summary)
        self.problems = ProblemList(self)
        self.problems.activated.connect(self.go_to)
        lay.addWidget(self.problems)
        self.form = RubricForm(self)
        self.form.sectionChecked.connect(self.set_section_checked)
        self.form.confirmRequested.connect(self._confirm_section_of)
        self.form.answerChanged.connect(self._on_answer)
        self.form.suggestionAccepted.connect(self._on_accepted)
        self.form.seekRequested.connect(self.seekRequested)
        self.suggestions: Suggestions | None = None
        self.form.itemFocused.connect(self._on_focus)
        self.form.hovered.connect(self._on_hover)
        lay.addWidget(self.form, 1)
        self.descriptor = DescriptorPane()
        self.descriptor_scroll = QScrollArea(self)
        self.descriptor_scroll.setWidget(self.descriptor)
        self.descriptor_scroll.setWidgetResizable(True)
        self.descriptor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.descriptor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.descriptor_scroll.setMinimumHeight(96)
        self.descriptor_scroll.setMaximumHeight(230)
        lay.addWidget(self.descriptor_scroll)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("evalStatus")
        bottom.addWidget(self.status, 1)
        self.revise_button = QPushButton(self.tr("Reopen for revision"))
        self.revise_button.setToolTip(
            self.tr(
                "Make a submitted evaluation editable again; the change is recorded in its history"
            )
        )
        self.revise_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.revise_button.clicked.connect(self.reviseRequested)
        self.revise_button.hide()
        bottom.addWidget(self.revise_button)
        self.submit_button = QPushButton(self.tr("Submit (Ctrl+S)"))
        self.submit_button.setMinimumHeight(34)
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(self.submitRequested)
        bottom.addWidget(self.submit_button)
        lay.addLayout(bottom)
        self.summary.hide()
        self.descriptor_scroll.hide()
        self.submit_button.setEnabled(False)

    def natural_width(self) -> int:
        """The panel's width at which the form's level buttons show their whole text."""
        form = self.form.natural_width()
        if not form:
            return 0
        m = self.layout().contentsMargins()
        return form + m.left() + m.right()

    def load(
        self, rubric: Rubric | None, answers: dict[str, Answer], lang: str, title: str = ""
    ) -> None:
        self.rubric = rubric
        self.lang = lang
        self.answers = dict(answers)
        self._focused = None  # never a stale item of the previous call
        self._problems_live = False
        self.problems.set_rows([])
        self.form.set_rubric(rubric, lang)
        self.title.setText(title)
        has = rubric is not None
        self.summary.setVisible(has)
        self.descriptor_scroll.setVisible(has)
        self.submit_button.setEnabled(has)
        if rubric is None:
            self.result = None
            return
        self.form.set_answers(self.answers)
        self.suggestions = None
        self.result = scoring.score(rubric, self.answers)
        self._show()

    def set_suggestions(self, suggestions: Suggestions | None) -> None:
        """What the local analysis suggests for the open call (never answers by itself)."""
        self.suggestions = suggestions
        self.form.set_suggestions(suggestions)

    def accept_suggestion(self, item_id: str) -> bool:
        """Accept the suggestion of *item_id* as the A key does (tests, the session)."""
        card = self.form.cards.get(item_id)
        return card is not None and card.accept_suggestion()

    def _on_accepted(self, item_id: str) -> None:
        sug = self.suggestions.get(item_id) if self.suggestions is not None else None
        if sug is None or self.rubric is None:
            return
        self.answers[item_id] = sug.answer
        self.result = scoring.score(self.rubric, self.answers)
        self._show()
        if self._problems_live:
            self.refresh_problems()
        if self._focused == item_id:
            self._set_descriptor(self.form.cards[item_id].descriptor_html())
        self.suggestionAccepted.emit(sug)

    def set_read_only(self, read_only: bool, reason: str = "", revisable: bool = False) -> None:
        self.form.set_read_only(read_only)
        self.revise_button.setVisible(read_only and revisable)
        self.submit_button.setEnabled(not read_only and self.rubric is not None)
        self.status.setText(reason)

    def set_answer(self, item_id: str, data: dict | None) -> None:
        """Answer programmatically, exactly as a click would (used by tests and the session)."""
        self.form.cards[item_id]._emit(data)

    def _on_answer(self, item_id: str, data: dict | None) -> None:
        if self.rubric is None:
            return
        if data is None:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = Answer.from_json(item_id, data)
        self.result = scoring.score(self.rubric, self.answers)
        self._show()
        if self._problems_live:
            self.refresh_problems()
        else:
            self.form.cards[item_id].set_state("normal")
        if self._focused == item_id:
            self._set_descriptor(self.form.cards[item_id].descriptor_html())
        self.answerChanged.emit(item_id, data)

    # ---------------------------------------------------------------- sections
    def set_section_checked(self, section_id: str, checked: bool) -> None:
        """Confirm (or take back) a deduction section, as the button or Enter does."""
        if self.rubric is None or self.form.section_box(section_id) is None:
            return
        box = self.form.section_box(section_id)
        if not box.counted or not box.check.isEnabled():
            return
        was = self.answers.get(section_id)
        if bool(was is not None and was.checked) == checked:
            self._show()
            return
        data = {"checked": True} if checked else None
        if checked:
            self.answers[section_id] = Answer(checked=True)
        else:
            self.answers.pop(section_id, None)
        self.result = scoring.score(self.rubric, self.answers)
        self._show()
        if self._problems_live:
            self.refresh_problems()
        self.answerChanged.emit(section_id, data)

    def _confirm_section_of(self, item_id: str) -> None:
        box = self.form.section_box(item_id)
        if box is None or not box.counted:
            self.form.move_focus(item_id, 1)
            return
        self.set_section_checked(box.section.id, True)
        nxt = self.first_open_item(after_section=box.section.id)
        if nxt is not None:
            self.form.focus_item(nxt)

    # ---------------------------------------------------------------- what is left
    def open_items(self) -> list[str]:
        """Visible items still to do, in form order: unanswered scored items, and items
        without a count in sections not checked yet."""
        if self.rubric is None or self.result is None:
            return []
        missing = set(self.result.unanswered)
        unchecked = set(self.result.unchecked)
        out = []
        for item_id in self.form.visible_ids():
            card = self.form.cards[item_id]
            box = self.form.section_box(item_id)
            if item_id in missing or (
                box is not None
                and box.section.id in unchecked
                and card.item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS)
                and item_id not in self.answers
            ):
                out.append(item_id)
        return out

    def first_open_item(self, after_section: str | None = None) -> str | None:
        """The first item still to do (after *after_section*, wrapping), else None."""
        todo = self.open_items()
        if after_section is not None and todo:
            order = [b.section.id for b in self.form.sections]
            start = order.index(after_section) if after_section in order else -1
            later = [
                i
                for i in todo
                if order.index(self.form.section_box(i).section.id) > start  # type: ignore[union-attr]
            ]
            todo = later + [i for i in todo if i not in later]
        return todo[0] if todo else None

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """After a refused submit: the live problem list and the red outlines."""
        self._problems_live = True
        self._set_problem_rows(problems)

    def refresh_problems(self) -> None:
        if self.rubric is None:
            return
        problems = scoring.submit_problems(self.rubric, self.answers, self.commented)
        self._set_problem_rows(problems)

    def set_commented(self, item_ids: set[str]) -> None:
        self.commented = set(item_ids)
        if self._problems_live:
            self.refresh_problems()

    def _set_problem_rows(self, problems: list[tuple[str, str]]) -> None:
        rows = [(key, self.problem_text(key, kind)) for key, kind in problems]
        self.problems.set_rows(rows)
        outlined = set()
        for key, _kind in problems:
            if key in self.form.cards:
                outlined.add(key)
            else:  # a section: outline its items without a count
                outlined.update(
                    i
                    for i in self.open_items()
                    if self.form.section_box(i).section.id == key  # type: ignore[union-attr]
                )
        self.form.highlight(sorted(outlined))
        if not problems:
            self._problems_live = False

    def problem_text(self, key: str, kind: str) -> str:
        card = self.form.cards.get(key)
        if card is not None:
            name = f"{card.number.text()} {label(card.item.labels, self.lang)}"
        else:
            box = self.form.section_box(key)
            name = label(box.section.labels, self.lang) if box is not None else key
        if kind == scoring.NOT_CHECKED:
            return self.tr("%1 — section not checked (Enter on one of its items)").replace(
                "%1", name
            )
        if kind == scoring.NOT_ANSWERED:
            return self.tr("%1 — not answered").replace("%1", name)
        if kind == scoring.NEEDS_REASON:
            return self.tr("%1 — needs a comment saying why (M, linked to the item)").replace(
                "%1", name
            )
        return f"{name} — {kind}"

    def go_to(self, key: str) -> None:
        if key in self.form.cards:
            self.form.focus_item(key)
            return
        todo = [i for i in self.open_items() if self.form.section_box(i).section.id == key]  # type: ignore[union-attr]
        box = self.form.section_box(key)
        target = todo[0] if todo else (box.cards[0].item.id if box and box.cards else None)
        if target:
            self.form.focus_item(target)

    def _show(self) -> None:
        assert self.rubric is not None and self.result is not None
        scored = [
            i
            for i, s in self.result.items.items()
            if s.visible and (it := self.rubric.item(i)) is not None and it.kind.value != "text"
        ]
        missing = set(self.result.unanswered)
        if self.result.unchecked:
            # a count item in a section nobody checked yet is not answered
            unchecked = set(self.result.unchecked)
            section_of = {i.id: sec.id for sec in self.rubric.sections for i in sec.items}
            missing |= {
                i
                for i in scored
                if i not in self.answers
                and section_of.get(i) in unchecked
                and self.rubric.item(i).kind in (ItemKind.DEDUCTION, ItemKind.BONUS)  # type: ignore[union-attr]
            }
        answered = sum(1 for i in scored if i not in missing)
        self.form.show_result(self.result, self.answers)
        self.summary.show_result(self.result, self.rubric, self.lang, answered, len(scored))

    def _on_focus(self, item_id: str) -> None:
        self._focused = item_id
        self._set_descriptor(self.form.cards[item_id].descriptor_html())
        self.itemFocused.emit(item_id)

    def _on_hover(self, item_id: str, index: int) -> None:
        if index < 0:
            if self._focused:
                self.descriptor.setText(self.form.cards[self._focused].descriptor_html())
            else:
                self.descriptor.placeholder()
            return
        self.descriptor.setText(self.form.cards[item_id].descriptor_html(index))

    def current_item_id(self) -> str | None:
        return self._focused

    def _set_descriptor(self, html: str) -> None:
        if self.descriptor.text() != html:  # re-laying out the same rich text is slow
            self.descriptor.setText(html)
