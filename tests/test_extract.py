"""Event -> Interview (design.md "Contract: reading the calendar") on realistic client exports."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.workflows.extract import (
    description_fields,
    event_categories,
    extract_interview,
    parse_summary,
)
from followup.workflows.model import Candidate, EventError, Interview, Person
from followup.workflows.people import display_name
from followup.workflows.senders import company_from_domain
from followup.workflows.titles import without_company

NY = ZoneInfo("America/New_York")
ALEX = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex Morgan")

GOOGLE = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:alex@example.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20261120T150000Z
DTEND:20261120T160000Z
DTSTAMP:20261101T120000Z
ORGANIZER;CN=Jane Recruiter:mailto:jane.recruiter@acme-corp.example
UID:7kukuqrfedlm2f9t0vl6n3abcd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Rec
 ruiter;X-NUM-GUESTS=0:mailto:jane.recruiter@acme-corp.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=alex@exa
 mple.com;X-NUM-GUESTS=0:mailto:alex@example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Bob S
 mith;X-NUM-GUESTS=0:mailto:Bob.Smith@Acme-Corp.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=NYC-5-Hud
 dle (4);X-NUM-GUESTS=0:mailto:c_188abc@resource.calendar.google.com
X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij
DESCRIPTION:<b>Role:</b> Backend Engineer<br>Reply by: within 5 business day
 s<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: ht
 tps://meet.google.com/abc-defg-hij\\n\\nPlease do not edit this section.\\n-
 ::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview with Acme - Backend Engineer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

OUTLOOK = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Doe, Jane":mailto:Jane.Doe@initech.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Doe, Jane"
 :mailto:jane.doe@initech.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Morgan
 :mailto:ALEX@Example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lumbergh,
  Bill":MAILTO:bill.lumbergh@initech.example
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN
 =Conf Room 4B:mailto:confroom4b@initech.example
DESCRIPTION;LANGUAGE=en-US:Hi Alex,\\n\\nLooking forward to our chat.\\n\\nRep
 ly by: Dec 3\\nContact: "Smykowski, Tom" <Tom.Smykowski@initech.example>\\n
UID:040000008200E00074C5B7101A82E00800000000D0F1A2B3C4D5E601000000000000000010
SUMMARY;LANGUAGE=en-US:Technical screen - Initech (Platform Engineer)
DTSTART;TZID=Pacific Standard Time:20261120T090000
DTEND;TZID=Pacific Standard Time:20261120T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261101T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Room 4B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""

APPLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.0//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20261101T100000Z
UID:5A1B2C3D-0E1F-4A5B-9C8D-7E6F5A4B3C2D
DTSTART;TZID=Europe/Berlin:20261123T140000
DTEND;TZID=Europe/Berlin:20261123T150000
SUMMARY:Onsite interview: SRE @ Hooli
CATEGORIES:Interview,Rejected
ORGANIZER;CN=Alex Morgan:mailto:alex@example.com
LOCATION:Hooli HQ
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=Hooli HQ:geo
 :37.4,-122.0
DESCRIPTION:Company: Hooli XYZ\\nInterviewers: Gavin Belson <gavin@hooli.exa
 mple>\\, "Bighetti\\, Nelson" <nelson@hooli.example>
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


def interview(ics: str) -> Interview:
    """The Interview of a calendar's one VEVENT (a single event: no expansion needed)."""
    (vevent,) = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    return extract_interview(vevent, ALEX)


def event(body: str) -> icalendar.Event:
    """One VEVENT from its content lines (UID and SUMMARY added), parsed but not expanded."""
    text = f"BEGIN:VEVENT\nUID:u1@example.com\nSUMMARY:Acme interview\n{body}\nEND:VEVENT\n"
    return icalendar.Event.from_ical(text)


def test_google_event() -> None:
    found = interview(GOOGLE)
    assert found.uid == "7kukuqrfedlm2f9t0vl6n3abcd@google.com"
    assert found.recurrence_id is None
    assert (found.start, found.end) == (
        datetime(2026, 11, 20, 10, 0, tzinfo=NY),
        datetime(2026, 11, 20, 11, 0, tzinfo=NY),
    )
    assert str(found.start.tzinfo) == "America/New_York"
    assert (found.company, found.role) == ("Acme", "Backend Engineer")
    assert found.interviewers == (
        Person("Jane Recruiter", "jane.recruiter@acme-corp.example"),
        Person("Bob Smith", "bob.smith@acme-corp.example"),
    )
    assert found.contact == Person("Jane Recruiter", "jane.recruiter@acme-corp.example")
    assert found.reply_by == date(2026, 11, 27)
    assert found.status == "active"


def test_outlook_event() -> None:
    found = interview(OUTLOOK)
    assert found.start == datetime(2026, 11, 20, 12, 0, tzinfo=NY)  # 09:00 Pacific
    assert found.end == datetime(2026, 11, 20, 13, 0, tzinfo=NY)
    assert (found.company, found.role) == ("Initech", "Platform Engineer")
    assert found.interviewers == (
        Person("Jane Doe", "jane.doe@initech.example"),
        Person("Bill Lumbergh", "bill.lumbergh@initech.example"),  # optional, not said to sit out
    )
    assert found.contact == Person("Tom Smykowski", "tom.smykowski@initech.example")
    assert found.reply_by == date(2026, 12, 3)
    assert found.status == "active"


def test_apple_event() -> None:
    found = interview(APPLE)
    assert found.start == datetime(2026, 11, 23, 8, 0, tzinfo=NY)  # 14:00 Berlin
    assert (found.company, found.role) == ("Hooli XYZ", "SRE")  # the Company: line wins
    assert found.interviewers == (
        Person("Gavin Belson", "gavin@hooli.example"),
        Person("Nelson Bighetti", "nelson@hooli.example"),
    )
    assert found.contact == found.interviewers[0]  # the organizer is the candidate
    assert found.reply_by is None
    assert found.status == "replied"  # category Rejected


def test_windows_zone_name_without_vtimezone() -> None:
    found = extract_interview(
        event("DTSTART;TZID=Pacific Standard Time:20261120T090000\nDURATION:PT45M"), ALEX
    )
    assert found.start == datetime(2026, 11, 20, 12, 0, tzinfo=NY)
    assert found.end == datetime(2026, 11, 20, 12, 45, tzinfo=NY)


@pytest.mark.parametrize("vtimezone_last", [False, True])
def test_custom_vtimezone_of_the_calendar(vtimezone_last: bool) -> None:
    ics = APPLE.replace("Europe/Berlin", "Custom Berlin")
    if vtimezone_last:  # RFC 5545 imposes no order on components
        head, rest = ics.split("BEGIN:VTIMEZONE\n")
        vtimezone, rest = rest.split("END:VTIMEZONE\n")
        ics = head + rest.replace(
            "END:VCALENDAR", f"BEGIN:VTIMEZONE\n{vtimezone}END:VTIMEZONE\nEND:VCALENDAR"
        )
    assert interview(ics).start == datetime(2026, 11, 23, 8, 0, tzinfo=NY)


def test_floating_time_is_the_candidates_zone() -> None:
    found = extract_interview(event("DTSTART:20261120T100000"), ALEX)
    assert found.start == datetime(2026, 11, 20, 10, 0, tzinfo=NY)
    assert found.end == datetime(2026, 11, 20, 11, 0, tzinfo=NY)  # no DTEND, no DURATION: 1 hour


def test_all_day_events() -> None:
    one = extract_interview(event("DTSTART;VALUE=DATE:20261120"), ALEX)
    assert (one.start, one.end) == (
        datetime(2026, 11, 20, tzinfo=NY),
        datetime(2026, 11, 21, tzinfo=NY),
    )
    two = extract_interview(event("DTSTART;VALUE=DATE:20261120\nDTEND;VALUE=DATE:20261122"), ALEX)
    assert two.end == datetime(2026, 11, 22, tzinfo=NY)
    long = extract_interview(event("DTSTART;VALUE=DATE:20261120\nDURATION:P3D"), ALEX)
    assert long.end == datetime(2026, 11, 23, tzinfo=NY)


