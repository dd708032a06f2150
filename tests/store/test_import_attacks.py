"""Hostile CSV files and odd values: each is refused by FILE:LINE or kept exactly, never
half-imported, never a crash. Every test here once failed."""

from __future__ import annotations

import csv
import os
import sqlite3
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.records import Injection, SymptomEntry
from coach.store import transfer
from coach.store.csv_files import (
    COLUMNS,
    MAX_WHOLE,
    FileKind,
    csv_text,
    parse_bytes,
    parse_text,
)
from coach.store.database import Store, StoreError
from coach.store.transfer import ImportProblems, export_csv, import_path

SID = "6f1c2a52-8d0e-4d2f-9a59-0c2d3a4b5c6d"
SESSIONS_HEADER = ",".join(COLUMNS[FileKind.SESSIONS])
SYMPTOMS_HEADER = ",".join(COLUMNS[FileKind.SYMPTOMS])
INJECTIONS_HEADER = ",".join(COLUMNS[FileKind.INJECTIONS])
STAMP = "2026-11-26T08:30:00+01:00"


def session_row(planned: str = "600", done: str = "5", total: str = "5") -> str:
    return f"{SID},neck,Neck,stretch,{STAMP},{planned},590,{done},{total},completed,6,4,,,"


def symptom_row(spasm: str = "5", stamp: str = STAMP, record_id: str = SID) -> str:
    return f"{record_id},{stamp},{spasm},,,,,"


def injection_row(units: str = "200", effects: str = "", record_id: str = SID) -> str:
    return f"{record_id},2026-11-05,Botox,{units},left SCM,,,{effects},"


def parse(header: str, *rows: str, name: str = "x.csv"):
    return parse_text("\n".join([header, *rows]) + "\n", name)


def messages(parsed) -> list[str]:
    return [str(p) for p in parsed.problems]


def only_record(parsed):
    assert not parsed.problems, messages(parsed)
    (row,) = parsed.rows
    return row.record


def snapshot(folder) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


# --- whole numbers ---------------------------------------------------------------------


@pytest.mark.parametrize("huge", ["9223372036854775808", "99999999999999999999", "1e19"])
def test_a_count_beyond_what_sqlite_can_store_is_refused_not_a_crash(huge, store, tmp_path):
    # These once reached the INSERT and raised OverflowError after the backup was made.
    source = tmp_path / "sessions.csv"
    source.write_text(f"{SESSIONS_HEADER}\n{session_row(planned=huge)}\n", encoding="utf-8")
    with pytest.raises(ImportProblems) as refused:
        import_path(store, source)
    assert [str(p) for p in refused.value.problems] == [
        f"{source}:2: planned_seconds: {huge!r} is too large"
    ]
    assert store.backups() == [] and store.is_empty()


def test_the_largest_storable_count_is_kept():
    record = only_record(parse(SESSIONS_HEADER, session_row(planned=str(MAX_WHOLE))))
    assert record.planned_seconds == 2**63 - 1


def test_a_number_with_thousands_of_digits_is_a_problem_not_a_crash():
    # int() refuses strings over 4300 digits with a ValueError of its own.
    parsed = parse(SYMPTOMS_HEADER, symptom_row(spasm="9" * 5000))
    (problem,) = messages(parsed)
    assert problem.startswith("x.csv:2: spasm: '999")
    assert "is outside 0-10" in problem and len(problem) < 200


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("5.00000000000000001", "'5.00000000000000001' is not a whole number"),
        ("10.0000000000000001", "'10.0000000000000001' is not a whole number"),
        ("1e999999", "'1e999999' is outside 0-10"),
        ("1e99999999999999999999", "'1e99999999999999999999' is outside 0-10"),
        ("0.5e99999999999999999999", "'0.5e99999999999999999999' is outside 0-10"),
        ("1e-99999999999999999999", "is not a whole number"),
        ("1e308", "'1e308' is outside 0-10"),
    ],
)
def test_ratings_are_read_exactly_not_through_a_float(cell, message):
    # A float would round 5.00000000000000001 to 5 and take it silently.
    (problem,) = messages(parse(SYMPTOMS_HEADER, symptom_row(spasm=cell)))
    assert problem.startswith("x.csv:2: spasm: ") and message in problem


@pytest.mark.parametrize(("cell", "value"), [("5.0", 5), ("5e0", 5), ("+5", 5), ("-0", 0)])
def test_whole_numbers_written_by_a_spreadsheet_are_still_accepted(cell, value):
    assert only_record(parse(SYMPTOMS_HEADER, symptom_row(spasm=cell))).spasm == value


