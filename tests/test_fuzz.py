"""Fuzzing (issue 5, point 2): real calendars mutated line by line, phrase-shaped reply-by and
summary text, and `followup plan` end to end. No crash, only the documented outcomes, no hang.

Bytes-level fuzzing of parse_calendar and plain-text fuzzing of the two phrase parsers live in
test_occurrences.py, test_replyby.py and test_extract.py; these tests start from valid input and
break it the ways real files break. The hypothesis `deadline` is a hang guard (5 s per input),
not a speed assertion. INPUTS_TRIED counts what ran; with $FOLLOWUP_FUZZ_REPORT set, the counts
are written there as JSON at the end of the module (the RELIABILITY.md generator reads them).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.cli import main
from followup.workflows.extract import event_categories, extract_interview, parse_summary
from followup.workflows.model import Candidate, EventError
from followup.workflows.occurrences import expand, parse_calendar
from followup.workflows.replyby import parse_reply_by
from tests.conftest import DATA, FIGURES

#: Examples per test; about 30 s in all on a CI machine.
MAX_EXAMPLES = {"reader": 1500, "reply_by": 3000, "summary": 2000, "plan": 250}
#: A hang guard per input, not a benchmark.
DEADLINE = timedelta(seconds=5)
#: CI tries the same inputs every run. To explore, FOLLOWUP_FUZZ_EXPLORE=N tries N times as many
#: random ones; with FOLLOWUP_FUZZ_CURRENT=path each calendar is written there before it is read,
#: so that a hang (which hypothesis can neither shrink nor report: it never ends) leaves its input
#: behind. See "Hunting hangs" in RELIABILITY.md.
EXPLORE = int(os.environ.get("FOLLOWUP_FUZZ_EXPLORE") or 0)
CURRENT = os.environ.get("FOLLOWUP_FUZZ_CURRENT")
INPUTS_TRIED: Counter[str] = Counter()

FIXTURES = sorted(DATA.glob("*.ics")) + [
    p for p in sorted((DATA / "bad").glob("*.ics")) if p.stat().st_size < 3000
]
LINES = {p.name: p.read_bytes().split(b"\r\n") for p in FIXTURES}
CANDIDATE = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex")
START, END = datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
JUNK = [
    b"",
    b" ",
    b"\r",
    b"\n",
    b"\r\n",
    b"\x00\x1b[31m",
    b"\xff\xfe",
    b"\xe2\x80\xa8",
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"BEGIN:VCALENDAR",
    b"END:VCALENDAR",
    b"BEGIN:VTIMEZONE",
    b"BEGIN:VALARM",
    b"DTSTART:99991231T235959Z",
    b"DTSTART:00010101T000000",
    b"DTSTART;VALUE=DATE:20261120",
    b"DTEND;TZID=Mars/Base:20261120T100000",
    b"RRULE:FREQ=SECONDLY",
    b"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    b"RRULE:FREQ=DAILY;INTERVAL=0",
    b"RDATE;VALUE=PERIOD:20261120T100000Z/PT1H",
    b"EXDATE:garbage",
    b"RECURRENCE-ID;RANGE=THISANDFUTURE:20261120T100000Z",
    b"SUMMARY:Interview \xf0\x9f\x98\x80 {{ 7*7 }} \\n\\nBcc: x@y",
    b"DESCRIPTION:Reply by: within 99999999999 business days",
    b"DESCRIPTION:Interviewers: " + b"a <a@b.c>, " * 200,
    b'ATTENDEE;CN="Doe, Jane":mailto:',
    b"ORGANIZER:mailto:@@",
    b"CATEGORIES:Interview,Offer",
    b"STATUS:CANCELLED",
    b"X-WR-TIMEZONE:Not/AZone",
    b"SEQUENCE:not-a-number",
    b"TZOFFSETFROM:+9999",
    b";;;:::",
    b"\t continuation",
]

line_lists = st.sampled_from(sorted(LINES)).map(lambda name: list(LINES[name]))


@st.composite
def mutated_calendars(draw: st.DrawFn) -> bytes:
    """A valid fixture with 1-6 lines dropped, duplicated, swapped, truncated or junk inserted."""
    lines = draw(line_lists)
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["drop", "dup", "swap", "cut", "junk", "text", "end"]))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif op == "junk":
            lines.insert(i, draw(st.sampled_from(JUNK)))
        elif op == "text":
            extra = draw(st.text(max_size=40)).encode("utf-8", "surrogatepass")
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + extra + lines[i][at:]
        else:
            lines = lines[:i]  # the download stops here
    return b"\r\n".join(lines)


@pytest.fixture(autouse=True)
def fresh_timezone_cache() -> Iterator[None]:
    """icalendar caches every zone it resolves for the whole process (a Windows name without a
    VTIMEZONE, a custom VTIMEZONE): reset it so these calendars leave no trace in other tests."""
    yield
    icalendar.use_zoneinfo()


@pytest.fixture(scope="module", autouse=True)
def report_inputs_tried() -> Iterator[None]:
    yield
    print(f"\nfuzz inputs tried: {dict(INPUTS_TRIED)} (total {sum(INPUTS_TRIED.values())})")
    FIGURES.add("fuzzing: inputs tried", sum(INPUTS_TRIED.values()))
    if path := os.environ.get("FOLLOWUP_FUZZ_REPORT"):
        Path(path).write_text(json.dumps(dict(INPUTS_TRIED), sort_keys=True), encoding="utf-8")


def _fuzz_settings(name: str) -> settings:
    return settings(
        max_examples=MAX_EXAMPLES[name] * max(1, EXPLORE),
        deadline=DEADLINE,
        derandomize=not EXPLORE,  # CI stays reproducible
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _about_to_read(data: bytes) -> None:
    if CURRENT:
        Path(CURRENT).write_bytes(data)


@_fuzz_settings("reader")
@given(mutated_calendars())
def test_reader_survives_mutated_real_calendars(data: bytes) -> None:
    INPUTS_TRIED["reader"] += 1
    _about_to_read(data)
    calendars, problems = parse_calendar(data, source="fuzz.ics")
    assert all(p.source == "fuzz.ics" and str(p).isprintable() for p in problems)
    for calendar in calendars:
        occurrences, problems = expand(calendar, START, END, source="fuzz.ics")
        assert all(str(p).isprintable() for p in problems)
        for occurrence in occurrences:
            event_categories(occurrence)
            try:
                interview = extract_interview(occurrence, CANDIDATE, source="fuzz.ics")
            except EventError as exc:
                assert exc.problem.problem
                continue
            assert interview.start.tzinfo is not None and interview.end >= interview.start
            assert interview.summary.isprintable()
            assert all(
                p.name.isprintable() and p.email.isprintable() for p in interview.interviewers
            )


_NUMBERS = ["0", "1", "2", "5", "10", "31", "32", "99", "2026", "999999999", "-3", "two", "ten"]
_PHRASE_WORDS = [
    *_NUMBERS,
    *[
        "by",
        "within",
        "in",
        "the",
        "of",
        "next",
        "this",
        "end",
        "early",
        "mid",
        "late",
        "week",
        "weeks",
        "days",
        "day",
        "business",
        "working",
    ],
    *[
        "month",
        "year",
        "after",
        "a",
        "couple",
        "few",
        "or",
        "and",
        "at",
        "latest",
        "tomorrow",
        "today",
        "eod",
        "eow",
    ],
    *[
        "monday",
        "tues",
        "Fri",
        "Sat",
        "january",
        "Feb",
        "sept",
        "Dec.",
        "december",
        "3rd",
        "1st",
        "22nd",
    ],
    "/",
    "-",
    ",",
    "12/03",
    "31/12/2026",
    "02/30/2026",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
    "13/13/13",
]
_DAYS = st.one_of(
    st.dates(),
    st.sampled_from([date.min, date.max, date(9999, 12, 25), date(1, 1, 1), date(2028, 2, 29)]),
)


@_fuzz_settings("reply_by")
@given(st.lists(st.sampled_from(_PHRASE_WORDS), min_size=1, max_size=12).map(" ".join), _DAYS)
def test_reply_by_phrases_give_a_date_after_the_interview_or_none(text: str, day: date) -> None:
    """Phrase-shaped input, also at the ends of the calendar (date.max + a week cannot exist)."""
    INPUTS_TRIED["reply_by"] += 1
    result = parse_reply_by(text, day)
    assert result is None or (isinstance(result, date) and result >= day)


_SUMMARY_PARTS = [
    "Interview",
    "interview",
    "with",
    "at",
    "@",
    "for",
    "-",
    "–",
    "|",
    ":",
    "(",
    ")",
    "Acme",
    "Globex Corp.",
    "Senior Backend Engineer",
    "SRE",
    "phone screen",
    "onsite",
    "Final round",
    "Jane / Alex",
    "{{ 7*7 }}",
    "\u202e",
    "\x1b[2J",
    "\r\nBcc: evil@x",
    "😀",
    "Ünïcödé GmbH",
    " " * 30,
]


@_fuzz_settings("summary")
@given(st.lists(st.sampled_from(_SUMMARY_PARTS), max_size=25).map(" ".join))
def test_summary_parts_come_from_the_summary(summary: str) -> None:
    INPUTS_TRIED["summary"] += 1
    company, role = parse_summary(summary)
    flat = " ".join(summary.split())
    for part in (company, role):
        assert "\n" not in part and "\r" not in part
        assert all(word in flat for word in part.split())


@pytest.fixture(scope="module")
def plan_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-plan")
    path = folder / "config.toml"
    path.write_text(
        '[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        f'timezone = "America/New_York"\n[state]\npath = "{folder / "state.sqlite"}"\n',
        encoding="utf-8",
    )
    return path


@_fuzz_settings("plan")
@given(data=mutated_calendars())
def test_plan_end_to_end_on_mutated_calendars(
    data: bytes, plan_config: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    INPUTS_TRIED["plan"] += 1
    _about_to_read(data)
    source = tmp_path_factory.getbasetemp() / "fuzz-source.ics"
    source.write_bytes(data)
    result = CliRunner(env={"FOLLOWUP_CONFIG": str(plan_config)}).invoke(
        main, ["plan", "--source", str(source), "--now", "2026-11-20T20:00", "--json"]
    )
    assert result.exit_code in {0, 1, 3}, result.output
    assert "Traceback" not in result.output and "unexpected error" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code != 3:
        plan = json.loads(result.stdout)
        assert all(i["uid"] for i in plan["interviews"])
