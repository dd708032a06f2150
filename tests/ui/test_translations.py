"""The German translation: it loads, screens speak it, and it stays complete and correct.

English is the source language (the words in the code); German comes from
assets/translations/coach_de.ts, built into coach_de.qm (docs/translating.md).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from coach.core.heat_safety import HeatRules
from coach.core.records import Injection, Kind, SymptomEntry
from coach.core.session_rules import may_start
from coach.core.settings import Settings
from coach.store.database import Store
from coach.tools import update_translations as tools
from coach.ui import i18n
from coach.ui.i18n import choose_language, current_language, install_translator

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
THURSDAY = date(2026, 11, 26)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def german(qapp):
    """German for one test; English again afterwards, whatever happens."""
    assert install_translator(qapp, "de") == "de"
    yield qapp
    install_translator(qapp, "en")


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


# The .ts file and the code lupdate reads live in the source checkout this test file is in
# (in CI the package itself is installed into the virtual environment, without them).
tools.REPO = Path(__file__).resolve().parents[2]
tools.TRANSLATIONS = tools.REPO / "assets" / "translations"


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message in coach_de.ts."""
    root = ET.parse(tools.ts_file("de")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


# --- choosing the language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "locale", "expected"),
    [
        ("system", GERMAN, "de"),
        ("system", QLocale(QLocale.Language.German, QLocale.Country.Austria), "de"),
        ("system", ENGLISH_US, "en"),
        ("system", FRENCH, "en"),  # no French yet: English, never a half-translated mix
        ("de", ENGLISH_US, "de"),  # the setting overrides the system
        ("en", GERMAN, "en"),
        ("de_DE", ENGLISH_US, "de"),
        ("klingon", GERMAN, "en"),
        ("", GERMAN, "de"),  # an empty stored value means "system"
    ],
)
def test_the_language_follows_the_setting_and_else_the_system(setting, locale, expected):
    assert choose_language(setting, locale) == expected


def test_system_with_a_german_locale_loads_german(qapp):
    try:
        assert install_translator(qapp, "system", GERMAN) == "de"
        assert current_language(qapp) == "de"
        assert QCoreApplication.translate("DiaryView", "Diary") == "Tagebuch"
    finally:
        install_translator(qapp, "en")


def test_english_stays_english(qapp):
    assert install_translator(qapp, "en", GERMAN) == "en"
    assert current_language(qapp) == "en"
    assert QCoreApplication.translate("DiaryView", "Diary") == "Diary"


def test_switching_back_and_forth_leaves_one_translation_installed(qapp):
    try:
        for _ in range(3):
            install_translator(qapp, "de")
        assert QCoreApplication.translate("DiaryView", "Diary") == "Tagebuch"
        install_translator(qapp, "en")
        assert QCoreApplication.translate("DiaryView", "Diary") == "Diary"
        assert current_language(qapp) == "en"
    finally:
        install_translator(qapp, "en")