# --- units -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell", ["99999999999999999999", "1e-400", "1e308", "0.1000000000000000001"]
)
def test_units_that_would_be_kept_as_another_number_are_refused(cell):
    # 99999999999999999999 was stored as 1e20 and exported as 100000000000000000000.
    (problem,) = messages(parse(INJECTIONS_HEADER, injection_row(units=cell)))
    assert problem == f"x.csv:2: units: {cell!r} has more digits than the diary can keep"


@pytest.mark.parametrize(("cell", "value"), [("12.5", 12.5), ("0.1", 0.1), ("-0", 0.0)])
def test_ordinary_units_are_kept(cell, value):
    assert only_record(parse(INJECTIONS_HEADER, injection_row(units=cell))).units == value


@given(st.floats(min_value=0, allow_nan=False, allow_infinity=False))
def test_every_units_value_the_diary_holds_reads_back_from_its_export(units):
    record = Injection(id=SID, date=date(2026, 11, 5), units=units)
    back = only_record(parse_text(csv_text(FileKind.INJECTIONS, [record]), "x.csv"))
    assert back.units == units


# --- timestamps and ids ------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp", ["2026-11-26T08:30:00+00:00:00.5", "2026-11-26T08:30:00+01:00:00.000001"]
)
def test_an_offset_with_a_fraction_of_a_second_is_refused(stamp):
    # Python reads "+00:00:00.5" as plain UTC: half a second would vanish without a word.
    (problem,) = messages(parse(SYMPTOMS_HEADER, symptom_row(stamp=stamp)))
    assert problem == f"x.csv:2: recorded_at: {stamp!r}: the UTC offset must be whole minutes"


@pytest.mark.parametrize(
    "spelling",
    [SID.upper(), "{" + SID + "}", "urn:uuid:" + SID, SID.replace("-", "")],
)
def test_usual_uuid_spellings_become_the_canonical_id(spelling):
    assert only_record(parse(SYMPTOMS_HEADER, symptom_row(record_id=spelling))).id == SID


@pytest.mark.parametrize(
    "spelling",
    ["{" + SID, SID + "}", "{{" + SID + "}}", SID.replace("-", "")[:16] + "-" + SID[19:]],
)
def test_uuid_lookalikes_with_stray_braces_or_hyphens_are_refused(spelling):
    (problem,) = messages(parse(SYMPTOMS_HEADER, symptom_row(record_id=spelling)))
    assert problem.startswith(f"x.csv:2: id: {spelling!r} is not a UUID")


# --- big cells and long messages --------------------------------------------------------


def test_a_note_of_a_megabyte_survives_and_the_csv_limit_is_put_back():
    note = "ä" * 1_000_000
    before = csv.field_size_limit()
    record = only_record(parse(SYMPTOMS_HEADER, symptom_row() + note))
    assert record.note == note
    assert csv.field_size_limit() == before


def test_a_huge_bad_cell_is_quoted_back_briefly():
    (problem,) = messages(parse(SYMPTOMS_HEADER, symptom_row(spasm="x" * 1_000_000)))
    assert problem.startswith("x.csv:2: spasm: 'xxx")
    assert "(1000000 characters)" in problem and len(problem) < 200


def test_thousands_of_unnamed_columns_are_one_problem():
    parsed = parse(SYMPTOMS_HEADER + "," * 5000, symptom_row() + "," * 5000)
    assert messages(parsed) == [
        "x.csv:1: header: 5000 columns (9, 10, 11, 12, 13, ...) have no name"
    ]


def test_a_side_effect_with_an_impossible_date_is_named():
    (problem,) = messages(
        parse(INJECTIONS_HEADER, injection_row(effects="dry mouth@2026-02-30"))
    )
    assert problem.startswith("x.csv:2: side_effects: 'dry mouth@2026-02-30': ")


# --- folders -----------------------------------------------------------------------------


def _folder_with_symptoms(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "symptoms.csv").write_text(f"{SYMPTOMS_HEADER}\n{symptom_row()}\n", "utf-8")
    return folder


def test_a_folder_named_sessions_csv_is_a_problem_not_skipped(store, tmp_path):
    folder = _folder_with_symptoms(tmp_path)
    (folder / "sessions.csv").mkdir()
    with pytest.raises(ImportProblems) as refused:
        import_path(store, folder)
    assert [str(p) for p in refused.value.problems] == [
        f"{folder}/sessions.csv: is a folder, not a file"
    ]
    assert store.is_empty()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_named_sessions_csv_is_a_problem_not_skipped(store, tmp_path):
    # Reading a fifo would block forever; skipping it would import half the folder.
    folder = _folder_with_symptoms(tmp_path)
    os.mkfifo(folder / "sessions.csv")
    with pytest.raises(ImportProblems) as refused:
        import_path(store, folder)
    assert [str(p) for p in refused.value.problems] == [
        f"{folder}/sessions.csv: is neither a file nor a folder"
    ]
    assert store.is_empty()


