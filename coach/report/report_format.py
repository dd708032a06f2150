"""How the report writes its numbers and dates: one place, so the tests can read them back.

English month names whatever the locale, like the rest of the clinician-facing text;
percentages rounded as `coach stats` prints them.
"""

from __future__ import annotations

from datetime import date

from coach.analysis.period import Period

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DASH = "–"  # en dash: no figure


def pct(value: float | None) -> str:
    """A share as a whole percentage ("87%"), the way `coach stats` prints it."""
    return DASH if value is None else f"{value:.0%}"


def spasm(value: float | None) -> str:
    """A mean spasm level with one decimal ("4.3")."""
    return DASH if value is None else f"{value:.1f}"


def drop(value: float) -> str:
    """A before-to-after change in spasm: "−1.2" eased, "+0.4" worse."""
    change = -value
    if round(change, 1) == 0:
        return "0.0"
    return f"{change:+.1f}".replace("-", "−")


def count(value: float) -> str:
    """A number of sessions: whole, or with a half ("12.5")."""
    return f"{value:g}"


def short_date(day: date) -> str:
    """ "7 Sep" """
    return f"{day.day} {MONTHS[day.month - 1]}"


def long_date(day: date) -> str:
    """ "7 Sep 2026" """
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period_text(period: Period) -> str:
    """ "7 Sep – 26 Nov 2026", with both years when they differ."""
    if period.start == period.end:
        return long_date(period.start)
    if period.start.year == period.end.year:
        return f"{short_date(period.start)} – {long_date(period.end)}"
    return f"{long_date(period.start)} – {long_date(period.end)}"


def weeks_text(days: int) -> str:
    """A period's length in words: "12 weeks", "10 days", "12 weeks 4 days"."""
    weeks, rest = divmod(days, 7)
    parts = []
    if weeks:
        parts.append(f"{weeks} week" + ("s" if weeks != 1 else ""))
    if rest or not weeks:
        parts.append(f"{rest} day" + ("s" if rest != 1 else ""))
    return " ".join(parts)
