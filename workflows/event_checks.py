"""Checks of one VEVENT before it is expanded: what makes its times unknowable (fatal), what is
only reported, and rules that would make the expansion run for hours.

Pure: no I/O, no clock. `occurrences.expand` runs these on every VEVENT of a UID group; a fatal
issue skips the group with one EventProblem naming them all.

Why these limits: recurring-ical-events hands RRULEs to dateutil, which walks a rule step by
step. FREQ=SECONDLY makes 86,400 occurrences a day of the window (a 20 GB list, once), and an
hourly rule from year 1 walks millions of steps before it reaches the window; INTERVAL=0 never
ends. No interview series repeats more than MAX_PER_DAY times a day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, cast

import icalendar

from .zone_names import zone_for_tzid

#: Properties without which an event's times cannot be known: an error in one is fatal.
TIME_PROPERTIES = (
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "RDATE",
    "EXDATE",
    "EXRULE",
    "RECURRENCE-ID",
)
_ONCE = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")
MAX_PER_DAY = 24
_MAX_TEXT = 200
_USED = "the rest of the event was used"


def clean(text: object) -> str:
    """Text safe to print: control characters (a terminal's escape sequences) shown as \\xNN."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in str(text))


def short(text: object) -> str:
    """Exception text cut to one readable line of printable characters."""
    line = clean(" ".join(str(text).split()))
    return line if len(line) <= _MAX_TEXT else line[: _MAX_TEXT - 1] + "…"


def dt(component: icalendar.Component, name: str) -> Any:
    """The date, date-time or duration of a property (raises when missing or unreadable)."""
    return cast(Any, component[name]).dt


def as_list(value: object) -> list[Any]:
    """A property's values: icalendar gives a list when a property appears several times."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


#: How many rule steps a series may take before it reaches the window (dateutil walks them all).
MAX_STEPS_BEFORE_WINDOW = 1_000_000
_STEPS_PER_DAY = {"SECONDLY": 86_400, "MINUTELY": 1_440, "HOURLY": 24, "DAILY": 1}


def check_iterations(component: icalendar.cal.Component, start: datetime) -> None:
    """Refuse a rule that would take millions of steps to reach the window (an hourly series
    from year 1 hangs the expansion): ValueError, reported as the event's problem."""
    rules = as_list(component.get("RRULE"))
    if not rules:
        return
    first = component.get("DTSTART")
    begin = getattr(first, "dt", None)
    if not isinstance(begin, date):
        return
    days = (start.date() - (begin.date() if isinstance(begin, datetime) else begin)).days
    for rule in rules:
        freq = str(next(iter(rule.get("FREQ") or []), "")).upper()
        steps = days * _STEPS_PER_DAY.get(freq, 1)
        for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            steps *= max(1, len(rule.get(part) or []))
        if steps > MAX_STEPS_BEFORE_WINDOW:
            raise ValueError(
                f"its rule (FREQ={freq}) starts {days} days before the window: too many "
                "repetitions to walk through (not an interview series), not expanded"
            )


def _too_frequent(component: icalendar.Event) -> list[str]:
    """A rule repeating more than MAX_PER_DAY times a day (FREQ=SECONDLY, BYMINUTE lists) is no
    interview series, and would make millions of occurrences in the window: not expanded."""
    issues = []
    for rule in as_list(component.get("RRULE")):
        freq = str(next(iter(rule.get("FREQ") or []), "")).upper()
        try:
            interval = int(next(iter(rule.get("INTERVAL") or []), 1))
        except (TypeError, ValueError):
            interval = 0
        if interval < 1:  # dateutil loops forever on INTERVAL=0
            issues.append("RRULE INTERVAL must be a positive integer (RFC 5545 3.3.10)")
            continue
        per_day = {"SECONDLY": 86_400, "MINUTELY": 1_440, "HOURLY": 24}.get(freq, 1) / interval
        for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            per_day *= max(1, len(rule.get(part) or []))
        if per_day > MAX_PER_DAY:
            issues.append(
                f"RRULE repeats about {per_day:.0f} times a day (FREQ={freq}): not an interview "
                f"series, not expanded (at most {MAX_PER_DAY} a day)"
            )
    return issues


def fatal_issues(component: icalendar.Event) -> list[str]:
    """What makes an event's times unknowable: RFC 5545 3.6.1 and 3.8.2.2."""
    broken = [
        f"{name} cannot be read: {short(value.parse_error or str(value))}"
        for name in TIME_PROPERTIES
        for value in as_list(component.get(name))
        if isinstance(value, icalendar.vBroken)
    ]
    if broken:
        return broken
    if "DTSTART" not in component:
        return ["has no start time (DTSTART), so it cannot be placed in time"]
    if too_frequent := _too_frequent(component):
        return too_frequent
    repeated = [n for n in _ONCE if isinstance(component.get(n), list)]
    if repeated:
        return [f"{n} appears more than once (RFC 5545 3.6.1: at most once)" for n in repeated]
    unknown: dict[str, list[str]] = {}
    for name, tzid, value in _time_values(component):
        if (
            tzid
            and isinstance(value, datetime)
            and value.tzinfo is None
            and not zone_for_tzid(tzid)
        ):
            unknown.setdefault(tzid, []).append(name)
    if unknown:
        return [
            f"unknown time zone {tzid!r} in {', '.join(dict.fromkeys(names))}: no VTIMEZONE "
            "defines it and it is neither an IANA nor a Windows zone name"
            for tzid, names in unknown.items()
        ]
    begin = dt(component, "DTSTART")
    if "DTEND" in component:
        finish = dt(component, "DTEND")
        if isinstance(begin, datetime) != isinstance(finish, datetime):
            return ["DTSTART and DTEND must both be dates or both date-times (RFC 5545 3.8.2.2)"]
        try:
            if finish < begin:
                return [f"ends before it starts: DTEND {finish} is before DTSTART {begin}"]
        except TypeError:
            return ["DTSTART and DTEND mix a floating time with a zoned one"]
    if "DURATION" in component:
        length = dt(component, "DURATION")
        if isinstance(length, timedelta) and length < timedelta(0):
            return [f"has a negative DURATION ({length})"]
    return []


def minor_issues(component: icalendar.Event) -> list[str]:
    """Unreadable lines and non-time properties: reported, the event still used."""
    notes = []
    for name, message in component.errors:
        if name is None:
            line = str(message).removeprefix("Content line could not be parsed into parts: ")
            notes.append(f"ignored a line that could not be read: {short(line)}; {_USED}")
        elif name not in TIME_PROPERTIES:
            notes.append(
                f"ignored {clean(name)}, which could not be read: {short(message)}; {_USED}"
            )
    return notes


def rule_issues(component: icalendar.Event) -> list[str]:
    """An RRULE whose UNTIL is before DTSTART adds nothing: said, and the event read as the one
    instance at DTSTART."""
    begin = dt(component, "DTSTART")
    notes = []
    for rule in as_list(component.get("RRULE")):
        until = next(iter(rule.get("UNTIL") or []), None)
        try:
            early = until is not None and until < begin
        except TypeError:  # a date against a date-time, floating against zoned
            early = False
        if early:
            notes.append(
                f"RRULE UNTIL {until} is before DTSTART {begin}: the rule adds nothing; read as the one event at DTSTART"
            )
    return notes


def _time_values(component: icalendar.Event) -> list[tuple[str, str, date]]:
    """(property, TZID parameter, value) of every date/date-time the event's times come from."""
    values: list[tuple[str, str, date]] = []
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE"):
        for prop in as_list(component.get(name)):
            tzid = str(prop.params.get("TZID", ""))
            if isinstance(prop, icalendar.vDDDLists):  # RDATE/EXDATE
                values.extend((name, tzid, d.dt) for d in prop.dts if isinstance(d.dt, date))
            elif isinstance(prop, icalendar.vDDDTypes) and isinstance(prop.dt, date):
                values.append((name, tzid, prop.dt))
    return values
