"""The routine editor's "Add a step" page: a blank step of each type, then every exercise
of the app's own routines with its picture and dose, each with an Add button.

It only offers; `chosen(table, blank)` hands the chosen step's table to the editor.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from coach.core.routine_draft import blank_step, step_catalogue
from coach.ui import theme
from coach.ui.before_view import button
from coach.ui.illustration import IllustrationView
from coach.ui.page import label

#: Side of each exercise's picture in the list (px).
PICTURE_SIDE = 72


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepCatalogue", text)


def dose_words(step: Mapping[str, Any]) -> str:
    """A step's dose in a few words: '25 s × 3, each side', 'in 4 s, out 6 s, 5 min'."""
    kind = step.get("type")
    if kind == "exercise":
        reps = int(step.get("reps", 1))
        text = _tr("{n} s").format(n=_n(step.get("hold_s", 0)))
        if reps > 1:
            text += f" × {reps}"
        sides = step.get("sides")
        if sides in ("both", "side-configurable"):
            text += _tr(", each side")
        elif sides == "left":
            text += _tr(", left side")
        elif sides == "right":
            text += _tr(", right side")
        elif sides == "alternate":
            text += _tr(", left and right in turn")
        return text
    if kind == "breathing":
        phases = step.get("phases") or {}
        names = {
            "inhale": _tr("in {n} s"),
            "hold_in": _tr("hold {n} s"),
            "exhale": _tr("out {n} s"),
            "hold_out": _tr("hold {n} s"),
        }
        words = [
            names[key].format(n=_n(phases[key]))
            for key in ("inhale", "hold_in", "exhale", "hold_out")
            if phases.get(key)
        ]
        if "cycles" in step:
            words.append(_tr("{n} breaths").format(n=step["cycles"]))
        elif "duration_s" in step:
            words.append(_tr("{n} min").format(n=_n(float(step["duration_s"]) / 60)))
        return ", ".join(words)
    if kind == "heat":
        return _tr("{n} min of heat").format(n=_n(float(step.get("apply_s", 0)) / 60))
    return ""  # a rest is just its length, which the list shows anyway


def _n(value: Any) -> str:
    try:
        return f"{float(value):g}"
    except (TypeError, ValueError):
        return "?"


class StepCatalogue(QWidget):
    """Blank steps and the app's exercises, each with an Add button."""

    #: The step table to add, and whether it is a blank one (its id follows its title).
    chosen = Signal(object, bool)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.space(2))
        column.addWidget(label(self.tr("Add a step"), "heading"))
        column.addWidget(
            label(
                self.tr(
                    "Start from one of the app's exercises, or from a blank step you fill "
                    "in yourself. The new step goes after the chosen one."
                ),
                "muted",
            )
        )
        self.back_button = button(self.tr("Back"), name=self.tr("Back: add nothing"))
        self.back_button.clicked.connect(self.back)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        column.addLayout(top)

        column.addWidget(label(self.tr("A blank step"), "kindtitle"))
        blanks = QGridLayout()
        blanks.setSpacing(theme.space(1.5))
        self.blank_buttons: dict[str, QWidget] = {}
        for number, (step_type, words) in enumerate(
            (
                ("exercise", self.tr("Exercise")),
                ("breathing", self.tr("Breathing")),
                ("rest", self.tr("Rest")),
                ("heat", self.tr("Heat")),
            )
        ):
            widget = button(
                words, name=self.tr("Add a blank step: {what}").format(what=words.lower())
            )
            widget.setObjectName(f"blank-{step_type}")
            widget.clicked.connect(
                lambda _c=False, t=step_type: self.chosen.emit(blank_step(t), True)
            )
            blanks.addWidget(widget, number // 2, number % 2)
            self.blank_buttons[step_type] = widget
        column.addLayout(blanks)

        column.addWidget(label(self.tr("The app's exercises"), "kindtitle"))
        self.rows: dict[str, QFrame] = {}
        self.add_buttons: dict[str, QWidget] = {}
        for step in step_catalogue():
            row = self._row(step)
            self.rows[str(step["id"])] = row
            column.addWidget(row)
        column.addStretch(1)

    def _row(self, step: Mapping[str, Any]) -> QFrame:
        frame = QFrame()
        theme.set_role(frame, "card")
        layout = QHBoxLayout(frame)
        pad = theme.space(1.5)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.space(2))
        picture = IllustrationView()
        picture.setMinimumSize(PICTURE_SIDE, PICTURE_SIDE)
        picture.setFixedSize(PICTURE_SIDE, PICTURE_SIDE)
        picture.set_image(step.get("image"))
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(theme.space(0.5))
        words.addWidget(label(str(step.get("title", "")), "large"))
        dose = dose_words(step) or _tr("{n} s").format(n=_n(step.get("duration_s", 0)))
        words.addWidget(label(dose, "muted"))
        layout.addLayout(words, 1)
        add = button(
            self.tr("Add"), name=self.tr("Add {title}").format(title=step.get("title", ""))
        )
        add.setObjectName(f"add-{step['id']}")
        add.clicked.connect(lambda _c=False, s=dict(step): self.chosen.emit(s, False))
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignVCenter)
        self.add_buttons[str(step["id"])] = add
        return frame

    def set_kind(self, kind: str) -> None:
        """Heat steps are offered only in a heat routine."""
        self.blank_buttons["heat"].setVisible(kind == "heat")
        for step in step_catalogue():
            if step.get("type") == "heat":
                self.rows[str(step["id"])].setVisible(kind == "heat")
