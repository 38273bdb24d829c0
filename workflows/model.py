"""The plain data the pure core passes around. No I/O, no clock: every time is a parameter."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

#: Interview statuses (contract: `plan --json` "status"). All but "active" carry no nudge or
#: check-in; "cancelled" carries nothing at all.
STATUSES = ("active", "replied", "withdrawn", "cancelled", "superseded")


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Letters no accent makes, as mail domains spell them ("Kalvø Mølle" ~ kalvomolle.dk).
_PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ı": "i"}
)


def squash(text: str) -> str:
    """Letters and digits only, case and accents aside ("Bellerive Énergie" ~ bellerive-energie)."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN_LETTERS))
    return re.sub(r"[^\w]|_", "", "".join(c for c in plain if not unicodedata.combining(c)))


#: Words that say what kind of place a name is ("Wattle Park College", "Halvern Bank
#: Technology Centre"), which a mail domain often leaves out and no surname is.
ORG_KINDS = word_set(
    "college school university academy institute hospital clinic bank group museum library"
    " council foundation trust center centre alliance association society federation coalition"
)


#: Titles before a name, never a given name ("Dr. Jane Doe"), in the languages of the invites
#: seen: Spanish and Portuguese "Dra.", "Lic.", "Mtra.", "Ing.", "Sra.", "D.", "Dña."; Italian
#: "Dott.ssa", "Avv."; German "Herr", "Frau", Austrian "Mag.a", "Dr.in"; French "M.", "Mme"; Dutch
#: "Drs.", "Ir."; Mexico's
#: "QFB" (a pharmacist's degree written as a title).
HONORIFICS = word_set(
    "dr mr mrs ms miss mx prof sir dame dra dres lic licda mtro mtra ing arq qfb sr sra srta"
    " dott dott.ssa dr.ssa prof.ssa avv sig sig.ra herr herrn frau m mme mlle drs ir dña d mag mag.a"
    " dr.in hon cdr maj capt cpt col ltc lt sgt gen adm cmdr"  # and military ranks
    " coach fr headmaster headmistress principal superintendent"  # a school's coach and heads, a priest
    " dr.-ing dipl.-ing dipl-ing"  # German engineers' degrees, written as titles
    " mgr inż inz hab pani panie panią"  # Polish degrees and forms of address (not "Pan": a surname)
    " ibu bapak pak mbak"  # Indonesian forms of address: "Ibu Ratih", "Pak Hendra" (not "Bu", "Mas")
    " κ κα κος κυρία κύριος κύριε κυρίου δρ"  # Greek: "κ. Γεώργιο Αλεξίου", "κα Δέσποινα ..."
)
#: Titles only as written in capitals: Austria's "DI" (Diplom-Ingenieur), not the name "Di".
_CAPITAL_HONORIFICS = frozenset({"DI", "FH"})

