"""Outlook Web App's zone names: "(UTC-05:00) Eastern Time (US & Canada)" -> America/New_York.

Exchange Online and OWA write the Windows display name of a zone as the TZID, often without a
VTIMEZONE (RFC 5545 3.2.19 leaves TZID values free). icalendar knows IANA and Windows zone ids
("Eastern Standard Time"), not these display names, and no maintained library maps them, so
they are read here: a city of the name that is an IANA zone ("Chennai, Kolkata, ..." ->
Asia/Kolkata), else the few names without a city (the North American regions), and the zone is
taken only when its UTC offset is the one the name states.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

_DISPLAY = re.compile(r"^\s*\(\s*(?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d\d))?\s*\)\s*(.+)", re.I)
#: Windows display names with no IANA city in them (from the Windows zone list).
_REGIONS = {
    "eastern time (us & canada)": "America/New_York",
    "central time (us & canada)": "America/Chicago",
    "mountain time (us & canada)": "America/Denver",
    "pacific time (us & canada)": "America/Los_Angeles",
    "atlantic time (canada)": "America/Halifax",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "saskatchewan": "America/Regina",
    "newfoundland": "America/St_Johns",
    "indiana (east)": "America/Indiana/Indianapolis",
    "coordinated universal time": "UTC",
    "brasilia": "America/Sao_Paulo",
    "central america": "America/Guatemala",
    "mid-atlantic - old": "Etc/GMT+2",
}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """The city of every IANA zone ("new delhi" is no zone, "kolkata" is), lower-case."""
    found: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            found.setdefault(name.rsplit("/", 1)[1].replace("_", " ").casefold(), name)
    return found


@lru_cache(maxsize=256)
def zone_for_tzid(tzid: str) -> ZoneInfo | None:
    """The IANA zone an OWA display name means, or None when it is not one or nothing fits."""
    match = _DISPLAY.match(tzid)
    if match is None:
        return None
    sign, hours, minutes, names = match.groups()
    names = names.strip()
    offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
    offset = -offset if sign == "-" else offset
    names = names.casefold()
    candidates = [_REGIONS.get(names)] if names in _REGIONS else []
    for part in re.split(r"\s*,\s*", names):
        part = part.removeprefix("city of ").strip()
        candidates.append(_cities().get(part))
    for name in candidates:
        if name and _has_offset(ZoneInfo(name), offset):
            return ZoneInfo(name)
    return None


def _has_offset(zone: ZoneInfo, offset: timedelta) -> bool:
    """The zone's standard offset (without daylight saving, either hemisphere) is `offset`."""
    days = (datetime(2026, 1, 15), datetime(2026, 7, 15))
    return offset in {
        (zone.utcoffset(d) or timedelta()) - (zone.dst(d) or timedelta()) for d in days
    }
