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
from dataclasses import dataclass
from functools import lru_cache

from .model import Candidate, DetectRules
from .senders import (
    company_from_domain,
    is_own_domain,
    is_recruiting_system,
    is_scheduling_link,
    is_service,
    robot_reason,
)
from .titles import ADDRESSED, GENDER_NOTE, JOBS_ABROAD, MAX_SUMMARY, TRADES, short_forms, squash

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


def is_interview(
    summary: str, categories: Iterable[str], rules: DetectRules, description: str = ""
) -> bool:
    """design.md: an interview when SUMMARY or a CATEGORY matches a keyword and no exclude does.

    Matching is case-insensitive on whole words ("Interview prep" is excluded, "Interviewer" is no
    keyword); spaces, hyphens and underscores inside and around a phrase are interchangeable
    ("HR_Interview"). A title that uses a keyword for something else (`is_lookalike`, which
    reads the `description` too) is none.
    """
    keywords, exclude = _compiled(rules)
    if keywords is None:
        return False
    texts = [_spaced(summary or ""), *(_spaced(str(c)) for c in categories)]
    if not any(keywords.search(t) for t in texts) or is_lookalike(texts[0], description):
        return False
    return not _excludes(exclude, texts)


def is_excluded(summary: str, categories: Iterable[str], rules: DetectRules) -> bool:
    """An exclude keyword in the SUMMARY or a CATEGORY: never an interview, whatever else."""
    return any_excluded([summary or "", *map(str, categories)], rules)


def any_excluded(texts: Iterable[str], rules: DetectRules) -> bool:
    """An exclude keyword in one of the texts (a SUMMARY, CATEGORIES), as is_excluded reads it."""
    return _excludes(_compiled(rules)[1], [_spaced(t) for t in texts])


def _excludes(exclude: re.Pattern[str] | None, texts: list[str]) -> bool:
    """An exclude keyword in one of the texts, but for "practice" in a job's name ("Clinical
    Practice Educator", "Professional Development & Practice", "Practice Manager"): the word
    excludes "Interview practice", "Coding practice", a "Practice round", not a job."""
    if exclude is None:
        return False
    for text in texts:
        for match in exclude.finditer(text):
            if match[0].lower() != "practice" or not _in_a_jobs_name(text, match):
                return True
    return False


def _in_a_jobs_name(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].split()
    after = text[match.end() :].split()
    previous = before[-1] if before else ""
    following = after[0].lower().strip(",.;:") if after else ""
    if _KIND_WORDS.fullmatch(following) or following in _PRACTISED:
        return False  # "HireVue Practice Interview", "Practice round": practising
    for word_after in after[:3]:  # "Practice Manager", "Practice Support Paralegal"
        if _JOB.fullmatch(word_after.strip(",.;:")):
            return True
        if not word_after[:1].isupper():
            break
    name_word = previous[:1].isupper() and not _KIND_WORDS.fullmatch(previous.lower())
    return match[0][:1].isupper() and (name_word or previous in ("&", "and"))


#: What is practised, after the word: "Practice round", "Practice session".
_PRACTISED = frozenset(
    {"round", "rounds", "session", "sessions", "test", "tests", "run", "questions"}
)
#: The words before "practice" that make it practising for an interview: "Interview Practice".
_KIND_WORDS = re.compile(
    r"interview\w*|coding|mock|technical|case|behaviou?ral|pitch|presentation|speaking|group"
)


def _spaced(text: str) -> str:
    """Titles joined with "_" ("XYZ_1st_Internship"): the underscores are spaces."""
    return text.replace("_", " ")


# -- look-alikes ------------------------------------------------------------------------------

