"""Session credit: 1 from 80% of the steps, 0.5 from one step, else 0."""

from __future__ import annotations

import pytest
from analysis_builders import at, session

from coach.analysis.credit import session_credit
from coach.core.records import SessionStatus


@pytest.mark.parametrize(
    ("done", "total", "credit"),
    [
        (5, 5, 1.0),
        (4, 5, 1.0),  # exactly 80%
        (12, 15, 1.0),  # exactly 80%
        (8, 10, 1.0),
        (7, 9, 0.5),  # 77.8%
        (3, 5, 0.5),
        (1, 10, 0.5),
        (0, 5, 0.0),
        (6, 5, 1.0),  # more steps than planned (a repeated step) is still full credit
    ],
)
def test_credit_thresholds(done, total, credit):
    assert session_credit(session(at("2026-03-02"), done=done, total=total)) == credit


@pytest.mark.parametrize("status", [SessionStatus.STOPPED, SessionStatus.ABANDONED])
def test_status_does_not_change_credit(status):
    assert session_credit(session(at("2026-03-02"), done=4, total=5, status=status)) == 1.0
    assert session_credit(session(at("2026-03-02"), done=2, total=5, status=status)) == 0.5
