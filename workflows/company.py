"""Which company an interview is with: what the invite says, checked against who sent it.

design.md "reading the calendar", Company: an explicit line; else what the invite says; else the
employer's mail domain as a readable name. When what the invite says and the sender's domain
agree, that is the surest reading, and the domain's name is spelled as the invite spells it.
Pure, and it never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import COMPANY_SUFFIXES, ORG_KINDS, ORGANISATION_END, word_set
from .senders import PLACEMENT_OFFICE, company_from_domain, system_tenant
from .titles import is_system_name, squash, word

#: What follows a company's name in a shared mailbox's name: "Humongous Insurance Talent".
_TEAM_WORDS = frozenset(
    [
        "talent",
        "acquisition",  # "Halvorsen Talent Acquisition"
        "recruiting",
        "recruitment",
        "careers",
        "hiring",
        "hr",
        "jobs",
        "people",
        "campus",
        "university",
        "early",  # "Greenhurst Early Careers"
        "student",
        "students",
        "graduate",
        "graduates",
        "emerging",
        "pilot",  # an airline's: "Albion Skies Pilot Recruitment", "Crew Recruitment"
        "pilots",
        "crew",
        "cadet",
    ]
)
#: The last word of an office's name after the firm's: "Warsaw Hub", "Kraków Office".
_SITE_WORDS = frozenset({"hub", "office", "campus", "site", "hq", "headquarters"})
#: What follows the employer's name in a title part that is its programme: "Kestrel Bank
#: Operations Graduate Programme".
_PROGRAMME = re.compile(
    r"\b(?:graduate|programme|program|scheme|internship|placement|apprenticeship|trainee)\b", re.I
)
#: A recruitment or staffing agency's name, in its mail domain or as written.
_AGENCY = re.compile(
    r"recruit|staffing|personnel|headhunt|executive ?search|talent|uitzend|werving|travel ?nurs"
    r"|personalberatung|personaldienst",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(  # "_" joins titles
    r"(?<!\w)(?:[A-ZÀ-ÖØ-Þ](?:[^\W_]|[&'’.-])*|of|and|de|the|du|des|del|la|le|y|e|et|o)(?!\w)|&"
)


#: A local government's name before its state: "Fairlea County, VA" is an employer.
_A_GOVERNMENT = re.compile(r"\b(?:county|city|town|township|parish|borough)\s*,", re.I)
#: A town and its US state or Canadian province or Australian state: a place, never a company.
A_PLACE = re.compile(r"[A-Z][\w .'’-]*,[ \t]*(?:[A-Z]{2}|NSW|QLD|VIC|TAS|ACT)")


def choose_company(
    explicit: str,
    said: Sequence[str],
    text: str,
    emails: Sequence[str],
    candidate_emails: Sequence[str],
    weak: Sequence[str] = (),
) -> str:
    """design.md order: an explicit line, then what the invite says, then the mail domain.

    What the invite says and the sender's domain agree, that wins: a title segment that is the
    domain ("Northwind" beside northwind-traders.com; "Humongous Insurance Talent" beside
    humongousinsurance.com is cut to "Humongous Insurance"), else the domain's name as the
    invite's `text` spells it ("School of Fine Art" for schooloffineart.net); then the first
    thing said; then the domain as a readable name.
    """
    if explicit:
        return explicit
    # "Jal, NM", "Fargo, ND" name a place; "Fairlea County, VA" its government, an employer
    said = [p for p in said if not A_PLACE.fullmatch(p.strip()) or _A_GOVERNMENT.search(p)]
    domains = [d for d in (company_from_domain(e, candidate_emails) for e in emails) if d]
    # and the employer's own label in a recruiting system's domain ("dfrg" of dfrg.tal.net)
    domains += [t.capitalize() for e in emails if (t := system_tenant(e))]
    # an agency's own name ("Harbourline Recruitment", summitstaffing) is not the employer
    # while the invite names another, or the client's own people attend
    said = [p for p in said if not _AGENCY.search(p)] or list(said)
    employers = [d for d in domains if not _AGENCY.search(d.replace(" ", ""))]
    domains = employers if said else employers or domains
    # a domain spells "ä" as "ae" ("schwarzwald-praezision"), the name as written has "ä"
    keys = list(dict.fromkeys(k for d in domains for k in _spellings(squash(d))))
    # a job's bracket ("Software Engineer (Search & Recommendation)") is its team, not the
    # employer, unless it names the sender's domain or the invite says it again (as the name
    # its shared mailbox sends as); an abbreviation there is a grade or a team ("Finance Officer
    # (HEO)", "(R2R)") when no domain confirms it
    said = [
        p
        for p in said
        if p not in weak
        or (not keys and not re.fullmatch(r"[A-Z][A-Z0-9]{1,3}", p))
        or _agreeing(p, keys)
        # or whose first word starts it: "(Axial Revenue Partners)" beside axialrcm
        or any(len(w := squash(next(iter(p.split()), ""))) >= 4 and k.startswith(w) for k in keys)
        or [squash(q) for q in said].count(squash(p)) > 1
    ]
    for part in said:
        if agreed := _agreeing(part, keys):
            return _spelled_whole(agreed, keys, text)
    # a name that says it is an organisation ("Ridgeway State High School") before a spelling of
    # some attendee's domain
    for part in said:
        words = part.split()
        if len(words) < 2:
            continue  # not "(Bank)" alone
        # or a firm's name the sender's domain starts: "Kritika Software Labs" at
        # kritikasoftlabs, not "(Baner)", its office's suburb, nor a unit ("Digital Services")
        first = squash(words[0])
        if squash(words[-1]) in ORG_KINDS or (
            ORGANISATION_END.search(part) and any(k.startswith(first) for k in keys)
        ):
            return part
        # or that starts with its kind before the domain's name: "University of Irwell" at irwell
        if first in ORG_KINDS and any(squash(w) in keys for w in words[1:]):
            return part
    for key in keys:
        spelled = _spelled(text, key)
        # a domain that is a kind of organisation ("Health" of health.nsw...) names none; the
        # invite's own name for it does ("Western Ranges LHD")
        if spelled and not (said and ORGANISATION_END.fullmatch(spelled)):
            return _whole_line(text, spelled)
    for domain in domains:
        if expanded := _expanded(text, domain):
            return expanded
    for domain in domains if not said else ():
        if legal := _legal_name(text, domain):
            return legal
    for key in keys if not said else ():
        if shortened := _shortened(text, key):
            return shortened
    # an acronym that is not the domain's ("SRMC" of "SRMC Talent Acquisition" at
    # sonoranregional) says less than the domain does
    said = [p for p in said if not (domains and re.fullmatch(r"[A-Z]{2,5}", p))]
    return next(iter(said), "") or next(iter(domains), "") or _own_employer(text, emails)


#: The text says the job is the candidate's own employer's: "Thank you for applying to the
#: internal posting", "open to internal candidates only".
_INTERNAL = re.compile(
    r"\binternal[ \t]+(?:job[ \t]+)?(?:posting|vacancy|vacancies|candidates?|applicants?|opening"
    r"|transfer|mobility|move)\b",
    re.IGNORECASE,
)


def _own_employer(text: str, emails: Sequence[str]) -> str:
    """An internal posting's employer is the candidate's own: the name the text spells for the
    domain everyone shares ("St. Marguerite Health Centre" at stmarguerite). The candidate's own
    domain names no company otherwise (design.md), as most events there are their work's."""
    if not _INTERNAL.search(text[:20_000]):
        return ""
    for name in dict.fromkeys(company_from_domain(e) for e in emails):
        for key in _spellings(squash(name)) if name else ():
            if spelled := _spelled(text, key):
                return _whole_line(text, spelled)
    return ""


