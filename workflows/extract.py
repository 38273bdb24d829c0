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
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.error import BrokenCalendarProperty

from .calendar_time import first_instant, shift
from .company import A_PLACE, choose_company, clean_company, sender_company, without_place
from .detect import (
    addresses_an_applicant,
    among_colleagues,
    is_excluded,
    is_interview,
    is_lookalike,
    names_a_job,
    names_a_selection,
    names_a_stage,
    names_an_opening,
    names_the_post,
    off_duty,
    says_interview,
    someone_elses,
    to_the_panel_too,
    weighs_as_interview,
)
from .event_checks import as_list
from .model import (
    CJK,
    FULL_WIDTH,
    ORG_KINDS,
    ORGANISATION_END,
    Candidate,
    DetectRules,
    EventError,
    EventProblem,
    Interview,
)
from .people import TEXT_ADDRESS, Party, People, find_people, name_key, one_line, parties
from .replyby import parse_reply_by
from .senders import (
    company_from_domain,
    is_calendar_service,
    is_own_domain,
    is_service,
    is_students_school,
)
from .titles import (
    CANCELLED_WORDS,
    CONTRACT,
    MAX_SUMMARY,
    SPECIALTY,
    UNDISCLOSED,
    clean_role,
    description_candidates,
    name_filter,
    names_a_unit,
    squash,
    title_candidates,
    unshout,
    without_company,
    written_small,
)
from .zone_names import zone_for_tzid

#: Parties whose name is a person's name, never a company's (a shared mailbox's may be one).
_NAMED = frozenset({"", "declined", "the candidate"})

# -- summary ---------------------------------------------------------------------------------


def parse_summary(summary: str, candidate_name: str = "") -> tuple[str, str]:
    """(company, role) from a SUMMARY alone, "" when unknown: design.md "Interview with Acme -
    Backend Engineer", "Acme phone screen (SRE)", "Onsite interview: SRE @ Acme". Never raises."""
    companies, roles, units, _ = title_candidates(
        summary, name_filter(candidate_name, ()), candidate_name
    )
    return next(iter(companies), ""), next(iter(roles + units), "")


# -- description lines ------------------------------------------------------------------------


def _meaning(words: str, key: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), key)


