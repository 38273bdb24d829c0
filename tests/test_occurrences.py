"""workflows/occurrences.py on the real-world-shaped fixtures in tests/data and on small cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.workflows.ics_repair import unsafe_zone_rule
from followup.workflows.occurrences import expand, parse_calendar

DATA = Path(__file__).parent / "data"
START = datetime(2026, 11, 1, tzinfo=UTC)
END = datetime(2026, 12, 1, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")

#: VEVENT occurrences overlapping November 2026 (UTC), problems included as stated per fixture.
EXPECTED_COUNTS = {
    "allday_and_floating.ics": 5,
    "apple_x_apple_props.ics": 4,
    "google_meet_boilerplate.ics": 4,
    "google_x_wr_timezone.ics": 9,  # 4 Friday team lunches + 5 single events
    "malformed_events.ics": 4,  # 3 good + the one with a garbage line (reported, still used)
    "outlook_last_first_names.ics": 3,
    "outlook_windows_tzid.ics": 6,  # 3 single + 3 Tuesday lunches (one EXDATE)
    "recurring_overrides.ics": 9,
}
FIXTURES = sorted(EXPECTED_COUNTS)  # the quirk fixtures of tests/data/README.md


def load(name: str, *, reverse: bool = False) -> icalendar.Calendar:
    """A fixture's one calendar; `reverse` flips component order (RFC 5545 imposes none)."""
    calendars, problems = parse_calendar((DATA / name).read_bytes(), source=name)
    assert problems == []
    assert len(calendars) == 1
    calendar = calendars[0]
    if reverse:
        calendar.subcomponents.reverse()
    return calendar


def occurrences(name: str, *, reverse: bool = False, **kwargs):
    return expand(load(name, reverse=reverse), START, END, source=name, **kwargs)


def by_summary(events, text: str) -> list[icalendar.Event]:
    return [e for e in events if str(e.get("SUMMARY")) == text]


def is_interview(event: icalendar.Event) -> bool:
    summary = str(event.get("SUMMARY", "")).lower()
    return any(k in summary for k in ("interview", "screen", "onsite", "hiring manager")) and not (
        "prep" in summary or "mock" in summary
    )


def test_every_fixture_is_listed_in_the_readme() -> None:
    readme = (DATA / "README.md").read_text()
    for name in FIXTURES:
        assert (DATA / name).is_file()
        assert f"`{name}`" in readme


@pytest.mark.parametrize("path", sorted(DATA.glob("*.ics")), ids=lambda p: p.name)
def test_every_calendar_in_tests_data_parses_and_expands(path: Path) -> None:
    calendars, _ = parse_calendar(path.read_bytes(), source=path.name)
    assert calendars
    for calendar in calendars:
        events, _ = expand(calendar, START, END, source=path.name)
        assert all("DTSTART" in e for e in events)


@pytest.mark.parametrize("reverse", [False, True], ids=["file-order", "reversed"])
@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_occurrence_count(name: str, reverse: bool) -> None:
    events, problems = occurrences(name, reverse=reverse)
    assert len(events) == EXPECTED_COUNTS[name]
    assert (name == "malformed_events.ics") == bool(problems)
    assert all(e["UID"] and "DTSTART" in e for e in events)


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_is_real_export_shaped(name: str) -> None:
    data = (DATA / name).read_bytes()
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75  # RFC 5545 3.1: fold at 75 octets
    assert any(line.startswith(b" ") for line in lines)  # and it does fold somewhere
    assert b"PRODID:" in data


@pytest.mark.parametrize("name", ["google_x_wr_timezone.ics", "google_meet_boilerplate.ics"])
def test_google_times_come_out_in_the_x_wr_timezone_zone(name: str) -> None:
    zone = str(icalendar.Calendar.from_ical((DATA / name).read_bytes())["X-WR-TIMEZONE"])
    events, _ = occurrences(name)
    timed = [e["DTSTART"].dt for e in events if isinstance(e["DTSTART"].dt, datetime)]
    assert timed
    assert all(getattr(dt.tzinfo, "key", None) == zone for dt in timed)


