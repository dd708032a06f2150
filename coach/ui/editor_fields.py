"""The fields of the routine editor: the routine's own (title, kind, summary) and one
panel per step type (exercise, breathing, heat, rest).

Each panel shows one table of a RoutineDraft and reports every change as
`changed(key, value)`; it never changes the draft itself. Number boxes carry the limits of
the routine format (coach/core/routine_file.py), so a value outside them is refused as it
is typed, and the rule is written under the box. A problem the validator still finds is
shown under the field it concerns by `show_problems()`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.assets import asset
from coach.core import routine_file as limits
from coach.core.records import Kind
from coach.core.routine import HEAT_HARD_MAX_S
from coach.core.routine_draft import HEAT_REDUCED_MAX_S, HEAT_STANDARD_MAX_S
from coach.core.segments import BREATH_PHASES, SegmentKind
from coach.ui import theme
from coach.ui.form_fields import line_edit, note_edit, problem_label, show_problem
from coach.ui.illustration import IllustrationView
from coach.ui.page import label

#: Number boxes read and write "5.5", whatever the system's decimal sign.
C_LOCALE = QLocale(QLocale.Language.C)

#: Side of the small picture beside the picture choice (px).
PREVIEW_SIDE = 96

#: The `sides` values, in the order offered (ExercisePanel.side_words names them).
SIDE_VALUES: tuple[str, ...] = (
    "side-configurable",
    "both",
    "left",
    "right",
    "alternate",
    "centre",
)


def image_names() -> list[str]:
    """The illustrations a step may use (assets/images)."""
    return sorted(p.name for p in asset("images").glob("*.svg"))


def picture_name(image: str) -> str:
    """'upper-trapezius-stretch.svg' -> 'Upper trapezius stretch'."""
    words = image.rsplit(".", 1)[0].replace("-", " ")
    return words[:1].upper() + words[1:]


class NumberBox(QDoubleSpinBox):
    """A number box within limits that shows 25 rather than 25.0, and refuses what is out
    of range as it is typed."""

    def __init__(self, low: float, high: float, step: float, unit: str, name: str) -> None:
        super().__init__()
        self.setLocale(C_LOCALE)
        self.setDecimals(1 if step < 1 else 0 if float(low).is_integer() else 1)
        self.setRange(low, high)
        self.setSingleStep(step)
        self.setSuffix(f" {unit}" if unit else "")
        self.setAccessibleName(name)
        self.setMinimumHeight(theme.HIT_TARGET)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"


class Field(QWidget):
    """A field's name above its control, a hint with the rule under it, and a problem."""

    def __init__(self, title: str, control: QWidget, hint: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(0.5))
        self.title = label(title, "kindtitle")
        self.title.setBuddy(control)
        self.control = control
        layout.addWidget(self.title)
        layout.addWidget(control)
        self.hint = label(hint, "muted")
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.problem = problem_label()
        layout.addWidget(self.problem)

    def show_problems(self, messages: list[str]) -> None:
        show_problem(self.problem, "\n".join(f"⚠ {m}" for m in messages))


def seconds_value(value: float) -> int | float:
    """25.0 -> 25 (a whole number of seconds is written without a decimal)."""
    return int(value) if float(value).is_integer() else float(value)


