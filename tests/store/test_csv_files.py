"""The CSV contract on its own: the exact written form, and every bad row named by FILE:LINE."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coach.core.records import (
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SideEffect,
    SymptomEntry,
)
from coach.store.csv_files import (
    COLUMNS,
    FileKind,
    content_id,
    csv_text,
    format_units,
    kind_for_header,
    kind_for_name,
    parse_bytes,
    parse_text,
)

CET = timezone(timedelta(hours=1))
SID = "6f1c2a52-8d0e-4d2f-9a59-0c2d3a4b5c6d"

SESSIONS_HEADER = ",".join(COLUMNS[FileKind.SESSIONS])
SYMPTOMS_HEADER = ",".join(COLUMNS[FileKind.SYMPTOMS])
INJECTIONS_HEADER = ",".join(COLUMNS[FileKind.INJECTIONS])
PLAN_HEADER = ",".join(COLUMNS[FileKind.PLAN])

GOOD_SESSION = "neck-basic,Neck basics,stretch,2026-11-26T08:30:00+01:00,600,590,5,5,completed"
GOOD_SESSION_ROW = f"{SID},{GOOD_SESSION},6,4,,,"


def session(**changes) -> SessionRecord:
    values = dict(
        id=SID,
        routine_id="neck-basic",
        routine_title="Neck basics",
        kind=Kind.STRETCH,
        started_at=datetime(2026, 11, 26, 8, 30, tzinfo=CET),
        planned_seconds=600,
        active_seconds=590,
        steps_done=5,
        steps_total=5,
        status=SessionStatus.COMPLETED,
        spasm_before=6,
        spasm_after=4,
    )
    values.update(changes)
    return SessionRecord(**values)


def messages(parsed) -> list[str]:
    return [str(p) for p in parsed.problems]


# ------------------------------------------------------------------------ written form


def test_empty_files_are_a_header_line_only():
    for kind in FileKind:
        assert csv_text(kind, []) == ",".join(COLUMNS[kind]) + "\n"


def test_session_row_is_written_exactly_as_the_contract_says():
    rec = session(note='tight, "burning"\nleft side\r\nbetter after 🙂', pain_before=3)
    expected = (
        SESSIONS_HEADER + "\n"
        f"{SID},neck-basic,Neck basics,stretch,2026-11-26T08:30:00+01:00,600,590,5,5,"
        'completed,6,4,3,,"tight, ""burning""\nleft side\r\nbetter after 🙂"\n'
    )
    assert csv_text(FileKind.SESSIONS, [rec]) == expected


def test_a_bare_carriage_return_is_quoted_so_it_cannot_split_the_row():
    text = csv_text(FileKind.SESSIONS, [session(note="a\rb")])
    assert text.endswith(',"a\rb"\n')
    parsed = parse_text(text, "sessions.csv", FileKind.SESSIONS)
    assert parsed.problems == ()
    assert parsed.rows[0].record.note == "a\rb"


def test_symptom_injection_and_plan_rows_are_written_in_contract_form():
    entry = SymptomEntry(
        id=SID,
        recorded_at=datetime(2026, 3, 1, 21, 5, 30, 250000, tzinfo=UTC),
        spasm=7,
        sleep=3,
        sensory_trick=True,
    )
    assert csv_text(FileKind.SYMPTOMS, [entry]).splitlines()[1] == (
        f"{SID},2026-03-01T21:05:30.250000+00:00,7,,,3,yes,"
    )
    shot = Injection(
        id=SID,
        date=date(2026, 1, 12),
        product="Botox",
        units=200.0,
        muscles="left SCM; right trapezius",
        side_effects=(SideEffect("dry mouth", date(2026, 1, 15)), SideEffect("neck weakness")),
    )
    assert csv_text(FileKind.INJECTIONS, [shot]).splitlines()[1] == (
        f"{SID},2026-01-12,Botox,200,left SCM; right trapezius,,,"
        "dry mouth@2026-01-15; neck weakness,"
    )
    plan = PlanRow(
        date(2026, 1, 1), Kind.BREATHING, 1, frozenset({4, 0, 2}), ("08:30", "18:00")
    )
    assert csv_text(FileKind.PLAN, [plan]).splitlines()[1] == (
        "2026-01-01,breathing,1,Mon;Wed;Fri,08:30;18:00"
    )


@pytest.mark.parametrize(
    ("units", "written"),
    [(200.0, "200"), (200, "200"), (12.5, "12.5"), (0.1, "0.1"), (None, ""), (0.0, "0")],
)
def test_units_are_an_integer_when_whole_else_the_shortest_decimal(units, written):
    assert format_units(units) == written


def test_export_order_is_by_utc_instant_then_id():
    # 09:00+02:00 is 07:00 UTC, so it comes before 08:30+01:00 (07:30 UTC).
    early_abroad = session(id="00000000-0000-4000-8000-000000000002")
    early_abroad = session(
        id=early_abroad.id,
        started_at=datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=2))),
    )
    same_instant = session(id="00000000-0000-4000-8000-000000000001")
    later = session(id="00000000-0000-4000-8000-000000000003")
    text = csv_text(FileKind.SESSIONS, [later, early_abroad, same_instant])
    ids = [line.split(",")[0] for line in text.splitlines()[1:]]
    assert ids == [early_abroad.id, same_instant.id, later.id]


def test_plan_rows_are_ordered_by_valid_from_then_kind_order():
    rows = [
        PlanRow(date(2026, 2, 1), Kind.HEAT, 1, frozenset({0})),
        PlanRow(date(2026, 1, 1), Kind.STRETCH, 2, frozenset({0})),
        PlanRow(date(2026, 1, 1), Kind.BREATHING, 1, frozenset({0})),
    ]
    lines = csv_text(FileKind.PLAN, rows).splitlines()[1:]
    assert [line.split(",")[:2] for line in lines] == [
        ["2026-01-01", "stretch"],  # kinds in the app's order, as the Store lists them
        ["2026-01-01", "breathing"],
        ["2026-02-01", "heat"],
    ]


# ------------------------------------------------------------------------ reading


def test_written_rows_read_back_as_the_same_records():
    records = [session(note='a, "b"\nc'), session(id=str(uuid.uuid4()), spasm_before=None)]
    parsed = parse_text(csv_text(FileKind.SESSIONS, records), "sessions.csv")
    assert parsed.problems == ()
    assert parsed.kind is FileKind.SESSIONS
    assert sorted(r.record.id for r in parsed.rows) == sorted(r.id for r in records)
    assert {r.record.id: r.record for r in parsed.rows} == {r.id: r for r in records}


def test_bom_crlf_column_order_case_and_spaces_are_tolerated():
    text = (
        "\ufeffNote , Spasm,recorded_at,ID\r\n"
        f'"evening, after work",  7 ,2026-11-26T19:00:00-05:00,{SID.upper()}\r\n'
    )
    parsed = parse_bytes(text.encode(), "mine.csv")
    assert parsed.problems == ()
    assert parsed.kind is FileKind.SYMPTOMS
    entry = parsed.rows[0].record
    assert entry.id == SID  # canonical lower-case
    assert entry.spasm == 7
    assert entry.note == "evening, after work"
    assert entry.recorded_at.utcoffset() == timedelta(hours=-5)
    assert entry.pain is None and entry.sensory_trick is None


def test_blank_lines_and_all_empty_rows_are_skipped_but_still_counted():
    text = f"{SESSIONS_HEADER}\n\n,,,,,,,,,,,,,,\n{SID},{GOOD_SESSION},,,,,\nbroken\n"
    parsed = parse_text(text, "sessions.csv", FileKind.SESSIONS)
    assert [r.line for r in parsed.rows] == [4]
    assert messages(parsed) == ["sessions.csv:5: expected 15 values, found 1"]


def test_spreadsheet_whole_numbers_like_5_point_0_are_accepted():
    text = f"{SYMPTOMS_HEADER}\n,2026-11-26T08:00:00+01:00,5.0,0,,,no,\n"
    parsed = parse_text(text, "symptoms.csv")
    assert parsed.problems == ()
    assert parsed.rows[0].record.spasm == 5
    assert parsed.rows[0].record.sensory_trick is False


def test_reminder_times_are_normalised_and_weekdays_any_case():
    text = f"{PLAN_HEADER}\n2026-01-01,Stretch,2,mon;WED,18:00; 8:30\n"
    parsed = parse_text(text, "plan.csv")
    assert parsed.problems == ()
    row = parsed.rows[0].record
    assert row.kind is Kind.STRETCH
    assert row.weekdays == frozenset({0, 2})
    assert row.reminder_times == ("08:30", "18:00")


def test_injection_with_only_a_date_is_fine():
    parsed = parse_text("date\n2026-01-12\n", "injections.csv")
    assert parsed.problems == ()
    shot = parsed.rows[0].record
    assert shot.date == date(2026, 1, 12)
    assert shot.units is None and shot.side_effects == () and shot.product == ""


# ------------------------------------------------------------------------ ids


def test_a_row_without_id_gets_the_same_id_every_time():
    row = f",{GOOD_SESSION},6,4,,,"
    first = parse_text(f"{SESSIONS_HEADER}\n{row}\n", "sessions.csv").rows[0].record
    again = parse_text(f"{SESSIONS_HEADER}\n{row}\n", "other.csv").rows[0].record
    assert first.id == again.id
    assert uuid.UUID(first.id).version == 5
    assert first.id == content_id(FileKind.SESSIONS, first)


def test_id_less_rows_that_differ_get_different_ids():
    text = f"{SESSIONS_HEADER}\n,{GOOD_SESSION},6,4,,,\n,{GOOD_SESSION},6,3,,,\n"
    parsed = parse_text(text, "sessions.csv")
    assert parsed.problems == ()
    assert len({r.record.id for r in parsed.rows}) == 2


def test_the_generated_id_ignores_cosmetic_differences_in_the_row():
    plain = f",{GOOD_SESSION},6,4,,,"
    dressed = plain.replace("completed", " Completed ").replace(",600,", ", 600.0 ,")
    a = parse_text(f"{SESSIONS_HEADER}\n{plain}\n", "s.csv").rows[0].record
    b = parse_text(f"{SESSIONS_HEADER}\n{dressed}\n", "s.csv").rows[0].record
    assert a.id == b.id


@pytest.mark.parametrize(
    "given",
    [SID.upper(), "{" + SID + "}", SID.replace("-", ""), f"urn:uuid:{SID}"],
)
def test_ids_are_canonicalised(given):
    text = f"{SESSIONS_HEADER}\n{given},{GOOD_SESSION},,,,,\n"
    assert parse_text(text, "sessions.csv").rows[0].record.id == SID


# ------------------------------------------------------------------------ problems


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (f"{SID},{GOOD_SESSION},6,4,,", "expected 15 values, found 14"),
        (f"{SID},{GOOD_SESSION},6,4,,,,", "expected 15 values, found 16"),
        (f"not-a-uuid,{GOOD_SESSION},,,,,", "id: 'not-a-uuid' is not a UUID"),
        (GOOD_SESSION_ROW.replace("neck-basic", ""), "routine_id: missing"),
        (GOOD_SESSION_ROW.replace("stretch", "yoga"), "kind: 'yoga' is not one of stretch"),
        (GOOD_SESSION_ROW.replace("stretch", ""), "kind: missing"),
        (
            GOOD_SESSION_ROW.replace("+01:00", ""),
            "started_at: '2026-11-26T08:30:00' has no UTC offset",
        ),
        (
            GOOD_SESSION_ROW.replace("2026-11-26T08:30:00+01:00", "26/11/2026 08:30"),
            "started_at: '26/11/2026 08:30': expected a timestamp like",
        ),
        (
            GOOD_SESSION_ROW.replace("2026-11-26T", "2026-11-31T"),
            "started_at: '2026-11-31T08:30:00+01:00': expected a timestamp",
        ),
        (GOOD_SESSION_ROW.replace(",600,", ",ten,"), "planned_seconds: 'ten' is not a number"),
        (GOOD_SESSION_ROW.replace(",600,", ",,"), "planned_seconds: missing"),
        (GOOD_SESSION_ROW.replace(",590,", ",-5,"), "active_seconds: -5 is negative"),
        (GOOD_SESSION_ROW.replace(",590,", ",59.5,"), "active_seconds: '59.5' is not a whole"),
        (GOOD_SESSION_ROW.replace(",5,5,", ",6,5,"), "steps_done 6 is more than steps_total 5"),
        (GOOD_SESSION_ROW.replace(",5,5,", ",0,0,"), "steps_total: 0 is below 1"),
        (
            GOOD_SESSION_ROW.replace("completed", "in_progress"),
            "status: 'in_progress' is not one of completed, partial, stopped, abandoned",
        ),
        (GOOD_SESSION_ROW.replace(",6,4,", ",11,4,"), "spasm_before: 11 is outside 0-10"),
        (GOOD_SESSION_ROW.replace(",6,4,", ",6,-1,"), "spasm_after: -1 is outside 0-10"),
        (GOOD_SESSION_ROW.replace(",6,4,", ",6.5,4,"), "spasm_before: '6.5' is not a whole"),
        (GOOD_SESSION_ROW.replace(",6,4,,,", ",6,4,x,,"), "pain_before: 'x' is not a number"),
    ],
)
def test_each_bad_session_cell_is_named_with_file_and_line(row, problem):
    text = f"{SESSIONS_HEADER}\n{GOOD_SESSION_ROW.replace(SID, str(uuid.uuid4()))}\n{row}\n"
    parsed = parse_text(text, "in/sessions.csv", FileKind.SESSIONS)
    assert len(parsed.rows) == 1  # the good row still parses; the bad one is left out
    assert len(parsed.problems) == 1
    assert str(parsed.problems[0]).startswith(f"in/sessions.csv:3: {problem}")


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (",2026-11-26T08:00:00+01:00,,,,,,", "spasm: missing (a value is required)"),
        (",,5,,,,,", "recorded_at: missing"),
        (",2026-11-26T08:00:00+01:00,5,,,,maybe,", "sensory_trick: 'maybe': expected yes, no"),
        (",2026-11-26T08:00:00+01:00,5,,12,,,", "stress: 12 is outside 0-10"),
        (",2026-11-26T08:00:00+01:00:30,5,,,,,", "the UTC offset must be whole minutes"),
        (",0001-01-01T00:30:00+01:00,5,,,,,", "is out of range"),
    ],
)
def test_each_bad_symptom_cell_is_named(row, problem):
    parsed = parse_text(f"{SYMPTOMS_HEADER}\n{row}\n", "symptoms.csv")
    assert len(parsed.problems) == 1
    assert str(parsed.problems[0]).startswith("symptoms.csv:2: ")
    assert problem in str(parsed.problems[0])


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (",,Botox,200,,,,,", "date: missing"),
        (",2026-02-30,,,,,,,", "date: '2026-02-30' is not a date YYYY-MM-DD"),
        (",20260212,,,,,,,", "date: '20260212' is not a date YYYY-MM-DD"),
        (",2026-02-12,,lots,,,,,", "units: 'lots' is not a number"),
        (',2026-02-12,,"12,5",,,,,', "units: '12,5' is not a number (use a dot for decimals)"),
        (",2026-02-12,,-3,,,,,", "units: -3 is negative"),
        (",2026-02-12,,,,,2026-13-01,,", "wearing_off_noticed: '2026-13-01' is not a date"),
        (",2026-02-12,,,,,,swallowing@next week,", "side_effects: side effect"),
    ],
)
def test_each_bad_injection_cell_is_named(row, problem):
    parsed = parse_text(f"{INJECTIONS_HEADER}\n{row}\n", "injections.csv")
    assert len(parsed.problems) == 1
    assert str(parsed.problems[0]).startswith(f"injections.csv:2: {problem}")


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("2026-01-01,stretch,2,Mon;Funday,", "weekdays: 'Funday' is not a weekday"),
        ("2026-01-01,stretch,2,Mon,25:00", "reminder_times: '25:00' is not a time HH:MM"),
        ("2026-01-01,stretch,2,Mon,8.30", "reminder_times: '8.30' is not a time HH:MM"),
        ("2026-01-01,stretch,-1,Mon,", "times_per_day: -1 is negative"),
        ("2026-01-01,stretch,13,Mon,", "times_per_day: 13 is more than 12"),
        ("2026-01-01,pilates,1,Mon,", "kind: 'pilates' is not one of"),
        ("01.01.2026,stretch,1,Mon,", "valid_from: '01.01.2026' is not a date"),
    ],
)
def test_each_bad_plan_cell_is_named(row, problem):
    parsed = parse_text(f"{PLAN_HEADER}\n{row}\n", "plan.csv")
    assert len(parsed.problems) == 1
    assert str(parsed.problems[0]).startswith(f"plan.csv:2: {problem}")


def test_every_problem_of_every_row_is_listed_not_just_the_first():
    text = (
        f"{SYMPTOMS_HEADER}\n"
        ",2026-11-26T08:00:00,11,,,,,\n"
        ",2026-11-26T09:00:00+01:00,3,,,,,fine\n"
        ",2026-11-26T10:00:00+01:00,x,99,,,,\n"
    )
    assert messages(parse_text(text, "symptoms.csv")) == [
        "symptoms.csv:2: recorded_at: '2026-11-26T08:00:00' has no UTC offset: "
        "expected a timestamp like 2026-11-26T08:30:00+01:00",
        "symptoms.csv:2: spasm: 11 is outside 0-10",
        "symptoms.csv:4: spasm: 'x' is not a number (ratings are whole numbers 0-10)",
        "symptoms.csv:4: pain: 99 is outside 0-10",
    ]


def test_line_numbers_count_physical_lines_of_multi_line_notes():
    text = (
        f"{SYMPTOMS_HEADER}\n"
        ',2026-11-26T08:00:00+01:00,3,,,,,"first line\nsecond line\r\nthird, ""quoted"""\n'
        ",2026-11-26T09:00:00+01:00,12,,,,,\n"
        ',2026-11-26T10:00:00+01:00,13,,,,,"one\rtwo"\n'
        ",2026-11-26T11:00:00+01:00,14,,,,,\n"
    )
    assert [p.line for p in parse_text(text, "symptoms.csv").problems] == [5, 6, 8]