#: A firm's legal name, as a signature or an address line writes it: "Kocher Elektroantriebe
#: GmbH", "Van der Pol Freight B.V.".
_LEGAL_NAME = re.compile(
    r"\b([A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:[A-ZÀ-Þ&][\w&'’-]*|der|van|von|de|und|and)){0,4}?)"
    r"[ \t]+(?:GmbH|AG|SE|KG|Ltd|Limited|Inc|LLC|B\.V\.|N\.V\.|S\.A\.|plc|Pvt|LLP)\b"
)


def _legal_name(text: str, domain: str) -> str:
    """The legal name that starts with the first word of the domain's name: "Kocher
    Elektroantriebe" at kocher-antriebe, "Hohenlohe Motorsysteme" at hohenlohe-motoren; ""."""
    first = squash(domain.split()[0]) if domain.split() else ""
    for match in _LEGAL_NAME.finditer(text[:20_000]):
        words = match[1].split()
        if len(words) >= 2 and squash(words[0]) == first:
            return match[1]
    return ""


def _spellings(key: str) -> tuple[str, ...]:
    """A domain's name, and the same with German's "ae", "oe", "ue" as the letters they stand for
    (`squash` writes "Präzision" "prazision")."""
    plain = re.sub(r"([aou])e", r"\1", key)
    return (key, plain) if plain != key else (key,)