#: Phrases that use "interview" or a keyword for something that is no job interview, whatever
#: else the title says: a visa or enrolment interview, an exit or user-research interview, a
#: landlord's or a bank's interview, a child's school admission, a phone screen repaired.
_NOT_A_JOB_INTERVIEW = re.compile(
    # Swahili: a radio's or a television's interview ("Mahojiano ya redio: Afya Yako")
    r"\bmahojiano[\s-]+ya[\s-]+(?:redio|runinga|televisheni|tv)\b|"
    # a homeowners' association's or a club's board seat: "HOA Board Candidate Interview"
    r"\bhoa\b|\bhomeowners['’]?[\s-]+association|\bboard[\s-]+candidates?\b|\bnominating[\s-]+committee"
    # Japanese: interview preparation, a seminar, a webinar, a study session, a press interview,
    # HERP's "[面接可]" (a slot interviews may be booked into)
    r"|面接対策|セミナー|ウェビナー|勉強会|取材|面接可|面接枠"
    # Korean: a magazine's interview, a study group, a seminar, research participants and users
    r"|매거진|잡지|신문|기자|스터디|세미나|웨비나|참여자|사용자[\s_-]*인터뷰|유저[\s_-]*인터뷰"
    r"|\b(?:(?:exit|stay|user|customer|consumer|shopper|research|enrol+ment|visa|nexus|citizenship|immigration"
    r"|embassy|consulate|consular|reference|podcast|press|radio|tv|media|magazine|newspaper"
    r"|landlord|tenant|tenancy"
    r"|rental|mortgage|loan"
    r"|credit|bank|adoption|foster|school|admissions?|nursery|kindergarten|scholarship|jury"
    r"|witness|police|census|survey|parent[\s–—-]+teacher|naturali[sz]ation|informational"
    r"|information|info|passport|volunteer(?:ing)?|stakeholder[\s-]+research|family|uscis|ircc"
    # (a word's own kind: "bank interview", not a firm's name before a dash: "Lonestar Ledger
    # Bank - Interview - Site Reliability Engineer III")
    r"|asylum|green[\s-]+card|guest)(?:[ \t]+|-)interviews?|\bof[\s-]+the[\s-]+year\b"  # "Chef of the Year"
    r"|user[\s-]+research\b|research[\s-]+session"  # not a "User Researcher"
    # a day at a client's or the team's own "onsite": "Onsite cliente - Valencia", "Backend
    # team onsite – Q2 planning"
    r"|\b(?:team|client|cliente|customer|kund)[\s-]+on-?site\b"
    r"|\bon-?site[\s-]+(?:cliente|client|customer|hos[\s-]+kund)\b"
    # India's IT services: "moving onsite to Dallas" is a posting at a client's abroad
    r"|\b(?:moving|going|move|relocat\w*|posted|travel\w*)[\s-]+on-?site\b"
    # a student's research: "Interview for Amara's DNP capstone" (not "Capstone Partners")
    r"|(?:['’]s|\bmy|\bher|\bhis|\bdnp|\bphd|\bmsc|\bma|\bmba)[\s-]+(?:\w+[\s-]+)?"
    r"(?:capstone|thesis|dissertation)\b"
    # the candidate's own to-do after an interview: "Napisać follow-up do Lumen po interview",
    # "Send thank-you note to Acme", "Follow up after the Globex interview"
    r"|\b(?:send|write|draft|e-?mail|napisa[ćc]|wys[łl]a[ćc]|envoyer|[ée]crire|schreiben|enviar"
    r"|escribir|mandar|scrivere|inviare)\b[^\n]{0,30}?\b(?:follow[\s-]?up|thank[\s-]?you|thanks)\b"
    r"|\bfollow[\s-]?up\b[^\n]{0,60}?\b(?:after|po|apr[èe]s|nach|despu[ée]s|depois|dopo)\b"
    r"[^\n]{0,40}?\binterview"
    r"|\bcall\s+(?!back\b)[^\n]{1,40}?\s+back\b[^\n]{0,20}?\bre\b"  # "Call Prairie Line back re: ..."
    # the employer has answered: an offer stops the chain (design.md rule 5)
    r"|offer[\s-]+(?:call|discussion|walk-?through|chat|meeting)"
    r"|compensation[\s-]+(?:discussion|call|chat)"
    r"|\bhow\s+(?:to\s+|[\w-]+\s+){0,6}interview|alumni\s+(?:talk|session)"  # a talk on it
    r"|\bhow\s+to\s+(?:[\w'’-]+\s+){0,4}(?:round|screen\w*)\b"  # "How to ace your HR round"
    r"|(?:user|customer)[\s-]+(?:discovery|research)[\s-]+interview"
    r"|phone[\s-]+screen[\s-]+(?:replacement|repair|protector|crack\w*)|screen[\s-]+repair"
    r"|(?:health|medical|eye|hearing|cancer|cervical|bowel|breast|blood|covid|sti|tb|drug|film"
    r"|movie|documentary|preview)[\s-]+screening(?![\s-]+call)"  # not "Caprock Health screening call"
    r"|\b(?:film|movie|cinema)[\s-]+(?:club|society|night)\b"  # "Film Society screening: The Interview"
    r"|\bscreening\b[^\n]{0,80}?\bq\s?&\s?a\b"  # a film's, and its talk: "Gala Screening: ... + Q&A"
    r"|\binterview[\s-]+media\b|\bspokesperson\b"  # the press's: "Interview media: Warta Fintech"
    r"|interview[\s-]+(?:coaching|coach|training|skills|tips|rehearsal|clinic|guidance"
    r"|masterclass|workshop|preparation)\b|\bin[\s-]+conversation[\s-]+with\b"  # a talk's
    r"|interview[\s-]+series[\s-]*(?:#|\d|:)"  # "Alumni Interview Series #7:", not a loop's
    # a podcast's episode, not a "Podcast Producer"
    r"|\bpodcast\b(?![\s-]+(?:producer|editor|host|manager|coordinator|engineer))|\bepisode[\s-]+\d"
    r"|\bep\.[\s-]*\d|\bepisodio[\s-]+\d"  # "(Palabra Justa ep. 42)"
    # a station's show ("Interview with KDTX Morning Show"), not a "Talk Show Producer"
    r"|\b(?:morning|breakfast|evening|talk|radio|tv)[\s-]+show\b"
    r"(?![\s-]+(?:producer|host|editor|manager|coordinator|director|researcher|booker))"
    r"|(?:coaching|training)[\s-]+(?:for[\s-]+)?interviews?"
    # a fair, unless the event is the candidate's interview slot at it
    r"|(?:careers?|jobs?|recruitment|hiring|graduate)[\s-]+(?:fair|expo|festival)\b"
    r"(?![^\n]*\binterview[\s-]+(?:slot|with)\b)"
    # a bank's loan interview, not a "Home Loan Sales Executive"
    r"|(?:home|car|personal|education|gold|business)[\s-]+loan\b"
    r"(?![\s-]+(?:sales|officer|executive|advisor|adviser|manager|specialist|processor|underwriter))"
    r"|\bjur(?:y|or)[\s-]+(?:duty|screening|selection|service|summons)|\bjurors?\b"
    r"|\bmoot\b|\bgrand[\s-]+final\b|\bspelling[\s-]+bee\b"  # a moot court's, a league's
    r"|\b(?:ielts|oet|toefl)\b|\bspeaking[\s-]+test\b"  # a language test's speaking interview
    r"|\b(?:pa|np|nursing|medical)[\s-]+students?\b"  # a student the candidate precepts
    r"|\bpre-?admission\b"  # a patient's, at the hospital where the candidate nurses
    # a usability study's participant, a parent at a school, a reservist's unit
    r"|\busability[\s-]+(?:test\w*|study|session)|\b(?:study|research|test)[\s-]+participants?\b"
    r"|\bparticipants?[\s-]+(?:screening|screener|recruitment)\b"  # a study's, which she runs
    # a profession's review for chartered membership; a bid's clarification before a council
    r"|\bprofessional[\s-]+review[\s-]+interview|\bchartered[\s-]+member(?:ship)?\b"
    r"|\b(?:tender|bid)[\s-]+(?:clarification|presentation)|\bclarification[\s-]+interview"
    r"|\bparent[\s–—-]+of\b|\breservists?\b|\bnsman\b"
    # the candidate's colleagues interviewed by an inspector: "ERO review – interview with
    # Mathematics staff"
    r"|\binterview[\s-]+with[\s-]+(?:the[\s-]+)?(?:[\w-]+[\s-]+){0,2}(?:staff|students|parents"
    r"|teachers|employees|pupils)\b"
    # a union's or an association's meeting with interviews on its agenda
    r"|\b(?:union|branch|members['’]?|general|annual[\s-]+general)[\s-]+meeting\b|\bagm\b"
    r"|\breference[\s-]+(?:call|check|screening)s?\b"  # for someone else, or about the candidate
    # a health camp's screening, a pub's quiz, two teams' match: whatever else the title says
    # ("Free cervical cancer & BP screening camp – Kawangware (volunteer nurses)", "Quiz Night ||
    # Round 2 || Nurses vs Clinical Officers")
    r"|\bscreening[\s-]+camps?\b|\b(?:bp|hiv|diabetes|vision)[\s-]+screening"
    r"|\bquiz[\s-]+(?:night|league|final)\b|\btrivia[\s-]+night\b|\bpub[\s-]+quiz\b"
    r"|\b\w+s[\s-]+(?:vs\.?|versus)[\s-]+(?:\w+[\s-]+)?\w+s\b"
    r"|\breferenzgespr(?:ä|ae)ch\w*|\breferenz(?:auskunft|anruf)\w*"  # the same in German
    # the candidate's own preparation or mock interview, as the `exclude` default says in
    # English, in Portuguese, Spanish, French, Italian, Dutch, Polish and German ("Preparação:
    # entrevista com o gestor", "Interview-Vorbereitung"; not "Arbeitsvorbereitung", a job)
    r"|\bprepara(?:ç|c)(?:ã|a)o\b|\bpreparaci(?:ó|o)n\b|\bpr[ée]paration\b|\bpreparazione\b"
    r"|\bvoorbereiding\b|\bprzygotowani\w*|(?:\binterview|gespr(?:ä|ae)chs|bewerbungs|\b)[\s-]*vorbereitung\b"
    r"|\bsimula(?:ç|c)(?:ã|a)o[\s-]+de[\s-]+entrevista|\bsimulacro\b|\bentrevista[\s-]+simulada"
    r"|\b(?:probe|(?:ü|u)bungs)interview|\bsimulation[\s-]+d['’]entretien|\bcolloquio[\s-]+simulato)",
    re.IGNORECASE,
)
#: The same said by the description: "Press interview for the February print issue", "thanks
#: for agreeing to talk with me for the staffing-ratios story".
_NOT_A_JOB_INTERVIEW_TEXT = re.compile(
    r"\b(?:press|podcast|radio|tv|media|magazine|newspaper|visa|citizenship|exit)[\s-]+interview\b"
    r"|\bwebinar\s+id\b|\bscheduled\s+zoom\s+webinar\b|\bfree\s+webinar\b"  # never an interview
    r"|\bthis\s+is\s+not\s+an\s+interview\b"  # a document check says so
    # a language test's: "This test is not a selection interview." / "n'est pas une entrevue"
    r"|\bthis\s+(?:test|assessment|exam|call|meeting)\s+is\s+not\s+an?\s+(?:[\w-]+\s+)?interview\b"
    r"|\bn['’]est\s+pas\s+une?\s+(?:entrevue|entretien)\b"
    # the candidate as someone else's referee: "thanks for agreeing to be a reference for Lena"
    r"|\b(?:to\s+be|as)\s+a\s+reference\s+for\b"
    r"|\bnamed\s+you\s+as\s+(?:a\s+|her\s+|his\s+|their\s+)?referee\b|\bnot\s+about\s+your\s+own\s+application\b"
    # a station's interview of the candidate: "3KCR community radio is interviewing me about"
    r"|\binterviewing\s+me\s+about\b|\bcommunity\s+radio\b|\bradio\s+(?:station|program(?:me)?|show)\b"
    # a talk's panel, where the candidate speaks: "Please be at the speakers' desk ..."
    r"|\bspeakers['’]?\s+desk\b"
    # a security clearance's "subject interview": "it is not an employment interview"
    r"|\b(?:it|this)(?:\s+is|['’]s)\s+not\s+an?\s+(?:employment|job|hiring)\s+interview\b"
    r"|\bsubject\s+interview\b|\bbackground\s+investigation\b"
    # (a press "feature on ...", "our November cold-chain feature", not a system design "for a
    # simple savings-goal feature")
    r"|\bfor\s+(?:the|our|my|this)\s+(?:['‘’\"“”]?[\w-]+['‘’\"“”]?\s+){0,5}?feature\b"
    r"|\bagree\w*\s+to\s+be\s+interviewed\b"  # "Thanks again for agreeing to be interviewed"
    r"|\bfor\s+an?\s+(?:[\w-]+\s+)?feature\s+(?:on|about|in)\b"
    r"|\bfor\s+(?:the|our|a|my|this)\s+(?:[\w-]+\s+){0,3}?(?:story|article|episode"
    r"|segment|column|(?:print|spring|summer|autumn|fall|winter|next|online)\s+issue)\b"
    r"|\b(?:service|work)\s+order\b"  # a field engineer's visit: "Service order: SO-MX-44817"
    r"|\binterview\s+with\s+(?:the\s+)?patient\b|\bMRN\b"  # a nurse's admission of a patient
    r"|\bparent[\s–—-]+teacher\s+interviews?\b|\bin-?camp\s+training\b"
    # a profession's board that registers or charters its members: "Registration as
    # Professional Engineer", "upgrading from Graduate Engineer to Professional Engineer"
    r"|\b(?:registration|upgrading|admission|election)\s+(?:as|to)\s+(?:an?\s+)?(?:professional"
    r"|chartered|incorporated)\b|\bupgrading\s+from\s+graduate\b|\bchartership\b",
    re.IGNORECASE,
)
#: A description that puts the candidate on the hiring side (a panel they sit on, a scorecard
#: to fill in) or makes it a paid study: not their interview, whatever the title says.
_HIRING_SIDE = re.compile(
    r"\b(?:scorecards?|submit\s+(?:your\s+)?feedback|on\s+the\s+panel\s+for"
    # (not "he is shadowing this interview as part of our interviewer training")
    r"|thanks\s+for\s+interviewing\s+for\s+us|(?<!our\s)interviewer\s+training"
    # written to the panel, with the applicant's CV: "Dear panel, please find attached the CV of"
    r"|dear\s+(?:interview\s+)?panel|(?:attached|find)\s+(?:the\s+)?(?:cv|resume|résumé)\s+of"
    # added as an interviewer: Portuguese, German, English
    r"|como\s+entrevistador\w*|als\s+interviewer|added\s+as\s+(?:an\s+)?interviewer"
    # an interviewers' calibration, not a "Calibration Engineer"
    # (not a note-taker recording "for interviewer calibration")
    r"|(?<!for\s)(?:interview(?:er)?|hiring|panel)\s+calibration|calibration\s+(?:session|meeting|sync)"
    r"|gift\s+card|paid\s+(?:research\s+)?(?:study|session)|thanks\s+for\s+participating"
    r"|(?:for|on)\s+my\s+open\s+reqs?|candidate\s+withdrew"
    r"|hiring[\s-]+committee[\s-]+(?:review|packet|meeting)"
    r"|(?:read|review)\s+(?:all\s+)?(?:the\s+)?(?:interview\s+)?feedback)\b"
    r"|評価シート|評価の入力|評価入力"  # Japanese: the evaluation sheet an interviewer fills in
    r"|면접관[ \t]*안내",  # Korean: a guide for the interviewers
    re.IGNORECASE,
)


def to_the_panel_too(description: str, name: str) -> str:
    """An employer's one invite to the panel and the candidate ("Interview details for
    Keerthana Pothula ... Interviewers: please submit feedback in Lever"): its lines to the panel
    are not the candidate's being on it, so they go; any other description as it is."""
    pattern = _name_pattern(name)
    if pattern is None or not any(
        pattern.match(description, m.end()) for m in _ABOUT_THE_CANDIDATE.finditer(description)
    ):
        return description
    return "\n".join(line for line in description.split("\n") if not _HIRING_SIDE.search(line))


