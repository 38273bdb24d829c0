"""A follow-up and its draft -> the reminder event (design.md "Contract: the reminder event").

Everything here is deterministic: the same inputs give the same bytes, so a rerun with nothing
changed writes nothing. Interview data is hostile text (anyone can send an invite): it is cleaned
so that it can never add a header to the .eml or a parameter (cc, bcc) to the mailto: URL.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from followup.workflows.model import Candidate, Draft, FollowUp, Person

PRODID = "-//followup//followup//EN"
CATEGORY = "Follow-up"
DURATION = timedelta(minutes=15)
#: design.md: keep the mailto: URL under ~1,500 characters (long URLs break some mail clients).
MAILTO_LIMIT = 1500
SHORTENED_NOTE = "[shortened: full draft in the event description]"
NO_RECIPIENT = "(fill in recipient)"
NO_PERSON_NOTE = "No interviewer's address is known: the invite came from {}. Fill in the To: line."
HASH_PROPERTY = "X-FOLLOWUP-HASH"
#: The UIDs schedule.reminder_uid makes; only such components are ever changed or deleted.
UID_PATTERN = re.compile(r"followup-[0-9a-f]+@followup", re.IGNORECASE)

#: RFC 5322 3.2.3 dot-atom local part, RFC 1035 host names: the only addresses we write anywhere.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})+")

#: Properties the hash covers (besides X-FOLLOWUP-* and the alarm). DTEND/DUE/RRULE/STATUS are
#: never written by us, so a client that adds them is an edit.
_HASHED = (
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DUE",
    "DURATION",
    "DESCRIPTION",
    "URL",
    "ATTACH",
    "RELATED-TO",
    "CATEGORIES",
    "RRULE",
    "RDATE",
    "EXDATE",
    "STATUS",
)
_HASHED_ALARM = ("ACTION", "TRIGGER", "DESCRIPTION")


class _StartTrigger(icalendar.vDuration):
    """RFC 5545 3.8.6.3: TRIGGER at the start, written "PT0S" as most clients do (not "P0D")."""

    def __init__(self) -> None:
        super().__init__(timedelta(0))

    def to_ical(self) -> bytes:
        return b"PT0S"


# --- cleaning hostile text -------------------------------------------------------------------


def one_line(text: str) -> str:
    """Control characters to spaces, runs of whitespace (CR, LF, U+2028...) to one space."""
    cleaned = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(cleaned.split())


def _clean_body(text: str) -> str:
    """Line breaks to "\\n"; control characters other than tab and newline dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def is_plain_address(address: str) -> bool:
    """RFC 5322 3.4.1 addr-spec as dot-atom@host: no quotes, comments, spaces or line breaks."""
    return _ADDR_SPEC.fullmatch(address) is not None


def safe_recipients(people: Iterable[Person]) -> list[Address]:
    """The recipients we may write: plain addresses only, display names on one line."""
    return [
        Address(display_name=one_line(p.name), addr_spec=p.email)
        for p in people
        if is_plain_address(p.email)
    ]


def _to_line(draft: Draft) -> str:
    """RFC 5322 3.4 address-list, readable: 'Jane Doe <jane@x>, "Doe, J." <j@y>'."""
    return ", ".join(str(a) for a in safe_recipients(draft.to))


# --- the draft in three forms ----------------------------------------------------------------


def description_text(draft: Draft, invite_from: str = "") -> str:
    """design.md: the whole draft as "To: ...", "Subject: ...", a blank line, the body.

    With nobody to address (design.md: an empty To:), a last line says which address the invite
    came from, for the person to decide who to write to.
    """
    to = _to_line(draft)
    text = f"To: {to}\nSubject: {one_line(draft.subject)}\n\n{_clean_body(draft.body)}"
    if not to and invite_from:
        text += f"\n\n({NO_PERSON_NOTE.format(one_line(invite_from))})"
    return text