def test_each_occurrence_of_a_series_carries_its_recurrence_id() -> None:
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:loop@acme.example\n"
        "SUMMARY:Onsite loop - Acme\nDTSTART;TZID=America/New_York:20261120T100000\n"
        "DURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=2\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    calendar = icalendar.Calendar.from_ical(ics)
    expanded = recurring_ical_events.of(calendar).between(date(2026, 11, 1), date(2026, 12, 1))
    found = [extract_interview(e, ALEX) for e in expanded]
    assert [(i.recurrence_id, i.start.hour, i.end.hour) for i in found] == [
        ("2026-11-20T10:00:00-05:00", 10, 11),
        ("2026-11-21T10:00:00-05:00", 10, 11),
    ]


def test_recurrence_id_is_its_value_as_iso_text() -> None:
    found = extract_interview(
        event("DTSTART:20261120T100000\nRECURRENCE-ID;VALUE=DATE:20261119"), ALEX
    )
    assert found.recurrence_id == "2026-11-19"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("DTEND:20261120T100000Z", "no DTSTART"),
        ("DTSTART:2026112XT100000", "DTSTART is not a valid value"),
        ("DTSTART:20261120T100000Z\nDTEND:20261120T090000Z", "is before DTSTART"),
        ("DTSTART;TZID=Mars/Olympus_Mons:20261120T100000", "unknown time zone 'Mars/Olympus_Mons'"),
        (
            "DTSTART:20261120T100000Z\nDTEND;TZID=Nowhere:20261120T110000",
            "DTEND has an unknown time zone 'Nowhere'",
        ),
        ("DTSTART:20261120T100000Z\nDURATION:soon", "DURATION is not a valid value"),
    ],
)
def test_unusable_events_raise_a_clear_problem(body: str, problem: str) -> None:
    with pytest.raises(EventError) as raised:
        extract_interview(event(body), ALEX, source="cal.ics")
    assert problem in raised.value.problem.problem
    assert raised.value.problem.uid == "u1@example.com"
    assert raised.value.problem.summary == "Acme interview"
    assert raised.value.problem.source == "cal.ics"
    assert "u1@example.com" in str(raised.value)


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        ("STATUS:CANCELLED", "cancelled"),
        ("STATUS:CONFIRMED", "active"),
        ("DESCRIPTION:Status: canceled by them", "cancelled"),
        ("DESCRIPTION:Status: Withdrew", "withdrawn"),
        ("DESCRIPTION:Status: offer!", "replied"),
        ("DESCRIPTION:Status: heard back", "replied"),
        ("DESCRIPTION:Status: waiting for a reply", "active"),
        ("CATEGORIES:Interview,Offer", "replied"),
        ("CATEGORIES:Withdrawn", "withdrawn"),
        ("CATEGORIES:Interview\nCATEGORIES:Declined", "replied"),
        ("STATUS:CANCELLED\nCATEGORIES:Offer", "cancelled"),
    ],
)
def test_status(lines: str, status: str) -> None:
    assert extract_interview(event(f"DTSTART:20261120T150000Z\n{lines}"), ALEX).status == status


def test_company_falls_back_to_the_organizers_domain() -> None:
    found = extract_interview(
        icalendar.Event.from_ical(
            "BEGIN:VEVENT\nUID:u2\nSUMMARY:Interview\nDTSTART:20261120T150000Z\n"
            "ORGANIZER;CN=Jane:mailto:jane@talent.acme-corp.example\nEND:VEVENT\n"
        ),
        ALEX,
    )
    assert found.company == "Acme Corp"


def test_a_person_named_in_the_summary_is_no_company() -> None:
    found = extract_interview(
        icalendar.Event.from_ical(
            "BEGIN:VEVENT\nUID:u3\nSUMMARY:Interview with Jane Doe\nDTSTART:20261120T150000Z\n"
            "ATTENDEE;CN=Jane Doe:mailto:jane@globex.example\nEND:VEVENT\n"
        ),
        ALEX,
    )
    assert found.company == "Globex"
    assert found.contact == Person("Jane Doe", "jane@globex.example")


@pytest.mark.parametrize(
    ("email", "company"),
    [
        ("jane@acme-corp.example", "Acme Corp"),
        ("jane@mail.initech.co.uk", "Initech"),
        ("jane@thamesmead.nhs.uk", "Thamesmead"),  # an NHS trust, not "Nhs"
        ("jane@health.nsw.gov.au", "Health"),  # a state's department, not "Nsw"
        ("jane@hooli.com", "Hooli"),
        ("jane@gmail.com", ""),
        ("jane@GoogleMail.com", ""),
        ("jane@outlook.com", ""),
        ("jane@hotmail.fr", ""),  # free mail under any country's suffix
        ("jane@yahoo.com.br", ""),
        ("jane@kpnmail.nl", ""),  # an internet provider's
        ("jane@xtra.co.nz", ""),
        ("jane@live.acme.example", "Acme"),  # not "live.com"
        ("jane@cahayanusantara.co.id.example", "Cahayanusantara"),  # not "Id"
        ("x@group.calendar.google.com", ""),
        ("bob@example.com", ""),  # the candidate's own domain
        ("not an address", ""),
    ],
)
def test_company_from_domain(email: str, company: str) -> None:
    assert company_from_domain(email, ALEX.emails) == company


def test_people_who_are_not_interviewers() -> None:
    found = extract_interview(
        icalendar.Event.from_ical(
            "BEGIN:VEVENT\nUID:u4\nSUMMARY:Acme interview\nDTSTART:20261120T150000Z\n"
            "ORGANIZER:mailto:unknownorganizer@calendar.google.com\n"
            "ATTENDEE;CUTYPE=GROUP:mailto:eng@acme.example\n"
            "ATTENDEE;CUTYPE=RESOURCE:mailto:projector@acme.example\n"
            "ATTENDEE:mailto:no-reply@acme.example\n"
            'ATTENDEE;CN="Sam Lee":MAILTO:Sam@Acme.example\n'
            "ATTENDEE;CN=Sam:mailto:sam@acme.example\n"
            "ATTENDEE;CN=Alex:mailto:Alex@Example.COM\nEND:VEVENT\n"
        ),
        ALEX,
    )
    assert found.interviewers == (Person("Sam Lee", "sam@acme.example"),)
    assert found.contact == Person("Sam Lee", "sam@acme.example")


def test_no_people_at_all() -> None:
    found = extract_interview(event("DTSTART:20261120T150000Z"), ALEX)
    assert (found.interviewers, found.contact, found.company) == ((), None, "Acme")


def test_interviewers_line_with_names_only() -> None:
    found = extract_interview(
        event("DTSTART:20261120T150000Z\nDESCRIPTION:Interviewers: Jane Doe and Bob Smith"), ALEX
    )
    assert found.interviewers == (Person("Jane Doe", ""), Person("Bob Smith", ""))


def test_description_fields_from_html() -> None:
    fields = description_fields(
        "<p>Hi!</p><div><b>Company:</b> Acme &amp; Sons</div>"
        "<div>  - Interviewer: Jane &lt;jane@acme.example&gt;, Bob <bob@acme.example></div>"
        "REPLY-BY:  Friday <br/>company: ignored, the first line wins"
    )
    assert fields == {
        "company": "Acme & Sons",
        "interviewers": "Jane <jane@acme.example>, Bob <bob@acme.example>",
        "reply by": "Friday",
    }


def test_description_fields_return_on_huge_input() -> None:
    # Returns at all on inputs that made a backtracking regex quadratic (speed: see benchmarks/).
    for text in ["Company: a" + " " * 100_000 + "x", "<br" * 50_000, "<a " * 50_000, "\n" * 99_999]:
        assert isinstance(description_fields(text), dict)


