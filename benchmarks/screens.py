"""Render every screen offscreen to PNG files, to look at them (not a test).

    python benchmarks/screens.py /tmp/shots [--sizes 1024x700,1600x1000]

For each screen, colour scheme (light, dark), text scale (100%, 200%) and window size it
writes `<screen>-<state>-<scheme>-<scale>-<WxH>.png` of the whole window, plus
`...-page.png` showing the screen's full scrolled page (to spot anything clipped). The data
is a small made-up day in a throw-away data folder. Prints the files it wrote and how long
each render took.

`--screens` picks what to draw: `screens` (every screen of the navigation, with a few
weeks of data: `screen-<key>-...png`), `today` (the Today screen in each scenario),
`library` (the Routines screen, with one broken user file to show its problem line) and
`flow` (a session's every stage: the heat checklist, a "no" on it, a heat refusal, the stretch
question, the before rating, the player while stretching, breathing, heating, at a skin
check and paused, the after form, and the summaries of a finished, a stopped and a heat
session). Session time runs on a FakeClock, so nothing waits.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from uuid import uuid4

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea

from coach.core.clock import FakeClock
from coach.core.engine import StopReason
from coach.core.records import (
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.store.database import Store
from coach.ui import theme
from coach.ui.app import application
from coach.ui.main_window import MainWindow


def _at(now: datetime, hour: int, minute: int) -> datetime:
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0)


def fill_typical_day(store: Store, now: datetime) -> None:
    """A plan in force and a morning's worth of records."""
    start = now.date() - timedelta(days=30)
    every_day = frozenset(range(7))
    store.add_plan_row(PlanRow(start, Kind.STRETCH, 2, every_day, ("08:30", "18:00")))
    store.add_plan_row(PlanRow(start, Kind.HEAT, 1, every_day, ("20:00",)))
    store.add_plan_row(PlanRow(start, Kind.BREATHING, 1, every_day, ("13:00",)))
    store.add_plan_row(PlanRow(start, Kind.RELAXATION, 1, every_day, ("21:30",)))
    store.add_symptom(SymptomEntry(str(uuid4()), _at(now, 7, 40), 6, pain=5))
    store.add_session(
        SessionRecord(
            str(uuid4()),
            "neck-basics",
            "Neck basics",
            Kind.STRETCH,
            _at(now, 8, 15),
            600,
            590,
            8,
            8,
            SessionStatus.COMPLETED,
            spasm_before=6,
            spasm_after=4,
        )
    )
    store.add_session(
        SessionRecord(
            str(uuid4()),
            "box-breathing",
            "Slow breathing",
            Kind.BREATHING,
            _at(now, 9, 5),
            300,
            120,
            2,
            6,
            SessionStatus.PARTIAL,
            spasm_before=5,
        )
    )
    store.add_symptom(SymptomEntry(str(uuid4()), _at(now, 9, 40), 4))


def fill_injection_day(store: Store, now: datetime) -> None:
    """The same plan on the day of an injection."""
    fill_typical_day(store, now)
    store.add_injection(Injection(str(uuid4()), now.date(), product="Botox", units=200))


SCENARIOS = {
    "empty": lambda store, now: None,
    "typical": fill_typical_day,
    "injection": fill_injection_day,
}


def render(out: Path, sizes: list[tuple[int, int]], scenarios: list[str]) -> list[Path]:
    """Write the PNG files; returns their paths."""
    app = application()
    written: list[Path] = []
    now = datetime.now().astimezone()
    for scenario in scenarios:
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
            SCENARIOS[scenario](store, now)
            window = MainWindow(store)
            window.show()
            for mode in (theme.ColourMode.LIGHT, theme.ColourMode.DARK):
                for scale in (1.0, 2.0):
                    theme.apply_theme(app, mode, scale)
                    for width, height in sizes:
                        window.resize(width, height)
                        states = ["plain"]
                        if scenario == "typical":
                            states += ["chosen", "saved"]
                        for state in states:
                            today = window.screen("today")
                            today.rating.setValue(None if state == "plain" else 4)
                            today.refresh()
                            if state == "saved":
                                today.save_rating()
                            for _ in range(3):
                                QCoreApplication.processEvents()
                            name = f"today-{scenario}-{state}-{mode.value}-{int(scale * 100)}"
                            name += f"-{width}x{height}"
                            started = time.perf_counter()
                            path = out / f"{name}.png"
                            window.grab().save(str(path))
                            page = today.findChild(QScrollArea).widget()
                            page_path = out / f"{name}-page.png"
                            page.grab().save(str(page_path))
                            took = (time.perf_counter() - started) * 1000
                            print(f"{path}  ({took:.0f} ms)")
                            written += [path, page_path]
                            if state == "saved":  # leave the data as it was
                                store.delete_symptom(today.entry_rows[0].record_id)
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
    return written


