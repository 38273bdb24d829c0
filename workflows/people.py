"""Who interviewed, who is the contact: the people of an invite, never a robot or the candidate.

design.md "reading the calendar", Interviewers: people only. An `Interviewers:` line wins (names
without an address are matched to the attendees of that name and keep their address; "A/B" and
"A and B" are two people); else the ATTENDEEs and the ORGANIZER that are people. Never the
candidate (any of their addresses, or their name), CUTYPE=ROOM/RESOURCE/GROUP, a declined
attendee, a robot, relay, recruiting system or shared mailbox (senders.robot_reason). A
`Recruiter:` or `Coordinator:` line names who scheduled it: the contact, not an interviewer.
How real invites write the names (titles, degrees, brackets, bilingual lines, relays, stand-ins,
agendas): docs/design.md, "Where followup reads beyond this contract".
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from email.utils import getaddresses
from typing import Any

from .event_checks import as_list
from .model import (
    CHINESE_SURNAMES,
    CJK,
    COMPANY_SUFFIXES,
    NAME_ABBREVIATIONS,
    ORG_KINDS,
    ORGANISATION_END,
    Candidate,
    Person,
    is_honorific,
    spelled_out,
    word_set,
)
from .senders import company_from_domain, robot_reason
from .titles import is_job_title, names_a_unit, squash

_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})  # RFC 5545 3.2.3 CUTYPE values
#: The text saying that whoever sent it reads no reply: a chat assistant with a person's name
#: ("Ruby is an automated assistant"), a system's footer ("this mailbox is not monitored").
_AUTOMATED = re.compile(
    r"\b(?:(?:this|the)[ \t]+(?:mailbox|inbox|e-?mail[ \t]+address)[ \t]+is[ \t]+not[ \t]+monitored"
    r"|is[ \t]+an[ \t]+(?:automated|virtual|ai)[ \t]+(?:recruiting[ \t]+)?assistant"
    r"|(?:please[ \t]+)?do[ \t]+not[ \t]+reply[ \t]+to[ \t]+this[ \t]+(?:e-?mail|message|invitation|invite))\b",
    re.IGNORECASE,
)
_OPTIONAL = frozenset({"OPT-PARTICIPANT", "NON-PARTICIPANT"})  # RFC 5545 3.2.16 ROLE values
#: senders.robot_reason's reasons for an address that stands in for a person.
_RELAYS = frozenset({"a relay address", "a recruiting, scheduling or meeting system"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
#: Degrees and licences written after a name: "DeShawn Whitfield-Garza, MSN, RN".
_CREDENTIALS = word_set(
    "phd md do rn msn bsn np dnp pa pharmd bcps rph mba cpa cfa pe pmp jd llm esq dds dvm mph"
    " msc bsc ma ms ba bs meng"
)
_MAX_FIELD = 100  # a name longer than this is hostile or broken: cut
#: More people than this is a mass invite (an all-hands, a job fair), not an interview panel: no
#: thank-you to each of them (a hostile invite with 10,000 attendees must not make 10,000).
MAX_INTERVIEWERS = 25
#: Between the people of a names-only line: "Jane Doe/Raj Patel", "Jane and Raj", "Jane & Raj",
#: and "and" in the languages of the invites seen (not a one-letter word: "Jane A. Doe").
_NAME_SPLIT = re.compile(
    # Polish "i" only written small: not the "I." of "Jane I. Doe"; and its "oraz"
    # Indonesian "dan" and Greek "και" only written small: not the given name "Dan"
    r"\s*(?:[;,&+]|\b(?:and|und|et|e|y|og|och|ja|és|ve|en|oraz)\b|(?<=\s)(?-i:i|dan|και)(?=\s)|\s-\s"
    r"|(?<!\b[asd])/|/(?![lpo]\b))\s*",  # not Malaysia's "a/l", "a/p", "s/o", "d/o": son, daughter of
    re.IGNORECASE,
)
_NAME_SPLIT_KEPT = re.compile(f"({_NAME_SPLIT.pattern})", re.IGNORECASE)
_NOT_NAME = re.compile(r"[\d@:]")
#: A name not given yet: "Interviewers: TBC by the client", "TBD", "to be confirmed".
_PLACEHOLDER = re.compile(
    r"\b(?:tb[acd]|to\s+be\s+(?:confirmed|determined|announced|advised|shared))\b", re.IGNORECASE
)
_OUTSIDE_QUOTES = re.compile(r"[,;](?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")  # a comma not in "Doe, Jane"
#: A word that may end a sentence; `_first_sentence` skips titles ("Ing.") and initials ("J.").
_SENTENCE_END = re.compile(r"(\w+)[)\]]?[.!?](?:\s|$)")
#: A job title in brackets after a name: "Jane Doe (Engineering Manager)", "（部長）".
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
#: A job title after a dash or bar: "Octavio Brennan-Luna — Director, Pharmacy Benefits".
_DASHED_TITLE = re.compile(r"\s+[–—|]\s.*$")
#: Words of a job title, not of a name: "Dr. Maya Fernandes, Principal Scientist" is one person.
_TITLE_WORDS = re.compile(
    r"\b(?:principal|senior|staff|lead|head|chief|director|manager|engineer|scientist|analyst"
    r"|recruiter|coordinator|partner|officer|president|vp|founder|cto|ceo|hr|team|department"
    r"|specialist|consultant|architect|developer|designer|associate|intern|supervisor"
    r"|svp|evp|avp|coo|cfo|cio|cmo|cpo|chro|dgm|agm|cgm|gm"  # a bank's (deputy) GM
    r"|counsel|solicitor|registrar|paralegal|attorney|lawyer|clerk|convenor"
    # Polish and Portuguese: "Kierownik Zespołu QA", "Diretor de Tecnologia"
    r"|kierownik\w*|dyrektor\w*|specjalist\w*|architekt\w*|in(?:ż|z)ynier\w*|lider\w*"
    r"|diretor\w*|gerente|coordenador\w*|superintendente|gestor\w*"
    r"|responsabil\w*|direttor\w*|direttrice|consulente|risorse\s+umane)\b",  # Italian
    re.IGNORECASE,
)
#: A party who signs the invite as its scheduler: "Emily Carter | Recruiting Coordinator".
_SCHEDULER_TITLE = (
    r"[ \t]*(?:[|,\-–—(]|\n)[ \t]*(?:senior[ \t]+|sr\.?[ \t]+|lead[ \t]+)?(?:technical[ \t]+)?"
    r"(?:recruit(?:ing|ment)[ \t]+coordinator|recruiter|talent[ \t]+(?:acquisition|partner)"
    r"|sourcer|(?:(?:interview|people|candidate|hr|talent)[ \t]+)?coordinator|scheduler"
    r"|interview[ \t]+scheduling"  # an RPO's "Arjun Mehta | Interview Scheduling on behalf of"
    r"|research[ \t]+associate"  # a search firm's
    r"|(?:hr|people)[ \t]+(?:business[ \t]+)?partner|executive[ \t]+assistant"
    # a recruitment agency's signature: "Shawna Kidd | Lakes Area Nurse Staffing"
    r"|(?:[^\n]{0,60}\n)?[^\n]{0,60}\b(?:staffing|recruitment|recruiting|executive[ \t]+search)\b)"
)
_HR_TEAM = (
    r"(?:our[ \t]+|the[ \t]+)?(?:hr|human[ \t]+resources|recruiting|recruitment|people"
    r"|talent(?:[ \t]+acquisition)?)(?:[ \t]+team)?\b"
)
#: A job title after a name ("Jane Doe (Engineering Manager)"): not part of the name.
_AFTER_NAME = re.compile(
    r"\s*[(\[].*$|\s+[-–—|:]\s.*$|\s+from\s+(?:our|the|their)\b.*$"  # "... from our team"
    r"|\s+(?:at|in|on)\s+(?:the|our|their|reception)\b.*$"  # "Tamsin Greaves at the lobby"
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
    """A display name, unquoted; Outlook's "Doe, Jane" as "Jane Doe" ("Hofacker, Bernd Dr." as
    "Dr. Bernd Hofacker"); "" when it is the address."""
    name = one_line(raw or "").strip("\"'").strip()
    last, comma, first = name.partition(",")
    # Exchange's "O'Donoghue, Margaret (Eastern Harbour LHD)": the bracket is the organisation
    first = re.sub(r"\s*\([^()]*\)\s*$", "", first) if comma else first
    suffix = first.strip().lower().rstrip(".") in _NAME_SUFFIXES
    # "Fairlea County, VA", "Austin, TX": a place and its state, not "Last, First"
    suffix = suffix or bool(re.fullmatch(r"[A-Z]{2}", first.strip()))
    if comma and first.strip() and "," not in first and not suffix:
        given, family = first.split(), last.split()
        titles = [w for w in given if is_honorific(w)]
        if len([w for w in family if not is_honorific(w)]) == 1:  # "Dr. Weiß, Hannelore"
            titles += [w for w in family if is_honorific(w)]
        name = " ".join([*titles, *(w for w in given + family if w not in titles)])
    return "" if name.lower() == email or "@" in name else _surname_last(name)


def _surname_last(name: str) -> str:
    """French and Polish Outlook's "BAPTISTE-LEMAIRE Hugues": the surname in capitals first, as
    "Hugues Baptiste-Lemaire" ("AJ Smith" stays: two capitals are initials)."""
    words = name.split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps].strip(".-")) >= 3:
        caps += 1
    rest = words[caps:]
    if not caps or not rest or any(w.isupper() for w in rest) or not rest[0][:1].isupper():
        return name
    if robot_reason("", name) or ORGANISATION_END.search(name):
        return name  # "SRMC Talent Acquisition": an organisation's initials, then its team
    return " ".join([*rest, _capitalised_name(" ".join(words[:caps]))])


def name_key(name: str) -> str:
    """A name compared loosely: case, punctuation, titles and word order ignored ("Doe, Jane",
    "Dott.ssa Ginevra Scalabrini")."""
    plain = " ".join(w for w in name.casefold().split() if not is_honorific(w))
    # "Bäuerle" ~ "Baeuerle", "José" ~ "Jose"
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", spelled_out(plain)) if not unicodedata.combining(c)
    )
    return " ".join(sorted(re.sub(r"[^\w\s]", " ", plain).split()))


@dataclass(frozen=True)
class Party:
    """An ATTENDEE or the ORGANIZER as the invite gives it, before deciding who is a person."""

    person: Person
    cutype: str = "INDIVIDUAL"
    partstat: str = ""
    organizer: bool = False
    role: str = "REQ-PARTICIPANT"  # RFC 5545 3.2.16 ROLE; its default
    cn: str = ""  # the CN as written: "OBI, Amaka (AIRE AND WHARFE NHS FOUNDATION TRUST)"
    automated: bool = False  # the invite's text says its sender is a robot (`find_people`)

    def why_not(self, candidate: Candidate) -> str:
        """Why this party gets no follow-up; "" for an interviewer."""
        if self.cutype in _NOT_PEOPLE:
            return f"CUTYPE={self.cutype}"
        if self.automated:
            return "an automated sender, as the invite says"
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
    name = params.get("CN", "")
    if isinstance(name, list):  # CN=Patel, Raj unquoted: icalendar reads a list of two values
        name = ",".join(map(str, name))
    return Party(
        Person(display_name(name, email), email),
        str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
        str(params.get("PARTSTAT", "")).upper(),
        organizer,
        str(params.get("ROLE", "REQ-PARTICIPANT")).upper(),
        str(name)[: _MAX_FIELD * 2],
    )


def parties(event: Any) -> list[Party]:
    """The ORGANIZER (first, when there is one) and every ATTENDEE with an address."""
    found = [_party(event["ORGANIZER"], True)] if event.get("ORGANIZER") is not None else []
    found += [_party(a, False) for a in as_list(event.get("ATTENDEE"))]
    return [p for p in found if p.person.email]  # an address that is none (hostile, empty)


def _another_slot(line: list[Person], named: list[Person]) -> bool:
    """An itinerary's next "Interviewer: Leonie Baptiste" with no addresses anywhere: another
    person, unless it is the same people in another script ("面接官：佐伯 直人" beside
    "Interviewers: Naoto Saeki")."""
    people = [*line, *named]
    return (
        bool(line and named)
        and not any(p.email for p in people)
        and len({bool(CJK.search(p.name)) for p in people}) == 1
        and not {name_key(p.name) for p in line} & {name_key(p.name) for p in named}
    )


_JOB_BEFORE_ADDRESS = re.compile(
    r"(?:(?<=;)|^)([^<>;–—]+?)[ \t]+[–—][ \t]+[^<>;]*?(<[^<>;]+@[^<>;]+>)"
)


_LAST_FIRST_ADDRESS = re.compile(
    r"(^[ \t]*|[,;][ \t]*)([A-Z][\w'’-]+),[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*<"
    r"(?=([^<>@]+)@)"
)


def people_line(value: str) -> list[Person]:
    """`Name <mail>, "Doe, Jane" <jane@x>` (email.utils.getaddresses), or names alone."""
    value = one_line(value, 10_000)  # a CR inside quotes makes getaddresses drop the real address
    if "@" not in value:
        value = _first_sentence(_BRACKETED.sub("", value))  # "Recruiter: Hannah. She said ..."
        names = [
            (i == 0, _without_title(display_name(_AFTER_NAME.sub("", n))))
            for chunk in value.split(";")  # one person per bullet: "A — Director, Unit"
            for i, n in enumerate(_names_of(_title_cut(chunk, ";" in value), ";" in value))
        ]
        # after the first, a part written small is a job title ("M. Hugues Baptiste-Lemaire,
        # Directeur administratif et financier"), not another person, nor one written like a
        # name ("Mariana Solís Ortega, Directora de Logística - EE. UU.") and what abbreviates a
        # place, nor a unit after a title's comma ("Natalia Greaves, Senior Manager, Audit &
        # Assurance")
        return [
            Person(n, "")
            for first, n in names
            if n
            and _could_be_a_name(n)
            and (first or (_capitalised(n) and not is_job_title(n)))
            and not names_a_unit(n)
            and not re.fullmatch(r"[A-Z]{1,2}", n)
        ]
    value = re.sub(r"\(\s*([^\s()]+@[^\s()]+)\s*\)", r"<\1>", value)  # "Jane Doe (jane@x)"
    # "Sandra Olmos – consultora externa, Olmos & Vidal <sandra@x>": her job between name and
    # address, commas and all
    value = _JOB_BEFORE_ADDRESS.sub(r"\1 \2", value)
    # Exchange's "Gupta, Rahul <rahul.gupta@x>" unquoted: one person when the address holds
    # the surname, not "Priya, Rahul <rahul@x>"
    value = _LAST_FIRST_ADDRESS.sub(
        lambda m: f'{m[1]}"{m[2]}, {m[3]}" <' if m[2].lower() in m[4].lower() else m[0], value
    )
    # "Tamati Rāwiri <t@x> – Head of Faculty, Mathematics": the job after the dash is theirs
    value = re.sub(r">[ \t]*[–—][ \t][^;<>]*?(?=,[^,;<>]*<|;|$)", ">", value)
    value = re.sub(r"\s*\([^()@]*\)", "", value)  # and a title in brackets: "(GM, Sohar)"
    people = []
    before = dict(_named_before(value))
    for raw_name, raw_email in getaddresses([value.replace(";", ",")]):
        email = cal_address(raw_email)
        if "@" in email:
            raw_name = re.sub(
                r"^(?:and|&)\s+", "", raw_name.strip(), flags=re.I
            )  # "A <a> and B <b>"
            name = _without_title(display_name(_AFTER_NAME.sub("", raw_name), email))
            if not _could_be_a_name(name):  # "Marcus Delacroix, Deputy Principal (m@x)"
                name = before.get(email, "")
            people.append(Person(name, email))
    # a line getaddresses could not take apart at all: "Alberto Ruiz, director – alberto@x";
    # only then, and only plain addresses (never one inside quotes or carrying "?bcc=")
    if not people:
        people = [Person(name, email) for email, name in before.items() if _PLAIN.fullmatch(email)]
    # and the names given without an address: "Mr. Koen Dijkstra <k@x.example>, Ms. Annelies
    # ter Horst" (getaddresses would make "Ms." of her), "Nasser <n@x> and Rajesh Iyer"
    rest = re.sub(r"(?:\"[^\"]*\"|[^,;<>\"])*<[^<>]*@[^<>]*>", ",", value)
    # ("..., Engineering Manager - Fleet Platform" after an address is that person's title)
    alone = [
        part
        for part in _OUTSIDE_QUOTES.split(rest)
        if "@" not in part and not _TITLE_WORDS.search(part)
    ]
    given = {name_key(p.name) for p in people}
    return people + [p for a in alone for p in people_line(a) if name_key(p.name) not in given]


TEXT_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")


def _with_address_in(text: str, person: Person) -> Person:
    """A person the text names, with the address it gives that is made of their names: "Imogen
    Sturrock (Talent Partner ...), imogen.sturrock@forthvalleyenergy.example"."""
    if person.email:
        return person
    words = {squash(w) for w in person.name.split()}
    for match in TEXT_ADDRESS.finditer(text[:20_000]):
        local = [squash(t) for t in re.split(r"[._-]+", match[0].partition("@")[0]) if t]
        if len(local) >= 2 and set(local) <= words and not robot_reason(match[0], person.name):
            return Person(person.name, match[0].lower().rstrip("."))
    return person


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
    contact_absent: bool = False  # the invite says the contact is not in the interview