def test_event_categories() -> None:
    cats = event_categories(event("CATEGORIES:Interview,Work\nCATEGORIES:Offer"))
    assert cats == ("Interview", "Work", "Offer")
    assert event_categories(event("DTSTART:20261120T150000Z")) == ()


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Interview with Acme - Backend Engineer", ("Acme", "Backend Engineer")),
        ("Acme phone screen (SRE)", ("Acme", "SRE")),
        ("Onsite interview: SRE @ Acme", ("Acme", "SRE")),
        ("Interview at Globex for Data Engineer", ("Globex", "Data Engineer")),
        ("Globex: Technical Screen", ("Globex", "")),
        ("Technical screen - Initech (Platform Engineer)", ("Initech", "Platform Engineer")),
        ("Phone Screen: Initech", ("Initech", "")),
        ("Final round at Umbrella Corp", ("Umbrella Corp", "")),
        ("Hiring manager interview | Hooli | Staff Engineer", ("Hooli", "Staff Engineer")),
        ("Alex / Jane (Acme) - interview", ("Acme", "")),
        ("Interview", ("", "")),
        # the kind of contract in brackets is neither; a gender ending stays in the role
        ("Screening Interview – Senior Medical Writer (Contract)", ("", "Senior Medical Writer")),
        (
            "Entrevue – Enseignant(e) en Techniques de pharmacie (poste régulier)",
            ("", "Enseignant(e) en Techniques de pharmacie"),
        ),
        (
            "Eerste gesprek: Ziekenhuisapotheker – Zorggroep Lindewaard",
            ("Zorggroep Lindewaard", "Ziekenhuisapotheker"),
        ),
        (
            "Colloquio | Responsabile Qualità (QA) | Farmaceutica Lombarda S.p.A.",
            ("Farmaceutica Lombarda S.p.A", "Responsabile Qualità"),
        ),
        ("", ("", "")),
        ("Interview with the Acme team", ("Acme", "")),
        ("Interview: Backend Engineer at Acme", ("Acme", "Backend Engineer")),
        ("Round 2 interview - Tech Corp", ("Tech Corp", "")),
        ("Engineering Manager interview – Acme", ("Acme", "Engineering Manager")),
    ],
)
def test_parse_summary(summary: str, expected: tuple[str, str]) -> None:
    assert parse_summary(summary) == expected


_SUMMARY_WORDS = (
    "interview with at for @ - | : ( ) [ ] / <> Acme SRE engineer phone screen on site the team"
    " hiring manager round 2 , . Jane Doe"
)


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=400),
        st.lists(st.sampled_from(_SUMMARY_WORDS.split()), max_size=40).map(" ".join),
    )
)
def test_parse_summary_never_raises(summary: str) -> None:
    company, role = parse_summary(summary)
    assert isinstance(company, str) and isinstance(role, str)


def test_parse_summary_returns_on_huge_input() -> None:
    for text in ["(" * 100_000, "a " * 100_000, "interview " * 50_000, "at with " * 50_000]:
        company, role = parse_summary(text)
        assert len(company) <= len(text) and len(role) <= len(text)


# -- people as real invites name them (issue 10; shapes from the held-out corpora) -------------


def _people(description: str, *attendees: str, organizer: str = "") -> tuple[Person, ...]:
    """The interviewers of an invite: `attendees` as "CN <address>" or "CN <address> DECLINED"."""

    def line(kind: str, party: str) -> str:
        name, _, rest = party.partition(" <")
        address, _, partstat = rest.partition(">")
        state = f";PARTSTAT={partstat.strip()}" if partstat.strip() else ""
        return f"{kind};CN={name}{state}:mailto:{address}"

    lines = [line("ORGANIZER", organizer)] if organizer else []
    lines += [line("ATTENDEE", a) for a in attendees]
    body = "\n".join([*lines, "DTSTART:20261120T150000Z", f"DESCRIPTION:{description}"])
    return extract_interview(event(body), ALEX).interviewers


JANE = "Jane Doe <jane@acme.example>"
RAJ = "Raj Patel <raj@acme.example>"
JANE_P, RAJ_P = Person("Jane Doe", "jane@acme.example"), Person("Raj Patel", "raj@acme.example")


@pytest.mark.parametrize(
    "line",
    [
        "Intervistatori: Dott.ssa Jane Doe e Ing. Raj Patel",  # titles, and "e" between them
        "Entrevistadores: Dra. Jane Doe (Coordenadora) e Raj Patel (Gerente – UTI)",
        "Panel: Dr. Jane Doe (VP - Regulatory Affairs), Raj Patel (Senior Manager - Dossiers)",
        "Interviewers: QFB Jane Doe y Lic. Raj Patel",  # a title the attendee's CN has not
        "Panel:\\n• Jane Doe — Director, Pharmacy Benefits\\n• Raj Patel — Lead",
        "Interview Team:\\nJane Doe, MSN, RN – Chief Nursing Officer\\nRaj Patel, PharmD\\n\\nBring",
        "Je spreekt met:\\n- Jane Doe, manager\\n- Raj Patel, recruiter",
        "面接官：ドウ ジェーン（部長）、Raj Patel\\nInterviewers: Jane Doe (Head)\\, Raj Patel",
        "Pewawancara: Ibu Jane Doe (Marketing Director) dan Bapak Raj Patel",  # Indonesian
    ],
)
def test_an_interviewers_line_as_written_in_real_invites(line: str) -> None:
    assert _people(line, JANE, RAJ) == (JANE_P, RAJ_P)


@pytest.mark.parametrize(
    "line",
    [
        "Interviewers: Jane Doe <jane@acme.example> and Raj Patel <raj@acme.example>",
        "Your interview panel will be:\\n- Jane Doe\\, Director\\n- Raj Patel\\, Manager\\n\\nBring ID",
        "Your assessors: Jane Doe (State Operations Manager) and Raj Patel (Talent Lead)",
        "Programme:\\n09:00 In-tray exercise\\n13:30 Formal panel interview - Dr Jane Doe\\, Raj"
        " Patel and Ana Lima (Non-Executive Director)",
    ],
)
def test_more_ways_invites_name_the_panel(line: str) -> None:
    found = _people(line, JANE, RAJ)
    assert [p.name for p in found][:2] == ["Jane Doe", "Raj Patel"]
    assert found[0] == JANE_P


def test_malaysian_names_with_their_particles_are_one_person_each() -> None:
    kavitha = "Kavitha a/p Muniandy <kavitha@acme.example>"
    sharifah = "Sharifah Nadia binti Syed Ahmad <sharifah@acme.example>"
    found = _people(
        "Interviewers: Kavitha a/p Muniandy and Sharifah Nadia binti Syed Ahmad", kavitha, sharifah
    )
    assert [p.email for p in found] == ["kavitha@acme.example", "sharifah@acme.example"]
    assert _people("Panel: Jane Doe/Raj Patel", JANE, RAJ) == (JANE_P, RAJ_P)


def test_the_host_of_an_agendas_tour_alone_is_no_interviewer() -> None:
    owen = "Owen Taggart <owen@acme.example>"
    found = _people(
        "Agenda\\n9:00 Clinic tour with Bethany\\n9:30 Hiring manager interview with Owen Taggart",
        "Bethany Cole <bethany@acme.example>",
        owen,
    )
    assert [p.email for p in found] == ["owen@acme.example"]


def test_a_title_after_an_interviewers_address_is_no_person() -> None:
    line = "Interviewer: Raj Patel <raj@acme.example>\\, Engineering Manager - Fleet Platform"
    assert _people(line, RAJ) == (RAJ_P,)


def test_the_relays_name_keeps_the_address_of_the_attendee_of_that_name() -> None:
    """SmartRecruiters sends as the recruiter from a relay; she is an attendee too, and the
    text makes her the scheduler: the screen is still with her."""
    found = _people(
        "This is a 30-minute phone screen with Jane Doe from our Talent team.",
        RAJ.replace("Raj Patel", "Jane Doe").replace("raj@acme", "jane@acme"),
        organizer="Jane Doe <interview-4f1c9e2a@acme.calendar.smartrecruiters.com>",
    )
    assert found == (JANE_P,)


def test_the_organizer_who_says_she_interviews_too() -> None:
    found = _people(
        "Raj Patel (Head of Branch Operations) and I will take you through a behavioural interview.",
        RAJ,
        organizer=JANE,
    )
    assert set(found) == {JANE_P, RAJ_P}


def test_names_of_the_gulf_and_the_philippines_in_a_numbered_panel() -> None:
    khalid = "Khalid bin Rashid Al Nuaimi <khalid@falc.example>"
    cristina = "Dela Cruz\\, Ma. Cristina <cristina@falc.example>"
    jose = "Santos Jr.\\, Jose Ramon <jose@falc.example>"
    text = (
        "Interview panel:\\n1. Dr. Khalid bin Rashid Al Nuaimi - Executive Director (Chair)"
        "\\n2. Ma. Cristina Dela Cruz - Warehouse Systems Lead\\n3. Jose Ramon Santos Jr. -"
        " Customs Manager\\n\\nPanel secretary: Hessa (coordination only)."
    )
    found = _people(text, khalid, cristina, jose)
    assert [p.email for p in found] == [
        "khalid@falc.example",
        "cristina@falc.example",
        "jose@falc.example",
    ]
    assert [p.first_name for p in found] == ["Khalid", "Cristina", "Jose"]


def test_an_engineers_title_before_a_long_name_with_its_address() -> None:
    line = (
        "Interviewer: Eng. Faisal bin Abdulaziz Al-Otaibi\\, Director - Logistics"
        " (faisal@rimal.example)"
    )
    assert _people(line) == (Person("Faisal bin Abdulaziz Al-Otaibi", "faisal@rimal.example"),)


def test_a_declined_panelist_and_who_came_instead() -> None:
    stand_in = "Kenji Moreau <kenji@acme.example>"
    found = _people(
        "Panel:\\n• Jane Doe\\n• Sam Almanza\\n• Raj Patel",
        JANE,
        "Sam Almanza <sam@acme.example> DECLINED",
        RAJ,
        stand_in,
    )
    assert found == (JANE_P, RAJ_P, Person("Kenji Moreau", "kenji@acme.example"))


def test_a_relay_address_keeps_its_persons_name_without_the_address() -> None:
    relay = "Lucía Benavides <lucia-benavides-3f9a1c7e@indeedemail.com>"
    assert _people("Interviewer: Lucía Benavides", relay) == (Person("Lucía Benavides", ""),)


@pytest.mark.parametrize(
    "description",
    [
        "You'll be meeting with our General Manager\\, Jane Doe\\, and our Spa & Wellness "
        "Director\\, Raj Patel. Afterwards we'll show you the clinic.",
        "Your agenda:\\n\\n10:00 – 10:45  Jane Doe\\, Head of Regulatory Affairs\\n10:45 – 11:00  "
        "Break\\n11:00 – 11:45  Raj Patel (VP Quality)\\n\\nYour coordinator is Noor Haddad.",
    ],
)
def test_people_named_only_in_the_text_when_the_invite_lists_nobody(description: str) -> None:
    assert _people(description, "HR <hr@acme.example>") == (
        Person("Jane Doe", ""),
        Person("Raj Patel", ""),
    )


def test_the_recruiter_who_writes_and_me_interviews_too() -> None:
    text = "You'll meet Raj Patel (Clinical Lead) and me.\\n\\nBest\\,\\nJane Doe\\nTalent Partner"
    assert set(_people(text, JANE, RAJ, organizer=JANE)) == {JANE_P, RAJ_P}
    alone = "You'll meet Raj Patel (Clinical Lead).\\n\\nBest\\,\\nJane Doe\\nTalent Partner"
    assert _people(alone, JANE, RAJ, organizer=JANE) == (RAJ_P,)


def test_an_optional_attendee_the_text_says_sits_out_is_no_interviewer() -> None:
    lena = "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Lena Brouwer:mailto:lena@acme.example"
    said = "I've added Lena as optional so she can keep the calendar up to date."
    body = f"ATTENDEE;CN=Jane Doe:mailto:jane@acme.example\n{lena}\nDTSTART:20261120T150000Z"
    assert extract_interview(event(f"{body}\nDESCRIPTION:{said}"), ALEX).interviewers == (JANE_P,)
    walks = "Jane and Lena will walk you through the team."
    assert extract_interview(event(f"{body}\nDESCRIPTION:{walks}"), ALEX).interviewers == (
        JANE_P,
        Person("Lena Brouwer", "lena@acme.example"),
    )


def test_someone_from_hr_the_text_names_is_the_contact() -> None:
    sophie = "ATTENDEE;CN=Sophie Kaya:mailto:sophie@acme.example"
    said = "As discussed with Sophie Kaya from HR\\, this is the second step."
    body = f"ATTENDEE;CN=Jane Doe:mailto:jane@acme.example\n{sophie}\nDTSTART:20261120T150000Z"
    found = extract_interview(event(f"{body}\nDESCRIPTION:{said}"), ALEX)
    assert found.interviewers == (JANE_P,)


def test_a_line_with_an_address_and_a_name_without() -> None:
    line = "Interviewers: Mr. Jane Doe <jane@acme.example>, Ms. Raj Patel"
    assert _people(line, JANE, "Patel, Raj <raj@acme.example>") == (JANE_P, RAJ_P)


def test_an_outlook_surname_in_capitals_comes_last() -> None:
    assert display_name("BAPTISTE-LEMAIRE Hugues") == "Hugues Baptiste-Lemaire"
    assert display_name("AJ Smith") == "AJ Smith"  # two capitals: initials
    assert display_name("VALDIVIA OROZCO XIMENA") == "VALDIVIA OROZCO XIMENA"


def test_a_job_title_written_small_after_a_name_is_no_person() -> None:
    line = "Vous rencontrerez :\\n- M. Jane Doe, Directeur administratif et financier\\n- Raj"
    assert _people(line, JANE, RAJ) == (JANE_P, RAJ_P)


def test_people_the_text_names_beside_a_distribution_list() -> None:
    text = "You'll meet Ana Ruiz, Noor Aziz and Bram de Leeuw; each will share impressions."
    group = "ATTENDEE;CUTYPE=GROUP;CN=FIN Team:mailto:fin-team@acme.example"
    body = f"{group}\nDTSTART:20261120T150000Z\nDESCRIPTION:{text}"
    names = [p.name for p in extract_interview(event(body), ALEX).interviewers]
    assert names == ["Ana Ruiz", "Noor Aziz", "Bram de Leeuw"]


def test_a_coordinator_who_will_not_join_is_no_interviewer() -> None:
    text = "Gideon Farrow and Priyanka Venkataraman will run the scenario. I coordinate but won't join."
    body = (
        "ORGANIZER;CN=Talia Brookshire:mailto:talia@bastionwatch.example\n"
        "ATTENDEE;CN=Gideon Farrow:mailto:gideon@bastionwatch.example\n"
        "ATTENDEE;CN=Priyanka Venkataraman:mailto:priyanka@bastionwatch.example\n"
        f"DTSTART:20261120T150000Z\nDESCRIPTION:{text}"
    )
    found = extract_interview(event(body), ALEX)
    assert [p.name for p in found.interviewers] == ["Gideon Farrow", "Priyanka Venkataraman"]


