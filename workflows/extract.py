"""One calendar event occurrence -> an Interview: times, company, role, people, reply-by, status.

design.md "Contract: reading the calendar": explicit description lines (`Company:`, `Role:`,
`Interviewers:`, `Contact:`, `Reply by:`, `Status:`) win over guesses from the summary, the
attendees and the organizer. Pure: the event is already parsed and expanded by the caller.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from email.utils import getaddresses
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.error import BrokenCalendarProperty

from .calendar_time import first_instant, shift
from .event_checks import as_list
from .model import Candidate, EventError, EventProblem, Interview, Person
from .replyby import parse_reply_by

# -- summary ----------------------------------------------------------------------------------

#: Interview-kind words ("Final round", "Phone screen #2"): a run of them names no company or role.
_KIND = re.compile(
    r"interview(?:s|ing)?|phone|screen(?:ing)?|call|tech(?:nical)?|on-?site|final|round|hiring"
    r"|hiring-manager|system-design|take-home|video|virtual|zoom|remote|panel|loop|recruiter|hr"
    r"|chat|intro(?:ductory)?|initial|behaviou?ral|coding|first|second|third|1st|2nd|3rd|meeting"
    r"|job|\d+"
)
_KIND_CORE = re.compile(
    r"interview(?:s|ing)?|screen(?:ing)?|call|on-?site|round|panel|loop|chat|meeting|hiring-manager"
)
_KIND_PAIR = re.compile(r"\b(?:hiring\s+manager|system\s+design|on\s+site|take\s+home)\b", re.I)
_ROLE = re.compile(
    r"\b(?:engineers?|developer|dev|designer|analyst|scientist|architect|manager|director|lead"
    r"|intern(?:ship)?|consultant|specialist|admin(?:istrator)?|researcher|programmer|head|vp"
    r"|officer|associate|coordinator|writer|technician|tester|owner|sre|swe|sde|sdet|pm|tpm|em|qa"
    r"|devops|cto|ceo|cfo|coo|executive|representative|strategist|editor|accountant|principal"
    r"|senior|sr|junior|jr|full-?stack|frontend|backend|position|role)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[-–—|]+\s+|[|:–—]")
_PEOPLE = re.compile(r"\s/\s|<>")  # "Alex / Jane": a pairing of people, not a company
_LABELS = {"at": 0, "@": 0, "with": 2, "for": 3}  # lower ranks are surer company guesses
_EDGE_WORDS = frozenset({"the", "a", "an", "team", "role", "position", "opening", "job"})
_MAX_SUMMARY = 300  # summaries are short; the cap keeps fuzzed input fast
_MAX_FIELD = 100  # a company, role or name longer than this is hostile or broken: cut
#: More people than this is a mass invite (an all-hands, a job fair), not an interview panel: no
#: thank-you to each of them (a hostile invite with 10,000 attendees must not make 10,000).
MAX_INTERVIEWERS = 25


def _word(token: str) -> str:
    return token.lower().strip(".,;:!?'\"#")


def _kind_mask(words: list[str]) -> list[bool]:
    """Marks the words of interview-kind runs ("Onsite interview"); a run needs a core word."""
    kind = [bool(_KIND.fullmatch(w)) for w in words]
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and kind[end]:
            end += 1
        if not any(_KIND_CORE.fullmatch(w) for w in words[start:end]):
            kind[start:end] = [False] * (end - start)
        start = end + 1
    return kind


def _parts(piece: str) -> Iterable[tuple[str | None, str]]:
    """(label, text) parts of a piece outside kind runs: "at Globex for Data Engineer"."""
    tokens = _KIND_PAIR.sub(lambda m: "-".join(m[0].split()), piece).split()
    label: str | None = None
    words: list[str] = []
    mask = _kind_mask([_word(t) for t in tokens])
    for token, is_kind in [*zip(tokens, mask, strict=True), ("", True)]:
        if is_kind or token.lower() in _LABELS:
            while words and _word(words[0]) in _EDGE_WORDS:
                words.pop(0)
            while words and _word(words[-1]) in _EDGE_WORDS:
                words.pop()
            text = " ".join(words).strip(".,;:!?'\"")
            if text:
                yield label, text
            label, words = (token.lower() if not is_kind else None), []
        else:
            words.append(token)


def summary_candidates(summary: str) -> tuple[list[str], list[str]]:
    """(companies, roles) guessed from a SUMMARY, surest company first."""
    text = " ".join(str(summary)[:_MAX_SUMMARY].split())
    ranked: list[tuple[int, int, str]] = []
    roles: list[str] = []
    for match in re.finditer(r"\(([^()]*)\)|\[([^\[\]]*)\]|([^()\[\]]+)", text):
        in_brackets = match[3] is None
        for piece in _SEPARATOR.split(match[1] or match[2] or match[3] or ""):
            if _PEOPLE.search(piece):
                continue
            for label, part in _parts(piece):
                if (label is None or label in ("with", "for")) and _ROLE.search(part):
                    roles.append(part)
                else:
                    rank = _LABELS.get(label or "", 1 if in_brackets else 4)
                    ranked.append((rank, len(ranked), part))
    return [part for _, _, part in sorted(ranked)], roles


def parse_summary(summary: str) -> tuple[str, str]:
    """(company, role) from a SUMMARY, "" when unknown: design.md "Interview with Acme - Backend
    Engineer", "Acme phone screen (SRE)", "Onsite interview: SRE @ Acme". Never raises."""
    companies, roles = summary_candidates(summary)
    return next(iter(companies), ""), next(iter(roles), "")