class FieldsPanel(QWidget):
    """A column of fields for one table; `changed(key, value)` on every edit."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(theme.space(2.5))
        self.general_problem = problem_label()
        self.column.addWidget(self.general_problem)
        self.fields: dict[str, Field] = {}
        self._loading = False
        #: Where add() puts a field (a panel may gather some beside a picture).
        self.target: QVBoxLayout = self.column

    def add(self, key: str, field: Field) -> Field:
        self.fields[key] = field
        self.target.addWidget(field)
        return field

    def emit(self, key: str, value: Any) -> None:
        if not self._loading:
            self.changed.emit(key, value)

    def show_problems(self, problems: Mapping[str, list[str]]) -> None:
        """Show each problem under its field; any other under the panel's heading."""
        general: list[str] = []
        for key, field in self.fields.items():
            field.show_problems(list(problems.get(key, [])))
        for key, messages in problems.items():
            if key not in self.fields:
                general.extend(messages)
        show_problem(self.general_problem, "\n".join(f"⚠ {m}" for m in general))

    # --- control makers, each wired to `changed` ------------------------------------

    def text_field(self, key: str, title: str, hint: str, max_chars: int) -> QLineEdit:
        edit = line_edit(title, max_chars=max_chars)
        edit.textChanged.connect(lambda text: self.emit(key, text))
        self.add(key, Field(title, edit, hint))
        return edit

    def note_field(
        self, key: str, title: str, hint: str, *, lines: bool = False
    ) -> QPlainTextEdit:
        edit = note_edit(title)
        if lines:
            edit.textChanged.connect(
                lambda: self.emit(
                    key, [t.strip() for t in edit.toPlainText().splitlines() if t.strip()]
                )
            )
        else:
            edit.textChanged.connect(lambda: self.emit(key, edit.toPlainText()))
        self.add(key, Field(title, edit, hint))
        return edit

    def number_field(
        self,
        key: str,
        title: str,
        hint: str,
        low: float,
        high: float,
        *,
        step: float = 1,
        unit: str = "s",
        scale: float = 1,
        whole: bool = False,
    ) -> NumberBox:
        """A number box; the draft gets value x scale (minutes shown, seconds stored)."""
        box = NumberBox(low, high, step, unit, title)
        if whole:
            box.setDecimals(0)
        box.valueChanged.connect(
            lambda v: self.emit(key, round(v) if whole else seconds_value(v * scale))
        )
        self.add(key, Field(title, box, hint))
        return box

    def set_text(self, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        if isinstance(widget, QLineEdit):
            if widget.text() != text:
                widget.setText(text)
                widget.setCursorPosition(0)  # a long name shows its start
        elif widget.toPlainText() != text:
            widget.setPlainText(text)


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.setMinimumHeight(theme.HIT_TARGET)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


# --- the routine's own fields ------------------------------------------------------------


class AboutPanel(FieldsPanel):
    """Title, kind, summary and safety points of the routine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label(self.tr("About this routine"), "heading")
        self.column.insertWidget(0, self.heading)
        self.note = label("")
        self.note.setObjectName("editorNote")
        self.note.hide()
        self.column.insertWidget(1, self.note)
        self.title_edit = self.text_field(
            "title",
            self.tr("Name"),
            self.tr("Shown on the routine's card, e.g. “My morning stretches”."),
            limits.TITLE_MAX,
        )
        self.kind_box = _combo(self.tr("Kind of routine"))
        for kind in Kind:
            self.kind_box.addItem(theme.kind_look(kind).title, kind.value)
        self.kind_box.currentIndexChanged.connect(
            lambda _i: self.emit("kind", self.kind_box.currentData())
        )
        self.add(
            "kind",
            Field(
                self.tr("Kind"),
                self.kind_box,
                self.tr(
                    "Decides its colour and which plan it counts towards. Only a heat "
                    "routine may have a heat step."
                ),
            ),
        )
        self.summary_edit = self.note_field(
            "summary",
            self.tr("Summary"),
            self.tr("One or two sentences for the card."),
        )
        self.cautions_edit = self.note_field(
            "cautions",
            self.tr("Safety points (optional, one per line)"),
            self.tr(
                "Shown before the routine starts. In a heat routine each one is asked as a "
                "yes or no question, and any “no” stops it."
            ),
            lines=True,
        )
        self.column.addStretch(1)

    def load(self, top: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            self.set_text(self.title_edit, str(top.get("title", "")))
            index = self.kind_box.findData(top.get("kind"))
            self.kind_box.setCurrentIndex(max(0, index))
            self.set_text(self.summary_edit, str(top.get("summary", "")))
            self.set_text(self.cautions_edit, "\n".join(top.get("cautions", [])))
        finally:
            self._loading = False


# --- one step ------------------------------------------------------------------------


class StepPanel(FieldsPanel):
    """The fields every step has: title, instruction, picture, reminders."""

    def __init__(self, step: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_type = str(step.get("type"))
        self.heading = label("", "heading")
        self.column.insertWidget(0, self.heading)
        self.title_edit = self.text_field(
            "title",
            self.tr("Name of the step"),
            self.tr("Shown large while the step plays."),
            limits.TITLE_MAX,
        )
        self.add_type_fields()
        self.instruction_edit = self.note_field(
            "instruction",
            self.tr("What to do"),
            self.tr("A few calm sentences, read during the step."),
        )
        picture_row = QWidget()
        row = QHBoxLayout(picture_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.space(2))
        self.image_box = _combo(self.tr("Picture"))
        self.image_box.addItem(self.tr("No picture"), "")
        for name in image_names():
            self.image_box.addItem(picture_name(name), name)
        self.image_box.currentIndexChanged.connect(self._image_chosen)
        self.preview = IllustrationView()
        self.preview.setMinimumSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        row.addWidget(self.image_box, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.preview)
        self.add("image", Field(self.tr("Picture"), picture_row))
        self.cues_edit = self.note_field(
            "cues",
            self.tr("Short reminders (optional, one per line)"),
            self.tr("Shown during the step, e.g. “A mild pull, never pain”."),
            lines=True,
        )
        self.column.addStretch(1)
        self.load(step)

    def type_words(self) -> str:
        """The panel's heading: what kind of step this is."""
        return self.tr("Step")

    def add_type_fields(self) -> None:
        """The fields of one step type (subclasses)."""

    @Slot(int)
    def _image_chosen(self, _index: int) -> None:
        name = self.image_box.currentData() or None
        self.preview.set_image(name)
        self.emit("image", name)

    def load(self, step: Mapping[str, Any]) -> None:
        """Show a step's table (no `changed` signals)."""
        self._loading = True
        try:
            self.heading.setText(self.type_words())
            self.set_text(self.title_edit, str(step.get("title", "")))
            self.set_text(self.instruction_edit, str(step.get("instruction", "")))
            image = step.get("image") or ""
            index = self.image_box.findData(image)
            self.image_box.setCurrentIndex(max(0, index))
            self.preview.set_image(image or None)
            self.set_text(self.cues_edit, "\n".join(step.get("cues", [])))
            self.load_type(step)
        finally:
            self._loading = False

    def load_type(self, step: Mapping[str, Any]) -> None:
        """Show the fields of one step type (subclasses)."""

    @staticmethod
    def set_number(box: NumberBox, value: Any, default: float, scale: float = 1) -> None:
        number = default if value is None else float(value)
        box.setValue(number / scale)


class ExercisePanel(StepPanel):
    """Get ready, hold, repeats, sides, rest between."""

    def side_words(self) -> dict[str, str]:
        """Plain words for each `sides` value."""
        return {
            "side-configurable": self.tr("As set in my settings (both, left or right)"),
            "both": self.tr("Both sides: left first, then right"),
            "left": self.tr("Left side only"),
            "right": self.tr("Right side only"),
            "alternate": self.tr("Left and right in turn"),
            "centre": self.tr("No side (a movement in the middle)"),
        }

    def type_words(self) -> str:
        return self.tr("Exercise")

    def add_type_fields(self) -> None:
        low, high = limits.HOLD_S
        self.hold_box = self.number_field(
            "hold_s",
            self.tr("Hold"),
            self.tr("Seconds for each hold (or each slow circle): 1 to 600."),
            low,
            high,
        )
        low, high = limits.REPS
        self.reps_box = self.number_field(
            "reps",
            self.tr("Repeats"),
            self.tr("How many holds on each side: 1 to 50."),
            low,
            high,
            unit="",
            whole=True,
        )
        self.sides_box = _combo(self.tr("Sides"))
        words = self.side_words()
        for value in SIDE_VALUES:
            self.sides_box.addItem(words[value], value)
        self.sides_box.currentIndexChanged.connect(
            lambda _i: self.emit("sides", self.sides_box.currentData())
        )
        self.add(
            "sides",
            Field(
                self.tr("Sides"),
                self.sides_box,
                self.tr(
                    "In cervical dystonia the side matters: choose what your physiotherapist "
                    "set. “As set in my settings” follows the side chosen in Settings."
                ),
            ),
        )
        low, high = limits.EXERCISE_REST_S
        self.rest_box = self.number_field(
            "rest_s",
            self.tr("Rest between holds"),
            self.tr("Seconds: 0 to 300."),
            low,
            high,
        )
        low, high = limits.PREPARE_S
        self.prepare_box = self.number_field(
            "prepare_s",
            self.tr("Get ready"),
            self.tr("Seconds to get into position: 0 to 60."),
            low,
            high,
        )

    def load_type(self, step: Mapping[str, Any]) -> None:
        self.set_number(self.hold_box, step.get("hold_s"), 20)
        self.set_number(self.reps_box, step.get("reps"), 1)
        self.set_number(self.rest_box, step.get("rest_s"), 0)
        self.set_number(self.prepare_box, step.get("prepare_s"), 5)
        index = self.sides_box.findData(step.get("sides", "centre"))
        self.sides_box.setCurrentIndex(max(0, index))


#: The key in `phases` of each breath phase.
PHASE_KEYS: dict[SegmentKind, str] = {
    SegmentKind.INHALE: "inhale",
    SegmentKind.HOLD_IN: "hold_in",
    SegmentKind.EXHALE: "exhale",
    SegmentKind.HOLD_OUT: "hold_out",
}


class BreathingPanel(StepPanel):
    """The four phases in half-seconds, breaths or minutes, and a live pacer preview."""

    def type_words(self) -> str:
        return self.tr("Breathing")

    def add_type_fields(self) -> None:
        from coach.ui.pacer import BreathPacer

        self.pacer = BreathPacer()
        self.pacer.setMinimumSize(220, 240)
        self.pacer.setMaximumHeight(320)
        self.pacer.setAccessibleName(self.tr("Preview of the breathing guide"))
        self._started = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.tick)
        # On a card, as in the session (the pacer paints the card's colour).
        frame = QFrame()
        theme.set_role(frame, "card")
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(
            theme.space(1), theme.space(1), theme.space(1), theme.space(1)
        )
        inside.addWidget(self.pacer)
        preview = Field(
            self.tr("Preview"),
            frame,
            self.tr("The circle breathes with the pattern, as it will in the session."),
        )
        # The four phases beside the preview; under it when the text is large.
        pattern = QWidget()
        wide = theme.current_text_scale(QApplication.instance()) < 1.5
        row = QHBoxLayout(pattern) if wide else QVBoxLayout(pattern)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.space(3))
        phases = QVBoxLayout()
        phases.setSpacing(theme.space(2))
        row.addLayout(phases, 1)
        row.addWidget(preview, 1, Qt.AlignmentFlag.AlignTop)
        self.column.addWidget(pattern)
        self.target = phases
        self.phase_boxes: dict[str, NumberBox] = {}
        words = {
            "inhale": (self.tr("Breathe in"), 1),
            "hold_in": (self.tr("Hold after breathing in"), 0),
            "exhale": (self.tr("Breathe out"), 1),
            "hold_out": (self.tr("Hold after breathing out"), 0),
        }
        for key in ("inhale", "hold_in", "exhale", "hold_out"):
            title, low = words[key]
            hint = (
                self.tr("Seconds, in half seconds: 1 to 20.")
                if low
                else self.tr("Seconds, in half seconds: 0 (no hold) to 20.")
            )
            box = self.number_field(f"phases.{key}", title, hint, low, 20, step=0.5)
            box.setDecimals(1)
            box.valueChanged.connect(self._restart)
            self.phase_boxes[key] = box
        self.target = self.column
        # Breaths or minutes: one of the two.
        choice = QWidget()
        row = QVBoxLayout(choice)  # one under the other: each stays one line at large text
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.space(0.5))
        self.by_cycles = QRadioButton(self.tr("In breaths"))
        self.by_minutes = QRadioButton(self.tr("In minutes"))
        self._length_group = QButtonGroup(self)
        for button in (self.by_cycles, self.by_minutes):
            button.setMinimumHeight(theme.HIT_TARGET)
            button.setAccessibleName(button.text())
            self._length_group.addButton(button)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        self.by_cycles.toggled.connect(self._length_mode)
        self.add("length", Field(self.tr("How long"), choice))
        self.cycles_box = self.number_field(
            "cycles", self.tr("Breaths"), "", *limits.CYCLES, unit="", whole=True
        )
        self.minutes_box = self.number_field(
            "duration_s",
            self.tr("Minutes"),
            self.tr("In half minutes: 0.5 to 60."),
            0.5,
            limits.BREATHING_DURATION_S[1] / 60,
            step=0.5,
            unit="min",
            scale=60,
        )
        self.minutes_box.setDecimals(1)

    def load_type(self, step: Mapping[str, Any]) -> None:
        phases = step.get("phases") or {}
        for key, box in self.phase_boxes.items():
            self.set_number(box, phases.get(key), 0)
        cap = step.get("max_cycles")
        self.cycles_box.setMaximum(int(cap) if cap else limits.CYCLES[1])
        self.fields["cycles"].hint.setText(
            self.tr("At most {n} breaths for this exercise.").format(n=cap)
            if cap
            else self.tr("1 to 100 breaths.")
        )
        self.fields["cycles"].hint.show()
        self.set_number(self.cycles_box, step.get("cycles"), 10)
        self.set_number(self.minutes_box, step.get("duration_s"), 300, scale=60)
        by_cycles = "cycles" in step
        self.by_cycles.setChecked(by_cycles)
        self.by_minutes.setChecked(not by_cycles)
        self.fields["cycles"].setVisible(by_cycles)
        self.fields["duration_s"].setVisible(not by_cycles)
        self._restart()

    @Slot(bool)
    def _length_mode(self, by_cycles: bool) -> None:
        self.fields["cycles"].setVisible(by_cycles)
        self.fields["duration_s"].setVisible(not by_cycles)
        if self._loading:
            return
        # One of the two: the other is taken out of the step.
        if by_cycles:
            self.emit("duration_s", None)
            self.emit("cycles", int(self.cycles_box.value()))
        else:
            self.emit("cycles", None)
            self.emit("duration_s", seconds_value(self.minutes_box.value() * 60))

    # --- the live preview ---------------------------------------------------------------

    def pattern(self) -> list[tuple[SegmentKind, float]]:
        """The phases of one breath with their seconds (the zero ones left out)."""
        return [
            (phase, self.phase_boxes[PHASE_KEYS[phase]].value())
            for phase in BREATH_PHASES
            if self.phase_boxes[PHASE_KEYS[phase]].value() > 0
        ]

    def preview_at(self, seconds: float) -> None:
        """Show the pacer `seconds` into the pattern (repeating)."""
        pattern = self.pattern()
        cycle = sum(length for _, length in pattern)
        if cycle <= 0:
            self.pacer.set_breath(None, 0.0, 0)
            return
        t = seconds % cycle
        for phase, length in pattern:
            if t < length:
                left = max(1, int(length - t + 0.999))
                self.pacer.set_breath(phase, t / length, left)
                return
            t -= length

    @Slot()
    def _restart(self) -> None:
        self._started = time.monotonic()
        self.preview_at(0.0)

    @Slot()
    def tick(self) -> None:
        self.preview_at(time.monotonic() - self._started)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()