def eml_bytes(draft: Draft, candidate: Candidate) -> bytes:
    """The draft as an RFC 5322 message with X-Unsent: 1 (mail clients open it as a draft).

    No Date or Message-ID, so the bytes depend only on the draft; To is left out when empty
    (RFC 5322 3.6.3: an address-list has at least one address).
    """
    message = EmailMessage(policy=policy.SMTP)
    if is_plain_address(candidate.email):
        message["From"] = Address(one_line(candidate.name), addr_spec=candidate.email)
    recipients = safe_recipients(draft.to)
    if recipients:
        message["To"] = recipients
    message["Subject"] = one_line(draft.subject)
    message["X-Unsent"] = "1"
    message.set_content(_clean_body(draft.body), charset="utf-8")
    return bytes(message)


def _encode(text: str) -> str:
    """RFC 6068 2: percent-encode everything; line breaks as %0D%0A."""
    return quote(text.replace("\n", "\r\n"), safe="")


def _fit_words(text: str, budget: int) -> str:
    """The longest start of text, cut at a word boundary, whose encoding fits in budget."""
    kept: list[str] = []
    used = 0
    for token in re.split(r"(\s+)", text):
        used += len(_encode(token))
        if used > budget:
            break
        kept.append(token)
    return "".join(kept).rstrip()


def mailto_url(draft: Draft) -> str:
    """RFC 6068 mailto: with to, subject and body, at most MAILTO_LIMIT characters.

    A body too long is cut at a word boundary and ends with SHORTENED_NOTE; in the unlikely case
    that recipients and subject alone are too long, the subject and then the recipients are cut.
    """
    addresses = [quote(a.addr_spec, safe="@") for a in safe_recipients(draft.to)]
    subject = one_line(draft.subject)
    body = _clean_body(draft.body)

    def url(addrs: list[str], subj: str, text: str) -> str:
        return f"mailto:{','.join(addrs)}?subject={_encode(subj)}&body={_encode(text)}"

    full = url(addresses, subject, body)
    if len(full) <= MAILTO_LIMIT:
        return full
    note = f"\n\n{SHORTENED_NOTE}"
    budget = MAILTO_LIMIT - len(url(addresses, subject, note))
    if budget >= 0:
        return url(addresses, subject, _fit_words(body, budget) + note)
    note = SHORTENED_NOTE
    budget = MAILTO_LIMIT - len(url(addresses, "", note))
    if budget >= 0:
        return url(addresses, _fit_words(subject, budget), note)
    while addresses and len(url(addresses, "", note)) > MAILTO_LIMIT:
        addresses.pop()
    return url(addresses, "", note)


# --- the event -------------------------------------------------------------------------------


def _summary(followup: FollowUp, zone: ZoneInfo) -> str:
    """The title from {stage} {to} {company} {role}: "Acme: thank-you note to Jane Doe".

    With no company known, {company} is "Interview on Dec 3" (the day in the candidate's zone),
    never the interview's own title, whose words could read as an interview again (issue 16).
    """
    names = [one_line(p.display) for p in followup.to]
    interview = followup.interview
    day = interview.start.astimezone(zone)
    fields = {
        "stage": followup.stage.name,
        "to": ", ".join(n for n in names if n) or NO_RECIPIENT,
        "company": one_line(interview.company) or f"Interview on {day:%b} {day.day}",
        "role": one_line(interview.role),
    }
    return one_line(followup.stage.summary.format(**fields))


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got {value.isoformat()}")
    return value


def build_reminder(
    followup: FollowUp,
    draft: Draft,
    *,
    candidate: Candidate,
    dtstamp: datetime,
    attach_eml: bool = True,
    sequence: int = 0,
) -> icalendar.Event:
    """The reminder VEVENT for one follow-up (design.md "Contract: the reminder event")."""
    interview = followup.interview
    start = _aware(followup.at, "follow-up time").astimezone(ZoneInfo(candidate.timezone))
    summary = _summary(followup, ZoneInfo(candidate.timezone))

    event = icalendar.Event()
    event.add("UID", followup.uid)
    event.add("DTSTAMP", _aware(dtstamp, "dtstamp").astimezone(UTC))
    event.add("SEQUENCE", sequence)
    event.add("SUMMARY", summary)
    event.add("DTSTART", start)
    event.add("DURATION", DURATION)
    event.add("DESCRIPTION", description_text(draft, followup.interview.invite_from))
    event.add("URL", mailto_url(draft), parameters={"VALUE": "URI"})
    if attach_eml:
        event.add(
            "ATTACH",
            icalendar.vBinary(eml_bytes(draft, candidate)),
            parameters={"FMTTYPE": "message/rfc822", "X-FILENAME": f"{followup.stage.name}.eml"},
        )
    event.add("RELATED-TO", interview.uid)
    event.add("CATEGORIES", [CATEGORY])
    event.add("X-FOLLOWUP-STAGE", followup.stage.name)
    event.add("X-FOLLOWUP-SOURCE", interview.uid)
    if interview.recurrence_id is not None:
        event.add("X-FOLLOWUP-RECURRENCE-ID", interview.recurrence_id)

    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("TRIGGER", _StartTrigger())
    alarm.add("DESCRIPTION", summary)
    event.add_component(alarm)

    event.add(HASH_PROPERTY, content_hash(event))
    return event