# -- description lines ------------------------------------------------------------------------

_FIELD = re.compile(
    r"^[ \t\-*•>]*(company|role|interviewers?|contact|reply[ \t-]*by|status)[ \t]*:(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_BLOCK_TAG = re.compile(r"<[ \t]*/?[ \t]*(?:br|p|div|li|tr|ul|ol|h[1-6]|table)\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>", re.IGNORECASE)  # not "<jane@x.com>"


def description_fields(description: str) -> dict[str, str]:
    """The `Key: value` lines of a DESCRIPTION, keys normalised ("reply by"); the first one wins.

    Google sends HTML (`<br>`, `<b>`, `&lt;`) and Meet boilerplate around the lines: block tags
    become line breaks, other tags go, entities are decoded; "Jane <jane@x>" is no tag and stays.
    """
    text = _BLOCK_TAG.sub("\n", description.replace("\\n", "\n"))
    text = html.unescape(_TAG.sub("", text))
    fields: dict[str, str] = {}
    for match in _FIELD.finditer(text):
        key = " ".join(re.split(r"[\s-]+", match[1].lower()))
        key = "interviewers" if key.startswith("interviewer") else key
        value = match[2].strip()  # strip() not a lazy regex: "\s*$" is quadratic on blanks
        if value and key not in fields:
            fields[key] = value
    return fields


# -- people -----------------------------------------------------------------------------------

_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})  # RFC 5545 3.2.3 CUTYPE values
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|noreply)\b")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
#: Mail domains that say nothing about the employer: free mail, calendar and scheduling services.
_NOT_COMPANY_DOMAIN = re.compile(
    r"(?:^|\.)(?:g(?:oogle)?mail\.com|outlook\.com|hotmail\.com|live\.com|msn\.com|icloud\.com"
    r"|me\.com|mac\.com|yahoo\.com|aol\.com|proton(?:mail)?\.(?:me|com)|gmx\.(?:com|de|net)"
    r"|fastmail\.com|calendar\.google\.com|calendly\.com|greenhouse\.io|lever\.co|goodtime\.io"
    r"|ashbyhq\.com|myworkday\.com)$"
)
_SERVICE_DOMAIN = re.compile(r"(?:^|\.)calendar\.google\.com$")  # resource./group. addresses
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"})


def _one_line(value: object, limit: int = _MAX_FIELD) -> str:
    """Event text on one line, at most `limit` characters: control characters (CR, LF, terminal
    escapes) become spaces; anyone can send an invite, so its text is cut to a sane length."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(value)[: limit * 4]).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _email(value: object) -> str:
    """RFC 5545 CAL-ADDRESS without its `mailto:` (any case), lower-cased."""
    text = str(value).strip()
    email = (text[7:] if text[:7].lower() == "mailto:" else text).strip().lower()
    return "" if any(c.isspace() or not c.isprintable() for c in email) else email


def _name(raw: object, email: str = "") -> str:
    """A display name, unquoted; Outlook's "Doe, Jane" as "Jane Doe"; "" when it is the address."""
    name = _one_line(raw or "").strip("\"'").strip()
    last, comma, first = name.partition(",")
    suffix = first.strip().lower().rstrip(".") in _NAME_SUFFIXES
    if comma and first.strip() and "," not in first and not suffix:
        name = f"{first.strip()} {last.strip()}"
    return "" if name.lower() == email else name


def _is_person_email(email: str, candidate_email: str) -> bool:
    local_part, at, domain = email.rpartition("@")
    return bool(at and local_part and domain) and not (
        email == candidate_email or _SERVICE_DOMAIN.search(domain) or _NO_REPLY.match(email)
    )


