"""The pre-filter reads exactly what a full parse reads: same plan, same problems.

Every calendar in tests/data (bad/ included) and a generated realistic calendar go through the
pipeline twice, with and without `prefilter`, and the plans must be identical. Targeted cases
cover what a line scanner can get wrong: folds, escapes, lowercase names, overrides that rename
an occurrence, X-WR-TIMEZONE, VTIMEZONEs, parameters, and the shapes it must refuse.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser.content_line import UFOLD

from followup import pipeline
from followup.config import Config, parse_config
from followup.connectors.base import SourceItem
from followup.errors import SourceUnavailable
from followup.output import plan_json
from followup.workflows.model import DetectRules
from followup.workflows.prefilter import prefilter, unfold

DATA = Path(__file__).parent / "data"
NY = ZoneInfo("America/New_York")
NOWS = (datetime(2026, 11, 25, 20, 0, tzinfo=NY), datetime(2026, 12, 20, 9, 0, tzinfo=NY))
RULES = DetectRules()
CALENDARS = sorted(DATA.rglob("*.ics"))
#: The invite corpora (tests/data/invites*/, one invite a file, thousands of files): a test a
#: corpus, at the first of NOWS, keeps the suite's time (test_invites reads each with the
#: prefilter too); every other calendar is a test of its own, at each of NOWS.
CORPORA = sorted({p.parent for p in CALENDARS if p.parent.name.startswith("invites")})
SINGLE = [p for p in CALENDARS if p.parent not in CORPORA]


def config() -> Config:
    candidate = {"name": "Alex Morgan", "email": "alex@example.com", "timezone": "America/New_York"}
    return parse_config({"candidate": candidate}, base=DATA, path=None)


def outcome(data: bytes, now: datetime, monkeypatch: pytest.MonkeyPatch, *, filtered: bool):
    """(plan JSON, problems, warnings) of one calendar, with or without the pre-filter."""
    with monkeypatch.context() as patch:
        if not filtered:
            patch.setattr(
                pipeline,
                "prefilter",
                lambda data, rules, window=None, hints=(), title_sign=None: data,
            )
        try:
            plan = pipeline.make_plan(config(), [SourceItem("cal.ics", data, "etag")], now)
        except SourceUnavailable as exc:  # no calendar at all in the file: exit 3
            return "unreadable", [str(exc)], []
    return plan_json(plan), plan.problems, plan.warnings


def assert_same_plan(
    data: bytes, monkeypatch: pytest.MonkeyPatch, nows: tuple[datetime, ...] = NOWS
) -> list[str]:
    """Both paths agree at every `now`; returns the interview summaries (for the caller)."""
    summaries: list[str] = []
    for now in nows:
        full = outcome(data, now, monkeypatch, filtered=False)
        fast = outcome(data, now, monkeypatch, filtered=True)
        assert fast == full
        summaries += re.findall(r'"summary": "([^"]*)"', full[0])
    return summaries


def wrap(*events: str, head: str = "") -> bytes:
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + head
    return (body + "".join(events) + "END:VCALENDAR\r\n").encode("utf-8")


def event(uid: str, summary: str, day: int = 24, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART:202611{day:02d}T150000Z\r\nDTEND:202611{day:02d}T160000Z\r\n"
        f"SUMMARY:{summary}\r\n{extra}END:VEVENT\r\n"
    )


# --- every calendar in the test data --------------------------------------------------------


def test_the_test_data_includes_the_bad_calendars() -> None:
    assert len(CALENDARS) >= 13
    assert any(path.parent.name == "bad" for path in CALENDARS)


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: str(p.relative_to(DATA)))
def test_plan_is_the_same_with_and_without_the_prefilter(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same_plan(path.read_bytes(), monkeypatch)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_each_corpus_plans_the_same_with_and_without_the_prefilter(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in sorted(corpus.glob("*.ics")):
        data = path.read_bytes()
        assert len(prefilter(data, RULES)) <= len(data), path.name
        assert_same_plan(data, monkeypatch, NOWS[:1])


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: str(p.relative_to(DATA)))
def test_the_prefiltered_calendar_is_never_bigger(path: Path) -> None:
    data = path.read_bytes()
    assert len(prefilter(data, RULES)) <= len(data)


def test_a_generated_realistic_calendar_gives_the_same_plan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """benchmarks/generate.py: series with EXDATEs, renamed overrides, four zones, 3% interviews."""
    spec = importlib.util.spec_from_file_location(
        "bench_generate", Path(__file__).parents[1] / "benchmarks" / "generate.py"
    )
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    data = generate.calendar(600, seed=3)
    small = prefilter(data, RULES)
    assert len(small) < len(data) / 4
    assert assert_same_plan(data, monkeypatch)


# --- what a line scanner can get wrong ------------------------------------------------------


def kept(data: bytes) -> list[str]:
    """UIDs of the VEVENTs the pre-filter kept."""
    return re.findall(r"(?im)^uid:(.*?)\r?$", unfold(prefilter(data, RULES)).decode())


def test_only_interviews_are_kept_and_the_calendar_properties_stay() -> None:
    data = wrap(
        event("a", "Interview with Acme - SRE"),
        event("b", "Dentist"),
        event("c", "Interview prep: Acme"),
        head="X-WR-TIMEZONE:America/New_York\r\nX-WR-CALNAME:Me\r\n",
    )
    small = prefilter(data, RULES)
    assert kept(data) == ["a"]
    assert b"X-WR-TIMEZONE:America/New_York\r\n" in small
    assert b"X-WR-CALNAME:Me\r\n" in small


def test_x_wr_timezone_applies_to_the_kept_events(monkeypatch: pytest.MonkeyPatch) -> None:
    data = wrap(
        event("g", "Phone screen with Globex", day=24), head="X-WR-TIMEZONE:Europe/Berlin\r\n"
    )
    assert assert_same_plan(data, monkeypatch) == ["Phone screen with Globex"] * 2


def test_an_override_that_renames_a_lunch_into_an_interview_keeps_the_series(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    master = event("s", "Team lunch", day=2, extra="RRULE:FREQ=WEEKLY;COUNT=6\r\n")
    override = event(
        "s", "Interview with Initech", day=24, extra="RECURRENCE-ID:20261123T150000Z\r\n"
    )
    other = event("t", "Team lunch", day=3, extra="RRULE:FREQ=WEEKLY;COUNT=6\r\n")
    data = wrap(override, master, other)
    assert kept(data) == ["s", "s"]
    assert assert_same_plan(data, monkeypatch) == ["Interview with Initech"] * 2


def test_an_override_that_renames_an_interview_away_goes_with_its_series(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    master = event("l", "Onsite interview loop: Acme", day=23, extra="RRULE:FREQ=DAILY;COUNT=3\r\n")
    override = event("l", "Lunch with the team", day=24, extra="RECURRENCE-ID:20261124T150000Z\r\n")
    data = wrap(master, override)
    assert kept(data) == ["l", "l"]
    summaries = assert_same_plan(data, monkeypatch)
    assert "Lunch with the team" not in summaries
    assert summaries.count("Onsite interview loop: Acme") == 4  # 2 occurrences, 2 nows


def test_a_folded_summary_and_a_keyword_split_across_the_fold_are_found() -> None:
    data = wrap(
        event("f", "Quarterly planning with the whole team and then a Phone scr\r\n een"),
        event("g", "Inter\r\n\tview with Acme"),
        event("h", "Interv\r\n iew prep"),
    )
    assert kept(data) == ["f", "g"]


def test_escapes_are_read_as_icalendar_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    data = wrap(
        event("n", "Phone\\nscreen\\, Acme"),  # \n is a line break: "phone screen" matches
        event("c", "Sync", extra="CATEGORIES:Job search\\,Interview,Work\r\n"),
        event("p", "Sync", extra="CATEGORIES:Work,Interview\\, prep\r\n"),
        event("b", "Interview\\\\prep"),  # an escaped backslash, then "prep": excluded
    )
    assert kept(data) == ["n", "c"]
    assert len(assert_same_plan(data, monkeypatch)) == 4


def test_lowercase_names_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    text = event("low", "interview with acme").replace("SUMMARY", "summary").replace("UID", "uid")
    text = text.replace("BEGIN:VEVENT", "begin:vevent").replace("END:VEVENT", "End:VEvent")
    data = wrap(text, event("x", "Dentist").replace("SUMMARY", "Summary"))
    assert kept(data) == ["low"]
    assert assert_same_plan(data, monkeypatch) == ["interview with acme"] * 2


def test_a_line_with_parameters_is_tried_present_and_absent() -> None:
    """icalendar drops a line whose parameters it cannot read: without the "prep" summary the
    category alone would make an interview, so the event is kept (more, never less)."""
    with_params = event("w", "Interview prep", extra="CATEGORIES:Interview\r\n").replace(
        "SUMMARY:", "SUMMARY;LANGUAGE=en-us:"
    )
    plain = event("p", "Interview prep", extra="CATEGORIES:Interview\r\n")
    outlook = event("o", "Dentist").replace("SUMMARY:", "SUMMARY;LANGUAGE=en-us:")
    assert kept(wrap(with_params, plain, outlook)) == ["w"]


def test_alarm_summaries_do_not_count() -> None:
    alarm = "BEGIN:VALARM\r\nACTION:EMAIL\r\nSUMMARY:Interview\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n"
    assert kept(wrap(event("a", "Dentist", extra=alarm))) == []


def test_time_zones_first_and_last_of_each_tzid_are_kept() -> None:
    def zone(name: str, mark: str) -> str:
        return (
            f"BEGIN:VTIMEZONE\r\nTZID:{name}\r\nX-MARK:{mark}\r\nBEGIN:STANDARD\r\n"
            "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\n"
        )

    data = wrap(
        zone("Custom", "1"), zone("Custom", "2"), zone("Custom", "3"), zone("Other", "4"),
        event("i", "Interview", extra="BEGIN:VTODO\r\nEND:VTODO\r\n".replace("VTODO", "X-T")),
        "BEGIN:VTODO\r\nUID:todo\r\nSUMMARY:Interview\r\nEND:VTODO\r\n",
    )  # fmt: skip
    small = prefilter(data, RULES).decode()
    assert re.findall(r"X-MARK:(\d)", small) == ["1", "3", "4"]
    assert "VTODO" not in small


def test_problems_of_left_out_events_are_no_longer_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On purpose: a garbage line in a to-do makes icalendar refuse the whole file."""
    todo = "BEGIN:VTODO\r\nUID:t\r\nthis line lost its colon\r\nEND:VTODO\r\n"
    data = wrap(event("i", "Interview with Acme"), todo)
    full = outcome(data, NOWS[0], monkeypatch, filtered=False)
    fast = outcome(data, NOWS[0], monkeypatch, filtered=True)
    assert full[0] == "unreadable" and "not a readable iCalendar file" in full[1][0]
    assert fast[1] == []
    assert '"summary": "Interview with Acme"' in fast[0]


