"""Malformed calendars (issue 5, point 1): `followup plan` ends with exit 0, 1 or 3, never a
traceback; every bad event is named; good interviews beside a bad event are still planned.

The corpus is tests/data/bad/ (README.md there lists the defects), plus every .ics that the
installed icalendar and recurring_ical_events packages ship in their own test folders.
"""

from __future__ import annotations

import http.server
import importlib.util
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner, Result

from followup.cli import main
from followup.connectors.base import ConnectorError
from followup.connectors.ics import IcsFileSource
from followup.workflows.detect import is_interview
from followup.workflows.extract import event_categories, extract_interview
from followup.workflows.ics_repair import decode, salvage
from followup.workflows.model import Candidate, DetectRules, EventError
from followup.workflows.occurrences import MAX_OCCURRENCES, expand, parse_calendar
from followup.workflows.replyby import parse_reply_by
from tests.conftest import DATA, Figures

BAD = DATA / "bad"
NOW = "2026-11-20T20:00"
GOOD = "good-1@bad.example"
DOCUMENTED_EXITS = {0, 1, 3}
CANDIDATE = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex")

#: file -> (exit code, texts every one of which the message names, UIDs planned). Exit 1 only
#: when an event was skipped; a note that lost nothing (a damaged end, a dropped VTIMEZONE whose
#: standard zone stands in) exits 0 and is still named.
EXPECTED: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {
    "truncated_mid_line.ics": (1, ("good-2@bad.example", "cut short"), (GOOD,)),
    "truncated_mid_event.ics": (1, ("bad-truncated@bad.example", "cut short"), (GOOD,)),
    "missing_end_vevent.ics": (1, ("bad-no-end@bad.example", "no END line"), (GOOD,)),
    "missing_end_vcalendar.ics": (0, ("cut short",), (GOOD, "good-2@bad.example")),
    "impossible_dates.ics": (
        1,
        ("bad-nov-31@", "bad-feb-29@", "bad-hour-25@", "bad-month-13@", "bad-year-0@"),
        (GOOD,),
    ),
    "dtend_before_dtstart.ics": (1, ("bad-backwards@", "bad-backwards-allday@"), (GOOD,)),
    "negative_duration.ics": (1, ("bad-negative-duration@", "negative DURATION"), (GOOD,)),
    "duration_instead_of_dtend.ics": (
        0,
        (),
        ("good-duration@bad.example", "good-duration-days@bad.example"),
    ),
    "unknown_tzid.ics": (
        1,
        ("bad-mars-zone@", "Mars/Olympus_Mons", "bad-fake-windows-zone@", "Atlantis"),
        (GOOD,),
    ),
    "windows_tzid_without_vtimezone.ics": (
        0,
        (),
        ("good-windows-berlin@bad.example", "good-windows-eastern@bad.example"),
    ),
    "vtimezone_without_rules.ics": (
        1,
        ("Custom/NoRules", "bad-zone-no-rules@", "no STANDARD or DAYLIGHT"),
        (GOOD, "iana-zone-no-rules@bad.example"),
    ),
    "duplicate_uids.ics": (
        0,
        ("dup-revised@", "share this UID"),
        (GOOD, "dup-revised@bad.example"),
    ),
    "latin1_bytes.ics": (0, (), (GOOD, "good-latin1@bad.example")),
    "binary_junk.ics": (3, ("not a readable iCalendar file",), ()),
    "binary_junk_after_calendar.ics": (0, ("cut short",), (GOOD,)),
    "html_login_page.ics": (3, ("web page (HTML), not a calendar",), ()),
    "empty.ics": (3, ("no calendar could be read", "empty"), ()),
    "whitespace_only.ics": (3, ("no calendar could be read", "empty"), ()),
    "rrule_freq_nope.ics": (1, ("bad-freq-nope@", "RRULE"), (GOOD,)),
    "rrule_until_before_dtstart.ics": (
        0,
        ("bad-until-before@", "UNTIL", "one event at DTSTART"),
        (GOOD, "bad-until-before@bad.example"),
    ),
    "rrule_count_negative.ics": (1, ("bad-count-negative@",), (GOOD,)),
    "rrule_byday_xx.ics": (1, ("bad-byday-xx@", "XX"), (GOOD,)),
    "rrule_freq_secondly.ics": (1, ("bad-secondly@", "times a day"), (GOOD,)),
    "vtimezone_hostile_rules.ics": (
        1,
        (
            "Custom/Secondly",
            "FREQ=SECONDLY",
            "bad-secondly-zone@",
            "FREQ=DAILY",
            "the standard zone of that name",
            "Eastern Standard",
        ),
        (GOOD, "windows-zone-bad-rule@bad.example"),
    ),
    "nested_vevent.ics": (1, ("bad-outer@", "no END line", "bad-nested-secondly@"), (GOOD,)),
    "vtimezone_unusable.ics": (
        1,
        ("Custom/NoOffsets", "cannot be used", "bad-no-offsets-zone@"),
        (GOOD,),
    ),
    "vtimezone_missing_end.ics": (0, ("'America/New_York' has no END line",), (GOOD,)),
}


