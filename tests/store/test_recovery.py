"""A damaged diary file is kept aside, never deleted, and the newest good backup comes back."""

from __future__ import annotations

import os
import random
import stat
from datetime import datetime, timedelta, timezone

import pytest

from coach.core.records import History, SymptomEntry
from coach.store.backup import list_backups
from coach.store.database import Store
from coach.store.recovery import move_aside

BERLIN_WINTER = timezone(timedelta(hours=1))
PAGE = 4096


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
    return Clock(datetime(2026, 11, 24, 7, 45, 0, tzinfo=BERLIN_WINTER))


def entries(first: int, count: int) -> tuple[SymptomEntry, ...]:
    start = datetime(2026, 1, 1, tzinfo=BERLIN_WINTER)
    return tuple(
        SymptomEntry(
            id=f"entry-{n}",
            recorded_at=start + timedelta(hours=n),
            spasm=n % 11,
            note=f"entry number {n}, long enough to fill a few pages of the file",
        )
        for n in range(first, first + count)
    )


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def junk(size: int) -> bytes:
    return random.Random(size).randbytes(size)


@pytest.fixture
def database(data_dir):
    return data_dir / "coach.sqlite3"


@pytest.fixture
def backed_up_diary(data_dir, clock):
    """Backups, newest first: 26 Nov 08:45 (manual, 2000 entries), 26 Nov 07:45 (daily,
    1500) and 24 Nov 07:45 (daily, 1500); the diary itself has 10 entries more."""
    with Store.open(data_dir, now=clock) as store:
        store.add_history(History(symptoms=entries(0, 1500)))
    Store.open(data_dir, now=clock).close()
    clock.advance(days=2)
    with Store.open(data_dir, now=clock) as store:
        store.add_history(History(symptoms=entries(1500, 500)))
        clock.advance(hours=1)
        store.backup("manual")
        store.add_history(History(symptoms=entries(2000, 10)))
    made = [(b.made_at.day, b.made_at.hour) for b in list_backups(data_dir / "backups")]
    assert made == [(26, 8), (26, 7), (24, 7)]
    clock.advance(hours=1)
    return data_dir


def damage_a_page(path) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) > 20 * PAGE
    data[10 * PAGE : 11 * PAGE] = junk(PAGE)
    path.write_bytes(bytes(data))


def truncate(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_file_of_random_bytes_is_kept_aside_and_a_fresh_diary_started(
    data_dir, database, clock
):
    data_dir.mkdir(mode=0o700)
    garbage = junk(20_000)
    database.write_bytes(garbage)
    with Store.open(data_dir, now=clock) as store:
        assert store.is_empty()
        store.add_symptom(entries(0, 1)[0])  # and it works
        notice = store.notice
    kept = data_dir / "coach.sqlite3.corrupt-20261124-074500"
    assert kept.read_bytes() == garbage
    assert mode(kept) == 0o600
    assert "coach.sqlite3.corrupt-20261124-074500" in notice
    assert "new, empty diary was started" in notice


@pytest.mark.parametrize("damage", [truncate, damage_a_page], ids=["truncated", "bad-page"])
def test_a_damaged_diary_is_replaced_by_the_newest_backup(
    backed_up_diary, database, clock, damage
):
    damage(database)
    damaged = database.read_bytes()
    with Store.open(backed_up_diary, now=clock) as store:
        ids = {s.id for s in store.symptoms()}
        notice = store.notice
    assert len(ids) == 2000  # what the 26 Nov backup held, not the 10 after it
    kept = backed_up_diary / "coach.sqlite3.corrupt-20261126-094500"
    assert kept.read_bytes() == damaged
    assert "kept unchanged as coach.sqlite3.corrupt-20261126-094500" in notice
    assert "the backup from 26 November 2026 at 08:45 was restored" in notice


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(
    backed_up_diary, database, clock
):
    newest = list_backups(backed_up_diary / "backups")[0].path
    damage_a_page(newest)
    truncate(database)
    with Store.open(backed_up_diary, now=clock) as store:
        assert len(store.symptoms()) == 1500
        assert "the backup from 26 November 2026 at 07:45 was restored" in store.notice
    assert newest.exists()  # backups are not deleted for being damaged either


def test_with_no_good_backup_a_fresh_diary_is_started(backed_up_diary, database, clock):
    for backup in list_backups(backed_up_diary / "backups"):
        backup.path.write_bytes(junk(3 * PAGE))
    truncate(database)
    with Store.open(backed_up_diary, now=clock) as store:
        assert store.is_empty()
        assert "no good backup was found" in store.notice


def test_the_wal_and_shm_files_go_aside_with_the_damaged_file(data_dir, database, clock):
    data_dir.mkdir(mode=0o700)
    database.write_bytes(junk(9000))
    (data_dir / "coach.sqlite3-wal").write_bytes(b"wal bytes")
    (data_dir / "coach.sqlite3-shm").write_bytes(b"shm bytes")
    with Store.open(data_dir, now=clock):
        pass
    kept = data_dir / "coach.sqlite3.corrupt-20261124-074500"
    assert kept.read_bytes() == junk(9000)
    assert (data_dir / "coach.sqlite3.corrupt-20261124-074500-wal").read_bytes() == b"wal bytes"
    assert (data_dir / "coach.sqlite3.corrupt-20261124-074500-shm").read_bytes() == b"shm bytes"
    for path in data_dir.iterdir():
        if path.is_file():
            assert mode(path) == 0o600, path.name


def test_a_sound_diary_has_no_notice(data_dir, clock):
    with Store.open(data_dir, now=clock) as store:
        assert store.notice is None


def test_moving_aside_twice_in_one_second_overwrites_nothing(tmp_path, clock):
    database = tmp_path / "coach.sqlite3"
    database.write_bytes(b"first")
    first = move_aside(database, clock())
    database.write_bytes(b"second")
    second = move_aside(database, clock())
    assert first.name == "coach.sqlite3.corrupt-20261124-074500"
    assert second.name == "coach.sqlite3.corrupt-20261124-074500-2"
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")
    assert not database.exists()


def test_a_diary_damaged_again_after_a_restore_is_recovered_again(
    backed_up_diary, database, clock
):
    truncate(database)
    Store.open(backed_up_diary, now=clock).close()
    truncate(database)
    with Store.open(backed_up_diary, now=clock) as store:
        assert len(store.symptoms()) == 2000
    kept = sorted(p.name for p in backed_up_diary.iterdir() if ".corrupt-" in p.name)
    assert kept == [
        "coach.sqlite3.corrupt-20261126-094500",
        "coach.sqlite3.corrupt-20261126-094500-2",
    ]


def test_random_bytes_never_crash_the_open(data_dir, database, clock):
    data_dir.mkdir(mode=0o700)
    for size in (1, 100, 512, 4096, 65536):
        database.write_bytes(os.urandom(size))
        with Store.open(data_dir, now=clock) as store:
            assert store.notice is not None
        clock.advance(seconds=1)
