"""Backup copies: one a day, one before each import and upgrade, the oldest let go."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta, timezone

import pytest

from coach.core.records import SymptomEntry
from coach.store import schema
from coach.store.backup import Reason, is_restorable, list_backups, make_backup, parse_name
from coach.store.database import Store, StoreError

BERLIN_WINTER = timezone(timedelta(hours=1))


class Clock:
    """A settable wall clock for Store.open(now=...)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **amount: float) -> None:
        self.moment += timedelta(**amount)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 26, 8, 30, 0, tzinfo=BERLIN_WINTER))


def entry(n: int) -> SymptomEntry:
    return SymptomEntry(
        id=f"entry-{n}",
        recorded_at=datetime(2026, 1, 1, tzinfo=BERLIN_WINTER) + timedelta(hours=n),
        spasm=n % 11,
    )


@pytest.fixture
def diary(data_dir, clock):
    """A diary with one entry and no backups yet."""
    with Store.open(data_dir, now=clock) as store:
        assert store.backups() == []  # an empty diary is not worth a copy
        store.add_symptom(entry(0))
    return data_dir


def names(paths) -> list[str]:
    return [p.name for p in paths]


def symptom_ids(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM symptoms ORDER BY id")]
    finally:
        conn.close()


def test_opening_a_diary_with_records_makes_the_days_backup_once(diary, clock):
    with Store.open(diary, now=clock) as store:
        assert names(store.backups()) == ["coach-20261126-083000-daily.sqlite3"]
    clock.advance(hours=10)  # still the same local day
    with Store.open(diary, now=clock) as store:
        assert len(store.backups()) == 1


def test_the_next_local_day_gets_its_own_backup(diary, clock):
    clock.moment = datetime(2026, 11, 26, 23, 59, tzinfo=BERLIN_WINTER)
    Store.open(diary, now=clock).close()
    clock.advance(minutes=2)
    with Store.open(diary, now=clock) as store:
        assert names(store.backups()) == [
            "coach-20261127-000100-daily.sqlite3",
            "coach-20261126-235900-daily.sqlite3",
        ]


def test_only_the_last_seven_daily_backups_are_kept(diary, clock):
    for _ in range(10):
        Store.open(diary, now=clock).close()
        clock.advance(days=1)
    with Store.open(diary, now=clock) as store:
        kept = store.backups()
    assert len(kept) == 7
    days = [parse_name(p).made_at.date() for p in kept]
    assert days == [date(2026, 12, 6) - timedelta(days=n) for n in range(7)]


def test_a_backup_holds_what_was_saved(diary, clock):
    with Store.open(diary, now=clock) as store:
        store.add_symptom(entry(1))
        copy = store.backup("manual")
    assert symptom_ids(copy) == ["entry-0", "entry-1"]
    assert schema.read_version(sqlite3.connect(copy)) == schema.SCHEMA_VERSION


def test_a_backup_taken_mid_transaction_holds_only_committed_records(diary, clock):
    with Store.open(diary, now=clock) as store, store.transaction():
        store.add_symptom(entry(1))
        copy = store.backup("import")
    assert symptom_ids(copy) == ["entry-0"]


def test_a_backup_is_one_private_file_in_a_private_folder(diary, clock):
    old = os.umask(0)
    try:
        with Store.open(diary, now=clock) as store:
            copy = store.backup("manual")
    finally:
        os.umask(old)
    folder = diary / "backups"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["coach-20261126-083000-daily.sqlite3", copy.name]
    )
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_backups_in_the_same_second_get_a_counter_and_stay_in_order(diary, clock):
    with Store.open(diary, now=clock) as store:
        first = store.backup("import")
        second = store.backup("manual")
        third = store.backup("import")
        assert names([first, second, third]) == [
            "coach-20261126-083000-import-2.sqlite3",
            "coach-20261126-083000-manual-3.sqlite3",
            "coach-20261126-083000-import-4.sqlite3",
        ]
        clock.advance(seconds=1)
        later = store.backup("migration")
        assert store.backups() == [
            later,
            third,
            second,
            first,
            diary / "backups" / "coach-20261126-083000-daily.sqlite3",
        ]


