"""The session log row: final statuses, skin answers, and closing rows a crash left open."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from coach.core.engine import SessionSummary, StopReason
from coach.core.records import Kind, SessionRecord, SessionStatus
from coach.core.session_log import (
    SkinAnswers,
    close_unfinished,
    final_status,
    interrupted_notice,
    updated_record,
)

CET = timezone(timedelta(hours=1))
THURSDAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 18, 0, tzinfo=CET)


def row(
    *,
    status=SessionStatus.IN_PROGRESS,
    steps_done=5,
    steps_total=10,
    active=300,
    started=datetime(2026, 11, 24, 9, 30, tzinfo=CET),  # the Tuesday before
    title="Gentle neck & shoulder release",
    **extra,
) -> SessionRecord:
    return SessionRecord(
        id=f"s-{started.isoformat()}-{title}",
        routine_id="neck-shoulder-release",
        routine_title=title,
        kind=Kind.STRETCH,
        started_at=started,
        planned_seconds=660,
        active_seconds=active,
        steps_done=steps_done,
        steps_total=steps_total,
        status=status,
        **extra,
    )


def summary(status=SessionStatus.STOPPED, steps_done=2, reason=None) -> SessionSummary:
    return SessionSummary(
        status=status,
        steps_done=steps_done,
        steps_total=4,
        active_seconds=95,
        planned_seconds=300,
        heat_seconds=0,
        stop_reason=reason,
    )


# --- how a session's row ends -----------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "steps_done", "expected"),
    [
        (StopReason.PAIN, 2, SessionStatus.STOPPED),
        (StopReason.SKIN, 2, SessionStatus.STOPPED),
        (StopReason.USER, 2, SessionStatus.PARTIAL),
        (StopReason.USER, 0, SessionStatus.PARTIAL),
        (StopReason.ABANDONED, 0, SessionStatus.ABANDONED),
        (StopReason.ABANDONED, 1, SessionStatus.PARTIAL),
    ],
)
def test_an_early_stop_is_logged_by_its_reason(reason, steps_done, expected):
    status = (
        SessionStatus.ABANDONED if reason is StopReason.ABANDONED else SessionStatus.STOPPED
    )
    assert final_status(summary(status, steps_done, reason)) is expected


@pytest.mark.parametrize(
    "status", [SessionStatus.COMPLETED, SessionStatus.PARTIAL, SessionStatus.IN_PROGRESS]
)
def test_a_session_that_was_not_stopped_keeps_the_engines_status(status):
    assert final_status(summary(status, 2, None)) is status


def test_updated_record_takes_the_engines_figures_and_keeps_the_ratings():
    start = row(status=SessionStatus.IN_PROGRESS, steps_done=0, steps_total=4, active=0)
    start = SessionRecord(**{**start.__dict__, "spasm_before": 6})
    done = updated_record(
        start,
        summary(SessionStatus.STOPPED, 2, StopReason.PAIN),
        heat_seconds=None,
        skin_ok=None,
    )
    assert (done.status, done.steps_done, done.active_seconds) == (SessionStatus.STOPPED, 2, 95)
    assert done.planned_seconds == 300
    assert done.spasm_before == 6 and done.id == start.id


def test_skin_answers_are_unknown_until_given_and_one_red_answer_spoils_them():
    answers = SkinAnswers()
    assert answers.skin_ok is None
    answers.add(True)
    assert answers.skin_ok is True
    answers.add(False)
    answers.add(True)
    assert answers.skin_ok is False


# --- closing what a crash left open -------------------------------------------------------


def test_a_crashed_session_with_steps_done_becomes_partial_keeping_its_progress():
    (closed,) = close_unfinished([row(steps_done=5, active=300)], NOW)
    assert closed.status is SessionStatus.PARTIAL
    assert (closed.steps_done, closed.steps_total, closed.active_seconds) == (5, 10, 300)


def test_a_crashed_session_before_its_first_step_becomes_abandoned():
    (closed,) = close_unfinished([row(steps_done=0, active=12)], NOW)
    assert closed.status is SessionStatus.ABANDONED
    assert closed.active_seconds == 12


def test_heat_minutes_and_the_skin_answer_survive_the_crash():
    (closed,) = close_unfinished([row(heat_seconds=420, skin_ok=True)], NOW)
    assert (closed.heat_seconds, closed.skin_ok) == (420, True)


def test_a_row_never_claims_more_active_time_than_it_existed():
    started = NOW - timedelta(minutes=2)
    (closed,) = close_unfinished([row(started=started, active=5000)], NOW)
    assert closed.active_seconds == 120


def test_a_clock_set_back_does_not_wipe_the_saved_active_time():
    started = NOW + timedelta(hours=1)  # the computer's clock was later set back
    (closed,) = close_unfinished([row(started=started, active=200)], NOW)
    assert closed.active_seconds == 200


def test_rows_that_are_not_in_progress_are_left_alone():
    finished = row(status=SessionStatus.COMPLETED, steps_done=10)
    assert close_unfinished([finished], NOW) == []


# --- the calm notice ------------------------------------------------------------------------


def test_the_notice_names_the_routine_the_day_and_the_steps():
    closed = close_unfinished([row()], NOW)
    assert interrupted_notice(closed, THURSDAY) == (
        "Your session of Gentle neck & shoulder release on Tuesday was interrupted; "
        "it was saved as partial, 5 of 10 steps."
    )


@pytest.mark.parametrize(
    ("started", "words"),
    [
        (datetime(2026, 11, 26, 8, 0, tzinfo=CET), "earlier today"),
        (datetime(2026, 11, 25, 21, 0, tzinfo=CET), "yesterday"),
        (datetime(2026, 11, 2, 8, 0, tzinfo=CET), "on 2 November"),
        (datetime(2025, 12, 30, 8, 0, tzinfo=CET), "on 30 December 2025"),
    ],
)
def test_the_notice_says_the_day_as_a_person_would(started, words):
    closed = close_unfinished([row(started=started)], NOW)
    assert f"Your session of Gentle neck & shoulder release {words} was" in (
        interrupted_notice(closed, THURSDAY) or ""
    )


def test_an_abandoned_session_is_described_without_step_counts():
    closed = close_unfinished([row(steps_done=0)], NOW)
    text = interrupted_notice(closed, THURSDAY) or ""
    assert "before the first step was done" in text
    assert "0 of 10" not in text


def test_many_interrupted_sessions_are_summed_up_after_three():
    records = [
        row(started=datetime(2026, 11, 20 + i, 9, 0, tzinfo=CET), title=f"Routine {i}")
        for i in range(5)
    ]
    text = interrupted_notice(close_unfinished(records, NOW), THURSDAY) or ""
    lines = text.splitlines()
    assert len(lines) == 4
    assert lines[-1] == "2 more interrupted sessions were saved too."
    assert "Routine 0" in lines[0]


def test_no_notice_when_nothing_was_interrupted():
    assert interrupted_notice([], THURSDAY) is None
