"""Who an address belongs to: a person, a robot, a shared mailbox, a recruiting system, free mail.

design.md "reading the calendar": only people get follow-ups. Never the candidate, a scheduling
system or calendar relay (an ATS's own domain, `<uuid>@eu.calendar.smartrecruiters.com`), a
no-reply or robot address, a shared role mailbox (`recruiting@`, `careers@`, "Recruitment Team"),
and never a calendar resource or group. The employer's mail domain names the company, unless it is
a public mail provider, a scheduling system or the candidate's own. Pure: lists and regexes only.

The lists are data, not cleverness: each entry is a system or provider that sends invites or
hosts personal mail. Matching is on the registered domain and every subdomain of it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .model import ORG_KINDS, ORGANISATION_END, squash

#: Recruiting, scheduling and interview systems: their addresses are robots or relays, never the
#: employer, and an invite from them is a strong sign of an interview (detect.py).
RECRUITING_SYSTEMS = frozenset(
    {
        "calendly.com",
        "greenhouse.io",
        "ghcalendar.io",
        "lever.co",
        "hire.lever.co",
        "ashbyhq.com",
        "goodtime.io",
        "myworkday.com",
        "workday.com",
        "smartrecruiters.com",
        "hirevue.com",
        "paradox.ai",
        "shl.com",
        "naukri.com",
        "icims.com",
        "jobvite.com",
        "successfactors.com",
        "successfactors.eu",
        "governmentjobs.com",  # NEOGOV, the US public sector's
        "neogov.com",
        "sapsf.com",  # SuccessFactors' mail and career sites
        "sapsf.eu",
        "taleo.net",
        "oraclecloud.com",
        "bamboohr.com",
        "workable.com",
        "workablemail.com",
        "recruitee.com",
        "teamtailor.com",
        "teamtailor-mail.com",
        # Sweden's: ReachMee, Varbi (the public sector's)
        "reachmee.com",
        "varbi.com",
        # Korea's: Greeting, NineHire, WhatTime; the US carriers' Tenstreet, DriverReach
        "greetinghr.com",
        "ninehire.com",
        "whattime.co.kr",
        "tenstreet.com",
        "driverreach.com",
        "breezy.hr",
        "jazzhr.com",
        "applytojob.com",
        "modernhire.com",
        "talview.com",
        "interviewstream.com",
        "hackerrank.com",
        "codility.com",
        "coderpad.io",
        "karat.io",
        "karat.com",
        "brighthire.ai",
        "metaview.ai",
        "gem.com",
        "rippling.com",
        "personio.de",
        "personio.com",
        "jobylon.com",
        "pinpointhq.com",
        "recruiterbox.com",
        "zohorecruit.com",
        "freshteam.com",
        "cronofy.com",
        "youcanbook.me",
        "acuityscheduling.com",
        "doodle.com",
        "zcal.co",
        "savvycal.com",
        "chilipiper.com",
        "hubspot.com",
        "indeed.com",
        "indeedemail.com",
        "linkedin.com",
        "glassdoor.com",
        "hirist.com",
        "instahyre.com",
        "foundit.in",
        "monsterindia.com",
        "internshala.com",
        "unstop.com",
        "mettl.com",
        "hackerearth.com",
        "wellfound.com",
        "otta.com",
        "hired.com",
        "dice.com",
        "join.com",
        "factorialhr.com",
        "gupy.io",
        "kenoby.com",  # Brazil's and Poland's recruiting systems
        "solides.com.br",
        "recrutei.com.br",
        "inhire.com.br",
        "erecruiter.pl",
        "traffit.com",
        "pracuj.pl",
        "jobadder.com",
        "manatal.com",
        "homerun.co",
        "dover.com",
        "fountain.com",
        "sparkhire.com",
        "welcometothejungle.com",
        "cal.com",
        "codesignal.com",
        "bullhorn.com",
        "recruitcrm.io",
        "softgarden.io",
        "softgarden.de",
        "rexx-recruitment.com",  # rexx systems: "<employer>.rexx-recruitment.com"
        "rexx-systems.com",
        "dvinci.de",  # d.vinci
        "dvinci-easy.com",
        "stepstone.de",
        "seek.com.au",
        "dayforcehcm.com",
        "paylocity.com",
        "jobdiva.com",
        "ceipal.com",
        "loxo.co",
        "tal.net",  # Oleeo, and the UK's early-careers systems
        "avature.net",
        "cappfinity.com",
        "sonru.com",
        "eightfold.ai",
        "pymetrics.ai",
        "mokahr.com",  # China's and Southeast Asia's recruiting systems and job boards
        "beisen.com",
        "italent.cn",
        "liepin.com",
        "51job.com",
        "jobstreet.com",
        "mycareersfuture.gov.sg",
        "myamcat.com",  # India's assessment and campus hiring systems
        "applitrack.com",  # schools' (Frontline, SchoolSpring, PowerSchool)
        "frontlineeducation.com",
        "schoolspring.com",
        "powerschool.com",
        "pageuppeople.com",  # Australia's
        "livehire.com",
        "harri.com",  # hourly and hospitality hiring
        "ukg.com",
        "ultipro.com",
        "apploi.com",
        "workstream.us",
        "snagajob.com",
        "infojobs.net",  # job boards that send the employer's invites
        "xing.com",
        "monster.com",
        "jobteaser.com",
        "totaljobs.com",
    }
)
#: Meeting tools: their addresses are robots, but everyone meets on them (no sign of an interview).
MEETING_TOOLS = frozenset(
    {"zoom.us", "zoom.com", "zoomgov.com", "webex.com", "gotomeeting.com", "goto.com"}
    | {"microsoft-teams.com", "teams.microsoft.com", "whereby.com", "jitsi.org", "meet.jit.si"}
)
#: Calendar services whose addresses are calendars, rooms, groups or relays, never a person.
CALENDAR_SERVICES = frozenset(
    {"calendar.google.com", "calendar.yahoo.com", "calendar.icloud.com", "calendar.zoho.com"}
)
#: Free and personal mail: says nothing about the employer.
PUBLIC_MAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "yahoo.com",
        "yahoo.co.in",
        "yahoo.co.uk",
        "ymail.com",
        "rocketmail.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "fastmail.com",
        "fastmail.fm",
        "zoho.com",
        "zohomail.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
        "rediffmail.com",
        "tutanota.com",
        "tuta.io",
        "hey.com",
        "mail.com",
        "inbox.com",
        "orange.fr",
        "free.fr",
        "t-online.de",
        "libero.it",
        "btinternet.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        # internet providers' and national free mail the candidates of other countries use
        "sbcglobal.net",
        "bellsouth.net",
        "cox.net",
        "charter.net",
        "earthlink.net",
        "shaw.ca",
        "rogers.com",
        "sympatico.ca",
        "btopenworld.com",
        "sky.com",
        "virginmedia.com",
        "talktalk.net",
        "ntlworld.com",
        "bigpond.com",
        "bigpond.net.au",
        "optusnet.com.au",
        "iinet.net.au",
        "xtra.co.nz",
        "laposte.net",
        "sfr.fr",
        "wanadoo.fr",
        "freenet.de",
        "arcor.de",
        "posteo.de",
        "mailbox.org",
        "bluewin.ch",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "telenet.be",
        "skynet.be",
        "ziggo.nl",
        "kpnmail.nl",
        "planet.nl",
        "home.nl",
        "xs4all.nl",
        "seznam.cz",
        "wp.pl",
        "o2.pl",
        "interia.pl",
        "onet.pl",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "ig.com.br",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "sina.com",
        "sohu.com",
        "foxmail.com",
        "yeah.net",
        "inbox.ru",
        "list.ru",
        "bk.ru",
        "rambler.ru",
        "ukr.net",
        "abv.bg",
    }
)
#: Free mail under any country's suffix: yahoo.fr, hotmail.es, outlook.com.br, live.ca, gmx.at.
_PUBLIC_MAIL_NAMES = frozenset(
    {"yahoo", "hotmail", "outlook", "live", "gmx", "yandex", "aol", "ymail"}
)

#: Local parts (split on . _ - +) that robots send from: RFC 2142 role names and what calendar and
#: ATS systems use. Any one of these words makes the address a robot.
_ROBOT_WORDS = frozenset(
    {
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "mailer",
        "daemon",
        "postmaster",
        "bounce",
        "bounces",
        "notification",
        "notifications",
        "powiadomienia",  # Polish: notifications
        "notificacoes",  # Portuguese
        "notificaciones",
        "notify",
        "alerts",
        "automated",
        "robot",
        "system",
        "invites",
        "invitations",
        "scheduler",
        "scheduling",
        "schedule",
        "calendar",
        "calendars",
        "events",
        "meetings",
    }
)
#: Shared role mailboxes (RFC 2142 and recruiting practice): a team reads them, no person does.
_ROLE_WORDS = frozenset(
    {
        "recruiting",
        "recruitment",
        "recruiters",
        "recruit",
        "recruiter",
        "hr",
        "hrd",
        "careers",
        "career",
        "jobs",
        "job",
        "talent",
        "talentacquisition",
        "ta",
        "hiring",
        "people",
        "peopleops",
        "humanresources",
        "info",
        "contact",
        "hello",
        "team",
        "campus",
        "university",
        "staffing",
        "apply",
        "applications",
        "application",
        "candidates",
        "candidate",
        "interview",
        "interviews",
        "office",
        "admin",
        "support",
        "help",
        "service",
        "services",
        "enquiries",
        "inquiries",
        "sales",
        "resumes",
        "cv",
        # the same in the languages of the invites seen
        "recrutamento",
        "recrutement",
        "reclutamiento",
        "selecao",
        "seleccion",
        "rh",
        "vagas",
        "empleo",
        "emploi",
        "karriere",
        "bewerbung",
        "personal",
        "saiyo",  # Japanese 採用, recruiting; 人事, personnel
        "saiyou",
        "jinji",
        "rekrutacja",  # Polish
        "kariera",
        "rekrytering",  # Swedish
        "rekrytointi",  # Finnish
        "rekruttering",  # Danish, Norwegian
        "werving",  # Dutch
        "selezione",  # Italian
        "risorseumane",
        "ik",  # Turkish insan kaynaklari, human resources
        "insankaynaklari",
        "kariyer",
        "dotation",  # Quebec French: staffing ("dotation.rh@")
        "leadership",  # a unit's leadership mailbox ("3westleadership@")
        "talento",  # Spanish, Catalan, Portuguese, Italian: talent, selection, civil-service exams
        "seleccio",
        "selection",
        "selectie",
        "oposiciones",
        "oposicions",
        "concursos",
        "rrhh",
        "auswahl",
        "reception",  # the front desk that greets a visitor, not an interviewer
        "frontdesk",
        "concierge",
        "visitors",
        "zhaopin",  # Chinese 招聘, recruiting; 人事 renshi, personnel
        "renshi",
        "chaeyong",  # Korean 채용, recruiting (not "insa", personnel: also a given name)
        "humancapital",  # a school district's or an agency's
        "placements",
        "placement",
        "consultants",  # an agency's desk
        "submissions",  # a travel-nurse agency's desk that submits profiles to clients
        "vetting",  # a talent marketplace's desk that vets its candidates
        "registrations",  # an agency's desk that registers its candidates
        "registration",
        "pesquisa",  # a Brazilian search firm's
        "agenda",  # a scheduling calendar's (Portuguese, Spanish, Dutch)
        "betriebsrat",  # a German works council, which sits in on hires
        "bewerber",  # German: applicants ("bewerbertermine@": applicants' appointments)
        "termine",
        "diary",  # a UK firm's diary desk, which books its partners' meetings
        "matching",  # a talent marketplace's desk that matches candidates to clients
        "internal",  # "internal.mobility@": the desk for internal moves
        "mobility",
        "isealim",  # Turkish: recruitment ("ise.alim@")
        "tuyendung",  # Vietnamese: recruitment, personnel
        "nhansu",
        "secretaria",  # a school's office, its admissions (Spanish, Catalan, Portuguese)
        "secretariat",
        "sekretariat",  # German
        "admisiones",
        "busquedas",  # Rioplatense Spanish: the searches a recruiter runs ("Búsquedas Ñandú")
        "sdm",  # Indonesian: sumber daya manusia, human resources
        "rekrutmen",
        "karir",
        "personalia",
        "prosopiko",  # Greek: personnel, recruitment (προσωπικό, προσλήψεις)
        "proslipseis",
        "admissions",
        "admissoes",
    }
)
#: "Do not reply" run together, as robots' local parts write it in English, Spanish ("no-responder"),
#: Portuguese ("nao-responda"), French, Italian, Dutch and German.
_NO_REPLY = re.compile(
    r"noreply|donotreply|mailerdaemon|noresponder|noresponda|naoresponda|nepasrepondre"
    r"|nonrispondere|nietbeantwoorden|nichtantworten|keineantwort"
)
#: A word of a display name that no person carries: "Recruitment Team", "Campus calendar".
_NOT_A_PERSON_NAME = re.compile(
    r"\b(?:team|calendar|recruiting|recruitment|recruiters|talent|careers?|jobs|hiring|hr"
    r"|human\s+resources|human\s+capital|people\s+ops|placements|submissions|vetting|registrations?"
    r"|scheduling|scheduler|no-?reply|do\s*not\s*reply|notifications?|bot|assistant|support"
    r"|admin\w*|office|department|desk|group|committee|campus|university|staffing|acquisition"
    r"|reception|concierge|lobby|leadership|\d+\s+\w+"  # "3 West Leadership": a unit
    r"|talento|selecci\w*|selection|oposici\w*|procedures|rrhh"
    r"|interviews?|room|conference|board\s*room|meeting|zoom|teams|webex|hangouts?|google\s+meet"
    r"|recrut\w*|reclut\w*|karriere|bewerbung\w*|personalabteilung|talentos|rekryt\w*|rekrut\w*"
    r"|selezione|insan\s+kaynaklar\w*|betriebsrat\w*|works\s+council|bewerber\w*|\w+termine"
    # an agency's branch ("Lavoro Più - Filiale Milano Centro"), a search committee's desk
    r"|filiale|branch|agenzia|diary|matching|faculty\s+search\w*|fellowship|residency"
    r"|placement)\b"  # a school's "Training & Placement Cell"
    r"|(?-i:\b(?:TA|RH)\b)"  # talent acquisition's, French HR's: "TA Brazil", "RH Saint-Louis"
    r"|\b(?:sekretariat|secretariat|matron|laborleitung)\b"  # a desk, a post: no one's name
    r"|\btuyển\s+dụng\b|\bnhân\s+sự\b"  # Vietnamese: recruitment, personnel
    r"|\b(?:i̇|i|İ)şe\s+al(?:ı|i)m\b|\bekib(?:i|ı)\b"  # Turkish: recruitment, "the team of"
    r"|\b(?:sdm|rekrutmen|karir|personalia)\b"  # Indonesian: HR, recruitment, careers, personnel
    r"|\bb(?:ú|u)squedas\b"  # Rioplatense Spanish: a recruiter's searches
    r"|\b(?:τμήμα|προσωπικ\w*|προσλήψ\w*)"  # Greek: a department, personnel, recruitment
    # a region, which a job's title names after a comma ("Regional Vice President - Operations,
    # Middle East & Africa"), not a person
    r"|\b(?:middle\s+east|north\s+america|latin\s+america|asia[\s-]+pacific|south[\s-]*east\s+asia)\b"
    r"|採用|人事|招聘|채용|인사팀",  # recruiting, personnel in Japanese, Chinese, Korean
    re.IGNORECASE,
)
_UUID_LIKE = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}|\d{6,}")
#: Labels a domain's name comes before ("acme.co.uk"), and Australian states ("mpt.nsw.gov.au").
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"}
    | {"nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"}
    | {"nhs", "sch", "police", "mod"}  # "thamesmead.nhs.uk", "ridgeway.sch.uk"
    | {"catholic"}  # Australia's Catholic schools: "stbrigids.catholic.edu.au"
)


#: A host's domain under which an organisation gets its own name: Microsoft 365's tenants
#: (a Bookings calendar's "bewerbung@enzkreis.onmicrosoft.com").
_HOSTING = frozenset({"onmicrosoft"})


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].strip().strip(".").lower()


#: Top-level names reserved for documentation and tests (RFC 2606, RFC 6761): no real invite
#: comes from them, so under them a system's name stands for the system ("myworkday.example",
#: "olivia.paradox.example"), as invented invites written from public documentation say it.
_RESERVED_TLDS = frozenset({"example", "test", "invalid"})


def _under(domain: str, domains: frozenset[str]) -> bool:
    """The domain is one of `domains` or a subdomain of one ("eu.calendar.smartrecruiters.com")."""
    labels = domain.split(".")[-5:]  # no listed domain has more labels; a hostile one may
    if any(".".join(labels[i:]) in domains for i in range(len(labels) - 1)):
        return True
    if len(labels) < 2 or labels[-1] not in _RESERVED_TLDS:
        return False
    stems = _stems(domains)
    return any(".".join(labels[i:-1]) in stems for i in range(len(labels) - 1))


@functools.cache
def _stems(domains: frozenset[str]) -> frozenset[str]:
    """ "myworkday.com" -> "myworkday", "solides.com.br" -> "solides": a domain without its suffix."""
    stems = set()
    for domain in domains:
        labels = domain.split(".")[:-1]
        while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        stems.add(".".join(labels))
    return frozenset(stems)


def system_tenant(email: str) -> str:
    """The employer's own label in a recruiting system's domain: "dfrg" of
    noreply@dfrg.tal.net (Oleeo), "lomondlife" of lomondlife.sonru.com; "" for any other
    address, and for a system's own labels ("eu.calendar.", "notifications.", "wd5.")."""
    labels = domain_of(email).split(".")[-6:]
    # the system's own domain: the shortest end of the address's that is one
    system = next(
        (
            i
            for i in range(len(labels) - 2, 0, -1)
            if _under(".".join(labels[i:]), RECRUITING_SYSTEMS)
        ),
        0,
    )
    own = [w for w in labels[:system] if not _SYSTEM_LABEL.fullmatch(w)]
    return own[-1] if own else ""


