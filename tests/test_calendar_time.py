"""Working slots, end of day and offsets in wall-clock time, across weekends and DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.workflows.calendar_time import (
    end_of_day,
    first_instant,
    in_slot,
    next_slot,
    shift,
)

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
HOURS = (time(9, 0), time(18, 0))


def slot(dt: datetime, business_days: bool = True) -> datetime:
    return next_slot(dt, hours=HOURS, business_days=business_days)


@pytest.mark.parametrize(
    ("given_at", "expected"),
    [
        # Friday 2026-11-20 10:30 is inside the slot: unchanged
        (datetime(2026, 11, 20, 10, 30, tzinfo=NY), datetime(2026, 11, 20, 10, 30, tzinfo=NY)),
        # the first minute of the slot is inside it
        (datetime(2026, 11, 20, 9, 0, tzinfo=NY), datetime(2026, 11, 20, 9, 0, tzinfo=NY)),
        # before hours: 09:00 the same day
        (datetime(2026, 11, 19, 6, 0, tzinfo=NY), datetime(2026, 11, 19, 9, 0, tzinfo=NY)),
        # 18:00 is the end, outside (half-open): next working day
        (datetime(2026, 11, 19, 18, 0, tzinfo=NY), datetime(2026, 11, 20, 9, 0, tzinfo=NY)),
        # Friday evening: Monday
        (datetime(2026, 11, 20, 19, 0, tzinfo=NY), datetime(2026, 11, 23, 9, 0, tzinfo=NY)),
        # Saturday noon: Monday
        (datetime(2026, 11, 21, 12, 0, tzinfo=NY), datetime(2026, 11, 23, 9, 0, tzinfo=NY)),
    ],
)
def test_next_slot_business_days(given_at: datetime, expected: datetime) -> None:
    result = slot(given_at)
    assert result.astimezone(UTC) == expected.astimezone(UTC)  # same-zone == ignores fold
    assert result.tzinfo is NY


def test_next_slot_allows_weekends_when_business_days_is_false() -> None:
    saturday_night = datetime(2026, 11, 20, 19, 0, tzinfo=NY)
    assert slot(saturday_night, business_days=False) == datetime(2026, 11, 21, 9, 0, tzinfo=NY)
    assert slot(datetime(2026, 11, 22, 12, 0, tzinfo=NY), business_days=False).day == 22


def test_next_slot_keeps_local_nine_across_spring_forward() -> None:
    # US DST starts Sunday 2026-03-08: Friday evening EST -> Monday 09:00 EDT
    result = slot(datetime(2026, 3, 6, 20, 0, tzinfo=NY))
    assert result.replace(tzinfo=None) == datetime(2026, 3, 9, 9, 0)
    assert result.utcoffset() == timedelta(hours=-4)


def test_next_slot_keeps_local_nine_across_fall_back_in_berlin() -> None:
    # EU DST ends Sunday 2026-10-25
    result = slot(datetime(2026, 10, 23, 18, 30, tzinfo=BERLIN))
    assert result.replace(tzinfo=None) == datetime(2026, 10, 26, 9, 0)
    assert result.utcoffset() == timedelta(hours=1)


def test_next_slot_rejects_naive_times() -> None:
    with pytest.raises(ValueError, match="aware"):
        slot(datetime(2026, 11, 20, 10, 0))


def test_slot_starting_inside_a_dst_gap_starts_when_the_gap_ends() -> None:
    # 02:15 does not exist on 2026-03-08 in New York: the slot starts at 03:00 EDT
    result = next_slot(
        datetime(2026, 3, 8, 1, 0, tzinfo=NY), hours=(time(2, 15), time(5, 0)), business_days=False
    )
    assert result.astimezone(UTC) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
    assert result.replace(tzinfo=None) == datetime(2026, 3, 8, 3, 0)


def test_slot_start_in_repeated_hour_is_never_before_the_time_given() -> None:
    # 01:30 on the second pass (EST) of 2026-11-01; the slot starts 01:45: its second pass too
    second_pass = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NY)
    result = next_slot(second_pass, hours=(time(1, 45), time(5, 0)), business_days=False)
    assert result.astimezone(UTC) >= second_pass.astimezone(UTC)
    assert result.astimezone(UTC) == datetime(2026, 11, 1, 6, 45, tzinfo=UTC)


def test_end_of_day_is_the_next_midnight() -> None:
    result = end_of_day(date(2026, 11, 27), NY)
    assert result == datetime(2026, 11, 28, 0, 0, tzinfo=NY)
    assert result.utcoffset() == timedelta(hours=-5)


def test_end_of_day_when_midnight_is_skipped() -> None:
    # Chile springs forward at 24:00: 2026-09-06 starts at 01:00 local
    santiago = ZoneInfo("America/Santiago")
    result = end_of_day(date(2026, 9, 5), santiago)
    assert result.replace(tzinfo=None) == datetime(2026, 9, 6, 1, 0)
    assert result.astimezone(UTC) == datetime(2026, 9, 6, 4, 0, tzinfo=UTC)


def test_first_instant_of_an_existing_time_is_that_time() -> None:
    assert first_instant(date(2026, 6, 1), time(9, 0), NY) == datetime(2026, 6, 1, 9, tzinfo=NY)


def test_shift_counts_whole_days_on_the_calendar() -> None:
    # across spring forward: two days later, same local time, 47 real hours
    start = datetime(2026, 3, 7, 9, 0, tzinfo=NY)
    result = shift(start, timedelta(days=2))
    assert result.replace(tzinfo=None) == datetime(2026, 3, 9, 9, 0)
    assert result.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=47)


def test_shift_counts_hours_as_elapsed_time_in_the_repeated_hour() -> None:
    start = datetime(2026, 11, 1, 0, 30, tzinfo=NY)  # EDT
    one, two = shift(start, timedelta(hours=1)), shift(start, timedelta(hours=2))
    assert one.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=1)
    assert two.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)
    assert one.replace(tzinfo=None) == two.replace(tzinfo=None) == datetime(2026, 11, 1, 1, 30)


def test_shift_landing_in_a_gap_moves_forward_by_the_gap() -> None:
    result = shift(datetime(2026, 3, 7, 2, 30, tzinfo=NY), timedelta(days=1))
    assert result.replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)


ZONES = st.sampled_from(
    [
        "America/New_York",
        "Europe/Berlin",
        "Australia/Lord_Howe",  # 30-minute DST
        "Asia/Kathmandu",  # +05:45
        "America/Santiago",
        "UTC",
    ]
).map(ZoneInfo)


@st.composite
def aware_times(draw: st.DrawFn) -> datetime:
    """Local times on a 15-minute grid in 2025-2027, both passes of repeated hours."""
    zone = draw(ZONES)
    day = draw(st.dates(date(2025, 1, 1), date(2027, 12, 31)))
    minute = draw(st.integers(0, 24 * 4 - 1)) * 15
    naive = datetime.combine(day, time(0)) + timedelta(minutes=minute)
    aware = naive.replace(tzinfo=zone, fold=draw(st.integers(0, 1)))
    return aware.astimezone(UTC).astimezone(zone)  # a real instant, also for skipped times


@given(
    dt=aware_times(),
    start=st.integers(6 * 4, 12 * 4),
    length=st.integers(1, 10 * 4),
    business_days=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_next_slot_is_the_first_slot_instant_at_or_after(
    dt: datetime, start: int, length: int, business_days: bool
) -> None:
    """Against brute force: step 15 real minutes at a time until the wall clock is in a slot."""
    hours = (
        time(start // 4, start % 4 * 15),
        time((start + length) // 4, (start + length) % 4 * 15),
    )
    result = next_slot(dt, hours=hours, business_days=business_days)
    expected = dt
    while not in_slot(expected, hours=hours, business_days=business_days):
        expected = (expected.astimezone(UTC) + timedelta(minutes=15)).astimezone(dt.tzinfo)
    assert result.astimezone(UTC) == expected.astimezone(UTC)  # same-zone == ignores fold
    assert result.tzinfo is dt.tzinfo
    assert in_slot(result, hours=hours, business_days=business_days)
    again = next_slot(result, hours=hours, business_days=business_days)
    assert again.astimezone(UTC) == result.astimezone(UTC)


@given(dt=aware_times(), days=st.integers(0, 10), minutes=st.integers(0, 48 * 60))
@settings(max_examples=100, deadline=None)
def test_shift_never_goes_back(dt: datetime, days: int, minutes: int) -> None:
    delta = timedelta(days=days, minutes=minutes)
    result = shift(dt, delta)
    assert result.astimezone(UTC) >= dt.astimezone(UTC)  # same-zone >= ignores fold
    assert result.tzinfo is dt.tzinfo
    if not minutes:
        assert result.date() == dt.date() + timedelta(days=days)
