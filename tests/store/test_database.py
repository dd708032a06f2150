"""The diary database: records come back exactly as saved, bad values never get in."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from coach.core.records import (
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SideEffect,
    SymptomEntry,
)
from coach.store.database import DuplicateIdError, Store, StoreError

KATHMANDU = timezone(timedelta(hours=5, minutes=45))
NEWFOUNDLAND = timezone(-timedelta(hours=3, minutes=30))
BERLIN_WINTER = timezone(timedelta(hours=1))


class Clock:
    """A settable wall clock for Store.open(now=...)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 26, 8, 30, tzinfo=BERLIN_WINTER))


@pytest.fixture
def store(data_dir, clock):
    with Store.open(data_dir, now=clock) as opened:
        yield opened


def a_session(**changes) -> SessionRecord:
    base = SessionRecord(
        id="5b0c2b4e-0000-4000-8000-000000000001",
        routine_id="upper-trap-basic",
        routine_title="Upper trapezius — gentle",
        kind=Kind.STRETCH,
        started_at=datetime(2026, 11, 26, 7, 15, 30, 123456, tzinfo=KATHMANDU),
        planned_seconds=600,
        active_seconds=587,
        steps_done=7,
        steps_total=8,
        status=SessionStatus.PARTIAL,
        spasm_before=6,
        spasm_after=4,
        pain_before=5,
        pain_after=3,
        note="Left side tight.\nBetter after heat — ça va 😊",
    )
    return replace(base, **changes)


def a_symptom(**changes) -> SymptomEntry:
    base = SymptomEntry(
        id="5b0c2b4e-0000-4000-8000-000000000002",
        recorded_at=datetime(2026, 11, 25, 23, 50, tzinfo=NEWFOUNDLAND),
        spasm=7,
        pain=6,
        stress=4,
        sleep=3,
        sensory_trick=True,
        note="Woke up with the head pulling right.\nTouching the chin helped.",
    )
    return replace(base, **changes)


def an_injection(**changes) -> Injection:
    base = Injection(
        id="5b0c2b4e-0000-4000-8000-000000000003",
        date=date(2026, 9, 1),
        product="Botox",
        units=187.5,
        muscles="L SCM; R splenius capitis",
        onset_noticed=date(2026, 9, 6),
        wearing_off_noticed=date(2026, 11, 10),
        side_effects=(
            SideEffect("swallowing", date(2026, 9, 8)),
            SideEffect("neck weakness"),
        ),
        note="Dr. Müller\nnext in 12 weeks",
    )
    return replace(base, **changes)


def a_plan_row(**changes) -> PlanRow:
    base = PlanRow(
        valid_from=date(2026, 11, 1),
        kind=Kind.STRETCH,
        times_per_day=2,
        weekdays=frozenset({0, 1, 2, 3, 4}),
        reminder_times=("08:30", "18:00"),
    )
    return replace(base, **changes)


def raw(store: Store, sql: str, params=()):
    return store.conn.execute(sql, params).fetchall()


# --- round trips ---------------------------------------------------------------------


def test_a_session_comes_back_with_every_field_and_its_own_offset(store):
    saved = a_session()
    store.add_session(saved)
    loaded = store.get_session(saved.id)
    assert loaded == saved
    assert loaded.started_at.utcoffset() == timedelta(hours=5, minutes=45)
    assert loaded.started_at.isoformat() == "2026-11-26T07:15:30.123456+05:45"
    assert loaded.day == date(2026, 11, 26)


def test_a_time_zone_aware_start_comes_back_with_that_moments_offset(store):
    berlin = ZoneInfo("Europe/Berlin")
    summer = a_session(id="summer", started_at=datetime(2026, 7, 1, 23, 30, tzinfo=berlin))
    winter = a_session(id="winter", started_at=datetime(2026, 12, 1, 23, 30, tzinfo=berlin))
    store.add_session(summer)
    store.add_session(winter)
    assert store.get_session("summer").started_at.isoformat() == "2026-07-01T23:30:00+02:00"
    assert store.get_session("winter").started_at.isoformat() == "2026-12-01T23:30:00+01:00"