#: The labels a system puts before its domain for itself: regions, mail hosts, Workday's "wd5".
_SYSTEM_LABEL = re.compile(
    r"eu|us|uk|ca|au|ap|emea|apac|na|www\d*|mail\w*|e?mails?|smtp|mx|notifications?|notify|calendar"
    r"|app|apps|api|jobs|careers?|recruit\w*|hire|hiring|ats|noreply|no-reply|wd\d+|secure|portal"
    r"|[0-9a-f-]{16,}"
)


def is_recruiting_system(email_or_domain: str) -> bool:
    """An address or domain of a recruiting, scheduling or meeting system (never the employer)."""
    return _under(domain_of(email_or_domain), RECRUITING_SYSTEMS)


_LINK = re.compile(r"(?:https?://|@)(?:[\w-]+\.)*([\w-]+\.[a-z.]{2,10})\b", re.IGNORECASE)


def is_scheduling_link(text: str) -> bool:
    """A description that links to (or names an address at) a recruiting or scheduling system:
    Calendly's "calendly.com/cancellations/...", HireVue's interview room."""
    for match in _LINK.finditer(text[:20_000]):
        host = match[0].split("//")[-1].lstrip("@").lower()
        if _under(host.rstrip("."), RECRUITING_SYSTEMS):
            return True
    return False


