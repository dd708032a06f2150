"""The Injections screen's form: date, product, units, muscles, the days the benefit and
the wearing-off were noticed, side effects with the day each began, and a note.

Checking happens here, and each problem is written in plain words under its own field;
nothing is saved until it is fixed, and nothing typed is cleared by a problem.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QStringListModel, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.records import SIDE_EFFECT_NAMES, Injection, SideEffect
from coach.ui import theme
from coach.ui.form_fields import (
    NOTE_MAX_CHARS,
    OptionalDate,
    WrappingCheck,
    button,
    date_edit,
    from_qdate,
    line_edit,
    note_edit,
    problem_label,
    short_date,
    show_problem,
    to_qdate,
)
from coach.ui.i18n import translate
from coach.ui.page import label

#: An injection further ahead than this is almost surely a typing slip in the year.
MAX_DAYS_AHEAD = 365
#: More units than any treatment uses; a bigger number is a slip of the keyboard.
MAX_UNITS = 10_000
OTHER = "other"

#: What the patient reads for each side-effect name the diary stores.
SIDE_EFFECT_LABELS: dict[str, str] = {
    "swallowing": QT_TRANSLATE_NOOP("InjectionForm", "Difficulty swallowing"),
    "neck weakness": QT_TRANSLATE_NOOP("InjectionForm", "Neck weakness or a heavy head"),
    "voice change": QT_TRANSLATE_NOOP("InjectionForm", "Voice change"),
    "dry mouth": QT_TRANSLATE_NOOP("InjectionForm", "Dry mouth"),
    "injection-site pain": QT_TRANSLATE_NOOP(
        "InjectionForm", "Pain or redness where the needle went in"
    ),
    "double vision": QT_TRANSLATE_NOOP("InjectionForm", "Double vision or a drooping eyelid"),
    OTHER: QT_TRANSLATE_NOOP("InjectionForm", "Something else"),
}
assert set(SIDE_EFFECT_LABELS) == set(SIDE_EFFECT_NAMES)  # a new name needs its words


def effect_label(name: str) -> str:
    """Words for a stored side-effect name ('other: rash' -> 'rash')."""
    if name in SIDE_EFFECT_LABELS and name != OTHER:
        return translate("InjectionForm", SIDE_EFFECT_LABELS[name])
    if name == OTHER:
        return translate("InjectionForm", "something else")
    return other_text(name) or name


def other_text(name: str) -> str:
    """The free text of an 'other: ...' name ('' for a bare 'other')."""
    lowered = name.lower()
    if lowered == OTHER:
        return ""
    if lowered.startswith(f"{OTHER}:"):
        return name[len(OTHER) + 1 :].strip()
    return name


def parse_units(text: str) -> tuple[float | None, str]:
    """Units from what was typed: (value, '') or (None, a message); blank is (None, '')."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None, ""
    try:
        value = float(cleaned)
    except ValueError:
        return None, translate("InjectionForm", "Units should be a number, for example 200.")
    if not math.isfinite(value) or value > MAX_UNITS:
        return None, translate("InjectionForm", "That number looks too large; please check it.")
    if value < 0:
        return None, translate("InjectionForm", "Units cannot be below 0.")
    return value, ""


def units_text(units: float | None) -> str:
    """'200' for a whole number, '12.5' otherwise, '' for none."""
    if units is None:
        return ""
    # str() of a float is its shortest exact form, so saving it back changes nothing.
    return str(int(units)) if float(units).is_integer() else str(float(units))


@dataclass
class SideEffectRow:
    """One side effect in the form: a check box and, once ticked, the day it began."""

    name: str
    box: WrappingCheck
    when: OptionalDate
    detail: QWidget  # holds the date (and for 'other', the words)
    problem: QLabel
    text: QLineEdit | None = None  # only for 'other'


