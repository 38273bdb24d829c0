"""Which calendar events are interviews: keywords, then the other signs real invites carry. Pure.

design.md "reading the calendar": an event is an interview when its SUMMARY or CATEGORIES match
the detect keywords and no exclude keyword. Real invites also say it other ways, and those count
too (`weighs_as_interview`): an interview round in the title, a "Technical Discussion" sent by an
employer, an invite from a recruiting system whose description says it is an interview, a title
naming the candidate and a job. Each sign alone is too weak (a "Round 2" of a chess tournament, a
vendor's "Discussion"), so a sign of the interview's kind needs one more sign that supports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .model import Candidate, DetectRules
from .senders import (
    company_from_domain,
    is_own_domain,
    is_recruiting_system,
    is_scheduling_link,
    is_service,
)

#: Between the words of a phrase: "phone screen" also matches "phone-screen" and "Phone  Screen".
_GAP = r"[\s_-]+"


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any phrase as whole words; None without phrases."""
    words = ([w for w in re.split(_GAP, phrase) if w] for phrase in phrases)
    alternatives = sorted(
        {_GAP.join(map(re.escape, ws)) for ws in words if ws}, key=len, reverse=True
    )
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _compiled(rules: DetectRules) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The (keywords, exclude) regexes of a rules object, compiled once (DetectRules is frozen)."""
    return _phrase_pattern(rules.keywords), _phrase_pattern(rules.exclude)


def is_interview(summary: str, categories: Iterable[str], rules: DetectRules) -> bool:
    """design.md: an interview when SUMMARY or a CATEGORY matches a keyword and no exclude does.

    Matching is case-insensitive on whole words ("Interview prep" is excluded, "Interviewer" is no
    keyword); spaces, hyphens and underscores inside a phrase are interchangeable.
    """
    keywords, exclude = _compiled(rules)
    if keywords is None:
        return False
    texts = [summary or "", *(str(c) for c in categories)]
    if is_lookalike((summary or "").replace("_", " ")):
        return False
    if not any(keywords.search(t) for t in texts):
        return False
    return exclude is None or not any(exclude.search(t) for t in texts)


def is_excluded(summary: str, categories: Iterable[str], rules: DetectRules) -> bool:
    """An exclude keyword in the SUMMARY or a CATEGORY: never an interview, whatever else."""
    exclude = _compiled(rules)[1]
    texts = [(summary or "").replace("_", " "), *(str(c) for c in categories)]
    return exclude is not None and any(exclude.search(t) for t in texts)


# -- the other signs of real invites ----------------------------------------------------------

#: An interview round: "Round 1", "Virtual Round 2", "HR round", "2nd round", "Expertise Round".
#: Not "round table", "round-up", "round robin", "golf round": those words never precede it.
_ROUND = re.compile(
    r"\bround[\s_-]*(?:\d+|one|two|three|four|five|i{1,3}|iv|v)\b(?![\s_-]*(?:table|up|robin))"
    r"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|final|next|hr|technical|tech|expertise"
    r"|managerial|manager|management|coding|virtual|online|f2f|culture|cultural|behaviou?ral|case"
    r"|aptitude|gd|director|panel|client|interview|screening|telephonic|video|face[\s_-]to[\s_-]face"
    r"|system[\s_-]design|design|domain|functional|leadership|hiring[\s_-]manager)[\s_-]+round\b"
    r"(?![\s_-]*(?:table|up|robin))",
    re.IGNORECASE,
)
#: Titles that borrow an interview's words for something else: a round of a game or of drinks,
#: a technician's on-site visit, a phone screen repaired, a talk or course about interviews. A
#: keyword inside them is no interview either, unless the title also names a job.
_LOOKALIKE = re.compile(
    r"\b(?:golf|quiz|trivia|pub|chess|tournament|poker|boxing|league|drinks?|beers?|tennis"
    r"|cricket|darts|bowling|karaoke|bingo|technician|repair|replacement|installation|install"
    r"|plumber|electrician|delivery|maintenance|webinar|workshop|masterclass|bootcamp|course"
    r"|class|lecture|seminar|meetup|tips|how\s+to|crack|podcast|episode|hackathon|competition"
    r"|contest|olympiad|championship|plumbing|hack\w*|pitch(?:es)?|jury|judges|user\s+research"
    r"|research\s+interview|user\s+interview|customer\s+interview|exit\s+interview|vs\.?"
    r"|versus|ladder|semi-?finals?|quarter-?finals?|enrol+ment|visa|immigration|citizenship"
    r"|passport|embassy|consulate|customs|nexus|global\s+entry|biometrics?)(?!\w)",
    re.IGNORECASE,
)
#: A description about press or a service visit, not a job: "a feature for Data Weekly magazine",
#: "Technician: Rudy. Arrival window 8am-12pm".
_NOT_A_JOB = re.compile(
    r"\b(?:magazine|podcast|newspaper|journalist|on\s+the\s+record|article|episode|technician"
    r"|arrival\s+window|service\s+(?:call|visit)|repair|replacement|installation|tiebreak"
    r"|best\s+of\s+(?:three|five)|kick-?off|referee)\b",
    re.IGNORECASE,
)
#: "Interview" in the languages of the invites seen: a job interview when a job is named too
#: (French "entretien" alone is also a boiler's maintenance).
_FOREIGN = re.compile(
    r"\b(?:entretien|entrevista|colloquio|vorstellungsgespr(?:ä|ae)ch|bewerbungsgespr(?:ä|ae)ch"
    r"|sollicitatiegesprek|intervista)\b",
    re.IGNORECASE,
)
#: The description names the job as an opening: "our chat about the Data Platform Engineer
#: opening" (Google's bare invites from a hiring manager).
_OPENING = re.compile(
    r"\b(?:the|this|our|an?)[ \t]+(?:[\w/&+-]+[ \t]+){0,5}?(?:opening|vacancy|position)\b",
    re.IGNORECASE,
)
_DISCUSSION = re.compile(
    r"\b(?:technical|tech|techno|hr|final|managerial)?[\s_-]*discussion\b", re.I
)
#: The description telling the candidate it is their interview (Calendly's "Event Name: ...
#: Interview", an ATS's "your interview with", "invited you to an interview").
_DESCRIBED = re.compile(
    r"^[ \t]*event[ \t]+(?:name|type)[ \t]*:[^\n]*\binterview"
    r"|\b(?:your|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?interview\b"
    r"|\binterview[ \t]+(?:with|for|at|invitation|invite|details|confirmation|schedule|slot"
    r"|is[ \t]+scheduled|has[ \t]+been[ \t]+(?:scheduled|confirmed|booked))\b"
    r"|\b(?:invited|invitation|invite|scheduled|confirmed|booked)\b[^.\n]{0,40}\binterview",
    re.IGNORECASE | re.MULTILINE,
)
#: A stage of a hiring process named in the title ("Culture fit", "Recruiter screen", "Bar
#: raiser", "Take-home review", "Intro call"): needs a job or another sign, as "Intro call" and
#: "Portfolio review" are also what friends and clients book.
_STAGE = re.compile(
    r"\b(?:culture[\s_-]+(?:fit|add)|recruiter[\s_-]+(?:screen|call|chat)|bar[\s_-]+raiser"
    r"|take[\s_-]*home(?:[\s_-]+(?:review|debrief|presentation))?|intro(?:ductory)?[\s_-]+call"
    r"|portfolio[\s_-]+review|screen(?:ing)?)\b",
    re.IGNORECASE,
)
#: The description lists the job or the interviewer ("Position: ML Engineer", "Interviewer:").
_FIELDED = re.compile(
    r"^[ \t*•-]*(?:role|position|job[ \t]+title|interviewers?|interview[ \t]+panel)[ \t]*:[ \t]*\S",
    re.IGNORECASE | re.MULTILINE,
)
#: A job named in the title ("Data Analyst Intern", "MERN STACK DEVELOPER").
_JOB = re.compile(
    r"\b(?:engineer|developer|designer|analyst|scientist|architect|intern|internship|trainee"
    r"|consultant|specialist|programmer|sre|swe|sde|sdet|devops|full[\s_-]?stack|front[\s_-]?end"
    r"|back[\s_-]?end|mern|fresher|graduate[\s_-]trainee|associate|executive|manager"
    r"|ing[ée]ni\w+|engenheir\w+|entwickler\w*|desarrollador\w*|d[ée]veloppeu\w+|analista|analyste"
    r"|stagiaire|praktikant\w*|werkstudent\w*|estagi\w+|becari[oa])s?\b",
    re.IGNORECASE,
)


def weighs_as_interview(
    summary: str,
    description: str,
    senders: Sequence[str],
    candidate: Candidate,
    rules: DetectRules,
) -> bool:
    """The signs other than keywords (module doc); `senders`: the organizer's and attendees'
    addresses. The exclude keywords still win ("Mock round 1")."""
    _, exclude = _compiled(rules)
    title = summary.replace("_", " ")
    if (exclude is not None and exclude.search(title)) or is_lookalike(title, description):
        return False
    external = [e for e in senders if e and e not in candidate.emails]
    employer = any(company_from_domain(e, candidate.emails) for e in external)
    system = any(is_recruiting_system(e) for e in external) or is_scheduling_link(description)
    job = bool(_JOB.search(title))
    named = _names_candidate(title, candidate.name)
    described = bool(_DESCRIBED.search(description))
    round_ = bool(_ROUND.search(title))
    fielded = bool(_FIELDED.search(description))
    support = job + named + system + described + fielded
    if _FOREIGN.search(title) and (job or fielded or named or system):
        return True  # "Entretien technique – Data Engineer – Lumière Analytique"
    if _OPENING.search(description) and job and employer:
        return True  # "Tailspin Toys - Data Platform Engineer", "about the ... opening"
    if _STAGE.search(title) and (job or fielded or named):
        return True  # "Litware Recruiter screen - Data Engineer II", "Culture fit" + Position:
    if round_ and support + employer >= 1:
        return True  # "Round 1 || Data Analyst Intern", "HR ROUND" from the employer
    if _DISCUSSION.search(title) and employer and support >= 1:
        return True  # advice's "Technical Discussion - <candidate> - Payments" from an employer
    if described and (job or named or system or employer):
        return True  # "Jane and Northwind" whose description says "Event Name: Interview"
    return job and named  # an ATS title: "XYZ_1st_Internship Frontend Developer_<candidate>"


def among_colleagues(senders: Sequence[str], candidate: Candidate) -> bool:
    """Everyone on the invite but tools is at the candidate's own employer or school: it is their
    work (an interview they give, a colleague's "Technical Discussion"), not their interview."""
    others = [e for e in senders if e and e not in candidate.emails and not is_service(e)]
    return bool(others) and all(is_own_domain(e, candidate.emails) for e in others)


def is_lookalike(title: str, description: str = "") -> bool:
    """A title that only borrows an interview's words (`_LOOKALIKE`), or a description about the
    press or a service visit, with no job named in the title or the description's lines."""
    if _JOB.search(title) or _FIELDED.search(description):
        return False
    return bool(_LOOKALIKE.search(title) or _NOT_A_JOB.search(description))


def _names_candidate(title: str, name: str) -> bool:
    """The candidate's full name in the title (either order): someone else wrote it about them."""
    words = name.split()
    if len(words) < 2:
        return False
    key = " ".join(title.casefold().replace(",", " ").split())
    return any(" ".join(o).casefold() in key for o in (words, list(reversed(words))))


#: `_FOREIGN`'s words as hints ("*": the start of a longer word).
_FOREIGN_HINTS = (
    *("entretien", "entrevista", "colloquio", "intervista"),
    *("sollicitatie*", "vorstellungsgespr*", "bewerbungsgespr*"),
)


def hint_words(candidate_name: str) -> tuple[str, ...]:
    """Words that every event accepted other than by its SUMMARY and CATEGORIES holds somewhere
    in its text, at the start of a word (the prefilter keeps the events that hold one): a round,
    a discussion, an interview in the description or another language, an opening, a scheduling
    system's "Event Name:" line, a stage's name (`_STAGE`), or the candidate's name in the
    title. Each is a whole word,
    but for those ending in "*", which may start one ("Vorstellungsgespräch")."""
    names = [w for w in candidate_name.split() if len(w) > 1]
    longest = (max(names, key=len) + "*",) if len(names) > 1 else ()
    words = ("round", "discussion", "interview", "opening", "vacancy", "position", "event name")
    stages = ("culture", "recruiter call", "recruiter chat", "raiser", "take-home", "take home")
    stages += ("takehome", "intro*")
    stages += ("portfolio", "screen*")
    return (*words, "event type", *stages, *_FOREIGN_HINTS, *longest)
