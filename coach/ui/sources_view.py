"""The "About and sources" screen: what the app cannot do, and where its numbers come from.

Plain text only, selectable so a patient or clinician can copy a title into a search.
The sources are those behind the built-in routines and safety rules (shared/CLINICAL.md),
described in our own words; no link is opened from here (the app has no network code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach import __version__
from coach.ui import theme
from coach.ui.page import card, fit_content_width, label, scroll_page

if TYPE_CHECKING:
    from coach.store.database import Store


class SourcesView(QWidget):
    """What the app is, its limits in plain words, and its sources."""

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_titles: list[str] = []
        self._scroll, self._content, column = scroll_page(self)
        fit_content_width(self._content)
        column.addWidget(label(self.tr("About and sources"), "title"))
        column.addWidget(
            label(
                self.tr("Trapezius Coach, version {version}").format(version=__version__),
                "muted",
            )
        )
        column.addWidget(self._limits_card())
        column.addWidget(
            label(
                self.tr(
                    "The built-in routines and safety rules follow the sources below. Every "
                    "number in them is a starting point that you and your clinician can "
                    "change."
                )
            )
        )
        for heading, sources in self._sources():
            column.addWidget(self._sources_card(heading, sources))
        column.addStretch(1)

    # --- the limits ---------------------------------------------------------------------

    def _limits_card(self) -> QFrame:
        frame, layout = card("notice")
        frame.setObjectName("limitsCard")
        layout.addWidget(label(self.tr("What this app can and cannot do"), "heading"))
        self.limits = [
            self.tr(
                "It supports the plan agreed with your clinician or physiotherapist. It "
                "does not replace them, and it cannot tell whether an exercise is right "
                "for you."
            ),
            self.tr(
                "It does not diagnose, treat or cure anything. It is not a medical device."
            ),
            self.tr(
                "The 0 to 10 spasm number is your own tracking figure, not a clinical "
                "scale. Charts show patterns over time, not their causes; the wearing-off "
                "line is an estimate."
            ),
            self.tr(
                "It never suggests changing your injections or medicines. Talk about what "
                "you see with your clinician."
            ),
            self.tr(
                "It cannot call for help. If swallowing, speaking or breathing becomes "
                "hard, or in any emergency, call emergency services."
            ),
            self.tr(
                "Reminders appear only while the app is running. Your diary stays on this "
                "computer: keep a copy of the data folder somewhere safe."
            ),
        ]
        for text in self.limits:
            row = QHBoxLayout()
            row.setSpacing(theme.space(1))
            bullet = label("•", wrap=False)
            theme.qt_props(bullet, alignment="AlignLeft|AlignTop")
            line = label(text)
            theme.qt_props(line, textInteractionFlags="TextSelectableByMouse")
            row.addWidget(bullet)
            row.addWidget(line, 1)
            layout.addLayout(row)
        return frame

    # --- the sources --------------------------------------------------------------------

    def _sources(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(heading, [(title, what we took from it)]) per topic."""
        return [
            (
                self.tr("Stretching with dystonia"),
                [
                    (
                        self.tr("Dystonia UK — dystonia.org.uk"),
                        self.tr(
                            "Cervical dystonia is not ordinary neck tension; unsuitable "
                            "stretching or weight training can make it worse, so a "
                            "programme is best set by a physiotherapist who knows dystonia."
                        ),
                    ),
                    (
                        self.tr(
                            "Dystonia Europe, physiotherapy platform — dystonia-europe.org"
                        ),
                        self.tr(
                            "Train away from the direction of the pull, starting where the "
                            "spasm is calmest; no loaded strengthening and no fast neck "
                            "circles."
                        ),
                    ),
                    (
                        self.tr(
                            "American College of Sports Medicine (ACSM): Guidelines for "
                            "Exercise Testing and Prescription, 11th edition, 2021"
                        ),
                        self.tr(
                            "Static holds of 10 to 30 seconds, 2 to 4 times, to mild "
                            "tightness and never pain; no bouncing."
                        ),
                    ),
                    (
                        self.tr(
                            "Physiotherapy clinic handouts for neck and shoulder stretches"
                        ),
                        self.tr(
                            "Holds and repeats for the upper-trapezius and levator "
                            "scapulae stretches, chin tucks, head turns and shoulder-blade "
                            "squeezes."
                        ),
                    ),
                    (
                        self.tr(
                            "Dystonia Coalition study of sensory tricks in 154 people with "
                            "cervical dystonia"
                        ),
                        self.tr(
                            "Most used a light touch to the chin, cheek or head to ease "
                            "the pull for a while; imagining the touch can work too."
                        ),
                    ),
                ],
            ),
            (
                self.tr("Heat"),
                [
                    (
                        self.tr("Patient leaflets on heat packs and burns-unit warnings"),
                        self.tr(
                            "At most 15 to 20 minutes through a towel, skin checked every "
                            "few minutes; 10 minutes for reduced feeling, diabetes or poor "
                            "circulation; never while drowsy."
                        ),
                    ),
                    (
                        self.tr("UW Health leaflet on care after botulinum toxin injections"),
                        self.tr("No heat over an injection site in the first 24 hours."),
                    ),
                ],
            ),
            (
                self.tr("Breathing and relaxation"),
                [
                    (
                        self.tr(
                            "Zaccaro and others, 2018: a systematic review of slow "
                            "breathing (Frontiers in Human Neuroscience)"
                        ),
                        self.tr(
                            "Breathing slower than 10 breaths a minute is linked with "
                            "calmer heart-rate patterns; a 2024 review of 31 studies "
                            "agrees."
                        ),
                    ),
                    (
                        self.tr(
                            "Fincham and others, 2023: a meta-analysis of 58 trials of "
                            "breathwork (Scientific Reports)"
                        ),
                        self.tr("Guided practice of 5 minutes or longer worked better."),
                    ),
                ],
            ),
            (
                self.tr("The diary and its numbers"),
                [
                    (
                        self.tr(
                            "Farrar and others, 2001: changes on a 0 to 10 pain scale (Pain)"
                        ),
                        self.tr(
                            "A change of about 2 points feels like a real difference, so "
                            'the app uses 2 points for "this helped" or "this got worse".'
                        ),
                    ),
                    (
                        self.tr(
                            "Patient Global Impression of Change (PGIC), public domain via "
                            "the US National Institute of Neurological Disorders and Stroke"
                        ),
                        self.tr(
                            'The seven answers to "how are you since your last injection?"'
                        ),
                    ),
                ],
            ),
            (
                self.tr("The injection cycle"),
                [
                    (
                        self.tr(
                            "A 2020 study of the injection cycle (Journal of Neurology); "
                            "Dystonia Europe; Poliziani and others, 2016"
                        ),
                        self.tr(
                            "The benefit starts within about a week, is strongest around "
                            "weeks 4 to 6 and fades from about week 8; injections are "
                            "usually at least 12 weeks apart."
                        ),
                    ),
                    (
                        self.tr(
                            "A UK focus group of 31 patients, and the Symptom Snap patient "
                            "app study, 2024"
                        ),
                        self.tr(
                            "Symptoms coming back before the next injection are common "
                            "and expected."
                        ),
                    ),
                    (
                        self.tr("Prescribing information for Botox (cervical dystonia trials)"),
                        self.tr(
                            "The side effects listed in the diary, such as trouble "
                            "swallowing, and the warning signs that need the clinic."
                        ),
                    ),
                ],
            ),
            (
                self.tr("Keeping going"),
                [
                    (
                        self.tr(
                            "Bachmann and others, 2018: a review of adherence to home exercise"
                        ),
                        self.tr("Fewer exercises, 2 to 4 core ones, are easier to keep up."),
                    ),
                    (
                        self.tr(
                            "Lambert and others, 2017: a randomised trial of an exercise "
                            "app (Journal of Physiotherapy); a 2022 review of digital tools"
                        ),
                        self.tr(
                            "Reminders, feedback and short sessions help people keep to a "
                            "home programme; weekly goals count, not unbroken days."
                        ),
                    ),
                ],
            ),
        ]

    def _sources_card(self, heading: str, sources: list[tuple[str, str]]) -> QFrame:
        frame, layout = card()
        layout.addWidget(label(heading, "heading"))
        for i, (title, detail) in enumerate(sources):
            if i:
                layout.addSpacing(theme.space(0.5))
            entry = QVBoxLayout()
            entry.setSpacing(theme.space(0.25))
            title_label = label(title, "kindtitle")
            detail_label = label(detail, "muted")
            for widget in (title_label, detail_label):
                theme.qt_props(widget, textInteractionFlags="TextSelectableByMouse")
            entry.addWidget(title_label)
            entry.addWidget(detail_label)
            layout.addLayout(entry)
            self.source_titles.append(title)
        return frame

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            fit_content_width(self._content)