def test_a_dangling_link_named_like_a_coach_file_is_a_problem(store, tmp_path):
    folder = _folder_with_symptoms(tmp_path)
    (folder / "plan.csv").symlink_to(tmp_path / "gone.csv")
    with pytest.raises(ImportProblems) as refused:
        import_path(store, folder)
    assert [str(p) for p in refused.value.problems] == [
        f"{folder}/plan.csv: no such file or folder"
    ]


# --- all or nothing in the store --------------------------------------------------------


def test_an_insert_that_fails_leaves_no_backup_and_no_rows(data_dir, tmp_path, monkeypatch):
    # As if another window saved the same entry between the check and the insert.
    source = tmp_path / "symptoms.csv"
    source.write_text(f"{SYMPTOMS_HEADER}\n{symptom_row()}\n", encoding="utf-8")
    with Store.open(data_dir, daily_backup=False) as first:
        import_path(first, source)
    before = snapshot(data_dir)
    monkeypatch.setattr(transfer, "_stored", lambda store, kind: {})
    with (
        Store.open(data_dir, daily_backup=False) as second,
        pytest.raises(StoreError, match="Nothing was imported"),
    ):
        import_path(second, source)
    assert snapshot(data_dir) == before


def test_the_import_backup_holds_the_diary_as_it_was_before(store, tmp_path):
    first = tmp_path / "symptoms.csv"
    first.write_text(f"{SYMPTOMS_HEADER}\n{symptom_row()}\n", encoding="utf-8")
    import_path(store, first)
    (backup,) = store.backups()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM symptoms").fetchone() == (0,)
    assert len(store.symptoms()) == 1


def test_text_sqlite_cannot_encode_is_a_store_error(store):
    # A lone surrogate cannot come from a CSV file, but can from code: no bare crash.
    moment = datetime(2026, 11, 5, tzinfo=UTC)
    with pytest.raises(StoreError):
        store.add_symptom(SymptomEntry(id=SID, recorded_at=moment, spasm=3, note="\ud800"))
    assert store.is_empty()


def test_a_count_beyond_64_bits_given_to_the_store_is_a_store_error(store):
    from coach.core.records import Kind, SessionRecord, SessionStatus

    record = SessionRecord(
        id=SID,
        routine_id="neck",
        routine_title="Neck",
        kind=Kind.STRETCH,
        started_at=datetime(2026, 11, 5, tzinfo=UTC),
        planned_seconds=2**63,
        active_seconds=1,
        steps_done=1,
        steps_total=1,
        status=SessionStatus.COMPLETED,
    )
    with pytest.raises(StoreError):
        store.add_session(record)
    assert store.is_empty()


# --- export ------------------------------------------------------------------------------


def test_an_export_that_cannot_write_one_file_leaves_the_old_files_alone(store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sessions.csv").write_text("last week's export\n", encoding="utf-8")
    (out / "plan.csv").mkdir()  # cannot be replaced by a file
    store.add_symptom(
        SymptomEntry(id=SID, recorded_at=datetime(2026, 11, 5, tzinfo=UTC), spasm=3)
    )
    with pytest.raises(StoreError, match="Could not write"):
        export_csv(store, out)
    assert (out / "sessions.csv").read_text(encoding="utf-8") == "last week's export\n"
    assert sorted(p.name for p in out.iterdir()) == ["plan.csv", "sessions.csv"]


def test_a_semicolon_separated_file_says_so():
    parsed = parse_text("id;recorded_at;spasm\n;2026-11-26T08:30:00+01:00;5\n", "symptoms.csv")
    (problem,) = messages(parsed)
    assert problem.endswith("its values are separated by semicolons: save it with commas")


def test_a_file_far_too_big_for_a_diary_is_refused_before_it_is_read_whole(
    store, tmp_path, monkeypatch
):
    # A 20 GB file picked by mistake once meant reading it all into memory.
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 2**20)
    source = tmp_path / "symptoms.csv"
    source.write_text(f"{SYMPTOMS_HEADER}\n{symptom_row()}{'x' * 2**20}\n", "utf-8")
    with pytest.raises(ImportProblems) as refused:
        import_path(store, source)
    assert [str(p) for p in refused.value.problems] == [
        f"{source}: is larger than 1 MB: not a diary file"
    ]


def test_utf16_with_its_byte_order_mark_is_named_as_such():
    data = f"{SYMPTOMS_HEADER}\n{symptom_row()}\n".encode("utf-16")
    parsed = parse_bytes(data, "symptoms.csv")
    assert messages(parsed) == [
        "symptoms.csv:1: not valid UTF-8 text (byte 0xff) (UTF-16 text); "
        "save the file as UTF-8 CSV"
    ]
