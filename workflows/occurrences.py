"""Calendar bytes -> VEVENT occurrences in a time window, one broken event never stopping the rest.

Pure: no I/O, no clock. `parse_calendar` turns bytes into calendars (RFC 5545 text, Google's
X-WR-TIMEZONE made standard); `expand` lists every occurrence overlapping [start, end), using
recurring-ical-events for RRULE/RDATE/EXDATE/RECURRENCE-ID.

Isolation: one bad VEVENT makes `recurring_ical_events.of(calendar)` raise for the whole calendar,
so VEVENTs are grouped by UID (a series and its overrides, RFC 5545 3.8.4.4) and each group is
checked and expanded on its own; a group that fails becomes one EventProblem and is skipped.

Decisions where the RFC leaves room:
- An occurrence of a series (RRULE, RDATE, or an override's RECURRENCE-ID) carries RECURRENCE-ID;
  a single event does not (recurring-ical-events adds one to every occurrence; it is removed).
- Several VEVENTs with one UID and the same RECURRENCE-ID (or none) are revisions of one event
  (RFC 5545 3.8.4.7 UID, 3.8.7.4 SEQUENCE): the newest is used (highest SEQUENCE, then
  LAST-MODIFIED/DTSTAMP, then the later one in the file, as a client's re-import would), and an
  EventProblem says so unless the copies are identical.
- A VEVENT without UID (RFC 5545 3.6.1 requires one) is expanded on its own with a stand-in UID
  derived from its DTSTART and SUMMARY (stable across runs), and an EventProblem reports it.
- A problem that leaves the event usable (an unreadable line, an unreadable non-time property)
  is reported as an EventProblem and the event is still expanded: the text says it was used.
- Floating times are returned as they are (naive); the caller reads them in the candidate's zone.
  In a calendar with X-WR-TIMEZONE, x-wr-timezone reads floating times and times in an unknown
  TZID in that zone, as Google Calendar does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, cast

import icalendar
import recurring_ical_events
import x_wr_timezone

from .event_checks import (
    as_list,
    check_iterations,
    clean,
    dt,
    fatal_issues,
    minor_issues,
    rule_issues,
    short,
)
from .ics_repair import TOP_LEVEL, Dropped, decode, salvage, unsafe_zone_rule
from .model import EventProblem

_NO_UID_PREFIX = "followup-no-uid-"
#: More occurrences than this of one event in the window is a mistake or an attack, not interviews.
MAX_OCCURRENCES = 1000


def parse_calendar(
    data: bytes, *, source: str
) -> tuple[list[icalendar.Calendar], list[EventProblem]]:
    """Bytes of one .ics object (or several VCALENDARs in a row) -> calendars and problems.

    Never raises on bad input: garbage, a cut-short file or an unknown X-WR-TIMEZONE each give an
    EventProblem naming `source`. Empty data is an empty calendar, not a problem.
    """
    text = decode(data)
    if not text.strip():
        return [], []
    problems: list[EventProblem] = []
    components, error = _components(text)
    if error or not components or _unsafe(components):
        repaired, dropped = salvage(text)  # cut short, a lost END, a VTIMEZONE with no rules
        salvaged, salvage_error = _components(repaired)
        if salvage_error or not salvaged:  # never fall back on an unsafe strict parse
            if why := error or salvage_error:  # icalendar raises ValueError (and worse) on garbage
                return [], [EventProblem("", "", f"not a readable iCalendar file: {why}", source)]
            components = []
        else:
            components = salvaged
            problems = [_dropped_problem(d, source) for d in dropped]
            if not dropped:
                note = (
                    "the file is damaged or cut short (an END line is missing); read what is whole"
                )
                problems.append(EventProblem("", "", note, source, skipped=False))
    calendars = [c for c in components if isinstance(c, icalendar.Calendar)]
    stray = [c for c in components if not isinstance(c, icalendar.Calendar)]
    if stray:  # bare VEVENTs outside a VCALENDAR: read them as one calendar
        wrapper = icalendar.Calendar()
        for component in stray:
            wrapper.add_component(component)
        calendars.append(wrapper)
    if not calendars:
        problem = "no complete VCALENDAR found: the file is cut short or not an iCalendar file"
        return [], [EventProblem("", "", problem, source)]
    result: list[icalendar.Calendar] = []
    for calendar in calendars:
        for name, message in calendar.errors:
            what = f"calendar property {clean(name)}" if name else "a calendar line"
            text = f"ignored {what}: {short(message)}"
            problems.append(EventProblem("", "", text, source, skipped=False))
        result.append(_standard_time_zone(calendar, source, problems))
    return result, problems


def _dropped_problem(dropped: Dropped, source: str) -> EventProblem:
    reason = short(dropped.reason)  # it may quote the file
    if dropped.name == "VTIMEZONE":
        fallback = "its events use the standard zone of that name, if there is one"
        text = f"VTIMEZONE {clean(dropped.uid)!r} {reason} ({fallback})"
        return EventProblem("", "", text, source, skipped=False)
    text = f"{clean(dropped.name)} {reason}"
    return EventProblem(clean(dropped.uid), clean(dropped.summary), text, source)


def _components(text: str) -> tuple[list[icalendar.cal.Component], str]:
    """icalendar's strict parse of a stream of components, or the reason it failed.

    The parse caches every VTIMEZONE it meets for the whole process, by TZID, and the first one
    wins: the cache is emptied first so that each calendar's times use its own VTIMEZONEs (and a
    hostile one, refused by `_unsafe`, cannot stay behind for the next calendar).
    """
    icalendar.use_zoneinfo()
    try:
        return list(icalendar.Calendar.from_ical(text, multiple=True)), ""
    except Exception as exc:
        return [], short(exc) or type(exc).__name__


def _unsafe(components: list[icalendar.cal.Component]) -> bool:
    """What the strict parse accepts but expansion must not see, so that `salvage` names and drops
    it: an event, zone or calendar nested inside another component (RFC 5545 3.6 allows only
    alarms and observances; its END line was lost and turned up further on), and a VTIMEZONE rule
    no time zone could have (`unsafe_zone_rule`: dateutil would walk it forever)."""
    stack = [(component, False) for component in components]
    while stack:
        component, nested = stack.pop()
        if nested and component.name in TOP_LEVEL:
            return True
        if component.name in ("STANDARD", "DAYLIGHT") and any(
            unsafe_zone_rule(rule.to_ical().decode("utf-8", "replace"))
            for rule in as_list(component.get("RRULE"))
        ):
            return True
        inside = nested or component.name != "VCALENDAR"
        stack.extend((sub, inside) for sub in component.subcomponents)
    return False


def _standard_time_zone(
    calendar: icalendar.Calendar, source: str, problems: list[EventProblem]
) -> icalendar.Calendar:
    """Google's X-WR-TIMEZONE -> RFC 5545 TZIDs (x-wr-timezone); unchanged when it is not set."""
    if "X-WR-TIMEZONE" not in calendar:
        return calendar
    try:
        converted = x_wr_timezone.to_standard(calendar)
    except Exception as exc:
        zone = str(calendar.get("X-WR-TIMEZONE"))
        text = f"X-WR-TIMEZONE {zone!r} cannot be used ({short(exc)}); times read as written"
        problems.append(EventProblem("", "", text, source, skipped=False))
        return calendar
    if converted is not calendar:  # x-wr-timezone copies components, and not their parse errors
        for old, new in zip(calendar.walk(), converted.walk(), strict=False):
            if old is not new and old.name == new.name and not new.errors:
                new.errors.extend(old.errors)
    return converted


