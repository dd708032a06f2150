"""Daily spasm level: symptom entries and pre-session ratings of one local day."""

from __future__ import annotations

from analysis_builders import CEST, CET, EST, at, d, history, session, symptom

from coach.analysis.spasm import daily_levels, mean_of_levels
from coach.core.records import SessionStatus


def test_level_is_the_mean_of_symptom_and_pre_session_ratings():
    h = history(
        symptom(at("2026-03-04", "08:00"), 4),
        symptom(at("2026-03-04", "20:00"), 6),
        session(at("2026-03-04", "12:00"), before=8, after=2),  # 2 must not count
    )
    assert daily_levels(h) == {d("2026-03-04"): 6.0}  # (4 + 6 + 8) / 3


def test_each_rating_counts_once_not_each_record():
    # Two ratings from one session-less day and one session: mean over the three ratings.
    h = history(
        symptom(at("2026-03-04", "08:00"), 2),
        session(at("2026-03-04", "09:00"), before=5),
        session(at("2026-03-04", "10:00"), before=5),
    )
    assert daily_levels(h) == {d("2026-03-04"): 4.0}


def test_days_without_a_rating_have_no_level():
    h = history(session(at("2026-03-04")), symptom(at("2026-03-05"), 3))
    assert daily_levels(h) == {d("2026-03-05"): 3.0}


def test_in_progress_sessions_give_no_rating():
    h = history(session(at("2026-03-04"), before=9, status=SessionStatus.IN_PROGRESS))
    assert daily_levels(h) == {}


def test_late_and_early_records_land_on_their_own_local_day():
    h = history(
        # 23:55 at -05:00 is 04:55 UTC next day, but the patient's day is the 4th.
        symptom(at("2026-03-04", "23:55", EST), 2),
        # 00:05 at +02:00 is 22:05 UTC the day before, but the patient's day is the 6th.
        symptom(at("2026-03-06", "00:05", CEST), 8),
        symptom(at("2026-03-05", "12:00", CET), 5),
    )
    assert daily_levels(h) == {d("2026-03-04"): 2.0, d("2026-03-05"): 5.0, d("2026-03-06"): 8.0}


def test_mean_of_days_weights_each_day_once():
    # Day A: ratings 1 and 2 (level 1.5); day B: one rating 4. Mean of levels 2.75,
    # not the mean of the three ratings (7/3).
    assert mean_of_levels([(3, 2), (4, 1)]) == 2.75


def test_mean_of_days_skips_unrated_days_and_is_none_without_any():
    assert mean_of_levels([(0, 0), (6, 1), (0, 0)]) == 6.0
    assert mean_of_levels([(0, 0)]) is None
    assert mean_of_levels([]) is None


def test_mean_of_days_is_the_exact_mean_rounded_once():
    # Levels 1/3, 1/3 and 1/6: the true mean is 5/18; adding rounded floats gives
    # 0.27777777777777773 instead.
    assert mean_of_levels([(1, 3), (1, 3), (1, 6)]) == 5 / 18
    assert mean_of_levels([(1, 3), (2, 3)]) == 0.5