def find_people(
    event: Any, fields: Mapping[str, str], candidate: Candidate, description: str = ""
) -> People:
    """The interviewers and the contact of one event (see the module doc)."""
    text = description[:20_000]
    everyone = parties(event)
    if _AUTOMATED.search(text):  # "Ruby is an automated assistant; this mailbox is not monitored"
        everyone = [replace(p, automated=True) if p.organizer else p for p in everyone]
    roster = _Roster(everyone, candidate)
    organizer = next(
        (p.person for p in roster.everyone if p.organizer and not p.why_not(candidate)), None
    )
    scheduler = roster.matched(people_line(fields.get("recruiter", "")))
    lines = len(scheduler)  # from Recruiter:/Coordinator: lines; the signed ones follow
    signed = [p for p in roster.real[: MAX_INTERVIEWERS + 1] if p.name]
    scheduler += [p for p in signed if _signs_as_scheduler(p.name, text)]
    away = None  # who says they will not be there
    if organizer and _AND_ME.search(text):
        scheduler = [p for p in scheduler if p != organizer]  # "You'll meet Jane and me."
    elif organizer and _NOT_JOINING.search(text):
        scheduler.append(organizer)  # an agency's "I won't join, but call me straight after!"
        away = organizer
    elif organizer and (fields.get("client") or _CLIENTS.search(text)):
        scheduler.append(organizer)  # the agency consultant who sends the client's interview
        summary = str(event.get("SUMMARY", ""))
        # a title that calls it the client interview, from an agency (not from the client's
        # own domain: "Craftlist client interview" booked with Quillstone's hiring manager)
        client = squash(fields.get("client", ""))
        theirs = bool(client) and client == squash(company_from_domain(organizer.email))
        client_interview = _CLIENT_INTERVIEW.search(summary) and not theirs
        if client_interview or _WITH_THE_CLIENT.search(f"{summary}\n{text}"):
            away = organizer  # and is not in it: "Entrevista com cliente", "client interview"
    # Paradox's "Who: Graham Tse, ...", the candidate's own "With: Eng. Ruth Chebet and ...",
    # a job board's "HR Name: Deepak Sharma" (who will call)
    who = fields.get("who") or fields.get("with") or fields.get("hr name")
    if "interviewers" not in fields and who:
        fields = {**fields, "interviewers": who}
    contact_line = roster.matched(people_line(fields.get("contact", "")))
    if "interviewers" in fields:  # the contact is no stand-in for a panelist who declined
        interviewers = roster.from_lines(fields, [*scheduler, *contact_line], organizer)
    else:
        interviewers = roster.from_attendees(scheduler, text)
    # not even as the last resort when nobody else is known: "I won't be on the call myself"
    interviewers = tuple(p for p in interviewers if p != away)
    if len(interviewers) > MAX_INTERVIEWERS:
        interviewers = ()
    # design.md: the Contact: line (Recruiter:, Coordinator:), else the organizer if a person,
    # else who signs as the scheduler, else the first interviewer
    contact = next(iter(contact_line + scheduler[:lines]), None) or organizer
    contact = contact or next(iter(scheduler + list(interviewers)), None)
    if any(CJK.search(p.name) for p in interviewers):  # only they need the CNs' Latin names
        cns = (str(getattr(a, "params", {}).get("CN", "")) for a in as_list(event.get("ATTENDEE")))
        interviewers = tuple(_in_latin(p, "\n".join([text, *cns])) for p in interviewers)
    interviewers = tuple(_arabic_in_latin(p, text) for p in interviewers)
    # a directory that writes the candidate's own name surname first ("Zięba Mikołaj") writes
    # everyone's so
    turned = " ".join(reversed(candidate.name.split()))
    surname_first = squash(turned) != squash(candidate.name) and any(
        p.person.email in candidate.emails and squash(p.cn) == squash(turned)
        for p in roster.everyone
    )
    interviewers = tuple(_as_the_text_orders(p, text, surname_first) for p in interviewers)
    contact = contact and _as_the_text_orders(contact, text, surname_first)
    # the contact is not in it when they say so, or when an Interviewer: line names someone
    # else not yet named ("client hiring manager - name will be shared"): no thank-you to them
    absent = not interviewers and (away is not None or "interviewers" in fields)
    return People(interviewers, contact, roster.sender(), absent)