def test_a_session_with_every_optional_field_empty_comes_back_empty(store):
    saved = a_session(
        spasm_before=None, spasm_after=None, pain_before=None, pain_after=None, note=""
    )
    store.add_session(saved)
    assert store.get_session(saved.id) == saved


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("status", list(SessionStatus))
def test_every_kind_and_status_can_be_saved(store, kind, status):
    saved = a_session(kind=kind, status=status)
    store.add_session(saved)
    loaded = store.get_session(saved.id)
    assert (loaded.kind, loaded.status) == (kind, status)


def test_a_symptom_entry_comes_back_with_a_negative_half_hour_offset(store):
    saved = a_symptom()
    store.add_symptom(saved)
    loaded = store.get_symptom(saved.id)
    assert loaded == saved
    assert loaded.recorded_at.utcoffset() == -timedelta(hours=3, minutes=30)
    # 23:50 local on the 25th is already the 26th in UTC; the local day must survive.
    assert loaded.day == date(2026, 11, 25)


@pytest.mark.parametrize("trick", [True, False, None])
def test_sensory_trick_keeps_yes_no_and_unknown_apart(store, trick):
    saved = a_symptom(sensory_trick=trick, pain=None, stress=None, sleep=None, note="")
    store.add_symptom(saved)
    assert store.get_symptom(saved.id) == saved
    assert store.get_symptom(saved.id).sensory_trick is trick


def test_an_injection_comes_back_with_side_effects_and_dates(store):
    saved = an_injection()
    store.add_injection(saved)
    assert store.get_injection(saved.id) == saved


def test_an_injection_with_only_a_date_comes_back_bare(store):
    saved = Injection(id="bare", date=date(2026, 6, 1))
    store.add_injection(saved)
    assert store.get_injection("bare") == saved


def test_whole_number_units_come_back_as_the_same_amount(store):
    store.add_injection(an_injection(units=200))
    assert store.get_injection(an_injection().id).units == 200.0


def test_a_plan_row_comes_back_with_weekdays_and_reminders(store):
    saved = a_plan_row()
    store.add_plan_row(saved)
    assert store.get_plan_row(saved.valid_from, saved.kind) == saved
    assert store.get_plan_row(saved.valid_from, Kind.HEAT) is None


def test_a_plan_row_without_weekdays_or_reminders_comes_back_empty(store):
    saved = a_plan_row(times_per_day=0, weekdays=frozenset(), reminder_times=())
    store.add_plan_row(saved)
    assert store.get_plan_row(saved.valid_from, saved.kind) == saved


def test_missing_records_read_as_none(store):
    assert store.get_session("nope") is None
    assert store.get_symptom("nope") is None
    assert store.get_injection("nope") is None


def test_records_survive_closing_and_reopening(data_dir, clock):
    with Store.open(data_dir, now=clock) as store:
        store.add_session(a_session())
        store.add_symptom(a_symptom())
        store.add_injection(an_injection())
        store.add_plan_row(a_plan_row())
        before = store.history()
    with Store.open(data_dir, now=clock) as store:
        assert store.history() == before
        assert not before.is_empty()


def test_open_without_a_folder_uses_the_configured_data_dir(data_dir):
    with Store.open() as store:
        assert store.path == data_dir / "coach.sqlite3"
    assert (data_dir / "coach.sqlite3").is_file()


# --- how values are stored -----------------------------------------------------------


def test_time_stamps_are_stored_as_sortable_utc_text_plus_offset_seconds(store):
    store.add_session(a_session())
    store.add_symptom(a_symptom())
    assert raw(store, "SELECT started_at, started_at_offset FROM sessions") == [
        ("2026-11-26T01:30:30.123456Z", 20700)
    ]
    assert raw(store, "SELECT recorded_at, recorded_at_offset FROM symptoms") == [
        ("2026-11-26T03:20:00.000000Z", -12600)
    ]