#: The field lines below in the languages of the invites seen: French, Spanish, Portuguese,
#: Italian, German, Dutch, Danish, Norwegian, Swedish, Finnish, Czech, Polish, Hungarian,
#: Turkish, Chinese, Japanese, Korean.
_FOREIGN_KEYS = {
    **_meaning(
        "entreprise empresa azienda società unternehmen firma bedrijf virksomhed selskab selskap "
        "företag yritys společnost spółka cég şirket 公司 会社 企業名 会社名 회사",
        "company",
    ),
    **_meaning(
        "dependencia",  # Mexico's public sector: the agency that hires
        "organization",
    ),
    **_meaning("mandant auftraggeber cliente", "client"),  # a German, Portuguese agency's client
    # Vietnamese: the post, the company, who interviews, the candidate, the contact
    "vị trí": "role",
    "vị trí ứng tuyển": "role",
    "công ty": "company",
    "người phỏng vấn": "interviewers",
    "ứng viên": "candidate",
    "người liên hệ": "contact",
    # Indonesian and Greek: the company, the post, who interviews, the candidate, the contact
    **_meaning("perusahaan εταιρεία εταιρία", "company"),
    **_meaning("posisi jabatan θέση", "role"),
    **_meaning(
        "pewawancara user/pewawancara συνεντευκτής συνεντευκτές συνεντεύκτρια", "interviewers"
    ),
    **_meaning("pelamar υποψήφιος υποψήφια", "candidate"),
    "kontak rekruter": "contact",
    "nombre del evento": "event name",  # Calendly in Spanish
    "tipo de evento": "event name",
    "συνέντευξη με": "interviewers",
    **_meaning(
        "candidata candidato kandydat kandydatka kandidat kandidatin bewerber bewerberin aday"
        " 応募者 候補者",  # Japanese: the applicant, the candidate
        "candidate",
    ),
    **_meaning(
        "poste cargo puesto vaga posição posicao posición posicion posizione ruolo mansione stelle"
        " funktion functie vacature stilling "
        "tjänst tehtävä pozice stanowisko pozíció pozisyon 职位 岗位 職種 募集職種 ポジション 직무 포지션"
        " 応募ポジション 応募職種 募集ポジション 求人",
        "role",
    ),
    **_meaning(
        "intervenants entrevistadores entrevistador(es) entrevistador entrevistadora "
        "entrevistadors intervistatore intervistatrice intervistatori gesprächspartner "
        "haastattelijat intervjuere intervjuare interjúztatók görüşmeciler 面试官 面接官 면접관"
        " rozmówcy intervieweur intervieweuse intervieweurs intervieweuses intervieweur(e)s"
        # Japanese: who holds the interview, who sits in, who is in charge
        " intervieweur(e) 面談者 同席 面接担当 選考官 担当 担当者 担当エンジニア"
        # Portuguese: who runs a group assessment ("Facilitação: Beatriz Monteiro e Otávio Lins")
        " facilitação facilitacao facilitadores facilitadoras facilitador facilitadora"
        # Spanish: who assesses a group assessment ("Evaluadores: Rocío Benítez y ...")
        " evaluadores evaluadoras evaluador evaluadora",
        "interviewers",
    ),
}
_FIELD_NAME = (
    r"(company(?:[ \t]+name)?|employer|organi[sz]ation"
    r"|client(?:[ \t]+(?:name|corporation|company))?|facility"
    r"|hiring[ \t]+company|role|position|job(?:[ \t]+(?:title|role|position))?"
    r"|interviewers?|interviewer\(s\)|interview(?:ing)?[ \t]+panel(?:[ \t]+will[ \t]+be)?|panel(?:[ \t]+members?)?"
    r"|assessors?|contact|recruiter"
    r"|(?:who[ \t]+)?you(?:['’]ll|[ \t]+will)[ \t]+(?:be[ \t]+)?(?:meet|speak|talk)(?:ing)?(?:[ \t]+(?:with|to))?"
    r"|(?:(?:ihre?|uw|je)[ \t]+)?gespr(?:ä|ae|e)(?:ch|k)spartner(?:[:*_/]?in(?:nen)?|s)?"
    r"(?:[ \t]+laut[ \t][^:\n]{1,40})?"  # "Gesprächspartner laut Mail von Frau Maier:"
    # "Teilnehmer seitens Kessler:", the firm's people who take part
    r"|(?:(?:gespr(?:ä|ae)chs)?teilnehmer(?:[:*_/]?in(?:nen)?)?|teilnehmende)(?:[ \t]+seitens[ \t][^:\n]{1,60})?"
    r"|te[ \t]+(?:llamar(?:á|a)n?|entrevistar(?:á|a)n?)|interlocut(?:ori|ores|eurs)"
    r"|(?:je|u)[ \t]+spreekt[ \t]+met|sie[ \t]+sprechen[ \t]+mit|vous[ \t]+rencontrerez"
    r"|conocer(?:á|a)s[ \t]+a|interview[ \t]+(?:team|committee)|hiring[ \t]+committee"
    r"|selection[ \t]+(?:committee|panel)|(?:integrantes[ \t]+del[ \t]+)?comit(?:é|e)"
    r"(?:[ \t]+t(?:é|e)cnico)?[ \t]+de[ \t]+s(?:é|e)lecci(?:ó|o)n"
    r"|board[ \t]+panel|stakeholders|candidate|interviewing(?:[ \t]+with)?|host"
    # Polish and Portuguese: "Na spotkaniu będą:", "Rozmowę prowadzi:", "Skład panelu:",
    # "Participam:", "Avaliadores:", "Banca avaliadora:"
    # "Rozmowę poprowadzą:", and who leads it, "Prowadzący:", "Prowadząca:"
    r"|na[ \t]+spotkaniu[ \t]+b(?:ę|e)d(?:ą|a)|rozmow(?:ę|e)[ \t]+(?:prowadzi|przeprowadzi|poprowadz(?:ą|a|i))"
    r"|prowadz(?:ą|a)c[yae]"
    r"|sk(?:ł|l)ad[ \t]+panelu|participam|avaliador(?:es|as)|banca(?:[ \t]+avaliadora)?"
    # the participants (HireVue's "Participants:"), and in Polish; the interviewers, "Rozmowa
    # po stronie klienta:" (the client's)
    r"|participants|uczestnicy|rozm(?:ó|o)wcy|rozmowa[ \t]+po[ \t]+stronie[ \t]+klienta"
    r"|incontrer(?:à|a)|referente[ \t]+in[ \t]+azienda"  # Italian: "Incontrerà:", the client's
    # Spanish: "Te atiende: Lic. ...", "Panel de entrevista (día 2):"
    r"|te[ \t]+atiende|te[ \t]+atender(?:á|a)n?"
    r"|panel[ \t]+(?:de[ \t]+entrevista|entrevistador)(?:[ \t]*\([^()\n]{1,30}\))?"
    r"|(?:recruiting[ \t]+)?coordinator|scheduled[ \t]+by|reply[ \t-]*by|status"
    r"|notes(?:[ \t]+for[ \t]+[^:\n]{1,40})?|event (?:name|type)|who|with|hr[ \t]+name"
    r"|" + "|".join(map(re.escape, sorted(_FOREIGN_KEYS, key=len, reverse=True))) + r")"
)
_FIELD = re.compile(
    # and a bilingual invite's name in its other language: "Interviewers / 面接官:"
    r"^[ \t\-*•>■□●◆◇・]*(?:your[ \t]+)?" + _FIELD_NAME + r"([ \t]*/[ \t]*[^:：/\n]{1,20})?"
    r"[ \t]*[:：](.*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: A field's name alone on its line over its value, as booking forms write their questions
#: ("■募集ポジション" over "SRE", Google's appointment schedule's "応募ポジション" over the answer).
_NAME_OVER_VALUE = re.compile(
    r"^([ \t■□●◆◇・]*(?:your[ \t]+)?" + _FIELD_NAME + r")[ \t]*\n(?=[ \t]*[^\s■□●◆◇・\-*•])",
    re.IGNORECASE | re.MULTILINE,
)
#: Field names as written -> the one key the reader uses.
_KEYS = {
    "company name": "company",
    "hiring company": "company",
    "employer": "company",
    "organization": "organization",
    "organisation": "organization",
    "client name": "client",
    "client corporation": "client",  # Bullhorn's
    "client company": "client",
    "facility": "client",  # a travel nurse's agency names the hospital so
    "position": "role",
    "job": "role",
    "job title": "role",
    "job role": "role",
    "job position": "role",
    "interviewer": "interviewers",
    "interviewer(s)": "interviewers",
    "interview panel": "interviewers",
    "interviewing panel": "interviewers",
    "interview panel will be": "interviewers",  # PageUp's "Your interview panel will be:"
    "assessor": "interviewers",  # an assessment centre's "Your assessors:"
    "assessors": "interviewers",
    "panel": "interviewers",
    "panel member": "interviewers",  # Oleeo's "Panel members: Alison Kerr (Chair, ...) and ..."
    "panel members": "interviewers",
    "coordinator": "recruiter",
    "recruiting coordinator": "recruiter",
    "scheduled by": "recruiter",
    "event type": "event name",
    **_FOREIGN_KEYS,
}
_BLOCK_TAG = re.compile(r"<[ \t]*/?[ \t]*(?:br|p|div|li|tr|ul|ol|h[1-6]|table)\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>", re.IGNORECASE)  # not "<jane@x.com>"


def plain_description(description: str) -> str:
    """A DESCRIPTION as plain text lines.

    Google sends HTML (`<br>`, `<b>`, `&lt;`) and Meet boilerplate around the lines: block tags
    become line breaks, other tags go, entities are decoded; "Jane <jane@x>" is no tag and stays.
    """
    text = _BLOCK_TAG.sub("\n", description[:100_000].replace("\\n", "\n"))
    return html.unescape(_TAG.sub("", text)).replace("\r\n", "\n").replace("\xa0", " ")


def description_fields(description: str) -> dict[str, str]:
    """The `Key: value` lines of a DESCRIPTION, keys normalised ("reply by"); the first one wins,
    but every `Interviewers:` line after the first is kept, under "more interviewers"."""
    fields: dict[str, str] = {}
    text = plain_description(description)
    # a key that ends a sentence's line, over a list: "... Via Solferino 40. Incontrerà:\n- A"
    text = _KEY_AFTER_SENTENCE.sub("\n", text)
    if _KEY_SENTENCE.search(text[:20_000]):
        text = "\n".join(
            _SENTENCE_BREAK.sub("\n", line) if _KEY_SENTENCE.search(line) else line
            for line in text[:20_000].splitlines()
        )
    text = _NAME_OVER_VALUE.sub(r"\1: ", text)
    for match in _FIELD.finditer(text):
        key = " ".join(re.split(r"[\s-]+", match[1].lower()))
        key = "interviewers" if _MEET_KEY.match(key) else _KEYS.get(key, key)
        value = match[3].strip()  # strip() not a lazy regex: "\s*$" is quadratic on blanks
        value = _SENTENCE_STOP.sub("", value)  # "Company: Vantage Point Media. Role: ..."
        if match[2] and key != "interviewers":  # "Poste / Position: Analyste / Analyst"
            value = re.split(r" / | [–—] ", value)[0]  # "Client / Department: Nadi – Marketing"
        if not value:  # "Interviewers:" over a list of "- Name, Title" lines
            items = _BULLETS.match(text, match.end() + 1)
            if not items and key == "interviewers":  # or one person a line, to a blank line
                items = _LINES.match(text, match.end() + 1)
            value = (
                "; ".join(_BULLET.sub("", line) for line in items[0].splitlines()) if items else ""
            )
        if not value:
            continue
        value = value.translate(FULL_WIDTH).strip("; ")
        if key not in fields:
            fields[key] = value
        elif key == "interviewers":  # a bilingual invite names them twice: people.find_people
            fields["more interviewers"] = f"{fields.get('more interviewers', '')}\n{value}"
    # Ashby's "Interviewers" heading, no colon, over a list of "• Name, Title" lines
    heading = _HEADING.search(text) if "interviewers" not in fields else None
    if heading and (items := _BULLETS.match(text, heading.end())):
        fields["interviewers"] = "; ".join(_BULLET.sub("", line) for line in items[0].splitlines())
    return fields


_KEY_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[^\n.!?:]{1,40}:[ \t]*\n[ \t]*[-*•])")
#: A line whose sentences are the contract's keys, as one-line invites write them ("Interview
#: confirmed. Company: Vantage Point Media. Role: Junior Developer. Venue: ...", "... for the
#: Data Science Lead role. Interviewers: Carla Dominguez (VP of Data), Jordan Whitfield."):
#: read a sentence a line.
_KEY_SENTENCE = re.compile(
    r"[.!?][ \t]+(?i:company|employer|organi[sz]ation|client[ \t]+name|role|position|job[ \t]+title"
    r"|interviewers?|interview[ \t]+panel|contact|reply[ \t]+by)[ \t]*:[ \t]+\S"
)
_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\W\d_]{4}[.!?])|(?<=[)>][.!?]))[ \t]+(?=[A-Z])")
#: The full stop of a sentence a key's value is ("... Media."), not of a short form ("Ltd.").
_SENTENCE_STOP = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=[>)]))\.$")
_HEADING = re.compile(
    r"^[ \t]*(?:your[ \t]+)?(?:interviewers|interview[ \t]+panel)[ \t]*\n", re.I | re.M
)


