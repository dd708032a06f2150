"""The diary database: opening it safely, and reading and writing the patient's records.

`Store.open()` is the only way in. In order it: refuses a database written by a newer app
(without touching it), moves a damaged file aside and restores a backup, upgrades an older
schema (after a backup copy), and makes the day's backup. Every file it creates is 0600.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from coach.core.records import (
    KINDS,
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.core.settings import Settings, settings_from_values, settings_to_values
from coach.paths import (
    backups_dir,
    database_path,
    ensure_private_dir,
    make_private,
    resolve_data_dir,
    touch_private,
)
from coach.store import rows, schema
from coach.store.backup import Reason, list_backups, made_on, make_backup, read_only_uri
from coach.store.errors import DuplicateIdError, MigrationError, NewerSchemaError, StoreError
from coach.store.recovery import has_sqlite_header, is_corruption, quick_check, recover

__all__ = [
    "DuplicateIdError",
    "MigrationError",
    "NewerSchemaError",
    "Store",
    "StoreError",
]

Clock = Callable[[], datetime]

_BUSY_TIMEOUT_SECONDS = 5.0
_SQLITE_BUSY = 5
_IN_PROGRESS = SessionStatus.IN_PROGRESS.value


def local_now() -> datetime:
    """The current local time with its UTC offset."""
    return datetime.now().astimezone()


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    names = (*columns, "created_at", "updated_at")
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _update_sql(table: str, columns: Sequence[str], key: str) -> str:
    sets = ", ".join(f"{c} = ?" for c in columns if c != key)
    return f"UPDATE {table} SET {sets}, updated_at = ? WHERE {key} = ?"


def _near_day(column: str, day: date | None) -> list[str]:
    """SQL conditions keeping the UTC stamps that could fall on a local day.

    UTC offsets lie within +-14 h, so a local day lies inside the UTC window from the day
    before to the day after; the caller then keeps the exact local day.
    """
    if day is None:
        return []
    low = (day - timedelta(days=1)).isoformat()
    high = (day + timedelta(days=2)).isoformat()
    return [f"{column} >= '{low}'", f"{column} < '{high}'"]


_SESSION_SELECT = f"SELECT {', '.join(rows.SESSION_COLUMNS)} FROM sessions"
_SYMPTOM_SELECT = f"SELECT {', '.join(rows.SYMPTOM_COLUMNS)} FROM symptoms"
_INJECTION_SELECT = f"SELECT {', '.join(rows.INJECTION_COLUMNS)} FROM injections"
_PLAN_SELECT = f"SELECT {', '.join(rows.PLAN_COLUMNS)} FROM plan"
_PLAN_UPSERT = (
    _insert_sql("plan", rows.PLAN_COLUMNS)
    + " ON CONFLICT (valid_from, kind) DO UPDATE SET times_per_day = excluded.times_per_day,"
    " weekdays = excluded.weekdays, reminder_times = excluded.reminder_times,"
    " updated_at = excluded.updated_at"
)
_WHAT = {"sessions": "session", "symptoms": "symptom entry", "injections": "injection"}


def _peek_version(path: Path) -> int | None:
    """The schema version of an existing file, None if it is damaged; reading it changes
    and creates nothing."""
    if path.stat().st_size == 0:
        return 0
    if not has_sqlite_header(path):
        return None
    wal = Path(f"{path}-wal")
    # With no -wal file the main file holds everything, and immutable=1 keeps SQLite from
    # creating -wal/-shm files beside it; with one, committed pages may still be in the
    # WAL, so read through it (the files already exist).
    has_wal = wal.exists() and wal.stat().st_size > 0
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=not has_wal), uri=True)
        try:
            return schema.read_version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return None
        raise


def _connect(path: Path) -> sqlite3.Connection | None:
    """A read-write connection in WAL mode that passed quick_check; None if damaged."""
    touch_private(path)  # SQLite gives -wal and -shm the mode of the main file
    conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_TIMEOUT_SECONDS)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        sound = quick_check(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        if is_corruption(error):
            return None
        raise
    if not sound:
        conn.close()
        return None
    for suffix in ("-wal", "-shm"):
        make_private(Path(f"{path}{suffix}"))
    return conn


class Store:
    """The patient's diary in one SQLite file; use as a context manager."""

    def __init__(
        self,
        data_dir: Path,
        conn: sqlite3.Connection,
        now: Clock = local_now,
        notice: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        self.conn = conn
        self.notice = notice
        # What was wrong with the saved settings at the last read (each kept its default).
        self.settings_problems: list[str] = []
        self._now = now
        self._savepoints = 0
        self._closed = False

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        now: Clock | None = None,
        daily_backup: bool = True,
    ) -> Store:
        """Open (creating if needed) the diary in data_dir; see the module docstring.

        The command line passes daily_backup=False: a read-only command such as `stats`
        then writes nothing into the data folder.
        """
        clock = now or local_now
        folder = resolve_data_dir(data_dir)
        path = database_path(folder)
        try:
            return cls._open(folder, path, clock, daily_backup)
        except StoreError:
            raise
        except sqlite3.Error as error:
            if (getattr(error, "sqlite_errorcode", 0) & 0xFF) == _SQLITE_BUSY:
                message = (
                    f"The diary database {path} is busy in another Trapezius Coach window; "
                    f"please try again in a moment."
                )
            else:
                message = f"Could not open the diary database {path}: {error}"
            raise StoreError(message) from error
        except OSError as error:
            raise StoreError(f"Could not open the diary database {path}: {error}") from error

    @classmethod
    def _open(cls, folder: Path, path: Path, clock: Clock, daily_backup: bool) -> Store:
        version = _peek_version(path) if path.is_file() else 0
        if version is not None and version > schema.current_version():
            raise NewerSchemaError(
                f"The diary database {path} was made by a newer version of Trapezius Coach "
                f"(schema {version}; this version reads up to {schema.current_version()}). "
                f"Nothing was changed: please update Trapezius Coach to open it."
            )
        damaged = version is None
        ensure_private_dir(folder)
        conn = None if damaged else _connect(path)
        notice = None
        if conn is None:
            outcome = recover(path, backups_dir(folder), clock())
            notice = outcome.notice
            conn = _connect(path)
            if conn is None:  # the backup passed its check a moment ago; be safe anyway
                raise StoreError(f"The diary database {path} is damaged; restoring it failed.")
        store = cls(folder, conn, clock, notice)
        try:
            store._migrate()
            if daily_backup:
                store._daily_backup()
        except BaseException:
            store.close()
            raise
        return store

    def _migrate(self) -> None:
        version = schema.read_version(self.conn)
        target = schema.current_version()
        if version == target:
            return
        if version >= 1:  # an empty file has nothing worth a copy
            try:
                self.backup(Reason.MIGRATION)
            except StoreError as error:
                raise MigrationError(
                    f"The diary database {self.path} needs an upgrade from version {version} "
                    f"to {target}, but the backup copy made first failed, so nothing was "
                    f"changed. {error}"
                ) from error
        try:
            with self.transaction():
                schema.migrate(self.conn, version)
        except Exception as error:
            raise MigrationError(
                f"Could not upgrade the diary database {self.path} from version {version} "
                f"to {target}: {error}. It was left as it was."
            ) from error

    def _daily_backup(self) -> None:
        # An empty diary has nothing to protect yet; the first open with records backs up.
        folder = backups_dir(self.data_dir)
        if self.is_empty() or made_on(folder, Reason.DAILY, self._now().date()):
            return
        try:
            self.backup(Reason.DAILY)
        except StoreError as error:
            # The diary itself is fine: say so rather than keep the patient out of it.
            failed = f"Today's backup copy could not be made. {error}"
            self.notice = f"{self.notice}\n{failed}" if self.notice else failed

    def close(self) -> None:
        """Close the connection; safe to call twice."""
        if not self._closed:
            self._closed = True
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- transactions and backups ------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside happen together or not at all; nests via savepoints."""
        conn = self.conn
        if conn.in_transaction:
            self._savepoints += 1
            name = f"nested_{self._savepoints}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            else:
                conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        # IMMEDIATE takes the write lock now, so a second window waits here (busy timeout)
        # instead of failing halfway through its writes.
        _sql_step(conn, "BEGIN IMMEDIATE")
        try:
            yield self
            _sql_step(conn, "COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write: joins an open transaction, else commits on its own; SQL errors become
        StoreErrors."""
        try:
            with self.transaction():
                yield
        # sqlite3 raises OverflowError for a whole number beyond 64 bits and
        # UnicodeEncodeError for text with a lone surrogate, before SQLite sees either.
        except (sqlite3.Error, OverflowError, UnicodeEncodeError) as error:
            raise StoreError(f"Could not save to the diary: {error}") from error

    def backup(self, reason: str) -> Path:
        """Copy the committed diary into backups/ (daily, import, migration or manual)."""
        try:
            why = Reason(reason)
        except ValueError:
            choices = ", ".join(r.value for r in Reason)
            message = f"backup reason must be one of {choices}, not {reason!r}"
            raise StoreError(message) from None
        return make_backup(self.path, backups_dir(self.data_dir), why, self._now())

    def backups(self) -> list[Path]:
        """Every backup file, newest first."""
        return [b.path for b in list_backups(backups_dir(self.data_dir))]

    # --- shared helpers ----------------------------------------------------------------

    def _stamp(self) -> str:
        return rows.utc_text(self._now())

    def _insert(self, table: str, columns: Sequence[str], row: rows.Row) -> None:
        stamp = self._stamp()
        try:
            with self._writing():
                self.conn.execute(_insert_sql(table, columns), (*row, stamp, stamp))
        except StoreError as error:
            if _is_duplicate(error):
                raise DuplicateIdError(
                    f"A {_WHAT[table]} with id {row[0]} is already in the diary."
                ) from error
            raise

    def _update(self, table: str, columns: Sequence[str], row: rows.Row) -> None:
        with self._writing():
            cursor = self.conn.execute(
                _update_sql(table, columns, "id"), (*row[1:], self._stamp(), row[0])
            )
        if cursor.rowcount == 0:
            raise StoreError(f"There is no {_WHAT[table]} with id {row[0]} to change.")

    def _delete(self, table: str, record_id: str) -> None:
        with self._writing():
            cursor = self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        if cursor.rowcount == 0:
            raise StoreError(f"There is no {_WHAT[table]} with id {record_id} to delete.")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"Could not read the diary: {error}") from error

    # --- sessions ----------------------------------------------------------------------

    def add_session(self, rec: SessionRecord) -> None:
        """Save a new session; DuplicateIdError if its id is taken."""
        self._insert("sessions", rows.SESSION_COLUMNS, rows.session_row(rec))

    def update_session(self, rec: SessionRecord) -> None:
        """Replace the session with the same id; StoreError if there is none."""
        self._update("sessions", rows.SESSION_COLUMNS, rows.session_row(rec))

    def get_session(self, session_id: str) -> SessionRecord | None:
        """The session with this id, or None."""
        found = self._read(f"{_SESSION_SELECT} WHERE id = ?", (session_id,))
        return rows.session_from_row(found[0]) if found else None

    def sessions(
        self, *, include_in_progress: bool = False, on_day: date | None = None
    ) -> list[SessionRecord]:
        """Sessions, oldest first; unfinished ones only when asked for.

        on_day keeps only the sessions of that local calendar day (each in its own offset);
        it reads just the rows near that day, so the Today screen stays quick on a long
        history.
        """
        clauses = [] if include_in_progress else [f"status <> '{_IN_PROGRESS}'"]
        clauses += _near_day("started_at", on_day)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        found = self._read(f"{_SESSION_SELECT}{where} ORDER BY started_at, id")
        records = [rows.session_from_row(r) for r in found]
        return records if on_day is None else [r for r in records if r.day == on_day]

    # --- symptom entries ---------------------------------------------------------------

    def add_symptom(self, rec: SymptomEntry) -> None:
        """Save a new symptom entry; DuplicateIdError if its id is taken."""
        self._insert("symptoms", rows.SYMPTOM_COLUMNS, rows.symptom_row(rec))

    def update_symptom(self, rec: SymptomEntry) -> None:
        """Replace the symptom entry with the same id; StoreError if there is none."""
        self._update("symptoms", rows.SYMPTOM_COLUMNS, rows.symptom_row(rec))

    def delete_symptom(self, entry_id: str) -> None:
        """Remove a symptom entry; StoreError if there is none with that id."""
        self._delete("symptoms", entry_id)

    def get_symptom(self, entry_id: str) -> SymptomEntry | None:
        """The symptom entry with this id, or None."""
        found = self._read(f"{_SYMPTOM_SELECT} WHERE id = ?", (entry_id,))
        return rows.symptom_from_row(found[0]) if found else None

    def symptoms(self, *, on_day: date | None = None) -> list[SymptomEntry]:
        """Every symptom entry, oldest first (or only those of one local day)."""
        clauses = _near_day("recorded_at", on_day)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        found = self._read(f"{_SYMPTOM_SELECT}{where} ORDER BY recorded_at, id")
        records = [rows.symptom_from_row(r) for r in found]
        return records if on_day is None else [r for r in records if r.day == on_day]

    # --- injections --------------------------------------------------------------------

    def add_injection(self, rec: Injection) -> None:
        """Save a new injection; DuplicateIdError if its id is taken."""
        self._insert("injections", rows.INJECTION_COLUMNS, rows.injection_row(rec))

    def update_injection(self, rec: Injection) -> None:
        """Replace the injection with the same id; StoreError if there is none."""
        self._update("injections", rows.INJECTION_COLUMNS, rows.injection_row(rec))

    def delete_injection(self, injection_id: str) -> None:
        """Remove an injection; StoreError if there is none with that id."""
        self._delete("injections", injection_id)

    def get_injection(self, injection_id: str) -> Injection | None:
        """The injection with this id, or None."""
        found = self._read(f"{_INJECTION_SELECT} WHERE id = ?", (injection_id,))
        return rows.injection_from_row(found[0]) if found else None

    def injections(self) -> list[Injection]:
        """Every injection, by date."""
        found = self._read(f"{_INJECTION_SELECT} ORDER BY date, id")
        return [rows.injection_from_row(r) for r in found]

    # --- plan rows ---------------------------------------------------------------------

    def add_plan_row(self, row: PlanRow) -> None:
        """Save a plan row, replacing one with the same valid_from and kind."""
        values = rows.plan_row(row)
        stamp = self._stamp()
        with self._writing():
            self.conn.execute(_PLAN_UPSERT, (*values, stamp, stamp))

    def get_plan_row(self, valid_from: date, kind: Kind | str) -> PlanRow | None:
        """The plan row with this key, or None."""
        found = self._read(
            f"{_PLAN_SELECT} WHERE valid_from = ? AND kind = ?",
            (valid_from.isoformat(), str(Kind(kind).value)),
        )
        return rows.plan_from_row(found[0]) if found else None

    def plan_rows(self) -> list[PlanRow]:
        """Every plan row, by valid_from, then kind (in the app's kind order)."""
        plan = [rows.plan_from_row(r) for r in self._read(_PLAN_SELECT)]
        return sorted(plan, key=lambda p: (p.valid_from, KINDS.index(p.kind)))

    # --- settings ----------------------------------------------------------------------

    def settings(self) -> Settings:
        """The saved settings; a damaged value falls back to its default (see
        settings_problems)."""
        found = self._read("SELECT name, value FROM settings")
        values = {}
        for name, text in found:
            try:
                values[name] = json.loads(text)
            except ValueError:
                values[name] = text  # reported as a bad value just below
        settings, self.settings_problems = settings_from_values(values)
        return settings

    def save_settings(self, settings: Settings) -> None:
        """Save every setting in one transaction."""
        stamp = self._stamp()
        values = settings_to_values(settings)
        with self._writing():
            self.conn.executemany(
                "INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                [(n, json.dumps(v, sort_keys=True), stamp) for n, v in values.items()],
            )

    # --- the whole history -------------------------------------------------------------

    def history(self) -> History:
        """Everything recorded, finished sessions only."""
        return History(
            sessions=tuple(self.sessions()),
            symptoms=tuple(self.symptoms()),
            injections=tuple(self.injections()),
            plan=tuple(self.plan_rows()),
        )

    def is_empty(self) -> bool:
        """True when the diary holds no sessions, symptoms, injections or plan rows."""
        tables = ("sessions", "symptoms", "injections", "plan")
        held = " OR ".join(f"EXISTS (SELECT 1 FROM {t})" for t in tables)
        return not self._read(f"SELECT {held}")[0][0]

    def add_history(self, history: History) -> None:
        """Insert a whole history in one transaction: all of it or, on any error, none."""
        encoded = {
            "sessions": [rows.session_row(r) for r in history.sessions],
            "symptoms": [rows.symptom_row(r) for r in history.symptoms],
            "injections": [rows.injection_row(r) for r in history.injections],
        }
        plan = [rows.plan_row(r) for r in history.plan]
        for table, table_rows in encoded.items():
            _refuse_repeated_ids(table, table_rows)
        stamp = self._stamp()
        columns = {
            "sessions": rows.SESSION_COLUMNS,
            "symptoms": rows.SYMPTOM_COLUMNS,
            "injections": rows.INJECTION_COLUMNS,
        }
        try:
            with self._writing():
                for table, table_rows in encoded.items():
                    self.conn.executemany(
                        _insert_sql(table, columns[table]),
                        [(*r, stamp, stamp) for r in table_rows],
                    )
                self.conn.executemany(_PLAN_UPSERT, [(*r, stamp, stamp) for r in plan])
        except StoreError as error:
            if _is_duplicate(error):
                raise self._duplicate_in(encoded) from error
            raise

    def _duplicate_in(self, encoded: dict[str, list[rows.Row]]) -> StoreError:
        """Name the first record whose id is already stored (only on the failure path)."""
        for table, table_rows in encoded.items():
            ids = [r[0] for r in table_rows]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                taken = self._read(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
                if taken:
                    return DuplicateIdError(
                        f"A {_WHAT[table]} with id {taken[0][0]} is already in the diary; "
                        f"nothing was added."
                    )
        return StoreError("Could not add the history: an id is already in the diary.")


def _sql_step(conn: sqlite3.Connection, statement: str) -> None:
    try:
        conn.execute(statement)
    except sqlite3.Error as error:
        raise StoreError(f"Could not save to the diary ({statement}): {error}") from error


def _is_duplicate(error: StoreError) -> bool:
    cause = error.__cause__
    return isinstance(cause, sqlite3.IntegrityError) and "UNIQUE constraint" in str(cause)


def _refuse_repeated_ids(table: str, table_rows: Iterable[rows.Row]) -> None:
    counts = Counter(r[0] for r in table_rows)
    repeated = next((i for i, n in counts.items() if n > 1), None)
    if repeated is not None:
        raise DuplicateIdError(
            f"The {_WHAT[table]} id {repeated} appears more than once; nothing was added."
        )