def test_google_utc_time_lands_on_the_local_day() -> None:
    events, _ = occurrences("google_x_wr_timezone.ics")
    (acme,) = by_summary(events, "Interview with Acme - Backend Engineer")
    assert acme["DTSTART"].dt == datetime(2026, 11, 18, 10, 0, tzinfo=NEW_YORK)
    (hooli,) = by_summary(events, "Hooli phone screen (SRE)")  # 00:30Z on the 25th
    assert hooli["DTSTART"].dt.date() == date(2026, 11, 24)
    assert hooli["DTSTART"].dt.hour == 19


def test_google_room_resources_and_meet_text_survive() -> None:
    events, _ = occurrences("google_meet_boilerplate.ics")
    (screen,) = by_summary(events, "Acme phone screen (SRE)")
    cutypes = [str(a.params.get("CUTYPE")) for a in screen["ATTENDEE"]]
    assert cutypes.count("RESOURCE") == 1
    assert "Join with Google Meet" in str(screen["DESCRIPTION"])


@pytest.mark.parametrize("name", ["outlook_windows_tzid.ics", "outlook_last_first_names.ics"])
def test_windows_zone_names_resolve_to_aware_datetimes(name: str) -> None:
    events, _ = occurrences(name)
    assert events
    for event in events:
        assert event["DTSTART"].params["TZID"].endswith("Standard Time")
        assert event["DTSTART"].dt.utcoffset() is not None
        assert event["DTEND"].dt.utcoffset() is not None


def test_windows_pacific_time_is_the_right_instant() -> None:
    events, _ = occurrences("outlook_windows_tzid.ics")
    (initech,) = by_summary(events, "Interview with Initech - Platform Engineer")
    assert initech["DTSTART"].dt.astimezone(UTC) == datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_windows_zone_name_without_vtimezone_resolves() -> None:
    data = _calendar(
        "UID:w1\r\nSUMMARY:Interview with X\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20261112T150000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20261112T160000\r\n"
    )
    events, problems = expand(_parse(data), START, END)
    assert problems == []
    assert events[0]["DTSTART"].dt.astimezone(UTC) == datetime(2026, 11, 12, 14, 0, tzinfo=UTC)


def test_outlook_last_first_names_are_kept_as_written() -> None:
    events, _ = occurrences("outlook_last_first_names.ics")
    (screen,) = by_summary(events, "Acme phone screen (SRE)")
    names = [str(a.params["CN"]) for a in screen["ATTENDEE"]]
    assert "Doe, Jane" in names
    assert "O'Brien, Seán" in names
    assert str(screen["ORGANIZER"].params["CN"]) == "Smith, Bob"
    assert "ROOM" in [str(a.params.get("CUTYPE")) for a in screen["ATTENDEE"]]


def test_apple_props_and_alarms_do_not_get_in_the_way() -> None:
    events, _ = occurrences("apple_x_apple_props.ics")
    (initech,) = by_summary(events, "Interview with Initech - Staff Engineer")
    assert initech["DTSTART"].dt == datetime(2026, 11, 23, 13, 0, tzinfo=NEW_YORK)
    assert "X-APPLE-STRUCTURED-LOCATION" in initech
    assert initech.walk("VALARM")