def _spelled_whole(part: str, keys: Sequence[str], text: str) -> str:
    """ "Koala" as "Koala Loop" at koalaloop, when the text spells the domain's whole name (the
    title's reading cut "Loop", an interview's word)."""
    short = squash(part)
    for key in keys:
        whole = _spelled(text, key) if key != short and key.startswith(short) else ""
        if whole and squash(whole) == key and whole.startswith(part):
            return whole
    return part


def _agreeing(part: str, keys: Sequence[str]) -> str:
    """`part` when it starts with a domain's name ("Munson's Pickles and Preserves" beside
    munsonspickles.com), without a team's words after the name ("Humongous Insurance Talent");
    "" when it names no domain."""
    words = part.split()
    if len(words) > 1 and squash(words[0]) in _KIND_FIRST:
        # "Studio Loup-Garou" at loupgarou, "Atelier Bleu Nuit" at bleunuit
        rest = _agreeing(" ".join(words[1:]), keys)
        return f"{words[0]} {rest}" if rest else ""
    for key in keys:
        whole = squash(part)
        if len(whole) > 2 and key.startswith(whole):
            return part
        # "Aceros Cantábricos" at acaceroscantabricos (not "Home Care" at meridianhomecare)
        if len(whole) >= max(6, len(key) - 3) and key.endswith(whole):
            return part
        joined = ""
        for end, token in enumerate(words, 1):
            joined += squash(token)
            if joined == key:
                rest = words[end:]
                team = all(word(w) in _TEAM_WORDS for w in rest)
                # an office of it: "Elbtal Systems Warsaw Hub" at elbtal-systems (a place and
                # the word; not "Jamii Data Hub" at jamiidata, whose name ends so)
                site = 2 <= len(rest) <= 3 and word(rest[-1]) in _SITE_WORDS
                named = team or site or bool(_PROGRAMME.search(" ".join(rest)))
                if len(rest) > 1 and squash(rest[0]) in ORG_KINDS:
                    return " ".join(words[: end + 1])  # "Chesapeake Trust Bank Cyber Fusion Center"
                return " ".join(words[:end]) if named else part
            before = len(joined) - len(squash(token))
            rest = key[before:]
            if before and len(rest) >= 3 and squash(token).startswith(rest):
                return part  # "KNB Technology Services" at knbtech: a later word shortened
            if not key.startswith(joined):
                break
            # the domain gives the last words by their initials: "Pine Ridge State High School"
            # at pineridgeshs
            rest = words[end:]
            if end >= 2 and rest and key[len(joined) :] == "".join(squash(w)[:1] for w in rest):
                return part
    return ""


#: The kind of firm a name starts with, which its mail domain leaves out: "Studio Loup-Garou".
_KIND_FIRST = word_set(
    "studio atelier agence agencia groupe grupo gruppo maison cabinet banque banco caisse"
    " société sociedad fondation fundación clinique clínica"
)
#: Small words a name has and its mail domain drops: "Cégep de Val-des-Ormes" at
#: cegepvaldesormes, "Bank of Zeeland" at bankzeeland, Māori "o" ("Te Kura o Ngā Puna").
_DROPPED = frozenset(
    {"of", "and", "de", "the", "du", "des", "del", "la", "le", "y", "e", "et", "o"}
)


