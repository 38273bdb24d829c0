"""The reminder event (design.md "Contract: the reminder event"), checked with icalendar, vobject,
urllib, the email package and a real client (khal)."""

from __future__ import annotations

import base64
import email
import re
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.reminders import (  # the first version's hash
    MAILTO_LIMIT,
    PRODID,
    SHORTENED_NOTE,
    _digest,
    _legacy,
    build_calendar,
    build_reminder,
    content_hash,
    description_text,
    eml_bytes,
    is_edited,
    is_followup_reminder,
    mailto_url,
)
from followup.workflows.model import Candidate, Draft, FollowUp, Interview, Person, Stage
from followup.workflows.workflow_file import bundled_workflow
from tests.khal_client import Khal

NY = ZoneInfo("America/New_York")
DTSTAMP = datetime(2026, 11, 21, 1, 0, tzinfo=UTC)
JANE = Person("Jane Doe", "jane@acme.example")
BOB = Person("Bob Roe", "bob@acme.example")
CANDIDATE = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex")
BODY = (
    "Hi Jane,\n\nThank you for your time today. I enjoyed learning about the SRE team "
    "and I am excited about the role.\n\nBest regards,\nAlex"
)


def make_interview(**changes: object) -> Interview:
    interview = Interview(
        uid="abc@example.com",
        recurrence_id=None,
        summary="Interview with Acme - SRE",
        company="Acme",
        role="SRE",
        start=datetime(2026, 11, 20, 10, tzinfo=NY),
        end=datetime(2026, 11, 20, 11, tzinfo=NY),
        reply_by=None,
        status="active",
        interviewers=(JANE,),
    )
    return replace(interview, **changes)  # type: ignore[arg-type]


THANK_YOU = Stage(
    name="thank-you",
    template="thank-you",
    summary="Send {stage} note to {to} ({company})",
    anchor="end",
    offset=timedelta(hours=1),
    recipients="interviewers",
)


def make_followup(
    to: tuple[Person, ...] = (JANE,),
    at: datetime = datetime(2026, 11, 20, 12, tzinfo=NY),
    uid: str = "followup-0123abcd@followup",
    stage: Stage = THANK_YOU,
    **interview: object,
) -> FollowUp:
    return FollowUp(make_interview(**interview), stage, at, None, to, uid)


def make_draft(
    to: tuple[Person, ...] = (JANE,), subject: str = "Thank you", body: str = BODY
) -> Draft:
    return Draft(to=to, subject=subject, body=body)