@pytest.mark.parametrize("reverse", [False, True], ids=["file-order", "reversed"])
def test_recurring_override_moves_the_right_occurrence_and_exdate_removes_one(
    reverse: bool,
) -> None:
    events, problems = occurrences("recurring_overrides.ics", reverse=reverse)
    assert problems == []
    onsite = by_summary(events, "Onsite interview: SRE @ Acme")
    starts = sorted(e["DTSTART"].dt for e in onsite)
    assert starts == [
        datetime(2026, 11, 16, 10, 0, tzinfo=NEW_YORK),
        datetime(2026, 11, 19, 14, 0, tzinfo=NEW_YORK),  # moved from the 18th
        datetime(2026, 11, 23, 10, 0, tzinfo=NEW_YORK),  # RDATE
    ]  # the 17th is EXDATEd (in UTC, Thunderbird style)
    (moved,) = [e for e in onsite if e["DTSTART"].dt.day == 19]
    assert moved["RECURRENCE-ID"].dt == datetime(2026, 11, 18, 10, 0, tzinfo=NEW_YORK)
    assert "Moved to Thursday" in str(moved["DESCRIPTION"])
    for event in onsite:
        assert "RRULE" not in event and "EXDATE" not in event and "RDATE" not in event
    lunches = by_summary(events, "Team lunch")
    assert date(2026, 11, 27) not in {e["DTSTART"].dt.date() for e in lunches}
    assert len(lunches) == 3


def test_cancelled_override_is_returned_with_its_status() -> None:
    events, _ = occurrences("recurring_overrides.ics")
    chats = by_summary(events, "Hiring manager chat - Globex")
    statuses = {e["DTSTART"].dt.day: str(e.get("STATUS", "")) for e in chats}
    assert statuses == {9: "", 16: "CANCELLED", 23: ""}


@pytest.mark.parametrize("name", FIXTURES)
def test_series_occurrences_carry_recurrence_id_and_single_events_do_not(name: str) -> None:
    calendar = load(name)
    series = {
        str(e["UID"])
        for e in calendar.walk("VEVENT")
        if any(p in e for p in ("RRULE", "RDATE", "RECURRENCE-ID"))
    }
    events, _ = expand(calendar, START, END)
    for event in events:
        assert ("RECURRENCE-ID" in event) == (str(event["UID"]) in series)


def test_allday_and_floating_keep_their_value_types() -> None:
    events, _ = occurrences("allday_and_floating.ics")
    (hooli,) = by_summary(events, "Interview with Hooli - Data Engineer")
    assert hooli["DTSTART"].dt == datetime(2026, 11, 24, 15, 0)  # floating: naive
    (onsite,) = by_summary(events, "Onsite interview: Data Engineer @ Globex")
    assert onsite["DTSTART"].dt == date(2026, 11, 19)
    assert onsite["DTEND"].dt == date(2026, 11, 20)  # RFC 5545 3.6.1: one day
    (prep,) = by_summary(events, "Interview prep")
    assert prep["DTEND"].dt - prep["DTSTART"].dt == timedelta(minutes=45)


MALFORMED = {
    "bad-no-dtstart@ats.acme.example": "DTSTART",
    "bad-impossible-date@ats.acme.example": "20261340T100000",
    "bad-end-before-start@ats.acme.example": "ends before it starts",
    "bad-unknown-tzid@ats.acme.example": "Nowhere/Zone",
    "bad-garbage-line@ats.acme.example": "could not be read",
}


@pytest.mark.parametrize("reverse", [False, True], ids=["file-order", "reversed"])
def test_malformed_events_each_give_one_problem_and_the_rest_come_out(reverse: bool) -> None:
    events, problems = occurrences("malformed_events.ics", reverse=reverse)
    assert sorted(p.uid for p in problems) == sorted(MALFORMED)
    for problem in problems:
        assert MALFORMED[problem.uid] in problem.problem
        assert problem.source == "malformed_events.ics"
        assert problem.summary
        assert problem.uid in str(problem) and "malformed_events.ics" in str(problem)
    uids = {str(e["UID"]) for e in events}
    assert {
        "good-backend-1@ats.acme.example",
        "good-platform-2@ats.acme.example",
        "good-dentist-3@example.com",
    } <= uids
    assert "bad-garbage-line@ats.acme.example" in uids  # reported, and still used
    assert not uids & (set(MALFORMED) - {"bad-garbage-line@ats.acme.example"})