def _spelled(text: str, key: str) -> str:
    """A run of capitalised words in `text` that squashes to `key`, as written; "" if none.

    The domain may drop a small word ("Cégep de Val-des-Ormes", cegepvaldesormes), one word in
    the middle ("Marrowfield Regional Health", marrowfieldhealth) or shorten the last one
    ("Infoweave Technologies", infoweave-tech)."""
    tokens = _CAPITALISED.findall(text[:20_000]) if len(key) > 3 else []
    for start, first in enumerate(tokens):
        if not first[:1].isupper() or not key.startswith(squash(first)):
            continue
        joined, skipped = "", 0
        for end in range(start, min(start + 8, len(tokens))):
            rest = key[len(joined) :]
            part = "and" if tokens[end] == "&" and rest.startswith("and") else squash(tokens[end])
            if (
                len(joined) >= 4
                and 2 <= len(rest) <= 4
                and not skipped
                and _initials(tokens[end:], rest)
            ):
                # "Cedarbrook University Hospital" at cedarbrookuh
                return _with_kind(text, " ".join(tokens[start : end + len(rest)]).strip(".,'’"))
            if rest.startswith(part):
                joined += part
                if joined == key:
                    return _with_kind(text, _with_kind_after(tokens, start, end))
            elif len(rest) >= 3 and part.startswith(rest):
                # "Nereus Classification Society" at nereus-class
                return _with_kind(text, _with_kind_after(tokens, start, end))
            elif (
                part in _DROPPED
                or part in ORG_KINDS
                or (not skipped and end > start and len(joined) >= 4)
            ):
                # a kind of organisation the domain leaves out: "St Brigid's Primary School
                # Kewbank" at stbrigids-kewbank
                skipped += part not in _DROPPED and part not in ORG_KINDS
            else:
                break
    return ""


def _with_kind_after(tokens: list[str], start: int, end: int) -> str:
    """ "Wattle Park College" at wattlepark: the name's words, and the kind of place after them
    that the domain leaves out."""
    kind = end + 1 < len(tokens) and squash(tokens[end + 1]) in ORG_KINDS
    return " ".join(tokens[start : end + 1 + kind]).strip(".,'’")


def _shortened(text: str, key: str) -> str:
    """A run of capitalised words whose initials or first letters the domain runs together:
    "Fort Greene Urgent Care" at fgurgentcare, "Atlantic Avenue Surgical" at atlanticavesurg.
    One word at least is whole, and the domain long enough that no chance run spells it."""
    if len(key) < 8:
        return ""
    tokens = _CAPITALISED.findall(text[:20_000])

    def spell(at: int, i: int, first: int, whole: bool) -> int:  # where the run spelling ends
        if at == len(key):
            return i if whole else 0
        if i >= len(tokens) or not tokens[i][:1].isupper() or i - first >= 6:
            return 0
        word = squash(tokens[i])
        for n in range(len(word), 0, -1):
            fits = (n == 1 or n >= 3) and key.startswith(word[:n], at)
            if fits and (end := spell(at + n, i + 1, first, whole or n == len(word) >= 4)):
                return end
        return 0

    for first in range(len(tokens)):
        if (end := spell(0, first, first, False)) and end - first >= 2:
            # and the words of its kind the domain leaves out: "... Consultants Ltd"
            while end < len(tokens) and squash(tokens[end]) in _NAME_TAIL:
                end += 1
            return " ".join(tokens[first:end]).strip(".,'’")
    return ""


_NAME_TAIL = ORG_KINDS | word_set(
    "consultants consulting partners services solutions systems technologies ltd llc inc"
)


#: A public body or an institution named before the place it serves, which its mail domain
#: leaves out: "Ajuntament de Sant Feliu de Mar" at santfeliudemar, "City of Harrow" at harrow.
_KIND_BEFORE = re.compile(
    r"\b(?:Ajuntament|Ayuntamiento|Consorci|Consorcio|Consell|Consejo|Diputació|Diputación"
    r"|Generalitat|Gemeente|Comune|Mairie|Ville|Stadt|City|Town|County|Borough|Council"
    r"|Universit(?:at|ad|ade|à|é|y)|Institut|Instituto|Istituto|Hospital|Fundació|Fundación"
    r"|Ministry|Ministerio|Department|Departament|Office|Agency|Commission|Authority)"
    r"(?:[ \t]+(?:de|del|d'|of|the|la|l'|[A-ZÀ-Þ][\w'’-]*)){0,4}?[ \t]+(?:de[ \t]+|of[ \t]+)"
    r"(?:(?:la|the|l')[ \t]+)?$"
)


def _with_kind(text: str, name: str) -> str:
    """ "Costa Blava" as "Consorci de Turisme de la Costa Blava" when the text writes it so;
    without a possessive ("Aros Medico's supply chain team")."""
    name = re.sub(r"['’]s$", "", name)
    at = text.find(name) if name else -1
    kind = _KIND_BEFORE.search(text, max(0, at - 80), at) if at > 0 else None
    if kind:
        return text[kind.start() : at] + name
    # a kind of place written first, as Indonesian names a bank: "Bank Cahaya Nusantara"
    if name:
        for before in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(name)}\b", text[:20_000]):
            if squash(before[1]) in ORG_KINDS:
                return f"{before[1]} {name}"
    return name