class InjectionForm(QFrame):
    """The injection form as a card; `injection()` reads and checks it."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.setObjectName("injectionForm")
        theme.set_role(self, "card")
        self.editing: Injection | None = None
        self._kept_effects: tuple[SideEffect, ...] = ()
        # The stored name behind "Something else" and the words shown for it: unchanged
        # words keep that exact name (an imported "headache" stays "headache").
        self._other_name: tuple[str, str] | None = None
        self._today = today
        layout = QVBoxLayout(self)
        pad = theme.space(2.5)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.space(1))

        self.heading = label(self.tr("Add an injection"), "heading")
        self.heading.setObjectName("injectionFormHeading")
        layout.addWidget(self.heading)
        layout.addWidget(
            label(self.tr("Only the date is needed; add the rest if you know it."), "muted")
        )

        self.date = date_edit(self.tr("Date of the injection"), today)
        self.date_problem = self._field(layout, self.tr("Date of the injection"), self.date)
        self.date.dateChanged.connect(self._date_changed)

        # Examples go in small wrapping hints, not placeholders: a placeholder is cut off
        # with large text, and vanishes as soon as one types.
        self.product = line_edit(self.tr("Product (optional)"))
        self._field(
            layout,
            self.tr("Product"),
            self.product,
            hint=self.tr("For example Botox, Dysport or Xeomin."),
        )
        self._products = QStringListModel(self)
        completer = QCompleter(self._products, self)
        theme.qt_props(completer, caseSensitivity="CaseInsensitive")
        self.product.setCompleter(completer)

        self.units = line_edit(self.tr("Units (optional)"), max_chars=12)
        self.units_problem = self._field(
            layout, self.tr("Units"), self.units, hint=self.tr("A number, for example 200.")
        )

        self.muscles = line_edit(self.tr("Muscles injected (optional)"))
        self._field(
            layout,
            self.tr("Muscles injected"),
            self.muscles,
            hint=self.tr(
                "As your clinic wrote them, for example: left trapezius, right splenius."
            ),
        )

        default = self._default_noticed()
        self.onset = OptionalDate(self.tr("Benefit noticed on"), default)
        self.onset_problem = self._field(
            layout,
            self.tr("Benefit noticed on"),
            self.onset,
            hint=self.tr("The first day you felt the injection working."),
        )
        self.wearing_off = OptionalDate(self.tr("Wearing off noticed on"), default)
        self.wearing_off_problem = self._field(
            layout,
            self.tr("Wearing off noticed on"),
            self.wearing_off,
            hint=self.tr("The first day you felt it fading. This is common and expected."),
        )

        layout.addSpacing(theme.space(1.5))
        layout.addWidget(label(self.tr("Side effects"), "large"))
        layout.addWidget(
            label(self.tr("Tick any you noticed, and the day it began if you know."), "muted")
        )
        self.effects: list[SideEffectRow] = [self._effect_row(n) for n in SIDE_EFFECT_NAMES]
        for row in self.effects:
            layout.addWidget(row.box)
            layout.addWidget(row.detail)
            layout.addWidget(row.problem)
        self.kept_label = label("", "small")
        self.kept_label.hide()
        layout.addWidget(self.kept_label)

        layout.addSpacing(theme.space(1))
        self.note = note_edit(self.tr("Note about this injection (optional)"))
        self.note_problem = self._field(layout, self.tr("Note"), self.note)

        layout.addSpacing(theme.space(1))
        actions = QHBoxLayout()
        actions.setSpacing(theme.space(1.5))
        self.save_button = button(
            self.tr("Save injection"), "primary", name=self.tr("Save this injection")
        )
        self.save_button.setObjectName("saveInjection")
        self.cancel_button = button(
            self.tr("Cancel"), name=self.tr("Close the form without saving")
        )
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = label("", "problem")
        self.status.setObjectName("injectionFormStatus")
        self.status.hide()
        layout.addWidget(self.status)

    # --- building ---------------------------------------------------------------------

    def _field(
        self, layout: QVBoxLayout, title: str, widget: QWidget, *, hint: str = ""
    ) -> QLabel:
        layout.addSpacing(theme.space(1))
        caption = label(title, "large")
        caption.setBuddy(widget)
        layout.addWidget(caption)
        if hint:
            layout.addWidget(label(hint, "small"))
        layout.addWidget(widget)
        problem = problem_label()
        layout.addWidget(problem)
        return problem

    def _effect_row(self, name: str) -> SideEffectRow:
        words = translate("InjectionForm", SIDE_EFFECT_LABELS[name])
        box = WrappingCheck(words, self.tr("Side effect: {name}").format(name=words))
        detail = QWidget()
        column = QVBoxLayout(detail)
        # Indented under its box, so it reads as belonging to it.
        column.setContentsMargins(theme.space(5), 0, 0, theme.space(1))
        column.setSpacing(theme.space(0.75))
        text = None
        if name == OTHER:
            text = line_edit(self.tr("What else did you notice"), max_chars=80)
            what = label(self.tr("What was it?"), wrap=False)
            what.setBuddy(text)
            column.addWidget(what)
            column.addWidget(text)
        column.addWidget(label(self.tr("Began on"), wrap=False))
        when = OptionalDate(
            self.tr("{name}: began on").format(name=words), self._default_noticed()
        )
        column.addWidget(when)
        problem = problem_label()
        problem.setContentsMargins(theme.space(5), 0, 0, 0)
        detail.hide()
        box.box.toggled.connect(detail.setVisible)
        return SideEffectRow(name, box, when, detail, problem, text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Once the box has its new font (after this event): room for about 8 digits.
            QTimer.singleShot(0, self, self._fit_units)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_units()

    def _fit_units(self) -> None:
        digits = self.units.fontMetrics().horizontalAdvance("0" * 8)
        self.units.setMaximumWidth(digits + theme.space(5))

    # --- modes ------------------------------------------------------------------------

    def set_products(self, products: list[str]) -> None:
        """Products used before, offered as the patient types."""
        self._products.setStringList(products)

    def start_new(self, today: date) -> None:
        """An empty form for a new injection dated today."""
        self._today = today
        self.editing = None
        self.heading.setText(self.tr("Add an injection"))
        self.save_button.setText(self.tr("Save injection"))
        self.save_button.setAccessibleName(self.tr("Save this injection"))
        self._fill(Injection(id="", date=today))

    def start_edit(self, injection: Injection, today: date) -> None:
        """The form filled with an injection, to change it."""
        self._today = today
        self.editing = injection
        self.heading.setText(
            self.tr("Change the injection of {day}").format(day=short_date(injection.date))
        )
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes to this injection"))
        self._fill(injection)

    def _fill(self, injection: Injection) -> None:
        self.date.setDate(to_qdate(injection.date))
        self.product.setText(injection.product)
        self.units.setText(units_text(injection.units))
        self.muscles.setText(injection.muscles)
        self._date_changed()
        self.onset.set_date(injection.onset_noticed)
        self.wearing_off.set_date(injection.wearing_off_noticed)
        by_name = {row.name: row for row in self.effects}
        for row in self.effects:
            row.box.setChecked(False)
            row.when.set_date(None)
            if row.text is not None:
                row.text.clear()
        kept: list[SideEffect] = []
        self._other_name = None
        for effect in injection.side_effects:
            row = by_name.get(effect.name)
            other = by_name[OTHER]
            if row is None or row.name == OTHER:
                # A name the form has no box for goes in "Something else" (the first one);
                # any more are kept exactly as they are, and listed, never dropped.
                if other.box.isChecked():
                    kept.append(effect)
                    continue
                row = other
                assert row.text is not None
                words = other_text(effect.name) if effect.name != OTHER else ""
                row.text.setText(words)
                self._other_name = (effect.name, words)
            row.box.setChecked(True)
            row.when.set_date(effect.noticed_on)
        self._kept_effects = tuple(kept)
        listed = ", ".join(
            effect_label(e.name) + (f" ({short_date(e.noticed_on)})" if e.noticed_on else "")
            for e in kept
        )
        self.kept_label.setText(
            self.tr("Also recorded, and kept as they are: {effects}.").format(effects=listed)
        )
        self.kept_label.setVisible(bool(kept))
        self.note.setPlainText(injection.note)
        self._clear_problems()
        self.show_status("")

    def _default_noticed(self) -> date:
        # "Add date" starts at today, but never before the injection itself.
        try:
            injected = from_qdate(self.date.date())
        except AttributeError:  # while building, before the date box exists
            injected = self._today
        return max(injected, self._today)

    def _date_changed(self) -> None:
        default = self._default_noticed()
        self.onset.set_default(default)
        self.wearing_off.set_default(default)
        for row in self.effects:
            row.when.set_default(default)

    def show_status(self, text: str, *, ok: bool = False) -> None:
        """A calm line under Save."""
        theme.set_role(self.status, "confirmed" if ok else "problem")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _clear_problems(self) -> None:
        for problem in self._problem_labels():
            show_problem(problem, "")

    def _problem_labels(self) -> list[QLabel]:
        fixed = [
            self.date_problem,
            self.units_problem,
            self.onset_problem,
            self.wearing_off_problem,
            self.note_problem,
        ]
        return fixed + [row.problem for row in self.effects]

    # --- reading it -------------------------------------------------------------------

    def injection(self, new_id: str, today: date) -> Injection | None:
        """The injection the form describes, or None after showing what needs fixing."""
        self._today = today
        self._clear_problems()
        problems: list[tuple[QLabel, str, QWidget]] = []
        injected = from_qdate(self.date.date())
        if injected > today + timedelta(days=MAX_DAYS_AHEAD):
            problems.append(
                (
                    self.date_problem,
                    self.tr("That date is more than a year ahead. Please check the year."),
                    self.date,
                )
            )
        units, units_problem = parse_units(self.units.text())
        if self.editing is not None and self.units.text() == units_text(self.editing.units):
            units, units_problem = self.editing.units, ""  # as stored, whatever it is
        if units_problem:
            problems.append((self.units_problem, units_problem, self.units))
        onset = self.onset.date()
        wearing_off = self.wearing_off.date()
        for day, problem, widget, too_early in (
            (
                onset,
                self.onset_problem,
                self.onset,
                self.tr("The benefit cannot be noticed before the injection ({day})."),
            ),
            (
                wearing_off,
                self.wearing_off_problem,
                self.wearing_off,
                self.tr("Wearing off cannot be noticed before the injection ({day})."),
            ),
        ):
            message = _noticed_problem(day, injected, today, too_early)
            if message:
                problems.append((problem, message, widget))
        wearing_off_flagged = any(p[0] is self.wearing_off_problem for p in problems)
        if onset and wearing_off and wearing_off < onset and not wearing_off_flagged:
            problems.append(
                (
                    self.wearing_off_problem,
                    self.tr(
                        "This is before the day the benefit was noticed ({day}). "
                        "Please check both dates."
                    ).format(day=short_date(onset)),
                    self.wearing_off,
                )
            )
        effects: list[SideEffect] = []
        for row in self.effects:
            if not row.box.isChecked():
                continue
            name = row.name
            if row.text is not None:
                words = " ".join(row.text.text().split())
                if ";" in words or "@" in words:
                    problems.append(
                        (row.problem, self.tr("Please leave out ; and @ here."), row.text)
                    )
                    continue
                name = f"{OTHER}: {words}" if words else OTHER
                if self._other_name is not None and self._other_name[1] == words:
                    name = self._other_name[0]
            noticed = row.when.date()
            message = _noticed_problem(
                noticed,
                injected,
                today,
                self.tr("A side effect cannot be noticed before the injection ({day})."),
            )
            if message:
                problems.append((row.problem, message, row.when))
            effects.append(SideEffect(name, noticed))
        note = self.note.toPlainText().strip()
        if len(note) > NOTE_MAX_CHARS:
            message = self.tr("Please keep the note under {most} characters.").format(
                most=NOTE_MAX_CHARS
            )
            problems.append((self.note_problem, message, self.note))
        if problems:
            for problem, message, _widget in problems:
                show_problem(problem, message)
            problems[0][2].setFocus()
            self.show_status(self.tr("Not saved yet: please look at the messages above."))
            return None
        effects.extend(self._kept_effects)
        return Injection(
            id=self.editing.id if self.editing else new_id,
            date=injected,
            product=" ".join(self.product.text().split()),
            units=units,
            muscles=" ".join(self.muscles.text().split()),
            onset_noticed=onset,
            wearing_off_noticed=wearing_off,
            side_effects=tuple(effects),
            note=note,
        )


def _noticed_problem(day: date | None, injected: date, today: date, too_early: str) -> str:
    """Why a 'noticed on' day cannot be right, or '' (too_early has a {day} for the
    injection's date)."""
    if day is None:
        return ""
    if day < injected:
        return too_early.format(day=short_date(injected))
    if day > today:
        return translate("InjectionForm", "That day has not come yet.")
    return ""
