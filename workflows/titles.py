"""Company and role from what an invite says: its title, its description, its senders' domains.

design.md "reading the calendar": explicit lines win (`Company:`, `Employer:`, `Organization:`,
an agency's `Client Name:`; `Role:`, `Position:`, `Job Title:`); then what the invite says
("Interview with Acme", "... for AI Engineer at XLabs", a `||` segment, "Round 1 of Data
Engineer"); then the employer's mail domain as a readable name. Never the candidate's name, a
person's name, a date or time, a recruiting system, or the invite's own words ("Schedule",
"Invitation", "Live", "Zoom", "Confirmation"). Pure, and it never raises.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import CJK, FULL_WIDTH, ORGANISATION_END, spelled_out, squash
from .senders import RECRUITING_SYSTEMS


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Interview-kind words ("Final round", "Phone screen #2", "HR ROUND"): a run of them names no
#: company or role. A run must hold a core word, so that "Virtual" alone may still be a name.
_KIND = re.compile(
    r"interview(?:s|ing)?|phone|screen(?:ing)?|call|tech(?:nical)?|on-?site|final|round|hiring"
    r"|hiring-manager|system-design|take-home|video|virtual|zoom|remote|panel|recruiter|hr"
    r"|chat|intro(?:ductory)?|initial|behaviou?ral|coding|first|second|third|1st|2nd|3rd|\d+(?:st|nd|rd|th)"
    r"|meeting|job|expertise|managerial|\w+-round|culture|cultural|fit|case|aptitude"
    r"|assessment|telephonic|telephone|f2f|face-to-face|[lr]\d|discussion|conversation|online"
    r"|assessment-cent(?:re|er)|assessment-day|super-?day|loop|block|part|\w+-connect|bar-raiser"
    r"|teams|meet|webex|\d+|entretien|entrevista|colloquio|intervista|\w*gespr(?:ä|ae)ch"
    r"|sollicitatiegesprek|kennismakingsgesprek|technisches|t[ée]cnic[ao]|technique|tecnico"
    r"|pers[öo]nliches|m[üu]lakat\w*|intervju\w*|rozmow\w*|kwalifikacyjn\w*|rekrutacyjn\w*"
    r"|haastattelu\w*|pohovor\w*|wywiad\w*|interj[úu]\w*|interviu\w*|conoscitiv[oa]"
    r"|jobbintervju\w*|jobsamtale\w*|ans[æa]ttelsessamtale\w*|anst[äa]llningsintervju\w*"
    r"|ty[öo]haastattelu\w*|[áa]ll[áa]sinterj[úu]\w*|pracovn[íi]|면접|面试|面接"
    r"|demand|on-demand|one-way|async(?:hronous)?"  # HireVue's "On Demand Interview"
    r"|working"  # a dental practice's "Working Interview" (a paid trial day)
    r"|assessment-cent(?:re|er)|peer"
    r"|entrevue|\w*gesprek|eerste|tweede|erstes?|zweites?|premi(?:er|ère)|primera|segunda"
    r"|\w+-?interview|in-person|person|vor-ort|presencial|pr[ée]sentiel"
    r"|runde|dritte[sn]?|letzte[sn]?|finale"  # German "Zweite Runde"
    r"|rodada|etapa?|runda|fase|ronda|techniczn\w*|segunda|terceira|drugi|trzeci"  # "Etap 2"
    r"|stage|step"  # "Stage 2 Interview"
    r"|videocolloqui\w*|colloqui|primo|secondo|terzo|conoscitiv[oa]"  # "Secondo colloquio"
    r"|bate-papo|papo|conversa"  # Portuguese: "Bate-papo técnico", "Conversa técnica"
    r"|oral-board|finalist-day"  # the public sector's: "Oral Board – Budget Analyst II"
    r"|vòng|bước|phỏng|vấn"  # Vietnamese: "Vòng 2" (round), "Bước 2" (step), "phỏng vấn"
    r"|tahap|wawancara|undangan|user"  # Indonesian: "Tahap 2", "Undangan Wawancara", "Interview User"
    r"|συνέντευξη|τελική|τεχνική|πρόσκληση|σε|\d+(?:η|ος|ο)"  # Greek: "Τελική συνέντευξη", "2η"
    r"|usaili|mahojiano|awamu|ya|wa|pili|simu"  # Swahili: "Usaili wa Awamu ya Pili" (second round)
    r"|instancia|charla|jornada|desaf(?:í|i)o"  # Rioplatense Spanish: "Instancia final"
)
_KIND_CORE = re.compile(
    r"interview(?:s|ing)?|screen(?:ing)?|call|on-?site|round|panel|chat|meeting|discussion"
    r"|hiring-manager|assessment|conversation|entretien|entrevista|colloquio|intervista"
    r"|assessment-cent(?:re|er)|assessment-day|super-?day|loop|\w+-connect|\w+-round|\w+-interview"
    r"|\w*gespr(?:ä|ae)ch|sollicitatiegesprek|kennismakingsgesprek|m[üu]lakat\w*|intervju\w*"
    r"|rozmow\w*|haastattelu\w*|pohovor\w*|wywiad\w*|interj[úu]\w*|interviu\w*"
    r"|jobbintervju\w*|jobsamtale\w*|ans[æa]ttelsessamtale\w*|anst[äa]llningsintervju\w*"
    r"|ty[öo]haastattelu\w*|[áa]ll[áa]sinterj[úu]\w*|면접|面试|面接|entrevue|\w*gesprek"
    r"|\w+interview|runde|rodada|etapa?|runda|fase|ronda|videocolloqui\w*|colloqui"
    r"|bate-papo|papo|conversa|oral-board|finalist-day|vòng|bước|phỏng|tahap|wawancara"
    r"|συνέντευξη|usaili|mahojiano|instancia|charla|jornada|desaf(?:í|i)o"
)
#: Words of the invite itself, never a company: a part made only of these and kind words goes.
_INVITE_WORDS = _set(
    "schedule scheduled invitation invite invited candidate confirmation confirmed updated update"
    " reminder live conference video-conference videoconference session booking booked new event"
    " canceled cancelled rescheduled accepted declined tentative details for with and of at the a"
    " an your my our via on in microsoft google calendly microsoft-teams loop notice notification"
    " 面试邀请 面试通知 面试安排 面接のご案内 面接案内 面试 面接 一次面接 二次面接 三次面接 最終面接"
    " 技術面接 カジュアル面談 面談 オンライン 対面 ペアプロ ペアプログラミング ご案内"
    " 選考 一次選考 二次選考 三次選考 最終選考 書類選考 選考情報"
    " 已取消 取消 一面 二面 三面 终面 初面 复试 hr面 群面 视频面试 电话面试 现场面试"
    " ride-along walk-through shadow test slot founder founders meet greet meet-and-greet"
    # "Presentation and panel", "(internal applicants)", "Registration interview"
    " presentation internal applicants candidates stage tour unit registration"
    " ad advert advertisement"  # "(SEEK ad)": where the job was seen
    " kandidat kandidatin kandidat:in candidat candidata candidato kandydat"
    " moved to from"  # "(moved to Wed 3/4)": the time's news, its date cut
)
#: A region or a market in a title, never the employer: "(SEA)", "APAC", "EMEA".
_REGION = re.compile(
    r"(?i:apac|emea|sea|anz|latam|amer|americas|mena|dach|nordics|benelux|asean|global|asia"
    r"|europe|emea[ &/]+apac|international|overseas|domestic)"  # "(International)": applicants
)
#: A site of the employer's, not its name: "(Memphis RDC)", "Hosur Plant", "Atlanta DC".
_SITE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?:(?-i:R?DC|FC|CDC|HQ)|(?i:plant|site|warehouse|depot|campus"
    r"|mill|yard|base|head[ \t]+office|(?:distribution|fulfil+ment|logistics)[ \t]+cent(?:er|re)))"
)
_KIND_PAIR = re.compile(
    r"\b(?:hiring\s+manager|system\s+design|on\s+site|take\s+home|face\s+to\s+face|oral\s+board|finalist\s+day"
    r"|video\s+conference|assessment\s+(?:cent(?:re|er)|day)|super\s+day"
    r"|(?:director|leadership|hr|manager|cxo|ceo|founder)\s+connect|bar\s+raiser"
    # whom it is with, not the job in "Senior Product Manager Round 1"
    r"|(?<!\w\s)(?:director|manager|founders?|ceo|cxo|cto|partner|gm|vp)\s+round"
    # "Assessment Centre & Partner Interview", not the job in "Finance Director Interview"
    r"|(?<!\w\s)(?:partner|director|principal|founders?|ceo|cto|cfo|vp|gm)\s+interview)\b",
    re.I,
)
#: Job words of the invites' other languages that both a title's role (`_ROLE`) and the sign of
#: a job in detect.py take: "Responsable Sanitario", "Jefa de Almacén", "Logistikplaner".
JOBS_ABROAD = (
    r"controller|contr[ôo]leu\w+|responsab(?:le|ile)|jef[ae]|gerente|directeu\w+|directora"
    r"|diretor\w*|\w*planer|leiter\w*|leitung|coordinad\w+|coordenad\w+|gestionnaire"
    r"|\w*apotheker\w*|pharmacien\w*"
    # German compounds end in the job: "Entwicklungsingenieur", "Personalreferentin"
    r"|\w*ingenieur\w*|\w*entwickler\w*|\w*techniker\w*|\w+referent\w*|\w*konstrukteur\w*"
    r"|\w*mechaniker\w*|\w*kaufm(?:ann|änner)|\w*kauffrau\w*|\w*spezialist\w*"
    r"|\w*sachbearbeiter\w*|\w+berater\w*|\w+manager(?:in)?"
    r"|gesch(?:ä|ae)ftsf(?:ü|ue)hrer\w*|gestor[a]?"  # "mit dem Geschäftsführer", "com o gestor"
    # Polish: "Inżynier ds. Automatyzacji Testów", "Kierownik Zespołu QA", "Tester Automatyzujący"
    r"|in(?:ż|z)ynier\w*|kierownik\w*|specjalist\w*|tester\w*|programist\w*|analityk\w*"
    # Swedish, Norwegian, Danish: "Backendutvecklare", "Systemutvikler", "Projektledare"
    r"|\w*utvecklare|\w*utvikler\w*|\w*udvikler\w*|\w*ingenj(?:ö|o)r\w*|\w*arkitekt\w*"
    r"|\w*analytiker\w*|\w*konsult|\w*ledare|\w*s(?:ä|a)ljare|\w*handl(?:ä|a)ggare"
    # Spanish: "Consultor/a Senior de Pricing", "Director/a de Estrategia"
    r"|consultor(?:a|es|/a)?|director(?:a|/a)"
    # Arabic: a manager, engineer, analyst, specialist, supervisor, coordinator, developer,
    # designer, consultant, accountant ("مدير سلسلة الإمداد": supply chain manager)
    r"|مدير|مديرة|مهندس|مهندسة|محلل|محللة|أخصائي|أخصائية|اخصائي|مشرف|مشرفة|منسق|منسقة|مطور"
    r"|مطورة|مصمم|مصممة|مستشار|مستشارة|محاسب|محاسبة"
    # Turkish: a specialist, developer, engineer, manager, intern, analyst, architect
    # ("Yazılım Geliştirme Uzmanı", "Kıdemli Backend Geliştirici")
    r"|uzman\w*|geli(?:ş|s)tirici\w*|m(?:ü|u)hendis\w*|y(?:ö|o)netici\w*|stajyer\w*|analist\w*"
    r"|mimar\w*"
    # a German lab job: "Laborant/in Zellkultur"
    r"|laborant\w*"
)
#: A job ad's gender note: German "(m/w/d)", "(w|m|d)", "(gn)", French "(H/F)", "(f/m/x)",
#: "(all genders)", "(alle Geschlechter)". A sign of a job (detect.py), and no part of its name.
GENDER_NOTE = (
    r"\(\s*(?:[mwfdxh]\s*[/|,]\s*){1,3}(?:[mwfdxh]|div\.?|divers)\s*\)|\(\s*gn\*?\s*\)"
    r"|\(\s*(?:all|alle)\s+(?:genders|geschlechter)\s*\)"
)
#: The trades, which both a title's role and the sign of a job take: "HV Electrician", "HD
#: Fitter", "Boilermaker (FIFO 2/1)".
TRADES = (
    r"electricians?|plumbers?|(?:pipe|steam)?fitters?|welders?|boilermakers?|carpenters?|joiners?|riggers?"
    r"|scaffolders?|machinists?|millwrights?|trades(?:person|people|man|men)|tradies?"
    r"|line(?:s?man|workers?)|sparky|sparkies|dispatchers?"
)
_ROLE = re.compile(
    r"\b(?:engineers?|engineering|developer|dev|designer|analyst|scientist|architect|manager"
    r"|director|lead(?:er)?|intern(?:ship)?|trainee|apprentice|graduate|fresher|consultant|specialist"
    r"|admin(?:istrator)?|researcher|programmer|head|vp|officer|associate|coordinator|writer"
    r"|technician|tester|owner|sre|swe|sde|sdet|pm|tpm|em|qa|devops|cto|ceo|cfo|coo"
    r"|executive|representative|strategist|editor|accountant|principal|senior|sr|junior|jr"
    r"|full-?stack|frontend|front-end|backend|back-end|position|role|mern|mean|java|python"
    r"|salesforce|sap|support|recruiter|marketer|marketing|sales|counsel|nurse|teacher"
    r"|operator|assistant|advisor|adviser|partner|agent|clerk|supervisor|librarian|cashier"
    r"|hygienists?|rdh|trainer"  # a dental practice's
    r"|barista|chef|driver|lawyer|attorney|paralegal|solicitor|barrister|conveyancer|auditor|planner|buyer|producer|reporter"
    r"|photographer|illustrator|animator|translator|instructor|tutor|professor|lecturer"
    r"|compositor|compositeur\w*|matchmover"  # a VFX studio's (a "Comp Supervisor" leads them)
    r"|fellow|postdoc|mechanic|steward|liaison|[a-z]{3,}(?<!chr)ists?|ing[ée]ni\w+|engenheir\w+|entwickler\w*"
    r"|desarrollador\w*|desenvolvedor\w*|cientistas?|economistas?|technicien\w*|d[ée]veloppeu\w+|analista|analyste|stagiaire|praktikant\w*"
    r"|werkstudent\w*|estagi\w+|becari[oa]|"
    + TRADES
    # the same in French, Spanish, Portuguese, Italian, German and Dutch job titles
    + r"|"
    + JOBS_ABROAD
    + r"|enseignant\w*|professeure?|profesor\w*|docente|format(?:eur|rice)"
    r"|infirmi[eè]re?|enfermer[oa]|conseill\w+|coordonnat\w+|berater\w*|mitarbeiter\w*"
    r"|\w*leiter\w*|medewerker|adviseur|beheerder|educator|hod|principal|especialista"
    r"|t[eèé]cnic[oa]?|ejecutiv[oa]|executiv[oa]|charg[ée]·?e?|responder|hunter|investigator"
    r"|handler|coach|faculty|adjunct|(?-i:AE|SDR|BDR|CSM|GET|NQ|RN|LPN|CNA|APRN|CRNA|PA-C|(?<!,[ \t])PA)"  # GET: India's graduate engineer trainee
    # the UK's early careers: "Summer Vacation Scheme", "Tax Graduate Programme"
    r"|scheme|programme|programa|training\s+contract|fast\s+stream"
    # Japanese jobs in katakana: "データエンジニア", "シニアデータエンジニア"
    r"|\w*(?:エンジニア|デザイナー|マネージャー|アナリスト|ディレクター|コンサルタント|サイエンティスト)"
    r"|\w*(?:리서처|디자이너|개발자|엔지니어|매니저|기획자|연구원|분석가))\b",  # and in Korean
    re.IGNORECASE,
)
#: A school subject with its grade or level is a teacher's job, as schools and districts name it
#: ("7th Grade Science", "(6-8 Science)", "MS Science", "Science, Grades 6-8"): no job's word
#: says so, and beside "Principal Interview" it is the job, the principal the interviewer.
_SUBJECT = (
    r"(?:science|math(?:ematics|s)?|english|ela|reading|literacy|history|social\s+studies|biology"
    r"|chemistry|physics|physical\s+science|earth\s+science|spanish|french|art|music|band|choir"
    r"|pe|physical\s+education|computer\s+science|special\s+education|sped|esl|geography"
    r"|economics|civics)"
)
_NUMBERED_GRADE = r"(?:\d{1,2}(?:st|nd|rd|th)[\s-]+grade|(?:k|\d{1,2})\s*[-–]\s*\d{1,2})"
_TEACHING = re.compile(
    rf"\b(?:{_NUMBERED_GRADE}|ms|hs|middle\s+school|high\s+school|elementary|secondary"
    rf"|primary)\s+{_SUBJECT}\b|\b{_SUBJECT},?\s+grades?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\b",
    re.IGNORECASE,
)
#: "7th Grade Science", "6-8 Science": a class until the job is named, as a draft names it.
_CLASS = re.compile(rf"{_NUMBERED_GRADE}\s+{_SUBJECT}", re.IGNORECASE)
#: A clinical specialty that ends as a company's name may ("Women's Health", "Wound Care"),
#: written after a job and its dash: "Clinical Nurse Manager - Women's Health".
SPECIALTY = re.compile(
    r"(?i:(?:urgent|critical|intensive|primary|wound|palliative|acute|emergency|aged)[ \t]+care"
    r"|(?:women['’]s|men['’]s|mental|public|behaviou?ral|occupational|community)[ \t]+health)"
)
_CANDIDATE_FOR = re.compile(r"\bcandidate\s*$", re.IGNORECASE)
#: A client an agency does not name.
UNDISCLOSED = (
    r"confidential|confidentiel\w*|confidencial|vertraulich\w*|vertrouwelijk|undisclosed"
    r"|withheld|poufn\w*"
)
_UNNAMED = re.compile(rf"\b(?:{UNDISCLOSED})\b", re.IGNORECASE)
#: The candidate as the employer names them ("Faculty Candidate", "Final Candidate"), the name
#: cut out, and the search they are in ("Faculty Search"): no job ("Faculty" is one only in
#: "Nursing Faculty", "Faculty Position").
_THE_CANDIDATE = re.compile(
    r"(?:faculty|final|shortlisted|internal|external)\s+candidates?|faculty\s+search(?:es)?",
    re.IGNORECASE,
)
#: The last word of a job's function, after the job and a dash: "Manager - Financial Reporting",
#: "Physician Assistant - Hospital Medicine", "Clinical Nurse Manager - Women's Health".
_FUNCTION = (
    r"(?i:reporting|control|controllership|operations|taxation|medicine|surgery"
    r"|accounting|audit|treasury|risk|compliance|acquisition|optimisation|optimization"
    r"|planning|procurement|department|ward|unit|education"
    r"|transformation|strategy|governance|payroll|fp&a)|" + SPECIALTY.pattern  # "Manager - FP&A"
)
#: A job, a dash and a few capitalised words ("Analyst - Regulatory Reporting", "Legal Counsel -
#: Commercial & Regulatory"): its function when `_in_its_function` says so.
_JOB_FUNCTION = re.compile(
    r"\b((?:(?i:manager|analyst|assistant|engineer|specialist|accountant|associate|consultant"
    r"|officer|lead|director|executive|nurse|tutor|lecturer|teacher|counsel|solicitor"
    r"|\w+(?:apist|ician|ologist))"  # "Physiotherapist - Orthopaedic Inpatients"
    r"|(?-i:PA-C|PA|RN))"
    r"(?:[ \t]+(?i:grade|level|band)[ \t]+\d+(?:/\d+)?)?)"  # "Physiotherapist Grade 3 - ..."
    r"[ \t]+[-–][ \t]+((?:[A-Z][\w/&'’]*[ \t]+(?:&[ \t]+)?){0,3}[A-Z][\w&'’]*)"
    r"\b(?=[ \t]*(?:$|[-–—|:_(),]|[ \t]at[ \t]))"  # the part ends there
)
_FUNCTION_END = re.compile(rf"(?:{_FUNCTION})$")


def _in_its_function(match: re.Match[str]) -> str:
    """A job and its function made one part (a hyphen no regex splits at stands in for the
    dash while the title is read), when the function's last word says it is one or all its
    words are a unit's (not the employer's name); else the text as it was."""
    words = [word(w) for w in match[2].split() if w != "&"]
    if _FUNCTION_END.search(match[2]) or all(w in _UNIT_WORDS for w in words):
        return match[1] + " \u2010 " + match[2]
    return match[0]


#: Between the segments of a title: " - ", "|", "||", ":", "::", "_", en and em dashes, " · ",
#: " // " ("Site Tour // Ops Manager"), and a hyphen with a space on one side ("ACME CORP- MERN
#: STACK"), never inside "Front-end".
_SEPARATOR = re.compile(
    r"\s*[|:–—_]+\s*|\s+-+\s*|\s*-+\s+|\s+[·•×]\s+"  # not Catalan "l·l"
    r"|\s+/{2,}\s*|\s*/{2,}\s+"
)
_PEOPLE = re.compile(r"\s/\s|<>")  # "Alex / Jane": a pairing of people, not a company
_LABELS = {
    "at": 0,
    "@": 0,
    "hos": 0,
    "bei": 0,
    "chez": 0,
    "presso": 0,
    "bij": 0,
    "with": 2,
    "z": 2,  # Polish: "rozmowa z dyrektorem"
    "ze": 2,
    "con": 2,  # "with" in Spanish, Italian, German, Dutch, French, Portuguese
    "mit": 2,
    "met": 2,
    "avec": 2,
    "com": 2,
    "and": 2,
    "between": 2,
    "for": 3,
    "of": 3,
}  # lower: surer
_ARTICLE = re.compile(r"(?i:o|a|el|la|le|l['’]|il|lo|der|dem|den|die|de|het)\s")
#: "With" in the languages of `_LABELS`: whom the interview is with.
_WITH = frozenset(label for label, rank in _LABELS.items() if rank == 2) - {"and", "between"}
_EDGE_WORDS = frozenset(
    {"the", "a", "an", "team", "role", "position", "opening", "job", "x", "and", "&", "with", "on"}
    | {"re", "regarding", "appointment", "shortlist"}  # "Chat re Education Officer"
    | {"drive", "campus", "walk-in", "hiring"}  # "Zenith Softlabs Campus Drive"
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # "Zenith Softlabs Campus Drive 2026"
#: A programme's intake is named by its year: "Programa de Analistas 2027", "Graduate Programme 2027".
_INTAKE = _set("programme program programa scheme internship internships intake cohort trainees")


def _a_drive_year(words: list[str]) -> bool:
    """The last word is a year that is no programme's intake ("Campus Drive 2026")."""
    return bool(_YEAR.fullmatch(words[-1])) and not any(word(w) in _INTAKE for w in words[:-1])


