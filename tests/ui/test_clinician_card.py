"""The Progress screen offers the clinician report and the plan as a calendar file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from coach.store.database import Store
from coach.ui.clinician_card import ClinicianCard

TODAY = date(2026, 11, 26)


def fake_actions(calls: list, *, path: Path | None, printed: bool = True):
    def record(name, result):
        def action(parent, store, **options):
            calls.append((name, options))
            return result

        return action

    return SimpleNamespace(
        save_report=record("save_report", path),
        preview_report=record("preview_report", True),
        print_report=record("print_report", printed),
        save_calendar=record("save_calendar", path),
    )


def test_buttons_run_the_report_actions_with_the_name(qtbot, tmp_path):
    calls: list = []
    with Store.open(tmp_path / "d") as store:
        card = ClinicianCard(
            store, today=lambda: TODAY, actions=fake_actions(calls, path=tmp_path / "r.pdf")
        )
        qtbot.addWidget(card)
        card.name_field.setText("  Ana Pérez ")
        card.save_button.click()
        card.preview_button.click()
        card.print_button.click()
        card.calendar_button.click()
    assert [name for name, _ in calls] == [
        "save_report",
        "preview_report",
        "print_report",
        "save_calendar",
    ]
    assert calls[0][1] == {"today": TODAY, "patient_name": "Ana Pérez"}
    assert calls[3][1] == {"today": TODAY}
    assert "r.pdf" in card.status.text()


def test_a_cancelled_save_says_nothing(qtbot, tmp_path):
    calls: list = []
    with Store.open(tmp_path / "d") as store:
        card = ClinicianCard(store, today=lambda: TODAY, actions=fake_actions(calls, path=None))
        qtbot.addWidget(card)
        card.save_button.click()
    assert card.status.isHidden()


def test_the_real_save_writes_a_pdf(qtbot, tmp_path):
    from coach.ui import report_actions

    target = tmp_path / "report.pdf"
    actions = SimpleNamespace(
        save_report=lambda parent, store, **o: report_actions.save_report(
            parent, store, ask_path=lambda *a: str(target), **o
        ),
    )
    with Store.open(tmp_path / "d") as store:
        card = ClinicianCard(store, today=lambda: TODAY, actions=actions)
        qtbot.addWidget(card)
        card.save_report()
    assert target.read_bytes().startswith(b"%PDF")
