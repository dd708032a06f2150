"""Controls the Settings screen and the first run share: choices, numbers, their look.

A `ChoiceRow` is a row of large buttons of which one is chosen (a tick and a frame, never
colour alone), wrapping under each other when the text is large. A `NumberField` is a
number with big − and + buttons beside it, as a spin box's own arrows are too small for a
shaky hand. `SettingsStyle` keeps their look in step with the theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coach.core.routine import ExerciseStep, Sides
from coach.core.settings import LIMITS
from coach.ui import theme
from coach.ui.form_fields import button

TICK = "✓"


# --- which steps have a side to choose ------------------------------------------------


@dataclass(frozen=True)
class SideStep:
    """A side-configurable step and the routines it appears in."""

    id: str
    title: str
    routines: tuple[str, ...]


def side_steps(data_dir: Path) -> list[SideStep]:
    """Every side-configurable step of the routines the app offers, in menu order.

    The side setting belongs to the step id, so a step in several routines is listed once.
    """
    from coach.core.routine_library import load_library  # reads the routine files

    found: dict[str, SideStep] = {}
    for routine in load_library(data_dir).routines:
        for step in routine.steps:
            if not isinstance(step, ExerciseStep) or step.sides is not Sides.CONFIGURABLE:
                continue
            known = found.get(step.id)
            if known is None:
                found[step.id] = SideStep(step.id, step.title, (routine.title,))
            elif routine.title not in known.routines:
                found[step.id] = SideStep(
                    step.id, known.title, (*known.routines, routine.title)
                )
    return list(found.values())


def side_options() -> list[tuple[str, str]]:
    """The three side choices with their words."""
    return [
        ("both", QCoreApplication.translate("SettingsWidgets", "Both sides")),
        ("left", QCoreApplication.translate("SettingsWidgets", "Left only")),
        ("right", QCoreApplication.translate("SettingsWidgets", "Right only")),
    ]


def heat_options() -> list[tuple[str, str]]:
    """The two heat modes with their words."""
    return [
        (
            "standard",
            QCoreApplication.translate("SettingsWidgets", "Standard\nup to 15 minutes"),
        ),
        (
            "reduced",
            QCoreApplication.translate("SettingsWidgets", "Reduced feeling\nup to 10 minutes"),
        ),
    ]


# --- a row of choices -----------------------------------------------------------------


class ChoiceRow(QWidget):
    """Buttons of which exactly one is chosen; side by side when they fit, else stacked."""

    #: The value of the button the patient chose.
    chosen = Signal(str)

    def __init__(
        self,
        name: str,
        options: Sequence[tuple[str, str]],
        value: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._words = dict(options)
        self._value = ""
        self._fitting = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(theme.space(1.5))
        for key, words in options:
            widget = button(words, "choice", name=f"{name}: {' '.join(words.split())}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _checked=False, k=key: self._tapped(k))
            self._group.addButton(widget)
            widget.installEventFilter(self)  # its font arrives when it is first polished
            self.buttons[key] = widget
        self._wide: bool | None = None
        self.set_value(value)
        self._place(wide=True)

    def value(self) -> str:
        """The chosen option's value."""
        return self._value

    def set_value(self, value: str) -> None:
        """Show an option as chosen (without emitting `chosen`)."""
        self._value = value
        for key, widget in self.buttons.items():
            widget.setChecked(key == value)
            words = self._words[key]
            # A tick as well as the frame: the choice never shows by colour alone.
            widget.setText(f"{TICK} {words}" if key == value else words)
        if self.isVisible():  # else showEvent fits them, once the fonts are final
            self._fit_widths()

    def _fit_widths(self) -> None:
        # The theme draws the chosen button's words bolder, which its size hint does not
        # know about: make room for the bold, ticked words on every button.
        for key, widget in self.buttons.items():
            font = QFont(widget.font())
            font.setWeight(QFont.Weight.Bold)
            text = f"{TICK} {self._words[key]}"
            # size() measures each line of a two-line label, not the whole as one line.
            bold = QFontMetrics(font).size(0, text).width()
            extra = bold - widget.fontMetrics().size(0, widget.text()).width()
            widget.setMinimumWidth(0)
            widget.setMinimumWidth(widget.sizeHint().width() + max(0, extra))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            self._refit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and self.isVisible():
            self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._fitting:  # resizing the buttons sends events of its own
            return
        self._fitting = True
        try:
            self._fit_widths()
            self._wide = None
            self._place(wide=self.width() >= self._wide_width())
        finally:
            self._fitting = False

    def _tapped(self, key: str) -> None:
        changed = key != self._value
        self.set_value(key)
        if changed:
            self.chosen.emit(key)

    def _wide_width(self) -> int:
        widths = sum(b.minimumWidth() for b in self.buttons.values())
        return widths + self._grid.spacing() * (len(self.buttons) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(wide=event.size().width() >= self._wide_width())

    def _place(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for widget in self.buttons.values():
            self._grid.removeWidget(widget)
        for i, widget in enumerate(self.buttons.values()):
            if wide:
                self._grid.addWidget(widget, 0, i)
            else:
                self._grid.addWidget(widget, i, 0, alignment=Qt.AlignmentFlag.AlignLeft)
        columns = len(self.buttons) if wide else 1
        for column in range(len(self.buttons) + 1):
            self._grid.setColumnStretch(column, 1 if column == columns else 0)
        self.setMinimumWidth(max(b.minimumWidth() for b in self.buttons.values()))


# --- a number -------------------------------------------------------------------------


class NumberField(QWidget):
    """A whole number with large − and + buttons; `valueChanged` once a change is made."""

    valueChanged = Signal(int)

    def __init__(
        self,
        name: str,
        limit: str,
        value: int,
        *,
        suffix: str = "",
        step: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        low, high = LIMITS[limit]
        self.spin = QSpinBox()
        self.spin.setObjectName(f"{limit}Spin")
        theme.set_role(self.spin, "number")
        self.spin.setRange(low, high)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(suffix)
        self.spin.setValue(min(high, max(low, value)))
        self.spin.setAccessibleName(name)
        self.spin.setAccessibleDescription(
            QCoreApplication.translate(
                "SettingsWidgets", "From {low} to {high}. Arrow keys change it."
            ).format(low=low, high=high)
        )
        # Typing "120" must not save 1 and 12 on the way: the value counts on Enter or
        # when the field is left.
        self.spin.setKeyboardTracking(False)
        # Its own arrows are styled to nothing (NoButtons would leave a styled box no
        # room for its text): the − and + buttons beside it are larger.
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setMinimumHeight(theme.HIT_TARGET)
        self.less_button = button(
            "−",
            name=QCoreApplication.translate("SettingsWidgets", "{name}: less").format(
                name=name
            ),
        )
        self.more_button = button(
            "+",
            name=QCoreApplication.translate("SettingsWidgets", "{name}: more").format(
                name=name
            ),
        )
        self.less_button.clicked.connect(self.spin.stepDown)
        self.more_button.clicked.connect(self.spin.stepUp)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(1))
        layout.addWidget(self.less_button)
        layout.addWidget(self.spin)
        layout.addWidget(self.more_button)
        layout.addStretch(1)
        self.spin.valueChanged.connect(self._changed)
        self._changed(self.spin.value(), emit=False)

    def value(self) -> int:
        """The number shown."""
        return self.spin.value()

    def set_value(self, value: int) -> None:
        """Show a number without emitting valueChanged."""
        blocked = self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(blocked)
        self._changed(self.spin.value(), emit=False)

    def _changed(self, value: int, *, emit: bool = True) -> None:
        self.less_button.setEnabled(value > self.spin.minimum())
        self.more_button.setEnabled(value < self.spin.maximum())
        if emit:
            self.valueChanged.emit(value)


# --- look -----------------------------------------------------------------------------


def settings_stylesheet(palette: theme.Palette, text_scale: float) -> str:
    """The number boxes' look: the theme styles fields; these have no arrows of their own
    (the − and + buttons beside them are larger), so no room is kept for arrows."""
    large = f"{theme.point_size(theme.TextRole.LARGE, text_scale):.1f}pt"
    width = round(88 * theme.clamp_scale(text_scale))
    return f"""
QSpinBox[role="number"] {{
    font-size: {large}; padding-left: 10px; padding-right: 10px; min-width: {width}px;
}}
QSpinBox[role="number"]::up-button, QSpinBox[role="number"]::down-button {{
    width: 0px; border: none;
}}
QSpinBox[role="number"]::up-arrow, QSpinBox[role="number"]::down-arrow {{
    image: none; width: 0px; height: 0px;
}}
QTimeEdit {{ font-size: {large}; }}
"""


class SettingsStyle:
    """Keeps one screen's controls in step with the theme (call apply() on changes)."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._key: tuple[str, float] | None = None

    def apply(self) -> None:
        """Restyle if the colour scheme or text size changed since last time."""
        app = QApplication.instance()
        palette = theme.current_palette(app)
        scale = theme.current_text_scale(app) if app is not None else 1.0
        key = (palette.name, scale)
        if key == self._key:  # setStyleSheet itself sends a StyleChange: stop here
            return
        self._key = key
        self._widget.setStyleSheet(settings_stylesheet(palette, scale))