class HeatPanel(StepPanel):
    """Heat minutes within the safety limit, skin checks, the reduced-feeling limit."""

    def type_words(self) -> str:
        return self.tr("Heat")

    def add_type_fields(self) -> None:
        standard = HEAT_STANDARD_MAX_S // 60
        reduced = HEAT_REDUCED_MAX_S // 60
        self.rule = label(
            self.tr(
                "Safety rule: heat is never on for more than {standard} minutes in one go, "
                "always through a towel, and the skin is checked every few minutes. With "
                "reduced feeling (set in Settings) it stops at the shorter limit below, "
                "never more than {reduced} minutes."
            ).format(standard=standard, reduced=reduced),
            "large",
        )
        self.rule.setObjectName("heatRule")
        self.column.addWidget(self.rule)
        self.apply_box = self.number_field(
            "apply_s",
            self.tr("Heat time"),
            self.tr("Minutes of heat: 1 to {standard}.").format(standard=standard),
            1,
            standard,
            unit="min",
            scale=60,
        )
        self.check_box = self.number_field(
            "check_every_s",
            self.tr("Skin check every"),
            self.tr("Minutes: 1 to 10, and not more than the heat time."),
            1,
            limits.HEAT_CHECK_EVERY_S[1] // 60,
            unit="min",
            scale=60,
        )
        self.reduced_box = self.number_field(
            "reduced_feeling_max_s",
            self.tr("With reduced feeling, stop after"),
            self.tr("Minutes: 1 to {reduced}.").format(reduced=reduced),
            1,
            reduced,
            unit="min",
            scale=60,
        )
        self.apply_box.valueChanged.connect(self._keep_ceiling)
        self._max_s = float(HEAT_HARD_MAX_S)

    def load_type(self, step: Mapping[str, Any]) -> None:
        self._max_s = float(step.get("max_s") or HEAT_HARD_MAX_S)
        self.set_number(self.apply_box, step.get("apply_s"), 600, scale=60)
        self.set_number(self.check_box, step.get("check_every_s"), 300, scale=60)
        self.set_number(self.reduced_box, step.get("reduced_feeling_max_s"), 600, scale=60)

    @Slot(float)
    def _keep_ceiling(self, minutes: float) -> None:
        # The step's hard ceiling (max_s) is never below the heat time, never over 20 min.
        ceiling = min(float(HEAT_HARD_MAX_S), max(self._max_s, minutes * 60))
        if ceiling != self._max_s:
            self._max_s = ceiling
            self.emit("max_s", seconds_value(ceiling))


class RestPanel(StepPanel):
    """A passive step: only its length."""

    def type_words(self) -> str:
        return self.tr("Rest")

    def add_type_fields(self) -> None:
        low, high = limits.REST_DURATION_S
        self.duration_box = self.number_field(
            "duration_s",
            self.tr("Length"),
            self.tr("Seconds: 1 to 1800 (30 minutes)."),
            low,
            high,
        )

    def load_type(self, step: Mapping[str, Any]) -> None:
        self.set_number(self.duration_box, step.get("duration_s"), 60)


PANELS: dict[str, type[StepPanel]] = {
    "exercise": ExercisePanel,
    "breathing": BreathingPanel,
    "heat": HeatPanel,
    "rest": RestPanel,
}


def panel_for(step: Mapping[str, Any]) -> StepPanel:
    """The panel that edits a step of this type."""
    return PANELS.get(str(step.get("type")), StepPanel)(step)