def _as_the_text_orders(person: Person, text: str, surname_first: bool = False) -> Person:
    """Exchange's "Mercier Laure" (a directory's surname first, with no comma) as the invite's
    own text writes it, "Laure Mercier", when the address agrees (laure.mercier@, l.mercier@):
    the greeting takes the given name. Not a Chinese name, which the text and the address
    may both write surname first. `surname_first`: the directory writes the candidate's own
    name so, and the address alone may agree ("Ćwiek-Lewandowski Marcin" at marcin.cwiek@)."""
    words = person.name.split()
    if len(words) != 2:
        return person
    turned = f"{words[1]} {words[0]}"
    local = re.split(r"[._-]", person.email.partition("@")[0])
    given, family = squash(words[1]), squash(words[0])
    # the address's initial is the second word's alone: "PETRAKOU IOANNA" at i.petrakou@, with
    # or without the text ("Laure Mercier" at l.mercier@ stays)
    initial = local[:1] == [given[:1]] != [family[:1]]
    # (an address spells "ä" as "ae": "Stähelin Regula" at regula.staehelin@)
    second = local[1] if len(local) > 1 else ""
    surname = _without_e(second) == _without_e(family) or (
        surname_first and len(second) >= 3 and family.startswith(second)
    )
    if (
        local[:1] in ([given], [given[:1]])  # laure.mercier@, g.sala@
        and surname
        and words[1].lower() not in CHINESE_SURNAMES  # "ZHOU Hao" of zhou.hao@ is Hao Zhou
        and (_spelled(turned, text) or initial or surname_first)
        and not _spelled(person.name, text)
    ):
        return Person(_capitalised_name(turned) if person.name.isupper() else turned, person.email)
    return person