def is_calendar_service(email: str) -> bool:
    """A calendar, room or group of a calendar service (a shared family calendar's address)."""
    return _under(domain_of(email), CALENDAR_SERVICES)


def is_service(email: str) -> bool:
    """A recruiting, scheduling or meeting system, or a calendar service: a tool, not a company."""
    domain = domain_of(email)
    return _under(domain, RECRUITING_SYSTEMS | MEETING_TOOLS | CALENDAR_SERVICES)


def is_public_mail(email_or_domain: str) -> bool:
    domain = domain_of(email_or_domain)
    labels = domain.split(".")
    # the name right before a country's suffix: "hotmail.fr", "yahoo.co.in", "outlook.com.br"
    national = len(labels) == 2 or (len(labels) == 3 and labels[1] in _SECOND_LEVEL)
    return (national and labels[0] in _PUBLIC_MAIL_NAMES) or _under(domain, PUBLIC_MAIL)


def is_own_domain(email: str, candidate_emails: Iterable[str]) -> bool:
    """At one of the candidate's own domains that is not free mail: their current employer or
    university, whose people are colleagues, not interviewers."""
    domain = domain_of(email)
    own = {domain_of(e) for e in candidate_emails} - {""}
    own = {d for d in own if not is_public_mail(d)}
    # a subdomain of theirs, or the organisation above theirs: k.wolde@kingsbridge.ac.uk for a
    # student at student.kingsbridge.ac.uk ("ac.uk" itself is no organisation)
    parent = "." in domain and domain.split(".")[0] not in _SECOND_LEVEL
    return bool(domain) and any(
        domain == d or domain.endswith("." + d) or (parent and d.endswith("." + domain))
        for d in own
    )