#: The words before the name of the person an invite is about: "Interview details for",
#: "Interview with", "Candidate:".
_ABOUT_THE_CANDIDATE = re.compile(
    r"\b(?:interview(?:[ \t]+details)?[ \t]+(?:for|of|with)|candidate[ \t]*[:–-])[ \t]*", re.I
)
#: Talks and courses: "Panel webinar: Hiring data engineers – screening and onsite loops" names
#: jobs and keywords as its topic. Not over the word "interview" ("Interview – MasterClass").
_EVENT_TYPE = re.compile(
    r"\b(?:webinar|workshop|masterclass|bootcamp|course|class(?![\s_-]+teacher)|lecture|seminar|meetup|podcast"
    r"|(?<!video-)(?<!video )conference|summit|fireside|keynote|expo|convention"
    r"|round[ \t]?tables?)\b"  # a discussion: "Young Finance Professionals Round Table: ..."
    r"(?![ \t]+(?-i:[A-Z])[\w&'’-]*[ \t]+(?-i:[A-Z&]))",  # not in a name: "Summit Retail Staffing"
    re.IGNORECASE,
)
#: A talk named as such before its topic: "Free Masterclass: Crack Your First ... Interview".
_TALK_LABEL = re.compile(
    _EVENT_TYPE.pattern + r"(?:[ \t]*#?\d+)?\)?[ \t]*:"  # "Webinar:", "Meetup #42:", "(webinar):"
    r"|^[^:]{0,40}?\blive[ \t]*:",  # a stream's label: "GoodTime Live: Designing a Better ..."
    re.IGNORECASE,
)
_DESIGN_WORKSHOP = re.compile(r"\bdesign[\s_-]+workshop\b", re.IGNORECASE)
#: Words of titles that borrow an interview's other words ("final round", "onsite", "round 1")
#: for a game, a contest, a service visit, a flat to let. They do not overrule the word
#: "interview" ("Interview - League", "Interview with Visa" name companies), nor a job.
_NOT_A_JOB_WORDS = re.compile(
    r"\b(?:golf|quiz|trivia|pub|chess|tournament|poker|boxing|league|drinks?|beers?|tennis"
    r"|cricket|darts|bowling|karaoke|bingo|(?<!lab\s)(?<!qc\s)(?<!laboratory\s)technician"
    r"|repair|replacement|installation|plumber"
    r"|plumbing|electrician|maintenance|tips|how\s+to|crack|episode|\w+athon|hack\w*"  # datathon
    r"|mentor(?:ing|ship|luk|ia)"  # "Event Name: Alumni Mentoring - 30 min", "Mentorluk"
    r"|chor|choir|vorsingen|audition"  # a choir's audition round
    r"|bug[\s-]+(?:hunt|bash)"  # a testers' contest: "Saigon Bug Hunt 2026 – Final Round"
    # Turkish: a tournament, chess, a screening, a talk after it, a ticket
    r"|turnuva\w*|satran(?:ç|c)\w*|g(?:ö|o)sterim\w*|s(?:ö|o)yle(?:ş|s)i\w*|bilet\w*"
    r"|competition|contest|olympiad|championship|judging|awards?|remodel\w*|renovation|pitch(?:es)?|jury|judges|ladder|semi-?finals?"
    r"|teleconsult\w*|tickets?|hearing|council|consultation|municipality|election|ballot"
    r"|quarter-?finals?|tenant|landlord|flat|apartment|viewing|lease|rental|versus|mortgage"
    r"|hipotec\w*|hypoth\w*|pr[ée]stamo|loan"
    r"|mieszkani\w*|inwestycj\w*"  # Polish: a flat, a developer's building project
    # German sports, a health check, a babysitter to hire, a supplier's audit or demo
    r"|\w*meisterschaft|turnier|pokal|liga|vorsorge\w*|fr[üu]herkennung|nanny|babysitter"
    r"|au[\s-]pair|childminder|oppas|tagesmutter|\w*audit|inspection|stocktake|demo(?![\s_-]+(?:reel|lesson))"
    r"|(?<!case\s)(?<!case\sde\s)pricing"  # a supplier's, not a case study's: "Case de Pricing"
    r"|vendor|supplier|procurement|rfp|rfq|rfi|tender|qbr|business[\s-]+review|moderation|telehealth"
    r"|pre-?screening|dermatolog\w*|dentist|intake|genetic\w*|volleyball|basketball"
    # a dental appointment, not a practice's name ("Camelback Dental Group", "Pinyon Dental Co.")
    r"|dental(?![\s-]+(?:group|co|company|partners|associates|arts|studio|inc|llc|pllc|pc"
    r"|management|services|organi[sz]ation|alliance|network|smiles))"
    r"|football|soccer|netball|hockey|rugby|softball|baseball|badminton|playoffs?|finalists?"
    r"|elimination|torneig|torneo|tournoi|p[àa]del|squash|trofe\w*|troph(?:y|ies)|kaggle|ctf"
    r"|leaderboard|scoping|retest"  # a supplier's pen-test: "scoping call (Round 2 retest)"
    r"|training|workstation"  # a session the candidate gives: "Onsite: manual handling training"
    r"|patients|call[\s-]?backs?"  # a clinician's own: "PHQ-9 screening call backs"
    r"|speakers?|panell?ists?|exhibitors?|expo|trade[\s-]+show"  # a panel the candidate sits on
    r"|referrals?"  # a friend's referral, talked through
    r"|farewell|send-?off"  # a friend's: "Vamsi's farewell dinner – moving onsite"
    r"|gratuit[aoe]?|gratis|consulenza|free[\s-]+(?:consultation|intro|session|call)"  # a service's
    # sports in Portuguese, Spanish, Polish; a chess board, an "Open"
    r"|campeonato|torneio|turniej\w*|mecz|partida|jogo|szachy|board[\s-]+\d+"
    r"|(?:autumn|spring|summer|winter|city|chess)[\s-]+open"
    r"|regatta|races|skippers?"  # sailing: "Saronic Winter Series – Final Round (races 5-6)"
    r"|site[\s-]+visits"  # fieldwork's: "RDQA final round - site visits" (not a "Site Visit")
    r"|renewal|negotiation"  # a customer's: "Renewal negotiation - Round 2"
    r"|vs|(?-i:v)(?=[ \t]+(?-i:[A-Z])))(?!\w)",  # "vs.", "Round 1 v Moorabbin": a match
    re.IGNORECASE,
)
#: A description about the press or a service visit: "a feature for Data Weekly magazine",
#: "Technician: Rudy. Arrival window 8am-12pm", "Best of three sets".
_NOT_A_JOB_TEXT = re.compile(
    r"\b(?:magazine|podcast|newspaper|journalist|reporter|photos?\s+afterwards|on\s+the\s+record"
    r"|magazin|zeitung|zeitschrift|redaktion|revista|peri[óo]dico|krant|tijdschrift"
    r"|talking\s+points|live\s+remote|on[\s-]+air|broadcast|(?:morning|breakfast|talk)\s+show"
    r"|technician|arrival\s+window|patient[\s-]+(?:file|portal|record|number)|teleconsult\w*"
    r"|pairings|prize[\s-]giving|judges|finalists|playoffs?"
    r"|jurados?|j[úu]ri|finalistas"  # Portuguese and Spanish judges, finalists
    r"|giám\s+khảo"  # Vietnamese: "Ban giám khảo", the jury
    r"|jurnalis|wartawan"  # Indonesian: a journalist
    r"|skippers['’]?\s+briefing|race\s+(?:office|committee)"  # a regatta's
    r"|your\s+tickets?|leaderboard|final\s+submissions?|loan\s+application"
    r"|biletiniz|bilet\s+kodu"  # Turkish: "your ticket", "ticket code"
    r"|unit\s+type|\d\s*bed(?:room)?s?\s*/\s*\d\s*bath"  # a flat's viewing: "1 bed / 1 bath"
    r"|competition(?![ \t]+(?:ref|reference|no|number|id|code)\b)"  # not a public post's
    r"|scoreboard"
    r"|service\s+(?:call|visit)|repair|replacement|installation|tiebreak"
    r"|speaker\s+(?:confirmation|room|briefing|team)|panell?ists(?=\s*:)|moderator(?=\s*:)"
    r"|time\s+control|board\s+\d+"
    r"|best\s+of\s+(?:three|five)"
    r"|zoom\.us/w)\b",  # a Zoom webinar's link (a meeting's goes to /j/)
    re.IGNORECASE,
)
_INTERVIEW_WORD = re.compile(r"\binterview(?:s|ing)?\b", re.IGNORECASE)
#: A description that makes the event a talk or a course one registers for: job boards' and
#: recruiting systems' webinars about interviewing ("Thank you for registering for ...").
_TALK_TEXT = re.compile(
    r"\b(?:webinars?|masterclass|workshop|seminar|live\s+session|info(?:rmation)?\s+session"
    r"|(?:thank\s+you\s+for\s+)?"
    r"regist(?:ering|ered)\s+for|your\s+registration(?!\s+with)|cancel\s+your\s+registration)\b",
    re.IGNORECASE,
)
#: ... unless it says the candidate's own interview is there: a hiring event's "Your interview
#: slot", "your interview is confirmed", "your interview with".
_YOURS = re.compile(
    r"\byour\s+(?:[\w-]+\s+){0,4}?interview(?:\s*\(|\s+(?:slot|time|is|will|with|for|on|at)\b)",
    re.I,
)
#: A job named as such in the text: "the Senior Manager, Audit Quality & Technical role".
_NAMED_OPENING = re.compile(
    r"\bthe[ \t]+(?:(?:[A-Z][\w/-]*,?|&|and|of)[ \t]+){1,7}"
    r"(?:\([^()\n]{1,40}\)[ \t]+)?"  # "the Android Engineer (Kotlin) role"
    r"(?i:role|position|opening|vacancy)\b"
)
#: "Stakeholder interviews", the noun; not the verb ("Meera interviews Dr. Alana Reyes").
_INTERVIEWS = re.compile(r"(?i:\binterviews\b)(?![ \t]+(?:[A-Z]|(?i:dr|mr|mrs|ms)\b))")


#: Time a recruiter holds for interviews ("HOLD - interview block", "Interview slots"), not
#: "Interview - Block 1", nor the slot the description calls the candidate's ("Your interview
#: slot: 10:40 AM" at a hiring event).
_HOLD = re.compile(r"\b(?:interview|hiring)[ \t]+(?:block|hold|slots?)\b(?![ \t]*\d)", re.I)
_YOUR_SLOT = re.compile(r"\byour[ \t]+(?:interview[ \t]+)?(?:slot|time)\b", re.I)


#: The candidate's own lines (design.md: `Notes:`, `Notes for Jane:`, `Reply by:`) say what they
#: learned or were told, in their words: no sign of what the event is.
_OWN_LINES = re.compile(
    r"^[ \t]*(?:notes(?:[ \t]+for[ \t]+[^:\n]{1,60})?|reply[ \t]+by)[ \t]*:.*$",
    re.IGNORECASE | re.MULTILINE,
)