def _without_e(word: str) -> str:
    """ "staehelin" as "stahelin": German's "ae", "oe", "ue" as `squash` writes "ä", "ö", "ü"."""
    return re.sub(r"([aou])e", r"\1", word)


def _capitalised_name(name: str) -> str:
    """ "IOANNA PETRAKOU" as "Ioanna Petrakou", a directory's capitals as a name is written."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), name)


def _spelled(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _in_latin(person: Person, text: str) -> Person:
    """A name in Chinese or Japanese script as the invite also writes it in Latin letters, for an
    English draft: "陈浩然（Chen Haoran）" is Haoran Chen, "山田 健一 (Kenichi Yamada)" Kenichi
    Yamada; a pinyin name in Chinese order (surname first) turns round."""
    if not CJK.search(person.name):
        return person
    latin = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
    bracket = rf"\s*[（(]\s*{latin}\s*[)）]"
    found = re.fullmatch(rf"[^()（）]+{bracket}", person.name)  # the CN says it itself
    found = found or re.search(re.escape(person.name) + bracket, text)
    if not found:
        return person
    words = found[1].split()
    if words[0].lower() in CHINESE_SURNAMES and words[-1].lower() not in CHINESE_SURNAMES:
        words = [*words[1:], words[0]]
    return Person(" ".join(words), person.email)


_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _arabic_in_latin(person: Person, text: str) -> Person:
    """A name in Arabic script as the invite's text also writes it in Latin letters, found by
    the address's first name: "تركي بن ناصر الشهري" <turki.alshehri@...>, who signs "Turki bin
    Nasser Al-Shehri", is greeted "Hi Turki," in an English draft."""
    if not _ARABIC.search(person.name) or _ARABIC.search(person.email):
        return person
    given = re.split(r"[._-]", person.email.partition("@")[0])[0]
    if len(given) < 3 or not given.isalpha():
        return person
    found = re.search(
        rf"\b{re.escape(given.capitalize())}(?:[ \t]+(?:bin|bint|ibn|[A-Z][\w'’-]+)){{1,4}}",
        text[:20_000],
    )
    return Person(found[0], person.email) if found else person


def _last_first(people: list[Person], known: Mapping[str, Person]) -> list[Person]:
    """A line's names with each pair that is one attendee's "Last, First" ("Sato, Hiroshi",
    "Lim, Wei Ling", which the line's commas split) made that attendee."""
    out: list[Person] = []
    i = 0
    while i < len(people):
        last, first = people[i], people[i + 1] if i + 1 < len(people) else None
        one = None
        if first and not (last.email or first.email) and len(last.name.split()) == 1:
            one = known.get(name_key(f"{first.name} {last.name}"))
        out.append(one or last)
        i += 2 if one else 1
    return out