# --- every screen of the navigation ----------------------------------------------------


def fill_history(store: Store, now: datetime) -> None:
    """A typical day plus a few weeks behind it and an injection, for the lists and charts."""
    fill_typical_day(store, now)
    for days in range(1, 40, 3):
        day = now - timedelta(days=days)
        store.add_symptom(SymptomEntry(str(uuid4()), _at(day, 9, 0), 3 + days % 5, pain=4))
        store.add_session(
            SessionRecord(
                str(uuid4()),
                "neck-shoulder-release",
                "Gentle neck & shoulder release",
                Kind.STRETCH,
                _at(day, 8, 30),
                600,
                600,
                10,
                10,
                SessionStatus.COMPLETED,
                spasm_before=6,
                spasm_after=4,
            )
        )
    store.add_injection(
        Injection(str(uuid4()), now.date() - timedelta(days=25), product="Botox", units=200)
    )


def render_screens(
    out: Path, sizes: list[tuple[int, int]], keys: list[str] | None
) -> list[Path]:
    """Every screen of main_window.SCREENS (or the keys given), with a few weeks of data."""
    from coach.ui.main_window import SCREENS

    app = application()
    written: list[Path] = []
    now = datetime.now().astimezone()
    specs = [s for s in SCREENS if keys is None or s.key in keys]
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
        fill_history(store, now)
        window = MainWindow(store)
        window.show()
        for mode in (theme.ColourMode.LIGHT, theme.ColourMode.DARK):
            for scale in (1.0, 2.0):
                theme.apply_theme(app, mode, scale)
                for width, height in sizes:
                    window.resize(width, height)
                    for spec in specs:
                        window.show_screen(spec.key)
                        _settle(8)
                        stem = f"screen-{spec.key}-{mode.value}-{int(scale * 100)}"
                        stem += f"-{width}x{height}"
                        path = out / f"{stem}.png"
                        window.grab().save(str(path))
                        written.append(path)
                        scroll = window.screen(spec.key).findChild(QScrollArea)
                        if scroll is not None and scroll.widget() is not None:
                            page_path = out / f"{stem}-page.png"
                            scroll.widget().grab().save(str(page_path))
                            written.append(page_path)
                        print(path)
        window.close()
        window.deleteLater()
        _settle()
    return written


# --- the Routines screen and a session's stages ---------------------------------------

BROKEN_ROUTINE = 'id = "my-neck"\ntitle = "My neck routine"\nkind = "stretch"\n'


def _settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def _advance_until(flow, clock: FakeClock, wanted, limit_s: float = 3600) -> None:
    """Move the session's fake clock a second at a time until `wanted(snapshot)`."""
    runner = flow.runner
    for _ in range(int(limit_s)):
        if wanted(runner.last_snapshot):
            return
        clock.advance(1.0)
        runner.poll()
    raise RuntimeError(f"{flow.routine.id}: the wanted moment never came")


def _start(library, routine_id: str, rating: int | None = 6, *, yes: bool = True):
    flow = library.start(library.library.find(routine_id))
    if yes:
        for question in flow.before.questions:
            question.yes_button.click()
    if rating is not None:
        flow.before.rating.setValue(rating)
    return flow


def _play(flow, rating: int | None = 6) -> None:
    if rating is None:
        flow.before.skip_button.click()
    else:
        flow.before.start_button.click()


