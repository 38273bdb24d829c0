"""Realistic calendars for the benchmarks: years of events, a few percent interviews.

Shaped like a long-lived Google/Thunderbird export: CRLF, lines folded at 75 octets (RFC 5545
3.1, never inside a UTF-8 character), escaped TEXT, X-WR-TIMEZONE, VTIMEZONEs for four zones,
UTC and all-day events, weekly series with EXDATEs and RECURRENCE-ID overrides (one renamed, one
cancelled), attendees with non-ASCII names, long conference boilerplate in descriptions, VALARMs.
About 3% of the events are interviews (with Company/Role/Interviewers/Reply by lines), and some
are look-alikes the rules exclude ("Interview prep", "Mock interview").

Deterministic: the same size and seed give the same bytes. Usage:

    python benchmarks/generate.py --sizes 1000,10000,100000 --out benchmarks/out
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, timedelta
from pathlib import Path

#: Events are spread over the years before this day (and a little after): the benchmark's --now.
ANCHOR = date(2026, 11, 25)
SPAN_DAYS = 4 * 365
INTERVIEW_SHARE = 0.03
ZONES = ("America/New_York", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata")

_VTIMEZONES = {
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "2SU", "1SU", "3", "11"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "2SU", "1SU", "3", "11"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "-1SU", "-1SU", "3", "10"),
}

COMPANIES = (
    "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises",
    "Cyberdyne", "Soylent", "Tyrell", "Wonka Industries", "Vandelay Industries", "Massive Dynamic",
    "Pied Piper", "Aperture Science", "Oscorp", "Gringotts", "Monsters Inc", "Blue Sun",
)  # fmt: skip
ROLES = (
    "Backend Engineer", "SRE", "Data Engineer", "Frontend Developer", "Engineering Manager",
    "Staff Engineer", "Product Designer", "ML Engineer", "Platform Engineer", "QA Lead",
)  # fmt: skip
PEOPLE = (
    ("Jane Doe", "jane"), ("Raj Patel", "raj"), ("Lena Müller", "lena"), ("Ana García Márquez", "ana"),
    ("Seán O'Brien", "sean"), ("Wei Zhang", "wei"), ("Fatima Zahra", "fatima"), ("Sam Recruiter", "sam"),
    ("Chris Kim", "chris"), ("Olu Adeyemi", "olu"), ("Marta Nowak", "marta"), ("Yuki Tanaka", "yuki"),
)  # fmt: skip
INTERVIEW_TITLES = (
    "Interview with {c} - {r}",
    "{c} phone screen ({r})",
    "Onsite interview: {r} @ {c}",
    "Technical screen - {c}",
    "Hiring manager chat ({c}, {r})",
    "Final round: {c}",
    "Screening call with {c}",
)
LOOKALIKES = ("Interview prep: {c}", "Mock interview with Chris", "Practice: system design")
ORDINARY = (
    "Team sync", "1:1 with manager", "Lunch with Sam", "Dentist", "Gym", "Sprint planning",
    "Design review", "Coffee chat", "Yoga", "Book club", "Pick up kids", "Car service",
    "Quarterly business review", "All hands", "Interviewer training notes? no: Code review",
    "Flight to Berlin", "Dinner, drinks & games", "Parent–teacher meeting", "Standup",
)  # fmt: skip
ALL_DAY = ("Public holiday", "Vacation", "Conference day", "Birthday: Marta", "Moving day")
BOILERPLATE = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\n"
    "Or dial: (US) +1 650-555-0199 PIN: 123 456 789#\n"
    "More phone numbers: https://tel.meet/abc-defg-hij?pin=123456789\n"
    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
    "Please do not edit this section.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)


def escape(text: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """RFC 5545 3.1: at most 75 octets per line, CRLF + space before each continuation."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # not inside a UTF-8 character
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    return "\r\n ".join(parts) + "\r\n"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _vtimezone(zone: str) -> list[str]:
    if zone == "Asia/Kolkata":
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{zone}",
            f"X-LIC-LOCATION:{zone}",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0530",
            "TZOFFSETTO:+0530",
            "TZNAME:IST",
            "DTSTART:19700101T000000",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    std, dst, std_name, dst_name, to_dst, to_std, dst_month, std_month = _VTIMEZONES[zone]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone}",
        f"X-LIC-LOCATION:{zone}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700308T020000",
        f"RRULE:FREQ=YEARLY;BYMONTH={dst_month};BYDAY={to_dst}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:19701101T020000",
        f"RRULE:FREQ=YEARLY;BYMONTH={std_month};BYDAY={to_std}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


class _Writer:
    """Builds one calendar's lines; `events` counts VEVENT components."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lines: list[str] = []
        self.events = 0
        self.serial = 0

    def uid(self) -> str:
        self.serial += 1
        return f"{self.rng.getrandbits(64):016x}-{self.serial}@bench.example"

    def when(self) -> datetime:
        day = ANCHOR - timedelta(days=self.rng.randrange(SPAN_DAYS)) + timedelta(days=30)
        while day.weekday() >= 5 and self.rng.random() < 0.8:
            day -= timedelta(days=1)
        return datetime(day.year, day.month, day.day, self.rng.randrange(8, 19), 0)

    def times(self, start: datetime, minutes: int) -> list[str]:
        """DTSTART/DTEND in a zone (most), in UTC (Google style) or floating."""
        end = start + timedelta(minutes=minutes)
        pick = self.rng.random()
        if pick < 0.65:
            zone = self.rng.choice(ZONES)
            return [f"DTSTART;TZID={zone}:{_stamp(start)}", f"DTEND;TZID={zone}:{_stamp(end)}"]
        if pick < 0.95:
            return [f"DTSTART:{_stamp(start)}Z", f"DTEND:{_stamp(end)}Z"]
        return [f"DTSTART:{_stamp(start)}", f"DTEND:{_stamp(end)}"]

    def people(self, domain: str, count: int) -> list[str]:
        lines = [
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
            f'CN="{name}";X-NUM-GUESTS=0:mailto:{mail}@{domain}'
            for name, mail in self.rng.sample(PEOPLE, count)
        ]
        lines.append(
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
            "CN=alex@example.com:mailto:alex@example.com"
        )
        return lines

    def event(self, body: list[str], *, alarm: bool = False) -> None:
        self.events += 1
        self.lines.append("BEGIN:VEVENT")
        self.lines.extend(body)
        if alarm:
            self.lines.extend(
                [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    "DESCRIPTION:This is an event reminder",
                    "TRIGGER:-P0DT0H10M0S",
                    "END:VALARM",
                ]
            )
        self.lines.append("END:VEVENT")

    def common(self, uid: str, summary: str, stamp: datetime) -> list[str]:
        return [
            f"DTSTAMP:{_stamp(stamp)}Z",
            f"UID:{uid}",
            f"CREATED:{_stamp(stamp - timedelta(days=20))}Z",
            f"LAST-MODIFIED:{_stamp(stamp - timedelta(days=3))}Z",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            f"SUMMARY:{escape(summary)}",
            "TRANSP:OPAQUE",
        ]

    def interview(self) -> None:
        company, role = self.rng.choice(COMPANIES), self.rng.choice(ROLES)
        domain = company.lower().replace(" ", "") + ".example"
        title = self.rng.choice(INTERVIEW_TITLES).format(c=company, r=role)
        start = self.when()
        interviewers = self.rng.sample(PEOPLE, self.rng.randint(1, 3))
        names = ", ".join(f"{n} <{m}@{domain}>" for n, m in interviewers)
        reply = self.rng.choice(["Friday", "next week", "within 5 business days", "Dec 3", ""])
        text = f"Company: {company}\nRole: {role}\nInterviewers: {names}\n"
        text += f"Reply by: {reply}\n" if reply else ""
        text += "\n" + BOILERPLATE
        body = self.common(self.uid(), title, start)
        body += self.times(start, self.rng.choice([30, 45, 60, 90, 240]))
        body += [f"DESCRIPTION:{escape(text)}", f"LOCATION:{escape(company + ' HQ, Floor 3')}"]
        body += [f"ORGANIZER;CN=Sam Recruiter:mailto:sam@{domain}"]
        body += self.people(domain, len(interviewers))
        if self.rng.random() < 0.3:
            body.append("CATEGORIES:Interview,Job search")
        self.event(body, alarm=True)

    def interview_loop(self) -> None:
        """A daily interview loop with an override that renames and moves the last day."""
        company, role = self.rng.choice(COMPANIES), self.rng.choice(ROLES)
        start, uid, zone = self.when(), self.uid(), self.rng.choice(ZONES)
        title = f"Onsite interview loop: {company} ({role})"
        body = self.common(uid, title, start)
        body += [
            f"DTSTART;TZID={zone}:{_stamp(start)}",
            f"DTEND;TZID={zone}:{_stamp(start + timedelta(hours=2))}",
            "RRULE:FREQ=DAILY;COUNT=3",
            f"DESCRIPTION:{escape(f'Company: {company}')}",
        ]
        self.event(body)
        moved = start + timedelta(days=2)
        override = self.common(uid, f"Final round with the CTO ({company})", start)
        override += [
            f"RECURRENCE-ID;TZID={zone}:{_stamp(moved)}",
            f"DTSTART;TZID={zone}:{_stamp(moved + timedelta(hours=3))}",
            f"DTEND;TZID={zone}:{_stamp(moved + timedelta(hours=4))}",
        ]
        self.event(override)

    def series(self) -> None:
        """A weekly series with EXDATEs, a moved override, a cancelled one, and (rarely) an
        override renamed into an interview slot."""
        start, uid, zone = self.when(), self.uid(), self.rng.choice(ZONES)
        weeks = self.rng.randint(10, 60)
        body = self.common(uid, self.rng.choice(ORDINARY), start)
        skipped = [start + timedelta(weeks=w) for w in self.rng.sample(range(1, weeks), 2)]
        body += [
            f"DTSTART;TZID={zone}:{_stamp(start)}",
            f"DTEND;TZID={zone}:{_stamp(start + timedelta(minutes=30))}",
            f"RRULE:FREQ=WEEKLY;COUNT={weeks}",
            f"EXDATE;TZID={zone}:{','.join(_stamp(s) for s in skipped)}",
            f"DESCRIPTION:{escape('Agenda: status, blockers, next steps.' + chr(10) + BOILERPLATE)}",
        ]
        body += self.people("work.example", 3)
        self.event(body, alarm=True)
        for week, summary in ((3, None), (5, "CANCELLED"), (7, "rename")):
            if week >= weeks:
                continue
            when = start + timedelta(weeks=week)
            title = str(self.rng.choice(ORDINARY))
            if summary == "rename" and self.rng.random() < 0.1:
                title = f"Phone screen with {self.rng.choice(COMPANIES)} (slot swap)"
            extra = self.common(uid, title, start)
            if summary == "CANCELLED":
                extra = [line.replace("CONFIRMED", "CANCELLED") for line in extra]
            extra += [
                f"RECURRENCE-ID;TZID={zone}:{_stamp(when)}",
                f"DTSTART;TZID={zone}:{_stamp(when + timedelta(hours=1))}",
                f"DTEND;TZID={zone}:{_stamp(when + timedelta(hours=1, minutes=30))}",
            ]
            self.event(extra)

    def all_day(self) -> None:
        day = self.when().date()
        length = self.rng.choice([1, 1, 1, 2, 5])
        body = self.common(self.uid(), self.rng.choice(ALL_DAY), datetime(2020, 1, 1))
        body += [
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + timedelta(days=length):%Y%m%d}",
            "TRANSP:TRANSPARENT",
        ]
        if self.rng.random() < 0.2:
            body.append("RRULE:FREQ=YEARLY")
        self.event(body)

    def ordinary(self) -> None:
        start = self.when()
        lookalike = self.rng.random() < 0.02
        title = (
            self.rng.choice(LOOKALIKES).format(c=self.rng.choice(COMPANIES))
            if lookalike
            else self.rng.choice(ORDINARY)
        )
        body = self.common(self.uid(), title, start)
        body += self.times(start, self.rng.choice([15, 30, 60, 120]))
        notes = self.rng.choice(
            [
                "",
                "",
                "",
                "",
                "Bring laptop.",
                "Notes: " + "lorem ipsum dolor sit amet, " * 4,
                BOILERPLATE,
            ]
        )
        if notes:
            body.append(f"DESCRIPTION:{escape(notes)}")
        if self.rng.random() < 0.35:
            body += self.people("work.example", self.rng.randint(1, 3))
        if self.rng.random() < 0.3:
            body.append(f"LOCATION:{escape('Room 4.12, Building B; Berlin')}")
        self.event(body, alarm=self.rng.random() < 0.3)


def calendar(size: int, seed: int = 1) -> bytes:
    """A calendar with `size` VEVENT components (series overrides counted), as CRLF bytes."""
    rng = random.Random(f"{seed}-{size}")
    writer = _Writer(rng)
    while writer.events < size:
        pick = rng.random()
        if pick < INTERVIEW_SHARE * 0.9:
            writer.interview()
        elif pick < INTERVIEW_SHARE:
            writer.interview_loop()
        elif pick < 0.06:
            writer.series()
        elif pick < 0.12:
            writer.all_day()
        else:
            writer.ordinary()
    head = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:alex@example.com",
        "X-WR-TIMEZONE:America/New_York",
    ]
    for zone in ZONES:
        head += _vtimezone(zone)
    lines = [*head, *writer.lines, "END:VCALENDAR"]
    return "".join(fold(line) for line in lines).encode("utf-8")


def write(size: int, folder: Path, seed: int = 1) -> Path:
    """Write calendar-<size>.ics into `folder` (created), unless it is already there."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"calendar-{size}.ics"
    if not path.exists():
        path.write_bytes(calendar(size, seed))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="event counts, comma-separated"
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        path = write(size, args.out, args.seed)
        print(f"{path}  {path.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