def test_text_forms_are_stored_for_side_effects_weekdays_and_reminders(store):
    store.add_injection(an_injection())
    store.add_plan_row(a_plan_row(weekdays=frozenset({6, 0, 2})))
    assert raw(store, "SELECT side_effects, units FROM injections") == [
        ("swallowing@2026-09-08; neck weakness", 187.5)
    ]
    assert raw(store, "SELECT weekdays, reminder_times FROM plan") == [
        ("Mon;Wed;Sun", "08:30;18:00")
    ]


def test_sensory_trick_is_stored_as_null_zero_or_one(store):
    store.add_symptom(a_symptom(id="yes", sensory_trick=True))
    store.add_symptom(a_symptom(id="no", sensory_trick=False))
    store.add_symptom(a_symptom(id="unknown", sensory_trick=None))
    stored = dict(raw(store, "SELECT id, sensory_trick FROM symptoms"))
    assert stored == {"yes": 1, "no": 0, "unknown": None}


def test_created_and_updated_times_come_from_the_clock_in_utc(store, clock):
    store.add_session(a_session())
    clock.moment += timedelta(hours=2)
    store.update_session(a_session(note="changed"))
    assert raw(store, "SELECT created_at, updated_at FROM sessions") == [
        ("2026-11-26T07:30:00.000000Z", "2026-11-26T09:30:00.000000Z")
    ]


def test_the_database_runs_in_wal_mode_with_foreign_keys_and_a_version(store):
    assert raw(store, "PRAGMA journal_mode") == [("wal",)]
    assert raw(store, "PRAGMA foreign_keys") == [(1,)]
    assert raw(store, "PRAGMA user_version")[0][0] >= 1


# --- ordering, updating, deleting ----------------------------------------------------


def test_sessions_come_oldest_first_by_the_real_instant(store):
    # Local clock text would put "07:00" before "08:00"; the instants say otherwise.
    late = a_session(id="late", started_at=datetime(2026, 3, 1, 7, 0, tzinfo=NEWFOUNDLAND))
    early = a_session(id="early", started_at=datetime(2026, 3, 1, 8, 0, tzinfo=KATHMANDU))
    store.add_session(late)
    store.add_session(early)
    assert [s.id for s in store.sessions()] == ["early", "late"]


def test_symptoms_injections_and_plan_rows_come_in_time_order(store):
    for day in (3, 1, 2):
        store.add_symptom(
            a_symptom(id=f"s{day}", recorded_at=datetime(2026, 1, day, tzinfo=KATHMANDU))
        )
        store.add_injection(an_injection(id=f"i{day}", date=date(2026, day, 1)))
    store.add_plan_row(a_plan_row(valid_from=date(2026, 2, 1), kind=Kind.BREATHING))
    store.add_plan_row(a_plan_row(valid_from=date(2026, 2, 1), kind=Kind.STRETCH))
    store.add_plan_row(a_plan_row(valid_from=date(2026, 1, 1), kind=Kind.RELAXATION))
    assert [s.id for s in store.symptoms()] == ["s1", "s2", "s3"]
    assert [i.id for i in store.injections()] == ["i1", "i2", "i3"]
    assert [(p.valid_from.month, p.kind) for p in store.plan_rows()] == [
        (1, Kind.RELAXATION),
        (2, Kind.STRETCH),
        (2, Kind.BREATHING),
    ]


def test_an_unfinished_session_is_kept_but_left_out_of_the_history(store):
    running = a_session(status=SessionStatus.IN_PROGRESS, spasm_after=None)
    store.add_session(running)
    assert store.sessions() == []
    assert store.history().sessions == ()
    assert store.sessions(include_in_progress=True) == [running]
    assert not store.is_empty()
    finished = replace(running, status=SessionStatus.COMPLETED, spasm_after=2)
    store.update_session(finished)
    assert store.sessions() == [finished]