def test_keep_expands_only_kept_groups_and_reports_only_their_problems() -> None:
    events, problems = occurrences("malformed_events.ics", keep=is_interview)
    assert {str(e["SUMMARY"]) for e in events} == {
        "Interview with Acme - Backend Engineer",
        "Acme phone screen (Platform)",
        "Initech hiring manager interview",
    }
    assert len(problems) == 5
    events, problems = occurrences("malformed_events.ics", keep=lambda e: e["SUMMARY"] == "Dentist")
    assert [str(e["SUMMARY"]) for e in events] == ["Dentist"]
    assert problems == []


def test_keep_sees_overrides_too() -> None:
    seen: list[str] = []

    def keep(event: icalendar.Event) -> bool:
        seen.append(str(event.get("RECURRENCE-ID", "master")))
        return "RECURRENCE-ID" in event and "Moved" in str(event.get("DESCRIPTION", ""))

    events, _ = occurrences("recurring_overrides.ics", keep=keep)
    assert len(events) == 3  # the whole series comes out when one of its VEVENTs is kept
    assert {str(e["UID"]) for e in events} == {"8f3c2a10-6b1d-4e0f-9a7c-2d4e5f6a7b8c"}


def test_keep_that_raises_is_a_problem_not_a_crash() -> None:
    def keep(event: icalendar.Event) -> bool:
        if event["SUMMARY"] == "Dentist":
            raise RuntimeError("boom")
        return True

    events, problems = occurrences("apple_x_apple_props.ics", keep=keep)
    assert len(events) == 3
    assert [p.summary for p in problems] == ["Dentist"]
    assert "boom" in problems[0].problem


def test_expand_does_not_change_the_calendar() -> None:
    calendar = load("recurring_overrides.ics")
    before = calendar.to_ical()
    expand(calendar, START, END)
    assert calendar.to_ical() == before


def test_window_is_half_open() -> None:
    calendar = _parse(_calendar("UID:h\r\nDTSTART:20261110T090000Z\r\nDTEND:20261110T100000Z\r\n"))
    at = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
    assert expand(calendar, at, at + timedelta(hours=1))[0] == []
    assert len(expand(calendar, at - timedelta(hours=2), at - timedelta(hours=1))[0]) == 0
    assert len(expand(calendar, at - timedelta(minutes=1), at)[0]) == 1
    with pytest.raises(ValueError):
        expand(calendar, at, at)


# --- duplicate and missing UIDs -------------------------------------------------------------

REVISION_1 = (
    "UID:dup\r\nSEQUENCE:1\r\nSUMMARY:Acme phone screen (SRE)\r\nDTSTART:20261110T150000Z\r\n"
)
REVISION_2 = (
    "UID:dup\r\nSEQUENCE:2\r\nSUMMARY:Acme phone screen (SRE)\r\nDTSTART:20261111T150000Z\r\n"
)


@pytest.mark.parametrize("order", [(REVISION_1, REVISION_2), (REVISION_2, REVISION_1)])
def test_duplicate_uids_use_the_newest_revision_and_say_so(order: tuple[str, str]) -> None:
    events, problems = expand(_parse(_calendar(*order)), START, END, source="dup.ics")
    assert [e["DTSTART"].dt.day for e in events] == [11]
    assert "RECURRENCE-ID" not in events[0]
    (problem,) = problems
    assert problem.uid == "dup" and "SEQUENCE 2" in problem.problem


def test_identical_duplicates_are_silently_one_event() -> None:
    events, problems = expand(_parse(_calendar(REVISION_1, REVISION_1)), START, END)
    assert len(events) == 1 and problems == []


def test_equal_sequence_prefers_the_later_stamp() -> None:
    old = "UID:d\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261110T150000Z\r\n"
    new = "UID:d\r\nDTSTAMP:20261105T000000Z\r\nDTSTART:20261112T150000Z\r\n"
    for order in ((old, new), (new, old)):
        events, _ = expand(_parse(_calendar(*order)), START, END)
        assert [e["DTSTART"].dt.day for e in events] == [12]