#: A team inside the employer, not the employer: "Editorial Services", "Payments Team".
_UNIT_WORDS = _set(
    "services department dept division team operations engineering editorial marketing sales"
    " finance support analytics research design product legal testing payments platform"
    " infrastructure data ops people hr talent recruiting communication communications internal"
    " comunicación comunicació comunicação kommunikation interna intern ventas vendes vertrieb"
    " finanzas rrhh middle elementary secondary primary school science math mathematics english"
    " history biology chemistry physics physical earth life sciences social studies"  # a subject
    " cardiology oncology radiology pharmacy paediatrics pediatrics neurology surgery critical"
    " care emergency maternity renal haematology respiratory nursing icu nicu picu cvicu pacu ccu"
    " stroke recovery anaesthetics anesthetics perioperative theatres experience"
    " pcu telemetry step-down med-surg med/surg tower wing floor east west north south"  # and unit
    # allied health's services: "Grade 2 Physiotherapist (MSK Outpatients)", "- Neurological
    # Rehabilitation", "(Rural Generalist)", "(Primary Contact)"
    " outpatients inpatients outpatient inpatient msk musculoskeletal rehabilitation rehab"
    " neurological neuro orthopaedic orthopaedics orthopedic orthopedics rural generalist"
    " ambulatory subacute acute paediatric pediatric aged contact rotational hand hydrotherapy"
    # a lawyer's practice area: "NQ Solicitor (Private Client)", "Banking & Finance"
    " private client property residential conveyancing litigation disputes dispute resolution"
    " employment banking construction projects planning licensing housing homelessness"
    " regulatory corporate commercial real estate competition environment pensions insolvency"
    " restructuring family criminal immigration"
    " cardiac accounting audit assurance tax treasury"  # "5 North Cardiac", "Accounting & Finance"
    " hygiene restorative hygienists"  # a dental practice's: "Shadow day (hygiene)"
    " quality validation compliance manufacturing qa qc csv"  # a plant's: "Quality Assurance"
    " pricing"  # a case's topic: "Case de Pricing"
    " adult outreach"  # a ward's: "Staff Nurse - Adult ICU", "Critical Care Outreach"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"  # not "Marketing"
)
_DATE_OR_TIME = re.compile(
    rf"\b{_MONTH}\.?\s+\d|\d\s+{_MONTH}|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?"
    r"|sun)(?:day)?\b"
    r"|\d{1,2}[:.]\d\d|\b\d{1,2}\s*(?:am|pm)\b|\d{4}-\d\d|\d+/\d+|\b(?:utc|gmt|ist|[a-z]st|[a-z]dt)\b"
    r"|\btoday\b|\btomorrow\b|\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\b|\d+\s*(?:分|時間)"
    # GENDER_NOTE once its brackets are gone: "m/w/d" names nothing
    r"|(?<!\w)[mwfdx](?:\s*/\s*[mwfdx]){1,2}(?!\w)|\ball\s+genders\b"
    r"|\b(?:clerk\s+)?(?:years?|grades?|ages?|levels?)\s+\d+(?:\s*[-–/]\s*\d+)?",  # "(Years 7–12)"
    re.IGNORECASE,
)
#: "Cancelled" as the meeting tools of the invites seen put it before a title: Spanish,
#: Portuguese, Catalan, French, German, Dutch, Italian, Polish, Indonesian, Greek, Turkish,
#: Vietnamese, Japanese, Chinese.
CANCELLED_WORDS = (
    r"cancell?ed|cancelad[oa]|cancel·lad[ao]|annul[ée]e?|abgesagt|storniert|geannuleerd"
    r"|annullato|cancellato|odwo[łl]ane|dibatalkan|ακυρώθηκε|iptal[ \t]+edildi|đã[ \t]+hủy"
    r"|キャンセル|中止|已取消|取消"
)
#: Google's and Outlook's title wrappers: "Invitation: ... @ Tue Jun 9, 2026 2pm - 3pm (IST)
#: (alex@gmail.com)", "Updated invitation with note:", "FW:", "Accepted:".
_PREFIX = re.compile(
    r"^\s*(?:(?:updated\s+)?invitation(?:\s+with\s+note)?|invite|new\s+event|updated\s+event"
    r"|cancel+ed(?:\s+event)?|reminder|accepted|declined|tentative|fwd?|re"
    r"|wg|aw|tr|terminabsage|absage|einladung(?:\s+zu[mr]?\s+\w+)?"
    r"|zaproszenie|convite|invitaci[óo]n|uitnodiging|invito|" + CANCELLED_WORDS + r")\s*:\s*",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"\s+@\s+(?=[^@]*\d)[^@]*$|\s*\([^()]*@[^()]*\)\s*$")