def test_duplicate_ids_are_named_with_both_lines():
    row = f"{SID},2026-11-26T08:00:00+01:00,3,,,,,"
    other = f"{SID.upper()},2026-11-27T08:00:00+01:00,4,,,,,"
    parsed = parse_text(f"{SYMPTOMS_HEADER}\n{row}\n{row}\n{other}\n", "symptoms.csv")
    assert messages(parsed) == [
        f"symptoms.csv:3: id {SID} is also used on line 2",
        f"symptoms.csv:4: id {SID} is also used on line 2",
    ]


def test_identical_rows_without_id_are_duplicates():
    row = ",2026-11-26T08:00:00+01:00,3,,,,,"
    parsed = parse_text(f"{SYMPTOMS_HEADER}\n{row}\n{row}\n", "symptoms.csv")
    assert messages(parsed) == [
        "symptoms.csv:3: same record as line 2 (a row without id is known by its content)"
    ]


def test_two_plan_rows_for_the_same_day_and_kind_are_a_problem():
    text = f"{PLAN_HEADER}\n2026-01-01,stretch,2,Mon,\n2026-01-01,STRETCH,1,Tue,\n"
    assert messages(parse_text(text, "plan.csv")) == [
        "plan.csv:3: a second plan row for stretch from 2026-01-01 (first on line 2)"
    ]