#: Legal-form words ignored at the end of a company name ("Acme, Inc." is "Acme").
COMPANY_SUFFIXES = frozenset(
    {"inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "corporation"}
    | {"co", "company", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy"}
    | {"ab", "asa", "pty", "pvt", "kk", "sl", "ltda", "sro"}
)


#: The last word of an organisation's name, never of a person's or a job's: "Chesapeake Trust
#: Bank", "Prabhat Engineering Services".
ORGANISATION_END = re.compile(
    r"\b(?:bank|group|inc|llc|ltd|university|college|hospital|company|corp|technologies|systems"
    r"|solutions|services|partners|labs|consulting|holdings|federal|insurance|capital|health"
    r"|healthcare|medical|retail|logistics|payments|ventures|industries|pharma|motors)\.?$",
    re.IGNORECASE,
)


#: Titles that are also given names without their dot: the Gulf's "Eng." (an engineer), not
#: the "Eng" of "Lim Eng Huat".
_DOTTED_HONORIFICS = word_set("eng")


#: Short forms inside names: the Philippines' "Ma." (Maria), Malaysia's "Mohd.", Bangladesh's
#: "Md." (Mohammad), "Jr.": no sentence ends at them, and a greeting uses the name after the first.
NAME_ABBREVIATIONS = word_set("ma mohd muhd md jr")
#: Of them, those no one is called alone, so written without the dot too: "Mohd Hafiz" (not
#: "Ma", a Chinese surname).
_ABBREVIATIONS_UNDOTTED = word_set("mohd muhd md")


#: German's umlauts as names are spelled without them ("Bäuerle" is "Baeuerle" in an address
#: or a title typed on an English keyboard).
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def spelled_out(name: str) -> str:
    return name.translate(_UMLAUTS)


def is_honorific(word: str) -> bool:
    lower = word.lower()
    return (
        lower.rstrip(".") in HONORIFICS
        or (lower[-1:] == "." and lower[:-1] in _DOTTED_HONORIFICS)
        or word in _CAPITAL_HONORIFICS
    )


#: The commonest Chinese surnames as Singapore, Malaysia, Hong Kong and pinyin spell them: a
#: name that starts with one, followed by syllables of Chinese ("Lim Wei Jie"), is written
#: surname first, unless it also ends with one ("Li Ping Seah", "Wei Ling Tan": given name
#: first). A given name that is also a surname ("Lee Ann Smith") is told apart by its
#: syllables, which "Smith" is not.
CHINESE_SURNAMES = word_set(
    "tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong chia seah"
    " foo leong yap lau loh quek heng kwok chen wang li zhang liu yang huang zhao wu zhou xu"
    " sun ma zhu hu guo lin luo zheng liang xie song tang han feng deng cao peng zeng xiao"
    " cheng cai pan yuan jiang du ye su lu ding shen yao zhong fan jin shi"
)
#: One romanised Chinese syllable: "Wei", "Jie", "Siew", "Ling", "Hui", "Yin".
_SYLLABLE = re.compile(
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts|ng)?h?(?:[aeiou]{1,3}|y[aeiou]{0,2})"
    r"(?:ng|n|m|h|k|p|t|w|y)?",
    re.IGNORECASE,
)


def _given_after_surname(words: list[str]) -> str:
    """The given name of a Chinese name written surname first; "" when it is not one."""
    if len(words) < 3:
        return ""
    if words[-1].lower() in CHINESE_SURNAMES:
        # "Mei Ling Jasmine Tan": an English name after the Chinese ones is what she goes by
        english = [i for i, w in enumerate(words[:-1]) if not _SYLLABLE.fullmatch(w)]
        return words[-2].capitalize() if english == [len(words) - 2] else ""  # "Li Ping Seah"
    if words[0].lower() not in CHINESE_SURNAMES:
        return ""
    if words[0].isupper() and len(words) == 4 and not _SYLLABLE.fullmatch(words[-1]):
        return words[-1].capitalize()  # "TAN Mei Ling Jasmine": her English name
    syllables = words[1:3]
    if len(words) == 3 and all(_SYLLABLE.fullmatch(w) for w in syllables):
        return " ".join(w.capitalize() for w in syllables)
    return ""


#: Chinese, Japanese or Korean script: a word of it has no case, and no Latin letters.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Chinese and Japanese punctuation as the readers know it: "佐藤 遥（部長）、中村 健太" is two
#: people, "【灵犀科技】面试邀请" a bracket and a title.
FULL_WIDTH = str.maketrans(
    {"（": " (", "）": ") ", "【": " [", "】": "] ", "、": ", ", "，": ", ", "；": "; "}
    | {"：": ": ", "｜": " | ", "／": " / "}
)


#: A given name as people write it: letters, with inner hyphens or apostrophes ("Jean-Luc"),
#: and the combining accents of Yoruba's tones ("Adébáyọ̀": o, a dot below, then a grave).
_LETTERS = r"(?:[^\W\d_][\u0300-\u036f\u1dc0-\u1dff]*)+"
_GIVEN_NAME = re.compile(rf"{_LETTERS}(?:['’-]{_LETTERS})*")


@dataclass(frozen=True)
class Person:
    """Someone an email goes to. Either part may be "" when unknown; email is lower-case."""

    name: str
    email: str

    @property
    def first_name(self) -> str:
        """The given name for a greeting ("Jane" of "Dr. Jane Doe"); "" when the name is no
        person's name as written (an address, "recruitment_team", initials): then "Hello,". A
        Chinese name written surname first ("Lim Wei Jie", "TAN Mei Ling Jasmine") greets the
        given name ("Wei Jie", "Jasmine")."""
        words = [w for w in self.name.split() if not is_honorific(w)]
        if len(words) > 1 and words[0].lower() == "the" and len(words) < len(self.name.split()):
            words = words[1:]  # "The Hon. Graham Pettigrew"
        if given := _given_after_surname(words):
            return given
        short = words[0].lower() if words else ""
        dotted = short[-1:] == "." and short[:-1] in NAME_ABBREVIATIONS
        if len(words) > 2 and (dotted or short in _ABBREVIATIONS_UNDOTTED):
            words = words[1:]  # "Ma. Cristina Dela Cruz": Cristina; "Mohd Hafiz bin Ismail"
        first = words[0] if words else ""
        if len(first) < 2 or not _GIVEN_NAME.fullmatch(first):
            return ""
        if not (first.isupper() or first.islower()):
            return first
        return re.sub(_LETTERS, lambda m: m[0].capitalize(), first)  # "JEAN-LUC": Jean-Luc

    @property
    def display(self) -> str:
        """The name ("Jane Doe"), or the address when no name is known."""
        return self.name or self.email


@dataclass(frozen=True)
class Candidate:
    """The job seeker: from `[candidate]` in the config."""

    name: str
    email: str  # the address drafts are sent from
    timezone: str  # IANA zone name, e.g. "America/New_York"
    signature: str
    other_emails: tuple[str, ...] = ()  # every other address they use: never a recipient either

    @property
    def emails(self) -> tuple[str, ...]:
        """Every address of the candidate, lower-case (`[candidate] email` may be a list)."""
        return tuple(e.strip().lower() for e in (self.email, *self.other_emails) if e.strip())


@dataclass(frozen=True)
class DetectRules:
    """From `[detect]`: an event is an interview when a keyword matches and no exclusion does."""

    keywords: tuple[str, ...] = (
        "interview",
        "phone screen",
        "screening call",
        "technical screen",
        "onsite",
        "on-site",
        "hiring manager",
        "final round",
    )
    exclude: tuple[str, ...] = ("prep", "preparation", "mock", "practice")


@dataclass(frozen=True)
class Interview:
    """One interview (one occurrence of a recurring event), extracted from a calendar event."""

    uid: str
    recurrence_id: str | None  # ISO start of the occurrence for recurring events, else None
    summary: str
    company: str  # "" when unknown
    role: str  # "" when unknown
    start: datetime  # timezone-aware, in the candidate's zone
    end: datetime  # timezone-aware, in the candidate's zone
    reply_by: date | None
    status: str  # one of STATUSES
    interviewers: tuple[Person, ...] = ()
    contact: Person | None = None
    #: The `Notes:` line: what the thank-you says was learned or discussed ("" for none);
    #: `notes_for` holds the `Notes for Jane:` lines, by the name given (as people.name_key).
    notes: str = ""
    notes_for: tuple[tuple[str, str], ...] = ()
    #: The address the invite came from (its organizer, a robot maybe): said in a reminder with
    #: nobody to address, for the person to decide.
    invite_from: str = ""
    #: The invite says the contact is not in the interview ("I won't be on the call myself"):
    #: the thank-you, with no interviewer known, goes to nobody rather than to them.
    contact_absent: bool = False

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.uid, self.recurrence_id)


