"""The bytes of CalDAV requests and answers: REPORT bodies (RFC 4791 7.8, 7.9), calendar data
as CRLF lines, and whether two versions of an item hold the same content.

Pure: no I/O. Kept apart from caldav.py, which does the talking.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from xml.sax.saxutils import escape

#: Floating and all-day events are matched by the server as if in UTC (RFC 4791 9.9 leaves the
#: zone to it): widen the window by a day on each side; the caller filters after expanding.
FLOATING_MARGIN = timedelta(days=1)

CALDAV_NS = 'xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"'


def utc_stamp(moment: datetime) -> str:
    """RFC 4791 9.9: time-range bounds are UTC date-times; a naive datetime is taken as UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def crlf(text: str) -> bytes:
    """RFC 5545 3.1: content lines end in CRLF; XML parsing of calendar-data turns them into LF."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    return lines.replace("\n", "\r\n").encode("utf-8")


def content_lines(data: bytes) -> list[tuple[str, str]]:
    """(component path, unfolded line) of each event line, sorted; VTIMEZONEs left out.

    RFC 5545 3.1: lines are unfolded, their order carries no meaning. Servers re-serialise what
    they store (Radicale reorders properties and rewrites VTIMEZONE RDATEs): this is what stays.
    """
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    path: list[str] = []
    lines = []
    for line in re.sub(r"\n[ \t]", "", text).split("\n"):
        head = line.upper()
        if head.startswith("BEGIN:"):
            path.append(head[6:].strip())
        elif head.startswith("END:"):
            del path[-1:]
        elif line.strip() and len(path) > 1 and "VTIMEZONE" not in path:
            lines.append(("/".join(path), line))
    return sorted(lines)


def same_content(a: bytes, b: bytes) -> bool:
    """Whether the server holds what we sent (a repeat of our own write met its 412)."""
    if a.replace(b"\r\n", b"\n") == b.replace(b"\r\n", b"\n"):
        return True
    lines = content_lines(a)
    return bool(lines) and lines == content_lines(b)


def report_query(start: datetime | None, end: datetime | None, events_only: bool) -> str:
    """A calendar-query REPORT body (RFC 4791 7.8) asking for ETags and calendar data."""
    time_range = ""
    if start is not None or end is not None:
        bounds = ""
        if start is not None:
            bounds += f' start="{utc_stamp(start - FLOATING_MARGIN)}"'
        if end is not None:
            bounds += f' end="{utc_stamp(end + FLOATING_MARGIN)}"'
        time_range = f"<C:time-range{bounds}/>"
    inner = f'<C:comp-filter name="VEVENT">{time_range}</C:comp-filter>' if events_only else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<C:calendar-query {CALDAV_NS}>'
        "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
        f'<C:filter><C:comp-filter name="VCALENDAR">{inner}</C:comp-filter></C:filter>'
        "</C:calendar-query>"
    )


def multiget(hrefs: list[str]) -> str:
    """A calendar-multiget REPORT body (RFC 4791 7.9): many items in one request."""
    refs = "".join(f"<D:href>{escape(h)}</D:href>" for h in hrefs)
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<C:calendar-multiget {CALDAV_NS}>'
        f"<D:prop><D:getetag/><C:calendar-data/></D:prop>{refs}</C:calendar-multiget>"
    )
