"""Export and import through the Store: all or nothing, idempotent, byte-identical."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.records import (
    FINISHED_STATUSES,
    KINDS,
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SideEffect,
    SymptomEntry,
)
from coach.store.csv_files import COLUMNS, FileKind, csv_text, parse_text, record_cells
from coach.store.database import Store, StoreError
from coach.store.transfer import ImportProblems, export_csv, import_path

CET = timezone(timedelta(hours=1))
FILES = ("sessions.csv", "symptoms.csv", "injections.csv", "plan.csv")


def sid(n: int) -> str:
    return str(uuid.UUID(int=n, version=4))


def a_session(n: int = 1, **changes) -> SessionRecord:
    values = dict(
        id=sid(n),
        routine_id="neck-basic",
        routine_title="Neck basics",
        kind=Kind.STRETCH,
        started_at=datetime(2026, 11, 26, 8, 30, tzinfo=CET) + timedelta(days=n),
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


SAMPLE = History(
    sessions=(
        a_session(1, note='left side, "burning"\nbetter after'),
        a_session(2, kind=Kind.HEAT, status=SessionStatus.STOPPED, steps_done=1, note="ouch"),
    ),
    symptoms=(
        SymptomEntry(sid(3), datetime(2026, 11, 27, 21, 0, tzinfo=CET), 7, pain=5, sleep=2),
        SymptomEntry(
            sid(4), datetime(2026, 11, 28, 7, 0, tzinfo=CET), 3, sensory_trick=False, note="ok"
        ),
    ),
    injections=(
        Injection(
            sid(5),
            date(2026, 10, 1),
            "Botox",
            200.0,
            "SCM left",
            side_effects=(SideEffect("dry mouth", date(2026, 10, 4)),),
        ),
        Injection(sid(6), date(2026, 12, 24), units=12.5),
    ),
    plan=(
        PlanRow(date(2026, 1, 1), Kind.STRETCH, 2, frozenset(range(7)), ("08:30", "18:00")),
        PlanRow(date(2026, 1, 1), Kind.BREATHING, 1, frozenset({0, 2, 4})),
    ),
)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


def everything(store: Store) -> tuple:
    """What a patient could see of the diary, in-progress sessions included."""
    return (
        [record_cells(FileKind.SESSIONS, r) for r in store.sessions(include_in_progress=True)],
        [record_cells(FileKind.SYMPTOMS, r) for r in store.symptoms()],
        [record_cells(FileKind.INJECTIONS, r) for r in store.injections()],
        [record_cells(FileKind.PLAN, r) for r in store.plan_rows()],
    )


def import_backups(store: Store) -> list[Path]:
    return [b for b in store.backups() if "import" in b.name]


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


# ------------------------------------------------------------------------ export


def test_export_of_an_empty_diary_writes_four_header_only_files(store, tmp_path):
    export_csv(store, tmp_path / "out")
    for kind in FileKind:
        written = (tmp_path / "out" / kind.filename).read_bytes()
        assert written == (",".join(COLUMNS[kind]) + "\n").encode()


def test_export_writes_the_diary_in_contract_form(store, tmp_path):
    store.add_history(SAMPLE)
    summary = export_csv(store, tmp_path / "new" / "folder")
    assert [f.records for f in summary.files] == [2, 2, 2, 2]
    out = tmp_path / "new" / "folder"
    lines = (out / "injections.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1] == f"{sid(5)},2026-10-01,Botox,200,SCM left,,,dry mouth@2026-10-04,"
    assert lines[2] == f"{sid(6)},2026-12-24,,12.5,,,,,"
    sessions = (out / "sessions.csv").read_bytes()
    assert not sessions.startswith(b"\xef\xbb\xbf")  # no BOM
    assert b'"left side, ""burning""\nbetter after"\n' in sessions
    assert (out / "plan.csv").read_text().splitlines()[1:] == [
        "2026-01-01,stretch,2,Mon;Tue;Wed;Thu;Fri;Sat;Sun,08:30;18:00",
        "2026-01-01,breathing,1,Mon;Wed;Fri,",
    ]


def test_sessions_still_in_progress_are_not_exported(store, tmp_path):
    store.add_session(a_session(1))
    store.add_session(a_session(2, status=SessionStatus.IN_PROGRESS))
    export_csv(store, tmp_path)
    rows = (tmp_path / "sessions.csv").read_text().splitlines()
    assert len(rows) == 2 and rows[1].startswith(sid(1))


def test_export_into_a_path_that_is_a_file_is_a_clear_error(store, tmp_path):
    blocker = write(tmp_path, "not-a-folder", "x")
    with pytest.raises(StoreError, match="Could not write the CSV files"):
        export_csv(store, blocker)


def test_export_then_import_into_an_empty_diary_then_export_is_byte_identical(store, tmp_path):
    store.add_history(SAMPLE)
    export_csv(store, tmp_path / "first")
    with Store.open(tmp_path / "other-diary") as other:
        summary = import_path(other, tmp_path / "first")
        assert summary.added == 8
        export_csv(other, tmp_path / "second")
    for name in FILES:
        assert (tmp_path / "second" / name).read_bytes() == (
            tmp_path / "first" / name
        ).read_bytes()


# ------------------------------------------------------------------------ import


def test_import_adds_records_and_takes_an_import_backup_first(store, tmp_path):
    store.add_session(a_session(9))
    export_csv(store, tmp_path / "before")
    folder = tmp_path / "in"
    write(folder, "sessions.csv", csv_text(FileKind.SESSIONS, SAMPLE.sessions))
    write(folder, "plan.csv", csv_text(FileKind.PLAN, SAMPLE.plan))

    summary = import_path(store, folder)

    assert summary.describe() == (
        f"{folder}/sessions.csv: 2 added, 0 already in the diary\n"
        f"{folder}/plan.csv: 2 added, 0 already in the diary"
    )
    assert len(store.sessions()) == 3 and len(store.plan_rows()) == 2
    # The backup holds the diary as it was just before the import.
    assert import_backups(store) == [summary.backup]
    with sqlite3.connect(summary.backup) as copy:
        assert copy.execute("SELECT id FROM sessions").fetchall() == [(sid(9),)]


def test_importing_the_same_files_again_changes_nothing(store, tmp_path):
    store.add_history(SAMPLE)
    export_csv(store, tmp_path)
    before = everything(store)

    summary = import_path(store, tmp_path)

    assert summary.added == 0 and summary.already_present == 8
    assert summary.backup is None and import_backups(store) == []
    assert everything(store) == before


def test_rows_without_ids_are_not_added_twice(store, tmp_path):
    path = write(
        tmp_path,
        "diary.csv",  # not a contract name: recognised by its header
        "recorded_at,spasm,note\n2026-11-26T08:00:00+01:00,4,morning\n"
        "2026-11-26T20:00:00+01:00,6,evening\n",
    )
    first = import_path(store, path)
    second = import_path(store, path)
    assert (first.added, second.added, second.already_present) == (2, 0, 2)
    assert [e.note for e in store.symptoms()] == ["morning", "evening"]
    assert all(uuid.UUID(e.id).version == 5 for e in store.symptoms())


def test_an_exported_file_imports_under_any_name(store, tmp_path):
    store.add_history(SAMPLE)
    export_csv(store, tmp_path / "out")
    renamed = write(tmp_path, "copy from phone.csv", (tmp_path / "out/plan.csv").read_bytes())
    summary = import_path(store, renamed)
    assert (summary.files[0].kind, summary.already_present) == (FileKind.PLAN, 2)


def test_the_same_id_with_different_content_is_refused(store, tmp_path):
    store.add_history(SAMPLE)
    changed = a_session(1, note="edited elsewhere", active_seconds=12)
    path = write(tmp_path, "sessions.csv", csv_text(FileKind.SESSIONS, [changed]))
    before = everything(store)

    with pytest.raises(ImportProblems) as caught:
        import_path(store, path)

    assert str(caught.value) == (
        f"{path}:2: id {sid(1)} is already in the diary with different content "
        "(active_seconds, note differ); change the diary or the file, nothing is overwritten"
    )
    assert everything(store) == before and import_backups(store) == []


def test_an_id_taken_by_a_session_in_progress_is_refused(store, tmp_path):
    store.add_session(a_session(1, status=SessionStatus.IN_PROGRESS))
    path = write(tmp_path, "sessions.csv", csv_text(FileKind.SESSIONS, [a_session(1)]))
    with pytest.raises(ImportProblems, match=r"sessions.csv:2: id .* \(status differs\)"):
        import_path(store, path)


def test_a_plan_row_for_a_stored_day_and_kind_must_match_it(store, tmp_path):
    store.add_history(SAMPLE)
    plan = write(
        tmp_path,
        "plan.csv",
        "valid_from,kind,times_per_day,weekdays,reminder_times\n"
        "2026-01-01,stretch,2,Mon;Tue;Wed;Thu;Fri;Sat;Sun,18:00;08:30\n"
        "2026-01-01,breathing,3,Mon;Wed;Fri,\n",
    )
    with pytest.raises(ImportProblems) as caught:
        import_path(store, plan)
    assert [str(p) for p in caught.value.problems] == [
        f"{plan}:3: the plan row for breathing from 2026-01-01 is already in the diary with "
        "different content (times_per_day differs); change the diary or the file, nothing "
        "is overwritten"
    ]
    assert store.get_plan_row(date(2026, 1, 1), Kind.BREATHING).times_per_day == 1


GOOD_SESSIONS = csv_text(FileKind.SESSIONS, [a_session(50)])
HEADER = {kind.filename: ",".join(COLUMNS[kind]) for kind in FileKind}


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("sessions.csv", GOOD_SESSIONS.replace(",590,", ",-1,"), ":2: active_seconds: -1"),
        (
            "sessions.csv",
            GOOD_SESSIONS.replace(",590,", ",lots,"),
            ":2: active_seconds: 'lots'",
        ),
        ("sessions.csv", GOOD_SESSIONS.replace(",5,5,", ",7,5,"), ":2: steps_done 7 is more"),
        ("sessions.csv", GOOD_SESSIONS.replace("stretch", "pilates"), ":2: kind: 'pilates'"),
        ("sessions.csv", GOOD_SESSIONS.replace("completed", "done"), ":2: status: 'done'"),
        ("sessions.csv", GOOD_SESSIONS.replace("+01:00", ""), ":2: started_at: "),
        ("sessions.csv", GOOD_SESSIONS.replace(",6,4,", ",6,10.5,"), ":2: spasm_after: "),
        ("sessions.csv", GOOD_SESSIONS.replace(",6,4,", ",6,40,"), ":2: spasm_after: 40 is"),
        ("sessions.csv", GOOD_SESSIONS.replace(",,,\n", ",,\n"), ":2: expected 15 values"),
        ("sessions.csv", GOOD_SESSIONS + GOOD_SESSIONS.split("\n")[1], ":3: id "),
        ("sessions.csv", GOOD_SESSIONS.replace("neck-basic", ""), ":2: routine_id: missing"),
        ("symptoms.csv", f"{HEADER['symptoms.csv']}\n,2026-11-26T08:00+01:00,,,,,,\n", ":2:"),
        ("symptoms.csv", "recorded_at,spasm\n2026-11-26T08:00+01:00,5,7\n", ":2: expected 2"),
        ("injections.csv", "date,units\n2026-02-30,\n", ":2: date: '2026-02-30' is not"),
        ("injections.csv", "date,units\n2026-02-03,many\n", ":2: units: 'many' is not"),
        ("plan.csv", "valid_from,kind,times_per_day,weekdays\n2026-01-01,heat,1,Moon\n", ":2:"),
        ("plan.csv", f"{HEADER['plan.csv']}\n2026-01-01,heat,1,Mon,7:60\n", ":2: reminder"),
        (
            "plan.csv",
            f"{HEADER['plan.csv']}\n2026-01-01,heat,1,Mon,\n2026-01-01,heat,2,Mon,\n",
            ":3: a second plan row for heat from 2026-01-01 (first on line 2)",
        ),
        ("plan.csv", "valid_from,kind,times_per_day,weekdays,mood\n", ":1: header: unknown"),
        ("plan.csv", "valid_from,kind\n", ":1: header: missing columns times_per_day"),
        ("symptoms.csv", b"recorded_at,spasm,note\n2026-11-26T08:00+01:00,5,\xff\n", ":2: not"),
        ("symptoms.csv", b"", ":1: the file is empty"),
        ("symptoms.csv", b"\x89PNG\r\n\x1a\n\x00\x00", ":1: not valid UTF-8"),
        ("symptoms.csv", "<html><body>hello</body></html>\n", ":1: not a symptoms.csv file"),
    ],
)
def test_every_kind_of_bad_input_names_file_and_line_and_writes_nothing(
    store, tmp_path, name, content, problem
):
    store.add_history(SAMPLE)
    folder = tmp_path / "in"
    # A good new record next to the bad file: all or nothing means it stays out too.
    if name == "injections.csv":
        write(folder, "sessions.csv", GOOD_SESSIONS)
    else:
        new_shot = Injection(sid(60), date(2027, 1, 1))
        write(folder, "injections.csv", csv_text(FileKind.INJECTIONS, [new_shot]))
    write(folder, name, content)
    before = everything(store)

    with pytest.raises(ImportProblems) as caught:
        import_path(store, folder)

    assert isinstance(caught.value, StoreError)
    assert len(caught.value.problems) == 1
    assert str(caught.value).startswith(f"{folder}/{name}{problem}")
    assert everything(store) == before
    assert import_backups(store) == []


def test_every_problem_in_every_file_is_listed_in_file_then_line_order(store, tmp_path):
    folder = tmp_path / "in"
    write(folder, "plan.csv", "valid_from,kind,times_per_day,weekdays\n2026-01-01,x,1,Mon\n")
    write(
        folder,
        "symptoms.csv",
        "recorded_at,spasm\n2026-11-26T08:00+01:00,5\n2026-11-26T09:00,5\n"
        "2026-11-26T10:00+01:00,55\n",
    )
    with pytest.raises(ImportProblems) as caught:
        import_path(store, folder)
    assert [(Path(p.file).name, p.line) for p in caught.value.problems] == [
        ("symptoms.csv", 3),
        ("symptoms.csv", 4),
        ("plan.csv", 2),
    ]
    assert str(caught.value).count("\n") == 2  # one line per problem
    assert store.is_empty()


def test_a_clash_with_the_diary_is_listed_among_the_bad_rows_by_line(store, tmp_path):
    store.add_session(a_session(1))
    rows = [a_session(1, note="changed"), a_session(2), a_session(3)]
    text = csv_text(FileKind.SESSIONS, rows).replace(f"{sid(3)},neck-basic", f"{sid(3)},")
    path = write(tmp_path, "sessions.csv", text)
    with pytest.raises(ImportProblems) as caught:
        import_path(store, path)
    assert [p.line for p in caught.value.problems] == [2, 4]
    assert len(store.sessions()) == 1


def test_a_folder_without_coach_files_or_a_missing_path_is_one_problem(store, tmp_path):
    write(tmp_path / "empty", "notes.txt", "hello")
    with pytest.raises(ImportProblems) as caught:
        import_path(store, tmp_path / "empty")
    assert str(caught.value) == (
        f"{tmp_path}/empty: no sessions.csv, symptoms.csv, injections.csv or plan.csv "
        "in this folder"
    )
    with pytest.raises(ImportProblems, match="nowhere: no such file or folder"):
        import_path(store, tmp_path / "nowhere")


def test_a_folder_may_hold_only_some_of_the_files(store, tmp_path):
    write(tmp_path, "injections.csv", "date,product\n2026-03-01,Dysport\n")
    summary = import_path(store, tmp_path)
    assert [(f.kind, f.added) for f in summary.files] == [(FileKind.INJECTIONS, 1)]
    assert store.injections()[0].product == "Dysport"


def test_problem_file_names_are_the_path_as_given(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "export", "plan.csv", "valid_from,kind,times_per_day,weekdays\nx,y,z,\n")
    with pytest.raises(ImportProblems) as caught:
        import_path(store, "export")
    assert {p.file for p in caught.value.problems} == {"export/plan.csv"}
    with pytest.raises(ImportProblems) as caught:
        import_path(store, "export/plan.csv")
    assert str(caught.value.problems[0]).startswith("export/plan.csv:2: valid_from: 'x'")


# ------------------------------------------------------------------------ round trip

# Free text as patients write it: commas, quotes, every line break, accents and emoji.
free_text = st.lists(
    st.one_of(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        st.sampled_from([",", '"', "\n", "\r", "\r\n", " ", ";", "@", "🙂", "é", "\u2028"]),
    ),
    max_size=30,
).map("".join)
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
moments = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1990, 1, 2), max_value=datetime(2099, 12, 30)),
    offsets,
)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
ratings = st.none() | st.integers(min_value=0, max_value=10)
ids = st.uuids().map(str)


@st.composite
def sessions(draw) -> SessionRecord:
    total = draw(st.integers(min_value=1, max_value=40))
    return SessionRecord(
        id=draw(ids),
        routine_id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)),
        routine_title=draw(free_text),
        kind=draw(st.sampled_from(KINDS)),
        started_at=draw(moments),
        planned_seconds=draw(st.integers(min_value=0, max_value=10**6)),
        active_seconds=draw(st.integers(min_value=0, max_value=10**6)),
        steps_done=draw(st.integers(min_value=0, max_value=total)),
        steps_total=total,
        status=draw(st.sampled_from(FINISHED_STATUSES)),
        spasm_before=draw(ratings),
        spasm_after=draw(ratings),
        pain_before=draw(ratings),
        pain_after=draw(ratings),
        note=draw(free_text),
    )


symptoms = st.builds(
    SymptomEntry,
    id=ids,
    recorded_at=moments,
    spasm=st.integers(min_value=0, max_value=10),
    pain=ratings,
    stress=ratings,
    sleep=ratings,
    sensory_trick=st.none() | st.booleans(),
    note=free_text,
)
side_effects = st.builds(
    SideEffect,
    name=st.from_regex(r"[A-Za-zé]([A-Za-zé -]{0,12}[A-Za-zé])?", fullmatch=True),
    noticed_on=st.none() | days,
)
injections = st.builds(
    Injection,
    id=ids,
    date=days,
    product=free_text,
    units=st.none()
    | st.integers(min_value=0, max_value=1000).map(float)
    | st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
    muscles=free_text,
    onset_noticed=st.none() | days,
    wearing_off_noticed=st.none() | days,
    side_effects=st.lists(side_effects, max_size=3).map(tuple),
    note=free_text,
)
plan_rows = st.builds(
    PlanRow,
    valid_from=days,
    kind=st.sampled_from(KINDS),
    times_per_day=st.integers(min_value=0, max_value=12),
    weekdays=st.frozensets(st.integers(min_value=0, max_value=6)),
    reminder_times=st.sets(
        st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)),
        max_size=3,
    ).map(lambda times: tuple(sorted(times))),
)
histories = st.builds(
    History,
    sessions=st.lists(sessions(), max_size=6, unique_by=lambda r: r.id).map(tuple),
    symptoms=st.lists(symptoms, max_size=6, unique_by=lambda r: r.id).map(tuple),
    injections=st.lists(injections, max_size=4, unique_by=lambda r: r.id).map(tuple),
    plan=st.lists(plan_rows, max_size=4, unique_by=lambda p: (p.valid_from, p.kind)).map(tuple),
)

ROUND_TRIP = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def cells(kind: FileKind, records) -> list[list[str]]:
    return sorted(record_cells(kind, r) for r in records)


@ROUND_TRIP
@given(history=histories)
def test_any_history_survives_export_and_import_into_a_fresh_diary(history):
    # First the CSV text alone (a failure here is in csv_files, not in the Store).
    for kind, records in (
        (FileKind.SESSIONS, history.sessions),
        (FileKind.SYMPTOMS, history.symptoms),
        (FileKind.INJECTIONS, history.injections),
        (FileKind.PLAN, history.plan),
    ):
        text = csv_text(kind, records)
        parsed = parse_text(text, kind.filename)
        assert parsed.problems == ()
        assert cells(kind, [r.record for r in parsed.rows]) == cells(kind, records)
        assert csv_text(kind, [r.record for r in parsed.rows]) == text
    # Then the whole way: diary -> files -> a fresh diary -> files again.
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with Store.open(root / "a") as original:
            original.add_history(history)
            export_csv(original, root / "first")
        with Store.open(root / "b") as fresh:
            summary = import_path(fresh, root / "first")
            export_csv(fresh, root / "second")
            copied = fresh.history()
        for name in FILES:
            assert (root / "second" / name).read_bytes() == (root / "first" / name).read_bytes()
    total = sum(len(part) for part in (history.sessions, history.symptoms, history.injections))
    assert summary.added == total + len(history.plan)
    assert sorted(copied.sessions, key=lambda r: r.id) == sorted(
        history.sessions, key=lambda r: r.id
    )
    assert cells(FileKind.SESSIONS, copied.sessions) == cells(
        FileKind.SESSIONS, history.sessions
    )
    assert cells(FileKind.SYMPTOMS, copied.symptoms) == cells(
        FileKind.SYMPTOMS, history.symptoms
    )
    assert cells(FileKind.INJECTIONS, copied.injections) == cells(
        FileKind.INJECTIONS, history.injections
    )
    assert set(copied.plan) == set(history.plan)
    # Offsets survive, not only instants (datetime equality alone would miss that).
    assert sorted((r.id, r.recorded_at.utcoffset()) for r in copied.symptoms) == sorted(
        (r.id, r.recorded_at.utcoffset()) for r in history.symptoms
    )