def reminder(followup: FollowUp | None = None, draft: Draft | None = None, **kw: object):
    return build_reminder(
        followup or make_followup(),
        draft or make_draft(),
        candidate=CANDIDATE,
        dtstamp=kw.pop("dtstamp", DTSTAMP),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def reparse(event: icalendar.Event) -> icalendar.Event:
    """The event as a calendar client reads it back from the file we wrote."""
    data = build_calendar([event]).to_ical()
    return icalendar.Calendar.from_ical(data).walk("VEVENT")[0]


def params_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


HOSTILE = [
    Person("Jane\r\nBcc: evil@evil.example", "jane@acme.example"),
    Person("Eve", "eve@acme.example\r\nBcc: evil@evil.example"),
    Person("Mallory", "mallory@acme.example?bcc=evil@evil.example"),
    Person("Trudy", "a b@acme.example"),
    Person("Quoted", '"x"@acme.example'),
    Person("Angle", "<x@acme.example>"),
    Person("Nameless", ""),
    Person("Odd local", "a?cc=evil@acme.example"),  # legal atext: kept, but percent-encoded
]
HOSTILE_SUBJECT = "Thanks\r\nBcc: evil@evil.example&cc=evil@evil.example\x00\x1b[31m"


# --- the event -------------------------------------------------------------------------------


def test_reminder_has_every_contract_field() -> None:
    event = reminder(sequence=3)
    assert str(event["UID"]) == "followup-0123abcd@followup"
    assert str(event["SUMMARY"]) == "Send thank-you note to Jane Doe (Acme)"
    assert event["DTSTART"].dt == datetime(2026, 11, 20, 12, tzinfo=NY)
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DURATION"].dt == timedelta(minutes=15)
    assert event["DTSTAMP"].to_ical() == b"20261121T010000Z"
    assert event["SEQUENCE"] == 3
    assert (
        str(event["DESCRIPTION"])
        == f"To: Jane Doe <jane@acme.example>\nSubject: Thank you\n\n{BODY}"
    )
    assert str(event["URL"]).startswith("mailto:jane@acme.example?subject=Thank%20you&body=Hi%20")
    assert event["URL"].params["VALUE"] == "URI"
    attach = event["ATTACH"]
    assert attach.params["FMTTYPE"] == "message/rfc822"
    assert attach.params["X-FILENAME"] == "thank-you.eml"
    assert b"ENCODING=BASE64;FMTTYPE=message/rfc822;VALUE=BINARY" in event.to_ical()
    assert str(event["RELATED-TO"]) == "abc@example.com"
    assert event["CATEGORIES"].cats == ["Follow-up"]
    assert str(event["X-FOLLOWUP-STAGE"]) == "thank-you"
    assert str(event["X-FOLLOWUP-SOURCE"]) == "abc@example.com"
    assert "X-FOLLOWUP-RECURRENCE-ID" not in event
    assert str(event["X-FOLLOWUP-HASH"]) == content_hash(event)
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(0)
    assert b"TRIGGER:PT0S" in alarm.to_ical()
    assert str(alarm["DESCRIPTION"]) == "Send thank-you note to Jane Doe (Acme)"


def test_start_is_written_in_the_candidate_zone() -> None:
    at = datetime(2026, 11, 20, 17, tzinfo=UTC)  # 12:00 in New York
    event = reminder(make_followup(at=at))
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DTSTART"].to_ical() == b"20261120T120000"
    assert event["DTSTART"].dt == at


def test_utc_candidate_gets_a_utc_start_and_no_vtimezone() -> None:
    utc = replace(CANDIDATE, timezone="UTC")
    event = build_reminder(make_followup(), make_draft(), candidate=utc, dtstamp=DTSTAMP)
    data = build_calendar([event]).to_ical()
    assert b"DTSTART:20261120T170000Z" in data
    assert b"VTIMEZONE" not in data
    parsed = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert content_hash(parsed) == str(event["X-FOLLOWUP-HASH"])


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        reminder(make_followup(at=datetime(2026, 11, 20, 12)))
    with pytest.raises(ValueError, match="dtstamp"):
        reminder(dtstamp=datetime(2026, 11, 21, 1))


@pytest.mark.parametrize(
    ("to", "interview", "summary", "expected"),
    [
        ((JANE, BOB), {}, "Send {stage} note to {to} ({company})", "to Jane Doe, Bob Roe (Acme)"),
        ((), {}, "Send {stage} note to {to} ({company})", "to (fill in recipient) (Acme)"),
        (
            (Person("", "hr@acme.example"),),
            {"company": ""},
            "Nudge {to} about {company}",
            "Nudge hr@acme.example about Interview on Nov 20",  # not the interview title
        ),
        ((JANE,), {}, "Check in on {role} at {company}", "Check in on SRE at Acme"),
        (
            (Person("Jane\r\nDoe", "jane@acme.example"),),
            {"company": "Acme\nInc"},
            "{to} ({company})",
            "Jane Doe (Acme Inc)",
        ),
    ],
)
def test_summary_fields(
    to: tuple[Person, ...], interview: dict[str, object], summary: str, expected: str
) -> None:
    stage = replace(THANK_YOU, summary=summary)
    event = reminder(make_followup(to=to, stage=stage, **interview), make_draft(to=to))
    assert str(event["SUMMARY"]).endswith(expected)
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == str(event["SUMMARY"])


def test_bundled_titles_lead_with_the_company() -> None:
    """Contract: "Acme: thank-you note to Jane Doe", "Acme: nudge Sam Lee", "Acme: final check-in"."""
    titles = {}
    for stage in bundled_workflow().stages:
        event = reminder(make_followup(stage=stage), make_draft())
        titles[stage.name] = str(event["SUMMARY"])
    assert titles == {
        "thank-you": "Acme: thank-you note to Jane Doe",
        "nudge": "Acme: nudge Jane Doe",
        "check-in": "Acme: final check-in",
    }


def test_occurrence_of_a_recurring_interview_is_named() -> None:
    event = reminder(make_followup(recurrence_id="2026-11-20T10:00:00-05:00"))
    assert str(event["X-FOLLOWUP-RECURRENCE-ID"]) == "2026-11-20T10:00:00-05:00"


def test_attach_eml_false_leaves_out_the_attachment() -> None:
    event = reminder(attach_eml=False)
    assert "ATTACH" not in event
    assert "URL" in event and "DESCRIPTION" in event
    assert str(event["X-FOLLOWUP-HASH"]) != str(reminder()["X-FOLLOWUP-HASH"])


# --- the content hash ------------------------------------------------------------------------


def test_hash_survives_a_round_trip_through_the_file() -> None:
    event = reminder(make_followup(recurrence_id="2026-11-20T10:00:00-05:00"))
    parsed = reparse(event)
    assert content_hash(parsed) == str(parsed["X-FOLLOWUP-HASH"]) == content_hash(event)
    alone = icalendar.Event.from_ical(event.to_ical())
    assert content_hash(alone) == str(event["X-FOLLOWUP-HASH"])


def test_hash_ignores_dtstamp_and_sequence() -> None:
    first = reminder(sequence=0)
    later = reminder(sequence=7, dtstamp=DTSTAMP + timedelta(days=3))
    assert first["X-FOLLOWUP-HASH"] == later["X-FOLLOWUP-HASH"]


def test_user_edits_change_the_hash() -> None:
    stored = str(reminder()["X-FOLLOWUP-HASH"])

    edited = reparse(reminder())
    edited["DESCRIPTION"] = icalendar.vText(str(edited["DESCRIPTION"]) + " PS")
    assert content_hash(edited) != stored

    moved = reparse(reminder())
    moved.pop("DTSTART")
    moved.add("DTSTART", datetime(2026, 11, 20, 13, tzinfo=NY))
    assert content_hash(moved) != stored

    renamed = reparse(reminder())
    renamed["SUMMARY"] = icalendar.vText("Call Jane instead")
    assert content_hash(renamed) != stored

    silenced = reparse(reminder())
    silenced.subcomponents.clear()
    assert content_hash(silenced) != stored


def test_bookkeeping_by_clients_is_not_an_edit() -> None:
    event = reparse(reminder())
    stored = str(event["X-FOLLOWUP-HASH"])
    event.pop("DTSTAMP")
    event.add("DTSTAMP", DTSTAMP + timedelta(days=1))
    event.pop("SEQUENCE")
    event.add("SEQUENCE", 4)
    event.add("LAST-MODIFIED", DTSTAMP + timedelta(days=1))
    event.walk("VALARM")[0].add("ACKNOWLEDGED", DTSTAMP + timedelta(days=1))
    same_instant = event.pop("DTSTART").dt.astimezone(UTC)  # a client that rewrites zones
    event.add("DTSTART", same_instant)
    assert content_hash(event) == stored


def _stored(rewrite) -> icalendar.Event:  # type: ignore[no-untyped-def]
    """The reminder as a server keeps it: its bytes unfolded, rewritten line by line, read back."""
    data = build_calendar([reminder()]).to_ical().decode()
    lines = data.replace("\r\n ", "").split("\r\n")
    text = "\r\n".join(rewrite(lines)) + "\r\n"
    return icalendar.Calendar.from_ical(text.encode()).walk("VEVENT")[0]


def _refold(lines: list[str], width: int = 40) -> list[str]:
    out = []
    for line in lines:
        out += [line[:width]] + [" " + line[i : i + width] for i in range(width, len(line), width)]
    return out


def _event_lines(lines: list[str], change) -> list[str]:  # type: ignore[no-untyped-def]
    """`change` applied to the VEVENT's own property lines (not its VALARM)."""
    start, alarm = lines.index("BEGIN:VEVENT"), lines.index("BEGIN:VALARM")
    return lines[: start + 1] + change(lines[start + 1 : alarm]) + lines[alarm:]


def _replace(old: str, new: str):  # type: ignore[no-untyped-def]
    def rewrite(lines: list[str]) -> list[str]:
        assert any(old in line for line in lines), old
        return [line.replace(old, new) for line in lines]

    return rewrite


#: What servers do to a stored item without changing what it says (issue 15): Cyrus drops
#: URL's VALUE=URI, refolds and reorders; others add or rewrite their bookkeeping.
SERVER_REWRITES = {
    "URL without VALUE=URI (Cyrus)": _replace("URL;VALUE=URI:", "URL:"),
    "refolded at 40 columns": _refold,
    "properties reversed": lambda lines: _event_lines(lines, lambda props: props[::-1]),
    "DTSTART;VALUE=DATE-TIME": _replace("DTSTART;TZID=", "DTSTART;VALUE=DATE-TIME;TZID="),
    "parameter names in lower case": _replace("TZID=", "tzid="),
    "ATTACH without FMTTYPE, base64 rewrapped": lambda lines: [
        re.sub(r"^ATTACH;[^:]*:", "ATTACH;ENCODING=BASE64;VALUE=BINARY:", line) for line in lines
    ],
    "TRIGGER as P0D with VALUE=DURATION": _replace("TRIGGER:PT0S", "TRIGGER;VALUE=DURATION:P0D"),
    "\\N for a line break": _replace("\\n", "\\N"),
    "bookkeeping added": lambda lines: _event_lines(
        lines,
        lambda props: [
            *props,
            "LAST-MODIFIED:20261125T100000Z",
            "CREATED:20261120T100000Z",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            "X-MOZ-GENERATION:3",
        ],
    ),
    "DTSTAMP and SEQUENCE rewritten": lambda lines: [
        "DTSTAMP:20261201T000000Z"
        if line.startswith("DTSTAMP")
        else "SEQUENCE:2"
        if line.startswith("SEQUENCE")
        else line
        for line in lines
    ],
    "the same instant in UTC": lambda lines: [  # 12:00 in New York
        "DTSTART:20261120T170000Z" if line.startswith("DTSTART;TZID=") else line for line in lines
    ],
}

#: What a user does: each changes what the reminder says.
USER_EDITS = {
    "the description": _replace("DESCRIPTION:", "DESCRIPTION:Call instead. "),
    "the time": _replace(
        "DTSTART;TZID=America/New_York:20261120T120000",
        "DTSTART;TZID=America/New_York:20261120T130000",
    ),
    "the title": lambda lines: [
        "SUMMARY:Call Jane" if line.startswith("SUMMARY") else line for line in lines
    ],
    "the recipient": _replace("mailto:jane", "mailto:joan"),
    "the alarm's time": _replace("TRIGGER:PT0S", "TRIGGER:-PT15M"),
    "a repeat rule": lambda lines: _event_lines(lines, lambda p: [*p, "RRULE:FREQ=DAILY"]),
    "the attachment": lambda lines: [
        line[:-8] + "AAAAAAA=" if line.startswith("ATTACH") else line for line in lines
    ],
}


@pytest.mark.parametrize("rewrite", SERVER_REWRITES.values(), ids=SERVER_REWRITES.keys())
def test_a_servers_rewriting_is_no_edit(rewrite) -> None:  # type: ignore[no-untyped-def]
    assert not is_edited(_stored(rewrite))


@pytest.mark.parametrize("edit", USER_EDITS.values(), ids=USER_EDITS.keys())
def test_a_users_edit_is_an_edit_even_after_a_rewrite(edit) -> None:  # type: ignore[no-untyped-def]
    assert is_edited(_stored(edit))
    assert is_edited(
        _stored(
            lambda lines: _refold(edit(SERVER_REWRITES["URL without VALUE=URI (Cyrus)"](lines)))
        )
    )


def test_reminders_written_before_the_new_hash_still_read_as_unedited() -> None:
    """The hash of the first version (parameters included): a reminder written then is no edit,
    also after Cyrus dropped its VALUE=URI; the next change of content writes today's hash."""
    event = reparse(reminder())
    old = _digest(event, _legacy)
    assert old != content_hash(event)
    event["X-FOLLOWUP-HASH"] = old
    assert not is_edited(event)
    cyrus = reparse(event)
    cyrus["URL"].params.pop("VALUE", None)
    assert not is_edited(cyrus)
    cyrus["DESCRIPTION"] = icalendar.vText("Call instead.")
    assert is_edited(cyrus)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(max_size=30),
    subject=st.text(max_size=60),
    body=st.text(max_size=400),
    company=st.text(max_size=20),
)
def test_hash_round_trip_for_any_text(name: str, subject: str, body: str, company: str) -> None:
    to = (Person(name, "jane@acme.example"),)
    event = reminder(make_followup(to=to, company=company), make_draft(to, subject, body))
    assert content_hash(reparse(event)) == str(event["X-FOLLOWUP-HASH"])