def test_updates_replace_every_field(store):
    store.add_symptom(a_symptom())
    changed = a_symptom(spasm=2, pain=None, sensory_trick=None, note="calmer")
    store.update_symptom(changed)
    assert store.get_symptom(changed.id) == changed
    store.add_injection(an_injection())
    changed_injection = an_injection(units=None, side_effects=(), product="Dysport")
    store.update_injection(changed_injection)
    assert store.get_injection(changed_injection.id) == changed_injection


def test_adding_a_plan_row_with_the_same_day_and_kind_replaces_it(store):
    store.add_plan_row(a_plan_row())
    store.add_plan_row(a_plan_row(times_per_day=3, reminder_times=("07:00",)))
    assert store.plan_rows() == [a_plan_row(times_per_day=3, reminder_times=("07:00",))]


def test_deleting_removes_only_that_record(store):
    store.add_symptom(a_symptom(id="keep"))
    store.add_symptom(a_symptom(id="drop"))
    store.add_injection(an_injection(id="keep"))
    store.add_injection(an_injection(id="drop"))
    store.delete_symptom("drop")
    store.delete_injection("drop")
    assert [s.id for s in store.symptoms()] == ["keep"]
    assert [i.id for i in store.injections()] == ["keep"]


def test_an_id_already_in_use_is_refused(store):
    store.add_session(a_session())
    with pytest.raises(DuplicateIdError, match=a_session().id):
        store.add_session(a_session(note="second"))
    assert store.get_session(a_session().id).note == a_session().note


def test_changing_or_deleting_a_missing_record_says_so(store):
    with pytest.raises(StoreError, match="no session with id ghost"):
        store.update_session(a_session(id="ghost"))
    with pytest.raises(StoreError, match="no symptom entry with id ghost"):
        store.delete_symptom("ghost")
    with pytest.raises(StoreError, match="no injection with id ghost"):
        store.delete_injection("ghost")


def test_is_empty_until_anything_is_saved(store):
    assert store.is_empty()
    store.add_plan_row(a_plan_row())
    assert not store.is_empty()


# --- checks in code ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [11, -1, 2.5, "3", True])
def test_a_rating_that_is_not_a_whole_number_0_to_10_is_refused_by_name(store, bad):
    with pytest.raises(StoreError, match=r"spasm_after must be a whole number from 0 to 10"):
        store.add_session(a_session(spasm_after=bad))
    with pytest.raises(StoreError, match=r"symptom entry .*: sleep must be a whole number"):
        store.add_symptom(a_symptom(sleep=bad))
    assert store.is_empty()


def test_a_symptom_entry_needs_a_spasm_rating(store):
    with pytest.raises(StoreError, match="spasm must be a whole number from 0 to 10, not None"):
        store.add_symptom(a_symptom(spasm=None))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"started_at": datetime(2026, 1, 1, 8, 0)}, "started_at must carry its UTC offset"),
        ({"kind": "yoga"}, "kind must be one of stretch, heat, breathing, relaxation"),
        ({"status": "done"}, "status must be one of"),
        ({"steps_done": 9}, "steps_done must be a whole number from 0 to 8"),
        (
            {"steps_total": 0, "steps_done": 0},
            "steps_total must be a whole number of at least 1",
        ),
        ({"active_seconds": -5}, "active_seconds must be a whole number of at least 0"),
        ({"id": ""}, "session id must not be empty"),
        ({"note": None}, "note must be text"),
    ],
)
def test_other_bad_session_fields_are_refused_with_a_clear_message(store, changes, message):
    with pytest.raises(StoreError, match=message):
        store.add_session(a_session(**changes))
    assert store.is_empty()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"units": -1}, "units must be a number of at least 0"),
        ({"units": float("nan")}, "units must be a number"),
        ({"date": datetime(2026, 1, 1, 9, 0)}, "date must be a calendar date"),
        ({"side_effects": (SideEffect("itch; rash"),)}, "may not contain ';' or '@'"),
    ],
)
def test_bad_injection_fields_are_refused(store, changes, message):
    with pytest.raises(StoreError, match=message):
        store.add_injection(an_injection(**changes))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"times_per_day": 13}, "times_per_day must be a whole number from 0 to 12"),
        ({"weekdays": frozenset({7})}, "weekdays must be numbers 0"),
        ({"reminder_times": ("8:30",)}, "reminder_times must be times like 08:30"),
        ({"kind": "yoga"}, "kind must be one of"),
    ],
)
def test_bad_plan_rows_are_refused(store, changes, message):
    with pytest.raises(StoreError, match=message):
        store.add_plan_row(a_plan_row(**changes))