@pytest.mark.parametrize("reason", ["import", "migration"])
def test_seven_import_and_migration_backups_are_kept_each(diary, clock, reason):
    with Store.open(diary, now=clock) as store:
        store.backup("manual")
        made = []
        for _ in range(9):
            clock.advance(minutes=1)
            made.append(store.backup(reason))
        kept = store.backups()
    of_reason = [p for p in kept if parse_name(p).reason == reason]
    assert of_reason == made[::-1][:7]
    # Pruning one kind of backup never touches another.
    assert {parse_name(p).reason for p in kept} == {Reason(reason), "daily", "manual"}


def test_manual_backups_are_never_deleted_by_the_app(diary, clock):
    with Store.open(diary, now=clock) as store:
        for _ in range(9):
            clock.advance(minutes=1)
            store.backup("manual")
        assert sum(parse_name(p).reason == "manual" for p in store.backups()) == 9


def test_an_unknown_backup_reason_is_refused(diary, clock):
    with Store.open(diary, now=clock) as store, pytest.raises(StoreError, match="reason"):
        store.backup("whenever")


def test_other_files_in_the_backup_folder_are_ignored(diary, clock):
    folder = diary / "backups"
    folder.mkdir(mode=0o700)
    (folder / "notes.txt").write_text("mine")
    (folder / "coach-20261126-083000-weekly.sqlite3").write_text("not ours")
    (folder / ".coach-20261126-083000-daily.sqlite3.partial").write_text("half")
    with Store.open(diary, now=clock) as store:
        assert names(store.backups()) == ["coach-20261126-083000-daily.sqlite3"]
    assert (folder / "notes.txt").read_text() == "mine"


def test_a_failed_backup_says_where_and_leaves_no_half_file(diary, clock):
    folder = diary / "backups"
    folder.mkdir(mode=0o700)
    with Store.open(diary, now=clock) as store:
        with pytest.raises(StoreError, match="Could not write a backup"):
            make_backup(diary / "missing.sqlite3", folder, Reason.MANUAL, clock())
        assert names(p for p in folder.iterdir() if not p.name.endswith("daily.sqlite3")) == []
        assert len(store.backups()) == 1


def test_restore_candidates_must_pass_the_check_and_be_readable(diary, clock, monkeypatch):
    with Store.open(diary, now=clock) as store:
        good = store.backup("manual")
    assert is_restorable(good)
    damaged = good.with_name("coach-20261126-083001-manual.sqlite3")
    damaged.write_bytes(os.urandom(8192))
    assert not is_restorable(damaged)
    # A copy written by a newer app cannot be opened by this one.
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:0])
    assert not is_restorable(good)
    # Checking a candidate leaves nothing beside it.
    assert sorted(p.name for p in good.parent.iterdir()) == sorted(
        ["coach-20261126-083000-daily.sqlite3", good.name, damaged.name]
    )


def test_backups_are_listed_newest_first_whatever_the_reason(tmp_path):
    for name in (
        "coach-20261125-090000-manual.sqlite3",
        "coach-20261126-070000-daily.sqlite3",
        "coach-20261124-235959-import.sqlite3",
        "coach-20261126-070000-import-2.sqlite3",
    ):
        (tmp_path / name).write_bytes(b"")
    assert [b.path.name for b in list_backups(tmp_path)] == [
        "coach-20261126-070000-import-2.sqlite3",
        "coach-20261126-070000-daily.sqlite3",
        "coach-20261125-090000-manual.sqlite3",
        "coach-20261124-235959-import.sqlite3",
    ]


def test_when_the_days_backup_cannot_be_made_the_diary_still_opens_and_says_so(diary, clock):
    (diary / "backups").write_text("a file where the folder should be")
    with Store.open(diary, now=clock) as store:
        assert store.symptoms() == [entry(0)]
        assert "Today's backup copy could not be made" in store.notice
        assert "backups" in store.notice
        with pytest.raises(StoreError, match="Could not write a backup"):
            store.backup("manual")