_BULLETS = re.compile(r"(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$)){1,12}")
_BULLET = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")  # "- Name", "2. Name", "3) Name"
_LINES = re.compile(r"(?:[ \t]*[^\s:][^:\n]*(?:\n|$)){1,8}")
#: "You will meet: A and B", "You'll speak with:", German "Ihre Gesprächspartner:", Dutch
#: "Je gesprekspartner:", "Je spreekt met:", French "Vous rencontrerez :", Spanish "Conocerás
#: a:": the people the candidate meets.
_MEET_KEY = re.compile(
    r"(?:who )?you(?:['’]ll)? |(?:(?:ihre?|uw|je) )?gespr\w*partner|\w*teilnehmer|teilnehmende"
    r"|(?:je|u) spreekt|sie sprechen|vous renc|conocer"
    r"|te (?:llamar|entrevistar)|interlocut"
    r"|interview (?:team|committee)|hiring committee|selection|(?:integrantes del )?comit"
    r"|board panel|stakeholders|interviewing(?: with)?$|host$"
    r"|na spotkaniu|rozmow|prowadz|sk(?:ł|l)ad panelu|participam|avaliador|banca|incontrer|referente"
    r"|participants|uczestnicy"
    r"|te atiende|te atender|panel de entrevista|panel entrevistador"
)


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