@dataclass(frozen=True)
class Stage:
    """One follow-up stage of a workflow (see workflows/interview.toml)."""

    name: str  # "thank-you", "nudge", "check-in", ...
    template: str  # template name without extension, e.g. "thank-you"
    summary: str  # reminder title, str.format fields: {stage} {to} {company} {role}
    anchor: str  # "end", "reply_by" (end of that day) or the name of an earlier stage
    offset: timedelta
    fallback_anchor: str | None = None  # used when anchor is "reply_by" and none is known
    fallback_offset: timedelta | None = None
    due: timedelta | None = None  # deadline, relative to the anchor; None: no deadline
    recipients: str = "contact"  # "interviewers" (one each) or "contact" (one follow-up)
    only_active: bool = True  # False: also for replied/withdrawn/superseded interviews
    max_words: int = 150  # lint limit of the rendered body


@dataclass(frozen=True)
class Workflow:
    """The stages and their timing rules (a bundled or user workflow file, plus config overrides)."""

    name: str
    stages: tuple[Stage, ...]
    lookback_days: int = 30
    horizon_days: int = 365  # how far ahead interviews are read
    business_days: bool = True
    working_hours: tuple[time, time] = (time(9, 0), time(18, 0))
    stale_after: timedelta = timedelta(days=2)  # contract: no reminder > 2 days old on first sight


@dataclass(frozen=True)
class FollowUp:
    """One reminder to write: a stage of an interview, to one recipient (or the contact)."""

    interview: Interview
    stage: Stage
    at: datetime  # reminder time, aware, in the candidate's zone, inside a working slot
    due: datetime | None
    to: tuple[Person, ...]  # empty: the person fills in the To: line
    uid: str  # the reminder event's UID (stable, see schedule.reminder_uid)


@dataclass(frozen=True)
class Draft:
    """A rendered email."""

    to: tuple[Person, ...]
    subject: str
    body: str
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class EventProblem:
    """A calendar event that could not be used, and why (reported, then the run goes on)."""

    uid: str
    summary: str
    problem: str
    source: str = ""  # file, URL or href it came from
    skipped: bool = True  # False: a note only; the event (or file) was still used

    def report(self) -> str:
        """The line a user reads: says "skipped" when the event was left out."""
        return f"skipped {self}" if self.skipped else str(self)

    def __str__(self) -> str:
        if not self.uid and not self.summary and self.source:  # the file itself, not one event
            return f"{self.source}: {self.problem}"
        where = f" in {self.source}" if self.source else ""
        name = f'"{self.summary}"' if self.summary else "(no summary)"
        return f"event {self.uid or '(no UID)'} {name}{where}: {self.problem}"


class EventError(Exception):
    """An event that cannot be used; carries the EventProblem to report."""

    def __init__(self, problem: EventProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem
