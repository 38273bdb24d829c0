"""Wall-clock arithmetic for reminder times: working slots, end of day, DST-safe offsets.

Every function works in the wall clock of the datetime's own tzinfo (a zoneinfo zone in practice),
so 09:00 local stays 09:00 local across a DST change. No clock is read here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil.tz import datetime_exists, resolve_imaginary

#: Monday..Friday (datetime.weekday() values); design.md: "Mon-Fri when business_days = true".
WORKING_WEEKDAYS = frozenset(range(5))


def first_instant(d: date, t: time, tz: tzinfo) -> datetime:
    """The first instant whose wall time in `tz` is `d t` or later: the start of a slot or a day.

    An ambiguous time (the repeated hour when clocks go back) gives its first pass (PEP 495 fold=0);
    a time skipped by a DST gap gives the instant the gap ends (skipped 00:00 -> 01:00).
    """
    wanted = datetime.combine(d, t, tzinfo=tz)
    if datetime_exists(wanted):
        return wanted
    # Inside a gap: fold=1 reads it with the offset after the change (an instant before the change),
    # fold=0 with the offset before (an instant after it). Search the change between the two.
    low, high = sorted(wanted.replace(fold=f).astimezone(UTC) for f in (0, 1))
    naive = wanted.replace(tzinfo=None)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0).astimezone(tz)


def shift(dt: datetime, delta: timedelta) -> datetime:
    """`dt + delta`, whole days on the calendar (same local time), the remainder as elapsed time.

    "2d" after Friday 09:00 is Sunday 09:00 even across a DST change; "1h" is one real hour later,
    also inside the repeated hour when clocks go back. For delta >= 0 the result is never before dt.
    """
    days = timedelta(days=delta.days)
    rest = delta - days
    moved = dt if not days else resolve_imaginary(dt + days)
    if not rest:
        return moved
    return (moved.astimezone(UTC) + rest).astimezone(dt.tzinfo)


def is_working_day(d: date, *, business_days: bool) -> bool:
    """design.md: a working day is Mon-Fri when business_days, any day otherwise."""
    return not business_days or d.weekday() in WORKING_WEEKDAYS


def in_slot(dt: datetime, *, hours: tuple[time, time], business_days: bool) -> bool:
    """design.md: a working slot is working hours on a working day; [start, end) in wall time."""
    start, end = hours
    wall = dt.replace(tzinfo=None)
    return is_working_day(wall.date(), business_days=business_days) and start <= wall.time() < end


def next_slot(dt: datetime, *, hours: tuple[time, time], business_days: bool) -> datetime:
    """design.md: a time inside a working slot stays as it is; otherwise the start of the next slot.

    Hours are half-open: 18:00 with hours 09:00-18:00 moves to 09:00 of the next working day.
    """
    if dt.tzinfo is None:
        raise ValueError(f"next_slot needs an aware datetime, got {dt.isoformat()}")
    if in_slot(dt, hours=hours, business_days=business_days):
        return dt
    start = hours[0]
    day = dt.date() if dt.replace(tzinfo=None).time() < start else dt.date() + timedelta(days=1)
    while not is_working_day(day, business_days=business_days):
        day += timedelta(days=1)
    candidate = first_instant(day, start, dt.tzinfo)
    # A slot starting inside a repeated hour when dt is on its second pass: take that pass too.
    if candidate.astimezone(UTC) < dt.astimezone(UTC):
        candidate = candidate.replace(fold=1)
    return candidate


def end_of_day(d: date, tz: tzinfo) -> datetime:
    """The end of day `d` in `tz`: midnight starting the next day (advice: "2+ days after")."""
    return first_instant(d + timedelta(days=1), time(0, 0), tz)