def _person(prop: Any, candidate_email: str) -> Person | None:
    """An ATTENDEE/ORGANIZER who is a person (CUTYPE not ROOM/RESOURCE/GROUP), not the candidate."""
    params = getattr(prop, "params", {})
    if str(params.get("CUTYPE", "INDIVIDUAL")).upper() in _NOT_PEOPLE:
        return None
    email = _email(prop)
    if not _is_person_email(email, candidate_email):
        return None
    return Person(_name(params.get("CN", ""), email), email)


def _people_line(value: str, candidate_email: str) -> list[Person]:
    """`Name <mail>, "Doe, Jane" <jane@x>` (email.utils.getaddresses); names alone are kept too."""
    value = _one_line(value, 10_000)  # a CR inside quotes makes getaddresses drop the real address
    if "@" not in value:
        names = (_name(n) for n in re.split(r"[;,&]|\band\b", value))
        return [Person(n, "") for n in names if n]
    people = []
    for raw_name, raw_email in getaddresses([value.replace(";", ",")]):
        email = _email(raw_email)
        if "@" in email and email != candidate_email:
            people.append(Person(_name(raw_name, email), email))
    return people


def _unique(people: Iterable[Person | None]) -> tuple[Person, ...]:
    """design.md: one interviewer per address (by name when there is none), first seen first."""
    found: dict[str, Person] = {}
    for person in people:
        if person:
            found.setdefault(person.email or person.name.lower(), person)
    return tuple(found.values())


def company_from_domain(email: str, candidate_email: str = "") -> str:
    """ "jane@mail.acme-corp.co.uk" -> "Acme Corp": the label before the public suffix, title-cased.

    "" for free-mail, calendar and scheduling domains and for the candidate's own domain.
    """
    domain = email.rpartition("@")[2].strip().strip(".").lower()
    own = candidate_email.rpartition("@")[2].lower()
    if (
        not domain
        or _NOT_COMPANY_DOMAIN.search(domain)
        or (own and (domain == own or domain.endswith("." + own)))
    ):
        return ""
    labels = domain.split(".")
    labels = labels[:-2] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[:-1]
    words = re.split(r"[-_]+", labels[-1]) if labels else []
    return " ".join(w.capitalize() for w in words if w)


# -- status -----------------------------------------------------------------------------------

_CANCELLED = re.compile(r"\bcancell?ed\b")
_WITHDRAWN = re.compile(r"\bwithdr(?:awn|ew|aw)\b")
_REPLIED = re.compile(
    r"\b(?:repl(?:y|ied)|answered|heard back|offer(?:ed)?|reject(?:ed|ion)|declined)\b"
)
_WAITING = re.compile(r"\b(?:no|not|awaiting|waiting|pending|yet)\b")


def _status_word(text: str) -> str | None:
    """ "Rejected" -> "replied"; "waiting for a reply" is no reply (None)."""
    text = text.lower()
    if _CANCELLED.search(text):
        return "cancelled"
    if _WITHDRAWN.search(text):
        return "withdrawn"
    if _REPLIED.search(text) and not _WAITING.search(text):
        return "replied"
    return None


def _status(event: icalendar.Event, line: str, categories: Iterable[str]) -> str:
    """design.md: a Status: line or category stops the chain; RFC 5545 3.8.1.11 STATUS:CANCELLED."""
    if str(event.get("STATUS", "")).strip().upper() == "CANCELLED":
        return "cancelled"
    return next((s for t in (line, *categories) if (s := _status_word(t))), "active")


def event_categories(event: icalendar.Component) -> tuple[str, ...]:
    """Every CATEGORIES value of the component (the property may repeat), as plain strings."""
    values = as_list(event.get("CATEGORIES"))
    return tuple(str(c) for v in values for c in getattr(v, "cats", [v]))


# -- time -------------------------------------------------------------------------------------

Problem = Callable[[str], EventError]


def _value(event: icalendar.Event, name: str, problem: Problem) -> tuple[Any, Any] | None:
    """(property, value) of a date/time property, None when absent; broken values are problems."""
    prop = event.get(name)
    if prop is None:
        return None
    try:
        return prop, prop.dt
    except (BrokenCalendarProperty, AttributeError, ValueError) as error:
        raise problem(f"{name} is not a valid value: {error}") from None