@dataclass
class _Roster:
    """The parties of one invite, and who of them can be an interviewer."""

    everyone: list[Party]
    candidate: Candidate
    real: list[Person] = field(init=False)  # the parties who can be interviewers
    known: dict[str, Person] = field(init=False)  # of them, by name_key
    declined: set[str] = field(init=False)  # name_keys of declined attendees
    barred: set[str] = field(init=False)  # names a line may not give to anyone
    absent: set[str] = field(init=False)  # addresses of declined attendees

    def __post_init__(self) -> None:
        self.real = [p.person for p in self.everyone if not p.why_not(self.candidate)]
        self.known = {name_key(p.name): p for p in self.real if p.name}
        # a declined attendee's name on a line stays out; a relay's CN is a person's name all
        # the same ("Lucía Benavides" at an indeedemail.com relay): a thank-you, no address
        self.declined = {name_key(p.person.name) for p in self.everyone if p.partstat == "DECLINED"}
        self.declined -= {""}
        self.absent = {p.person.email for p in self.everyone if p.partstat == "DECLINED"} - {""}
        self.barred = (self.declined | {name_key(self.candidate.name)}) - self.known.keys()

    def matched(self, people: Iterable[Person]) -> list[Person]:
        """People of a line, names alone given the address of the attendee of that name; two
        single names that are one attendee's "Last, First" ("Sato, Hiroshi") are that one."""
        out: list[Person] = []
        for person in _last_first(list(people), self.known):
            if not person.email:
                key = name_key(person.name)
                if key in self.barred:
                    continue
                person = (
                    self.known.get(key)
                    or _by_words(person, self.real)
                    or _by_inflection(person, self.real)
                    or _by_first_name(person, self.real)
                )
            elif person.email in self.absent:
                continue  # "Interviewers: ..., Dev Raman <dev@x>", who declined the invite
            if not Party(person).why_not(self.candidate):
                out.append(person)
        return out

    def from_lines(
        self, fields: Mapping[str, str], scheduler: list[Person], organizer: Person | None
    ) -> tuple[Person, ...]:
        """An `Interviewers:` line's people: of the lines naming them (in each language of the
        invite), the one whose people the attendees give addresses to ("面接官：佐伯 直人"
        beside "Interviewers: Naoto Saeki"); with a panelist who declined, who came instead."""
        texts = (fields["interviewers"], *fields.get("more interviewers", "").split("\n"))
        lines = [people_line(text) for text in texts if text]
        named = max(lines, key=lambda r: sum(bool(p.email) for p in self.matched(r)))
        # one line a person ("Interviewer: Aaron ...", "Interviewer: Grace ..."), not the same
        # people in another language: lines whose people are all other attendees
        for line in (line for line in lines if line is not named):
            found, taken = self.matched(line), {p.email for p in self.matched(named)}
            others = found and all(p.email and p.email not in taken for p in found)
            if others or _another_slot(line, named):
                named = [*named, *line]
        interviewers = _unique(self.matched(named))
        if {name_key(p.name) for p in named} & self.declined:
            stand_ins = [p for p in self.real if p not in interviewers and p not in scheduler]
            interviewers = _unique([*interviewers, *(p for p in stand_ins if p != organizer)])
        return interviewers

    def _sender(self, person: Person) -> bool:
        """ "Tandem Goods" of "interview with Tandem Goods", sent as "Tandem Goods Hiring Team":
        the organisation a robot or shared mailbox sends for, not a person."""
        words = set(name_key(person.name).split())
        return any(
            words <= set(name_key(p.person.name).split())
            for p in self.everyone
            if p.why_not(self.candidate) and p.person.name
        )

    def from_attendees(self, scheduler: list[Person], text: str) -> tuple[Person, ...]:
        """The attendees who are people and not the scheduler; and the people the text names
        in full who are not attendees ("You will speak with their CFO, Ruud Kamerbeek, and
        their Finance Manager, Dilnoza Yusupova"; a distribution list in their place): without
        an address; with nobody else, the people behind relay addresses by their names ("Rachel
        Goh" at r8k2m1x9q4@eu.calendar.smartrecruiters.com); else the schedulers."""
        # an optional attendee the text says sits it out ("I've added Lena as optional so she
        # can keep the calendar up to date") is no interviewer; one it does not ("Lena and
        # Chidi will walk you through") is
        optional = {p.person for p in self.everyone if p.role in _OPTIONAL}
        others = {p.email for p in scheduler}
        # an agenda's host of the tour or lunch only ("9:00 Clinic tour with Bethany") interviews
        # no one; the hosts of its other slots do
        hosts = _hosts_only(text)
        others |= {p.email for p in self.real if hosts & {name_key(p.name), name_key(p.first_name)}}
        attendees = [
            p
            for p in self.real
            if p.email not in others and not (p in optional and _sits_out(p, text))
        ]
        names = {name_key(p.name) for p in attendees}
        named = [p for p in self.matched(named_in_text(text)) if p not in scheduler]
        # not "Herrn Gruber und Frau Dr. Weiß": a surname with its title is no name in full
        named = [
            _with_address_in(text, p)
            for p in named
            if name_key(p.name) not in names and not self._sender(p) and " " in name_key(p.name)
        ]
        relayed = [  # with the address of the attendee of that name, if one is a person
            self.known.get(name_key(p.person.name)) or Person(p.person.name, "")
            for p in self.everyone
            if p.why_not(self.candidate) in _RELAYS and _written_as_a_name(p.person.name)
        ]
        return _unique([*attendees, *named]) or _unique(relayed) or _unique(self.real)

    def sender(self) -> str:
        """The address the invite came from: the organizer's, else the first party's."""
        others = [p for p in self.everyone if p.why_not(self.candidate) != "the candidate"]
        first = next((p for p in others if p.organizer), next(iter(others), None))
        return first.person.email if first else ""


_AGENDA_LINE = re.compile(r"^[ \t]*\d{1,2}[:.]\d\d\b[^\n]*", re.MULTILINE)
_AGENDA_WITH = re.compile(
    r"\bwith[ \t]+(?:(?:dr|mr|mrs|ms)\.?[ \t]+)?([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
)
_SOCIAL_SLOT = re.compile(r"\b(?:tour|lunch|coffee|break|breakfast|dinner|welcome)\b", re.I)
_INTERVIEW_SLOT = re.compile(r"\b(?:interview\w*|panel|presentation|case|exercise|debrief)\b", re.I)


def _hosts_only(text: str) -> set[str]:
    """name_keys of the people an agenda names only in a tour, lunch or welcome slot."""
    social, interviewing = set(), set()
    for line in _AGENDA_LINE.findall(text[:20_000]):
        names = {name_key(m) for m in _AGENDA_WITH.findall(line)}
        if _SOCIAL_SLOT.search(line) and not _INTERVIEW_SLOT.search(line):
            social |= names
        else:
            interviewing |= names
    return social - interviewing - {""}


def _by_words(person: Person, real: list[Person]) -> Person | None:
    """The one attendee whose name is the line's name with a word more or less: "QFB Marcela
    Uribe Santillán" on the line, "Marcela Uribe Santillán" among the attendees."""
    words = set(name_key(person.name).split())
    hits = []
    for attendee in real:
        theirs = set(name_key(attendee.name).split())
        if len(words & theirs) >= 2 and (words <= theirs or theirs <= words):
            hits.append(attendee)
    hits = list(_unique(hits))
    return hits[0] if len(hits) == 1 else None


def _by_inflection(person: Person, real: list[Person]) -> Person | None:
    """The one attendee whose name is the line's in another grammatical case: the accusative
    "κ. Γεώργιο Αλεξίου" on the line, "Γεώργιος Αλεξίου" among the attendees (Greek, Slavic and
    Baltic names change their endings so). Each word the same but for its last two letters."""
    words = name_key(person.name).split()

    def inflected(a: str, b: str) -> bool:
        stem = len(os.path.commonprefix([a, b]))
        return stem >= 3 and max(len(a), len(b)) - stem <= 2

    hits = _unique(
        p
        for p in real
        if len(theirs := name_key(p.name).split()) == len(words) >= 2
        and all(any(inflected(w, t) for t in theirs) for w in words)
    )
    return hits[0] if len(hits) == 1 else None


def _by_first_name(person: Person, real: list[Person]) -> Person:
    """ "Interviewer: Jane" and exactly one attendee named Jane: that attendee; else as given."""
    key = name_key(person.name)
    hits = _unique(p for p in real if p.first_name and name_key(p.first_name) == key)
    return hits[0] if len(hits) == 1 else person  # the organizer is an attendee too: one