def expand(
    calendar: icalendar.Calendar,
    start: datetime,
    end: datetime,
    *,
    keep: Callable[[icalendar.Event], bool] | None = None,
    source: str = "",
) -> tuple[list[icalendar.Event], list[EventProblem]]:
    """Every occurrence of every VEVENT overlapping [start, end), and the events that failed.

    RFC 5545 3.8.5 (RRULE/RDATE/EXDATE, RECURRENCE-ID overrides) via recurring-ical-events. With
    `keep`, a UID group is expanded (and checked) only when `keep` is true for one of its VEVENTs.
    Occurrences are copies in calendar order; the input calendar is not changed.
    """
    if end <= start:
        raise ValueError(f"empty window: end {end} is not after start {start}")
    timezones = {str(tz.get("TZID", "")): tz for tz in calendar.walk("VTIMEZONE")}
    events: list[icalendar.Event] = []
    problems: list[EventProblem] = []
    for uid, group in _groups(cast("list[icalendar.Event]", calendar.walk("VEVENT"))):
        try:
            if keep is not None and not any(keep(component) for component in group):
                continue
        except Exception as exc:
            problems.append(_problem(uid, group, f"cannot be classified: {short(exc)}", source))
            continue
        try:
            occurrences, problem = _expand_group(uid, group, timezones, start, end, source)
        except Exception as exc:  # last resort: one event never stops the others
            occurrences = []
            problem = _problem(uid, group, f"cannot be read: {short(exc)}", source)
        events.extend(occurrences)
        if problem is not None:
            problems.append(problem)
    return events, problems


def _groups(vevents: Iterable[icalendar.Event]) -> list[tuple[str, list[icalendar.Event]]]:
    """VEVENTs by UID in order of first appearance; each UID-less VEVENT is a group of its own."""
    groups: dict[str, list[icalendar.Event]] = {}
    result: list[tuple[str, list[icalendar.Event]]] = []
    for event in vevents:
        uid = _text(event.get("UID"))
        if not uid:
            result.append(("", [event]))
        elif uid in groups:
            groups[uid].append(event)
        else:
            groups[uid] = [event]
            result.append((uid, groups[uid]))
    return result


def _summary(group: list[icalendar.Event]) -> str:
    masters = [c for c in group if "RECURRENCE-ID" not in c] or group
    return _text(masters[0].get("SUMMARY"))


def _text(value: object) -> str:
    """A TEXT property as a stripped str; the first one when it (wrongly) appears several times."""
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value).strip()


def _problem(
    uid: str, group: list[icalendar.Event], text: str, source: str, *, skipped: bool = True
) -> EventProblem:
    summary = clean(" ".join(_summary(group).split()))
    return EventProblem(clean(uid), summary, text, source, skipped)


def _expand_group(
    uid: str,
    group: list[icalendar.Event],
    timezones: dict[str, icalendar.Component],
    start: datetime,
    end: datetime,
    source: str,
) -> tuple[list[icalendar.Event], EventProblem | None]:
    """Check one UID group, expand it, and normalize RECURRENCE-ID; never raises."""
    fatal: list[str] = []
    notes: list[str] = []
    for component in group:
        fatal.extend(fatal_issues(component))
        notes.extend(minor_issues(component))
        if not fatal and (early := rule_issues(component)):
            notes.extend(early)
            if len(early) == len(as_list(component.get("RRULE"))):
                # RFC 5545 3.8.5.3: DTSTART is the first instance; rules whose UNTIL is before it
                # add nothing (recurring-ical-events would yield no instance at all)
                component.pop("RRULE")
    if fatal:
        return [], _problem(uid, group, "; ".join(fatal + notes), source)
    group, duplicate_notes = _newest_revisions(group)
    notes.extend(duplicate_notes)
    stand_in = ""
    if not uid:
        stand_in = _stand_in_uid(group[0])
        notes.append(f"has no UID (RFC 5545 3.6.1 requires one); used the stand-in {stand_in}")
    small = icalendar.Calendar()
    small.add("PRODID", "-//followup//occurrences//EN")
    small.add("VERSION", "2.0")
    for tzid in sorted({tzid for component in group for tzid in _tzids(component)}):
        if tzid in timezones:
            small.add_component(timezones[tzid])
    for component in group:
        small.add_component(component)
    try:
        occurrences, capped = _occurrences(small, start, end)
    except Exception as exc:
        text = "; ".join([f"cannot compute its occurrences: {short(exc)}", *notes])
        return [], _problem(uid, group, text, source)
    if capped:
        notes.append(
            f"repeats more than {MAX_OCCURRENCES} times in the window: used the first ones"
        )
    recurring = any(p in c for c in group for p in ("RRULE", "RDATE", "RECURRENCE-ID"))
    for occurrence in occurrences:
        if not recurring:
            occurrence.pop("RECURRENCE-ID", None)
        if stand_in:
            occurrence["UID"] = icalendar.vText(stand_in)
    problem = _problem(uid, group, "; ".join(notes), source, skipped=False) if notes else None
    return occurrences, problem