#: A title the meeting tool renamed when the meeting was called off: "【已取消】星河电商 HR面"
#: (Tencent Meeting), "Cancelled: ...", "Abgesagt: ...", "CANCELLED - ..." (Jobtrain).
_CANCELLED_TITLE = re.compile(
    rf"^\W*(?:{CANCELLED_WORDS})(?:[ \t]*[:：】\]]|[ \t]+[-–—][ \t])", re.IGNORECASE
)


def _status(event: icalendar.Event, line: str, categories: Iterable[str]) -> str:
    """design.md: a Status: line or category stops the chain; RFC 5545 3.8.1.11 STATUS:CANCELLED;
    a title that says it was cancelled."""
    if str(event.get("STATUS", "")).strip().upper() == "CANCELLED":
        return "cancelled"
    if _CANCELLED_TITLE.match(str(event.get("SUMMARY", ""))[:MAX_SUMMARY]):
        return "cancelled"
    return next((s for t in (line, *categories) if (s := _status_word(t))), "active")


def event_categories(event: icalendar.Component) -> tuple[str, ...]:
    """Every CATEGORIES value of the component (the property may repeat), as plain strings."""
    values = as_list(event.get("CATEGORIES"))
    return tuple(str(c) for v in values for c in getattr(v, "cats", [v]))


# -- detection --------------------------------------------------------------------------------


def is_followup_reminder(event: icalendar.Component) -> bool:
    """design.md: followup's own reminders (its X-FOLLOWUP-* marks) are never interviews, whatever
    their title says: the source may be the very calendar the reminders are written into."""
    return any(str(name).upper().startswith("X-FOLLOWUP-") for name in event)


_APPLICANT = re.compile(r"\b(?:applicants?|candidates?)\b", re.IGNORECASE)
#: A title that ends with a person's full name after a dash, not "with" them: the applicant.
_ENDS_WITH_A_NAME = re.compile(r"(?<!\bwith)\s[–—-]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}\s*$")
#: A title naming another candidate: "Interview - Candidate: Noah Fairweather - ...".
_OTHER_CANDIDATE = re.compile(
    r"\bcandidate[ \t]*:[ \t]*([^|:–—()\[\]]+?)[ \t]*(?:[|:–—()\[\]]|[ \t]-[ \t]|$)"
    # "Interview candidato Marco Rota - ...": Italian, Spanish, Portuguese
    r"|\bcandidat[oa][ \t]+((?-i:[A-ZÀ-Þ])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Þ])[\w'’-]+){1,2})"
    # "Interview - Dental Assistant candidate (Brianna Soto)"
    r"|\bcandidate[ \t]+\(((?-i:[A-ZÀ-Þ])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Þ])[\w'’-]+){1,2})\)",
    re.I,
)


def _is_someone_else(name: str, candidate: Candidate, own_names: Iterable[str] = ()) -> bool:
    """A `Candidate:` line naming another person: not empty, not "you", not the candidate's name
    (with or without more: "Danielle Kowalczyk, RN"), nor the name the invite gives the
    candidate's own address ("GOH HUI MIN" for Rachel Goh, as her legal name)."""
    name = re.sub(r"[ \t]*(?:様|さま|さん|殿)$", "", one_line(name))  # Japanese "Mr/Ms"
    words = set(name_key(name).split())
    own = set(name_key(candidate.name).split())
    if words and any(words == set(name_key(n).split()) for n in own_names):
        return False
    return bool(words) and not own <= words and "you" not in words