#: A student's address at their school: "student.kingsbridge.ac.uk", "students.uni.example".
_STUDENT_DOMAIN = re.compile(r"(?:^|\.)(?:students?|stud|stu|alumni)\.", re.IGNORECASE)


#: A school's office that arranges its students' interviews with employers: no employer.
PLACEMENT_OFFICE = re.compile(
    r"\b(?:training\s*(?:&|and)\s*placement|placement\s+(?:cell|office)|t\s*&\s*p\b|tpo\b"
    r"|career(?:s)?\s+(?:services?|cent(?:er|re)|office))",
    re.IGNORECASE,
)


def is_students_school(email: str, candidate_emails: Iterable[str], name: str = "") -> bool:
    """At the school where the candidate is a student, whose placement office arranges their
    interviews with employers: "Training & Placement Office" <tpo@dypcoe.example> for a student
    at student.dypcoe.example; or an office named so at the school's own domain, where the
    candidate's address carries a class year or roll number ("shruti.patwardhan.comp22@"), as
    a student's does and a member of staff's seldom does."""
    return any(
        is_own_domain(email, [own])
        and (
            bool(_STUDENT_DOMAIN.search(domain_of(own)))
            or bool(PLACEMENT_OFFICE.search(name) and re.search(r"\d", own.partition("@")[0]))
        )
        for own in candidate_emails
    )