def test_an_agency_consultant_who_will_not_join_is_the_contact() -> None:
    text = "My client would like to meet you. I won't join\\, but call me after!\\n\\nSasha"
    found = extract_interview(
        event(
            "ORGANIZER;CN=Sasha Petrov:mailto:sasha@meridianrecruitment.example\n"
            "ATTENDEE;CN=Raj Patel:mailto:raj@acme.example\nDTSTART:20261120T150000Z\n"
            f"DESCRIPTION:{text}"
        ),
        ALEX,
    )
    assert found.interviewers == (RAJ_P,)
    assert found.contact == Person("Sasha Petrov", "sasha@meridianrecruitment.example")
    assert found.company == "Acme"  # the agency's domain names no company: the client's does


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("our opening for a part-time Finance Manager (24-32 hours).", "Finance Manager"),
        ("the first step for the Business Controller vacancy at Acme.", "Business Controller"),
        ("This is the case interview for the position of Finance Lead (EMEA).", "Finance Lead"),
        ("would like to meet you for their Interim Controller assignment.", "Interim Controller"),
        (
            "Thank you for applying for the position of Financial Controller. As",
            "Financial Controller",
        ),
        (
            "un entretien pour le poste de Contrôleuse de gestion (H/F) au sein de",
            "Contrôleuse de gestion",
        ),
    ],
)
def test_a_role_said_in_a_sentence(sentence: str, role: str) -> None:
    found = extract_interview(event(f"DTSTART:20261120T150000Z\nDESCRIPTION:{sentence}"), ALEX)
    assert found.role == role


@pytest.mark.parametrize(
    ("summary", "description", "role"),
    [
        (
            "Entrevista",
            "Vaga: Especialista de Comunicação (remoto – Barcelona ou Lisboa)",
            "Especialista de Comunicação",
        ),
        ("Entrevista – Tècnica de Comunicació", "", "Tècnica de Comunicació"),
        (
            "Interview",
            "Role: Lead UX Designer, Wealth Digital (26-1193)",
            "Lead UX Designer, Wealth Digital",
        ),
        (
            "Interview with Marlow & Penn",
            "Your in-person interview for the Retail Management Graduate Scheme is confirmed.",
            "Retail Management Graduate Scheme",
        ),
        (
            "Oakfield Ward – Virtual Insight Day (with fast-track interview)",
            "As you applied for the Summer Vacation Scheme 2027 before the deadline",
            "Summer Vacation Scheme",
        ),
        (
            "Technical Screen",
            "Technical screen for Senior Software Engineer, Fleet Autonomy.",
            "Senior Software Engineer, Fleet Autonomy",
        ),
        (
            "Cancelled: System Design Interview",
            "System Design Interview with Elena Sokolova for Senior Software Engineer, Payments "
            "Platform.",
            "Senior Software Engineer, Payments Platform",
        ),
        (
            "Phone Screen: Alex Morgan <> Driftlytics",
            "Interview for Senior Software Engineer - Data Infrastructure\\n\\nInterviewer: Sasha",
            "Senior Software Engineer - Data Infrastructure",
        ),
        (  # whom the round is with comes after the job
            "Straits Harbour Bank | Final Round with the Director | Senior Data Scientist, Consumer"
            " Analytics",
            "",
            "Senior Data Scientist, Consumer Analytics",
        ),
        ("Interview for the post of Data Scientist - Panel Interview", "", "Data Scientist"),
        (  # a job of one word goes on with its function, in a line or in the text
            "Case Study Presentation",
            "Position: Manager – Business Finance",
            "Manager – Business Finance",
        ),
        (
            "Client Interview || Kalinga Steel || Manager - Costing & MIS",
            "shortlisted by our client for the Manager – Costing & MIS role.",
            "Manager – Costing & MIS",
        ),
        ("Director Connect - Alex Morgan - FP&A Lead", "", "FP&A Lead"),
        ("Shadow Day – Store Manager candidate (Morgan)", "", "Store Manager"),
        (  # a role line goes on after a hyphen about the place; an agency's name is no role
            "Interview Scheduled",
            "Position: 6th Grade Science Teacher - Cottonwood Bend Middle School",
            "6th Grade Science Teacher",
        ),
        ("Bluestem Educator Staffing - Intake Interview - Science Teacher", "", "Science Teacher"),
        (
            "Meridian Mission Systems - Hiring Manager Interview - Cyber Incident Responder (Sr.)",
            "",
            "Cyber Incident Responder",
        ),
        (
            "Interview - Legal Support Officer, Clerk Grade 5/6 (REQ 4471902)",
            "",
            "Legal Support Officer",
        ),
        ("Screening Call - Entry-level Data Analyst roles", "", "Entry-level Data Analyst"),
        (  # skills alone are a topic, not a job
            "Technical Discussion - Alex Morgan - SQL & Python",
            "Thanks for applying to Pocketkhata for the Data Analyst role.",
            "Data Analyst",
        ),
        (
            "GLLA Board Committee Interview",
            "our last conversation before we decide on the Director of Marketing & Communications"
            " role.",
            "Director of Marketing & Communications",
        ),
        ("Verdant Home Brands – VP Marketing search | Interview with Ingrid", "", "VP Marketing"),
        (
            "Campus Visit & Final Round Interview",
            "Campus visit for the Associate Director, Marketing and Communications position:",
            "Associate Director, Marketing and Communications",
        ),
        ("星河电商 HR面 | 数据分析专家 Senior Data Analyst", "", "Senior Data Analyst"),
        (
            "Atelier Bleu Nuit – Final round: design sprint",
            "the final round for the Senior Product Designer / Designer produit senior role",
            "Senior Product Designer",
        ),
        (
            "Entrevista: Ejecutiva de Cuentas (Comunicación)",
            "",
            "Ejecutiva de Cuentas (Comunicación)",
        ),
        ("Entretien – Chargée de communication digitale", "", "Chargée de communication digitale"),
        ("Adjunct Faculty Interview – Physical Science (PHYS 1415)", "", "Adjunct Faculty"),
        (  # a bracket before "role"
            "Phone Screen: Alex Morgan <> Inquiry Works",
            "our call about the Science Curriculum Specialist (Grades 6-8) role. I'll call you.",
            "Science Curriculum Specialist",
        ),
        (  # "the position" and the job's name, as a requisition system writes it
            "Screening Call",
            "a screening call regarding the position Teacher\\, Science Grade 7 (Requisition"
            " 26-0418) at Sunfield Middle School.",
            "Teacher, Science Grade 7",
        ),
        # a school subject with its grade is a teacher's job, surer than the principal who meets
        ("Principal Interview - Oak Cliff Middle (6-8 Science)", "", "6-8 Science Teacher"),
        (
            "Screening Call - Teacher\\, Science Grade 7 - Gilded Oak ISD",
            "",
            "Teacher, Science Grade 7",
        ),
        ("Candidate Interview (Science\\, Grades 6-8)", "", "Science, Grades 6-8"),
        ("Larkspur School – Second Round Campus Visit (MS Science)", "", "MS Science"),
        (
            "Meet and Greet - Dr. Okafor / 7th Grade Science candidate",
            "",
            "7th Grade Science Teacher",
        ),
        ("Teacher Job Fair - Interview Slot 10:20 AM (Secondary Science)", "", "Secondary Science"),
        # but a bracket after a job is its level
        ("Interview: Curriculum Specialist (MS Science)", "", "Curriculum Specialist (MS Science)"),
        (
            "Interview with Meridian Clinical Research",
            "Thank you for your interest in the Pharmacovigilance Scientist role at Meridian.",
            "Pharmacovigilance Scientist",
        ),
        (
            "Interview: Medical Science Liaison - Cardiovascular (R-014572)",
            "",
            "Medical Science Liaison",
        ),
        ("Store walk (Stage 3 interview) - Coastline Grocers", "", ""),
        (
            "Presentation and panel - Band 7 Specialist Pharmacist (Cardiology) - 2nd stage",
            "",
            "Band 7 Specialist Pharmacist (Cardiology)",
        ),
        # a role line goes on with the job's unit, not with where it is or the contract
        (
            "Phone Screen",
            "Position: Registered Nurse - ICU (Nights)",
            "Registered Nurse - ICU (Nights)",
        ),
        (
            "Client interview",
            "Role: District Manager - Metro Atlanta (9 stores)",
            "District Manager - Metro Atlanta",
        ),
        (
            "Client interview",
            "Role: Cyber Threat Analyst – Annapolis Junction\\, MD",
            "Cyber Threat Analyst",
        ),
        (
            "Interview",
            "Role: 6th Grade Science Teacher - Cottonwood Bend Middle School",
            "6th Grade Science Teacher",
        ),
        # a scheduler's heading over the session names the job the title leaves out
        (
            "Lumenfield Onsite (1 of 3): App Critique",
            "Lumenfield Onsite - Senior Product Designer\\nSession 1 of 3: App Critique",
            "Senior Product Designer",
        ),
        # a job and its function, after a dash
        (
            "Round 2 || Manager - Financial Reporting || Sahyadri Bank || Mumbai",
            "",
            "Manager - Financial Reporting",
        ),
        (
            "Panel Interview || Granite Coast Health || PA - Orthopedic Surgery",
            "",
            "PA - Orthopedic Surgery",
        ),
        ("Onsite Interview - Data Engineer - Pittsburgh\\, PA", "", "Data Engineer"),  # a state
        (
            "Interview",
            "Position: Physician Assistant - Hospital Medicine",
            "Physician Assistant - Hospital Medicine",
        ),
        # whom a round is with is no role
        ("DIRECTOR ROUND_BUSINESS ANALYST_AURIGA RETAIL", "", "Business Analyst"),
        ("Manager Round | Business Analyst | Ravelin Insurance", "", "Business Analyst"),
        (
            "Onsite: Unit Tour and Shadow - 5 Tower ICU",
            "As the next step in your interview for the Registered Nurse - ICU position\\, you",
            "Registered Nurse - ICU",
        ),
    ],
)
def test_roles_as_more_invites_name_them(summary: str, description: str, role: str) -> None:
    text = (
        f"BEGIN:VEVENT\nUID:u\nSUMMARY:{summary}\nDTSTART:20261120T150000Z\n"
        f"DESCRIPTION:{description}\nEND:VEVENT\n"
    )
    assert extract_interview(icalendar.Event.from_ical(text), ALEX).role == role