def is_interview_event(
    event: icalendar.Component, rules: DetectRules, candidate: Candidate
) -> bool:
    """design.md "reading the calendar": the keywords on SUMMARY and CATEGORIES, else the other
    signs of a real invite (detect.weighs_as_interview); never one of followup's reminders, an
    event an exclude keyword names, or a look-alike. An invite among the candidate's own
    colleagues only is their work (an interview they give), unless a CATEGORY says interview:
    the user's own word for an internal interview."""
    if is_followup_reminder(event):
        return False
    summary = str(event.get("SUMMARY", ""))[:MAX_SUMMARY]
    raw = str(event.get("DESCRIPTION", ""))
    description = to_the_panel_too(plain_description(raw), candidate.name)
    categories = event_categories(event)
    invited = parties(event)
    senders = [p.person.email for p in invited]
    organizer = next((p.person.email for p in invited if p.organizer), "")
    if is_excluded(summary, categories, rules) or is_lookalike(summary, description):
        return False
    if _on_the_stage(description, candidate):
        return False
    if any(is_interview("", (c,), rules) for c in categories):
        return True
    # a student's placement office sends the interviews employers hold on campus: what it sends
    # is weighed as any invite is, though every address on it is at the candidate's own school
    theirs = organizer in candidate.emails
    office = next((p.person.name for p in invited if p.organizer), "")
    school = not theirs and is_students_school(organizer, candidate.emails, office)
    # an internal vacancy: the colleague who thanks the candidate for applying, or tells them
    # the post in a `Role:` line, interviews them (a recruiter at their own free mail does too)
    # (or a stage of one: "Quoll Valley PS :: Classroom Teacher :: Round 2", a state school's at
    # the state's one domain, which is the teacher's own; or a step of a selection)
    internal = (says_interview(summary) or names_a_stage(summary)) and (
        addresses_an_applicant(description)
        or names_the_post(description)
        or names_a_selection(description)
    )
    if off_duty(categories) or (among_colleagues(senders, candidate) and not (school or internal)):
        return False
    colleague = not theirs and not school and is_own_domain(organizer, candidate.emails)
    if colleague and not internal:
        return False  # a colleague's "Onsite at <customer>" is work; an internal interview says so
    if theirs and _titles_an_outsider(summary, invited, candidate):
        return False  # their own invite to whom they observe: "PST placement – ... – Jordan Ellery"
    if colleague and _titles_an_outsider(summary, invited, candidate):
        return False  # "Phỏng vấn ứng viên – Fresher QC – Phạm Văn Khoa", with him invited
    # nobody brings a colleague to their own job interview: a supplier's "Technical Discussion"
    # with the candidate and a colleague is work, unless the title says interview or names a job
    others = [e for e in senders if e not in candidate.emails]
    with_colleagues = any(is_own_domain(e, candidate.emails) for e in others)
    if with_colleagues and not (
        school or internal or says_interview(summary) or names_a_job(summary)
    ):
        return False
    if with_colleagues and theirs:
        return False  # their own invite to a colleague: "IA walkthrough: interview with AP head"
    return _reads_as_interview(
        summary, raw, description, senders, candidate, rules
    ) and not _someone_elses_interview(
        summary,
        description,
        organizer,
        candidate,
        [p.person.name for p in invited if p.person.email in candidate.emails],
    )


def _reads_as_interview(
    summary: str,
    raw: str,
    description: str,
    senders: list[str],
    candidate: Candidate,
    rules: DetectRules,
) -> bool:
    """The keywords in the title, Calendly's "Event Name:", the other signs, the structure."""
    if is_interview(summary, (), rules, description):
        return True
    # Calendly's real title is its "Event Name:" line; the prefilter's hint is "event name", so
    # the line counts only as written so in the raw text (not "<b>Event</b> Name").
    fields = description_fields(description)
    named = fields.get("event name", "") if _EVENT_NAME.search(raw) else ""
    if named and (is_excluded(named, (), rules) or is_lookalike(named, description)):
        return False  # "Event Name: Mock Interview Practice", "Customer Discovery Interview"
    if named and (is_interview(named, (), rules) or says_interview(named)):
        return True  # and in another language: "Entrevista con el equipo de Contenido"
    if any(
        weighs_as_interview(title, description, senders, candidate, rules)
        for title in (summary, named)
        if title
    ):
        return True
    # What an invite to the candidate's interview holds, in any language and whatever its title
    # ("Panel – Formulary Strategy Manager", "Gespräch mit Rheintal Pharma AG"): who will
    # interview them, and for which job or company. A colleague's meeting names neither.
    job = "role" in fields or "company" in fields or names_a_job(summary)
    # or a line saying which interview it is ("Interview: Culture chat (30 min)"), or the job
    # named in the text ("for the Product Designer, Payments role")
    job = job or bool(_INTERVIEW_LINE.search(description) or names_an_opening(description))
    return "interviewers" in fields and job


_INTERVIEW_LINE = re.compile(
    r"^[ \t]*interview(?:[ \t]+type)?[ \t]*:", re.IGNORECASE | re.MULTILINE
)


#: A line of the people on a talk's stage: panelists, guests (English, Spanish, Portuguese,
#: Swahili).
_STAGE_LINE = re.compile(
    r"^[ \t*•-]*(?:panell?ists?|panelistas?|guests?|invitad[oa]s?|convidad[oa]s?|mgeni|wageni)"
    r"(?:[ \t]*/[ \t]*\w+)?[ \t]*:(.*)$",  # not "Speaker:", a faculty job talk's
    re.IGNORECASE | re.MULTILINE,
)


def _on_the_stage(description: str, candidate: Candidate) -> bool:
    """The candidate is on a talk's panel or a show's guest list ("Panelistas: Lucía Ferreyra
    (Senior UX Writer, Alcancía), ..."): they speak, nobody interviews them for a job."""
    name = set(name_key(candidate.name).split())
    return len(name) >= 2 and any(
        name <= set(name_key(line).split()) for line in _STAGE_LINE.findall(description[:20_000])
    )


def _titles_an_outsider(summary: str, invited: Iterable[Party], candidate: Candidate) -> bool:
    """An invite from the candidate's own employer whose title names, in full, an attendee from
    outside it: the applicant the candidate interviews, in any language ("Teknik Mülakat – Aday:
    Berk Yalçın", "Interview: Laborant/in – Kandidat Jonas Meier"). An internal interview's title
    names the candidate, and its other attendees are colleagues."""
    title = set(name_key(summary).split())
    return any(
        len(words) >= 2 and words <= title
        for p in invited
        if p.person.email
        and not is_own_domain(p.person.email, candidate.emails)
        and not is_service(p.person.email)
        for words in [set(name_key(p.person.name).split())]
    )


