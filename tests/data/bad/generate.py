"""Write the malformed-calendar corpus in this folder (CRLF, folded as real exports are).

Run: python tests/data/bad/generate.py
"""

import random
from pathlib import Path

HERE = Path(__file__).parent

HEAD = """BEGIN:VCALENDAR
PRODID:-//Bad Corpus//followup tests//EN
VERSION:2.0
CALSCALE:GREGORIAN
"""
NY = """BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
END:VTIMEZONE
"""
TAIL = "END:VCALENDAR\n"


def good(n: int, day: int = 18, company: str = "Initech") -> str:
    return f"""BEGIN:VEVENT
UID:good-{n}@bad.example
DTSTAMP:20261110T120000Z
DTSTART;TZID=America/New_York:202611{day:02d}T100000
DTEND;TZID=America/New_York:202611{day:02d}T110000
SUMMARY:Interview with {company} - Backend Engineer
DESCRIPTION:Company: {company}\\nRole: Backend Engineer\\nInterviewers: Jane Doe
  <jane@{company.lower()}.example>
ORGANIZER;CN=Sam Recruiter:mailto:sam@{company.lower()}.example
END:VEVENT
"""


def bad(uid: str, summary: str, *lines: str) -> str:
    body = "\n".join(lines)
    return f"""BEGIN:VEVENT
UID:{uid}@bad.example
DTSTAMP:20261110T120000Z
SUMMARY:{summary}
{body}
END:VEVENT
"""


def cal(*parts: str, tz: bool = True, end: bool = True) -> str:
    return HEAD + (NY if tz else "") + "".join(parts) + (TAIL if end else "")


files: dict[str, str | bytes] = {}