def test_a_missing_translation_file_falls_back_to_english(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert install_translator(qapp, "de") == "en"
    assert QCoreApplication.translate("DiaryView", "Diary") == "Diary"


def test_qt_own_words_follow_when_qt_ships_them(german):
    # Standard dialog buttons come from Qt's qtbase_de.qm, when the Qt install has it.
    from PySide6.QtCore import QLibraryInfo

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not list(__import__("pathlib").Path(qt_dir).glob("qtbase_de.qm")):
        pytest.skip("this Qt has no German words of its own")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


# --- screens in German -----------------------------------------------------------------------


def test_the_diary_screen_speaks_german(german, qtbot, store):
    from coach.ui.diary_view import DiaryView

    store.add_symptom(SymptomEntry(id="a", recorded_at=local(THURSDAY, 9, 5), spasm=6, pain=4))
    view = DiaryView(store, now=lambda: local(THURSDAY, 10, 32))
    qtbot.addWidget(view)
    view.refresh()
    assert view.form.heading.text() == "Wie stark sind Ihre Verkrampfungen gerade?"
    assert view.form.save_button.text() == "Speichern"
    block = view.day_blocks[0]
    assert block.heading.text() == "Heute"
    assert block.heading.accessibleName() == "Heute: 1 Eintrag"
    row = view.rows[0]
    assert row.spasm_label.text() == "Verkrampfung 6"
    assert row.extras_label.text() == "Schmerz 4"
    assert row.change_button.text() == "Ändern"


def test_the_injections_screen_speaks_german_with_german_dates(german, qtbot, store):
    from coach.ui.injections_view import InjectionsView, cycle_line

    store.add_injection(Injection(id="i", date=THURSDAY - timedelta(days=22), units=200))
    view = InjectionsView(store)
    qtbot.addWidget(view)
    view.refresh()
    assert "Mittwoch, 4. November 2026" in view.rows[0].text
    assert "200 Einheiten" in view.rows[0].text
    assert cycle_line([date(2026, 11, 3)], THURSDAY) == (
        "Tag 23 seit Ihrer Injektion am 3. November (Woche 4)."
    )


def test_the_after_session_summary_speaks_german(german):
    from coach.core.records import SessionRecord, SessionStatus
    from coach.ui.after_view import closing_words, ended_heading, summary_line

    record = SessionRecord(
        id="s",
        routine_id="r",
        routine_title="Morning stretches",
        kind=Kind.STRETCH,
        started_at=local(THURSDAY, 8),
        planned_seconds=600,
        active_seconds=660,
        steps_done=8,
        steps_total=9,
        status=SessionStatus.PARTIAL,
        spasm_before=6,
        spasm_after=4,
    )
    assert ended_heading(record) == "Einheit beendet"
    assert summary_line(record) == "8 von 9 Schritten · 11 Min. · Verkrampfung 6 → 4"
    assert closing_words(record) == [
        "Sie haben einen Teil des Programms gemacht. Auch das zählt."
    ]


def test_a_refused_heat_session_says_why_in_german(german):
    from coach.core.routine import Routine
    from coach.ui.core_words import decision_words

    heat = Routine(id="heat", title="Heat", kind=Kind.HEAT, summary="", steps=())
    now = local(THURSDAY, 10)
    decision = may_start(heat, now, [], [THURSDAY], Settings())
    assert not decision.allowed
    assert decision.message.startswith("After an injection, heat waits")  # core: English
    words = decision_words(decision, now)
    assert words.startswith("Nach einer Injektion wartet die Wärme")
    assert "ab morgen um " in words or "ab Samstag, 28. November" in words


def test_core_words_stay_core_words_in_english(qapp):
    from coach.core.heat_safety import heat_allowed
    from coach.ui.core_words import decision_words

    now = local(THURSDAY, 10)
    decision = heat_allowed(now, [], [THURSDAY], HeatRules())
    assert decision_words(decision, now) == decision.message


# --- the translation file --------------------------------------------------------------------


def test_every_message_is_translated():
    unfinished = [
        (context, source)
        for context, source, translation in messages()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_every_translation_keeps_its_placeholders():
    wrong = [
        (context, source, translation.text)
        for context, source, translation in messages()
        if translation is not None
        and translation.text  # untranslated ones fail the test above
        and sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert wrong == []


def test_the_translation_ships_with_the_assets():
    from coach.assets import asset

    assert asset("translations", "coach_de.qm").is_file()


@pytest.mark.slow
def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path):
    if not tools.tool_available("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease is not installed")
    built = tools.release("de", tmp_path / "coach_de.qm")
    assert built.read_bytes() == tools.qm_file("de").read_bytes(), (
        "coach_de.qm is stale: run python -m coach.tools.update_translations --release"
    )


@pytest.mark.slow
def test_every_text_in_the_code_is_in_the_translation_file(tmp_path):
    # lupdate over today's code into a copy: any text it finds that the file lacks (or
    # that lacks a translation) is a string someone added without translating it.
    if not tools.tool_available("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "coach_de.ts"
    shutil.copy(tools.ts_file("de"), copy)
    subprocess.run(
        [tools.tool("pyside6-lupdate"), "-no-obsolete", *tools.sources(), "-ts", str(copy)],
        cwd=tools.REPO,
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], "run python -m coach.tools.update_translations and translate these"


def test_the_clinician_notice_and_the_crash_notice_speak_german(german):
    from coach.analysis.worsening import WorseningNotice
    from coach.core.records import SessionRecord, SessionStatus
    from coach.ui.core_words import interrupted_words, worsening_words

    notice = WorseningNotice("r", "Morning stretches", (date(2026, 11, 3), date(2026, 11, 5)))
    assert worsening_words(notice).startswith(
        "Bei 2 Einheiten von „Morning stretches“ in Folge (3. November und 5. November)"
    )
    record = SessionRecord(
        id="s",
        routine_id="r",
        routine_title="Morning stretches",
        kind=Kind.STRETCH,
        started_at=local(THURSDAY - timedelta(days=1), 8),
        planned_seconds=600,
        active_seconds=300,
        steps_done=4,
        steps_total=9,
        status=SessionStatus.PARTIAL,
    )
    assert interrupted_words([record], THURSDAY) == (
        "Ihre Einheit „Morning stretches“ wurde gestern unterbrochen; sie wurde als "
        "teilweise gemacht gespeichert, 4 von 9 Schritten."
    )


def test_the_app_own_step_words_are_translated_and_a_routine_file_s_are_kept(german):
    from coach.core.segments import REST_INSTRUCTION

    assert QCoreApplication.translate("Segments", REST_INSTRUCTION).startswith("Lassen Sie")
    own = "Tuck your chin gently."
    assert QCoreApplication.translate("Segments", own) == own


def test_date_boxes_and_numbers_follow_the_language(german, qtbot):
    from coach.ui.form_fields import date_edit
    from coach.ui.i18n import decimal

    box = date_edit("Datum", THURSDAY)
    qtbot.addWidget(box)
    assert box.text() == "26. November 2026"
    assert decimal(2.5) == "2,5"