#: Said of an optional attendee who only watches or keeps the calendar.
_SITS_OUT = re.compile(
    r"\b(?:optional(?:ly)?|shadow\w*|observ\w*|won['’]t|will\s+not|not\s+(?:join|attend)"
    r"|(?:is|are)\s+copied|cc['’]?d)\b",
    re.I,
)


def _sits_out(person: Person, text: str) -> bool:
    """The text says, in a sentence naming them, that this attendee will not interview."""
    first = person.first_name
    if not first:
        return False
    named = re.compile(rf"\b{re.escape(first)}\b")
    return any(
        named.search(sentence) and _SITS_OUT.search(sentence) and not _SITS_IN.search(sentence)
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text)
    )


#: "Daniel is marked optional and will join as second interviewer": optional, yet interviewing.
#: Someone on the panel beside the interviewer: "as a second interviewer", "will also sit in".
_SITS_IN = re.compile(
    r"\bas\s+(?:an?\s+|the\s+)?(?:second|another|additional|co-?)[\s-]*interviewer\b"
    r"|\bwill[ \t]+(?:also[ \t]+)?(?:sit[ \t]+in|join(?:[ \t]+(?:us|the[ \t]+panel))?)\b",
    re.I,
)


_PLAIN = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_ADDRESS = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+")


def _named_before(value: str) -> list[tuple[str, str]]:
    """(address, name) for a line that writes "Name, Title (address)": the first part before
    each address (since the one before it) that is written as a name."""
    found, start = [], 0
    for match in _ADDRESS.finditer(value):
        parts = [p.strip(" <>()\"'") for p in re.split(r"[,;]", value[start : match.start()])]
        name = next((p for p in parts if p and _could_be_a_name(p) and _capitalised(p)), "")
        found.append((cal_address(match[0]), _without_title(display_name(name))))
        start = match.end()
    return found


_LAST_FIRST = re.compile(r"\s*[^\W\d_][\w'’-]*,\s*[^\W\d_][\w'’-]*\s*")  # "Schultz, Rebecca"


def _names_of(chunk: str, listed: bool) -> list[str]:
    """The names in one chunk of a line: "A and B", "A, B"; in a list (a line or bullet each)
    the chunk is one person, Outlook's "Schultz, Rebecca" too; after a job title, the commas go
    on with it ("Deborah Kline, Clinical Manager, Virtual Care", "Chantal Roy, directrice,
    Design numérique" are one person each), "and" starts the next person."""
    if listed and _LAST_FIRST.fullmatch(chunk) and not _TITLE_WORDS.search(chunk):
        return [chunk]
    pieces = _NAME_SPLIT_KEPT.split(chunk)
    if listed:  # one person a line or bullet: "Stefan Gruber, People & Culture"
        return pieces[:1]
    names, titled = [], False
    for i in range(0, len(pieces), 2):
        part, separator = pieces[i], pieces[i - 1] if i else ""
        if titled and separator.strip() == ",":
            continue  # "..., Clinical Manager, Virtual Care"
        # a title after a name goes on after its commas, a title written small too ("Sophie
        # Tremblay-Ng, vice-présidente adjointe, Design"); not one before the name ("our General
        # Manager, Tomás Arvizu Lindgren")
        after_a_name = (
            bool(names) and _capitalised(names[-1]) and not _TITLE_WORDS.search(names[-1])
        )
        titled = after_a_name and (bool(_TITLE_WORDS.search(part)) or not _capitalised(part))
        names.append(part)
    return names


def _title_cut(chunk: str, listed: bool) -> str:
    """A name without the job title after it: after an en or em dash or a bar, and in a list of
    one person a line, after " - " too ("Sam Verhoeven - Head of Department, English")."""
    chunk = _DASHED_TITLE.sub("", chunk)
    if listed:
        return re.sub(r"\s+-\s.*$", "", chunk)
    # "Lachlan McBride, Manager - Community Partnerships": a dash after a title goes on with it
    for dash in re.finditer(r"\s+-\s", chunk):
        part = chunk[: dash.start()].rpartition(",")[2]
        if "," in chunk[: dash.start()] and _TITLE_WORDS.search(part):
            return chunk[: dash.start()]
    return chunk


def _capitalised(text: str) -> bool:
    """Written as names are: "Raj", "Joost van Asperen"; not "financier" or "ressources"."""
    words = text.split()
    return bool(words) and all(not w[:1].islower() or w in _PARTICLES for w in words)


def _first_sentence(text: str) -> str:
    """The text up to the end of its first sentence, not of "Dr.", "Ing." or "J."."""
    for match in _SENTENCE_END.finditer(text):
        said = match[0].strip()  # "Dr.", "Eng."
        if (
            len(match[1]) > 1
            and not is_honorific(said)
            and match[1].lower() not in NAME_ABBREVIATIONS
        ):
            return text[: match.end(1)]
    return text


def _without_title(name: str) -> str:
    """ "Dr Helen Aberdeen" -> "Helen Aberdeen": a line's names as the attendees carry them; a
    Japanese name without the department, title and form of address around it ("開発部 部長
    山口 大輔", "データ部 前田 慎也 様": 山口 大輔, 前田 慎也)."""
    if CJK.search(name):
        words = re.sub(r"[ \t]*(?:様|さん|殿|氏)$", "", name).split()
        if len(words) > 2 and all(CJK.search(w) and len(w) <= 4 for w in words[-2:]):
            words = words[-2:]
        return " ".join(words)
    words = name.split()
    while len(words) > 2 and is_honorific(words[0]):
        words.pop(0)
    return " ".join(words)


def _could_be_a_name(text: str) -> bool:
    words = text.split()
    # "Eng. Faisal bin Abdulaziz Al-Otaibi": four words at most, titles and particles aside
    named = [w for w in words if not is_honorific(w) and w not in _PARTICLES]
    return (
        len(named) <= 4
        and not _NOT_NAME.search(text)
        and not _PLACEHOLDER.search(text)
        and not _TITLE_WORDS.search(text)
        and not all(w.lower().strip(".") in _CREDENTIALS for w in words)
    )


_MEET_WORDS = (
    r"\b(?:meet(?:ing)?(?:\s+with)?|(?:speak(?:ing)?|interview(?:ing)?|talk(?:ing)?|chat(?:ting)?"
    r"|dinner|lunch|breakfast|coffee|round|session|interviews?)\s+with|(?:be\s+)?interviewed\s+by"
    r"|facilitated\s+by|will\s+be\s+with"  # "Round 2 will be with Vikram Sethi (...) and me"
    # the same in Italian, Spanish, French, German
    r"|saranno\s+presenti|incontrer(?:ai|à)|conocer(?:á|a)s\s+a|te\s+reunir(?:á|a)s\s+con"
    r"|hablar(?:á|a)s\s+con|rencontrerez|sprechen\s+mit|treffen\s+Sie|\w*gespr(?:ä|ae)ch\s+mit"
    # Italian: "sarà condotto dalla Dott.ssa ...", "tenuto dall'Avv. ...", "Parteciperà anche il"
    r"|(?:condott|tenut)[oa]\s+da(?:l|lla|i|gli|ll['’])?|parteciper(?:à|a)(?:nno)?\s+anche(?:\s+(?:il|la|i|le))?)"
    r"(?:\s+|(?<=['’]))"
)
_MEETS = _MEET_WORDS + r"(?:[^.\n]{0,80}?\b)?"


