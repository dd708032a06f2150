"""Form controls shared by the Diary and Injections screens: text boxes, dates, yes/no.

Every control here is at least HIT_TARGET tall, reachable by Tab, shows the app's focus
ring (focus_ring.py) and has an accessible name. Their looks come from the theme's shared
form rules (theme.py), like every other screen's fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.ui import theme
from coach.ui.i18n import current_language, day_month, weekday_day_month
from coach.ui.page import label

#: The earliest date a date box accepts (botulinum toxin for the neck came later).
EARLIEST_DATE = date(1980, 1, 1)
#: Date boxes show words, as the rest of the app does: "3 November 2026".
DATE_FORMAT = "d MMMM yyyy"
#: A note is a few sentences, not a document.
NOTE_MAX_CHARS = 2000
#: Month names in English whatever the system locale: the rest of the app is English.
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def short_date(day: date, today: date | None = None) -> str:
    """'3 November', with the year only when it is not this year's."""
    text = day_month(day)
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def date_locale() -> QLocale:
    """The locale date boxes use: month names in the language the app shows."""
    if current_language() == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return ENGLISH


def day_heading(day: date, today: date) -> str:
    """'Today', 'Yesterday', else 'Tuesday 3 November' (with the year if not this year)."""
    if day == today:
        return QCoreApplication.translate("FormFields", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("FormFields", "Yesterday")
    words = weekday_day_month(day)
    return words if day.year == today.year else f"{words} {day.year}"


def day_phrase(day: date, today: date) -> str:
    """The day as it sits inside a sentence: 'today', 'yesterday', 'Tuesday 3 November'."""
    if day == today:
        return QCoreApplication.translate("FormFields", "today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("FormFields", "yesterday")
    return day_heading(day, today)


# --- small building blocks ------------------------------------------------------------


def problem_label() -> QLabel:
    """A hidden label for a plain message about one field, shown under it."""
    widget = label("", "problem")
    widget.hide()
    return widget


def show_problem(widget: QLabel, text: str) -> None:
    """Show a message in a problem label (empty text hides it)."""
    widget.setText(text)
    widget.setVisible(bool(text))


def button(text: str, role: str | None = None, *, name: str | None = None) -> QPushButton:
    """A push button with a theme role and an accessible name."""
    widget = QPushButton(text)
    if role:
        theme.set_role(widget, role)
    widget.setAccessibleName(name or text)
    return widget


def add_show_earlier(
    column: QVBoxLayout, text: str, object_name: str, on_click: Callable[[], object]
) -> QPushButton:
    """The left-aligned "Show earlier ..." button under a list that loads a page at a time."""
    row = QHBoxLayout()
    widget = button(text)
    widget.setObjectName(object_name)
    widget.clicked.connect(on_click)
    row.addWidget(widget)
    row.addStretch(1)
    column.addLayout(row)
    return widget


def line_edit(name: str, placeholder: str = "", max_chars: int = 200) -> QLineEdit:
    """A one-line text box, tall enough to tap."""
    edit = QLineEdit()
    theme.set_role(edit, "field")
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_chars)
    edit.setMinimumHeight(theme.HIT_TARGET)
    return edit


def note_edit(name: str, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of plain text; Tab moves on rather than typing a tab (no keyboard trap)."""
    edit = QPlainTextEdit()
    theme.set_role(edit, "field")
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(theme.HIT_TARGET * 2)
    edit.setMaximumHeight(theme.HIT_TARGET * 4)
    return edit


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def date_edit(name: str, day: date) -> QDateEdit:
    """A large date box in words ('3 November 2026') with a calendar to pick from.

    Arrow keys change the part under the cursor, Tab moves between parts and on, Alt+Down
    opens the calendar. Any date from 1980 on is accepted here; the screen says in words
    why a date does not fit, rather than the box silently refusing it.
    """
    edit = QDateEdit()
    edit.setLocale(date_locale())
    edit.setDisplayFormat(QCoreApplication.translate("FormFields", "d MMMM yyyy"))
    edit.setCalendarPopup(True)
    edit.setMinimumDate(to_qdate(EARLIEST_DATE))
    edit.setMaximumDate(to_qdate(date(day.year + 50, 12, 31)))
    edit.setDate(to_qdate(day))
    edit.setAccessibleName(name)
    edit.setMinimumHeight(theme.HIT_TARGET)
    # As wide as its longest date, not the whole column: a date is a short thing.
    edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    # The calendar is built on first opening and takes the box's locale then (weeks
    # start on Monday, as the app's weeks do); building it now would slow every form.
    return edit


class _ClickableLabel(QLabel):
    """A label that toggles its check box when clicked, as a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.rect().contains(event.position().toPoint()) and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus()


class WrappingCheck(QWidget):
    """A check box whose words wrap onto more lines when the text is large.

    A QCheckBox's own text never wraps, so at 200% text a long label would push the page
    sideways; here the words are a separate label that toggles the box when clicked.
    """

    def __init__(self, text: str, name: str | None = None) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.box.setAccessibleName(name or text)
        self.box.setMinimumHeight(theme.HIT_TARGET)
        self.text_label = _ClickableLabel(text, self.box)
        self.text_label.setWordWrap(True)
        theme.qt_props(self.text_label, textFormat="PlainText")
        self.text_label.setMinimumHeight(theme.HIT_TARGET)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(0.5))
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)

    def isChecked(self) -> bool:
        """True when ticked."""
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        """Tick or untick."""
        self.box.setChecked(checked)

    def text(self) -> str:
        """The words beside the box."""
        return self.text_label.text()