def is_lookalike(title: str, description: str = "") -> bool:
    """A title that borrows an interview's words for something else (the lists above). A job
    named in the title or a `Role:`/`Interviewer:` line says otherwise, but for the phrases and
    descriptions that settle it and for talks."""
    title = _spaced(title)
    description = _OWN_LINES.sub("", description)  # "Notes for Priya: ... my carrier scorecard"
    if _NOT_A_JOB_INTERVIEW.search(title) or _HIRING_SIDE.search(description):
        return True
    if _NOT_A_JOB_INTERVIEW_TEXT.search(description):
        return True
    interview = _INTERVIEW_WORD.search(title)
    # a test taken alone, with nobody to thank, unless the text says it is an interview too
    alone = not (interview or _ROUND.search(title) or _FOREIGN.search(title))
    if alone and _A_TEST.search(title) and not _said_of_this_event(_INTERVIEW_WORD, description):
        return True
    talk = _EVENT_TYPE.search(title)
    talk = talk and not _DESIGN_WORKSHOP.search(title)  # a final round's, no course
    if talk and (not interview or _EVENT_TYPE.match(title.lstrip()) or _TALK_LABEL.search(title)):
        return True  # "Webinar: Nail your finance interview", not "Interview – MasterClass"
    # a trade beside a hiring word: "Phone screen - Electrician", not a home visit
    trade = _TRADE.search(title) and (
        interview or _ROUND.search(title) or _STAGE.search(title) or _FOREIGN.search(title)
    )
    if (
        _JOB.search(title)
        or trade
        or _FIELDED.search(description)
        or _NAMED_OPENING.search(description)
    ):
        return False
    if _HOLD.search(title) and not _YOUR_SLOT.search(description):
        return True  # a recruiter's "HOLD - interview block", not a fair's slot with its lines
    if _TALK_LABEL.search(title):
        return True  # "GoodTime Live: Designing a Better Onsite Interview Experience"
    if _TALK_TEXT.search(description[:5_000]) and not _YOURS.search(description[:5_000]):
        return True  # "Thank you for registering for ... a free session for job seekers"
    if interview:
        return bool(_NOT_A_JOB_TEXT.search(description))
    return bool(_NOT_A_JOB_WORDS.search(title) or _NOT_A_JOB_TEXT.search(description))


#: Categories people file their own life under: an event in one is not a job interview (a
#: "Final round" filed under Chess), unless another category says interview.
_OFF_DUTY = re.compile(
    r"\b(?:health|medical|doctor|dentist|sports?|fitness|family|kids|children|school|hobby"
    r"|hobbies|chess|games?|church|volunteer\w*|holiday|vacation|travel|birthday)\b",
    re.IGNORECASE,
)


def off_duty(categories: Iterable[str]) -> bool:
    """A category of the candidate's own life or a look-alike's word ("Chess", "Health")."""
    return any(_OFF_DUTY.search(c) or _NOT_A_JOB_WORDS.search(c) for c in categories)


def says_interview(title: str) -> bool:
    """The title says "interview" in so many words (or a language's word for it)."""
    title = _spaced(title)
    return bool(
        _INTERVIEW_WORD.search(title)
        or _FOREIGN.search(title)
        or _FOREIGN_JOB_INTERVIEW.search(title)
    )


_SOMEONES = re.compile(
    r"^\W*([^\W\d_][\w-]*)['’]s\s"  # "Jana's onsite at ..."
    # "Drop Sione at his Coral Air interview" (not "their": "ask about their onsite policy")
    r"|\b(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:interview|onsite|final\s+round)\b"
    # "Andre is interviewing for the Solutions Engineer opening on my team"
    r"|^\W*([^\W\d_][\w-]*)\s+is\s+interviewing\s+(?:for|with|at)\b"
    # "Dani tiene su final round interview", "Dani has her onsite": a name that has one
    r"|^\W*([^\W\d_][\w-]*)\s+(?:has|tiene|t[ée]|hat|heeft|ha|a)\s+"
    r"(?:(?:um|at|om|a|à|alle)\s+[\d:.]+\s*(?:uhr|am|pm|h)?\s+)?"  # "Lukas hat um 10 Uhr sein ..."
    r"(?:his|her|their|su|seu|sa|son|ihr|sein\w*|zijn|haar|sua|il|la|el|an?|una?|une|ein\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:interview|entrevista|entretien|vorstellungsgespr\w*|sollicitatiegesprek|colloquio"
    r"|onsite|final\s+round)\b",
    re.IGNORECASE,
)


def someone_elses(title: str, candidate: Candidate, description: str = "") -> bool:
    """ "Jana's onsite at Obsidian Freight – text her good luck!", "Dani has her final round": a
    note of the candidate's about another person's interview (the caller asks only of an event
    nobody sent)."""
    first = candidate.name.split()[0].casefold() if candidate.name.split() else ""
    for text in (title, description[:500]):
        found = _SOMEONES.search(text)
        name = next((g for g in found.groups() if g), "") if found else ""
        if found and name.casefold() not in (first, "i", "she", "he"):
            return True
    return False


def among_colleagues(senders: Sequence[str], candidate: Candidate) -> bool:
    """Everyone on the invite but tools is at the candidate's own employer or school: it is their
    work (an interview they give, a colleague's "Technical Discussion"), not their interview."""
    emails = candidate.emails
    others = [e for e in senders if e and e not in emails and not is_service(e)]
    return bool(others) and all(is_own_domain(e, emails) for e in others)


# -- the other signs of real invites ----------------------------------------------------------
# The prefilter must keep every event a sign takes. A sign of the title is tested on the title
# it reads anyway (`title_may_weigh`); a sign of the description has hint words beside its
# regex (`hint_words`; "-" and "_" count as spaces there), one of which every text the regex
# matches holds as a word ("*": the start of a word). Keep the two side by side.

