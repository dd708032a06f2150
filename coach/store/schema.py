"""The database schema: its version and the forward-only migrations that build it.

MIGRATIONS[n] turns a version-n database into version n+1; the version lives in
`PRAGMA user_version`. A migration, once released, is never edited: a change to the
schema is a new function appended to the list. Each migration's SQL spells its values out
(kinds, statuses) rather than reading them from the enums, so an old migration keeps
building exactly the schema it built when it shipped.

Why some columns have no declared type: with INTEGER affinity SQLite quietly turns the
text '3' into the number 3 *before* a CHECK constraint sees it, so `typeof(x)='integer'`
could not reject it. A column without a type keeps every value exactly as given.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]

# Fixed-width, so text order is time order: 2026-11-26T07:30:00.000000Z
_UTC_GLOB = (
    "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]Z'"
)


def _rating(column: str, *, required: bool = False) -> str:
    """A whole number 0-10 (NOT NULL when required)."""
    check = f"typeof({column}) = 'integer' AND {column} BETWEEN 0 AND 10"
    if required:
        return f"{column} NOT NULL CHECK ({check})"
    return f"{column} CHECK ({column} IS NULL OR ({check}))"


def _utc(column: str, *, offset: bool) -> str:
    """A UTC timestamp column, and with `offset` its local UTC offset in seconds."""
    check = f"typeof({column}) = 'text' AND {column} GLOB {_UTC_GLOB}"
    text = f"{column} TEXT NOT NULL CHECK ({check})"
    if offset:
        name = f"{column}_offset"
        text += (
            f",\n    {name} NOT NULL CHECK (typeof({name}) = 'integer'"
            f" AND {name} BETWEEN -86399 AND 86399)"
        )
    return text


def _day(column: str, *, required: bool) -> str:
    """A calendar date as YYYY-MM-DD; '+0 days' normalises 2026-02-30, so it cannot match."""
    check = f"typeof({column}) = 'text' AND date({column}, '+0 days') IS {column}"
    if required:
        return f"{column} TEXT NOT NULL CHECK ({check})"
    return f"{column} TEXT CHECK ({column} IS NULL OR ({check}))"


def _count(column: str, condition: str) -> str:
    """A whole number with a range condition."""
    return f"{column} INTEGER NOT NULL CHECK (typeof({column}) = 'integer' AND {condition})"


_STAMPS = f"{_utc('created_at', offset=False)},\n    {_utc('updated_at', offset=False)}"


def _one_of(column: str, *values: str) -> str:
    """`column = 'a' OR column = 'b' ...`: unlike `IN (...)`, which SQLite rebuilds as a
    little table for every inserted row, this costs next to nothing in a bulk insert."""
    return "(" + " OR ".join(f"{column} = '{v}'" for v in values) + ")"


_KINDS = ("stretch", "heat", "breathing", "relaxation")
_STATUSES = ("completed", "partial", "stopped", "abandoned", "in_progress")


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    """The first schema: sessions, symptom entries, injections and plan rows."""
    # No indexes on time: every read takes a whole table, which SQLite sorts as fast as it
    # walks an index, while an index would slow a bulk insert down by a fifth.
    statements = [
        f"""CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND id <> ''),
    routine_id TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK {_one_of("kind", *_KINDS)},
    {_utc("started_at", offset=True)},
    {_count("planned_seconds", "planned_seconds >= 0")},
    {_count("active_seconds", "active_seconds >= 0")},
    {_count("steps_total", "steps_total >= 1")},
    {_count("steps_done", "steps_done BETWEEN 0 AND steps_total")},
    status TEXT NOT NULL CHECK {_one_of("status", *_STATUSES)},
    {_rating("spasm_before")},
    {_rating("spasm_after")},
    {_rating("pain_before")},
    {_rating("pain_after")},
    note TEXT NOT NULL DEFAULT '',
    {_STAMPS}
)""",
        f"""CREATE TABLE symptoms (
    id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND id <> ''),
    {_utc("recorded_at", offset=True)},
    {_rating("spasm", required=True)},
    {_rating("pain")},
    {_rating("stress")},
    {_rating("sleep")},
    sensory_trick CHECK (sensory_trick IS NULL
        OR (typeof(sensory_trick) = 'integer' AND sensory_trick BETWEEN 0 AND 1)),
    note TEXT NOT NULL DEFAULT '',
    {_STAMPS}
)""",
        f"""CREATE TABLE injections (
    id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND id <> ''),
    {_day("date", required=True)},
    product TEXT NOT NULL DEFAULT '',
    units REAL CHECK (units IS NULL OR (typeof(units) = 'real' AND units >= 0)),
    muscles TEXT NOT NULL DEFAULT '',
    {_day("onset_noticed", required=False)},
    {_day("wearing_off_noticed", required=False)},
    side_effects TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    {_STAMPS}
)""",
        f"""CREATE TABLE plan (
    {_day("valid_from", required=True)},
    kind TEXT NOT NULL CHECK {_one_of("kind", *_KINDS)},
    {_count("times_per_day", "times_per_day BETWEEN 0 AND 12")},
    weekdays TEXT NOT NULL,
    reminder_times TEXT NOT NULL DEFAULT '',
    {_STAMPS},
    PRIMARY KEY (valid_from, kind)
)""",
    ]
    for statement in statements:
        conn.execute(statement)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """The patient's settings, one JSON value per name."""
    conn.execute(
        f"""CREATE TABLE settings (
    name TEXT PRIMARY KEY NOT NULL CHECK (typeof(name) = 'text' AND name <> ''),
    value TEXT NOT NULL CHECK (json_valid(value)),
    {_utc("updated_at", offset=False)}
)"""
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Heat sessions keep the seconds the heat was on and whether the skin stayed fine."""
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN heat_seconds CHECK (heat_seconds IS NULL "
        "OR (typeof(heat_seconds) = 'integer' AND heat_seconds >= 0))"
    )
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN skin_ok CHECK (skin_ok IS NULL "
        "OR (typeof(skin_ok) = 'integer' AND skin_ok BETWEEN 0 AND 1))"
    )


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Symptom entries keep whether the sensory trick helped."""
    conn.execute(
        "ALTER TABLE symptoms ADD COLUMN sensory_trick_helped CHECK (sensory_trick_helped IS "
        "NULL OR (typeof(sensory_trick_helped) = 'integer' AND sensory_trick_helped "
        "BETWEEN 0 AND 1))"
    )


#: MIGRATIONS[n] upgrades version n to n+1. Append only.
MIGRATIONS: list[Migration] = [_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4]

#: The version this app writes.
SCHEMA_VERSION = len(MIGRATIONS)


def current_version() -> int:
    """The version this app writes (read at call time, so tests can extend the list)."""
    return len(MIGRATIONS)


def read_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in a database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, start: int) -> int:
    """Run every migration from `start` up, then set user_version; the caller holds the
    transaction. Returns the new version."""
    target = current_version()
    for version in range(start, target):
        MIGRATIONS[version](conn)
    # PRAGMA user_version is part of the transaction: a rollback restores the old number.
    conn.execute(f"PRAGMA user_version = {int(target)}")
    return target