def robot_reason(email: str, name: str = "") -> str:
    """Why an address gets no follow-up ("" when it can be a person's): design.md "people only"."""
    local, at, domain = email.strip().lower().rpartition("@")
    if not email:  # a name alone, from an Interviewers: line
        return (
            "a shared mailbox or calendar, by its name" if _NOT_A_PERSON_NAME.search(name) else ""
        )
    if not (at and local and domain):
        return "not an email address"
    if _under(domain, CALENDAR_SERVICES):
        return "a calendar, room or group of a calendar service"
    if _under(domain, RECRUITING_SYSTEMS | MEETING_TOOLS):
        return "a recruiting, scheduling or meeting system"
    tokens = [t for t in re.split(r"[._+\-]+", local) if t]
    squashed = "".join(tokens)
    # "no-reply.mettl@mercer.com", "noreply-jobs@": no reply, whatever follows, in any language
    if _NO_REPLY.search(squashed) or any(t in _ROBOT_WORDS for t in tokens):
        return "a no-reply or robot address"
    # a relay's token: iCloud's "2_haztgmrvgeydcnzq...@imip.me.com", a uuid, a long number;
    # nobody's own address is 24 letters and digits on end
    if _UUID_LIKE.search(local) or re.search(r"(?=[a-z]*\d)[a-z\d]{24,}", local):
        return "a relay address"
    first = tokens[0] if tokens else ""
    # "hr@", "careers.india@", "talentacquisition@", "3westleadership@"; not "rh.patel@",
    # "ta.nguyen@" (initials) or "jane.recruiter@" (a person)
    if (
        squashed in _ROLE_WORDS
        or (len(first) > 2 and first in _ROLE_WORDS)
        or _role_compound(squashed)
        or (
            len(tokens) == 1  # "jobsrecruitment@", "bewerbertermineenzkreis@"
            and any(squashed.endswith(w) or squashed.startswith(w) for w in _LONG_ROLE_WORDS)
        )
        # a search committee's ("bchem-search@", "mcb-facultysearch@"), a programme's
        # ("cc-fellowship@"): nobody's own name ends so
        or tokens[-1].endswith("search")
        or tokens[-1] in ("fellowship", "residency", "admissions")
    ):
        return "a shared mailbox"
    if name and _NOT_A_PERSON_NAME.search(name):
        return "a shared mailbox or calendar, by its name"
    if name and _named_as_the_firms_desk(name, domain, tokens):
        return "a shared mailbox, by its name (the organisation's and a desk's)"
    if name and _named_as_an_organisation(name):
        return "an organisation's mailbox, by its name"
    return ""