# --- recognising our reminders ---------------------------------------------------------------


def test_is_followup_reminder() -> None:
    assert is_followup_reminder(reminder())
    assert is_followup_reminder(reparse(reminder()))
    user_event = icalendar.Event()
    user_event.add("UID", "followup-0123abcd@followup")
    assert not is_followup_reminder(user_event)  # no X-FOLLOWUP-STAGE
    lookalike = reminder(make_followup(uid="meeting-42@example.com"))
    assert not is_followup_reminder(lookalike)
    assert not is_followup_reminder(reminder(make_followup(uid="followup-xyz@followup.evil")))


# --- the calendar ----------------------------------------------------------------------------


def two_zone_events() -> list[icalendar.Event]:
    berlin = ZoneInfo("Europe/Berlin")
    return [
        reminder(make_followup(uid="followup-cc@followup")),
        reminder(make_followup(uid="followup-aa@followup")),
        reminder(
            make_followup(uid="followup-bb@followup", at=datetime(2026, 11, 20, 9, tzinfo=NY))
        ),
        build_reminder(
            make_followup(uid="followup-dd@followup", at=datetime(2026, 11, 19, 9, tzinfo=berlin)),
            make_draft(),
            candidate=replace(CANDIDATE, timezone="Europe/Berlin"),
            dtstamp=DTSTAMP,
        ),
    ]