def _local(prop: Any, value: Any, name: str, tz: tzinfo, problem: Problem) -> datetime:
    """A DTSTART/DTEND value as an aware datetime in the candidate's zone.

    RFC 5545 3.3.5: a floating time is local time, here the candidate's; a DATE starts at 00:00.
    A TZID that nothing resolved leaves icalendar with a naive datetime: reported, not guessed.
    """
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(tz)
        tzid = getattr(prop, "params", {}).get("TZID")
        if tzid:
            raise problem(f"{name} has an unknown time zone '{tzid}'")
        return first_instant(value.date(), value.time(), tz)
    if isinstance(value, date):
        return first_instant(value, time(), tz)
    raise problem(f"{name} is not a date or date-time: {value!r}")


def _times(event: icalendar.Event, tz: tzinfo, problem: Problem) -> tuple[datetime, datetime]:
    """(start, end): end from DTEND, else DURATION, else one hour (all-day: one day) after start."""
    for name, message in getattr(event, "errors", ()):
        if str(name).upper() in {"DTSTART", "DTEND", "DURATION"}:
            raise problem(f"{name} is not a valid value: {message}")
    found = _value(event, "DTSTART", problem)
    if found is None:
        raise problem("no DTSTART")
    start_prop, start_value = found
    start = _local(start_prop, start_value, "DTSTART", tz, problem)
    all_day = not isinstance(start_value, datetime)
    if (dtend := _value(event, "DTEND", problem)) is not None:
        end = _local(*dtend, "DTEND", tz, problem)
    else:
        duration = _value(event, "DURATION", problem)
        length = duration[1] if duration else timedelta(days=1) if all_day else timedelta(hours=1)
        if not isinstance(length, timedelta):
            raise problem(f"DURATION is not a duration: {length!r}")
        if all_day:
            end = first_instant(start_value + timedelta(days=length.days), time(), tz)
        else:
            end = shift(start, length)  # RFC 5545 3.3.6: days are nominal, the rest exact
    if end < start:
        raise problem(f"DTEND {end.isoformat()} is before DTSTART {start.isoformat()}")
    return start, end


# -- the interview ----------------------------------------------------------------------------


def extract_interview(
    event: icalendar.Event,
    candidate: Candidate,
    *,
    source: str = "",
) -> Interview:
    """One occurrence (expanded by recurring-ical-events) as an Interview in the candidate's zone.

    The occurrence carries a RECURRENCE-ID iff it belongs to a series (occurrences.expand drops
    the one recurring-ical-events adds to single events); it becomes `recurrence_id` as given.
    Raises EventError for an event that cannot be used: no or broken DTSTART, DTEND before
    DTSTART, a TZID that nothing resolved.
    """
    uid = str(event.get("UID", "")).strip()
    summary = _one_line(event.get("SUMMARY", ""), _MAX_SUMMARY)

    def problem(text: str) -> EventError:
        return EventError(EventProblem(uid, summary, text, source))

    tz = ZoneInfo(candidate.timezone)
    start, end = _times(event, tz, problem)
    recurrence_id = None
    if (rid := _value(event, "RECURRENCE-ID", problem)) is not None:
        recurrence_id = rid[1].isoformat()

    me = candidate.email.strip().lower()
    fields = description_fields(str(event.get("DESCRIPTION", "")))
    organizer = _person(event.get("ORGANIZER"), me) if event.get("ORGANIZER") else None
    if "interviewers" in fields:
        interviewers = _unique(_people_line(fields["interviewers"], me))
    else:
        attendees = (_person(a, me) for a in as_list(event.get("ATTENDEE")))
        interviewers = _unique([*attendees, organizer])
    if len(interviewers) > MAX_INTERVIEWERS:
        interviewers = ()
    contact_line = _people_line(fields.get("contact", ""), me)
    contact = next(iter(contact_line), None) or organizer or next(iter(interviewers), None)

    names = {p.name.lower() for p in (*interviewers, contact) if p and p.name}
    companies, roles = summary_candidates(summary)
    domains = (company_from_domain(p.email, me) for p in (organizer, *interviewers) if p)
    guesses = (*(c for c in companies if c.lower() not in names), *domains)
    company = _one_line(fields.get("company") or next((c for c in guesses if c), ""))
    role = _one_line(fields.get("role") or next(iter(roles), ""))

    reply_by = parse_reply_by(fields.get("reply by", ""), start.date())
    status = _status(event, fields.get("status", ""), event_categories(event))
    return Interview(
        uid=uid,
        recurrence_id=recurrence_id,
        summary=summary,
        company=company,
        role=role,
        start=start,
        end=end,
        reply_by=reply_by,
        status=status,
        interviewers=interviewers,
        contact=contact,
    )