# --- recognising our own reminders and their edits -------------------------------------------


def _values(component: icalendar.cal.Component, name: str) -> list[Any]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _meaning(name: str, value: Any) -> str:
    """What one property says, in a normal form that every faithful re-serialization keeps
    (issue 15: Cyrus stores `URL;VALUE=URI:` as `URL:`, refolds and reorders).

    - Parameters are left out: followup writes none that carry meaning of its own. `VALUE=`
      restates a property's default type (RFC 5545 3.2.20: URI is URL's, 3.8.1.1 BINARY is
      ATTACH's once ENCODING=BASE64 says so, DATE-TIME is DTSTART's), TZID is folded into the
      instant, and FMTTYPE and X-FILENAME describe the attachment, not its content. Only
      TRIGGER's RELATED changes the moment (3.2.14), so it stays.
    - Times are instants (a zone renamed or a VTIMEZONE rewritten is no edit), durations are
      seconds (`PT0S` and `P0D` are one, 3.3.6), an attachment is the digest of its decoded bytes
      (base64 line breaks are no edit), a URI's scheme is lower-case (RFC 3986 3.1).
    - Text is the unescaped value with its line breaks as LF (3.3.11: "\\n" and "\\N" are one);
      enumerated values (STATUS, ACTION) are upper-case (3.2: case does not matter).
    """
    params = getattr(value, "params", {})
    moment = getattr(value, "dt", None)
    if isinstance(moment, timedelta):
        related = str(params.get("RELATED", "START")).upper() if name == "TRIGGER" else ""
        return f"{name}:{int(moment.total_seconds())}s{related and ';' + related}"
    if isinstance(moment, datetime) and moment.utcoffset() is not None:
        return f"{name}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    if isinstance(moment, (datetime, date)):
        return f"{name}:{moment.isoformat()}"
    if hasattr(value, "dts"):  # RDATE/EXDATE lists
        return ",".join(_meaning(name, one) for one in value.dts)
    if isinstance(value, icalendar.vBinary):
        digest = hashlib.sha256(base64.b64decode(value.to_ical(), validate=False)).hexdigest()
        return f"{name}:sha256={digest}"
    if isinstance(value, icalendar.vCategory):
        return ",".join(f"{name}:{str(c)}" for c in sorted(value.cats))
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    if name == "URL" or name == "ATTACH":
        scheme, colon, rest = text.partition(":")
        text = f"{scheme.lower()}{colon}{rest}" if colon else text
    if name in ("STATUS", "ACTION"):
        text = text.upper()
    return f"{name}:{text}"


def _legacy(name: str, value: Any) -> str:
    """The form the hash took before issue 15 (parameters included), so that reminders written
    then still read as unedited; URL is taken with the `VALUE=URI` followup always wrote, which
    Cyrus drops."""
    params = dict(getattr(value, "params", {}))
    moment = getattr(value, "dt", None)
    if name == "TRIGGER" and isinstance(moment, timedelta):
        return f"{name}:{int(moment.total_seconds())}s;{params.get('RELATED', 'START')}"
    if isinstance(moment, datetime) and moment.utcoffset() is not None:
        return f"{name}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    text = value.to_ical() if hasattr(value, "to_ical") else str(value)
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if name == "URL":
        params = {"VALUE": "URI"}
    shown = ";".join(f"{k.upper()}={params[k]}" for k in sorted(params, key=str.upper))
    return f"{name};{shown}:{text}"


