"""The About and sources screen: the app's limits in plain words and the sources behind
the built-in routines and safety rules, as text a reader can select and copy."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from coach.store.database import Store
from coach.ui.main_window import SCREENS, MainWindow
from coach.ui.sources_view import SourcesView


@pytest.fixture
def view(qtbot):
    widget = SourcesView()
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_limits_are_said_plainly(view):
    text = shown_text(view)
    for words in (
        "does not replace them",
        "not a medical device",
        "not a clinical scale",
        "never suggests changing your injections",
        "call emergency services",
        "stays on this computer",
    ):
        assert words in text, words


def test_the_clinical_sources_are_named(view):
    titles = "\n".join(view.source_titles)
    for source in (
        "Dystonia UK",
        "Dystonia Europe",
        "ACSM",
        "Dystonia Coalition",
        "UW Health",
        "Zaccaro",
        "Fincham",
        "Farrar",
        "PGIC",
        "Poliziani",
        "Symptom Snap",
        "Bachmann",
        "Lambert",
    ):
        assert source in titles, source


def test_the_text_can_be_selected_and_copied(view):
    from PySide6.QtCore import Qt

    titles = [
        label for label in view.findChildren(QLabel) if label.text() in view.source_titles
    ]
    assert len(titles) == len(view.source_titles)
    for label in titles:
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert label.textFormat() == Qt.TextFormat.PlainText  # no link opens from here


def test_the_screen_is_in_the_navigation(qtbot, data_dir):
    assert [s.key for s in SCREENS][-2:] == ["settings", "sources"]
    with Store.open(data_dir) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show_screen("sources")
        assert isinstance(window.current_screen(), SourcesView)
        window.close()