COLM = "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Colm Byrne:mailto:colm@acme.example"


@pytest.mark.parametrize(
    ("description", "attendees", "names"),
    [
        (
            "Interviewing: Mrs Jane Doe (Deputy Principal) and Mr Raj Patel (Head of Science)",
            (),
            ["Jane Doe", "Raj Patel"],
        ),
        ("Host: Jane Doe\\, Deputy Principal (jane@acme.example)", (), ["Jane Doe"]),
        (  # a title written small goes on after its comma
            "Intervieweuse : Mme Sophie Tremblay-Ng\\, vice-présidente adjointe\\, Design",
            (),
            ["Sophie Tremblay-Ng"],
        ),
        (  # a heading with no colon over bullets (Ashby)
            "Interviewers\\n• Olivia Chen\\, Head of Design\\n• Samir Bouchard\\, Group PM",
            (),
            ["Olivia Chen", "Samir Bouchard"],
        ),
        (  # an itinerary: the session, the person on the line below it (GoodTime)
            "1:00 PM – 1:45 PM  Portfolio Deep Dive\\n    Aisha Thompson\\, Design Manager\\n"
            "1:45 PM – 2:30 PM  Cross-functional Collaboration\\n    Mateo Rossi\\, PM",
            (),
            ["Sasha Petrov", "Aisha Thompson", "Mateo Rossi"],
        ),
        ("Who: Graham Tse\\, Store Manager", (), ["Graham Tse"]),
        (  # Workday's schedule: a date, the times, "Last, First"
            "Schedule:\\n10/02/2026 10:00 AM - 10:45 AM EDT   Patel\\, Rohan (SVP\\, CFC)\\n"
            "10/02/2026 10:45 AM - 11:30 AM EDT   Vasquez-Lyle\\, Maria (IR Manager)",
            ("ATTENDEE;CN=Chesapeake Trust Bank:mailto:chesapeaketrust@myworkday.com",),
            ["Sasha Petrov", "Rohan Patel", "Maria Vasquez-Lyle"],
        ),
        (  # two people a slot
            "1:00–1:45  Sofia Marchetti/Kwabena Abara – incident response deep dive",
            (
                "ATTENDEE;CN=Sofia Marchetti:mailto:sofia@cirrusvale.example",
                "ATTENDEE;CN=Kwabena Abara:mailto:kwabena@cirrusvale.example",
            ),
            ["Sasha Petrov", "Sofia Marchetti", "Kwabena Abara"],
        ),
        (
            "You will meet with Kirra Mitchell\\, Legal Counsel - Commercial.",
            (),
            ["Sasha Petrov", "Kirra Mitchell"],
        ),
        (  # the organisation a robot sends for is no person the text names
            "Thanks for scheduling your interview with Tandem Goods. You'll meet with Rhonda "
            "Coleman\\, Regional Manager.",
            ("ATTENDEE;CN=Tandem Goods Hiring Team:mailto:hiring@tandemgoods.example",),
            ["Sasha Petrov", "Rhonda Coleman"],
        ),
        (  # a title after the name goes on after its commas, one before it does not
            "an in-person interview with Dr. Helena Marsh\\, DNP\\, Vice President\\, Patient "
            "Experience & Marketing.",
            (),
            ["Sasha Petrov", "Helena Marsh"],
        ),
        (
            "You'll be meeting with our General Manager\\, Tomás Arvizu Lindgren\\, and our Spa "
            "Director\\, Leilani Brandt-Ochoa.",
            (),
            ["Sasha Petrov", "Tomás Arvizu Lindgren", "Leilani Brandt-Ochoa"],
        ),
        (  # a bank's deputy general manager is a title, not a person
            "Interviewer: Ms. Farah Siddiqui\\, DGM – Asset Liability Management",
            (),
            ["Farah Siddiqui"],
        ),
        (  # a name in Chinese script, as the text writes it in Latin letters too
            "面试官 Interviewers：陈浩然（Chen Haoran）、Melissa Goh",
            (
                "ATTENDEE;CN=陈浩然:mailto:haoran.chen@xinghe.example",
                "ATTENDEE;CN=Melissa Goh:mailto:melissa.goh@xinghe.example",
            ),
            ["Sasha Petrov", "Haoran Chen", "Melissa Goh"],
        ),
        (  # optional, yet the text says he interviews
            "Daniel Fernandes is marked optional and will join as second interviewer.",
            (
                "ATTENDEE;CN=Kai Wen Ong:mailto:kaiwen@sampan.example",
                "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Daniel Fernandes:mailto:daniel@sampan.example",
            ),
            ["Sasha Petrov", "Kai Wen Ong", "Daniel Fernandes"],
        ),
        (  # a slot at one time, with its people; a unit after a comma
            "13:00  Partner interview (45 minutes) with Ms Harriet Cole\\, Associate\\n"
            "14:00  Case review with Ana Souza and Pádraig Ó Floinn\\, Finance Systems",
            (),
            ["Sasha Petrov", "Harriet Cole", "Ana Souza", "Pádraig Ó Floinn"],
        ),
        (  # a session, then its person, at times with a zone (ModernLoop)
            "10:00 - 10:45 AM PT  Coding (data structures) — Haruto Sato\\n"
            "10:45 - 11:00 AM PT  Break\\n11:00 - 11:45 AM PT  Data Modeling — Beatriz Lima",
            (),
            ["Sasha Petrov", "Haruto Sato", "Beatriz Lima"],
        ),
        (  # a session "with" its people (Greenhouse)
            "1:00 PM - 2:00 PM  Portfolio Review with Hana Kobayashi (Design Director) and "
            "Rafael Ortiz (Staff Product Designer)",
            (),
            ["Sasha Petrov", "Hana Kobayashi", "Rafael Ortiz"],
        ),
        (  # an optional attendee the text says is only copied
            "Colm Byrne (EA to Jane) is copied in case anything changes.",
            (COLM, "ATTENDEE;CN=Jane Doe:mailto:jane@acme.example"),
            ["Sasha Petrov", "Jane Doe"],
        ),
        (
            "Your interview panel:\\nJane Doe - Vice Principal\\, Secondary\\nRaj Patel - Head",
            (),
            ["Jane Doe", "Raj Patel"],
        ),
        ("Interviewer: Jane Doe\\, Manager - Community Partnerships", (), ["Jane Doe"]),
        ("Interviewers: Doe, Jane; Patel, Raj", (), ["Jane Doe", "Raj Patel"]),  # Outlook's
        (
            "Ihre Gesprächspartner:innen: Mag.a Jane Doe und Raj Patel",
            (),
            ["Jane Doe", "Raj Patel"],
        ),
        ("Te entrevistará: Jane Doe (directora de Cuentas).", (), ["Jane Doe"]),
        (
            "Entrevistador: Jane Doe\\, directora de RRHH – jane@acme.example",
            (),
            ["Jane Doe"],
        ),
        ("Your interviewer: Jane Doe\\, Clinical Manager\\, Virtual Care", (), ["Jane Doe"]),
        (
            "You will be interviewed by our Head of Facilities\\, Jane Doe\\, and the school "
            "Bursar\\, Mrs Raj Patel.",
            (),
            ["Sasha Petrov", "Jane Doe", "Raj Patel"],
        ),
        (
            "Jane Doe\\, HR Generalist\\, will call you for a 20-minute phone screen.",
            (),
            ["Sasha Petrov", "Jane Doe"],
        ),
        (  # the organizer, a person, and the one named; not "SVP Guest Experience"
            "You will speak with Jane Doe\\, SVP Guest Experience\\, about the role.",
            (),
            ["Sasha Petrov", "Jane Doe"],
        ),
        (
            "Dinner with the co-founders\\, Jane Doe (CEO) and Raj Patel (CTO). I won't be there.",
            (),
            ["Jane Doe", "Raj Patel"],
        ),
    ],
)
def test_interviewers_as_more_invites_name_them(
    description: str, attendees: tuple[str, ...], names: list[str]
) -> None:
    body = "\n".join(
        ["ORGANIZER;CN=Sasha Petrov:mailto:sasha@meridianrecruitment.example", *attendees]
    )
    body += f"\nDTSTART:20261120T150000Z\nDESCRIPTION:{description}"
    found = extract_interview(event(body), ALEX).interviewers
    assert [p.name for p in found] == names