def test_events_without_uid_get_a_stable_stand_in_and_a_problem() -> None:
    data = _calendar(
        "SUMMARY:Interview with Acme\r\nDTSTART:20261110T150000Z\r\n",
        "SUMMARY:Interview with Globex\r\nDTSTART:20261112T150000Z\r\n",
    )
    first, problems = expand(_parse(data), START, END)
    again, _ = expand(_parse(data), START, END)
    uids = [str(e["UID"]) for e in first]
    assert len(set(uids)) == 2 and all(u.startswith("followup-no-uid-") for u in uids)
    assert uids == [str(e["UID"]) for e in again]
    assert len(problems) == 2 and all("no UID" in p.problem and p.uid == "" for p in problems)


# --- more bad input: never a traceback -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("DTSTART:20261110T150000Z\r\nDTEND;VALUE=DATE:20261111\r\n", "both be dates"),
        ("DTSTART:20261110T150000Z\r\nDURATION:-PT1H\r\n", "negative DURATION"),
        ("DTSTART:20261110T150000Z\r\nRRULE:FREQ=SOMETIMES\r\n", "RRULE"),
        ("DTSTART:20261110T150000Z\r\nDTEND:notadate\r\n", "DTEND cannot be read"),
        ("DTSTART:20261110T150000\r\nDTEND:20261110T160000Z\r\n", "floating"),
        (
            "DTSTART:20261110T150000Z\r\nRRULE:FREQ=DAILY;COUNT=2\r\n"
            "EXDATE;TZID=Nowhere/Zone:20261111T150000\r\n",
            "Nowhere/Zone' in EXDATE",
        ),
    ],
)
def test_bad_event_is_one_problem(body: str, expected: str) -> None:
    good = "UID:good\r\nSUMMARY:Dentist\r\nDTSTART:20261110T150000Z\r\n"
    data = _calendar("UID:bad\r\nSUMMARY:Interview with X\r\n" + body, good)
    events, problems = expand(_parse(data), START, END, source="x.ics")
    assert [str(e["UID"]) for e in events] == ["good"]
    (problem,) = problems
    assert (problem.uid, problem.summary) == ("bad", "Interview with X")
    assert expected in problem.problem


def test_unreadable_non_time_property_is_reported_and_the_event_used() -> None:
    data = _calendar(
        "UID:g\r\nSUMMARY:Interview with X\r\nDTSTART:20261110T150000Z\r\nGEO:here\r\n"
    )
    events, problems = expand(_parse(data), START, END, source="x.ics")
    assert [str(e["UID"]) for e in events] == ["g"]
    (problem,) = problems
    assert (
        problem.uid == "g" and "GEO" in problem.problem and "rest of the event" in problem.problem
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html><body>Sign in</body></html>", "not a readable iCalendar"),
        (b"\xff\xfe\x00garbage", "not a readable iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n", "cut short"),
        (b"BEGIN:VCALENDAR\r\nthis is no content line\r\nEND:VCALENDAR\r\n", "not a readable"),
        (b"BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Nowhere/Zone\r\nEND:VCALENDAR\r\n", "X-WR-TIMEZONE"),
    ],
)
def test_unreadable_data_is_a_problem_naming_the_source(data: bytes, expected: str) -> None:
    calendars, problems = parse_calendar(data, source="https://example.com/…/basic.ics")
    (problem,) = problems
    assert expected in problem.problem
    assert problem.source == "https://example.com/…/basic.ics"
    assert "example.com" in str(problem)


def test_empty_data_is_an_empty_calendar() -> None:
    assert parse_calendar(b"", source="x") == ([], [])
    assert parse_calendar(b" \r\n", source="x") == ([], [])