def _someone_elses_interview(
    summary: str,
    description: str,
    organizer: str,
    candidate: Candidate,
    own_names: Iterable[str] = (),
) -> bool:
    """An interview that is not the candidate's: another candidate named ("Candidate: Jordan
    Blake"), one the candidate writes at their own address about someone they interview
    ("Phone screen – KP applicant", "Interview: Commis Chef – Jordan Pike"), or a note about a
    friend's ("Jana's onsite"). Asked only of what reads as an interview (it reads fields)."""
    # a note of the candidate's own, or on a calendar their household shares ("Vega Family")
    own = not organizer or organizer in candidate.emails or is_calendar_service(organizer)
    if own and someone_elses(summary, candidate, plain_description(description)):
        return True
    if organizer in candidate.emails and (
        _APPLICANT.search(summary) or (_ENDS_WITH_A_NAME.search(summary) and names_a_job(summary))
    ):
        return True
    titled = _OTHER_CANDIDATE.search(summary)
    named = (
        next(g for g in titled.groups() if g)
        if titled
        else description_fields(description).get("candidate", "")
    )
    return _is_someone_else(named, candidate, own_names)


_EVENT_NAME = re.compile(r"event (?:name|type)|nombre del evento|tipo de evento", re.IGNORECASE)


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
        if tzid and (zone := zone_for_tzid(str(tzid))) is not None:
            return value.replace(tzinfo=zone).astimezone(tz)
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
    method: str = "",
) -> Interview:
    """One occurrence (expanded by recurring-ical-events) as an Interview in the candidate's zone.

    The occurrence carries a RECURRENCE-ID iff it belongs to a series (occurrences.expand drops
    the one recurring-ical-events adds to single events); it becomes `recurrence_id` as given.
    Raises EventError for an event that cannot be used: no or broken DTSTART, DTEND before
    DTSTART, a TZID that nothing resolved. `method`: the calendar's METHOD (RFC 5546 3.2.5:
    iCloud and Exchange send a cancellation as METHOD:CANCEL, often without STATUS:CANCELLED).
    """
    uid = str(event.get("UID", "")).strip()
    summary = one_line(event.get("SUMMARY", ""), MAX_SUMMARY)

    def problem(text: str) -> EventError:
        return EventError(EventProblem(uid, summary, text, source))

    tz = ZoneInfo(candidate.timezone)
    start, end = _times(event, tz, problem)
    recurrence_id = None
    if (rid := _value(event, "RECURRENCE-ID", problem)) is not None:
        recurrence_id = rid[1].isoformat()

    # (without its lines to the panel: "Interviewers: please submit feedback in Lever")
    description = to_the_panel_too(
        plain_description(str(event.get("DESCRIPTION", ""))), candidate.name
    )
    fields = description_fields(description)
    people = find_people(event, fields, candidate, description)
    company, role = company_and_role(event, summary, description, fields, people, candidate)
    notes = tuple(
        (name_key(key.removeprefix("notes for ")), one_line(value, 500))
        for key, value in fields.items()
        if key.startswith("notes for ")
    )
    reply_by = parse_reply_by(fields.get("reply by", ""), start.date())
    status = _status(event, fields.get("status", ""), event_categories(event))
    if method.strip().upper() == "CANCEL":
        status = "cancelled"
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
        interviewers=people.interviewers,
        contact=people.contact,
        notes=one_line(fields.get("notes", ""), 500),
        notes_for=notes,
        invite_from=people.invite_from,
        contact_absent=people.contact_absent,
    )


#: An agency that keeps its client's name to itself.
_CONFIDENTIAL = re.compile(
    rf"\s*(?:a\s+)?(?:{UNDISCLOSED})\b"
    r"|\s*(?-i:[a-zäöü]{2,})\s+\S"  # a description, no name: "namhafter Automobilzulieferer"
    # or two words in small letters that no name has: "Tier 1 iron ore producer, Pilbara"
    r"|(?:\S+\s+){1,2}(?!(?:for|the|and|und|des|del|los|las|der|die|das|von|van|with)\b)"
    r"(?-i:[a-zäöü]{3,})\s+(?-i:[a-zäöü]{3,})\b",
    re.IGNORECASE,
)
#: The short forms of job titles' words: "Sr.", "Mgr", "Assoc.".
_SHORT_FORMS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "mgr": "manager",
    "dir": "director",
    "assoc": "associate",
    "asst": "assistant",
    "coord": "coordinator",
    "exec": "executive",
    "eng": "engineer",
    "engr": "engineer",
    "dev": "developer",
    "spec": "specialist",
}


def _unshortened(role: str) -> str:
    """ "Sr. Lifecycle Marketing Mgr" -> "seniorlifecyclemarketingmanager", for comparing."""
    words = re.findall(r"[^\W_]+", role.lower())
    return "".join(_SHORT_FORMS.get(w, w) for w in words)


def _as_spelled(name: str, text: str) -> str:
    """The name as the text spells it, case aside ("Aire and Wharfe NHS Foundation Trust")."""
    found = re.search(re.escape(name), text[:20_000], re.IGNORECASE)
    return found[0] if found else name