def test_problems_of_interview_events_are_reported_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = event("i", "Interview with Acme").replace("DTEND:20261124T160000Z", "DTEND:2026x")
    data = wrap(broken, event("d", "Dentist").replace("DTSTART:", "DTSTART:nonsense"))
    full = outcome(data, NOWS[0], monkeypatch, filtered=False)
    fast = outcome(data, NOWS[0], monkeypatch, filtered=True)
    assert fast[1] == [p for p in full[1] if "Dentist" not in p]
    assert any("Interview with Acme" in p for p in fast[1])


@pytest.mark.parametrize(
    "data",
    [
        event("bare", "Interview").encode(),  # no VCALENDAR
        wrap("BEGIN:VTODO\r\n" + event("n", "Interview") + "END:VTODO\r\n"),  # nested VEVENT
        wrap(event("e", "Interview").replace("END:VEVENT", "END:VTODO")),  # END of another
        wrap(event("u", "Interview"))[:-15],  # unclosed VCALENDAR
        wrap(event("o", "Dentist").replace("SUMMARY:", "SUMMARY :")),  # a name with a space
        wrap(event("k", "Dentist").replace("SUMMARY", "ſummary")),  # "ſ".upper() == "S"
        wrap(event("b", "Dentist").replace("BEGIN:VEVENT", "BEGIN;X=1:VEVENT")),
        wrap(event("d", "Dentist", extra="UID:again\r\n")),  # two UIDs
        wrap(event("q", "Dentist").replace("UID:q", 'UID;X="a:b":q')),  # quotes in parameters
        wrap(event("j", "Interview")) + b"junk after the calendar\r\n",
        wrap(event("v", "Interview")).replace(b"BEGIN:VEVENT", b"BEGIN:VEVENT "),
        wrap(event("w", "Interview")).replace(b"BEGIN:VEVENT", b"BEGIN:VEV\r\n ENT"),  # folded
        wrap(event("x", "Dentist").replace("UID:x", "UI\r\n D:x", 1)),  # a name folded in two
    ],
)
def test_what_the_scanner_cannot_be_sure_of_is_parsed_whole(data: bytes) -> None:
    assert prefilter(data, RULES) is data