full = cal(good(1), good(2, 19, "Globex"))
files["truncated_mid_line.ics"] = full[: full.index("SUMMARY:Interview with Globex") + 20]
# a good event, then an event with no END and no END:VCALENDAR
files["truncated_mid_event.ics"] = (
    cal(good(1), end=False)
    + "BEGIN:VEVENT\nUID:bad-truncated@bad.example\nDTSTAMP:20261110T120000Z\n"
    + "DTSTART;TZID=America/New_York:20261119T100000\nSUMMARY:Globex phone screen\n"
)
files["missing_end_vevent.ics"] = cal(
    "BEGIN:VEVENT\nUID:bad-no-end@bad.example\nDTSTAMP:20261110T120000Z\n"
    "DTSTART;TZID=America/New_York:20261117T140000\n"
    "DTEND;TZID=America/New_York:20261117T150000\nSUMMARY:Globex phone screen\n",
    good(1),
)
files["missing_end_vcalendar.ics"] = cal(good(1), good(2, 19, "Globex"), end=False)
files["impossible_dates.ics"] = cal(
    bad("bad-nov-31", "Globex phone screen", "DTSTART:20261131T100000Z", "DTEND:20261131T110000Z"),
    bad("bad-feb-29", "Hooli interview", "DTSTART;VALUE=DATE:20270229"),
    bad("bad-hour-25", "Umbrella technical screen", "DTSTART:20261118T250000Z", "DURATION:PT1H"),
    bad("bad-month-13", "Vandelay onsite", "DTSTART:20261318T100000Z", "DURATION:PT1H"),
    bad("bad-year-0", "Soylent final round", "DTSTART:00001118T100000Z", "DURATION:PT1H"),
    good(1),
)
files["dtend_before_dtstart.ics"] = cal(
    bad(
        "bad-backwards",
        "Globex phone screen",
        "DTSTART;TZID=America/New_York:20261119T150000",
        "DTEND;TZID=America/New_York:20261119T140000",
    ),
    bad(
        "bad-backwards-allday",
        "Hooli onsite interview",
        "DTSTART;VALUE=DATE:20261119",
        "DTEND;VALUE=DATE:20261117",
    ),
    good(1),
)
files["negative_duration.ics"] = cal(
    bad(
        "bad-negative-duration",
        "Globex phone screen",
        "DTSTART;TZID=America/New_York:20261119T150000",
        "DURATION:-PT1H",
    ),
    good(1),
)
files["duration_instead_of_dtend.ics"] = cal(
    """BEGIN:VEVENT
UID:good-duration@bad.example
DTSTAMP:20261110T120000Z
DTSTART;TZID=America/New_York:20261119T130000
DURATION:PT45M
SUMMARY:Globex phone screen (SRE)
DESCRIPTION:Company: Globex\\nRole: SRE\\nInterviewers: Hank Scorpio <hank@glo
 bex.example>
END:VEVENT
""",
    """BEGIN:VEVENT
UID:good-duration-days@bad.example
DTSTAMP:20261110T120000Z
DTSTART;VALUE=DATE:20261117
DURATION:P1D
SUMMARY:Onsite interview: Data Engineer @ Hooli
ORGANIZER;CN=Gavin Belson:mailto:gavin@hooli.example
END:VEVENT
""",
)
files["unknown_tzid.ics"] = cal(
    bad(
        "bad-mars-zone",
        "Globex phone screen",
        "DTSTART;TZID=Mars/Olympus_Mons:20261119T100000",
        "DTEND;TZID=Mars/Olympus_Mons:20261119T110000",
    ),
    bad(
        "bad-fake-windows-zone",
        "Hooli technical screen",
        'DTSTART;TZID="Atlantis Standard Time":20261119T120000',
        'DTEND;TZID="Atlantis Standard Time":20261119T130000',
    ),
    good(1),
)
files["windows_tzid_without_vtimezone.ics"] = cal(
    """BEGIN:VEVENT
UID:good-windows-berlin@bad.example
DTSTAMP:20261110T120000Z
DTSTART;TZID="W. Europe Standard Time":20261119T160000
DTEND;TZID="W. Europe Standard Time":20261119T170000
SUMMARY:Interview with Globex - SRE
ORGANIZER;CN=Hank Scorpio:mailto:hank@globex.example
END:VEVENT
BEGIN:VEVENT
UID:good-windows-eastern@bad.example
DTSTAMP:20261110T120000Z
DTSTART;TZID=Eastern Standard Time:20261118T100000
DTEND;TZID=Eastern Standard Time:20261118T110000
SUMMARY:Hooli phone screen
ORGANIZER;CN=Gavin Belson:mailto:gavin@hooli.example
END:VEVENT
""",
    tz=False,
)
files["vtimezone_without_rules.ics"] = (
    HEAD
    + "BEGIN:VTIMEZONE\nTZID:Custom/NoRules\nEND:VTIMEZONE\n"
    + "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nX-LIC-LOCATION:Europe/Berlin\nEND:VTIMEZONE\n"
    + NY
    + bad(
        "bad-zone-no-rules",
        "Globex phone screen",
        "DTSTART;TZID=Custom/NoRules:20261119T100000",
        "DTEND;TZID=Custom/NoRules:20261119T110000",
    )
    + bad(
        "iana-zone-no-rules",
        "Hooli technical screen",
        "DTSTART;TZID=Europe/Berlin:20261117T160000",
        "DTEND;TZID=Europe/Berlin:20261117T170000",
    )
    + good(1)
    + TAIL
)
files["duplicate_uids.ics"] = cal(
    bad(
        "dup-revised",
        "Globex phone screen",
        "SEQUENCE:0",
        "DTSTART;TZID=America/New_York:20261117T100000",
        "DTEND;TZID=America/New_York:20261117T110000",
    ),
    bad(
        "dup-revised",
        "Globex phone screen (moved)",
        "SEQUENCE:1",
        "DTSTART;TZID=America/New_York:20261118T140000",
        "DTEND;TZID=America/New_York:20261118T150000",
    ),
    good(1),
    good(1),
)
files["latin1_bytes.ics"] = (
    cal(
        """BEGIN:VEVENT
UID:good-latin1@bad.example
DTSTAMP:20261110T120000Z
DTSTART;TZID=America/New_York:20261119T100000
DTEND;TZID=America/New_York:20261119T110000
SUMMARY:Interview with Café Müller - Barista
DESCRIPTION:Company: Café Müller\\nInterviewers: Jürgen Groß <jurgen@cafe.e
 xample>
END:VEVENT
""",
        good(1),
    )
    .replace("\n", "\r\n")
    .encode("latin-1")
)
rng = random.Random(5)
files["binary_junk.ics"] = bytes(rng.randrange(256) for _ in range(4096))
files["binary_junk_after_calendar.ics"] = cal(good(1)).replace("\n", "\r\n").encode() + bytes(
    rng.randrange(256) for _ in range(512)
)
files["html_login_page.ics"] = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in - Calendar</title></head>
<body>
<form method="post" action="/login">
<label>Email <input name="email" type="email"></label>
<label>Password <input name="password" type="password"></label>
<button type="submit">Sign in</button>
</form>
</body>
</html>
"""
files["empty.ics"] = b""
files["whitespace_only.ics"] = "\n\n   \n"
for name, uid, rule in [
    ("rrule_freq_nope.ics", "bad-freq-nope", "RRULE:FREQ=NOPE;COUNT=3"),
    (
        "rrule_until_before_dtstart.ics",
        "bad-until-before",
        "RRULE:FREQ=DAILY;UNTIL=20261101T000000Z",
    ),
    ("rrule_count_negative.ics", "bad-count-negative", "RRULE:FREQ=DAILY;COUNT=-1"),
    ("rrule_byday_xx.ics", "bad-byday-xx", "RRULE:FREQ=WEEKLY;BYDAY=XX;COUNT=3"),
    ("rrule_freq_secondly.ics", "bad-secondly", "RRULE:FREQ=SECONDLY"),
]:
    files[name] = cal(
        bad(
            uid,
            "Globex interview loop",
            "DTSTART;TZID=America/New_York:20261116T100000",
            "DTEND;TZID=America/New_York:20261116T110000",
            rule,
        ),
        good(1),
    )

# VTIMEZONE rules no zone has: dateutil walks them step by step from 1601, forever (found by
# fuzzing: each hung a run). The custom zone's event is named; the Windows name falls back to tzdata.
files["vtimezone_hostile_rules.ics"] = (
    HEAD
    + "BEGIN:VTIMEZONE\nTZID:Custom/Secondly\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
    + "RRULE:FREQ=SECONDLY\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\n"
    + "BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\nDTSTART:16011104T020000\n"
    + "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n"
    + "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010311T020000\nRRULE:FREQ=DAILY;INTERVAL=0\n"
    + "TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    + NY
    + bad(
        "bad-secondly-zone",
        "Globex phone screen",
        "DTSTART;TZID=Custom/Secondly:20261119T100000",
        "DTEND;TZID=Custom/Secondly:20261119T110000",
    )
    + bad(
        "windows-zone-bad-rule",
        "Hooli technical screen",
        "DTSTART;TZID=Eastern Standard Time:20261117T160000",
        "DTEND;TZID=Eastern Standard Time:20261117T170000",
    )
    + good(1)
    + TAIL
)
# An event whose END line turned up after another event, which is then nested inside it: the
# strict parse accepts this, and the expansion would walk the inner FREQ=SECONDLY (a hang).
files["nested_vevent.ics"] = cal(
    "BEGIN:VEVENT\nUID:bad-outer@bad.example\nDTSTAMP:20261110T120000Z\n"
    "DTSTART;TZID=America/New_York:20261117T140000\nSUMMARY:Globex phone screen\n",
    bad(
        "bad-nested-secondly",
        "Globex interview loop",
        "DTSTART;TZID=America/New_York:20261116T100000",
        "RRULE:FREQ=SECONDLY",
    ),
    "END:VEVENT\n",
    good(1),
)
# A VTIMEZONE icalendar cannot build (its offsets outside the observance) once made the whole
# file unreadable; now the zone is named and ignored, and the rest is read.
files["vtimezone_unusable.ics"] = cal(
    "BEGIN:VTIMEZONE\nTZID:Custom/NoOffsets\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
    "END:STANDARD\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:VTIMEZONE\n",
    bad(
        "bad-no-offsets-zone",
        "Globex phone screen",
        "DTSTART;TZID=Custom/NoOffsets:20261119T100000",
        "DTEND;TZID=Custom/NoOffsets:20261119T110000",
    ),
    good(1),
)
# END:STANDARD missing: icalendar closes whatever is open at each END line, so its strict parse
# nests every event inside the VTIMEZONE (found by fuzzing: with a hostile rule there, a hang).
files["vtimezone_missing_end.ics"] = cal(
    NY.replace("END:STANDARD\n", "").replace("BYMONTH=11\n", "BYMONTH=11\nRRULE:FREQ=SECONDLY\n"),
    good(1),
    tz=False,
)

for name, data in files.items():
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode("utf-8")
    (HERE / name).write_bytes(data)
