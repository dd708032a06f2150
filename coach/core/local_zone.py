"""The patient's time zone as a real zone (with its daylight-saving rules).

`datetime.now().astimezone()` carries only today's fixed offset, which would put a
reminder an hour off on the far side of a clock change. The reminders need the zone
itself: the TZ variable, else /etc/localtime (Linux, macOS), else the C library's own
idea of local time, which also follows daylight saving.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_LOCALTIME = Path("/etc/localtime")


class SystemLocal(tzinfo):
    """Local time as the C library sees it (used where no zone database is found)."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        fields = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0, -1)
        try:
            stamp = time.mktime(fields)
        except (OverflowError, ValueError):
            return timedelta(seconds=time.localtime().tm_gmtoff)
        return timedelta(seconds=time.localtime(stamp).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return time.strftime("%Z")

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=UTC) - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()
        offset = time.localtime(stamp).tm_gmtoff
        return (dt + timedelta(seconds=offset)).replace(tzinfo=self)


def system_zone() -> tzinfo:
    """The zone of this computer, with its daylight-saving rules."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    try:
        target = str(_LOCALTIME.resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
        with _LOCALTIME.open("rb") as data:
            return ZoneInfo.from_file(data, key="localtime")
    except (OSError, ZoneInfoNotFoundError, ValueError):
        return SystemLocal()