#: Summaries are short; the reader cuts them here (fuzzed input stays fast).
MAX_SUMMARY = 300
_SYSTEM_NAMES = frozenset(
    {d.split(".")[0].replace("-", "") for d in RECRUITING_SYSTEMS}
    | {"microsoftteams", "googlemeet", "teams", "zoom", "webex", "outlook", "google", "smart"}
)


_STAGE_NUMBER = re.compile(r"\b(round|stage|step)(\d)", re.IGNORECASE)


def clean_title(summary: str) -> str:
    """The title without the calendar's wrapper ("Invitation: ... @ <date> (<address>)")."""
    text = " ".join(str(summary)[:MAX_SUMMARY].translate(FULL_WIDTH).split())
    for _ in range(3):
        stripped = _SUFFIX.sub("", _PREFIX.sub("", text))
        if stripped == text:
            break
        text = stripped
    return text


def word(token: str) -> str:
    return token.lower().strip(".,;:!?'\"#()[]")


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


def _a_team_job(words: list[str]) -> bool:
    """ "Team Leader", "Team Lead": a job that starts with "team" (an edge word elsewhere)."""
    return len(words) > 1 and word(words[0]) == "team" and bool(_ROLE.fullmatch(word(words[1])))


def _parts(piece: str, capital_labels: bool = True) -> Iterable[tuple[str | None, str]]:
    """(label, text) parts of a piece outside kind runs: "at Globex for Data Engineer".

    "and" and "of" are labels only where a part starts ("<candidate> and Northwind", "Round 1
    of Data Engineer"), never inside a name ("Munson's Pickles and Preserves", "Head of Data"); with `capital_labels` false, "For"
    and "With" are words of a name ("Best For You Organics"), as the title writes labels small.
    """
    tokens = _KIND_PAIR.sub(lambda m: "-".join(m[0].split()), piece).split()
    label: str | None = None
    words: list[str] = []
    mask = _kind_mask([word(t) for t in tokens])

    def is_label(token: str) -> bool:
        lower = token.lower()
        if lower not in _LABELS or (lower in ("and", "of") and (words or label)):
            return False
        return capital_labels or not token[:1].isupper()

    for token, is_kind in [*zip(tokens, mask, strict=True), ("", True)]:
        if is_kind or is_label(token):
            while words and word(words[0]) in _EDGE_WORDS and not _a_team_job(words):
                words.pop(0)
            while words and (word(words[-1]) in _EDGE_WORDS or _a_drive_year(words)):
                if word(words.pop()) == "team":  # "Proseware Data Team": a team, not its name
                    while len(words) > 1 and word(words[-1]) in _UNIT_WORDS:
                        words.pop()
            text = " ".join(words).strip(".,;:!?'\"")
            if text:
                yield label, text
            label, words = (token.lower() if not is_kind else None), []
        else:
            words.append(token)


