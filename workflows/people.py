"""Who interviewed, who is the contact: the people of an invite, never a robot or the candidate.

design.md "reading the calendar", Interviewers: people only. An `Interviewers:` line wins (names
without an address are matched to the attendees of that name and keep their address; "A/B" and
"A and B" are two people); else the ATTENDEEs and the ORGANIZER that are people. Never the
candidate (any of their addresses, or their name), CUTYPE=ROOM/RESOURCE/GROUP, a declined
attendee, a robot, relay, recruiting system or shared mailbox (senders.robot_reason). A
`Recruiter:` or `Coordinator:` line names who scheduled it: the contact, not an interviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import getaddresses
from typing import Any

from .event_checks import as_list
from .model import HONORIFICS, Candidate, Person
from .senders import robot_reason

_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})  # RFC 5545 3.2.3 CUTYPE values
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
_MAX_FIELD = 100  # a name longer than this is hostile or broken: cut
#: More people than this is a mass invite (an all-hands, a job fair), not an interview panel: no
#: thank-you to each of them (a hostile invite with 10,000 attendees must not make 10,000).
MAX_INTERVIEWERS = 25
#: Between the people of a names-only line: "Jane Doe/Raj Patel", "Jane and Raj", "Jane & Raj",
#: and "and" in the languages of the invites seen (not a one-letter word: "Jane A. Doe").
_NAME_SPLIT = re.compile(
    r"\s*(?:[;,&/+]|\b(?:and|und|et|e|y|og|och|ja|és|ve|en)\b|\s-\s)\s*", re.IGNORECASE
)
_NOT_NAME = re.compile(r"[\d@:]")
#: The end of a sentence, not of "Dr." or "J.": a line may run on ("Hannah. She said ...").
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<=\w\w)[.!?](?:\s|$)"
)
#: Words of a job title, not of a name: "Dr. Maya Fernandes, Principal Scientist" is one person.
_TITLE_WORDS = re.compile(
    r"\b(?:principal|senior|staff|lead|head|chief|director|manager|engineer|scientist|analyst"
    r"|recruiter|coordinator|partner|officer|president|vp|founder|cto|ceo|hr|team|department"
    r"|specialist|consultant|architect|developer|designer|associate|intern|supervisor)\b",
    re.IGNORECASE,
)
#: A party who signs the invite as its scheduler: "Emily Carter | Recruiting Coordinator".
_SCHEDULER_TITLE = (
    r"[ \t]*(?:[|,\-–—(]|\n)[ \t]*(?:senior[ \t]+|sr\.?[ \t]+|lead[ \t]+)?(?:technical[ \t]+)?"
    r"(?:recruit(?:ing|ment)[ \t]+coordinator|recruiter|talent[ \t]+(?:acquisition|partner)"
    r"|sourcer|(?:interview[ \t]+)?coordinator|scheduler|hr[ \t]+(?:business[ \t]+)?partner)"
)
#: A job title after a name ("Jane Doe (Engineering Manager)"): not part of the name.
_AFTER_NAME = re.compile(
    r"\s*[(\[].*$|\s+[-–—|:]\s.*$"
    r"|\s+(?:팀장|책임|선임|수석|과장|부장|차장|대리|이사|매니저|님)$"  # Korean: "박준혁 팀장"
)


def one_line(value: object, limit: int = _MAX_FIELD) -> str:
    """Event text on one line, at most `limit` characters: control characters (CR, LF, terminal
    escapes) become spaces; anyone can send an invite, so its text is cut to a sane length."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(value)[: limit * 4]).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cal_address(value: object) -> str:
    """RFC 5545 CAL-ADDRESS without its `mailto:` (any case), lower-cased."""
    text = str(value).strip()
    email = (text[7:] if text[:7].lower() == "mailto:" else text).strip().lower()
    if len(email) > 254:  # RFC 5321 4.5.3.1.3: no path is longer; a longer one is hostile
        return ""
    return "" if any(c.isspace() or not c.isprintable() for c in email) else email


def display_name(raw: object, email: str = "") -> str:
    """A display name, unquoted; Outlook's "Doe, Jane" as "Jane Doe"; "" when it is the address."""
    name = one_line(raw or "").strip("\"'").strip()
    last, comma, first = name.partition(",")
    suffix = first.strip().lower().rstrip(".") in _NAME_SUFFIXES
    if comma and first.strip() and "," not in first and not suffix:
        name = f"{first.strip()} {last.strip()}"
    return "" if name.lower() == email or "@" in name else name


def name_key(name: str) -> str:
    """A name compared loosely: case, punctuation and word order ignored ("Doe, Jane")."""
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    return " ".join(sorted(w for w in words if w not in HONORIFICS))


@dataclass(frozen=True)
class Party:
    """An ATTENDEE or the ORGANIZER as the invite gives it, before deciding who is a person."""

    person: Person
    cutype: str = "INDIVIDUAL"
    partstat: str = ""
    organizer: bool = False

    def why_not(self, candidate: Candidate) -> str:
        """Why this party gets no follow-up; "" for an interviewer."""
        if self.cutype in _NOT_PEOPLE:
            return f"CUTYPE={self.cutype}"
        if self.person.email in candidate.emails or _is_candidate_name(self.person, candidate):
            return "the candidate"
        if self.partstat == "DECLINED":
            return "declined"
        return robot_reason(self.person.email, self.person.name)


def _is_candidate_name(person: Person, candidate: Candidate) -> bool:
    return bool(candidate.name.strip()) and name_key(person.name) == name_key(candidate.name)


def _party(prop: Any, organizer: bool) -> Party:
    params = getattr(prop, "params", {})
    email = cal_address(prop)
    return Party(
        Person(display_name(params.get("CN", ""), email), email),
        str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
        str(params.get("PARTSTAT", "")).upper(),
        organizer,
    )