def _segment_is(kind: str, title: str | None = None, *, after_s: float = 0.0):
    def wanted(snap) -> bool:
        segment = snap.segment
        if segment is None or segment.kind != kind:
            return False
        if title is not None and segment.title != title:
            return False
        return segment.duration_s - snap.seconds_left >= after_s

    return wanted


def _to_end(flow, clock: FakeClock, *, skin_ok: bool = True) -> None:
    runner = flow.runner
    for _ in range(200):
        if not runner.is_live:
            return
        snap = runner.last_snapshot
        if snap.awaiting_answer:
            runner.answer_skin_check(skin_ok)
        else:
            clock.advance(max(1.0, snap.seconds_left))
            runner.poll()


def state_library(library, clock, store):
    return library.page


def state_before_heat_checklist(library, clock, store):
    return _start(library, "heat-and-stretch", None, yes=False).before.page


def state_before_heat_no(library, clock, store):
    flow = _start(library, "heat-and-stretch", None, yes=False)
    flow.before.questions[0].yes_button.click()
    flow.before.questions[5].no_button.click()  # no towel
    return flow.before.page


def state_before_heat_refused(library, clock, store):
    now = datetime.now().astimezone()
    last_heat = SessionRecord(
        id=str(uuid4()),
        routine_id="heat-and-stretch",
        routine_title="Heat & stretch",
        kind=Kind.HEAT,
        started_at=now - timedelta(minutes=20),
        planned_seconds=1500,
        active_seconds=900,
        steps_done=5,
        steps_total=5,
        status=SessionStatus.COMPLETED,
        heat_seconds=900,
        skin_ok=True,
    )
    store.add_session(last_heat)
    return _start(library, "heat-and-stretch", None, yes=False).before.page


def state_before_stretch_question(library, clock, store):
    return _start(library, "neck-shoulder-release", None, yes=False).before.page


def state_before_stretch_no(library, clock, store):
    flow = _start(library, "neck-shoulder-release", None, yes=False)
    flow.before.questions[0].no_button.click()
    return flow.before.page


def state_before_rating(library, clock, store):
    flow = _start(library, "neck-shoulder-release", 6)
    flow.before.page.show_widget(flow.before.start_button)
    return flow.before.page


def state_before_breathing(library, clock, store):
    return _start(library, "box-breathing", None).before.page


def state_player_stretch(library, clock, store):
    flow = _start(library, "neck-shoulder-release")
    _play(flow)
    _advance_until(flow, clock, _segment_is("hold", "Upper-trapezius stretch", after_s=8))
    return None


def state_player_paused(library, clock, store):
    flow = _start(library, "neck-shoulder-release")
    _play(flow)
    _advance_until(flow, clock, _segment_is("hold", "Chin tuck", after_s=2))
    flow.runner.pause()
    return None


def state_player_breathing(library, clock, store):
    flow = _start(library, "belly-breathing")
    _play(flow)
    _advance_until(flow, clock, _segment_is("inhale", after_s=2))
    _advance_until(flow, clock, lambda snap: (snap.segment.cycle or 0) >= 3)
    clock.advance(2.0)
    flow.runner.poll()
    return None


def state_player_heat(library, clock, store):
    flow = _start(library, "heat-and-stretch")
    _play(flow)
    _advance_until(flow, clock, _segment_is("heat", after_s=95))
    return None


def state_player_skin_check(library, clock, store):
    flow = _start(library, "heat-and-stretch")
    _play(flow)
    _advance_until(flow, clock, lambda snap: snap.awaiting_answer)
    return None


def state_after_form(library, clock, store):
    flow = _start(library, "desk-micro-break")
    _play(flow)
    _to_end(flow, clock)
    flow.after.rating.setValue(4)
    flow.after.note_edit.setText("Easier on the left today")
    return flow.after.page


def state_summary_completed(library, clock, store):
    flow = _start(library, "desk-micro-break")
    _play(flow)
    _to_end(flow, clock)
    flow.after.rating.setValue(4)
    flow.after.note_edit.setText("Easier on the left today")
    flow.after.save_button.click()
    return flow.after.page