_JOB_AND_FIRM = re.compile(
    r"\(([^(),\n]{2,60}),[ \t]*([A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,4})\)"
)
#: An organisation in brackets after a directory's name: "OBI, Amaka (AIRE AND WHARFE NHS ...)".
_DIRECTORY_ORG = re.compile(r"\(([^()]{3,80})\)\s*$")
#: A public health service, whose boards' names start with it: "NHS Lothian", "HSE South".
_SERVICES = frozenset({"nhs", "hse"})
_UNNAMED_CLIENT = re.compile(
    rf"\((?:{UNDISCLOSED})\)|\b(?:{UNDISCLOSED})[ \t]+client\b", re.IGNORECASE
)
_LATIN_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Za-z][\w&.'’-]*)*")


#: What a role line says after a dash that is no unit of the job: where it is, the contract.
_PLACE_OR_CONTRACT = re.compile(
    r"\b(?:school|academy|college|university|campus|cent(?:er|re)|hospital|clinic|institute"
    r"|trust|council|store|branch|office|site)[ \t]*$"  # a place's name ends so, not "Hospital Medicine"
    r"|\b(?:stores|remote|hybrid|on-?site|contract|permanent|temporary|full[- ]time|part[- ]time"
    r"|cdi|cdd|fte|eft|unidade|unidad)\b",
    re.IGNORECASE,
)
#: A town and its state (company.A_PLACE) in a bracket after a job: "(St. Joseph, MI)".
_TOWN_AND_STATE = re.compile(rf"\s*\((?:{A_PLACE.pattern})\)\s*$")


def _a_unit_of_the_job(text: str) -> bool:
    """ "ICU (Nights)", "Aseptic Services (Band 7)", "IoT Platform": a few words of the job's
    own unit or specialty, not the place ("Cottonwood Bend Middle School", "Annapolis
    Junction, MD") nor the contract."""
    unit = re.sub(r"\([^()]*\)", " ", text).strip()  # what the brackets say of it aside
    return (
        0 < len(unit.split()) <= 4
        and "," not in unit
        and not _PLACE_OR_CONTRACT.search(unit)
        and (not ORGANISATION_END.search(unit) or SPECIALTY.fullmatch(unit) is not None)
    )


def _without_place(unit: str) -> str:
    """ "UTI Adulto (Unidade Campinas)" -> "UTI Adulto": a bracket that says where, or the
    contract ("(0.8 EFT)"), is no part of the job's name."""
    return re.sub(r"\s*\([^()]*\)", lambda m: "" if _PLACE_OR_CONTRACT.search(m[0]) else m[0], unit)


def _heading(description: str) -> str:
    """A line among a description's first three that is a title of its own, as interview
    schedulers write one over each session ("Lumenfield Onsite - Senior Product Designer" over
    "Session 1 of 3: App Critique"), or under a cancellation's sentence ("This interview has
    been canceled." over "Round 2: Architecture Review - Site Reliability Engineer II"):
    segments, a job and the kind of interview; "" when none is."""
    lines = [x.strip() for x in description[:500].splitlines() if x.strip()][:3]
    for line in lines:
        segments = re.search(r"\s[-–—|]\s", line)
        # "Onsite", "Phone screen", "Interview", "Case Study Presentation", "Round 2"
        kind = is_interview(line, (), _DEFAULT_RULES) or names_a_stage(line)
        if len(line) <= 120 and segments and kind and names_a_job(line):
            return line
    return ""


_DEFAULT_RULES = DetectRules()


def _address_name(email: str) -> str:
    """ "priya.sharma@acme.com" -> "priya sharma": what a person's address says of their name."""
    local = email.partition("@")[0] if "@" in email else ""
    return " ".join(re.split(r"[._\-+]+", local)) if not re.search(r"\d", local) else ""


def company_and_role(
    event: icalendar.Event,
    summary: str,
    description: str,
    fields: dict[str, str],
    people: People,
    candidate: Candidate,
) -> tuple[str, str]:
    """design.md order: explicit lines, then the title and the description, then the domain."""
    everyone = parties(event)
    named = [p.person for p in everyone if p.why_not(candidate) in _NAMED]
    named += [p for p in (*people.interviewers, people.contact) if p]
    # a person's name, or the name in their address when the invite gives none ("priya.sharma")
    party_names = [n for p in named for n in (p.name, _address_name(p.email)) if n]
    names = name_filter(candidate.name, party_names)
    titles = [summary, fields.get("event name", "")]
    guessed = [title_candidates(t, names, candidate.name) for t in titles if t]
    from_text = description_candidates(description, names)
    # and the addresses the description gives ("Host: Marcus Delacroix (mdelacroix@...)")
    emails = [p.person.email for p in everyone] + [p.email for p in people.interviewers]
    if not any(company_from_domain(e, candidate.emails) for e in emails):
        # a system's invite whose text gives the employer's own address ("For help, contact
        # graduate.recruitment@lomondlife.example"): its domain is the employer's
        emails += [e.lower() for e in TEXT_ADDRESS.findall(description[:20_000])]
    explicit = next((fields[k] for k in ("client", "company", "organization") if fields.get(k)), "")
    titled = [c for companies, *_ in guessed for c in companies]
    weak = [c for *_, brackets in guessed for c in brackets]
    # "Tooling Engineer - Progressive Dies", which the `Position:` line says whole: the role's
    asked_for = squash(fields.get("role", ""))
    # (or writes short: "(case mgr)" of "Position: RN Case Manager")
    titled = [
        c
        for c in titled
        if not (asked_for and (squash(c) in asked_for or squash(_unshortened(c)) in asked_for))
    ]
    # a title's part the description names too ("... interview for Data Scientist - Customer
    # Churn at Sinar Telecom") before the title's other parts
    confirmed = {squash(t) for t in from_text[0]}
    said = sorted(titled, key=lambda c: squash(c) not in confirmed) + from_text[0]
    # a recruiting system's or shared mailbox's sender name is the employer's: "University of
    # Moreton Bay" <moretonbay@myworkday.com>, "Outback Classrooms Recruitment" <noreply@shl.com>
    said += [
        name
        for p in everyone
        if p.organizer and p.why_not(candidate) not in _NAMED
        for name in [sender_company(p.person.name)]
        if name and not names.of_a_person(name)
    ]
    # the organisation Exchange's directory writes after a person's name: "OBI, Amaka (AIRE AND
    # WHARFE NHS FOUNDATION TRUST)", "Ross Gillespie (NHS Strathmore)" (a health board's, whose
    # nation's one domain names none), said after the title (whose parts may be its unit)
    said += [
        _as_spelled(unshout(m[1].strip()), description)
        for p in everyone
        for m in [_DIRECTORY_ORG.search(p.cn)]
        if m and (squash(m[1].split()[-1]) in ORG_KINDS or squash(m[1].split()[0]) in _SERVICES)
    ]
    # the firm after a person's job in brackets: "Deirdre Quinlan (Validation Manager, Brosna
    # Pharma) has scheduled ..." (a relay's invite that names its people only so)
    said += [
        m[2]
        for m in _JOB_AND_FIRM.finditer(description[:5_000])
        if names_a_job(m[1]) and ORGANISATION_END.search(m[2]) and not names_a_unit(m[2])
    ]  # not the unit of "(Senior Physiotherapist, Early Childhood)"
    # what two of them say (the text and the system's sender name: "... at Castlegate
    # Construction" from "Castlegate Construction" <castlegate@myworkday.com>) before what the
    # title alone says ("Senior Site Engineer - Civils & Drainage")
    twice = {k for k in map(squash, said) if [squash(p) for p in said].count(k) > 1}
    said = sorted(said, key=lambda p: squash(p) not in twice)
    company = choose_company(
        clean_company(one_line(explicit)),
        said,
        # a title joined by "_" alone spells the name with spaces ("Dunmore_Pryce_Stage2_...")
        f"{summary if ' ' in summary.strip() else summary.replace('_', ' ')}\n{description}",
        emails,
        candidate.emails,
        weak,
    )
    roles = [r for _, found, *_ in guessed for r in found] + from_text[1]
    if heading := _heading(description):  # its job only: its company a title's would beat
        roles += title_candidates(heading, names, candidate.name)[1]
    roles += [u for _, _, units, _ in guessed for u in units]
    # "Interview — Digital Archivist (panel)" from schooloffineart.net, "Jobbintervju:
    # Logistikkanalytiker – Lyngen Sjømat": the title's one segment that is not the company is
    # the role (in a language whose job words followup does not know).
    # (a topic written small is none: "HR round – Fintrax (widełki, benefity)")
    leftover = [c for c in guessed[0][0] if squash(c) != squash(company)] if guessed else []
    leftover = [c for c in leftover if not written_small(c)]
    if not roles and len(leftover) == 1 and len(guessed[0][0]) - len(leftover) <= 1:
        roles = leftover
    # a role line may go on about the job: "Poste : Data Engineer (H/F) – CDI – Lyon", "6th
    # Grade Science Teacher - Cottonwood Bend Middle School"; a job goes on with its function or
    # unit: "Manager – Business Finance", "Registered Nurse - ICU (Nights)"
    asked, *more = re.split(r"(\s+[-–—|]\s+)", fields.get("role", ""), maxsplit=2)[:3]
    open_bracket = asked.count("(") > asked.count(")")  # "(remoto – Barcelona ou Lisboa)"
    if more and "|" not in more[0] and not open_bracket:
        if len(asked.split()) == 1:
            asked += "".join(more)
        elif _a_unit_of_the_job(more[1]):
            asked += more[0] + _without_place(more[1])
    # a job of one word in the title ("Manager"), which the text names with its function, or
    # whole ("Developer" of a title joined by "_", "the Android Developer position")
    if roles and len(roles[0].split()) == 1:
        longer = [
            r for r in roles[1:] if roles[0] in (r.split()[0], r.split()[-1]) and len(r.split()) > 1
        ]
        roles = longer[:1] + roles
    # a job written short in the title ("Sr. Lifecycle Marketing Mgr") that the text writes whole
    short = roles[0] if roles else ""
    whole = [r for r in roles[1:] if len(r) > len(short) and _unshortened(r) == _unshortened(short)]
    if whole:
        roles = whole[:1] + roles
    asked = re.sub(r",\s*\d.*$", "", asked).strip() or asked  # ", 0.8 FTE, starting Term 1"
    asked = re.sub(r"\s*\([^)]*$", "", asked) or asked  # what the cut left: "(remoto"
    asked = _TOWN_AND_STATE.sub("", asked) or asked
    asked = CONTRACT.sub("", asked).strip() or asked  # "Logistics Manager (direct hire)"
    role = one_line(asked or next(iter(roles), ""), 200)  # regexes run on one line
    role = without_company(clean_role(role), company)
    role = "" if squash(role) == squash(company) else role  # an agency's "Redline Sales Search"
    company = company if explicit else without_place(unshout(company))
    # "Client: Confidential (leading regional bank)", "... - Tier 1 Contractor (Confidential)"
    if _CONFIDENTIAL.match(explicit) or (not explicit and _UNNAMED_CLIENT.search(summary)):
        # the agency that screens for it when its own people interview (the candidate met them,
        # at their addresses); the client's interview, whose people the agency names at most,
        # names no company: the draft says "the role"
        if any(p.email for p in people.interviewers):
            company = choose_company("", [], description, emails, candidate.emails)
        else:
            company = ""
    elif CJK.search(company) and (latin := _LATIN_NAME.search(company)):
        company = latin[0]  # "星河电商 Xinghe E-commerce": the name an English draft uses
    role = unshout(names.strip_candidate(role, candidate.name).strip(" |-"))
    return one_line(company), one_line(role)