def _named_as_the_firms_desk(name: str, domain: str, local_tokens: list[str]) -> bool:
    """ "Baobab Remote Matching" at baobabremote, "Tuyển dụng Sen Vàng Pay" at senvangpay: the
    organisation's name, first or last, and up to three more words: a desk of the firm.

    A person's display name does not start or end with their employer's name, while every shared
    mailbox seen in the corpora is named so ("Freshway Rota", "Paylane Design", "Nordkai Logistik
    Presse", "Corvane Visitor Control"), whatever its words and language: the word lists above
    cannot know them all. The name may be the domain's first part ("TeleServe Internal Mobility"
    at teleserveglobal). A person named like the firm keeps the name in the address ("Daan
    Verhoeven" at d.verhoeven@verhoevenbouw, "Smith Jane" at jane.smith@smith), or their other
    names ("Acme Jane" at jane.doe@acme, j.doe@acme): a person. "Acme - Jane Doe" is a person named
    after the firm's; "TA Brazil - Kaveri Digital", with a role mailbox's word, a desk.
    """
    dashed = re.search(r"\s[-–—|]\s|[()]", name) is not None  # or "Jane Doe (Acme)"
    words = [squash(word) for word in re.split(r"\s+[-–—|]\s+|[\s()]+", name.strip()) if word]
    if len(words) < 2 or not all(words):
        return False
    tokens = [squash(token) for token in local_tokens]
    local = "".join(tokens)
    labels = [label.replace("-", "") for label in domain.split(".")[:-1]]
    splits = [(words[:cut], words[cut:], True) for cut in range(1, len(words))]
    splits += [(words[-cut:], words[:-cut], False) for cut in range(1, len(words))]
    for org_words, rest, org_first in splits:
        org = "".join(org_words)
        if (
            len(rest) > 3
            or org in local
            or not any(
                label == org or (len(org) >= max(4, len(label) / 2) and label.startswith(org))
                for label in labels
            )
        ):
            continue
        # "Acme Jane" at jane.doe@ or j.doe@, "Acme | Jane Doe" at jdoe@; not "Talentbridge
        # Delivery" at delivery@, the desk's one word
        named = any(w in tokens or w[:1] in tokens or (len(w) >= 3 and w in local) for w in rest)
        if dashed:  # "TA Brazil - Kaveri Digital", "Evdilos Maritime - Προσλήψεις" at proslipseis@
            if any(w in _ROLE_WORDS for w in rest) or not named:
                return True
        # "Joanna Petrakis" at joanna@petrakislowe: her given name, the firm her surname (not
        # "Tim SDM Warna Kosmetik" at sdm@)
        elif not (named and (len(tokens) > 1 or (not org_first and rest == tokens))):
            return True
    return False