def parties(event: Any) -> list[Party]:
    """The ORGANIZER (first, when there is one) and every ATTENDEE with an address."""
    found = [_party(event["ORGANIZER"], True)] if event.get("ORGANIZER") is not None else []
    found += [_party(a, False) for a in as_list(event.get("ATTENDEE"))]
    return [p for p in found if p.person.email]  # an address that is none (hostile, empty)


def people_line(value: str) -> list[Person]:
    """`Name <mail>, "Doe, Jane" <jane@x>` (email.utils.getaddresses), or names alone."""
    value = one_line(value, 10_000)  # a CR inside quotes makes getaddresses drop the real address
    if "@" not in value:
        value = _SENTENCE_END.split(value)[0]  # "Recruiter: Hannah. She said ..."
        names = (
            _without_title(display_name(_AFTER_NAME.sub("", n))) for n in _NAME_SPLIT.split(value)
        )
        return [Person(n, "") for n in names if n and _could_be_a_name(n)]
    people = []
    for raw_name, raw_email in getaddresses([value.replace(";", ",")]):
        email = cal_address(raw_email)
        if "@" in email:
            people.append(Person(display_name(raw_name, email), email))
    return people


def _unique(people: Iterable[Person]) -> tuple[Person, ...]:
    """design.md: one interviewer per address (by name when there is none), first seen first."""
    found: dict[str, Person] = {}
    for person in people:
        found.setdefault(person.email or name_key(person.name), person)
    return tuple(found.values())


@dataclass(frozen=True)
class People:
    interviewers: tuple[Person, ...]
    contact: Person | None
    invite_from: str  # the address the invite came from, robot or not ("" unknown)


def find_people(
    event: Any, fields: Mapping[str, str], candidate: Candidate, description: str = ""
) -> People:
    """The interviewers and the contact of one event (see the module doc)."""
    everyone = parties(event)
    real = [p.person for p in everyone if not p.why_not(candidate)]
    known = {name_key(p.name): p for p in real if p.name}
    barred = {name_key(p.person.name) for p in everyone if p.person.name and p.why_not(candidate)}

    def matched(people: Iterable[Person]) -> list[Person]:
        """People of a line, names alone given the address of the attendee of that name; a
        name of a declined attendee or a robot stays out."""
        out = []
        for person in people:
            if not person.email:
                if name_key(person.name) in barred - known.keys():
                    continue
                person = known.get(name_key(person.name)) or _by_first_name(person, real)
            if not Party(person).why_not(candidate):
                out.append(person)
        return out

    organizer = next((p.person for p in everyone if p.organizer and not p.why_not(candidate)), None)
    scheduler = matched(people_line(fields.get("recruiter", "")))
    lines = len(scheduler)  # from Recruiter:/Coordinator: lines; the signed ones follow
    signed = [p for p in real[: MAX_INTERVIEWERS + 1] if p.name]
    scheduler += [p for p in signed if _signs_as_scheduler(p.name, description[:20_000])]
    if "interviewers" in fields:
        interviewers = _unique(matched(people_line(fields["interviewers"])))
    else:
        others = {p.email for p in scheduler}
        attendees = [p for p in real if p.email not in others]
        interviewers = _unique(attendees if attendees else real)
    if len(interviewers) > MAX_INTERVIEWERS:
        interviewers = ()
    contact_line = matched(people_line(fields.get("contact", "")))
    # design.md: the Contact: line (Recruiter:, Coordinator:), else the organizer if a person,
    # else who signs as the scheduler, else the first interviewer
    contact = next(iter(contact_line + scheduler[:lines]), None) or organizer
    contact = contact or next(iter(scheduler + list(interviewers)), None)
    sender = next(
        (
            p.person.email
            for p in everyone
            if p.organizer and p.why_not(candidate) != "the candidate"
        ),
        "",
    )
    if not sender:
        sender = next(
            (p.person.email for p in everyone if p.why_not(candidate) != "the candidate"), ""
        )
    return People(interviewers, contact, sender)


def _by_first_name(person: Person, real: list[Person]) -> Person:
    """ "Interviewer: Jane" and exactly one attendee named Jane: that attendee; else as given."""
    key = name_key(person.name)
    hits = [p for p in real if p.first_name and name_key(p.first_name) == key]
    return hits[0] if len(hits) == 1 else person


def _without_title(name: str) -> str:
    """ "Dr Helen Aberdeen" -> "Helen Aberdeen": a line's names as the attendees carry them."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def _could_be_a_name(text: str) -> bool:
    return len(text.split()) <= 4 and not _NOT_NAME.search(text) and not _TITLE_WORDS.search(text)


_MEETS = (
    r"\b(?:meet(?:ing)?(?:\s+with)?|(?:speak(?:ing)?|interview(?:ing)?|talk(?:ing)?|chat(?:ting)?)"
    r"\s+with)\s+(?:[^.\n]{0,80}?\b)?"
)


def _signs_as_scheduler(name: str, description: str) -> bool:
    """The description names this person as the recruiter or coordinator who scheduled it, and
    not as someone the candidate meets ("you will be meeting with Harper Quinn (Talent
    Partner) and Sam")."""
    words = r"[ \t]+".join(map(re.escape, name.split()))
    if re.search(_MEETS + words, description, re.IGNORECASE):
        return False
    first = re.escape(name.split()[0])  # "Ayla (recruiting coordinator) will meet you"
    signs = rf"(?:{words}|{first}(?=[ \t]*\())" + _SCHEDULER_TITLE
    return re.search(signs, description, re.IGNORECASE) is not None