def test_blank_lines_before_a_fold_are_removed_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """icalendar's UFOLD takes a run of line breaks before the space: "Inter" + "view"."""
    data = wrap(event("r", "Inter\r\n\r\n view with Acme"), event("d", "Dentist"))
    assert kept(data) == ["r"]
    assert assert_same_plan(data, monkeypatch) == ["Interview with Acme"] * 2


def test_a_byte_order_mark_and_lf_only_lines_are_fine() -> None:
    data = b"\xef\xbb\xbf" + wrap(event("a", "Interview"), event("b", "Dentist")).replace(
        b"\r\n", b"\n"
    )
    assert kept(data) == ["a"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a:\r\n \t", max_size=40))
def test_unfolding_is_icalendars(text: str) -> None:
    data = text.encode()
    assert unfold(data) == UFOLD.sub("", text).encode()


# --- the window ------------------------------------------------------------------------------

WINDOW = (datetime(2026, 10, 20).date(), datetime(2027, 11, 20).date())


def test_single_interviews_far_outside_the_window_are_left_out() -> None:
    data = wrap(
        event("old", "Interview with Oldco", extra="").replace("202611", "202401"),
        event("edge", "Interview with Edgeco").replace("20261124", "20261018"),
        event("now", "Interview with Nowco"),
    )
    assert kept_in_window(data) == ["edge", "now"]


def test_series_and_unsure_dates_are_kept_whatever_their_start() -> None:
    series = event("series", "Weekly interview loop", extra="RRULE:FREQ=WEEKLY\r\n")
    moved = event("moved", "Interview", extra="DURATION:PT1H\r\n").replace(
        "DTEND:20261124T160000Z\r\n", ""
    )
    odd = event("odd", "Interview").replace("DTSTART:20261124", "DTSTART:2026112")
    data = wrap(*(e.replace("202611", "202001") for e in (series, moved, odd)))
    assert kept_in_window(data) == ["series", "moved", "odd"]


def test_a_broken_interview_from_long_ago_is_no_longer_reported_every_night(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = event("broken", "Interview with Oldco").replace(
        "DTSTART:20261124T150000Z\r\nDTEND:20261124T160000Z",
        "DTSTART:20241124T150000Z\r\nDTEND:20241101T160000Z",  # ends before it starts
    )
    data = wrap(broken, event("fine", "Interview with Nowco"))
    now = NOWS[0]
    full = outcome(data, now, monkeypatch, filtered=False)
    fast = outcome(data, now, monkeypatch, filtered=True)
    assert fast[0] == full[0]  # the same plan
    assert any("broken" in p for p in full[1]) and fast[1] == []


def kept_in_window(data: bytes) -> list[str]:
    return re.findall(r"(?im)^uid:(.*?)\r?$", unfold(prefilter(data, RULES, WINDOW)).decode())