#: An interview round: "Round 1", "Virtual Round 2", "HR round", "2nd round", "Expertise Round".
#: Not "round table", "round-up", "round robin", "golf round": those words never precede it.
_ROUND = re.compile(
    r"\bround(?:[\s_-]*\d+|[\s_-]+(?:one|two|three|four|five|i{1,3}|iv|v))\b"
    # Portuguese, Spanish, Polish, German: "Rodada 2", "Etap 2", "Runda 1", "2ª fase"
    r"|\b(?:rodada|ronda|runda|etap|runde|fase|steg|omg(?:å|a)ng|vòng|bước|tahap|instancia)[\s_-]*\d\b|\b\d[ªºa]?[\s_-]+(?:fase|etapa|rodada)\b"
    # "Segunda ronda", "Primeira fase", "Zweite Runde" (not a tryout's "Ronda final")
    r"|\b(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|[úu]ltim[oa]|primeir[oa]|terceir[oa]"
    r"|quart[oa]|erste|zweite|dritte|letzte)[\s_-]+(?:ronda|rodada|fase|etapa|runde)\b"
    r"(?![\s_-]*(?:table|up|robin))"
    r"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|final|next|hr|technical|tech|expertise"
    r"|founders?|ceo|cxo|partner"
    r"|managerial|manager|management|coding|virtual|online|f2f|culture|cultural|behaviou?ral|case"
    r"|aptitude|gd|director|panel|client|interview|screening|telephonic|video|face[\s_-]to[\s_-]face"
    r"|system[\s_-]design|design|domain|functional|leadership|hiring[\s_-]manager)[\s_-]+round\b"
    r"(?![\s_-]*(?:table|up|robin))",
    re.IGNORECASE,
)
#: A discussion with a qualifier is the employer's word for an interview ("Technical
#: Discussion"); a bare "Discussion" needs one more sign.
_DISCUSSION = re.compile(
    r"\b(?:discussion|conversation|conversa|conversación|conversazione|conversa[çc][ãa]o)\b", re.I
)
_QUALIFIED_DISCUSSION = re.compile(
    r"\b(?:technical|tech|techno|hr|final|managerial|functional)[\s-]+discussion\b"
    r"|\bspotkani\w*[\s-]+techniczn\w*",  # Polish: a technical meeting
    re.I,
)
#: "Job interview" in other languages, words that mean nothing else: they count as the
#: keyword "interview" does (the look-alike tests still win). By language: German, Dutch,
#: French, Spanish, Portuguese, Italian, Swedish, Norwegian, Danish, Finnish, Polish (two),
#: Czech/Slovak, Hungarian, Turkish, Russian, Ukrainian, Japanese, Chinese, Korean.
_FOREIGN_JOB_INTERVIEW = re.compile(
    r"\b(?:vorstellungsgespr(?:ä|ae)ch|bewerbungsgespr(?:ä|ae)ch|sollicitatiegesprek"
    r"|entretien[\s_-]+d['’]embauche|entrevista[\s_-]+de[\s_-]+(?:trabajo|emprego)"
    r"|colloquio[\s_-]+di[\s_-]+lavoro|anst(?:ä|a)llningsintervju|jobbintervju|jobsamtale"
    # an interview's kind that no press or parents' interview has: "entrevistas finales",
    # "Entrevista técnica", "entrevista por competencias", "colloquio tecnico"
    r"|entrevistas?[\s_-]+(?:finale?s?|t[ée]cnicas?|por[\s_-]+competencias|de[\s_-]+selecci[óo]n)"
    r"|colloquio[\s_-]+(?:tecnico|finale)|entretien[\s_-]+technique|entrevistas?[\s_-]+personal"
    # Swedish rounds: "Slutintervju", "Avslutande intervju med vd", "Första intervju"
    r"|(?:slut|f(?:ö|o)rsta|andra|tredje|avslutande)[\s_-]*intervju\w*"
    r"|ans(?:æ|ae)ttelsessamtale|ty(?:ö|o)haastattelu|rozmow\w*[\s_-]+(?:kwalifikacyjn|rekrutacyjn)\w*"
    r"|pohovor\w*|(?:á|a)ll(?:á|a)sinterj(?:ú|u)\w*|m(?:ü|u)lakat\w*|собеседовани\w*"
    r"|spotkani\w*[\s_-]+rekrutacyjn\w*|zaproszenie[\s_-]+na[\s_-]+rozmow\w*"
    # a selection procedure: Spanish, Catalan, Portuguese, Italian, German
    r"|proceso[\s_-]+selectivo|proc(?:é|e)s[\s_-]+selectiu|processo[\s_-]+seletivo"
    r"|processo[\s_-]+di[\s_-]+selezione|auswahlverfahren|auswahlgespr(?:ä|ae)ch"
    r"|співбесід\w*|(?:ال)?مقابلة[\s_-]+(?:ال)?(?:عمل|شخصية|وظيفية|توظيف))\b"
    r"|面接|面试|面試|면접|カジュアル面談"  # Japan's "casual interview" with a hiring company
    # Chinese rounds: "二面" (second interview), "终面" (final), "HR面", "群面" (group)
    r"|[一二三四终初复]面|(?<![A-Za-z])HR面|群面"
    r"|\busaili\b|\bmahojiano[\s_-]+ya[\s_-]+(?:simu|kazi)\b"  # Swahili: a job interview, by phone
    # Indonesian: an invitation to an interview; Greek: the final, the technical one, an invitation
    r"|\bundangan[\s_-]+wawancara\b|\b(?:τελική|τεχνική)[\s_-]+συνέντευξη|πρόσκληση[\s_-]+σε[\s_-]+συνέντευξη",
    re.IGNORECASE,
)
#: "Interview" in other languages where the word also means a press interview or just a talk
#: (French "entretien" is also a boiler's maintenance, Italian "colloquio" a parents' evening):
#: a job interview when a job, a recruiting system, the candidate's name, a `Role:` line or
#: their application is named too.
_FOREIGN = re.compile(
    r"\b(?:entretiens?|entrevistas?|colloqui\w*|videocolloqui\w*|intervista|kennismakingsgesprek"
    r"|(?:telefon|video|digital|grupp)?intervju\w*"  # Swedish: "Telefonintervju"
    r"|(?:telefon|video|bewerbungs|vorstellungs|fach|online|erst|zweit)interview\w*"
    r"|interjú\w*|haastattelu\w*|wywiad\w*|interviu\w*|συνέντευξη|phỏng[\s_-]+vấn"
    r"|wawancara|entrevue|gesprek|\w*gespr(?:ä|ae)ch|rozmow\w*"  # "Zweitgespräch", "rozmowa"
    r"|인터뷰"  # Korean's loanword: also a user or press interview ("사용자 인터뷰")
    r"|(?:vervolg|tweede|eerste|derde|eind|selectie)gesprek"  # Dutch rounds
    r"|onderhoud"  # Afrikaans; also a machine's upkeep there and in Dutch
    r"|(?:ال|ل|لل)?مقابل(?:ة|ات)?"  # Arabic: "مقابلة عمل", "المقابلة", "لمقابلة"
    r"|g(?:ö|o)r(?:ü|u)(?:ş|s)me\w*"  # Turkish: "İK Görüşmesi", "Görüşme Daveti"
    r"|panayam"  # Tagalog: an interview ("Huling Panayam", the final one), also a press one
    r"|mahojiano)\b"  # Swahili: an interview, also a radio's
    r"|面談",
    re.IGNORECASE,
)
#: The same in a description, where the prefilter finds it by its hint words (below): German
#: compounds of "Gespräch" only as the hints name them, not any word ending so.
_FOREIGN_TEXT = re.compile(
    _FOREIGN.pattern.replace(
        r"\w*gespr(?:ä|ae)ch", r"(?:vorstellungs|bewerbungs|zweit|auswahl)?gespr(?:ä|ae)ch"
    ),
    re.IGNORECASE,
)
#: weighs_as_interview: "interview" in another language in the description (`_FOREIGN_TEXT`).
_FOREIGN_HINTS = (
    "mahojiano",
    "entretien",
    "entrevista",
    "colloquio",
    "intervista",
    "kennismakingsgesprek",
    "intervju*",
    "interjú*",
    "haastattelu*",
    "wywiad*",
    "interviu*",
    "wawancara",
    "entrevue",
    "gesprek",
    "onderhoud",
    "gespräch",
    "gespraech",
    "vorstellungsgespr*",
    "bewerbungsgespr*",
    "zweitgespr*",
    "auswahlgespr*",
    "telefoninterview*",
    "videointerview*",
    "bewerbungsinterview*",
    "vorstellungsinterview*",
    "fachinterview*",
    "onlineinterview*",
    "erstinterview*",
    "zweitinterview*",
    "rozmow*",
    "vervolggesprek",
    "tweedegesprek",
    "eerstegesprek",
    "derdegesprek",
    "eindgesprek",
    "selectiegesprek",
    "colloqui*",
    "videocolloqui*",
    "entrevistas",
    "entretiens",
    "συνέντευξη",
    "phỏng",
    "görüşme*",  # Turkish: an interview, a meeting; "mülakat", an interview
    "gorusme*",
    "mülakat*",
    "mulakat*",
    "مقابلة*",  # Arabic, with "the" and "for" in front: "المقابلة", "لمقابلة عمل"
    "المقابلة*",
    "لمقابلة*",
    "panayam*",  # Tagalog
)  # not 面談: inside Japanese text it starts no word; the title's sign covers it
#: The description thanks the candidate for applying: the event is part of their application
#: ("thanks for applying", Italian "la tua candidatura", Swedish "din ansökan", German "Ihre
#: Bewerbung", Polish "aplikację", Turkish "başvurunuz"). It only supports a sign of the title,
#: so the prefilter needs no hint words for it.
#: Words to the candidate as the applicant, which an interviewer's invite does not use
_THANKS_FOR_APPLYING = (
    r"\bthank(?:s|[ \t]+you)[ \t]+for[ \t]+(?:applying|your[ \t]+application)\b"
    # after an earlier round: "thanks for your time at the first interview", "thanks again for
    # the panel interview"; and "Thank you for your interest in Corella Park PS"
    r"|\bthank(?:s|[ \t]+you)[ \t]+(?:again[ \t]+)?for[ \t]+(?:your[ \t]+time[ \t]+at[ \t]+)?(?:the|your)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}interview\b(?![ \t]+(?:panel|training))"
    r"|\bthank(?:s|[ \t]+you)[ \t]+for[ \t]+your[ \t]+interest[ \t]+in\b"
    r"|\bcongratulations[ \t]+on[ \t]+(?:progressing|being[ \t]+shortlisted|reaching|moving[ \t]+(?:on|forward))\b"
    # an internal vacancy's: "Thanks for submitting your expression of interest for the ..."
    r"|\byour[ \t]+(?:expression[ \t]+of[ \t]+interest|eoi)[ \t]+(?:for|in)\b"
    r"|\byour[ \t]+application[ \t]+(?:for|to)\b"
    # "you have been selected for a PPI", not "... for the interview panel"
    r"|\byou(?:['’]ve|[ \t]+have)[ \t]+been[ \t]+(?:selected|shortlisted)[ \t]+for[ \t]+"
    r"(?!(?:the|an?)[ \t]+(?:interview[ \t]+)?panel)"
    # nor an audit's "selected for the line-pilot sample"
    r"(?![^.\n]{0,40}\b(?:sample|survey|audit|study|inspection)\b)"
)
_APPLYING = re.compile(_THANKS_FOR_APPLYING, re.IGNORECASE)
_APPLIED = re.compile(
    _THANKS_FOR_APPLYING
    + r"|\b(?:candidatura|candidature|ans(?:ö|o)kan|s(?:ø|o)knad|ans(?:ø|o)gning|hakemukse\w*"
    r"|bewerbung|sollicit\w*|gesolliciteerd|(?<!w[ \t])aplikacj\w*|rekrutacj\w*|ba(?:ş|s)vuru\w*|jelentkez(?:é|e)s\w*"
    r"|solicitud|aansoek)\b"  # Spanish, Afrikaans
    r"|選考|エントリー|ご応募|応募",  # Japanese: the selection, an entry, an application
    re.IGNORECASE,
)
#: The description names the job as an opening: "our chat about the Data Platform Engineer
#: opening" (Google's bare invites from a hiring manager).
_OPENING = re.compile(
    r"\b(?:the|this|our|an?)[ \t]+(?:[\w/&+–—-]+[ \t]+|\([^()\n]{1,20}\)[ \t]+){0,5}?"
    r"(?:opening|vacancy|position|role|job)\b",  # "the Upper Primary Guide (9–12) position"
    re.IGNORECASE,
)
#: A title that says whom the candidate meets ("Imogen T – meet Hannah & Rob"): an interview
#: when an employer writes about an opening.
_MEET_TITLE = re.compile(
    r"\b(?i:meet(?:ing)?(?:[ \t]+with)?|call[ \t]+with)[ \t]+[A-Z]"
    r"|\b(?i:coffee|catch[ \t-]?up|coffee[ \t]+chat)\b"  # "Coffee catch-up - Fiona / Matilda"
)
_OPENING_HINTS = ("opening", "vacancy", "position", "role", "job")
#: extract.is_interview_event: an interviewers line (its names in extract._FIELD and
#: _FOREIGN_KEYS) beside a job or company line; one of these words starts every such line.
FIELD_HINTS = (
    "interview*",
    "panel",
    "you",
    "gespr*",
    "spreekt",
    "sprechen",
    "rencontrerez",
    "conocer*",
    "hiring",
    "selection",
    "integrantes",
    "comit*",
    "host",
    "stakeholders",
    "board",
    "intervenants",
    "entrevistador*",
    "intervistator*",
    "haastattelij*",
    "intervjuer*",
    "intervjuar*",
    "interjúztató*",
    "görüşmeci*",
    "pewawancara",
    "user/pewawancara",
    "συνεντευκ*",
    "συνέντευξη",
    "rozmówcy",
    "interlocut*",
    "llamar*",  # "Te llamará:", "Te entrevistará:" (not "te": a word of every Dutch text)
    "entrevistar*",
    "面试官",
    "面接官",
    "면접관",
)  # fmt: skip; not "you" ("You will meet:"): nearly every English text holds it
#: The description telling the candidate it is their interview (Calendly's "Event Name: ...
#: Interview", an ATS's "your interview with", "invited you to an interview").
_DESCRIBED = re.compile(
    r"^[ \t]*event (?:name|type)[ \t]*:[^\n]*\binterview\b"
    r"|^[ \t]*interview[ \t]*:[ \t]*\S"  # Ashby's "Interview: Operations Case Discussion with ..."
    r"|\b(?:your|our|an?)[ \t]+(?:[\w-]+[ \t]+){0,3}?interview\b"
    r"|\binterview[ \t]+(?:with|for|at|invitation|invite|details|confirmation|schedule|slot|round"
    r"|stage|process"
    r"|is[ \t]+scheduled|has[ \t]+been[ \t]+(?:scheduled|confirmed|booked))\b"
    r"|\b(?:invited|invitation|invite|scheduled|confirmed|booked)\b[^.\n]{0,40}\binterview\b",
    re.IGNORECASE | re.MULTILINE,
)
_DESCRIBED_HINTS = ("interview",)
#: A sentence about an interview that comes after this event: "Only candidates who pass the
#: assessment will be invited to a competency-based interview" (a written test's).
_LATER = re.compile(
    r"\b(?:who|if|once)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:pass|succeed|clear|qualif|successful)\w*"
    r"|\bwill[ \t]+(?:then[ \t]+)?be[ \t]+invited\b|\bnext[ \t]+(?:step|stage)\b",
    re.IGNORECASE,
)