def test_several_calendars_and_bare_events() -> None:
    one = _calendar("UID:a\r\nDTSTART:20261110T150000Z\r\n")
    calendars, problems = parse_calendar(one + one, source="x")
    assert len(calendars) == 2 and problems == []
    bare = b"BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261110T150000Z\r\nEND:VEVENT\r\n"
    calendars, problems = parse_calendar(bare, source="x")
    assert problems == []
    assert [str(e["UID"]) for e in expand(calendars[0], START, END)[0]] == ["b"]


def test_x_wr_timezone_reads_floating_times_in_that_zone() -> None:
    data = _calendar("UID:f\r\nDTSTART:20261110T090000\r\n", header="X-WR-TIMEZONE:Europe/Berlin")
    calendars, _ = parse_calendar(data, source="x")
    (event,) = expand(calendars[0], START, END)[0]
    assert event["DTSTART"].dt == datetime(2026, 11, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_problems_survive_x_wr_timezone_conversion() -> None:
    """x-wr-timezone copies components; broken values and unreadable lines are still reported."""
    data = _calendar(
        "UID:bad\r\nSUMMARY:Acme phone screen\r\nDTSTART:20261340T100000\r\n"
        "EXDATE:20261111T150000Z\r\n",
        "UID:odd\r\nSUMMARY:Interview with X\r\nDTSTART:20261112T150000Z\r\nno colon here\r\n",
        header="X-WR-TIMEZONE:America/New_York",
    )
    calendars, problems = parse_calendar(data, source="g.ics")
    assert problems == []
    events, problems = expand(calendars[0], START, END, source="g.ics")
    assert [str(e["UID"]) for e in events] == ["odd"]
    assert events[0]["DTSTART"].dt.tzinfo == NEW_YORK
    texts = {p.uid: p.problem for p in problems}
    assert "20261340T100000" in texts["bad"]
    assert "no colon here" in texts["odd"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=300) | st.text(alphabet="BEGIN:VCALENDAREVTSUID;=\r\n 0129TZ", max_size=300)
)
def test_parse_and_expand_never_raise(blob: bytes | str) -> None:
    data = blob.encode() if isinstance(blob, str) else blob
    calendars, problems = parse_calendar(data, source="fuzz")
    assert all(p.source == "fuzz" for p in problems)
    for calendar in calendars:
        expand(calendar, START, END, source="fuzz")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "DTSTART:20261110T150000Z",
                "DTSTART:20261340T100000",
                "DTEND:20261110T140000Z",
                "DURATION:PT1H",
                "RRULE:FREQ=DAILY;COUNT=3",
                "RRULE:FREQ=NEVER",
                "EXDATE:20261111T150000Z",
                "RDATE:20261120T150000Z",
                "RECURRENCE-ID:20261111T150000Z",
                "DTSTART;TZID=Nowhere/Zone:20261110T150000",
                "garbage without colon",
            ]
        ),
        max_size=5,
    )
)
def test_any_broken_event_leaves_the_good_one_alone(lines: list[str]) -> None:
    bad = "UID:bad\r\nSUMMARY:Interview\r\n" + "".join(line + "\r\n" for line in lines)
    good = "UID:good\r\nSUMMARY:Dentist\r\nDTSTART:20261112T150000Z\r\n"
    calendars, problems = parse_calendar(_calendar(bad, good), source="x")
    assert problems == []
    events, problems = expand(calendars[0], START, END)
    assert "good" in {str(e["UID"]) for e in events}
    assert all(p.uid == "bad" for p in problems)


