"""Hostile event text (issue 5, point 5): anyone can send an invite, so its text is untrusted.

End to end: a hostile .ics through `followup run --target out.ics`, then out.ics parsed, the
attached .eml (base64) and the mailto: URL read back. Header-like text never adds a header or a
mailto parameter; template syntax in event text comes out literally; user templates run in a
sandbox; oversized fields are cut and the run still writes a valid calendar.
"""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Iterator
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest
from click.testing import CliRunner, Result

from followup.cli import main
from followup.workflows.extract import extract_interview
from followup.workflows.model import Candidate, Interview
from followup.workflows.people import MAX_INTERVIEWERS
from tests.conftest import Figures

NOW = "2026-11-20T20:00"
EVIL = "\r\nBcc: evil@attacker.example"
ALLOWED_HEADERS = {"from", "to", "subject", "x-unsent", "mime-version", "content-type"}
ALLOWED_HEADERS |= {"content-transfer-encoding"}
CANDIDATE = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex")


@pytest.fixture(autouse=True)
def fresh_timezone_cache() -> Iterator[None]:
    """icalendar caches every zone it resolves for the whole process (a Windows name without a
    VTIMEZONE, a custom VTIMEZONE): reset it so these calendars leave no trace in other tests."""
    yield
    icalendar.use_zoneinfo()


def ics_text(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping: a line break becomes \\n, so it survives in one line."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def event(uid: str, summary: str, *lines: str, day: int = 19) -> str:
    body = "\r\n".join(lines)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261110T120000Z\r\n"
        f"DTSTART;TZID=America/New_York:202611{day:02d}T100000\r\n"
        f"DTEND;TZID=America/New_York:202611{day:02d}T110000\r\n"
        f"SUMMARY:{ics_text(summary)}\r\n{body}\r\nEND:VEVENT\r\n"
    )


def calendar(*events: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


HOSTILE = calendar(
    event(
        "hostile-1@attacker.example",
        "Interview with Acme" + EVIL + "\r\nCc: cc@attacker.example {{ 7*7 }}",
        "DESCRIPTION:"
        + ics_text(
            "Company: Acme {{ 7*7 }}\nRole: {% for x in range(3) %}SRE{% endfor %}\n"
            'Interviewers: "Jane\rBcc: evil@attacker.example" <jane@acme.example>, '
            "Raj <raj@acme.example?bcc=evil@attacker.example>, "
            "Eve <eve@acme.example&cc=evil@attacker.example>\n"
            "Contact: Sam {{ config }} <sam@acme.example>"
        ),
        "ORGANIZER;CN=Sam:mailto:sam@acme.example",
    ),
    event(
        "hostile-2@attacker.example",
        "Globex phone screen\rBcc: evil@attacker.example",
        'ATTENDEE;CN="Mallory^nBcc: evil@attacker.example":mailto:mallory@globex.example',
        "ATTENDEE;CN=Bob:mailto:bob@globex.example%0D%0ABcc:evil@attacker.example",
        "ATTENDEE;CN=Trent:mailto:trent@globex.example\\nbcc=evil@attacker.example",
        day=18,
    ),
)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        f'timezone = "America/New_York"\n[state]\npath = "{tmp_path / "state.sqlite"}"\n',
        encoding="utf-8",
    )
    return path


def run(config: Path, source: Path, target: Path, *extra: str) -> Result:
    args = ["run", "--config", str(config), "--source", str(source), "--target", str(target)]
    return CliRunner().invoke(main, [*args, "--now", NOW, *extra])