def test_unknown_and_missing_columns_are_named_on_line_1():
    text = "recorded_at,spasm,mood,colour\n2026-11-26T08:00:00+01:00,3,good,red\n"
    parsed = parse_text(text, "symptoms.csv", FileKind.SYMPTOMS)
    assert parsed.rows == ()
    assert messages(parsed) == [
        "symptoms.csv:1: header: unknown columns mood, colour (symptoms.csv has: "
        "id, recorded_at, spasm, pain, stress, sleep, sensory_trick, note)"
    ]
    parsed = parse_text("id,recorded_at,note\n", "symptoms.csv", FileKind.SYMPTOMS)
    assert messages(parsed) == ["symptoms.csv:1: header: missing column spasm"]
    parsed = parse_text("spasm,recorded_at,spasm\n", "symptoms.csv", FileKind.SYMPTOMS)
    assert messages(parsed) == ["symptoms.csv:1: header: column 'spasm' appears twice"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "x.csv:1: the file is empty"),
        (b"\xef\xbb\xbf \r\n\n", "x.csv:1: the file is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "x.csv:2: not valid UTF-8 text (byte 0xe2)"),
        ("spasm\n".encode("utf-16"), "x.csv:1: not valid UTF-8 text (byte 0xff)"),
        ("spasm\n".encode("utf-16-le"), "x.csv:1: not a CSV text file (it contains NUL"),
        (b"hello, world\n", "x.csv:1: not one of the coach's CSV files"),
        (b'{"json": true}\n', "x.csv:1: not one of the coach's CSV files"),
    ],
)
def test_files_that_are_not_coach_csv_are_one_clear_problem(data, problem):
    parsed = parse_bytes(data, "x.csv")
    assert parsed.rows == ()
    assert len(parsed.problems) == 1
    assert str(parsed.problems[0]).startswith(problem)