@pytest.mark.parametrize(
    ("rule", "unsafe"),
    [
        ("FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", False),
        ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z", False),
        ("freq=yearly;interval=01;bymonth=4;byday=1su", False),
        ("FREQ=MONTHLY;BYDAY=1SU", False),
        ("FREQ=SECONDLY", True),
        ("FREQ=DAILY;COUNT=3", True),
        ("FREQ=YEARLY;INTERVAL=0", True),
        ("FREQ=YEARLY;INTERVAL=-1", True),
        ("FREQ=YEARLY;INTERVAL=x", True),
        ("FREQ=YEARLY;BYHOUR=0,1,2", True),
        ("BYMONTH=3", True),
        ("", True),
    ],
)
def test_zone_rules_that_no_time_zone_has_are_refused(rule: str, unsafe: bool) -> None:
    assert bool(unsafe_zone_rule(rule)) is unsafe


def _zone(tzid: str, offset: str, rule: str = "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1") -> str:
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        f"RRULE:{rule}\r\nTZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE"
    )


_IN_ZONE = (
    "UID:z\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Interview\r\n"
    "DTSTART;TZID=Custom/Zone:20261118T100000\r\nDURATION:PT1H\r\n"
)


def test_each_calendar_uses_its_own_vtimezone() -> None:
    """icalendar caches VTIMEZONEs process-wide by TZID, first one wins: two calendars (CalDAV
    items, files) that define one TZID differently must each be read with their own."""
    starts = []
    for offset in ("+0100", "+0500"):
        calendars, problems = parse_calendar(
            _calendar(_IN_ZONE, header=_zone("Custom/Zone", offset)), source="test"
        )
        assert problems == []
        events, problems = expand(calendars[0], START, END)
        assert problems == []
        starts.append(events[0]["DTSTART"].dt.astimezone(UTC))
    assert starts == [datetime(2026, 11, 18, 9, tzinfo=UTC), datetime(2026, 11, 18, 5, tzinfo=UTC)]


def test_hostile_zone_rule_is_named_and_does_not_stay_behind() -> None:
    """A VTIMEZONE rule no zone has would hang dateutil: the zone is named and left out (its
    events then have an unknown zone), and a later calendar with a sound one of that TZID is fine."""
    hostile = _calendar(_IN_ZONE, header=_zone("Custom/Zone", "+0100", "FREQ=SECONDLY"))
    calendars, problems = parse_calendar(hostile, source="test")
    assert "Custom/Zone" in str(problems[0]) and "FREQ=SECONDLY" in str(problems[0])
    events, problems = expand(calendars[0], START, END)
    assert events == [] and "unknown time zone 'Custom/Zone'" in problems[0].problem
    sound = _parse(_calendar(_IN_ZONE, header=_zone("Custom/Zone", "+0100")))
    events, problems = expand(sound, START, END)
    assert events[0]["DTSTART"].dt.astimezone(UTC) == datetime(2026, 11, 18, 9, tzinfo=UTC)


def test_event_nested_in_an_event_is_named_not_expanded() -> None:
    """A strict parse nests an event inside one whose END line came later; the expansion would
    walk the inner one as well (here FREQ=SECONDLY: a hang)."""
    inner = "BEGIN:VEVENT\r\nUID:inner\r\nDTSTART:20261118T100000Z\r\nRRULE:FREQ=SECONDLY\r\n"
    outer = f"UID:outer\r\nSUMMARY:Interview\r\nDTSTART:20261117T100000Z\r\n{inner}END:VEVENT\r\n"
    calendars, problems = parse_calendar(_calendar(outer), source="test")
    assert [p.uid for p in problems] == ["outer"] and "no END line" in problems[0].problem
    events, problems = expand(calendars[0], START, END)
    assert events == [] and [p.uid for p in problems] == ["inner"]


# --- helpers ---------------------------------------------------------------------------------


def _calendar(*bodies: str, header: str = "") -> bytes:
    events = "".join(f"BEGIN:VEVENT\r\n{body}END:VEVENT\r\n" for body in bodies)
    extra = f"{header}\r\n" if header else ""
    text = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{extra}{events}END:VCALENDAR\r\n"
    )
    return text.encode()


def _parse(data: bytes) -> icalendar.Calendar:
    calendars, problems = parse_calendar(data, source="test")
    assert problems == []
    return calendars[0]