_NAME_RUN = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:of|and|de|du|des|la|the|for|aux|et)[ \t]+)?[A-ZÀ-Þ][\w'’-]*)+"
)


def _expanded(text: str, domain: str) -> str:
    """The name a domain gives as initials, as the text writes it: "Ministry of Citizen Digital
    Services" at mcds-ontario, "Citizen Services Canada" at csc-sac, and initials before a whole
    word: "North Trinity College" at ntcollege; "" if none. Three letters at least, one
    capitalised word each, small words between them aside."""
    for acronym in (squash(w) for w in domain.split()):
        if len(acronym) < 3:
            continue
        for run in _NAME_RUN.finditer(text[:20_000]):
            words = run[0].split()
            for start, first in enumerate(words):
                if first[:1].lower() != acronym[0]:
                    continue
                big = [i for i in range(start, len(words)) if words[i][:1].isupper()]
                for count in range(2, min(len(big), 6) + 1):
                    *initials, last = (squash(words[i]) for i in big[:count])
                    spelled = "".join(w[:1] for w in initials)
                    # and with the small words' initials too: "DfRG", "Department for Regional
                    # Growth"
                    every = "".join(squash(w)[:1] for w in words[start : big[count - 1] + 1])
                    if (acronym in (spelled + last[:1], spelled + last) or acronym == every) and (
                        len(acronym) <= 6 or len(last) > 1
                    ):
                        return " ".join(words[start : big[count - 1] + 1])
    return ""


def _whole_line(text: str, name: str) -> str:
    """ "Cornerstone Home" as "Cornerstone Home Supply" when a line (a signature) ends so."""
    # and the end of a host's bracket: "Host: Yusra Baig (Data Science Lead, Medora Analytics)"
    line = re.search(
        rf"(?m)(?:^|\||\(|,)[ \t]*{re.escape(name)}((?:[ \t]+[A-Z][\w&'’-]*){{1,2}})[ \t]*(?:$|\))",
        text,
    )
    if not line or any(word(w) in _TEAM_WORDS | _NOT_NAME_WORDS for w in line[1].split()):
        return name  # "Marlowe Stanton Campus Recruiting", "... Information Services"
    return name + line[1]


#: Words after a company's name in a signature that name a team of it, not the company.
_NOT_NAME_WORDS = word_set("team recruitment acquisition services department division office")


def _initials(tokens: Sequence[str], initials: str) -> bool:
    """The next capitalised words begin with these letters, one each: "University Hospital"."""
    words = tokens[: len(initials)]
    return len(words) == len(initials) and all(
        w[:1].isupper() and squash(w)[:1] == c for w, c in zip(words, initials, strict=True)
    )


#: A sender's team after the employer's name: "Cedar Ridge ISD Human Resources", "Prairie Wind
#: MS Campus Office".
_SENDER_TEAM_WORDS = word_set(
    "team recruitment acquisition human resources office capital conversations bookings interviews"
    " scheduling interview coordination"  # GoodTime's "Cardinal Ridge Interview Scheduling"
    " ta"  # talent acquisition
    " rekrytering rekrytointi rekruttering rekrutacja werving"  # "Mälarbanken Rekrytering"
    " karriere"  # "Hardwald Biochem Karriere"
)


#: Team words that say which team only after another: "Early Careers", "University Recruiting".
_QUALIFIERS = word_set(
    "university campus early student students graduate graduates emerging pilot pilots crew cadet"
)
_LEADING_TEAM_WORDS = word_set(
    "bewerbertermine bewerbermanagement karriere personalabteilung recruiting recruitment"
    # Spanish, Portuguese, French, Italian: "Reclutamiento Logística Peninsular"
    " reclutamiento recrutamento recrutement reclutamento selección seleção talento rrhh"
    " rekrutmen karir sdm"  # Indonesian: "Rekrutmen BCN", "Karir Tempo Cicil"
)