def reminders(target: Path) -> list[icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    assert not parsed.errors and all(not c.errors for c in parsed.walk())
    return list(parsed.walk("VEVENT"))


def eml_of(reminder: icalendar.Event) -> email.message.EmailMessage:
    attach = reminder["ATTACH"]
    assert attach.params["FMTTYPE"] == "message/rfc822"
    raw = icalendar.vBinary.from_ical(attach.to_ical().decode())  # base64 in the file
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def assert_no_injection(reminder: icalendar.Event) -> None:
    message = eml_of(reminder)
    headers = {k.lower() for k in message}
    assert headers <= ALLOWED_HEADERS, headers
    to = message.get("To")
    addresses = [] if to is None else [a.addr_spec for a in to.addresses]
    assert all("attacker" not in a and "?" not in a and "&" not in a for a in addresses)
    assert "attacker" not in str(message["Subject"])
    for name in ("To", "Subject", "From"):
        assert "\n" not in str(message.get(name, "")) and "\r" not in str(message.get(name, ""))
    url = urlsplit(str(reminder["URL"]))
    assert url.scheme == "mailto" and "attacker" not in unquote(url.path)
    query = parse_qs(url.query, keep_blank_values=True)
    assert set(query) <= {"subject", "body"}, query
    assert all(len(v) == 1 for v in query.values())
    assert "\n" not in query["subject"][0]
    summary = str(reminder["SUMMARY"])
    assert "\n" not in summary and "\r" not in summary
    assert str(reminder["DESCRIPTION"]).startswith("To: ")
    first, second = str(reminder["DESCRIPTION"]).split("\n")[:2]
    assert second.startswith("Subject: ")  # the To: line stayed one line
    described = [a for _, a in getaddresses([first.removeprefix("To: ")])]
    assert sorted(described) == sorted(addresses)


def test_hostile_invite_adds_no_header_and_no_mailto_parameter(
    config: Path, tmp_path: Path
) -> None:
    source = tmp_path / "hostile.ics"
    source.write_bytes(HOSTILE)
    target = tmp_path / "out.ics"
    result = run(config, source, target, "-v")
    # icalendar refuses the ATTENDEE with a line break in its address: a warning (nothing was
    # skipped, so exit 0), shown with -v; the rest used
    assert result.exit_code == 0, result.output
    assert "hostile-2@attacker.example" in result.stderr and "CR or LF" in result.stderr
    events = reminders(target)
    assert len(events) >= 4
    for reminder in events:
        assert_no_injection(reminder)
    recipients = {
        str(eml_of(r).get("To", "")) for r in events if r["X-FOLLOWUP-STAGE"] == "thank-you"
    }
    assert any("jane@acme.example" in to for to in recipients)
    # addresses carrying a query or an encoded line break are not addresses: never written
    written = target.read_text(encoding="utf-8")
    for bad in ("?bcc=", "&cc=", "%0D%0ABcc", "bcc=evil"):
        assert bad.lower() not in unquote(written).lower().replace("\r\n ", "")


def test_template_syntax_in_event_text_is_never_evaluated(config: Path, tmp_path: Path) -> None:
    source = tmp_path / "hostile.ics"
    source.write_bytes(HOSTILE)
    target = tmp_path / "out.ics"
    assert run(config, source, target).exit_code == 0
    bodies = [eml_of(r).get_content() for r in reminders(target)]
    descriptions = [str(r["DESCRIPTION"]) for r in reminders(target)]
    text = "\n".join(bodies + descriptions)
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "SRESRESRE" not in text
    plan = CliRunner().invoke(
        main, ["plan", "--config", str(config), "--source", str(source), "--now", NOW, "--json"]
    )
    assert "{% for x in range(3) %}SRE{% endfor %}" in plan.stdout


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ candidate.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.popen('echo pwned').read() }}",
        "{{ lipsum.__globals__['os'].system('echo pwned') }}",
    ],
)
def test_user_templates_render_in_a_sandbox(config: Path, tmp_path: Path, expression: str) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank-you.j2").write_text(f"Subject: Hi\n\n{expression}\n", encoding="utf-8")
    config.write_text(
        config.read_text(encoding="utf-8") + f'[templates]\ndir = "{templates}"\n', "utf-8"
    )
    source = tmp_path / "hostile.ics"
    source.write_bytes(HOSTILE)
    target = tmp_path / "out.ics"
    result = run(config, source, target)
    assert result.exit_code == 1  # partial: those drafts failed, the rest was written
    assert "thank-you.j2" in result.stderr
    assert "pwned" not in result.output and "<class" not in result.output
    assert "Traceback" not in result.output
    stages = {str(r["X-FOLLOWUP-STAGE"]) for r in reminders(target)}
    assert stages == {"nudge", "check-in"}  # the other stages still written


def test_oversized_fields_are_cut_and_the_run_still_works(config: Path, tmp_path: Path) -> None:
    """A 100 kB summary and 10,000 attendees: bounded reminder fields, a valid .ics, in seconds."""
    summary = "Interview with Acme " + "x" * 100_000
    attendees = [f"ATTENDEE;CN=Person {n}:mailto:person{n}@acme.example" for n in range(10_000)]
    source = tmp_path / "huge.ics"
    source.write_bytes(calendar(event("huge@acme.example", summary, *attendees)))
    target = tmp_path / "out.ics"
    started = time.monotonic()
    result = run(config, source, target)
    assert time.monotonic() - started < 60, "a hang guard, not a benchmark"
    assert result.exit_code in {0, 1}, result.output
    events = reminders(target)
    assert events and len(events) <= 100, len(events)
    for reminder in events:
        assert len(str(reminder["SUMMARY"])) <= 200
        assert len(str(reminder["URL"])) <= 1500
        message = eml_of(reminder)
        assert len(str(message["Subject"])) <= 200
        assert len(str(message.get("To", ""))) <= 2000
        assert len(str(reminder["DESCRIPTION"]).split("\n")[0]) <= 2000


def _interview(*lines: str, summary: str = "Interview with Acme") -> Interview:
    data = calendar(event("x@acme.example", summary, *lines))
    occurrence = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    return extract_interview(occurrence, CANDIDATE)


def test_a_line_break_inside_a_quoted_name_keeps_the_real_address() -> None:
    line = ics_text('Interviewers: "Jane\rBcc: evil@attacker.example" <jane@acme.example>')
    interview = _interview(f"DESCRIPTION:{line}")
    assert [p.email for p in interview.interviewers] == ["jane@acme.example"]
    assert interview.interviewers[0].name.isprintable()


def test_a_mass_invite_has_no_interviewers_and_long_text_is_cut() -> None:
    attendees = [f"ATTENDEE;CN=P{n}:mailto:p{n}@acme.example" for n in range(MAX_INTERVIEWERS + 1)]
    interview = _interview(*attendees, summary="Interview with " + "Acme " * 20_000)
    assert interview.interviewers == ()
    assert len(interview.summary) <= 300 and len(interview.company) <= 100
    few = _interview(*attendees[:MAX_INTERVIEWERS])
    assert len(few.interviewers) == MAX_INTERVIEWERS


@pytest.fixture(autouse=True)
def _count_hostile_input(figures: Figures) -> None:
    """Each test here feeds one hostile calendar or text through (RELIABILITY.md)."""
    figures.add("hostile text: inputs tried")