def test_invalid_utf8_names_the_line_of_the_bad_byte():
    data = (
        f"{SYMPTOMS_HEADER}\n,2026-11-26T08:00:00+01:00,3,,,,,fine\n"
        ",2026-11-26T09:00:00+01:00,3,,,,,caf"
    ).encode() + b"\xe9\n"
    assert messages(parse_bytes(data, "symptoms.csv")) == [
        "symptoms.csv:3: not valid UTF-8 text (byte 0xe9); save the file as UTF-8 CSV"
    ]


def test_csv_syntax_errors_are_named_and_the_rest_still_checked():
    text = (
        f"{SYMPTOMS_HEADER}\n"
        ',2026-11-26T08:00:00+01:00,3,,,,,"closed" then text\n'
        ",2026-11-26T09:00:00+01:00,33,,,,,\n"
        ',2026-11-26T10:00:00+01:00,3,,,,,"never closed\n'
        "more\n"
    )
    assert messages(parse_text(text, "symptoms.csv")) == [
        'symptoms.csv:2: not valid CSV: a closing " must be followed by a comma '
        '(write a quote inside a quoted value as "")',
        "symptoms.csv:3: spasm: 33 is outside 0-10",
        'symptoms.csv:4: not valid CSV: a quoted value is never closed (a " without its '
        "partner)",
    ]


def test_header_only_file_is_valid_and_empty():
    parsed = parse_text(f"{PLAN_HEADER}\n", "plan.csv")
    assert parsed.problems == () and parsed.rows == () and parsed.kind is FileKind.PLAN


def test_files_are_recognised_by_name_then_by_header():
    assert kind_for_name("Sessions.CSV") is FileKind.SESSIONS
    assert kind_for_name("plan.csv") is FileKind.PLAN
    assert kind_for_name("my-plan.csv") is None
    assert kind_for_header(COLUMNS[FileKind.INJECTIONS]) is FileKind.INJECTIONS
    assert kind_for_header(["date", "units"]) is FileKind.INJECTIONS
    assert kind_for_header(["id", "note"]) is None  # could be any of three
    # A header close to one file's columns is checked as that file, naming what is wrong.
    parsed = parse_text("valid_from,kind,times_per_day,weekdays,colour\n", "x.csv")
    assert parsed.kind is FileKind.PLAN
    assert messages(parsed) == [
        "x.csv:1: header: unknown column colour (plan.csv has: valid_from, kind, "
        "times_per_day, weekdays, reminder_times)"
    ]