#: "You'll meet Hyun-woo Castellanos and me": the one who wrote it interviews too.
_AND_ME = re.compile(
    # a title's dot goes on: "with Emeka Okafor (Sr. Manager, Inbound Logistics) and me"
    _MEET_WORDS + r"(?:[^.\n]|(?<=Sr|Jr|Dr|Mr|Ms|St)\.){0,200}?\b(?:and|&)\s+(?:me|myself)\b"
    r"|\bwith\s+me\s+(?:and|&)\s|\bwill\s+join\s+me\b"  # "will be with me and Yara"
    # "Marcus and I will take you", "Collins and I will run the interview"
    r"|\b(?:and|&)\s+I\s+will\s+(?:take|walk|meet|interview|talk|speak|chat|run|conduct|hold|lead)"
    # "Warren and I look forward to meeting you", "Owen Prescott (Site Manager) will also join"
    r"|\b(?:and|&)\s+I\s+look\s+forward\b|\bwill\s+also\s+(?:join|be\s+joining|sit\s+in)\b"
    # "Mit dabei sind Sebastian Roth und ich", "... et moi", "... y yo", "... en ik"
    r"|(?<!Sie\s)(?<!vous\s)\b(?:und|et|y|en)\s+(?:ich|moi(?:-même)?|yo|ik|mezelf|mijzelf)\b"
    r"(?=\s*[.,!\n]|\s*$)"
    r"|\b(?:en\s+ik|und\s+ich)\s+(?:voeren|leiden|doen|führen|leiten)\b"  # "... en ik voeren het gesprek"
    # Spanish, Portuguese: "platicarás conmigo (Talent Acquisition) y con Peter", "conversará comigo"
    r"|\b(?:platic|habl|convers|reun|entrevist|charl|conoc)\w*(?:\s+\w+){0,2}\s+(?:conmigo|comigo)\b"
    r"|,?\s\b(?:y|e)\s+(?:conmigo|comigo)\b",  # "... con Henrik Straub, y conmigo."
    re.IGNORECASE,
)
_NOT_JOINING = re.compile(
    r"\bI(?:'ll|\s+will)?\s+(?:won['’]t|will\s+not|cannot|can['’]t|am\s+not\s+going\s+to)\s+"
    r"(?:join|be\s+(?:there|joining|on\s+the\s+call|in\s+the\s+(?:call|meeting)))"
    r"|\bI(?:'ll|\s+will)\s+drop\s+(?:off|out)\b"  # "and will drop off once you are connected"
    r"|\bI\s+\w+\s+but\s+(?:won['’]t|will\s+not)\s+(?:be\s+)?join"  # "I coordinate but won't join"
    r"|\bI\s+have\s+set\s+it\s+up\s+and\s+will\s+drop\s+(?:off|out)\b"
    # "I will join for the first five minutes ... and then drop off"; Spanish: "Yo no estaré
    # en la llamada"
    r"|\bI\s+will\s+join\b[^.\n]{0,80}?\bthen\s+drop\s+(?:off|out)\b"
    r"|\b(?:yo\s+)?no\s+estar[ée]\s+en\s+la\s+(?:llamada|reuni[óo]n|entrevista)\b"
    # Portuguese: "Eu não vou participar", "não estarei na conversa"
    r"|\b(?:eu\s+)?n[ãa]o\s+(?:vou\s+participar|participarei|estarei\s+na\s+(?:conversa|reuni[ãa]o"
    r"|chamada|entrevista))\b",
    re.IGNORECASE,
)
#: An agency's words for an interview its client holds, which its consultant only sends.
_WITH_THE_CLIENT = re.compile(
    # not "to prep you for the client interview" (the next, after this agency's own screen)
    r"\b(?:interview|meeting|entrevista|reuni[aã]o|conversa)[ \t]+(?:com|with|w/|con)[ \t]*"
    r"(?:(?:o|a|the|el|la|our|my|nosso|meu|nuestro|mi)[ \t]+)?client(?:e|es)?\b",
    re.IGNORECASE,
)
_CLIENT_INTERVIEW = re.compile(r"\bclient[ \t]+interview\b", re.IGNORECASE)
#: An agency's consultant writes of "my client" or "our client": the client's people interview.
_CLIENTS = re.compile(
    r"(?:\b(?:my|our)\s+client|\b(?:mi|nuestro)\s+cliente|\bmeu\s+cliente"
    r"|\b(?:mon|notre)\s+client|\bunser(?:em)?\s+kunden)\b"
    # not an employer's own "our client success lead", "our client services team"
    r"(?![\s-]+(?:success|services?|facing|relations|experience|partner|manager|director|team))",
    re.IGNORECASE,
)
#: An agenda line: "10:00 – 10:45  Priyanka Deshmukh-Ruiz, Head of Regulatory Affairs"; or its
#: session ("1:00 PM - 2:00 PM  Portfolio Review with Hana Kobayashi (Design Director) and
#: Rafael Ortiz"), the person on the indented line below it (GoodTime's itinerary).
_AGENDA = re.compile(
    r"^[ \t]*(?:\d{1,2}/\d{1,2}/\d{2,4}[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:[-–—]|to)[ \t]*\d{1,2}[:.]\d\d"
    r"(?:[ \t]*[ap]\.?m\.?)?[ \t:|–—-]+([^\n]+)(?:\n[ \t]+([^\s\d][^\n]*))?",
    re.IGNORECASE | re.MULTILINE,
)
_WITH = re.compile(r"\bwith\s+", re.IGNORECASE)
#: A slot whose people follow its interview after a dash: "13:30 Formal panel interview - Dr
#: Anjali Rao, Martin Okafor and Bernadette Coyle (Non-Executive Director)".
_AGENDA_DASH = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]+[^\n]*?\b(?:interview|panel)[ \t]+[-–—][ \t]+"
    r"([^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)