def _occurrences(
    calendar: icalendar.Calendar, start: datetime, end: datetime
) -> tuple[list[icalendar.Event], bool]:
    """Occurrences in [start, end), at most MAX_OCCURRENCES (rules are checked beforehand, in
    event_checks, so that the list recurring-ical-events builds stays small)."""
    for component in calendar.walk("VEVENT"):
        check_iterations(component, start)
    occurrences = list(recurring_ical_events.of(calendar).between(start, end))
    return occurrences[:MAX_OCCURRENCES], len(occurrences) > MAX_OCCURRENCES


def _tzids(component: icalendar.Event) -> set[str]:
    """Every TZID parameter the event uses: those VTIMEZONEs go with it (RFC 5545 3.6.5)."""
    found = set()
    for value in component.values():
        for prop in as_list(value):
            params = getattr(prop, "params", None)
            if params is not None and "TZID" in params:
                found.add(str(params["TZID"]))
    return found


def _newest_revisions(group: list[icalendar.Event]) -> tuple[list[icalendar.Event], list[str]]:
    """One VEVENT per RECURRENCE-ID (or none): RFC 5545 3.8.7.4, the highest SEQUENCE is current."""
    by_key: dict[Any, list[tuple[int, icalendar.Event]]] = {}
    for index, component in enumerate(group):
        by_key.setdefault(_recurrence_key(component), []).append((index, component))
    kept: list[tuple[int, icalendar.Event]] = []
    notes = []
    for key, copies in by_key.items():
        newest = max(copies, key=lambda pair: _revision(pair[0], pair[1]))
        kept.append(newest)
        if len(copies) > 1 and len({component.to_ical() for _, component in copies}) > 1:
            which = "" if key is None else " and RECURRENCE-ID"
            sequence = _sequence(newest[1])
            notes.append(
                f"{len(copies)} different events share this UID{which} (RFC 5545 3.8.4.7: a UID "
                f"names one event); used the newest (SEQUENCE {sequence}) and ignored the rest"
            )
    return [component for _, component in sorted(kept, key=lambda pair: pair[0])], notes


def _recurrence_key(component: icalendar.Event) -> Any:
    if "RECURRENCE-ID" not in component:
        return None
    value = dt(component, "RECURRENCE-ID")
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    return value


def _sequence(component: icalendar.Event) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except Exception:  # repeated or unreadable: as if absent
        return 0


def _revision(index: int, component: icalendar.Event) -> tuple[int, float, int]:
    """Sort key of a revision: SEQUENCE, then LAST-MODIFIED or DTSTAMP, then file position."""
    stamp = 0.0
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        try:
            value = dt(component, name)
        except Exception:  # missing, repeated or unreadable
            continue
        if isinstance(value, datetime):
            aware = value if value.tzinfo else value.replace(tzinfo=UTC)
            stamp = aware.timestamp()
            break
    return (_sequence(component), stamp, index)


def _stand_in_uid(component: icalendar.Event) -> str:
    """A UID for a UID-less event, the same on every run while its start and title stay."""
    start = component.get("DTSTART")
    key = (start.to_ical() if start is not None else b"") + b"\n"
    key += str(component.get("SUMMARY", "")).encode("utf-8")
    return _NO_UID_PREFIX + hashlib.sha256(key).hexdigest()[:16]