def _digest(event: icalendar.cal.Component, form: Callable[[str, Any], str]) -> str:
    lines: list[str] = []
    names = [*_HASHED]
    names += sorted(
        k for k in event if k.upper().startswith("X-FOLLOWUP-") and k.upper() != HASH_PROPERTY
    )
    for name in names:
        lines += sorted(form(name.upper(), v) for v in _values(event, name))
    alarms = [
        "|".join(form(n, v) for n in _HASHED_ALARM for v in _values(alarm, n))
        for alarm in event.subcomponents
        if alarm.name == "VALARM" and "RELATED-TO" not in alarm
    ]
    lines += [f"VALARM:{a}" for a in sorted(alarms)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:32]


def content_hash(event: icalendar.cal.Component) -> str:
    """SHA-256 (32 hex digits) of what the content followup owns means (`_meaning`); not
    DTSTAMP, SEQUENCE, LAST-MODIFIED, CREATED, the hash, or any property a server or client adds
    (X-APPLE-*, X-MOZ-*, ...). Alarms a client adds for snoozing (RFC 9074 4: with RELATED-TO)
    and ACKNOWLEDGED stamps are not edits either."""
    return _digest(event, _meaning)


def is_edited(event: icalendar.cal.Component) -> bool:
    """Someone changed what followup wrote into this reminder: what it says now is not what its
    X-FOLLOWUP-HASH recorded (in today's form, or the form of reminders written before it)."""
    stored = str(event.get(HASH_PROPERTY, ""))
    return stored not in (content_hash(event), _digest(event, _legacy))


def is_followup_reminder(component: icalendar.cal.Component) -> bool:
    """A reminder followup wrote: X-FOLLOWUP-STAGE and a UID of our scheme (safety promise 1)."""
    uid = component.get("UID")
    return (
        "X-FOLLOWUP-STAGE" in component
        and uid is not None
        and UID_PATTERN.fullmatch(str(uid)) is not None
    )


# --- the calendar ----------------------------------------------------------------------------


def _start_key(event: icalendar.cal.Component) -> tuple[str, str]:
    """(DTSTART as a UTC instant, UID): the order reminders are written in."""
    start = event.get("DTSTART")
    moment = getattr(start, "dt", None)
    if isinstance(moment, datetime):
        if moment.utcoffset() is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        when = moment.isoformat()
    elif isinstance(moment, date):
        when = datetime.combine(moment, datetime.min.time()).isoformat()
    else:
        when = ""
    return (when, str(event.get("UID", "")))


@functools.lru_cache(maxsize=64)
def _vtimezone(tzid: str) -> icalendar.cal.Component | None:
    """The VTIMEZONE icalendar makes for a zone, made once per process (it costs ~10 ms each).

    Never mutated after it is made, so one object can sit in every calendar built.
    """
    probe = icalendar.Calendar()
    event = icalendar.Event()
    try:
        event.add("DTSTART", datetime(2000, 1, 1, tzinfo=ZoneInfo(tzid)))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    probe.add_component(event)
    probe.add_missing_timezones()
    zones = [c for c in probe.subcomponents if c.name == "VTIMEZONE"]
    return zones[0] if len(zones) == 1 else None


def build_calendar(
    events: Iterable[icalendar.cal.Component], *, name: str = "Follow-ups"
) -> icalendar.Calendar:
    """A VCALENDAR of the reminders, sorted, with a VTIMEZONE for every TZID used.

    RFC 5545 3.6.5: each TZID referenced has its VTIMEZONE. add_missing_timezones() inserts them
    in set order, so they are re-sorted by TZID for byte-identical output on every run.
    """
    calendar = icalendar.Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("X-WR-CALNAME", one_line(name))
    for event in sorted(events, key=_start_key):
        calendar.add_component(event)
    for tzid in sorted(calendar.get_used_tzids()):
        zone = _vtimezone(tzid)
        if zone is not None:
            calendar.add_component(zone)
    calendar.add_missing_timezones()  # anything the cache could not make
    zones = sorted(
        (c for c in calendar.subcomponents if c.name == "VTIMEZONE"), key=lambda z: str(z["TZID"])
    )
    others = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    calendar.subcomponents[:] = [*zones, *others]
    return calendar