#: A numbered interview's slot: "9:30 AM   Interview 1: Harlan Pryce, Managing Director".
_AGENDA_COLON = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]+interview[ \t]*\d*[ \t]*:[ \t]+([^\n,(]+)",
    re.IGNORECASE | re.MULTILINE,
)
#: A slot at one time: "15:00  Your fast-track interview (30 minutes) with Ms Harriet Cole".
_AGENDA_AT = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]+(?![-–—]|to\b)[^\n]*?\bwith[ \t]+([^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)


def _the_name(text: str | None) -> str:
    """The name "Haruto Sato, Senior Engineer" starts with; "" when it starts with none."""
    name = (text or "").split(",")[0]
    return name if _written_as_a_name(_without_title(_AFTER_NAME.sub("", name))) else ""


def _agenda_names(line: str, below: str | None) -> list[str]:
    """Who an agenda's slot is with: the line below, the names after "with", or the slot."""
    if name := _the_name(below):
        return [name]
    if with_ := _WITH.search(line):
        return _NAME_SPLIT.split(_BRACKETED.sub("", line[with_.end() :]))
    line = re.sub(r"^[A-Z]{1,4}T\b[ \t]*", "", line)  # "10:00 - 10:45 AM PT  Coding": the zone
    if last_first := _LAST_FIRST.match(line):  # Workday's "Patel, Rohan (SVP, Cyber Fusion)"
        surname, given = last_first[0].split(",")
        return [f"{given.strip()} {surname.strip()}"]
    # "Gareth Pugh, Principal Engineer - Hybrid Controls": a person, then their title
    session, *person = re.split(r"\s+[–—-]\s+", line, maxsplit=1)
    if "," in session and (name := _the_name(session.split(",")[0])):
        return [name]
    # "Coding (data structures) — Haruto Sato": the session, then its person
    if person and (name := _the_name(person[0])):
        return [name]
    return _NAME_SPLIT.split(re.split(r"[,(]", session)[0])  # "Sofia Marchetti/Kwabena Abara"


#: "Kendra Olsen, HR Generalist, will call you", "Pat Lindqvist, the 4 South manager, will
#: call you Friday": who the interview is with, said of them.
_WILL_CALL = re.compile(
    # not a function: "The client's Head of Data Science will interview you"
    r"(?<!\bof[ \t])\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?:,[^,.\n]{0,80},)?[ \t]+will[ \t]+"
    r"(?:call|phone|ring|interview|meet|video[ \t]*call)[ \t]+you\b"
    # the candidate's own note: "Priya Venkataraman (eng manager) calls my cell"
    r"|\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+"
    r"(?:calls|rings|phones)[ \t]+(?:me|my)\b"
)
_MEET_CLAUSE = re.compile(_MEET_WORDS + r"(?=([^\n]{1,200}))", re.IGNORECASE)  # overlapping
#: The topics of an agenda's slots, written capitalised like names: "System Design", "Case Study".
_AGENDA_WORDS = word_set(
    "design system coding technical break lunch welcome tour case study presentation debrief"
    " wrap intro introduction overview hiring culture values behavioral behavioural interview"
    " session exercise review product panel walkthrough demo assessment breakfast coffee"
)
_PARTICLES = word_set(
    "van von de der den la le da das do dos del di du bin bint binti bte ibn a/l a/p s/o d/o"
)
_TOOLS = re.compile(r"\b(?:zoom|teams|microsoft|google|meet|webex|skype|hangouts?)\b", re.I)


def named_in_text(description: str) -> list[Person]:
    """People a description names without an address, for an invite that has no other: an
    agenda's lines (GoodTime) and "You'll be meeting with our General Manager, Tomás Arvizu
    Lindgren, and ..." (BambooHR). Only what is written as a person's full name counts."""
    found = [n for m in _AGENDA.finditer(description) for n in _agenda_names(m[1], m[2])]
    found += [  # "with Ana Souza and Pádraig Ó Floinn, Finance Systems": a unit after a comma
        n.split(",")[0]
        for m in _AGENDA_AT.finditer(description)
        for n in re.split(r"\s*(?:\band\b|&|;)\s*", _BRACKETED.sub("", m[1]))
    ]
    found += [
        n
        for m in _AGENDA_DASH.finditer(description)
        for n in re.split(r"\s*(?:,|\band\b|&|;)\s*", _BRACKETED.sub("", m[1]))
    ]
    found += [m[1] for m in _AGENDA_COLON.finditer(description)]
    found += [m[1] or m[2] for m in _WILL_CALL.finditer(description)]
    for clause in _MEET_CLAUSE.finditer(description):
        # "with Thomas Kowalczyk, Senior Director, Brand Marketing, who leads": after a title
        # "... dalla Dott.ssa Elena Dell'Acqua e dal Dott. Paolo Ferri": "e dal" joins two
        text = re.sub(
            r"\b(e|and)\s+da(?:l|lla|llo|i|gli)\s+", r"\1 ", _BRACKETED.sub("", clause[1])
        )
        found += _names_of(_first_sentence(text), False)
    names = (_without_title(" ".join(_AFTER_NAME.sub("", n).split())) for n in found)
    return [Person(n, "") for n in names if _written_as_a_name(n)]


def _written_as_a_name(text: str) -> bool:
    """ "Tomás Arvizu Lindgren", "Joost van Asperen"; not "our Spa" or "Wellness Director"."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and _capitalised(text)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and _could_be_a_name(text)
        # "Margie's Travel", "Olivia (Acme)", "Mercer | Mettl"
        and not re.search(r"['’]s\b|[()&|]", text)
        and not any(w.lower() in _AGENDA_WORDS for w in words)  # "System Design - Kofi Mensah"
        and words[-1].lower().strip(".,") not in COMPANY_SUFFIXES  # "Ermstal Fahrwerktechnik GmbH"
        and not _TOOLS.search(text)
        and not robot_reason("", text)
        and not ORGANISATION_END.search(text)
        and squash(words[-1]) not in ORG_KINDS  # "Halvern Bank Technology Centre"
        # a local government and its state: "Fairlea County, VA"
        and not re.search(r",\s*[A-Z]{2}$", text)
        and not re.search(r"\b(?:county|township|parish|borough|city)\b", text, re.IGNORECASE)
    )


def _signs_as_scheduler(name: str, description: str) -> bool:
    """The description names this person as the recruiter or coordinator who scheduled it, and
    not as someone the candidate meets ("you will be meeting with Harper Quinn (Talent
    Partner) and Sam")."""
    words = r"[ \t]+".join(map(re.escape, name.split()))
    if re.search(_MEETS + words, description, re.IGNORECASE):
        return False
    # an itinerary's interview slot they hold: "11:45 AM – 12:15 PM  Values & collaboration
    # interview – Nora Fitzgerald, Talent Partner"
    if any(
        _INTERVIEW_SLOT.search(line) and re.search(words, line, re.IGNORECASE)
        for line in _AGENDA_LINE.findall(description[:20_000])
    ):
        return False
    first = re.escape(name.split()[0])  # "Ayla (recruiting coordinator) will meet you"
    if re.search(
        rf"\b(?:{words}|{first})\b[^.\n]{{0,40}}?(?:{_SITS_IN.pattern})", description, re.I
    ):
        return False  # "Rehema Said from HR will also sit in"
    signs = rf"(?:{words}|{first}(?=[ \t]*\())" + _SCHEDULER_TITLE
    from_hr = rf"\b(?:{words}|{first})[ \t]+from[ \t]+" + _HR_TEAM  # "Sophie Kaya from HR"
    return re.search(f"{signs}|{from_hr}", description, re.IGNORECASE) is not None