#: A test a candidate takes alone: "Online Written Assessment - Civil Engineer", "SHL
#: psychometric test" (not a "Technical assessment", which an interviewer may hold).
_A_TEST = re.compile(
    r"\b(?:online|written|psychometric|aptitude|numerical|verbal|reasoning|cognitive|personality"
    r"|psicom[ée]tric[oa]|psicot[ée]cnic[oa]"
    # a language or typing test a contact centre sets: "Versant English Placement Test"
    r"|english|language|placement|typing|proficiency|versant|wonderlic|ccat"
    r")[ \t]+(?:\w+[ \t]+){0,2}(?:tests?|assessments?|exams?|evaluation"
    r"|evaluaci[óo]n|prueba|examen)\b"
    r"|\b(?:evaluaci[óo]n|prueba|examen)[ \t]+(?:psicom[ée]trica|psicot[ée]cnica|escrita|en[ \t]+l[íi]nea)\b",
    re.IGNORECASE,
)


def _said_of_this_event(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` matches in a sentence (or line) of `text` that is not about a later step."""
    for match in pattern.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        ends = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i >= 0]
        if not _LATER.search(text[start : min(ends, default=len(text))]):
            return True
    return False


#: A step of a hiring process: "the final stage for the Community Education Advisor role",
#: "As the next step for the Education Consultant role", "next step in the VP ... process".
_PROCESS = re.compile(
    r"\b(?:final|next|last|first|second|third)[ \t]+(?:stage|step)[ \t]+(?:for|in|of)\b", re.I
)
_PROCESS_HINTS = ("stage", "step")
#: A round of any name ("Operations Round", "Account Round"): a sign only beside a job.
#: A final round by panel: Spanish "Panel final", English "Final panel".
_FINAL_PANEL = re.compile(r"\b(?:panel[\s_-]+final|final[\s_-]+panel)\b", re.IGNORECASE)
#: A stage of a process by its number ("Stage 2 – Case exercise – Nordvik Maritime"): beside a
#: stage's name, from an employer or a recruiting system, a stage of the candidate's.
_NUMBERED_STAGE = re.compile(r"\b(?:stage|step|phase)[\s_-]*\d\b", re.IGNORECASE)
_ANY_ROUND = re.compile(r"\b[^\W\d_]{3,}[\s_-]+round\b(?![\s_-]*(?:table|up|robin))", re.I)
#: A stage of a hiring process named in the title ("Culture fit", "Recruiter screen", "Bar
#: raiser", "Take-home review", "Intro call"): needs a job or another sign, as "Intro call" and
#: "Portfolio review" are also what friends and clients book.
_STAGE = re.compile(
    r"\b(?:culture[\s_-]+(?:fit|add)|recruiter[ _-](?:call|chat)|bar[\s_-]+raiser"
    r"|role[\s_-]?play"  # a sales job's: "Role play de ventas – Account Executive"
    r"|take[ _-]?home|intro(?:ductory)?[\s_-]+call|screen(?:ing)?"
    # a designer's interview: "Portfolio Walkthrough (Design Lead)", "Portfolio Presentation"
    r"|portfolio[\s_-]+(?:review|walk[\s_-]?through|presentation)"
    # a take-home's review: "Design exercise debrief", "Design challenge", "Case study review"
    r"|(?:design|take[\s_-]?home|coding|case)[\s_-]+(?:exercise|challenge|assignment)"
    # a coding interview: "Fernleaf_Live Coding_Senior SDET", "Pair programming"
    r"|live[\s_-]+coding|pair[\s_-]+programming|coding[\s_-]+session"
    r"|pairing[\s_-]+(?:session|oturumu)"  # "Kasa Borsa – pairing oturumu (<candidate>)"
    # India's hiring days: "Face to Face Drive - Java Developers", "Walk-in Drive"
    r"|(?:walk[\s_-]?in|face[\s_-]to[\s_-]face|f2f|hiring|recruitment|interview)[\s_-]+drive"
    r"|meet[\s_-]+the[\s_-]+team|trial[\s_-]+shift|trade[\s_-]+test|cook[\s_-]?off"
    r"|assessment[\s_-]+(?:cent(?:re|er)|day|event)|super[\s_-]?day|team[\s_-]+match"
    r"|(?:director|leadership|hr|manager|cxo|ceo|founder)[\s_-]+connect"  # "Director Connect"
    r"|stage[\s_-]+day|shadow[\s_-]+(?:shift|day)|site[\s_-]+(?:tour|visit)"  # "Site Tour // Ops Manager //"
    r"|system[\s_-]+design"  # "Mobile System Design – Fernhollow Money"
    # a studio's test and its debrief: "Comp Test Debrief :: Senior Compositor", "Art test review"
    r"|(?:comp|art|skills?|technical|tech|take[\s_-]?home|design|coding)[\s_-]+test(?:[\s_-]+(?:debrief|review))?"
    r"|demo[\s_-]+reel[\s_-]+review"
    r"|design[\s_-]+workshop"  # a final round's: "Final Round - ... (Design Workshop)"
    r"|hospitationstag|probe(?:arbeit|tag)\w*|schnuppertag"  # German trial days
    r"|triagem"  # Portuguese: a screening ("Triagem telefônica - Analista de Crédito")
    # Portuguese: a group assessment, a case presentation, a chat, an interview panel; Polish:
    # a recruitment panel, the review of a recruitment task
    r"|din(?:â|á|a)mica[\s_-]+de[\s_-]+grupo|apresenta(?:ç|c)(?:ã|a)o[\s_-]+(?:de[\s_-]+|do[\s_-]+)?case"
    r"|bate[\s_-]?papo|painel[\s_-]+de[\s_-]+entrevistas?|panel[\s_-]+rekrutacyjn\w*"
    r"|zadani\w*[\s_-]+rekrutacyjn\w*|casusopdracht\w*"  # Polish, Dutch: a task to present
    # Italian: a getting-to-know-you chat or meeting; and a case study to present
    r"|chiacchierata(?:[\s_-]+conoscitiva)?|colloqui\w*[\s_-]+conoscitiv\w*"
    r"|incontro[\s_-]+(?:di[\s_-]+approfondimento|conoscitivo)|case[\s_-]+(?:study|presentation)"
    # French: a talk with the manager, a phone call, a case to solve
    r"|(?:é|e)change[\s_-]+avec|point[\s_-]+t(?:é|e)l(?:é|e)phonique|cas[\s_-]+pratique"
    # Spanish: a selection call, a meeting with HR; Swedish: a technical case, a code test's
    # review, coffee with the team
    r"|llamada[\s_-]+de[\s_-]+selecci(?:ó|o)n|reuni(?:ó|o)n[\s_-]+con[\s_-]+(?:rrhh|recursos[\s_-]+humanos)"
    r"|tekniskt[\s_-]+case|kodtest\w*|fika[\s_-]+med[\s_-]+teamet|parprogrammering"
    # Rioplatense Spanish: the final stage, a chat with the team, a challenge's review or
    # presentation, a trial day
    r"|instancia[\s_-]+(?:final|\d)|charla[\s_-]+con[\s_-]+(?:el[\s_-]+equipo|people|rrhh)"
    r"|(?:revisi(?:ó|o)n|presentaci(?:ó|o)n|devoluci(?:ó|o)n)[\s_-]+del?[\s_-]+(?:desaf(?:í|i)o|challenge)"
    r"|jornada[\s_-]+de[\s_-]+prueba"
    # an airline's simulator assessment: "Sim Check – ... (DE First Officer A320)"
    r"|sim(?:ulator)?[\s_-]+(?:check|assessment|evaluation|ride)"
    r"|(?:presentasi[\s_-]+)?studi[\s_-]+kasus"  # Indonesian: a case study (to present)
    # a faculty search's campus visit: the job talk, the chalk talk, the teaching demonstration
    r"|job[\s_-]+talk|chalk[\s_-]+talk|teaching[\s_-]+demo(?:nstration)?|campus[\s_-]+visit"
    r"|demo(?:nstration)?[\s_-]+lesson|work[\s_-]+sample|selection[\s_-]+panel)\b"  # a teacher's, a public service's
    # Korean: an assignment's presentation, a portfolio review, a culture fit, a coffee chat
    r"|과제[\s_-]*발표|포트폴리오[\s_-]*리뷰|컬처[\s_-]*핏|커피[\s_-]*챗",
    re.IGNORECASE,
)
#: A selection process named in the text, in English, Portuguese, Spanish, Catalan, Italian,
#: French and German: with an employer, the stage the title names is the candidate's.
_SELECTION = re.compile(
    r"\b(?:selection|recruitment|hiring|application)[ \t]+process\b|\bprocesso[ \t]+seletivo\b"
    r"|\bproceso[ \t]+(?:de[ \t]+)?selec(?:tivo|ci(?:ó|o)n)\b|\bproc(?:é|e)s[ \t]+selectiu\b"
    r"|\bprocesso[ \t]+di[ \t]+selezione\b|\bprocessus[ \t]+de[ \t]+recrutement\b"
    r"|\b(?:auswahl|bewerbungs)(?:verfahren|prozess)\b"
    r"|\b(?:rekryterings|urvals)process\w*"  # Swedish
    # Spanish: "la segunda instancia del proceso para UX Writer", "esta fase del proceso de"
    r"|\b(?:instancia|etapa|fase)[ \t]+del[ \t]+proceso\b"
    r"|채용[ \t]*(?:프로세스|전형|절차)",  # Korean: the hiring process
    re.IGNORECASE,
)
#: The description lists the job or the interviewer ("Position: ML Engineer", "Interviewer:").
_FIELDED = re.compile(
    r"^[ \t*•-]*(?:role|position|job[ \t]+title|interviewers?|interview[ \t]+panel"
    # French, Spanish, Portuguese, Italian, German, Dutch: "Poste :", "Intervieweur(e)s :"
    r"|poste|puesto|cargo|vaga|posizione|stelle|functie|vacature|intervieweu\w*(?:\(e\)s?)?"
    r"|entrevistador\w*|intervistator\w*|evaluador\w*|tj(?:ä|a)nst|befattning"
    r"|posisi|pewawancara|θέση|συνεντευκτ\w*)[ \t]*:[ \t]*\S"  # Indonesian, Greek
    r"|^[ \t■・]*(?:ポジション|職種|募集職種|面接官|面談者)[ \t]*[:：]",  # Japanese
    re.IGNORECASE | re.MULTILINE,
)
#: A trade named in the title ("HV Electrician"): a job beside a hiring word or from an
#: employer, else the tradesperson the candidate books ("Electrician onsite - kitchen").
_TRADE = re.compile(rf"\b(?:{TRADES})\b", re.IGNORECASE)
#: A job named in the title ("Data Analyst Intern", "MERN STACK DEVELOPER").
_JOB = re.compile(
    r"\b(?-i:AE|SDR|BDR|CSM)\b"  # sales jobs as written: "Enterprise AE"
    r"|エンジニア|デザイナー|マネージャー|アナリスト|ディレクター|サイエンティスト"  # in katakana
    r"|리서처|디자이너|개발자|엔지니어|매니저|기획자|연구원|분석가"  # in Korean
    r"|\banalist\w*"  # Dutch
    r"|\b(?:brand|marketing|sales|creative|art|account|design|product|finance|program|project"
    r"|engineering|operations|communications?)[\s_-]+director\b|\bstrategists?\b"
    r"|\b(?:engineer|developer|designer|analyst|scientist|researcher|architect|intern|internship|trainee|role"
    r"|lead|(?:team|shift|group)[\s_-]+leader|(?:people|hr|business|talent)[\s_-]+partner|coordinator|officer|nurse|pharmacist|teacher|accountant|attorney|paralegal"
    r"|solicitor|barrister|lawyer|conveyancer|counsel"
    r"|enseignant\w*|farmac[eê]utic\w*|enfermer\w*|docente|professeur\w*"
    r"|consultant|specialist|programmer|sre|swe|sde|sdet|devops|full[\s_-]?stack|front[\s_-]?end"
    r"|back[\s_-]?end|mern|fresher|graduate[\s_-]trainee|associate|executive|manager|mgr"
    # the UK's early careers: "Audit & Assurance Graduate Programme", "Vacation Scheme"
    r"|graduate[\s_-]+(?:programme|program|scheme)|vacation[\s_-]+scheme|training[\s_-]+contract"
    r"|graduate(?=[\s_-]+(?:20\d\d|intake)\b)"  # an intake: "Audit & Assurance Graduate 2027"
    r"|fast[\s_-]+stream"
    r"|ing[ée]ni\w+|engenheir\w+|entwickler\w*|desarrollador\w*|d[ée]veloppeu\w+|analista"
    r"|analyste|stagiaire|praktikant\w*|werkstudent\w*|estagi\w+|becari[oa]"
    r"|" + JOBS_ABROAD + r"|directrice|concept(?:eur|rice)\w*"
    r"|head[\s_-]+of|director[\s_-]+of|(?-i:Director)(?=,[ \t]*[A-Z])|chief[\s_-]+\w+[\s_-]+officer"
    r"|(?:audit|tax|assurance|advisory)[\s_-]+senior"  # accountancy's "Internal Audit Senior"
    r"|writer|editor|educator|advis[eo]r|administrator|supervisor|\w*therapist|liaison"
    # nurses, physician assistants ("Virtual Care RN"), not Pennsylvania ("Pittsburgh, PA")
    r"|(?-i:RN|LPN|CNA|APRN|CRNA|NP|PA-C|(?<!,[ \t])PA)"
    r"|auditor|actuary|bookkeeper|treasurer|assistant"
    r"|hygienist|(?-i:RDH|EFDA|CDA)"  # a dental practice's: "Phone Screen - RDH - Desert Willow Dental"
    r"|instructor|lecturer|professor|tutor|counsell?or|planner|buyer|vp|vice[\s_-]+president"
    r"|(?:lab|laboratory|qc)[\s_-]+technician"  # not the technician who comes to repair
    # a VFX or animation studio's: "Senior Compositor", "Comp Supervisor", "FX Artist"
    r"|compositor|animator|matchmover|comp[\s_-]+(?:supervisor|lead)"
    r"|(?:vfx|fx|cg|cgi|lighting|texture|roto|prep|matte|lookdev|environment|generalist)[\s_-]+artist"
    r"|chef|cook|sous|commis|baker|pastry|barista|bartender|sommelier|housekeeper"
    r"|t[ée]cnic[oa]|t[èe]cnic|ejecutiv[oa]|executiv[oa]|gestor[a]?|especialista|redactor[a]?"
    # not a group in the possessive: "Nurses' trivia night", "Nurse's station"
    r"|account[\s_-]+(?:director|manager|executive)|manager:in|leiter:in)s?\b(?!['’])"
    + r"|"
    + GENDER_NOTE,  # a job ad's gender note ("(m/w/d)") says a job is named
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
    addresses. The exclude keywords and the look-alikes still win ("Mock round 1")."""
    title = _spaced(summary)
    described = _said_of_this_event(_DESCRIBED, description)
    opening = bool(_OPENING.search(description))
    foreign = bool(_FOREIGN_TEXT.search(description))  # "la etapa de entrevista"
    process = bool(_PROCESS.search(description))
    post = names_the_post(description)
    if not (
        described or opening or foreign or process or post or title_may_weigh(title, candidate.name)
    ):
        return False  # no sign of the kind: the rest need not be weighed (most events)
    if is_excluded(title, (), rules) or is_lookalike(title, description):
        return False
    emails = candidate.emails
    external = [e for e in senders if e and e not in emails]
    employer = any(company_from_domain(e, emails) for e in external)
    system = any(is_recruiting_system(e) for e in external) or is_scheduling_link(description)
    job = bool(_JOB.search(title) or (_TRADE.search(title) and (employer or system)))
    named = names_candidate(title, candidate.name)
    fielded = bool(_FIELDED.search(description))
    applied = bool(_APPLIED.search(description))
    support = job + named + system + described + fielded + applied
    if _FOREIGN_JOB_INTERVIEW.search(title):
        return True  # "Rozmowa kwalifikacyjna – Content Designer", "【一次面接】"
    if _FOREIGN.search(title) and (job or fielded or named or system or applied):
        return True  # "Entretien technique – Data Engineer – Lumière Analytique"
    if _FOREIGN.search(title) and _STAGE.search(title) and (employer or system):
        return True  # "Intervju – parprogrammering (steg 3) – Sprakla": a stage of one
    # "Intervju med Kvarnholmen Försäkring" from therese.lundin@kvarnholmen..., whose text says
    # "Välkommen på intervju!": the interview word of both, the sender's firm named in the title
    if _FOREIGN.search(title) and foreign and _names_the_sender(title, external, emails):
        return True
    # "Noor Al Bahr - Director of Operations" from ahmad.alenezi@nooralbahr... with the
    # contract's `Company:` and `Position:` lines: the job, the sender's firm, the post named
    if (
        job
        and post
        and (_names_the_sender(title, external, emails) or _names_the_firm(title, description))
    ):
        return True
    # "Tailspin Toys - Data Platform Engineer", "about the ... opening"; Google's booking "<the
    # candidate> and Orbis Hospitality" whose text says "Phone screen for the ... role"
    # (or Gem's "Eleanor <> Tessellate Learning: intro with Felix", a booking with the candidate
    # whose text is "about the Primary Curriculum Writer role")
    met = job or _MEET_TITLE.search(title) or named
    if opening and (employer or system) and met:
        return True
    # an employer's "Meet the team coffee" whose text says "informal interview - Regional
    # Operations Manager"
    said = (
        employer
        and _INTERVIEW_WORD.search(description[:5_000])
        and _JOB.search(description[:5_000])
    )
    # "Dinâmica de grupo | Programa Consultores 2027" whose text says "avançar no processo
    # seletivo" (the selection process the candidate is in)
    said = said or (employer and _SELECTION.search(description[:5_000]))
    numbered = _NUMBERED_STAGE.search(title) and (employer or system)
    # (or whose text says it is the next step of the candidate's selection: "Demonstration lesson
    # – Grade 3/4 Maths" from a state school at the state's one domain, the teacher's own)
    selection = names_a_selection(description)
    if _STAGE.search(title) and (
        job or fielded or named or (opening and employer) or said or numbered or selection
    ):
        return True  # "Litware Recruiter screen - Data Engineer II", "Culture fit" + Position:
    if _ROUND.search(title) and support + employer >= 1:
        return True  # "Round 1 || Data Analyst Intern", "HR ROUND" from the employer
    if (
        (_ANY_ROUND.search(title) or _NUMBERED_STAGE.search(title))
        and job
        and (employer or system or fielded)
    ):
        return True  # "Operations Round - Luzon Peak Outsourcing (WFM Team Lead)", "Stage 2 – Class Teacher"
    # "Cancelado: Panel final – Ocelote Logística" from a person at ocelotelog: its last round
    if _FINAL_PANEL.search(title) and _names_the_sender(title, external, emails):
        return True
    if _QUALIFIED_DISCUSSION.search(title) and employer:
        return True  # design.md: a "Technical Discussion" sent by an employer
    if _DISCUSSION.search(title) and employer and support >= 1:
        return True  # "Discussion - <candidate> - Payments" from an employer
    if described and (job or named or system or employer):
        return True  # "Jane and Northwind" whose description says "Event Name: Interview"
    # Gem's "Tobias Renner-Vance <> Northstar Orbit" whose text starts "Recruiter screen for Site
    # Reliability Engineer (Infrastructure)": a stage of hiring for a job, booked with the firm
    # (not a mentee's question about one: "tips for the trainee programme's group exercise")
    first = description.strip().partition("\n")[0]
    if named and (employer or system) and _STAGE.search(first) and _JOB.search(first):
        return True
    if (
        process
        and (opening or fielded or _JOB.search(description[:5_000]))
        and (employer or system)
    ):
        return True  # "the final stage for the Community Education Advisor role at Solvane"
    if _INTERVIEWS.search(title) and (job or system):
        return True  # "Stakeholder interviews - Head of Client Service" (the keyword is singular)
    if system and job and foreign:
        return True  # Taleo's "Panel de evaluación – Analista ...": "la etapa de entrevista"
    if named and addresses_an_applicant(description):
        return True  # "Eleanor Marchetti - Year 4 teaching position 2027": "your application for"
    return job and named  # an ATS title: "XYZ_1st_Internship Frontend Developer_<candidate>"


def _names_the_firm(title: str, description: str) -> bool:
    """The title names the firm the text's `Company:` line gives: "Usap tayo – Farmacia Santo
    Niño (Pharmacist, part-time)" with "Company: Farmacia Santo Niño", from the owner's iCloud."""
    line = _COMPANY_LINE.search(description[:5_000])
    firm = squash(line[1]) if line else ""
    return len(firm) >= 4 and firm in squash(title)


#: The text's line that names the employer: "Company: Farmacia Santo Niño".
_COMPANY_LINE = re.compile(
    r"^[ \t*•-]*(?:company|employer|organi[sz]ation)[ \t]*:[ \t]*(\S[^\n]{0,80})$",
    re.IGNORECASE | re.MULTILINE,
)


def _names_the_sender(title: str, senders: Sequence[str], own: Sequence[str]) -> bool:
    """The title names the firm of a sender's mail domain: "... - Aceros Cantábricos" beside
    acaceroscantabricos, "Intervju med Kvarnholmen Försäkring" beside kvarnholmen."""
    parts = [squash(p) for p in re.split(r"\s+(?:[-–—|:]+|med|with|con|com|mit|avec)\s+", title)]
    for email in senders:
        if robot_reason(email):
            continue  # not a school's "admisiones@": a person at the firm sent it
        key = squash(company_from_domain(email, own))
        if len(key) >= 5 and any(
            len(p) >= 5 and (key.startswith(p) or p.startswith(key) or p in key) for p in parts
        ):
            return True
    return False


def addresses_an_applicant(description: str) -> bool:
    """The description thanks the candidate for applying ("your application for ..."), or
    invites them to be interviewed ("you are invited to interview for the NQ Solicitor role")."""
    return _APPLYING.search(description) is not None or _INVITED.search(description) is not None


_INVITED = re.compile(
    r"\b(?:you[ \t]+are|you['’]re|you[ \t]+have[ \t]+been)[ \t]+invited[ \t]+to[ \t]+(?:an?[ \t]+)?"
    r"interview[ \t]+(?:for|with)\b|\binvite[ \t]+you[ \t]+to[ \t]+(?:an?[ \t]+)?interview[ \t]+(?:for|with)\b",
    re.IGNORECASE,
)


#: The lines an invite to an applicant gives the job and employer in ("Role: Data Analyst",
#: "Organization: Greyfinch Insights"); an interviewer's invite names the candidate instead.
_POST_LINE = re.compile(
    r"^[ \t*•-]*(?:role|position|job[ \t]+title|organi[sz]ation|company|employer)[ \t]*:[ \t]*\S",
    re.IGNORECASE | re.MULTILINE,
)


#: weighs_as_interview: the `_POST_LINE` keys (`names_the_post`).
_POST_HINTS = ("role", "position", "job", "organization", "organisation", "company", "employer")


def names_the_post(description: str) -> bool:
    """A `Role:`, `Position:`, `Company:` ... line: the invite tells an applicant the post."""
    return _POST_LINE.search(description[:5_000]) is not None


def names_a_selection(description: str) -> bool:
    """The text says the event is a step of a selection for a job: "the next step in the
    selection process for the Grade 3/4 Classroom Teacher position" (not a supplier's: "proceso
    de selección de gabinetes automatizados")."""
    text = description[:5_000]
    return any(
        _JOB.search(text, m.end(), m.end() + 100) or _OPENING.search(text, m.end(), m.end() + 100)
        for pattern in (_SELECTION, _PROCESS)
        for m in pattern.finditer(text)
    )


def names_an_opening(description: str) -> bool:
    """The text names a job as such: "the Senior Manager, Audit Quality & Technical role"."""
    return _NAMED_OPENING.search(description[:5_000]) is not None


def names_a_stage(text: str) -> bool:
    """A stage of a hiring process ("Case Study Presentation", "Recruiter screen", "Round 2")."""
    text = _spaced(text)
    return any(p.search(text) for p in (_STAGE, _ROUND, _NUMBERED_STAGE))


def names_a_job(title: str) -> bool:
    """A job named in the title ("Panel – Formulary Strategy Manager")."""
    title = _spaced(title)
    return bool(_JOB.search(title) or _TRADE.search(title))


def names_candidate(title: str, name: str) -> bool:
    """The candidate's full name in the title as whole words (either order): someone else wrote
    it about them."""
    pattern = _name_pattern(name)
    return pattern is not None and pattern.search(title) is not None


@lru_cache(maxsize=8)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The full name either way round; the surname after a title ("Herr Bäuerle", "Ms. Morgan")
    or after a short form of the given name ("Max Bäuerle" for Maximilian)."""
    words = [re.escape(w) for w in name.split()]
    if len(words) < 2:
        return None
    orders = [r"[\s,]+".join(words), r"[\s,]+".join(reversed(words))]
    given, surname = name.split()[0], words[-1]
    orders.append(rf"(?:{'|'.join([ADDRESSED, *short_forms(given)])})\.?\s+{surname}")
    # a scheduler's pairing with the given name alone: "Vervolggesprek Pakketpunt <> Thijs"
    given_name = re.escape(given)
    orders.append(rf"(?<=<>\s){given_name}|(?<=<>){given_name}|{given_name}(?=\s*<>)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(orders)})(?!\w)", re.IGNORECASE)


#: A word each title sign's regex holds: one quick search spares the five on most titles.
_TITLE_STEMS = re.compile(
    r"round|discussion|conversa|entretien|entrevista|colloquio|intervista|sollicitatie|gespr|culture"
    r"|recruiter|raiser|take|intro|portfolio|screen|intervju|jobsamtale|haastattelu|rozmow"
    r"|meet|interview|trial|trade|cook|stage|shadow|tour|assessment|super|match|connect|coffee|catch"
    r"|drive|exercise|challenge|assignment|triagem|change|point|pratique|talk|demo|visit"
    r"|llamada|reuni|tekniskt|kodtest|fika|parprogrammering|steg|omg|인터뷰|과제|포트폴리오|컬처|커피"
    r"|pohovor|interj|mulakat|mülakat|wywiad|interviu|wawancara|phỏng|συνέντευξη|собеседован"
    r"|entrevue|gesprek|onderhoud|spotkani|hospitation|probe|schnupper|rodada|ronda|runda|etap|fase"
    r"|din|apresenta|bate|painel|panel|zadani|chiacchier|colloq|incontro|case|casus|gesprek"
    r"|співбесід|مقابل|system|vòng|bước|görüş|gorus|pairing|面接|面试|面試|면접|面談|面"
    r"|tahap|studi|test|reel|instancia|charla|desaf|jornada|sim[\s_-]|simulator|usaili|mahojiano"
    r"|step|phase|sample|role|techniczn|panayam",
    re.IGNORECASE,
)


def title_may_weigh(summary: str, candidate_name: str) -> bool:
    """Whether the title alone holds a sign of the kind `weighs_as_interview` needs (a round, a
    discussion, a stage, "interview" in another language, the candidate's name): the
    prefilter's test on the SUMMARY lines it reads anyway."""
    title = _spaced(summary[:MAX_SUMMARY])
    if names_candidate(title, candidate_name):
        return True
    if not _TITLE_STEMS.search(title):
        return False
    return bool(
        _ROUND.search(title)
        or _DISCUSSION.search(title)
        or _QUALIFIED_DISCUSSION.search(title)  # "Spotkanie techniczne"
        or _FINAL_PANEL.search(title)
        or _NUMBERED_STAGE.search(title)
        or _FOREIGN.search(title)
        or _FOREIGN_JOB_INTERVIEW.search(title)
        or _STAGE.search(title)
        or _INTERVIEWS.search(title)  # "Stakeholder interviews"
        or _MEET_TITLE.search(title)
        or (_ANY_ROUND.search(title) and (_JOB.search(title) or _TRADE.search(title)))
    )


@dataclass(frozen=True)
class TitleSigns:
    """`title_may_weigh` for the prefilter, with a quick test on the raw SUMMARY bytes first:
    an ASCII title holding no stem of a title sign and no word of the candidate's name has none
    (a title that is not ASCII takes the whole test: regexes fold "ſ" to "s", bytes do not)."""

    candidate_name: str

    def __call__(self, summary: str) -> bool:
        return title_may_weigh(summary, self.candidate_name)

    def may_hold(self, raw: bytes) -> bool:
        return not raw.isascii() or _raw_stems(self.candidate_name).search(raw) is not None


@lru_cache(maxsize=8)
def _raw_stems(candidate_name: str) -> re.Pattern[bytes]:
    names = [re.escape(w.encode("ascii", "ignore")) for w in candidate_name.split()]
    longest = max(names, key=len) if len(names) > 1 else b""  # names_candidate needs two
    stems = [_TITLE_STEMS.pattern.encode(), *([longest] if longest else [])]
    return re.compile(b"|".join(stems), re.IGNORECASE)


def hint_words() -> tuple[str, ...]:
    """The words one of which every event holds that a sign of the description takes (the
    signs' hints above), for the prefilter: whole words, or the start of one where a hint ends
    in "*". The title's signs are tested on the title itself (`title_may_weigh`)."""
    return (
        *_OPENING_HINTS,
        *_DESCRIBED_HINTS,
        *_FOREIGN_HINTS,
        *_PROCESS_HINTS,
        *FIELD_HINTS,
        *_POST_HINTS,
        "event name",  # extract.is_interview_event: Calendly's "Event Name:" line is a title
        "event type",
        "nombre del evento",  # and in Spanish
        "tipo de evento",
    )