def _named_as_an_organisation(name: str) -> bool:
    """ "Marquette Drivetrain Systems", "Halvern Bank Technology Centre": the name of the
    organisation a relay or a desk sends for, which no person's ends in ("Gaëlle Fournier -
    Talentis Partners" is a person and her firm)."""
    words = name.split()
    return (
        len(words) >= 2
        and not re.search(r"\s[-–—|]\s|[,(]", name)
        and (bool(ORGANISATION_END.search(name)) or squash(words[-1]) in ORG_KINDS)
    )


_LONG_ROLE_WORDS = frozenset(w for w in _ROLE_WORDS if len(w) >= 8)


def _role_compound(squashed: str) -> bool:
    """ "recruitingteam", "campushiring", "hrteam": role words run together."""
    return any(
        squashed.startswith(word) and squashed[len(word) :] in _ROLE_WORDS
        for word in _ROLE_WORDS
        if len(squashed) - len(word) > 2  # "hrteam", not "tal" + "ent"
    )


#: A top-level domain: a country's two letters, one of the first generic ones, or a place's or
#: nation's that public bodies use (NHS Scotland's "nhs.scot").
_A_TLD = re.compile(
    r"[a-z]{2}|com|org|net|edu|gov|scot|wales|cymru|london|nyc|berlin|paris|eus|cat"
)