@pytest.fixture(autouse=True)
def fresh_timezone_cache() -> Iterator[None]:
    """icalendar caches every zone it resolves for the whole process (a Windows name without a
    VTIMEZONE, a custom VTIMEZONE): reset it so these calendars leave no trace in other tests."""
    yield
    icalendar.use_zoneinfo()


def package_calendars() -> list[Path]:
    """Every .ics in the test folders of the installed calendar libraries."""
    found: list[Path] = []
    for package in ("icalendar", "recurring_ical_events"):
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.submodule_search_locations
        for folder in spec.submodule_search_locations:
            found += sorted(Path(folder).glob("**/*.ics"))
    return found


#: How many files the corpus holds (read by the RELIABILITY.md generator).
CORPUS_FILES = len(EXPECTED) + 1  # + the generated 5 MB description


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        f'timezone = "America/New_York"\n[state]\npath = "{tmp_path / "state.sqlite"}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(path))
    return path


def plan(runner: CliRunner, source: str) -> Result:
    return runner.invoke(main, ["plan", "--source", source, "--now", NOW, "--json"])


def assert_clean_outcome(result: Result, what: object) -> None:
    """A documented exit code, a message and no traceback: the only acceptable ends of a run."""
    text = result.output
    assert result.exit_code in DOCUMENTED_EXITS, (what, result.exit_code, text[-2000:])
    assert "Traceback" not in text and "unexpected error" not in text, (what, text[-2000:])
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (what, repr(result.exception))
    assert all(c.isprintable() or c in "\n\t" for c in result.stderr), (what, "control chars")


def planned_uids(result: Result) -> list[str]:
    if result.exit_code == 3:
        return []
    return [i["uid"] for i in json.loads(result.stdout)["interviews"]]


def test_every_corpus_file_is_listed_in_the_readme_and_expected() -> None:
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    files = {p.name for p in BAD.glob("*.ics")}
    assert files == set(EXPECTED)
    for name in files:
        assert f"`{name}`" in readme


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_calendar(name: str, config: Path, figures: Figures) -> None:
    exit_code, named, planned = EXPECTED[name]
    result = plan(CliRunner(), str(BAD / name))
    figures.add("malformed input: inputs tried")
    assert_clean_outcome(result, name)
    assert result.exit_code == exit_code, result.stderr
    for text in named:
        assert text in result.stderr, (text, result.stderr)
    uids = planned_uids(result)
    assert sorted(uids) == sorted(planned), result.stderr
    if not named:
        assert result.stderr == ""


def test_duration_gives_the_end_and_windows_zones_the_instant(config: Path) -> None:
    data = json.loads(plan(CliRunner(), str(BAD / "duration_instead_of_dtend.ics")).stdout)
    ends = {i["uid"]: (i["start"], i["end"]) for i in data["interviews"]}
    assert ends["good-duration@bad.example"] == (
        "2026-11-19T13:00:00-05:00",
        "2026-11-19T13:45:00-05:00",
    )
    assert ends["good-duration-days@bad.example"][1] == "2026-11-18T00:00:00-05:00"
    data = json.loads(plan(CliRunner(), str(BAD / "windows_tzid_without_vtimezone.ics")).stdout)
    starts = {i["uid"]: i["start"] for i in data["interviews"]}
    assert starts["good-windows-berlin@bad.example"] == "2026-11-19T10:00:00-05:00"  # 16:00 CET


def test_latin1_names_are_read_as_latin1(config: Path) -> None:
    data = json.loads(plan(CliRunner(), str(BAD / "latin1_bytes.ics")).stdout)
    latin = next(i for i in data["interviews"] if i["uid"] == "good-latin1@bad.example")
    assert latin["company"] == "Café Müller"
    assert latin["interviewers"][0]["name"] == "Jürgen Groß"


def test_duplicate_uids_plan_the_newest_revision_once(config: Path) -> None:
    data = json.loads(plan(CliRunner(), str(BAD / "duplicate_uids.ics")).stdout)
    revised = [i for i in data["interviews"] if i["uid"] == "dup-revised@bad.example"]
    assert [i["start"] for i in revised] == ["2026-11-18T14:00:00-05:00"]
    assert [i["uid"] for i in data["interviews"]].count(GOOD) == 1


def test_five_megabyte_description(config: Path, tmp_path: Path) -> None:
    """A 5 MB DESCRIPTION (folded at 75 octets) beside a good interview: both planned, quickly."""
    text = (BAD / "missing_end_vcalendar.ics").read_text(encoding="utf-8") + "END:VCALENDAR\r\n"
    words = ("Company: Hooli\\nRole: SRE\\n" + "lorem ipsum dolor sit amet " * 200_000)[:5_000_000]
    folded = "\r\n ".join(words[i : i + 74] for i in range(0, len(words), 74))
    huge = (
        "BEGIN:VEVENT\r\nUID:huge-description@bad.example\r\nDTSTAMP:20261110T120000Z\r\n"
        "DTSTART;TZID=America/New_York:20261119T150000\r\nDURATION:PT1H\r\n"
        "SUMMARY:Hooli phone screen\r\n"
        f"DESCRIPTION:{folded}\r\nEND:VEVENT\r\n"
    )
    path = tmp_path / "huge_description.ics"
    path.write_text(text.replace("END:VCALENDAR\r\n", huge + "END:VCALENDAR\r\n"), "utf-8")
    assert path.stat().st_size > 5_000_000
    started = time.monotonic()
    result = plan(CliRunner(), str(path))
    assert time.monotonic() - started < 30  # a hang guard, not a benchmark
    assert_clean_outcome(result, path.name)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    huge_plan = next(i for i in data["interviews"] if i["uid"] == "huge-description@bad.example")
    assert huge_plan["company"] == "Hooli" and huge_plan["role"] == "SRE"
    assert {GOOD, "good-2@bad.example"} <= {i["uid"] for i in data["interviews"]}


@pytest.fixture
def html_server() -> Iterator[str]:
    """The login page served over http on 127.0.0.1, as text/html (a private or expired link)."""
    page = (BAD / "html_login_page.ics").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/calendar.ics"
    finally:
        server.shutdown()
        server.server_close()


def test_html_login_page_over_http_exits_3(config: Path, html_server: str) -> None:
    result = plan(CliRunner(), html_server)
    assert_clean_outcome(result, html_server)
    assert result.exit_code == 3
    assert "web page (HTML), not a calendar" in result.stderr
    assert "127.0.0.1" in result.stderr


def test_html_file_is_unreadable_not_garbage() -> None:
    with pytest.raises(ConnectorError, match="web page"):
        IcsFileSource(BAD / "html_login_page.ics").read()


def test_calendars_shipped_with_the_libraries(config: Path, figures: Figures) -> None:
    """Hundreds of real-world and edge-case files, in one process through the CLI runner."""
    files = package_calendars()
    assert len(files) > 100  # the libraries still ship their test calendars
    runner = CliRunner()
    for path in files:
        figures.add("malformed input: inputs tried")
        assert_clean_outcome(plan(runner, str(path)), path)


def test_calendars_shipped_with_the_libraries_through_the_reader() -> None:
    """The same files, every event (not only interviews) over 40 years through the pure reader."""
    start, end = datetime(1990, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC)
    rules = DetectRules()
    interviews = 0
    for path in package_calendars():
        calendars, _ = parse_calendar(path.read_bytes(), source=path.name)
        for calendar in calendars:
            occurrences, _ = expand(calendar, start, end, source=path.name)
            for occurrence in occurrences[:100]:
                is_interview(
                    str(occurrence.get("SUMMARY", "")), event_categories(occurrence), rules
                )
                try:
                    extract_interview(occurrence, CANDIDATE, source=path.name)
                    interviews += 1
                except EventError as exc:
                    assert exc.problem.problem
    assert interviews > 1000


# -- the repairs behind the corpus ------------------------------------------------------------


def test_decode_reads_latin1_and_windows_1252_bytes_and_keeps_utf8() -> None:
    assert decode("Müller".encode()) == "Müller"
    assert decode("Müller".encode("latin-1")) == "Müller"
    assert decode(b"it\x92s") == "it\u2019s"  # Windows-1252 apostrophe
    assert decode("Müller ".encode() + b"\xe9t\xe9") == "Müller été"  # mixed
    assert decode(b"SUMMARY:Caf\xe9\r\n  M\xfcller") == "SUMMARY:Caf\xe9 M\xfcller"  # unfolded


def test_salvage_keeps_whole_components_and_names_the_broken_ones() -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:A\nBEGIN:VALARM\n"
        "ACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nSUMMARY:B\n"
        "BEGIN:VEVENT\nUID:c\nEND:VEVENT\nEND:FOO\nBEGIN:VEVENT\nUID:d\nSUMMARY:D\n"
    )
    repaired, dropped = salvage(text)
    assert [(d.uid, d.summary) for d in dropped] == [("b", "B"), ("d", "D")]
    assert "UID:a" in repaired and "BEGIN:VALARM" in repaired and "UID:c" in repaired
    assert "UID:b" not in repaired and "UID:d" not in repaired
    assert repaired.endswith("END:VCALENDAR\r\n")
    calendars, problems = parse_calendar(text.encode(), source="x")
    assert [str(e["UID"]) for c in calendars for e in c.walk("VEVENT")] == ["a", "c"]
    assert {p.uid for p in problems} == {"b", "d"}


def test_a_good_file_is_never_salvaged() -> None:
    data = (DATA / "recurring_overrides.ics").read_bytes()
    _, problems = parse_calendar(data, source="x")
    assert problems == []


def test_problems_never_print_control_characters() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:esc\x1b[2Jx\r\nSUMMARY:Interview \x1b]0;owned\x07\r\n"
        b"DTSTART:20261131T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendars, problems = parse_calendar(data, source="x")
    _, more = expand(
        calendars[0], datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    )
    texts = [str(p) for p in [*problems, *more]]
    assert texts and all(t.isprintable() for t in texts)
    assert "\\x1b" in texts[-1]


def test_a_reply_by_date_before_the_interview_is_no_promise() -> None:
    """A typo ("2025-11-24" for 2026) would put the nudge before the interview itself."""
    day = datetime(2026, 11, 20).date()
    assert parse_reply_by("2026-11-10", day) is None
    assert parse_reply_by("by 2026-11-10, else 2026-11-27", day) == datetime(2026, 11, 27).date()
    assert parse_reply_by("2026-11-20", day) == day


@pytest.mark.parametrize(
    ("rule", "expanded"),
    [
        ("FREQ=MINUTELY;INTERVAL=30", 0),  # 48 a day: refused before expansion
        ("FREQ=DAILY;INTERVAL=0", 0),  # dateutil never returns: refused
        ("FREQ=DAILY;INTERVAL=-2", 0),
        ("FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16,17;BYMINUTE=0,15,30", 0),  # 27 a day
        ("FREQ=HOURLY", 1000),  # 24 a day: expanded, cut at MAX_OCCURRENCES
        ("FREQ=DAILY", 52),
    ],
)
def test_rules_that_repeat_too_often_are_bounded(rule: str, expanded: int) -> None:
    data = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:Interview\r\n"
        f"DTSTART:20261110T150000Z\r\nDURATION:PT1S\r\nRRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    calendars, _ = parse_calendar(data, source="x")
    started = time.monotonic()
    events, problems = expand(
        calendars[0], datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    )
    assert time.monotonic() - started < 5
    assert len(events) == expanded == min(expanded, MAX_OCCURRENCES)
    assert bool(problems) == (expanded != 52)