def _a_job_in(text: str) -> bool:
    """A job's word outside the kind of interview: not "Partner" in "Partner Interview"."""
    return any(_ROLE.search(part) for _, part in _parts(text))


def _only_invite_words(part: str) -> bool:
    """ "Candidate Invitation", "HireVue Live": the invite's or a system's words, no name."""
    words = [word(w) for w in part.split()]
    return all(
        w in _INVITE_WORDS or _KIND.fullmatch(w) or not w.strip("-&+") or squash(w) in _SYSTEM_NAMES
        for w in words
    )


#: The words of a hiring stage's name that are no interview kind of `_KIND` (a title's part
#: they make up is not split at them): "Case Study Presentation", "Portfolio Walkthrough".
_STAGE_WORDS = _set(
    "case study studies portfolio walkthrough review debrief challenge exercise presentation"
    " assignment take-home dinâmica dinamica grupo group apresentação apresentacao"
    " job talk chalk teaching demo demonstration campus visit"  # a faculty search's campus visit
    " floor walk site tour"  # a warehouse's: "Floor Walk - Outbound Operations Manager"
    " critique workshop"  # a designer's: "Canopy <> Serena Goh - Design Critique"
)
_WHOM_INTERVIEW = re.compile(
    r"(?:[\w&'.-]+[ \t]+){0,3}(?:manager|director|supervisor|head|partner|founder|owner|lead)"
    r"[ \t]+interview",
    re.IGNORECASE,
)
#: A stage whose title goes on with its topic: "Technical Discussion - <candidate> - Flood Risk
#: Modelling" (the issue's "Payments testing"), "Design Critique: Onboarding Flows".
_TOPIC_KIND = re.compile(r"\b(?:discussion|critique|deep[ \t-]dive|walk-?through)\b", re.I)


def _a_stage(part: str) -> bool:
    """ "Case Study Presentation", "Design Challenge Debrief", "Dinâmica de grupo": the name of a
    hiring stage, no company or role (a unit's word may say what the exercise is about)."""
    words = [word(w) for w in part.split() if word(w) not in ("&", "and", "of", "de", "do", "da")]
    return any(w in _STAGE_WORDS for w in words) and all(
        w in _STAGE_WORDS or w in _INVITE_WORDS or w in _UNIT_WORDS or _KIND.fullmatch(w)
        for w in words
    )


#: Whom an interview is with, in words that name no one firm: "com sócios", "com o gestor".
_WHOM_WORDS = _set(
    "sócios sócias sócio sócia socios gestor gestora gestores time equipe equipa diretoria"
    " direção diretor diretora liderança fundadores fundador fundadora o a os as el la los las"
    " de da do dos das del dados área area partners founders leadership"
)


def _only_whom(part: str) -> bool:
    words = [word(w) for w in part.split()]
    return bool(words) and all(w in _WHOM_WORDS or w in _UNIT_WORDS for w in words)


def _without_systems(part: str) -> str:
    """ "Humongous Insurance HireVue" -> "Humongous Insurance": a system's name at an edge, and
    HireVue's "Live" of a "<Company> Live Video Interview"."""
    words = part.split()
    while len(words) > 1 and (squash(words[-1]) in _SYSTEM_NAMES or words[-1] == "Live"):
        words.pop()
    while len(words) > 1 and squash(words[0]) in _SYSTEM_NAMES:
        words.pop(0)
    return " ".join(words)


def _a_team(part: str) -> bool:
    """ "Red Team", "Fraud Analytics", "Anaesthetics & PACU": a unit's word and at most one
    other, not an organisation's name ("Changi Aero Services", "Vantiqa Clinical Research")."""
    words = [word(w) for w in part.split() if word(w) not in ("&", "and", "of")]
    others = [w for w in words if w not in _UNIT_WORDS]
    return len(others) < min(2, len(words)) and not ORGANISATION_END.search(part.strip())


def _is_unit(part: str) -> bool:
    """ "Editorial Services", "PACU", "5 Tower ICU": a team or a hospital's unit."""
    return (
        all(
            word(w) in _UNIT_WORDS or word(w) in ("&", "and", "of") or w.isdigit()
            for w in part.split()
        )
        and not part.strip().isdigit()
    )


#: Japanese forms of address after a name: "さん", "様", "殿", "氏".
_JAPANESE_PERSON = re.compile(r"(?:さん|様|殿|氏|くん)\s*$")
#: Japan's legal forms of a firm, before or after its name.
_JAPANESE_FIRM = re.compile(r"株式会社|有限会社|合同会社|\(株\)|㈱")
#: How a Japanese or Chinese firm's name ends, as "Bank" or "Logistics" ends one: "ホシゾラ物流",
#: "ツキミ銀行", "星河电商" (without case, only such an ending says a part is a name).
_CJK_FIRM_END = re.compile(
    r"(?:物流|銀行|证券|証券|商事|工業|电机|電機|製薬|建設|保険|不動産|电商|電商|科技|テック"
    r"|ホールディングス|グループ|ラボ|システムズ|技研|製作所|商会|産業|重工|通信|電力|鉄道|航空"
    r"|自動車|食品|化学|電子|精工|物産|集团|公司|银行)$"
)
#: A Japanese department after the firm's name: "ツキミ銀行 デジタル戦略部" (部, 課, 室: a
#: department, a section, an office).
_CJK_DEPARTMENT = re.compile(r"(?<=\S)[ \t\u3000]+\S*[部課室]$")


