"""One card per rubric item: its label, its answer controls, its score.

The card (not its buttons) holds the keyboard focus, so the inspector scores with the
keys while the player keeps Space and the arrows: 1–9 choose a level (for yes/no items
1 = yes, 2 = no), 0 marks N/A, Delete clears, + and − count occurrences of
deduction/bonus items, ↑/↓ move between items, A accepts the suggested answer of an
item bound to a signal (assisted scoring: the suggestion, what was measured and the
evidence times — a click seeks the player there — show under the controls).  Buttons are
large mouse targets that never take the focus away from the card.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qaclient.assist.suggestions import Suggestion, Unavailable, clock
from qaclient.rubrics.model import Answer, Item, ItemKind, ItemScore, label


def fmt(value: Decimal | int | float | None) -> str:
    """Points for display: no trailing zeros (3, 2.5, −1)."""
    if value is None:
        return "—"
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


class LevelButton(QPushButton):
    """A large, checkable choice; reports hover so the descriptor shows before choosing."""

    hovered = Signal(int)  # option index, -1 when the mouse leaves

    def __init__(self, index: int, title: str, sub: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setText(f"{title}\n{sub}" if sub else title)
        self.setMinimumHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setProperty("role", "level")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Narrow enough that five levels fit a 420 px form (text elides, never overflows)."""
        return QSize(48, 46)

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.hovered.emit(self.index)
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.hovered.emit(-1)
        super().leaveEvent(event)