def sender_company(name: str) -> str:
    """The employer in the name a system or shared mailbox sends as, without its team's words
    ("Outback Classrooms Recruitment" -> "Outback Classrooms"); "" for a person's name, a
    system's own ("Greenhouse") or a team alone ("Recruiting Team")."""
    if PLACEMENT_OFFICE.search(name) or re.search(
        r"\bfaculty\s+search\b|\bsearch\s+committee\b|\b(?:fellowship|residency)\b", name, re.I
    ):
        return ""  # "Biochemistry Faculty Search", "Critical Care Fellowship": no employer's name
    # "Magnolia Kitchen & Bar – Midtown via Harri", "Olivia at Fresh Acres Market" (a bot's name)
    name = re.split(r"\s+via\s+", name, maxsplit=1)[0]
    name = re.split(r"^[A-Z][a-z]+\s+at\s+(?=[A-Z])", name, maxsplit=1)[-1]
    name = re.split(r"\s+[–—|-]\s+", name, maxsplit=1)[0]  # "Alb-Hydraulik GmbH | Personal"
    words, cut = name.split(), False
    # "Apex Meridian TA Manila", "Acme Careers India": a team's words and its place
    if len(words) >= 3 and word(words[-2]) in (_TEAM_WORDS | _SENDER_TEAM_WORDS) - _QUALIFIERS:
        words = words[:-1]
    # "Greenhurst Early Careers" is Greenhurst, "Waitematā University" a university
    while words and word(words[-1]) in _TEAM_WORDS | _SENDER_TEAM_WORDS:
        if word(words[-1]) in _QUALIFIERS and not cut:
            break
        words, cut = words[:-1], True
    leading = 0  # German puts the team first: "Bewerbertermine Enzkreis Elektromotoren"
    while leading < len(words) - 1 and word(words[leading]) in _LEADING_TEAM_WORDS:
        leading += 1
    name, words = " ".join(name.split()[leading:]), words[leading:]
    text = re.sub(r"\s+assessment\s+cent(?:re|er)$", "", " ".join(words), flags=re.I)
    words = text.split()  # "Fast Stream Assessment Centre": the stage is not the employer
    if len(words) < 1 or re.search(r"[()@]|\bvia\b", text) or is_system_name(text):
        return ""
    # one word is a name when a team's words followed it ("Greenhurst Early Careers"), not an
    # agency's ("Arc Talent": a marketplace)
    team = " ".join(name.split()[len(words) :])
    agency = _AGENCY.search(team) and not re.search(r"\bacquisition\b", team, re.I)
    teamed = len(words) == 1 and team and words[0][:1].isupper() and not agency
    return text if teamed or _looks_like_an_organisation(words) else ""


def _looks_like_an_organisation(words: list[str]) -> bool:
    """Several capitalised words, or one with a kind of place or a legal form in it."""
    return all(w[:1].isupper() or w.lower() in _DROPPED | {"&"} for w in words) and (
        len(words) >= 2 or squash(words[0]) in ORG_KINDS
    )


def without_place(company: str) -> str:
    """A name whole after its legal form or its kind, without the place after a comma:
    "Alpenglas Manufaktur GmbH, Wien", "St Columba's School, Elwood North"."""
    name, comma, _ = company.partition(",")
    last = squash(name.split()[-1]) if name.split() else ""
    whole = name.count("(") == name.count(")")  # not "Veridane Ireland (Irish Finance Centre"
    return name if comma and whole and (last in COMPANY_SUFFIXES or last in ORG_KINDS) else company


def clean_company(company: str) -> str:
    """An explicit line's company without an aside: "Halden Marine (a Halden Group company)".
    The caller gives it on one line, cut to a sane length (the regex is linear on that)."""
    # "Koala Creek Christian College, 18 Paperbark Lane, Capalaba QLD 4157": the address goes
    company = re.sub(r",\s*\d.*$", "", company).strip() or company
    company = re.sub(r",\s*[A-Z][\w .'-]*,\s*[A-Z]{2}$", "", company)  # ", Fargo, ND"
    company = re.sub(r"\s+[-–—]\s+[A-Z][\w .'-]*,\s*[A-Z]{2}$", "", company)  # " - Warren, MI"
    # "Waitematā University – Faculty of Education": the part of it that interviews
    company = re.sub(
        r"\s+[-–—]\s+(?:faculty|school|department|dept|division|college|institute|centre|center)"
        r"\b.*$",
        "",
        company,
        flags=re.IGNORECASE,
    )
    if company.count("(") > company.count(")"):  # "Norvale Stamping (Warren Plant 2, 24800 ..."
        company = company[: company.rindex("(")].rstrip() or company
    # "Alpenglas Manufaktur GmbH, Wien": after its legal form, a name is whole
    company = without_place(company)
    if not company.endswith(")") or "(" not in company:
        return company
    return company[: company.rindex("(")].rstrip() or company
