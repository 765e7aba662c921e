"""The computer's own time zone, as an IANA zone so that deadlines follow real DST rules."""

from __future__ import annotations

from zoneinfo import ZoneInfo


def local_zone() -> ZoneInfo:
    """The computer's IANA time zone (TZ is honoured); UTC when it cannot be told."""
    import tzlocal

    try:
        zone = tzlocal.get_localzone()
    except (LookupError, ValueError):  # a broken /etc/localtime or TZ value
        return ZoneInfo("UTC")
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(str(zone))