def test_calendar_header_order_and_timezones() -> None:
    calendar = build_calendar(reversed(two_zone_events()), name="Job follow-ups")
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == PRODID == "-//followup//followup//EN"
    assert str(calendar["X-WR-CALNAME"]) == "Job follow-ups"
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert uids == [
        "followup-dd@followup",
        "followup-bb@followup",
        "followup-aa@followup",
        "followup-cc@followup",
    ]
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == [
        "America/New_York",
        "Europe/Berlin",
    ]
    assert calendar.subcomponents[0].name == "VTIMEZONE"
    assert calendar.get_missing_tzids() == set()


def test_same_inputs_give_the_same_bytes() -> None:
    assert reminder().to_ical() == reminder().to_ical()
    first = build_calendar(two_zone_events()).to_ical()
    assert build_calendar(reversed(two_zone_events())).to_ical() == first


SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_reminders import build_calendar, two_zone_events
sys.stdout.buffer.write(build_calendar(two_zone_events()).to_ical())
"""


def test_same_bytes_in_another_process_with_another_hash_seed() -> None:
    """add_missing_timezones() inserts in set order; set order changes with PYTHONHASHSEED."""
    script = SCRIPT.format(tests=str(Path(__file__).parent))
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert outputs == {build_calendar(two_zone_events()).to_ical()}


def test_an_independent_parser_reads_the_same_fields() -> None:
    data = build_calendar([reminder()]).to_ical().decode("utf-8")
    calendar = vobject.readOne(data)
    event = calendar.vevent
    assert event.uid.value == "followup-0123abcd@followup"
    assert event.summary.value == "Send thank-you note to Jane Doe (Acme)"
    assert event.dtstart.value == datetime(2026, 11, 20, 12, tzinfo=NY)
    assert event.dtstart.value.utcoffset() == timedelta(hours=-5)
    assert event.duration.value == timedelta(minutes=15)
    assert event.description.value.startswith("To: Jane Doe <jane@acme.example>\nSubject: Thank")
    assert event.url.value.startswith("mailto:jane@acme.example?")
    assert event.categories.value == ["Follow-up"]
    assert event.contents["x-followup-stage"][0].value == "thank-you"
    assert event.valarm.action.value == "DISPLAY"
    assert event.valarm.trigger.value == timedelta(0)
    raw = event.attach.value
    eml = raw if isinstance(raw, bytes) else base64.b64decode(raw)
    assert eml == eml_bytes(make_draft(), CANDIDATE)
    assert calendar.vtimezone.tzid.value == "America/New_York"


# --- the draft as text, mailto: and .eml -----------------------------------------------------


def test_description_text() -> None:
    draft = make_draft(to=(JANE, Person("Doe, J.", "j@acme.example")), subject="Hi", body="a\r\nb")
    assert description_text(draft) == (
        'To: Jane Doe <jane@acme.example>, "Doe, J." <j@acme.example>\nSubject: Hi\n\na\nb'
    )
    assert description_text(make_draft(to=())).startswith("To: \nSubject: Thank you\n\n")


def test_mailto_prefills_to_subject_and_body() -> None:
    url = mailto_url(make_draft(to=(JANE, BOB)))
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert [unquote(a) for a in parts.path.split(",")] == ["jane@acme.example", "bob@acme.example"]
    params = params_of(url)
    assert params == {"subject": ["Thank you"], "body": [BODY.replace("\n", "\r\n")]}
    assert "%0D%0A" in url and "+" not in url


def test_mailto_without_recipients() -> None:
    url = mailto_url(make_draft(to=()))
    assert url.startswith("mailto:?subject=")
    assert params_of(url)["subject"] == ["Thank you"]


def test_hostile_input_adds_no_mailto_parameter() -> None:
    url = mailto_url(make_draft(to=tuple(HOSTILE), subject=HOSTILE_SUBJECT))
    params = params_of(url)
    assert set(params) == {"subject", "body"}
    assert [unquote(a) for a in urlsplit(url).path.split(",")] == [
        "jane@acme.example",
        "a?cc=evil@acme.example",
    ]
    assert params["subject"] == ["Thanks Bcc: evil@evil.example&cc=evil@evil.example [31m"]


def test_long_body_is_shortened_at_a_word_boundary() -> None:
    words = [f"word{i}" for i in range(600)]
    draft = make_draft(body=" ".join(words))
    url = mailto_url(draft)
    assert len(url) <= MAILTO_LIMIT
    body = params_of(url)["body"][0]
    assert body.endswith("\r\n\r\n" + SHORTENED_NOTE)
    kept = body.removesuffix("\r\n\r\n" + SHORTENED_NOTE).split(" ")
    assert kept == words[: len(kept)] and len(kept) > 100
    assert len(mailto_url(make_draft(body="short"))) < MAILTO_LIMIT
    event = reminder(draft=draft)
    assert str(event["DESCRIPTION"]).endswith(words[-1])  # the description keeps everything
    assert str(event["URL"]) == url


def test_mailto_limit_holds_even_for_huge_subjects_and_many_recipients() -> None:
    many = tuple(Person(f"P{i}", f"person{i}@acme.example") for i in range(200))
    url = mailto_url(make_draft(to=many, subject="s " * 2000, body="b " * 2000))
    assert len(url) <= MAILTO_LIMIT
    assert params_of(url)["body"] == [SHORTENED_NOTE]
    one_word = mailto_url(make_draft(body="x" * 5000))
    assert len(one_word) <= MAILTO_LIMIT
    assert params_of(one_word)["body"] == ["\r\n\r\n" + SHORTENED_NOTE]


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.tuples(st.text(max_size=20), st.text(max_size=30)), max_size=5),
    subject=st.text(max_size=200),
    body=st.text(max_size=3000),
)
def test_mailto_is_bounded_and_has_only_subject_and_body(
    names: list[tuple[str, str]], subject: str, body: str
) -> None:
    url = mailto_url(
        make_draft(to=tuple(Person(n, e) for n, e in names), subject=subject, body=body)
    )
    assert len(url) <= MAILTO_LIMIT
    assert set(params_of(url)) <= {"subject", "body"}
    assert url.count("?") == 1 and url.count("&") == 1


def test_eml_is_an_unsent_draft() -> None:
    message = email.message_from_bytes(
        eml_bytes(make_draft(to=(JANE, BOB)), CANDIDATE), policy=policy.default
    )
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Jane Doe <jane@acme.example>, Bob Roe <bob@acme.example>"
    assert message["From"] == "Alex Morgan <alex@example.com>"
    assert message["Subject"] == "Thank you"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    assert "Date" not in message and "Message-ID" not in message
    assert eml_bytes(make_draft(), CANDIDATE) == eml_bytes(make_draft(), CANDIDATE)


def test_eml_keeps_non_ascii_text() -> None:
    draft = make_draft(
        to=(Person("Jöhn Doé", "john@acme.example"),), subject="Merci — André", body="Grüße ✓"
    )
    message = email.message_from_bytes(eml_bytes(draft, CANDIDATE), policy=policy.default)
    assert message["To"] == "Jöhn Doé <john@acme.example>"
    assert message["Subject"] == "Merci — André"
    assert message.get_content().strip() == "Grüße ✓"


def test_hostile_input_adds_no_eml_header() -> None:
    candidate = replace(CANDIDATE, name="Alex\r\nBcc: evil@evil.example")
    data = eml_bytes(make_draft(to=tuple(HOSTILE), subject=HOSTILE_SUBJECT), candidate)
    message = email.message_from_bytes(data, policy=policy.default)
    assert sorted(message.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "X-Unsent",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert [a.addr_spec for a in message["To"].addresses] == [
        "jane@acme.example",
        "a?cc=evil@acme.example",
    ]
    assert "\n" not in message["Subject"] and "\x00" not in message["Subject"]
    assert message["From"].addresses[0].addr_spec == "alex@example.com"
    assert "evil" not in "".join(
        str(a) for a in message["From"].addresses if a.addr_spec != "alex@example.com"
    )
    assert b"\nBcc:" not in data


def test_hostile_recipients_are_dropped_from_the_description() -> None:
    text = description_text(make_draft(to=tuple(HOSTILE), subject=HOSTILE_SUBJECT))
    header, _, _ = text.partition("\n\n")
    to_line, subject_line = header.split("\n")
    assert to_line == (
        'To: "Jane Bcc: evil@evil.example" <jane@acme.example>, Odd local <a?cc=evil@acme.example>'
    )
    assert subject_line.startswith("Subject: Thanks Bcc:")


def test_no_from_header_without_a_plain_candidate_address() -> None:
    message = email.message_from_bytes(
        eml_bytes(make_draft(to=()), replace(CANDIDATE, email="")), policy=policy.default
    )
    assert "From" not in message and "To" not in message
    assert message["X-Unsent"] == "1"


# --- a real client ---------------------------------------------------------------------------


def test_khal_imports_the_calendar(tmp_path: Path) -> None:
    khal = Khal(tmp_path)
    ics = tmp_path / "followups.ics"
    ics.write_bytes(build_calendar(two_zone_events()).to_ical())
    result = khal.import_file(ics)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in khal.vdir.iterdir())
    assert files == [f"followup-{x}@followup.ics" for x in ("aa", "bb", "cc", "dd")]
    stored = icalendar.Calendar.from_ical((khal.vdir / "followup-aa@followup.ics").read_bytes())
    [event] = stored.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Send thank-you note to Jane Doe (Acme)"
    assert content_hash(event) == str(event["X-FOLLOWUP-HASH"])  # khal's copy is not "edited"
    listed = khal("list", "2026-11-20", "1d")
    assert "12:00-12:15 Send thank-you note to Jane Doe (Acme)" in listed.stdout