def test_the_people_behind_relay_addresses_by_their_names() -> None:
    relay = "Rachel Goh <r8k2m1x9q4@eu.calendar.smartrecruiters.com>"
    assert _people("We are pleased to invite you.", relay, organizer=relay) == (
        Person("Rachel Goh", ""),
    )
    company = "Margie's Travel <a7d3p0z2w6@eu.calendar.smartrecruiters.com>"
    assert _people("We are pleased to invite you.", company) == ()


@pytest.mark.parametrize(
    ("organizer", "description", "company"),
    [
        ("ORGANIZER;CN=University of Moreton Bay:mailto:moretonbay@myworkday.com", "", ""),
        ("ORGANIZER;CN=Outback Classrooms Recruitment:mailto:noreply@shl.com", "", ""),
        (
            "ORGANIZER:mailto:colin@ridgewayshs.example\nATTENDEE:mailto:anita@northcoast.example",
            "The Deputy Principal position at Ridgeway State High School. Dr Anita Sorensen "
            "(North Coast Region) joins.",
            "Ridgeway State High School",
        ),
    ],
)
def test_the_employer_a_system_sends_as_or_an_organisations_name(
    organizer: str, description: str, company: str
) -> None:
    body = f"{organizer}\nDTSTART:20261120T150000Z\nDESCRIPTION:{description}"
    found = extract_interview(
        icalendar.Event.from_ical(
            f"BEGIN:VEVENT\nUID:u\nSUMMARY:Interview - Data Engineer\n{body}\nEND:VEVENT\n"
        ),
        ALEX,
    )
    expected = company or organizer.split("CN=")[1].split(":")[0].removesuffix(" Recruitment")
    assert found.company == expected


def test_a_recruitment_agencys_signature_makes_the_contact() -> None:
    text = (
        "Raj Patel will call you Friday for your interview.\\n\\nShawna Kidd | Lakes Nurse Staffing"
    )
    body = (
        "ORGANIZER;CN=Shawna Kidd:mailto:shawna@lakesstaffing.example\n"
        f"DTSTART:20261120T150000Z\nDESCRIPTION:{text}"
    )
    found = extract_interview(event(body), ALEX)
    assert [p.name for p in found.interviewers] == ["Raj Patel"]
    assert found.contact == Person("Shawna Kidd", "shawna@lakesstaffing.example")