def names_a_unit(part: str) -> bool:
    """ "Assurance", "Finance & Accounting": a team's or a function's words, no one's name."""
    return _is_unit(part)


def _two_names(part: str) -> bool:
    """Two names joined by "and" in a language other than English ("Alicją i Kubą", "Ana y
    Luis", "Jonas und Lea"): people, as written after "with" (not "Procter and Gamble")."""
    words = part.split()
    return (
        len(words) == 3
        and words[1] in ("i", "y", "e", "und", "et", "en", "och", "og", "ve")
        and all(w[:1].isupper() for w in (words[0], words[2]))
    )


def written_small(text: str) -> bool:
    """All its letters small ("after demo lesson", "widełki, benefity"): a topic or a note, no
    name; not a script without case (Hangul, Hanzi)."""
    return text == text.lower() != text.upper()


def _proper(part: str) -> bool:
    """Written as a name: each word capitalised or in capitals ("Globex India", "ACME CORP"), or
    a brand's lowercase start before a capital ("Kempen eMobility")."""
    small = _set("of and & de del des du di da do dos das la le the for und et y van von der den")
    # Chinese and Japanese words have no case: the Latin ones beside them say ("星河电商 Xinghe
    # E-commerce"); alone, they are not taken for a name
    if _JAPANESE_FIRM.search(part) or _CJK_FIRM_END.search(part.strip()):
        return True  # "株式会社ホシゾラゲームス", "ホシゾラ物流": its legal form or trade says so
    words = [w for w in part.split() if not CJK.search(w)]
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in small or w[1:2].isupper() for w in words
    )


#: How an invite addresses the candidate by surname: "Herr Brenninger", "Ms. Achterberg".
ADDRESSED = r"(?:herr|frau|hr|mr|mrs|ms|mx|miss|monsieur|madame|mme|sr|sra|srta)"


def short_forms(given: str) -> list[str]:
    """A given name's short forms as regexes: "Max", "Maxi", ... for Maximilian (5 letters up)."""
    return [re.escape(given[:n]) for n in range(3, len(given)) if len(given) >= 5]


@dataclass(frozen=True)
class Names:
    """What a company or role is never: the candidate's name and every person's name."""

    candidate: str
    people: frozenset[str]  # squashed full names and first names of the invite's parties

    def of_a_person(self, part: str) -> bool:
        """A party's name, the candidate's, or a party's after a word of their office ("1:1 with
        Dean Patricia Lowell", "Prof. Hiroshi Tanabe")."""
        key, words = squash(part), part.split()
        titled = len(words) == 3 and squash(" ".join(words[1:])) in self.people
        return key in self.people or titled or (bool(self.candidate) and self.candidate in key)

    def strip_candidate(self, title: str, full_name: str) -> str:
        """The title with the candidate's name ("Last First" too) turned into a separator; in
        a title joined by "_" too ("..._Specialist_Aoife_Brennan")."""
        words = full_name.split()
        if not words:
            return title
        orders = {" ".join(words), " ".join(reversed(words)), ", ".join(reversed(words))}
        if len(words) > 2:  # "Thiago Carvalho" for Thiago Henrique Bastos Carvalho
            orders |= {f"{words[0]} {words[-1]}", f"{words[-1]}, {words[0]}"}
        orders |= {spelled_out(order) for order in orders}  # "Maximilian Baeuerle"
        for order in sorted(orders, key=len, reverse=True):
            pattern = r"[\s_]+".join(map(re.escape, order.split()))
            title = re.sub(rf"(?<![^\W_]){pattern}(?![^\W_])", " | ", title, flags=re.IGNORECASE)
        # "Vorstellungsgespräch Herr Brenninger - ...", "Interview: Ms. Achterberg", "Max
        # Bäuerle <> Voltbahn" for Maximilian
        given, surname = words[0], re.escape(words[-1])
        short = "|".join(short_forms(given)) or "(?!)"
        title = re.sub(rf"(?<![^\W_])(?:{short})\s+{surname}(?![^\W_])", " | ", title, flags=re.I)
        # the given name and the surname's initial: "Final round – Ziva Pay (Naledi K.)"; the
        # given name's initial and the surname: "Data_Engineer_C.Rousseau"
        if len(words) > 1:
            initial = re.escape(words[-1][0])
            title = re.sub(
                rf"(?<![^\W_]){re.escape(given)}\s+{initial}(?:\.|(?![^\W_]))",
                " | ",
                title,
                flags=re.I,
            )
            title = re.sub(
                rf"(?<![^\W_.]){re.escape(given[0])}\.\s*{surname}(?![^\W_])",
                " | ",
                title,
                flags=re.I,
            )
        addressed = rf"(?:{ADDRESSED}|dr|signor[ae]?)"  # in a title, "Dr. Bäuerle" is them too
        return re.sub(rf"(?<![^\W_]){addressed}\.?\s+{surname}(?![^\W_])", " | ", title, flags=re.I)


def name_filter(candidate_name: str, people: Iterable[str]) -> Names:
    keys = {squash(n) for n in people if n.strip()}
    keys |= {squash(n.split()[0]) for n in people if n.split()}
    return Names(squash(candidate_name), frozenset(k for k in keys if len(k) > 1))


#: A gender ending glued to a word in Portuguese, Spanish and German job titles:
#: "Engenheiro(a)", "Analista(o)", "Entwickler(in)".
_GENDER_ENDING = re.compile(r"(?<=[^\W\d_])\((?:a|o|as|os|e|es|x|in|innen)\)", re.IGNORECASE)
#: Superscript brackets stand in for a gender ending's while the title is read: no regex sees them.
#: A level in brackets after a job, part of its name: "Pharmacist (Band 7)", "Legal Counsel
#: (NQ+)", "Solicitor (2-3 PQE)", "Software Engineer (L5)".
_LEVEL = re.compile(
    r"(?<=\w)[ \t]*\((?:(?i:band|grade|level|step|pay[ \t]+band)[ \t]+\d+[a-z]?"
    r"|(?-i:NQ)\+?|(?-i:NQ)[ \t]*[-–/][ \t]*\d[ \t]*(?i:pqe)|\d+(?:[ \t]*[-–+][ \t]*\d*)?[ \t]*(?i:pqe)"
    r"|(?-i:[LEPM])\d{1,2})\)"
)
_HIDE_BRACKETS = str.maketrans("()", "\u207d\u207e")


def _with_its_job(match: re.Match[str]) -> str:
    """A level's brackets hidden, so it stays in one part with the job it follows."""
    before = _SEPARATOR.split(match.string[: match.start()])[-1]
    return match[0].translate(_HIDE_BRACKETS) if _names_a_job(before) else match[0]


_SHOW_BRACKETS = str.maketrans("\u207d\u207e", "()")