def state_summary_stopped(library, clock, store):
    flow = _start(library, "neck-shoulder-release", 5)
    _play(flow)
    _advance_until(flow, clock, _segment_is("hold", "Chin tuck", after_s=2))
    flow.player.stop_this_hurts()
    flow.after.rating.setValue(7)
    flow.after.save_button.click()
    return flow.after.page


def state_summary_heat(library, clock, store):
    flow = _start(library, "heat-and-stretch", 6)
    _play(flow)
    _to_end(flow, clock)
    flow.after.rating.setValue(4)
    flow.after.save_button.click()
    return flow.after.page


LIBRARY_STATES = {"library": state_library}
FLOW_STATES = {
    "before-heat-checklist": state_before_heat_checklist,
    "before-heat-no": state_before_heat_no,
    "before-heat-refused": state_before_heat_refused,
    "before-stretch-question": state_before_stretch_question,
    "before-stretch-no": state_before_stretch_no,
    "before-rating": state_before_rating,
    "before-breathing": state_before_breathing,
    "player-stretch": state_player_stretch,
    "player-paused": state_player_paused,
    "player-breathing": state_player_breathing,
    "player-heat": state_player_heat,
    "player-skin-check": state_player_skin_check,
    "after-form": state_after_form,
    "summary-completed": state_summary_completed,
    "summary-stopped": state_summary_stopped,
    "summary-heat": state_summary_heat,
}


def render_states(out: Path, sizes: list[tuple[int, int]], states: dict) -> list[Path]:
    """Each state in a fresh diary and window, per scheme, text scale and size."""
    app = application()
    written: list[Path] = []
    for mode in (theme.ColourMode.LIGHT, theme.ColourMode.DARK):
        for scale in (1.0, 2.0):
            theme.apply_theme(app, mode, scale)
            for width, height in sizes:
                for name, drive in states.items():
                    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
                        routines = Path(tmp) / "routines"
                        routines.mkdir()
                        (routines / "my-neck.toml").write_text(BROKEN_ROUTINE, "utf-8")
                        window = MainWindow(store)
                        window.resize(width, height)
                        window.show()
                        window.show_screen("routines")
                        library = window.screen("routines")
                        clock = FakeClock(1000.0)
                        library.session_clock = clock
                        library.cues_factory = lambda settings: None  # silent pictures
                        _settle()
                        started = time.perf_counter()
                        page = drive(library, clock, store)
                        _settle(6)
                        stem = f"{name}-{mode.value}-{int(scale * 100)}-{width}x{height}"
                        path = out / f"{stem}.png"
                        window.grab().save(str(path))
                        written.append(path)
                        if page is not None:
                            page_path = out / f"{stem}-page.png"
                            page.widget().grab().save(str(page_path))
                            written.append(page_path)
                        took = (time.perf_counter() - started) * 1000
                        print(f"{path}  ({took:.0f} ms)")
                        flow = window.full_window_widget()
                        if flow is not None and flow.runner is not None and flow.is_running():
                            flow.runner.stop(StopReason.USER)
                        window.close()
                        window.deleteLater()
                        _settle()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--sizes", default="1024x700,1600x1000", help="e.g. 1024x700,1600x1000")
    parser.add_argument(
        "--scenarios", default=",".join(SCENARIOS), help=f"some of {', '.join(SCENARIOS)}"
    )
    parser.add_argument(
        "--screens",
        default="today,library,flow,screens",
        help="some of today, library, flow, screens (every screen of the navigation)",
    )
    args = parser.parse_args(argv)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    screens = args.screens.split(",")
    written: list[Path] = []
    if "today" in screens:
        written += render(args.out, sizes, args.scenarios.split(","))
    if "all" in screens or "screens" in screens:
        written += render_screens(args.out, sizes, None)
    if "library" in screens:
        written += render_states(args.out, sizes, LIBRARY_STATES)
    if "flow" in screens:
        written += render_states(args.out, sizes, FLOW_STATES)
    print(f"{len(written)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