def company_from_domain(email: str, candidate_emails: Iterable[str] = ()) -> str:
    """ "jane@mail.acme-corp.co.uk" -> "Acme Corp": the label before the public suffix, title-cased.

    "" for free mail, calendar and recruiting systems, and the candidate's own domains.
    """
    domain = domain_of(email)
    if (
        not domain
        or "." not in domain
        or is_public_mail(domain)
        or _under(domain, CALENDAR_SERVICES)
        or is_recruiting_system(domain)
        or _under(domain, MEETING_TOOLS)
        or is_own_domain(email, candidate_emails)
    ):
        return ""
    labels = domain.split(".")
    # "cahayanusantara.co.id.example": a real shape under a name reserved for examples
    if len(labels) >= 3 and labels[-1] in _RESERVED_TLDS and _A_TLD.fullmatch(labels[-2]):
        labels = labels[:-1]
    hosted = len(labels) >= 3 and labels[-2] in _HOSTING  # "enzkreis.onmicrosoft.com"
    labels = (
        labels[:-2] if len(labels) >= 3 and (labels[-2] in _SECOND_LEVEL or hosted) else labels[:-1]
    )
    while len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]  # "health.nsw.gov.au": a state's department
    if labels in (["nhs"], ["gov"]):
        return ""  # one domain for a nation's every health board or department: "nhs.scot"
    words = re.split(r"[-_]+", labels[-1]) if labels else []
    return " ".join(w.capitalize() for w in words if w)