def title_candidates(
    summary: str, names: Names, full_name: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(companies, roles, units, weak) guessed from a title, surest company first; a unit
    ("Editorial Services", "(People)") is the role only when nothing else names it; `weak`, the
    companies that are only a job's bracket, maybe its team.

    A title joined by "_" alone ("Dunmore_Pryce_Stage2_Interview_Senior_Civil_Engineer") is read
    both ways: its parts name the company ("Interview_<name>_AM_Direct_Taxation_Ridgeway_Pharma"
    has no other break), its words read as spaced name the role ("Senior Civil Engineer", not
    "Senior"), a stage's number apart ("Stage 2").
    """
    found = _title_candidates(summary, names, full_name)
    joined = "_" in summary and " " not in summary.strip()
    if joined and len(next(iter(found[1]), "").split()) <= 1:
        spaced = _STAGE_NUMBER.sub(r"\1 \2", summary.replace("_", " "))
        _, roles, units, _ = _title_candidates(spaced, names, full_name)
        # not the company's last words run on: "Saltbox_Studio_Marketing_Coordinator" (the
        # title's leading parts that are companies' are the company's words)
        parts = {part.lower() for part in found[0]}
        leading = list(itertools.takewhile(lambda w: w.lower() in parts, summary.split("_")))
        roles = [_after_words(r, {w.lower() for w in leading}) for r in roles]
        found = (found[0], [r for r in roles if r] or found[1], units or found[2], found[3])
    return found


def _after_words(text: str, words: set[str]) -> str:
    """The text without its leading words that are among `words`."""
    parts = text.split()
    while parts and parts[0].lower() in words:
        parts = parts[1:]
    return " ".join(parts)


def _title_candidates(
    summary: str, names: Names, full_name: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    text = names.strip_candidate(clean_title(summary), full_name)
    # "Engenheiro(a) de Dados" is one role, not a bracket: its brackets are kept out of the way
    text = _GENDER_ENDING.sub(lambda m: m[0].translate(_HIDE_BRACKETS), text)
    text = _LEVEL.sub(_with_its_job, text)  # "Pharmacist (Band 7)", not "Acme (L2) round"
    text = _JOB_FUNCTION.sub(_in_its_function, text)  # "Manager - Financial Reporting"
    text = CONTRACT.sub(" ", _HOURS.sub(" ", text))  # "(32–40h)", "(Contract)": no name
    text = _REQUISITION.sub(" ", text)  # "(Req 2026-18841)"
    # "Interview with Acme on Friday": Acme stays; "Science Grade 7" stays a teacher's job
    teaching = [m.span() for m in _TEACHING.finditer(text)]

    def kept(match: re.Match[str]) -> str:
        """A grade beside its job ("Grade 2 Physiotherapist", "Physiotherapist Grade 1/2") is
        part of the job's name, as a school subject's grade is of a teacher's."""
        if any(a <= match.start() < b for a, b in teaching):
            return match[0]
        after = text[match.end() :].split()[:1]
        before = text[: match.start()].split()[-1:]
        graded = re.match(r"(?i)\s*(?:grade|level|band)\b", match[0])
        return match[0] if graded and _names_a_job(" ".join(before + after)) else " | "

    text = _DATE_OR_TIME.sub(kept, text)
    capital_labels = not re.search(r"(?<!\S)(?:at|with|for|of)(?!\S)", text)
    # "Mülakat: UX Yazarı (Content Designer) – Lâle Yazılım": a part a bracketed role follows is
    # that role in the invite's language when another part can be the company ("Globex (Data
    # Engineer)" names the company so), and "Ship Pharmacist (Fleet Medical)", "Curriculum
    # Specialist (MS Science)": a bracket after a role is its team or level, not a company or job
    pairs = list(re.finditer(r"([^()\[\]|:–—-]+)\(([^()]*)\)", text))
    translated = {  # not "Mabuhay Staffing Partners (Team Leader)": a firm and its job
        m[1].strip()
        for m in pairs
        if _ROLE.search(m[2])
        and not _a_job_in(m[1])
        and not ORGANISATION_END.search(m[1].strip())
        and not _AN_AGENCY.search(m[1])
    }
    teams = {  # not a stage: "Senior UX Designer (Design Workshop)"
        m[2].strip()
        for m in pairs
        if _a_job_in(m[1]) and not _ROLE.search(m[2]) and not _a_stage(m[2])
    }
    # "Tier 1 Contractor (Confidential)": an agency's words for a client it does not name
    unnamed = {m[1].strip() for m in pairs if _UNNAMED.fullmatch(m[2].strip())}
    # "RN Day Surgery (Recovery)", "Security Engineer (Red Team)": the team is the job's, and
    # so never the company ("Clinical Trial Pharmacist (Vantiqa Clinical Research)" may be)
    specialties = {  # job: its team
        m[1].strip(): m[2].strip()
        for m in pairs
        if m[2].strip() in teams and _proper(m[2]) and _a_team(m[2])
    }
    ranked: list[tuple[int, int, str]] = []
    roles: list[tuple[int, int, str]] = []  # a bracket is more often a team or a level
    units: list[str] = []
    topics: set[str] = set()  # the parts after a stage that has a topic
    topical = False
    for match in re.finditer(r"\(([^()]*)\)|\[([^\[\]]*)\]|([^()\[\]]+)", text):
        in_brackets = match[3] is None
        if in_brackets and (match[1] or match[2] or "").strip() in specialties.values():
            continue  # read with its job
        pieces = _SEPARATOR.split(match[1] or match[2] or match[3] or "")
        for piece in pieces:
            # "Terminal Manager Interview - Dispatcher": an interview with that job's holder,
            # the role only when no other part names one
            holder = bool(_WHOM_INTERVIEW.fullmatch(piece.strip()))
            sides = _PEOPLE.split(piece)
            if (
                len(sides) == 2
                and _names_a_job(sides[1])
                and not _names_a_job(sides[0])
                and not any(
                    names.of_a_person(side) or _CANDIDATE_FOR.search(side) for side in sides
                )
            ):
                # "Spotkanie rekrutacyjne – Koszyk Group / Java Developer": the firm, then its job
                pieces.extend(sides)
                continue
            if len(sides) > 1 and all(_names_a_job(side) for side in sides):
                # "Data Analyst / MIS Executive": two jobs of one opening, no pairing of people
                roles.append((in_brackets, len(roles), piece.strip()))
                continue
            if len(sides) > 1:
                # "Dr. Okafor / 7th Grade Science candidate": a pairing of people, one of them
                # named by the job they are a candidate for
                for side in sides:
                    if _CANDIDATE_FOR.search(side) and _names_a_job(side):
                        roles.append((in_brackets, len(roles), side.strip()))
                continue
            for label, part in _parts(piece, capital_labels):
                part = _without_systems(part)
                if CJK.search(part):
                    part = _CJK_DEPARTMENT.sub("", part)  # "ツキミ銀行 デジタル戦略部"
                if (
                    _only_invite_words(part)
                    or _a_stage(part)
                    or names.of_a_person(part)
                    or is_system_name(part)
                ):
                    continue
                if _UNNAMED.search(part) or part.strip() in unnamed:
                    continue  # "(client confidentiel, fintech Paris 9e)": an agency's client
                if _THE_CANDIDATE.fullmatch(part.strip()):
                    continue  # "Job Talk - Faculty Candidate <name>": who, not the job
                if _JAPANESE_PERSON.search(part) and not _JAPANESE_FIRM.search(part):
                    continue  # "高橋さん", "高橋 陸 様": a person addressed, no company or role
                # "com o Diretor", "mit dem Geschäftsführer": whom, after an article (not a
                # firm's name: "met Groentekist")
                whom = label == "with" or (label in _WITH and _ARTICLE.match(part))
                if label in _WITH and not _names_a_job(part) and _only_whom(part):
                    continue  # "com sócios", "com o time de Dados": whom, no company or role
                if label in _WITH and _two_names(part):
                    continue  # "etap 2 (tech) z Alicją i Kubą": with two people
                if (label is None or whom or label in ("for", "of")) and _names_a_job(part):
                    # "Final Round with the Director", "Entrevista com o Diretor": whom it is
                    # with, after the job itself
                    teaching = _TEACHING.search(part) and part.strip() not in teams
                    surest = -1 if teaching else in_brackets
                    roles.append((surest + 2 * (label in _WITH or holder), len(roles), part))
                elif _is_unit(part):
                    if _proper(part):  # "Editorial Services", not a topic ("Payments testing")
                        units.append(part)
                elif not (
                    _GRADE.fullmatch(part)
                    or _REGION.fullmatch(part)
                    or _SITE.fullmatch(part.strip())
                    or _REQUISITION_ID.fullmatch(part)
                ):
                    rank = _LABELS.get(label or "", 1 if in_brackets else 4)
                    rank = 0 if _JAPANESE_FIRM.search(part) else rank  # "（株式会社クレナイ証券）"
                    if not _proper(part) and (rank == 4 or written_small(part)):
                        continue  # "Payments testing", "(after demo lesson)": a topic, no name
                    ranked.append((rank, len(ranked), part))
                    if topical:
                        topics.add(part.strip())
            topical = topical or bool(_TOPIC_KIND.search(piece))
    companies = [part for _, _, part in sorted(ranked)]
    others = [c for c in companies if c.strip() not in translated | teams]

    def with_team(role: str) -> str:  # "... the position of Assistant Director (Cyber Operations)"
        job = next(
            (j for j in specialties if j == role.strip() or j.endswith(" " + role.strip())), ""
        )
        return f"{role.strip()} ({specialties[job]})" if job else role

    # a bracket after a job may be its team ("Software Engineer (Search & Recommendation)"):
    # the company only when nothing else is, and then a weak one (company.choose_company)
    companies = others or companies
    weak = [  # "(Recommender Systems)" too: a name as a firm's ends, which the domain may deny
        c
        for c in companies
        if c.strip() in teams or (c.strip() in topics and not ORGANISATION_END.search(c))
    ]
    found = companies, [with_team(r) for _, _, r in sorted(roles)], units, weak
    return tuple(
        [p.translate(_SHOW_BRACKETS).replace("\u2010", "-") for p in parts] for parts in found
    )


#: Skills that name a job beside a job's noun ("Python Developer"), alone a topic ("SQL & Python").
_SKILLS = _set("java python sap salesforce mern mean")


_AN_AGENCY = re.compile(r"\b(?:staffing|recruit\w*|personnel)\b", re.IGNORECASE)


def _names_a_job(part: str) -> bool:
    """A job's word that is no skill alone, in a part that is no agency ("Bluestem Educator
    Staffing")."""
    if _AN_AGENCY.search(part):
        return False
    jobs = [m.lower() for m in _ROLE.findall(part)]
    if ORGANISATION_END.search(part) and all(j in _UNIT_WORDS for j in jobs):
        return False  # "Prabhat Engineering Services": a firm, though "engineering" is a job's
    return any(j not in _SKILLS for j in jobs) or bool(_TEACHING.search(part))


def is_job_title(part: str) -> bool:
    """ "Directora de Logística", "Senior Manager": a job's name, written capitalised like a
    person's, that opens with a job's word and joins its words with a small one or ends with a
    job's word; not "Dev Patel"."""
    words = part.split()
    return (
        len(words) >= 2
        and _ROLE.match(part) is not None
        and (any(w.lower() in _JOINING for w in words) or _ROLE.fullmatch(words[-1]) is not None)
    )


_JOINING = frozenset({"de", "of", "for", "del", "des", "di", "da", "do", "y", "and", "&"})


def is_system_name(part: str) -> bool:
    return squash(part) in _SYSTEM_NAMES


#: "Interview with Contoso", "your interview at Contoso", "the Data Engineer role at Contoso",
#: "applying to Contoso": the description saying who the employer is, in a capitalised name.
_DESCRIPTION_COMPANY = re.compile(
    r"\b(?i:interview(?:s|ing)?\s+(?:with|at)|(?:position|role|opening|job|internship|team|vacancy|post)\s+(?:at|with)"
    r"|(?:applying|application|applied)\s+(?:to|at)|on\s+behalf\s+of"
    r"|(?:position|role|opening|vacancy)\s+of\s+[A-Z][^.\n]{0,50}?\s+at"
    # "... for Data Scientist at X", "Your interview for Policy Analyst III (R-0048213) with
    # the Maryland Office of Regional Growth"
    r"|interview\s+for\s+[A-Z][^.\n]{0,60}?\s+(?:at|with))\s+(?:the\s+)?"
    r"((?:[A-Z][\w&.'’-]*|&)(?:[ \t]+(?:[A-Z0-9][\w&./'’-]*|&|of|and|de)){0,6})"  # "A/S"
)
#: "Business Controller", "Manager – Costing & MIS"
#: The small words inside a job's name, in English and the invites' other languages: "Head of
#: Data", "Analista de Investimentos", "Leiter für Vertrieb".
_SMALL = r"and|of|de|da|do|das|dos|del|di|des|du|y|e|et|und|für"
_NAMED_ROLE = rf"((?:(?:[A-Z][\w/&+.-]*|[–&-]|{_SMALL}),?[ \t]+){{0,6}}?[A-Z][\w/&+.-]*)"
#: As many capitalised words as there are, with the small words of a job's name between them:
#: "Head of Department - Science".
_ROLE_WORDS = rf"([A-Z][\w/&+-]*(?:[ \t]+(?:(?:{_SMALL}|&|for|[-–])[ \t]+)?[A-Z][\w/&+-]*){{0,6}})"
_HOURS_KIND = r"(?:(?i:part|full)[ -]time[ \t]+)?"  # "a part-time Finance Manager"
_DESCRIPTION_ROLE = re.compile(
    # "about the Brand Manager, Hospital Portfolio opening", "for our Interim Controller role"
    # "interest in the ...", "We'll talk through the Data Scientist (Fraud & Risk) role"
    r"\b(?i:(?:for|about|on|in|through)\s+(?:the|an?|our|their|your|this))\s+"
    + _HOURS_KIND
    + _NAMED_ROLE
    # and the same in the other language: "the Senior Product Designer / Designer produit senior role"
    + r"(?:[ \t]+/[ \t]+[^\n/.]{2,60}?)?"
    + r"(?:[ \t]+\([^()\n]{1,30}\))?"  # "the Science Specialist (Grades 6-8) role"
    + r"[ \t]+(?i:position|role|opening|job|internship|vacancy|assignment|post)\b"
    # "the position of Financial Controller", "our opening for a part-time Finance Manager"
    r"|\b(?i:(?:position|role|post|vacancy)\s+(?:of|as)|(?:opening|vacancy|position)\s+for)"
    r"\s+(?i:(?:an?|the)\s+)?"
    + _HOURS_KIND
    + _ROLE_WORDS
    # "regarding the position Teacher, Science Grade 7 (Requisition 26-0418)"
    + r"|\b(?i:(?:for|about|regarding|on)\s+the\s+position)\s+"
    + r"((?:[A-Z][\w/&+.-]*,?[ \t]+){0,5}?(?:[A-Z][\w/&+.-]*|\d+))(?=[ \t]*[(.\n]|[ \t]+at\b)"
    + r"|\b(?i:(?:step|stage)\s+in\s+the)\s+"
    + _NAMED_ROLE
    + r"[ \t]+(?i:process|search)\b"
    # "Your in-person interview for Warehouse Planning Coordinator is confirmed"
    + r"|\b(?i:interview\s+for)\s+((?:[A-Z][\w/&+.-]*[ \t]+){0,5}?[A-Z][\w/&+.-]*)"
    r"(?=[ \t]+(?i:is|has|was|on|at)\b|[.,])"
    # "Your in-person interview for the Retail Management Graduate Scheme is confirmed"
    r"|\b(?i:interview\s+for\s+the)\s+((?:[A-Z][\w/&+.-]*[ \t]+){0,5}?[A-Z][\w/&+.-]*)"
    r"(?=[ \t]+(?i:is|has|was)\b)"
    # "Technical screen for Senior Software Engineer, Fleet Autonomy.", "System Design Interview
    # with Elena Sokolova for Senior Software Engineer, Payments Platform."
    # "the second stage of your interview process for Mechanical Engineer, Battery Pack
    # Structures at Anvil Cell Energy", "your application for Mechanical Engineer, Pitch Systems",
    # "the next step in the process for Android Developer (Relocation to Amsterdam) at ..."
     + r"|\b(?i:(?:screen(?:ing)?|interview|onsite|round|session|loop|stage[ \t]+\d"
    r"|(?:interview[ \t]+|recruitment[ \t]+|hiring[ \t]+)?process|application)"
    r"(?:[ \t]+with[ \t]+[^\n.]{1,60}?)?[ \t]+for)[ \t]+(?i:the[ \t]+)?"
    r"((?:[A-Z][\w/&+.-]*[ \t]+){0,5}[A-Z][\w/&+.-]*"
    r"(?:(?:,|[ \t]+[-–—])[ \t]+(?:[A-Z][\w/&+.-]*[ \t]*){1,4})?)"
    r"(?=[ \t]*(?:[.\n(]|$)|[ \t]+(?:at|with)[ \t])"
    # "As you applied for the Summer Vacation Scheme 2027 before the deadline"
    + r"|\b(?i:applied\s+for\s+(?:the|our))\s+"
    + _ROLE_WORDS
    # French, Spanish, Portuguese, Italian: "pour le poste de Contrôleuse de gestion (H/F)"
    + r"|\b(?i:poste|puesto|posición|vacante|vaga|cargo|posizione)\s+(?i:de|d'|di)\s*"
    r"([A-ZÀ-Þ][^\n.,;:()]{2,60}?)(?=[ \t]*(?:\(|,|\.|;|$|\b(?i:au|à|en|na|no|presso)\b))"
    # Polish "na stanowisko Automation QA Engineer w ...", Portuguese "processo para Product Manager"
    r"|\b(?i:stanowisk\w*|processo(?:[ \t]+seletivo)?[ \t]+para|processo[ \t]+seletivo[ \t]+de"
    r"|vaga[ \t]+(?:de|para))[ \t]+"
    r"([A-ZÀ-ÞŁŚŻŹ][^\n.,;:()]{2,60}?)(?=[ \t]*(?:\(|,|\.|;|$|\b(?:w|we|dla|na|em|no|da)\b))",
    re.MULTILINE,
)


#: A scheduling page's question and the candidate's answer (Calendly's booking questions):
#: "Which position are you interviewing for?" then "Operations Data Analyst".
_ASKED_ROLE = re.compile(
    r"^[^\n?:]*\b(?i:position|role|job)\b[^\n?:]{0,60}(?:\?[ \t]*:?|:)[ \t]*(?:\n[ \t]*)?"
    r"([^\n]{2,60}?)[ \t]*$",
    re.MULTILINE,
)


_SENTENCE_END = re.compile(r"(?<=\w\w)\.\s")  # "Zeewind Data. Bram and I", not "A. Datum"
_A_PANEL = re.compile(
    r"\s+(?:search|hiring|selection|interview)?\s*(?:committee|panel|team)\b", re.I
)


#: A sentence that starts with who scheduled the interview: "Kiranakart has scheduled an
#: interview with you", "KNB Technology Services has invited you".
_SCHEDULED_BY = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*([A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z0-9][\w&./'’-]*|&|of|and)){0,5})"
    r"[ \t]+has[ \t]+(?:scheduled|invited|shortlisted|booked)\b",
    re.MULTILINE,
)


_A_SITE = re.compile(
    r"[ \t]+(?:site|plant|office|campus|facility|refinery|terminal|location|branch|lab)\b", re.I
)


def description_candidates(text: str, names: Names) -> tuple[list[str], list[str]]:
    """(companies, roles) that a description's sentences name."""
    text = text[:20_000]
    companies = []
    for m in [*_DESCRIPTION_COMPANY.finditer(text), *_SCHEDULED_BY.finditer(text)]:
        sentence = _SENTENCE_END.split(m[1])[0]  # "... NHS Trust. Your interview panel"
        # not a person, a system, the invite's words, "the Nurse Educator search committee"
        panel = _A_PANEL.match(text, m.start(1) + len(sentence))
        if names.of_a_person(m[1]) or is_system_name(m[1]) or _only_invite_words(m[1]) or panel:
            continue
        # "Acme's office", "Halcyon Petrochemical's Baytown (site)": the owner; "at Veridian
        # Ledger and hearing about ...": the name ends before "and"
        name = sentence.strip(".,;:'’")
        if _A_SITE.match(text, m.start(1) + len(sentence)):
            name = re.sub(r"['’]s\s+[A-Z][\w-]*$", "", name)
        name = re.sub(r"['’]s$", "", name)
        companies.append(re.sub(r"(?:\s+(?:and|of|de|&))+$", "", name))
    found = [*_DESCRIPTION_ROLE.finditer(text), *_ASKED_ROLE.finditer(text)]
    said = [next((g for g in m.groups() if g), "") for m in found]
    roles = [r.strip() for r in said if r and _ROLE.search(r)]
    return companies, roles


#: Working hours in brackets: "Content Designer (32–40h)", "(40 hours/week)", "(24-32 uur)".
_HOURS = re.compile(
    r"\(\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:h|hrs?|hours?|uur|std|stunden)\b[^()]*\)", re.IGNORECASE
)
#: The kind of contract in brackets, in the invites' languages: "(Contract)", "(poste régulier,
#: temps complet)", "(CDI)", "(Teilzeit)", "(0,8–1,0 fte)". It names neither company nor role.
CONTRACT = re.compile(
    r"\((?=[^()]*(?:\b(?:contract|temp|temporary|remote(?![ \t]+area)|hybrid|full[- ]time|part[- ]time"
    r"|permanent|fixed[- ]term|direct[- ]hire|\d+[- ]months?|r[ée]gulier"
    r"|temps\s+(?:complet|partiel)|cdi|cdd"
    r"|tiempo\s+(?:completo|parcial)|medio\s+tiempo|temporal|indefinido|vollzeit|teilzeit"
    r"|befristet|unbefristet|fte|tempo\s+(?:pieno|determinato|indeterminato)"
    r"|cleared|clearance|ts/sci|top\s+secret|polygraph)\b))[^()]*\)",  # "(Cleared)"
    re.IGNORECASE,
)
#: A requisition or competition in brackets: "(Req 2026-18841)", "(Competition MCDS-2026-114)",
#: "(Réf. 26000871)", "(concours 12-04)".
_REQUISITION = re.compile(
    r"\((?:req(?:uisition)?|job|competition|(?:internal[ \t]+)?posting|r[ée]f(?:[ée]rence)?|concours)\b[^()]*\)"
    r"|\(\s*[A-Z]{1,4}[-_ ]?\d{4,}(?:-\d+)*\s*\)"  # Workday's "(R-0048213)", "(R-2026-0871)",
    # a US federal job's pay plan, series and grade: "Program Analyst, GS-0343-13"
    r"|,?[ \t]*\b(?-i:GS|GG|WG|ZP|ZA)-\d{3,4}(?:-\d{1,2})?\b|,?[ \t]*\b(?-i:GS)-\d{1,2}\b",
    # a course's "(PHYS 1415)"
    re.IGNORECASE,
)
#: A requisition's number alone (Workday's "R-0031877"), an interview slot's ("Slot B-14") or a vacancy's ("Vacancy 412345",
#: as the UK civil service's titles end): no company.
_REQUISITION_ID = re.compile(
    r"[A-Z]{1,4}[-_]?\d[\d-]{3,}"
    r"|(?i:slot|vacancy|req(?:uisition)?|job[ \t]+(?:id|ref)|ref(?:erence)?)[ \t#:.-]*(?i:no\.?[ \t]*)?[\w-]*\d[\w-]*"
)
#: A grade or level of a public service or a company ("IT-03", "AD 6", "L5"): no company.
_GRADE = re.compile(r"[A-Z]{1,3}[- ]?\d{1,2}", re.IGNORECASE)

#: Not part of a role's name: a requisition number ("JR-20418"), experience ("(5-8 yrs)"),
#: hours, the kind of contract.
_ROLE_NOISE = re.compile(
    r"\(\s*\d+\s*(?:[-–to]+\s*\d+\s*)?\+?\s*(?:yrs?|years?|yoe)\b[^()]*\)"
    r"|"
    + CONTRACT.pattern
    + r"|"
    + _HOURS.pattern
    # "JR-20418", "R0031877"; not an aircraft's type, a job's own ("First Officer A320")
    + r"|\b[A-Z]{1,4}(?:[-_]\d{3,}|\d{4,})\b|#\s?\d{3,}|\b(?:req|job)\s*id\s*:?\s*\S+"
    + r"|\breq(?:uisition)?\.?\s*(?:no\.?\s*|#\s*)?[A-Z]{0,4}[-_]?\d{3,}\b"  # "– req FL-3310"
    r"|\(\s*\d[\d/-]{3,}\s*\)|"
    + _REQUISITION.pattern  # "(26-1193)", "(Req 4471902)"
    # a job ad's gender note, which no thank-you repeats
    + r"|"
    + GENDER_NOTE,
    re.IGNORECASE,
)


#: A job's name in Chinese or Japanese beside the same in English ("数据分析专家 Senior Data
#: Analyst"): the English one is what an English draft names.
_LATIN_ROLE = re.compile(r"[A-Za-z][\w/&+.,' -]*[A-Za-z)]")


def clean_role(role: str) -> str:
    if CJK.search(role) and (latin := [m[0] for m in _LATIN_ROLE.finditer(role)]):
        english = max(latin, key=len)
        role = english if _ROLE.search(english) else role
    role = re.sub(r"^(?:(?:the\s+)?(?:post|position|role|vacancy)\s+)?of\s+", "", role, flags=re.I)
    # "VP Marketing search", "Ops Manager candidate", "Entry-level Data Analyst roles"
    role = re.sub(
        r"\s+(?:search|assignment|mandate|candidates?|roles?|positions?|openings?|opportunit(?:y|ies)"
        r"|vacanc(?:y|ies))$",
        "",
        role,
    )
    # Korean rounds: the first, the final, the executives': "분석가 1차", "UX 리서처 최종"
    role = re.sub(r"(?<!\S)\(?(?:\d+차|최종|임원)\)?(?!\S)", " ", role)
    role = " ".join(_ROLE_NOISE.sub(" ", role).split()).strip(" -–—|,:.")
    role = re.sub(
        r"\s*\([^()]*(?:チーム|部|室|グループ|課)\)$", "", role
    )  # "(データ基盤チーム)": a team
    role = re.sub(r",\s*(?:the|a|an)$", "", role, flags=re.IGNORECASE)  # "Head Chef, The"
    return f"{role} Teacher" if _CLASS.fullmatch(role) else role


def without_company(role: str, company: str) -> str:
    """ "Principal Consultant, Aurelian Advisory" -> "Principal Consultant" (the company aside,
    with the "at", "@", dash or comma before it; "Fennel & Rye" for fennel-and-rye too)."""
    key, words = squash(company), role.split()
    if not key or squash(role) == key:
        return role
    # "Pembroke Lyle Tax Graduate Programme 2027": the company in front
    starts = [i for i in range(1, len(words)) if squash(" ".join(words[:i])) == key]
    if starts:
        return " ".join(words[starts[0] :]).lstrip(" ,-–—|:") or role
    ends = [i for i in range(1, len(words)) if squash(" ".join(words[i:])) == key]
    if not ends:
        return role
    rest = " ".join(words[: ends[0]]).rstrip(" ,-–—|@")
    # and Portuguese, Spanish, French: "Founding Data Scientist da Pequi Labs"
    for label in (" at", " with", " da", " do", " na", " no", " em", " en", " de", " chez"):
        if rest.lower().endswith(label):
            rest = rest[: -len(label)]
    return rest.strip() or role


#: Capitals that stay capitals when a title in capitals is written as a name.
_ACRONYMS = _set(
    "sre swe sde sdet qa ml ai ux ui pm tpm em hr it bi vp cto ceo cfo coo mern mean sap aws gcp"
    " sql etl ii iii iv ibm kpmg ey pwc bmw usa uk eu sr jr sdr bdr csm get rn lpn cna icu pacu"
    " nicu picu cvicu ccu pcu mis crm erp hris fp&a gtm seo ppc"
)


def unshout(text: str) -> str:
    """ "SAFFRONLEAF PAYMENTS" -> "Saffronleaf Payments": a title in capitals, as a name is
    written; acronyms stay ("SR. DATA ENGINEER" -> "SR. Data Engineer")."""
    if not text.isupper():
        return text
    return " ".join(
        w if word(w) in _ACRONYMS or len(word(w)) < 3 else w.capitalize() for w in text.split()
    )