# --- checks in the database itself ---------------------------------------------------

RATING_COLUMNS = [
    ("sessions", "spasm_before"),
    ("sessions", "spasm_after"),
    ("sessions", "pain_before"),
    ("sessions", "pain_after"),
    ("symptoms", "spasm"),
    ("symptoms", "pain"),
    ("symptoms", "stress"),
    ("symptoms", "sleep"),
]


@pytest.fixture(scope="module")
def one_of_each(tmp_path_factory):
    """One diary shared by the raw-SQL tests below: a refused UPDATE changes nothing."""
    with Store.open(tmp_path_factory.mktemp("raw-sql")) as store:
        store.add_session(a_session())
        store.add_symptom(a_symptom())
        store.add_injection(an_injection())
        store.add_plan_row(a_plan_row())
        yield store


@pytest.mark.parametrize(("table", "column"), RATING_COLUMNS)
@pytest.mark.parametrize("bad", [11, -1, 2.5, "3"])
def test_raw_sql_cannot_store_a_bad_rating(one_of_each, table, column, bad):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        one_of_each.conn.execute(f"UPDATE {table} SET {column} = ?", (bad,))


@pytest.mark.parametrize(("table", "column"), RATING_COLUMNS)
def test_raw_sql_can_store_every_whole_rating(one_of_each, table, column):
    for good in range(11):
        one_of_each.conn.execute(f"UPDATE {table} SET {column} = ?", (good,))


def test_raw_sql_cannot_leave_out_the_spasm_rating(one_of_each):
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
        one_of_each.conn.execute("UPDATE symptoms SET spasm = NULL")


@pytest.mark.parametrize(
    ("sql", "value"),
    [
        ("UPDATE sessions SET kind = ?", "yoga"),
        ("UPDATE sessions SET status = ?", "done"),
        ("UPDATE sessions SET steps_done = ?", 9),
        ("UPDATE sessions SET steps_done = ?", -1),
        ("UPDATE sessions SET steps_total = ?, steps_done = 0", 0),
        ("UPDATE sessions SET active_seconds = ?", -1),
        ("UPDATE sessions SET planned_seconds = ?", 1.5),
        ("UPDATE sessions SET started_at = ?", "2026-11-26 08:30"),
        ("UPDATE symptoms SET sensory_trick = ?", 2),
        ("UPDATE symptoms SET sensory_trick = ?", "1"),
        ("UPDATE injections SET date = ?", "2026-02-30"),
        ("UPDATE injections SET units = ?", -5),
        ("UPDATE plan SET times_per_day = ?", 13),
        ("UPDATE plan SET kind = ?", "yoga"),
    ],
)
def test_raw_sql_cannot_store_other_impossible_values(one_of_each, sql, value):
    with pytest.raises(sqlite3.IntegrityError):
        one_of_each.conn.execute(sql, (value,))


# --- transactions and bulk insert ----------------------------------------------------