class OptionalDate(QWidget):
    """A date that may be left empty: 'Not noted' with an 'Add date' button, or a date box
    with a 'Clear date' button. `date()` is None while empty."""

    changed = Signal()

    def __init__(self, name: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._default = default
        self.edit = date_edit(name, default)
        self.empty_label = label(self.tr("Not noted"), "muted", wrap=False)
        self.add_button = button(
            self.tr("Add date"), name=self.tr("{name}: add a date").format(name=name)
        )
        self.clear_button = button(
            self.tr("Clear date"), name=self.tr("{name}: leave empty").format(name=name)
        )
        # The button goes under the date when both do not fit side by side (large text).
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(theme.space(1.5))
        self._grid.addWidget(self.empty_label, 0, 0)
        self._grid.addWidget(self.edit, 0, 0)
        self._grid.setColumnStretch(2, 1)
        self._wide: bool | None = None
        self._place_buttons(wide=True)
        self.add_button.clicked.connect(self._add)
        self.clear_button.clicked.connect(self._clear)
        self.edit.dateChanged.connect(self.changed)
        self._empty = True
        self._show()

    def date(self) -> date | None:
        """The date chosen, or None when left empty."""
        return None if self._empty else from_qdate(self.edit.date())

    def set_date(self, day: date | None) -> None:
        """Show a date, or the empty state for None."""
        self._empty = day is None
        self.edit.setDate(to_qdate(day if day is not None else self._default))
        self._show()
        self.changed.emit()

    def set_default(self, day: date) -> None:
        """The date the box starts at when 'Add date' is pressed."""
        self._default = day

    def _add(self) -> None:
        self.set_date(self._default)
        self.edit.setFocus()

    def _clear(self) -> None:
        self.set_date(None)
        self.add_button.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons(wide=event.size().width() >= self._wide_width())

    def _wide_width(self) -> int:
        if self._empty:
            first, second = self.empty_label, self.add_button
        else:
            first, second = self.edit, self.clear_button
        return first.sizeHint().width() + self._grid.spacing() + second.sizeHint().width()

    def _place_buttons(self, *, wide: bool) -> None:
        # Narrow enough for the stacked form, so the page never has to scroll sideways.
        self.setMinimumWidth(
            max(self.edit.minimumSizeHint().width(), self.clear_button.sizeHint().width())
        )
        if wide == self._wide:
            return
        self._wide = wide
        for widget in (self.add_button, self.clear_button):
            self._grid.removeWidget(widget)
            if wide:
                self._grid.addWidget(widget, 0, 1)
            else:
                self._grid.addWidget(widget, 1, 0, alignment=Qt.AlignmentFlag.AlignLeft)

    def _show(self) -> None:
        self._place_buttons(wide=self.width() >= self._wide_width())
        self.empty_label.setVisible(self._empty)
        self.add_button.setVisible(self._empty)
        self.edit.setVisible(not self._empty)
        self.clear_button.setVisible(not self._empty)


class YesNo(QWidget):
    """Two big buttons, Yes and No; tapping the chosen one again clears the answer."""

    #: True, False, or None when cleared.
    valueChanged = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: bool | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusivity is ours, so an answer can be cleared
        self.yes_button = button(
            self.tr("Yes"), "choice", name=self.tr("{name}: yes").format(name=name)
        )
        self.no_button = button(
            self.tr("No"), "choice", name=self.tr("{name}: no").format(name=name)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(1.5))
        for answer, widget in ((True, self.yes_button), (False, self.no_button)):
            widget.setCheckable(True)
            widget.setMinimumWidth(theme.HIT_TARGET * 2)
            widget.clicked.connect(lambda _checked, a=answer: self._tapped(a))
            layout.addWidget(widget)
        layout.addStretch(1)

    def value(self) -> bool | None:
        """The answer, or None."""
        return self._value

    def setValue(self, value: bool | None) -> None:
        """Choose an answer (None clears); emits valueChanged when it changes."""
        changed = value is not self._value
        self._value = value
        # A tick as well as the colour: the chosen answer never shows by colour alone.
        self.yes_button.setChecked(value is True)
        self.no_button.setChecked(value is False)
        yes, no = self.tr("Yes"), self.tr("No")
        self.yes_button.setText(f"✓ {yes}" if value is True else yes)
        self.no_button.setText(f"✓ {no}" if value is False else no)
        if changed:
            self.valueChanged.emit(value)

    def _tapped(self, answer: bool) -> None:
        self.setValue(None if self._value is answer else answer)
