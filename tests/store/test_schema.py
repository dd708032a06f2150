"""Schema versions: old files are upgraded safely, files from a newer app are left alone."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from coach.core.records import SymptomEntry
from coach.store import schema
from coach.store.backup import list_backups
from coach.store.database import MigrationError, NewerSchemaError, Store, StoreError

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=timezone(timedelta(hours=1)))


def clock() -> datetime:
    return NOW


def entry(n: int) -> SymptomEntry:
    return SymptomEntry(id=f"entry-{n}", recorded_at=NOW - timedelta(days=n), spasm=n % 11)


def version_of(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def table_names(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def folder_snapshot(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_new_database_gets_the_current_version(data_dir):
    with Store.open(data_dir, now=clock) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert schema.SCHEMA_VERSION == len(schema.MIGRATIONS) >= 1


def test_an_empty_version_0_file_is_built_up_without_a_backup(data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / "coach.sqlite3").touch()
    with Store.open(data_dir, now=clock) as store:
        store.add_symptom(entry(1))
    assert version_of(data_dir / "coach.sqlite3") == schema.SCHEMA_VERSION
    assert {"sessions", "symptoms", "injections", "plan"} <= table_names(
        data_dir / "coach.sqlite3"
    )
    assert not any(b.reason == "migration" for b in list_backups(data_dir / "backups"))


def test_a_version_0_database_with_a_header_is_built_up_too(data_dir):
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / "coach.sqlite3")
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.close()
    assert version_of(data_dir / "coach.sqlite3") == 0
    with Store.open(data_dir, now=clock) as store:
        store.add_symptom(entry(1))
        assert store.symptoms() == [entry(1)]


# --- a database from a newer app -----------------------------------------------------


def make_newer_database(path, journal_mode: str) -> None:
    path.parent.mkdir(mode=0o700, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE future_records (id TEXT PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO future_records VALUES ('a', 'from the future')")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_database_from_a_newer_app_is_refused_and_left_byte_for_byte(data_dir, journal_mode):
    path = data_dir / "coach.sqlite3"
    make_newer_database(path, journal_mode)
    path.chmod(0o640)  # not even the permissions may change
    before = folder_snapshot(data_dir)
    with pytest.raises(NewerSchemaError) as refused:
        Store.open(data_dir, now=clock)
    message = str(refused.value)
    assert "made by a newer version of Trapezius Coach" in message
    assert "Nothing was changed" in message
    assert folder_snapshot(data_dir) == before  # no -wal, -shm or backups appeared
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_newer_database_with_unwritten_changes_in_its_wal_is_refused(data_dir, tmp_path):
    # A newer app that crashed left its upgrade in the -wal file only.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    live = sqlite3.connect(elsewhere / "coach.sqlite3", isolation_level=None)
    live.execute("PRAGMA journal_mode = WAL")
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("CREATE TABLE t (x)")
    live.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    data_dir.mkdir(mode=0o700)
    for name in ("coach.sqlite3", "coach.sqlite3-wal", "coach.sqlite3-shm"):
        shutil.copyfile(elsewhere / name, data_dir / name)
    live.close()
    before = folder_snapshot(data_dir)
    with pytest.raises(NewerSchemaError):
        Store.open(data_dir, now=clock)
    after = folder_snapshot(data_dir)
    assert set(after) == set(before)
    assert after["coach.sqlite3"] == before["coach.sqlite3"]
    assert after["coach.sqlite3-wal"] == before["coach.sqlite3-wal"]


# --- upgrading an older database -----------------------------------------------------


def add_mood_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE symptoms ADD COLUMN mood TEXT")


def create_then_fail(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    raise RuntimeError("disk said no")


#: The schema this app writes plays "the old version"; the tests append new migrations.
REAL_MIGRATIONS = list(schema.MIGRATIONS)
OLD = len(REAL_MIGRATIONS)


@pytest.fixture
def version_1_diary(data_dir, monkeypatch):
    """A diary written by the current schema (the 'old' one here), with three entries."""
    monkeypatch.setattr(schema, "MIGRATIONS", list(REAL_MIGRATIONS))
    with Store.open(data_dir, now=clock) as store:
        for n in range(3):
            store.add_symptom(entry(n))
    for backup in list_backups(data_dir / "backups"):
        backup.path.unlink()  # only the upgrade's own backup should be there afterwards
    return data_dir


def test_an_older_database_is_backed_up_then_upgraded(version_1_diary, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_mood_column])
    with Store.open(version_1_diary, now=clock) as store:
        assert store.symptoms() == [entry(2), entry(1), entry(0)]
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(symptoms)")]
        assert "mood" in columns
    assert version_of(version_1_diary / "coach.sqlite3") == OLD + 1
    migration_backups = [
        b for b in list_backups(version_1_diary / "backups") if b.reason == "migration"
    ]
    assert len(migration_backups) == 1
    copy = migration_backups[0].path
    assert version_of(copy) == OLD
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM symptoms").fetchone()[0] == 3
    conn.close()


@pytest.mark.parametrize(
    "new_migrations",
    [[create_then_fail], [add_mood_column, create_then_fail]],
    ids=["one-step", "second-of-two-steps"],
)
def test_a_failing_upgrade_leaves_the_old_file_as_it_was(
    version_1_diary, monkeypatch, new_migrations
):
    path = version_1_diary / "coach.sqlite3"
    before = path.read_bytes()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, *new_migrations])
    with pytest.raises(MigrationError) as failed:
        Store.open(version_1_diary, now=clock)
    assert isinstance(failed.value, StoreError)
    assert f"from version {OLD} to" in str(failed.value)
    assert "disk said no" in str(failed.value)
    assert path.read_bytes() == before
    assert version_of(path) == OLD
    assert "half_done" not in table_names(path)
    assert not (version_1_diary / "coach.sqlite3-wal").exists()
    # The copy taken before the attempt is there too.
    assert [b.reason for b in list_backups(version_1_diary / "backups")] == ["migration"]
    # And the old app still reads every entry.
    monkeypatch.setattr(schema, "MIGRATIONS", list(REAL_MIGRATIONS))
    with Store.open(version_1_diary, now=clock) as store:
        assert len(store.symptoms()) == 3


def test_no_upgrade_happens_without_its_backup(version_1_diary, monkeypatch):
    assert not (version_1_diary / "backups").exists()
    (version_1_diary / "backups").write_text("a file where the folder should be")
    before = (version_1_diary / "coach.sqlite3").read_bytes()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_mood_column])
    with pytest.raises(MigrationError, match="backup copy made first failed"):
        Store.open(version_1_diary, now=clock)
    assert (version_1_diary / "coach.sqlite3").read_bytes() == before
    assert version_of(version_1_diary / "coach.sqlite3") == OLD


def test_a_real_first_version_diary_upgrades_to_the_current_schema(data_dir):
    # Built the way version 1 of the app built it, with a row written by hand in its columns.
    data_dir.mkdir(mode=0o700)
    path = data_dir / "coach.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        schema.MIGRATIONS[0](conn)
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO symptoms (id, recorded_at, recorded_at_offset, spasm, note, "
            "created_at, updated_at) VALUES ('old', '2026-01-05T08:00:00.000000Z', 3600, 6, "
            "'kept', '2026-01-05T08:00:00.000000Z', '2026-01-05T08:00:00.000000Z')"
        )
    conn.close()
    with Store.open(data_dir, now=clock) as store:
        (old,) = store.symptoms()
        assert (old.id, old.spasm, old.note, old.sensory_trick_helped) == (
            "old",
            6,
            "kept",
            None,
        )
        assert old.recorded_at.isoformat() == "2026-01-05T09:00:00+01:00"
        assert store.settings() == store.settings().__class__()
    assert version_of(path) == schema.SCHEMA_VERSION
    (backup,) = [b for b in list_backups(data_dir / "backups") if b.reason == "migration"]
    assert version_of(backup.path) == 1