class ItemCard(QFrame):
    """The answer controls for one :class:`Item`."""

    answerChanged = Signal(str, object)  # item id, answer JSON dict or None (cleared)
    hovered = Signal(str, int)  # item id, option index (-1: none)
    focused = Signal(str)
    navigate = Signal(str, int)  # item id, +1 next / -1 previous
    chosen = Signal(str)  # a level was chosen by key: the form may move on
    confirm = Signal(str)  # Enter: "this section is checked" (deduction checklists)
    suggestionAccepted = Signal(str)  # item id: the inspector took the suggested answer
    seekRequested = Signal(int)  # ms: an evidence time was clicked

    def __init__(self, item: Item, lang: str, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.lang = lang
        self.answer: Answer | None = None
        self.setObjectName("itemCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("state", "normal")
        self._buttons: list[LevelButton] = []
        self._na: LevelButton | None = None
        self._count_label: QLabel | None = None
        self._spin: QDoubleSpinBox | None = None
        self._text: QLineEdit | None = None
        self._updating = False
        self.suggestion: Suggestion | None = None
        self.unavailable: Unavailable | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.number = QLabel(number)
        self.number.setObjectName("itemNumber")
        head.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        if item.critical is not None:
            crit = QLabel(self.tr("CRITICAL"))
            crit.setObjectName("criticalBadge")
            crit.setToolTip(
                self.tr("Failing this item fails the whole evaluation")
                if item.critical.value == "evaluation"
                else self.tr("Failing this item zeroes its section")
            )
            head.addWidget(crit, 0, Qt.AlignmentFlag.AlignTop)
        if item.flag:
            flag = QLabel(self.tr("FLAG"))
            flag.setObjectName("flagBadge")
            flag.setToolTip(self.tr("Recorded as a fact, gives no points"))
            head.addWidget(flag, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(label(item.labels, lang))
        self.title.setWordWrap(True)
        self.title.setObjectName("itemTitle")
        head.addWidget(self.title, 1)
        if item.comment_required:
            req = QLabel("✎")
            req.setToolTip(self.tr("A comment linked to this item is required"))
            head.addWidget(req, 0, Qt.AlignmentFlag.AlignTop)
        self.score_label = QLabel()
        self.score_label.setObjectName("itemScore")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)

        body = QWidget()
        self._build_controls(body)
        lay.addWidget(body)
        self.detail = QLabel()
        self.detail.setObjectName("itemDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        lay.addWidget(self.detail)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("itemSuggestion")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestion_label.linkActivated.connect(lambda href: self.seekRequested.emit(int(href)))
        self.suggestion_label.hide()
        lay.addWidget(self.suggestion_label)
        self._refresh_controls()

    # ---------------------------------------------------------------- building
    def _options(self) -> list[tuple[str, str, dict]]:
        """(title, sub-title, answer JSON) of each choice button, in key order 1, 2, …"""
        item = self.item
        if item.kind is ItemKind.LEVELS:
            return [
                (
                    label(lv.labels, self.lang) or lv.name,
                    self.tr("%1 pts").replace("%1", fmt(lv.points)),
                    {"level": lv.name},
                )
                for lv in item.levels
            ]
        if item.kind is ItemKind.YESNO:
            yes_pts = "" if item.flag else self.tr("%1 pts").replace("%1", fmt(item.max))
            no_pts = "" if item.flag else self.tr("%1 pts").replace("%1", "0")
            return [
                (self.tr("Yes"), yes_pts, {"yes": True}),
                (self.tr("No"), no_pts, {"yes": False}),
            ]
        return []

    def _build_controls(self, body: QWidget) -> None:
        item = self.item
        kind = item.kind
        if kind in (ItemKind.LEVELS, ItemKind.YESNO):
            grid = QGridLayout(body)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(4)
            options = self._options()
            per_row = 6 if len(options) + int(item.na_allowed) <= 6 else 4
            for i, (title, sub, _ans) in enumerate(options):
                key = f"{i + 1} · " if i < 9 else ""
                b = LevelButton(i, key + title, sub, body)
                b.clicked.connect(lambda _=False, i=i: self._choose(i))
                b.hovered.connect(lambda idx: self.hovered.emit(self.item.id, idx))
                self._buttons.append(b)
                grid.addWidget(b, i // per_row, i % per_row)
            if item.na_allowed:
                n = len(options)
                self._na = LevelButton(n, self.tr("0 · N/A"), self.tr("not applicable"), body)
                self._na.clicked.connect(self._toggle_na)
                self._na.hovered.connect(lambda idx: self.hovered.emit(self.item.id, idx))
                grid.addWidget(self._na, n // per_row, n % per_row)
        elif kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
            row = QHBoxLayout(body)
            row.setContentsMargins(0, 0, 0, 0)
            minus = QToolButton(body)
            minus.setText("−")
            minus.setObjectName("counterButton")
            minus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            minus.clicked.connect(lambda: self.step(-1))
            plus = QToolButton(body)
            plus.setText("+")
            plus.setObjectName("counterButton")
            plus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            plus.clicked.connect(lambda: self.step(1))
            self._count_label = QLabel("0", body)
            self._count_label.setObjectName("countLabel")
            self._count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._count_label.setMinimumWidth(36)
            each = fmt(item.points if item.points is not None else item.max)
            sign = "−" if kind is ItemKind.DEDUCTION else "+"
            info = self.tr("%1%2 each").replace("%1", sign).replace("%2", each)
            if item.category:
                info += "  ·  " + self.tr("category %1").replace("%1", item.category)
            if item.max_count is not None:
                info += "  ·  " + self.tr("at most %1").replace("%1", str(item.max_count))
            row.addWidget(minus)
            row.addWidget(self._count_label)
            row.addWidget(plus)
            hint = QLabel(info, body)
            hint.setObjectName("itemHint")
            row.addWidget(hint, 1)
            if item.na_allowed:
                self._na = LevelButton(0, self.tr("N/A"), "", body)
                self._na.setMinimumHeight(32)
                self._na.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self._na.clicked.connect(self._toggle_na)
                row.addWidget(self._na)
        elif kind is ItemKind.NUMERIC:
            row = QHBoxLayout(body)
            row.setContentsMargins(0, 0, 0, 0)
            spin = QDoubleSpinBox(body)
            lo = item.numeric_min if item.numeric_min is not None else item.min
            hi = item.numeric_max if item.numeric_max is not None else (item.max or Decimal(1000))
            decimals = 1 if any(d % 1 for d in (lo, hi)) else 0
            step = Decimal("0.5") if decimals else Decimal(1)
            self._numeric_unset = float(lo - step)
            spin.setDecimals(decimals)
            spin.setRange(self._numeric_unset, float(hi))
            spin.setSingleStep(float(step))
            spin.setSpecialValueText(self.tr("— not set —"))
            spin.setKeyboardTracking(False)
            spin.setMinimumWidth(130)
            spin.setMinimumHeight(34)
            spin.setValue(self._numeric_unset)
            spin.valueChanged.connect(self._numeric_changed)
            spin.installEventFilter(self)
            self._spin = spin
            row.addWidget(spin)
            rng = QLabel(
                self.tr("from %1 to %2").replace("%1", fmt(lo)).replace("%2", fmt(hi)), body
            )
            rng.setObjectName("itemHint")
            row.addWidget(rng, 1)
            self.setFocusProxy(spin)
        elif kind is ItemKind.TEXT:
            row = QHBoxLayout(body)
            row.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit(body)
            edit.setPlaceholderText(self.tr("Type here; saved when you leave the field"))
            edit.setMinimumHeight(32)
            edit.editingFinished.connect(self._text_changed)
            edit.installEventFilter(self)
            self._text = edit
            row.addWidget(edit)
            self.setFocusProxy(edit)

    # ---------------------------------------------------------------- answering
    @staticmethod
    def _bare(answer: Answer | None) -> dict | None:
        """The answer's JSON without the written reason (to compare with the options)."""
        if answer is None:
            return None
        data = answer.to_json()
        data.pop("comment", None)
        return data

    def option_count(self) -> int:
        return len(self._buttons)

    def option_answer(self, index: int) -> dict | None:
        options = self._options()
        return options[index][2] if 0 <= index < len(options) else None

    def _choose(self, index: int) -> None:
        ans = self.option_answer(index)
        if ans is None:
            return
        current = self._bare(self.answer)
        if current == ans:  # clicking the chosen level again clears it
            self._emit(None)
        else:
            self._emit(ans)

    def choose(self, index: int) -> bool:
        """Choose option *index* (0-based) as the keys 1–9 do; False when there is none."""
        ans = self.option_answer(index)
        if ans is None:
            return False
        self._emit(ans)
        return True

    def _toggle_na(self) -> None:
        if self.answer is not None and self.answer.na:
            self._emit(None)
        else:
            self._emit({"na": True})

    def step(self, delta: int) -> None:
        if self.item.kind not in (ItemKind.DEDUCTION, ItemKind.BONUS):
            return
        count = (self.answer.count or 0) if self.answer is not None else 0
        self.set_count(count + delta)

    def set_count(self, count: int) -> None:
        count = max(0, count)
        if self.item.max_count is not None:
            count = min(count, self.item.max_count)
        self._emit({"count": count})

    def _numeric_changed(self, value: float) -> None:
        if self._updating:
            return
        if value <= self._numeric_unset:
            self._emit(None)
        else:
            self._emit({"value": value})

    def _text_changed(self) -> None:
        if self._updating or self._text is None:
            return
        text = self._text.text().strip()
        current = self.answer.text if self.answer else None
        if (text or None) == (current or None):
            return
        self._emit({"text": text} if text else None)

    def _emit(self, ans: dict | None) -> None:
        if (
            ans is not None
            and self.answer is not None
            and self.answer.comment
            and "comment" not in ans
        ):
            ans = {**ans, "comment": self.answer.comment}  # keep the written reason
        self.set_answer(Answer.from_json(self.item.id, ans) if ans is not None else None)
        self.answerChanged.emit(self.item.id, ans)

    def set_answer(self, answer: Answer | None) -> None:
        """Show *answer* without emitting (loading a draft, or after a change)."""
        self.answer = answer
        self._refresh_controls()

    def _refresh_controls(self) -> None:
        self._updating = True
        ans = self.answer
        current = self._bare(ans)
        for i, b in enumerate(self._buttons):
            b.setChecked(current is not None and current == self.option_answer(i))
        if self._na is not None:
            self._na.setChecked(bool(ans and ans.na))
        if self._count_label is not None:
            self._count_label.setText(str(ans.count if ans and ans.count is not None else 0))
        if self._spin is not None:
            self._spin.setValue(
                float(ans.value) if ans and ans.value is not None else self._numeric_unset
            )
        if self._text is not None and not self._text.hasFocus():
            self._text.setText(ans.text or "" if ans else "")
        self._updating = False
        self._refresh_detail()
        self._refresh_suggestion()

    # ---------------------------------------------------------------- suggestions
    def set_suggestion(
        self, suggestion: Suggestion | None, unavailable: Unavailable | None = None
    ) -> None:
        """What the local analysis suggests for this item (or why it cannot)."""
        self.suggestion = suggestion
        self.unavailable = unavailable
        self._refresh_suggestion()

    def answer_words(self, answer: Answer) -> str:
        if answer.na:
            return self.tr("N/A")
        if answer.level is not None:
            lv = self.item.level(answer.level)
            return label(lv.labels, self.lang) if lv is not None else answer.level
        if answer.yes is not None:
            return self.tr("Yes") if answer.yes else self.tr("No")
        if answer.count is not None:
            return self.tr("%1 ×").replace("%1", str(answer.count))
        if answer.value is not None:
            return fmt(answer.value)
        return answer.text or ""

    def _refresh_suggestion(self) -> None:
        sug, why = self.suggestion, self.unavailable
        if sug is None and why is None:
            self.suggestion_label.hide()
            return
        if sug is None:
            assert why is not None
            self.suggestion_label.setText(
                '<span style="color:#6b7280">'
                + _esc(self.tr("No suggestion: %1").replace("%1", str(why.reason)))
                + "</span>"
            )
            self.suggestion_label.setToolTip("")
            self.suggestion_label.show()
            return
        found = _esc(str(sug.finding))
        extra = []
        for e in sug.evidence:
            at = clock(e.start_ms)
            link = f'<a href="{e.start_ms}">{at}</a>'
            if at in found and f">{at}<" not in found:
                found = found.replace(at, link, 1)
            else:
                extra.append(link)
        if extra:
            found += " ▶ " + ", ".join(extra)
        words = _esc(self.answer_words(sug.answer))
        current = self._bare(self.answer)
        if current is None:
            text = self.tr("Suggested: %1 — %2 · A accepts")
            colour = "#1d4ed8"
        elif current == sug.answer.to_json():
            text = self.tr("✓ Suggested: %1 — %2")
            colour = "#1e7a3a"
        else:
            text = self.tr("Suggested: %1 — %2 (your answer differs)")
            colour = "#6b7280"
        html = _esc(text).replace("%1", f"<b>{words}</b>").replace("%2", found)
        self.suggestion_label.setText(f'<span style="color:{colour}">{html}</span>')
        self.suggestion_label.setToolTip(
            self.tr("From the local analysis of the recording; click a time to listen")
        )
        self.suggestion_label.show()

    def accept_suggestion(self) -> bool:
        """Take the suggested answer (the A key); False when there is none."""
        if self.suggestion is None or not self._controls_enabled():
            return False
        self.set_answer(self.suggestion.answer)
        self.suggestionAccepted.emit(self.item.id)
        return True

    def _refresh_detail(self) -> None:
        """Under the buttons: the chosen level's descriptor, so a scored card explains itself."""
        lv = self.item.level(self.answer.level) if self.answer and self.answer.level else None
        text = label(lv.descriptor, self.lang) if lv is not None else ""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def set_score(self, score: ItemScore | None) -> None:
        if score is None or self.item.kind is ItemKind.TEXT or (self.item.flag and not score.max):
            self.score_label.setText("")
            return
        if score.na:
            self.score_label.setText(self.tr("N/A"))
        elif not score.answered:
            self.score_label.setText(f"— / {fmt(score.max)}" if score.max else "")
        elif self.item.kind is ItemKind.DEDUCTION:
            self.score_label.setText(f"−{fmt(abs(score.score))}" if score.score else "0")
        elif self.item.kind is ItemKind.BONUS:
            self.score_label.setText(f"+{fmt(score.score)}")
        else:
            self.score_label.setText(f"{fmt(score.score)} / {fmt(score.max)}")

    def set_state(self, state: str) -> None:
        """normal / problem (highlighted red after a refused submit)."""
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def set_read_only(self, read_only: bool) -> None:
        for w in (*self._buttons, self._na, self._spin, self._text):
            if w is not None:
                w.setEnabled(not read_only)
        for b in self.findChildren(QToolButton):
            b.setEnabled(not read_only)

    # ---------------------------------------------------------------- keyboard
    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit(self.item.id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Spin box / line edit inside the card: report focus, let ↑/↓ leave text fields."""
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.item.id)
        elif event.type() == QEvent.Type.KeyPress and obj is self._text:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._text_changed()
                self.navigate.emit(self.item.id, 1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(obj, event)

    def event(self, event: QEvent) -> bool:
        """Claim + and − from the window's shortcuts (the player's zoom) on counter items."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS)
            and event.text() in ("+", "-", "=", "_")
        ):  # type: ignore[attr-defined]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.isEnabled() or not self._controls_enabled():
            return super().keyPressEvent(event)
        key = event.key()
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_J):
            self.navigate.emit(self.item.id, 1)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_K):
            self.navigate.emit(self.item.id, -1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._emit(None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm.emit(self.item.id)
            return
        if key == Qt.Key.Key_A and self.suggestion is not None:
            if self.accept_suggestion():
                self.chosen.emit(self.item.id)
            return
        if self.item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
            if text in ("+", "="):
                self.step(1)
                return
            if text in ("-", "_"):
                self.step(-1)
                return
            if text.isdigit():
                self.set_count(int(text))
                return
        if self._buttons:
            if text.isdigit() and text != "0":
                if self.choose(int(text) - 1):
                    self.chosen.emit(self.item.id)
                return
            if text == "0" and self._na is not None:
                self._emit({"na": True})
                self.chosen.emit(self.item.id)
                return
        super().keyPressEvent(event)

    def _controls_enabled(self) -> bool:
        widgets = [w for w in (*self._buttons, self._na, self._spin, self._text) if w is not None]
        return not widgets or widgets[0].isEnabled()

    def descriptor_html(self, hovered: int = -1) -> str:
        """The item's levels with their descriptors, the hovered/chosen one emphasised."""
        item = self.item
        parts = [f"<b>{_esc(label(item.labels, self.lang))}</b>"]
        if item.help:
            parts.append(f"<div style='color:#555'>{_esc(label(item.help, self.lang))}</div>")
        rows = []
        for i, (title, sub, _ans) in enumerate(self._options()):
            desc = ""
            if item.kind is ItemKind.LEVELS:
                desc = label(item.levels[i].descriptor, self.lang)
            # only the hovered level is emphasised: the chosen one shows on the card itself,
            # and an unchanged text spares the (slow) rich-text table layout on every choice
            emph = i == hovered
            style = "background:#fff3c4;" if emph else ""
            rows.append(
                f"<tr style='{style}'><td style='padding:2px 6px'><b>{i + 1}</b></td>"
                f"<td style='padding:2px 6px; white-space:nowrap'><b>{_esc(title)}</b> "
                f"<span style='color:#666'>{_esc(sub)}</span></td>"
                f"<td style='padding:2px 6px'>{_esc(desc)}</td></tr>"
            )
        if rows:
            parts.append("<table cellspacing='0' width='100%'>" + "".join(rows) + "</table>")
        elif item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
            hint = self.tr("Keys: + / − count an occurrence, a digit sets the count")
            parts.append(f"<div>{_esc(hint)}</div>")
            check = self.tr(
                "Enter: the whole section is checked — its items without a count did not happen"
            )
            parts.append(f"<div>{_esc(check)}</div>")
        return "".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