@pytest.mark.parametrize(
    ("summary", "lines", "company"),
    [
        (
            "Interview - Travel RN",
            "DESCRIPTION:Facility: Tamarack Regional Hospital\\, Fargo\\, ND",
            "Tamarack Regional Hospital",
        ),
        (  # a domain that gives the last words by their initials
            "Panel Interview – Nurse Educator",
            "ORGANIZER:mailto:megan@cedarbrookuh.example\n"
            "DESCRIPTION:The search committee at Cedarbrook University Hospital.",
            "Cedarbrook University Hospital",
        ),
        (
            "Phone Screen - Clinical Nurse Educator (Req 2026-18841)",
            "DESCRIPTION:Thank you for applying to Bellwood Regional Medical Center.",
            "Bellwood Regional Medical Center",
        ),
        (  # after a legal form the name is whole: the city goes
            "Vorstellungsgespräch – Marketing Lead",
            "DESCRIPTION:Unternehmen: Alpenglas Manufaktur GmbH\\, Wien",
            "Alpenglas Manufaktur GmbH",
        ),
        (  # a public body named before the place its domain names
            "Entrevista – Tècnic/a de Comunicació",
            "ORGANIZER:mailto:mgarriga@santfeliudemar.example\n"
            "DESCRIPTION:Àrea de Recursos Humans\\nAjuntament de Sant Feliu de Mar",
            "Ajuntament de Sant Feliu de Mar",
        ),
        (
            "Prova escrita i entrevista",
            "ORGANIZER:mailto:oposicions@costablava.example\n"
            "DESCRIPTION:Consorci de Turisme de la Costa Blava\\nServei de Personal",
            "Consorci de Turisme de la Costa Blava",
        ),
        (  # a kind of organisation its domain leaves out
            "GLLA Board Committee Interview - Alex Morgan",
            "ORGANIZER:mailto:rosa@greatlakesliteracy.example\n"
            "DESCRIPTION:Rosa Delgado-Finch | Executive Director\\, Great Lakes Literacy Alliance",
            "Great Lakes Literacy Alliance",
        ),
        (  # who scheduled it, in the text; the name a system sends as
            "Expertise Round | Frontend Intern",
            "ORGANIZER;CN=Internshala:mailto:no-reply@internshala.com\n"
            "DESCRIPTION:Hi Alex\\,\\n\\nKiranakart has scheduled an interview with you.",
            "Kiranakart",
        ),
        (
            "Interview for General Manager",
            "ORGANIZER;CN=Magnolia Kitchen & Bar – Midtown via Harri:mailto:no-reply@harri.com",
            "Magnolia Kitchen & Bar",
        ),
        (
            "Your interview has been cancelled",
            "ORGANIZER;CN=Olivia at Fresh Acres Market:mailto:no-reply@paradox.ai",
            "Fresh Acres Market",
        ),
        (  # the domain shortens a later word of the name
            "Mercer | Mettl Interview: KNB Technology Services - Technical Round 2",
            "ATTENDEE:mailto:amol@knbtech.example",
            "KNB Technology Services",
        ),
        (  # a signature line goes on with the name
            "Shadow Day – Store Manager candidate (Morgan)",
            "ORGANIZER:mailto:ray.dunlap@cornerstonehome.example\n"
            "DESCRIPTION:Ray Dunlap | Store Manager | Cornerstone Home Supply",
            "Cornerstone Home Supply",
        ),
        (  # a campus drive and its year are no part of the name
            "Online Aptitude Test Slot | Round 1 | Zenith Softlabs Campus Drive 2026",
            "ORGANIZER:mailto:no-reply@myamcat.com",
            "Zenith Softlabs",
        ),
        (  # a state in the domain; a public body's kind; a grade is no company
            "Interview – Registry Legal Officer, Metropolitan Planning Tribunal",
            "ORGANIZER:mailto:linh.nguyen@mpt.nsw.example",
            "Metropolitan Planning Tribunal",
        ),
        (
            "Written exercise + interview - Senior Legal Support Officer (Grade 7/8)",
            "ORGANIZER:mailto:amelia@strataaffairs.nsw.example\n"
            "DESCRIPTION:Amelia Rowntree | Manager\\, Legal Services | NSW Office of Strata Affairs",
            "Office of Strata Affairs",
        ),
        (  # a requisition, a clearance in brackets: no company
            "Interview for Cyber Defense Analyst II (R-0048213) at Chesapeake Trust Bank",
            "ORGANIZER;CN=Chesapeake Trust Bank:mailto:chesapeaketrust@myworkday.com",
            "Chesapeake Trust Bank",
        ),
        (
            "Video Interview: Threat Hunter (Cleared) - Arden Hollis Technologies",
            "ATTENDEE:mailto:24d357d2@ardenhollis.calendar.smartrecruiters.com",
            "Arden Hollis Technologies",
        ),
        (  # the employer's kind of firm, then its unit
            "Final round - Chesapeake Trust Bank Cyber Fusion Center (Webex)",
            "ORGANIZER:mailto:maria@chesapeaketrust.example",
            "Chesapeake Trust Bank",
        ),
        (  # a sender's team after the name; a school level in brackets is a unit
            "Screening Interview - Teacher (Middle School) - Cedar Ridge ISD",
            "ORGANIZER;CN=Cedar Ridge ISD Human Resources:mailto:noreply@applitrack.com",
            "Cedar Ridge ISD",
        ),
        (
            "Meet and Greet - Dr. Okafor / 7th Grade Science candidate",
            "ORGANIZER;CN=Prairie Wind MS Campus Office:mailto:pwms.office@bcisd.example",
            "Prairie Wind MS",
        ),
        (  # a teacher's subject is no school
            "Screening Interview - Teacher - Science - Cedar Ridge ISD",
            "ORGANIZER:mailto:noreply@applitrack.com",
            "Cedar Ridge ISD",
        ),
        (  # the agency keeps its client's name to itself
            "Interview - Lead Data Scientist - Confidential Client (Regional Bank)",
            "ORGANIZER:mailto:vanessa.lau@orchidsearch.example\n"
            "DESCRIPTION:Client: Confidential (leading regional bank)",
            "Orchidsearch",  # the agency itself, as its domain reads
        ),
        (  # the title's part the description names too; a region is no company
            "Video Interview: Data Scientist - Customer Churn (SEA) | Sinar Telecom",
            "DESCRIPTION:a video interview for Data Scientist - Customer Churn at Sinar Telecom.",
            "Sinar Telecom",
        ),
        (  # a bilingual name: the one an English draft uses; Chinese brackets
            "面试通知 Interview Notice | 星河电商 Xinghe E-commerce | 数据分析专家 Senior Data Analyst",
            "ORGANIZER:mailto:noreply@beisen.com",
            "Xinghe E-commerce",
        ),
        (
            "【灵犀科技】面试邀请 | 数据科学家 | 一面",
            "ORGANIZER:mailto:no-reply@mokahr.com",
            "灵犀科技",
        ),
        (  # an onsite loop is no part of the name
            "Meridianware Loop: Behavioral / Leadership Principles (Bar Raiser)",
            "ORGANIZER:mailto:rcteam@meridianware.example",
            "Meridianware",
        ),
        (  # the kind of firm before the name its domain gives
            "Entrevue – Designer UX/UI (Studio Loup-Garou)",
            "ORGANIZER:mailto:emilie.gagnon@loupgarou.example",
            "Studio Loup-Garou",
        ),
        (  # a domain of initials; a competition in brackets is no company
            "Interview - Senior Service Designer (Competition MCDS-2026-114)",
            "ORGANIZER:mailto:talent@mcds-ontario.example\n"
            "DESCRIPTION:The position with the Ministry of Citizen Digital Services\\, Ontario.",
            "Ministry of Citizen Digital Services",
        ),
        (  # initials before a whole word; a course code in brackets and a subject are no company
            "Adjunct Faculty Interview – Physical Science (PHYS 1415)",
            "ORGANIZER:mailto:esato@ntcollege.example\n"
            "DESCRIPTION:Dr. Evangeline Sato\\nChair\\, Natural Sciences\\nNorth Trinity College",
            "North Trinity College",
        ),
        (  # a body of the employer is no company: the domain's initials name it
            "Second Interview - Superintendent's Cabinet - Secondary Science Instructional Coach",
            "ORGANIZER:mailto:gmarsh@pvisd.example\n"
            "DESCRIPTION:Gwendolyn Marsh\\nPecan Valley ISD | (817) 555-0122",
            "Pecan Valley ISD",
        ),
        (  # nor is a grade
            "Interview – UX Designer (IT-03)",
            "ORGANIZER:mailto:dotation-staffing@csc-sac.example\n"
            "DESCRIPTION:selection process 26-CSC-EA-1042\\, Citizen Services Canada.",
            "Citizen Services Canada",
        ),
        (  # an early-careers team's name, and a programme after the employer's name
            "Greenhurst Graduate Programme – Final Virtual Assessment Centre",
            "ORGANIZER;CN=Greenhurst Early Careers:mailto:noreply@cappfinity.com",
            "Greenhurst",
        ),
        (
            "Kestrel Bank Operations Graduate Programme – Telephone Interview",
            "ORGANIZER:mailto:campus@kestrelbank.example",
            "Kestrel Bank",
        ),
        (  # a stage is no employer
            "Fast Stream Assessment Centre (FSAC) – virtual",
            "ORGANIZER;CN=Fast Stream Assessment Centre:mailto:noreply@faststream.example",
            "Fast Stream",
        ),
        (  # a job board's name is not the employer's
            "Entrevista presencial: Ejecutiva de Cuentas (Comunicación) en Grupo Lienzo",
            "ORGANIZER;CN=InfoJobs:mailto:no-reply@infojobs.net\n"
            "ATTENDEE:mailto:raquel@grupolienzo.example",
            "Grupo Lienzo",
        ),
    ],
)
def test_more_ways_invites_name_the_employer(summary: str, lines: str, company: str) -> None:
    text = (
        f"BEGIN:VEVENT\nUID:u\nSUMMARY:{summary}\n{lines}\nDTSTART:20261120T150000Z\nEND:VEVENT\n"
    )
    assert extract_interview(icalendar.Event.from_ical(text), ALEX).company == company


def test_a_role_loses_the_company_at_either_end() -> None:
    assert without_company("Pembroke Lyle Tax Graduate Programme 2027", "Pembroke Lyle") == (
        "Tax Graduate Programme 2027"
    )
    assert without_company("Principal Consultant, Aurelian Advisory", "Aurelian Advisory") == (
        "Principal Consultant"
    )
