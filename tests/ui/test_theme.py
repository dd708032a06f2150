"""One calm theme: readable colours, shared looks for every form control, a focus ring that
shows in light and dark, the desktop's dark mode followed, and nothing cut at 200% text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coach.core.records import Kind, PlanRow
from coach.store.database import Store
from coach.ui import theme
from coach.ui.main_window import MainWindow
from coach.ui.rating_widget import RatingWidget


@pytest.fixture
def restore_theme(qapp):
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_words_and_the_focus_ring_stand_out_in_both_schemes(palette):
    for ground in (palette.window, palette.surface):
        assert contrast(palette.text, ground) >= 7.0
        assert contrast(palette.muted, ground) >= 4.5
        # WCAG 2.2: a focus indicator needs 3:1 against what is around it.
        assert contrast(palette.focus, ground) >= 3.0
    assert contrast(palette.on_primary, palette.primary) >= 4.5
    assert contrast(palette.on_danger, palette.danger) >= 4.5
    for kind in Kind:
        assert contrast(palette.kind(kind).ink, palette.surface) >= 4.5


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_form_control_has_a_shared_look(palette):
    sheet = theme.build_stylesheet(palette, 1.0)
    for selector in (
        "QLineEdit",
        "QPlainTextEdit",
        "QTextEdit",
        "QAbstractSpinBox",
        "QComboBox",
        "QDateEdit",
        "QTimeEdit",
        "QCheckBox::indicator",
        "QRadioButton::indicator",
        "QCheckBox::indicator:checked",
        "QRadioButton::indicator:checked",
        'QPushButton[role="choice"]:checked',
        "QComboBox QAbstractItemView",
        "QFrame#focusRing",
    ):
        assert re.search(re.escape(selector) + r"[ ,:{]", sheet), selector
    assert f"border: 3px solid {palette.focus}" in sheet  # the ring: thick, in teal
    # No colour but the palette's: every #rrggbb in the sheet is one of its own.
    own = {v for v in vars(palette).values() if isinstance(v, str)}
    own |= {c for k in Kind for c in vars(palette.kind(k)).values()}
    assert set(re.findall(r"#[0-9A-Fa-f]{6}\b", sheet)) <= own


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_icons_the_stylesheet_draws_exist_for_the_scheme(palette):
    sheet = theme.build_stylesheet(palette, 2.0)
    urls = re.findall(r'url\("([^"]+)"\)', sheet)
    assert len(set(urls)) >= 3  # chevrons down and up, the tick
    for url in urls:
        assert Path(url).is_file(), url
        assert ("-dark." in url) == palette.is_dark


def test_the_text_size_grows_every_role_and_the_side_bar_less(qapp):
    small = theme.build_stylesheet(theme.LIGHT, 1.0)
    large = theme.build_stylesheet(theme.LIGHT, 2.0)
    assert "14.0pt" in small and "28.0pt" in large
    assert theme.navigation_point_size(1.0) == theme.point_size(theme.TextRole.LARGE)
    assert theme.navigation_point_size(2.0) == theme.point_size(theme.TextRole.BODY, 2.0)


def test_system_mode_follows_the_desktop_switching_to_dark(qapp, restore_theme, monkeypatch):
    theme.apply_theme(qapp, theme.ColourMode.SYSTEM, 1.5)
    asked: list[bool] = []
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: asked.append(1) or True)
    hints = qapp.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        pytest.skip("Qt older than 6.5")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert asked and theme.current_palette(qapp) is theme.DARK
    assert theme.DARK.window in qapp.styleSheet()
    assert theme.current_text_scale(qapp) == 1.5  # the text size stays as it was
    # A fixed choice is left alone when the desktop changes.
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_palette(qapp) is theme.LIGHT


def test_the_rating_words_wrap_instead_of_widening_the_page(qapp, qtbot, restore_theme):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    rating = RatingWidget(low_label="0 = no spasm at all", high_label="10 = the worst ever")
    qtbot.addWidget(rating)
    rating.resize(rating.minimumSizeHint().width(), 300)
    rating.show()
    qtbot.waitExposed(rating)
    labels = [w for w in rating.findChildren(QLabel) if w.text()]
    assert len(labels) == 3 and all(w.wordWrap() for w in labels)
    for widget in labels:
        assert widget.geometry().right() <= rating.width()


def test_the_side_bar_never_cuts_a_word_at_200_percent(qapp, qtbot, tmp_path, restore_theme):
    store = Store.open(tmp_path / "d")
    window = MainWindow(store)
    qtbot.addWidget(window)
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()
    nav = window.navigation
    bold = nav.font()
    bold.setBold(True)
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(bold)
    room = nav.viewport().width() - 2 * 12 - 6  # item padding and the marker
    for i in range(nav.count()):
        nav.setCurrentRow(i)  # the current one is bold
        for word in nav.item(i).text().split():
            assert metrics.horizontalAdvance(word) <= room, word
    # And the page keeps the room it needs.
    assert window.stack.width() >= 1024 - window.sidebar.width() - 1
    window.close()
    store.close()


def _no_overlaps(widgets: list[QWidget], parent: QWidget) -> list[str]:
    boxes = [(w, QRect(w.mapTo(parent, QPoint(0, 0)), w.size())) for w in widgets]
    found = []
    for i, (a, ra) in enumerate(boxes):
        for b, rb in boxes[i + 1 :]:
            if ra.intersects(rb):
                found.append(f"{a.objectName()} overlaps {b.objectName()}")
    return found


def test_the_player_at_200_percent_in_a_small_window_cuts_nothing(
    qapp, qtbot, tmp_path, restore_theme
):
    from coach.core.clock import FakeClock

    store = Store.open(tmp_path / "d")
    store.add_plan_row(PlanRow(date(2026, 1, 1), Kind.STRETCH, 1, frozenset(range(7))))
    theme.apply_theme(qapp, theme.ColourMode.DARK, 2.0)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    library = window.screen("routines")
    library.session_clock = clock = FakeClock(1000.0)
    library.cues_factory = lambda settings: None
    flow = library.start(library.library.find("neck-shoulder-release"))
    for question in flow.before.questions:
        question.yes_button.click()
    flow.before.rating.setValue(6)
    flow.before.start_button.click()
    player = flow.player
    for _ in range(40):  # into the upper-trapezius stretch, with its long instruction
        clock.advance(1.0)
        flow.runner.poll()
    for _ in range(4):
        QApplication.processEvents()
    words = [
        w
        for w in (
            player.title_label,
            player.rep_label,
            player.countdown,
            player.instruction_label,
            player.cue_label,
            player.next_label,
        )
        if w.isVisibleTo(player)
    ]
    assert player.instruction_label in words
    assert not _no_overlaps(words, player.info)
    for label in (player.title_label, player.instruction_label):
        # Whole: as tall as its wrapped words need at its width.
        assert label.height() >= label.heightForWidth(label.width())
    # The words column is never taller than what the page can show or scroll to.
    scroll = player.info_scroll
    assert (
        player.info.height()
        >= player.info.layout().totalHeightForWidth(scroll.viewport().width()) - 1
    )
    # Page Down reaches the rest when it must scroll.
    bar = scroll.verticalScrollBar()
    if bar.maximum() > 0:
        player.scroll_words_down()
        assert bar.value() > 0
    # The controls are whole and inside the window.
    for button in (player.back_button, player.pause_button, player.next_button):
        box = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert window.rect().contains(box)
        assert button.width() >= button.sizeHint().width() - 1
    stop = player.stop_button
    assert window.rect().contains(QRect(stop.mapTo(window, QPoint(0, 0)), stop.size()))
    flow.abandon()
    window.close()
    store.close()