def test_a_failed_transaction_writes_nothing(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_session(a_session())
        store.add_symptom(a_symptom())
        raise RuntimeError("power cut")
    assert store.is_empty()


def test_a_failed_write_inside_a_transaction_can_be_caught_and_the_rest_kept(store):
    with store.transaction():
        store.add_session(a_session())
        with pytest.raises(DuplicateIdError):
            store.add_session(a_session())
        store.add_symptom(a_symptom())
    assert len(store.sessions()) == 1
    assert len(store.symptoms()) == 1


def a_history(sessions: int, symptoms: int) -> History:
    start = datetime(2006, 1, 1, 8, 0, tzinfo=BERLIN_WINTER)
    return History(
        sessions=tuple(
            a_session(id=f"session-{n}", started_at=start + timedelta(hours=8 * n))
            for n in range(sessions)
        ),
        symptoms=tuple(
            a_symptom(id=f"symptom-{n}", recorded_at=start + timedelta(hours=17 * n))
            for n in range(symptoms)
        ),
        injections=(an_injection(),),
        plan=(a_plan_row(), a_plan_row(kind=Kind.HEAT)),
    )


def test_a_whole_history_goes_in_and_comes_back(store):
    history = a_history(sessions=2_000, symptoms=1_000)
    store.add_history(history)
    assert store.history() == history


def test_a_history_with_a_taken_id_adds_nothing(store):
    store.add_symptom(a_symptom(id="symptom-499"))
    with pytest.raises(DuplicateIdError, match="symptom-499"):
        store.add_history(a_history(sessions=500, symptoms=500))
    assert store.sessions() == []
    assert [s.id for s in store.symptoms()] == ["symptom-499"]
    assert store.plan_rows() == []


def test_a_history_repeating_an_id_adds_nothing(store):
    history = a_history(sessions=10, symptoms=0)
    with pytest.raises(DuplicateIdError, match="session-3"):
        store.add_history(replace(history, sessions=(*history.sessions, history.sessions[3])))
    assert store.is_empty()


def test_a_history_with_one_bad_rating_adds_nothing_and_names_it(store):
    history = a_history(sessions=100, symptoms=100)
    bad = replace(history.symptoms[-1], pain=11)
    with pytest.raises(StoreError, match="symptom entry symptom-99: pain"):
        store.add_history(replace(history, symptoms=(*history.symptoms[:-1], bad)))
    assert store.is_empty()


def test_a_history_added_inside_a_failed_transaction_is_rolled_back(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_history(a_history(sessions=10, symptoms=10))
        raise RuntimeError("import found a problem")
    assert store.is_empty()


# --- closing and file permissions ----------------------------------------------------


def test_the_store_closes_at_the_end_of_a_with_block(data_dir):
    with Store.open(data_dir) as store:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")
    store.close()  # a second close is harmless


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most careless umask there is: files would come out world-writable."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_folder_database_wal_and_shm_are_private(data_dir, clock, open_umask):
    with Store.open(data_dir, now=clock) as store:
        store.add_session(a_session())
        files = {p.name: mode(p) for p in data_dir.iterdir() if p.is_file()}
        assert files == {
            "coach.sqlite3": 0o600,
            "coach.sqlite3-wal": 0o600,
            "coach.sqlite3-shm": 0o600,
        }
    assert mode(data_dir) == 0o700


def test_a_database_file_left_readable_by_others_is_made_private(data_dir, clock):
    with Store.open(data_dir, now=clock):
        pass
    (data_dir / "coach.sqlite3").chmod(0o644)
    data_dir.chmod(0o755)
    with Store.open(data_dir, now=clock):
        assert mode(data_dir / "coach.sqlite3") == 0o600
        assert mode(data_dir) == 0o700


def test_a_diary_locked_by_another_program_gives_a_plain_message(data_dir, monkeypatch):
    from coach.store import database

    with Store.open(data_dir) as store:
        store.add_symptom(a_symptom())
    other = sqlite3.connect(data_dir / "coach.sqlite3", isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database, "_BUSY_TIMEOUT_SECONDS", 0)
    try:
        with pytest.raises(StoreError, match="busy in another Trapezius Coach window"):
            Store.open(data_dir)
    finally:
        other.close()
    with Store.open(data_dir) as store:
        assert store.symptoms() == [a_symptom()]


def test_a_data_dir_that_is_a_file_gives_a_plain_message(tmp_path):
    not_a_folder = tmp_path / "diary"
    not_a_folder.write_text("")
    with pytest.raises(StoreError, match="Could not open the diary database"):
        Store.open(not_a_folder)


def test_a_data_dir_with_unusual_characters_works_end_to_end(tmp_path):
    folder = tmp_path / "Pat's diary #1 ? 100% ü"
    with Store.open(folder) as store:
        store.add_symptom(a_symptom())
    with Store.open(folder) as store:  # reads the version read-only, then backs up
        assert store.symptoms() == [a_symptom()]
        assert len(store.backups()) == 1


def test_a_transaction_that_cannot_get_the_write_lock_gives_a_store_error(
    data_dir, monkeypatch
):
    from coach.store import database

    monkeypatch.setattr(database, "_BUSY_TIMEOUT_SECONDS", 0)
    with Store.open(data_dir) as store:
        other = sqlite3.connect(data_dir / "coach.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="Could not save to the diary"):
                store.add_symptom(a_symptom())
        finally:
            other.close()
        store.add_symptom(a_symptom())
        assert store.symptoms() == [a_symptom()]


def test_records_of_one_local_day_whatever_their_offset(tmp_path):
    from coach.core.records import SymptomEntry

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text)

    stamps = {
        "a": "2026-11-26T00:05:00+14:00",  # 25 Nov 10:05 UTC, yet the 26th locally
        "b": "2026-11-26T23:55:00-12:00",  # 27 Nov 11:55 UTC, yet the 26th locally
        "c": "2026-11-25T23:59:00+00:00",
        "d": "2026-11-27T00:00:00+00:00",
        "e": "2026-11-26T12:00:00+01:00",
    }
    with Store.open(tmp_path / "d") as store:
        for key, text in stamps.items():
            store.add_symptom(SymptomEntry(id=key, recorded_at=at(text), spasm=3))
        got = [e.id for e in store.symptoms(on_day=date(2026, 11, 26))]
    assert sorted(got) == ["a", "b", "e"]


def test_sessions_of_one_local_day(tmp_path):
    from coach.core.records import Kind, SessionRecord, SessionStatus

    def session(key: str, text: str) -> SessionRecord:
        return SessionRecord(
            id=key,
            routine_id="r",
            routine_title="R",
            kind=Kind.STRETCH,
            started_at=datetime.fromisoformat(text),
            planned_seconds=60,
            active_seconds=60,
            steps_done=1,
            steps_total=1,
            status=SessionStatus.COMPLETED,
        )

    with Store.open(tmp_path / "d") as store:
        store.add_session(session("late", "2026-11-26T23:30:00-10:00"))
        store.add_session(session("next", "2026-11-27T00:30:00+00:00"))
        got = [s.id for s in store.sessions(on_day=date(2026, 11, 26))]
    assert got == ["late"]


def test_heat_minutes_and_skin_answer_are_kept(tmp_path):
    from coach.core.records import Kind, SessionRecord, SessionStatus

    rec = SessionRecord(
        id="h1",
        routine_id="heat-and-stretch",
        routine_title="Heat & stretch",
        kind=Kind.HEAT,
        started_at=datetime.fromisoformat("2026-11-26T18:00:00+00:00"),
        planned_seconds=1458,
        active_seconds=700,
        steps_done=2,
        steps_total=5,
        status=SessionStatus.STOPPED,
        heat_seconds=610,
        skin_ok=False,
    )
    with Store.open(tmp_path / "d") as store:
        store.add_session(rec)
    with Store.open(tmp_path / "d") as store:
        assert store.get_session("h1") == rec
        with pytest.raises(StoreError):
            store.add_session(replace(rec, id="h2", heat_seconds=-5))
        with pytest.raises(StoreError):
            store.add_session(replace(rec, id="h3", skin_ok="yes"))


def test_sensory_trick_helped_is_kept(tmp_path):
    from coach.core.records import SymptomEntry

    entry = SymptomEntry(
        id="t1",
        recorded_at=datetime.fromisoformat("2026-11-26T09:00:00+01:00"),
        spasm=5,
        sensory_trick=True,
        sensory_trick_helped=True,
    )
    with Store.open(tmp_path / "d") as store:
        store.add_symptom(entry)
        assert store.get_symptom("t1") == entry
        with pytest.raises(StoreError):
            store.add_symptom(replace(entry, id="t2", sensory_trick_helped="a bit"))
