"""How many invites followup reads right: run the reader over a folder of calendars that has a
`truth.json` beside them, and count, per field, how many came out as a careful person reads them.

    python tools/invite_report.py tests/data/invites_blind           # the figures
    python tools/invite_report.py tests/data/invites_blind -v        # and every miss, by file

`truth.json` (tests/data/invites/README.md describes it):

    {"candidate": {"name": ..., "email": [...], "timezone": ...},
     "invites": {"<file>.ics": {"interview": true, "status": "active" | "cancelled",
                                "company": "Acme" | ["Acme", "Acme Corp"] | null,
                                "role": ... (the same), "people": [{"name", "email"}],
                                "never": ["<address that must get no follow-up>", ...]},
                 "<file>.ics": {"interview": false}}}

What is counted: interviews found (of those in the truth) and ordinary events taken for one;
cancellations read as cancelled; company and role right (compared as `company_key` compares
companies: case, punctuation and a legal suffix aside; null means nothing may be named); thank-
you notes addressed to a real interviewer (of the people the truth lists for active interviews,
plus every note to anyone else); follow-ups of any stage to an address in "never" (must be 0);
greetings that use the interviewer's given name (its first word, or all but the surname: "Hi Wei
Jie," for Wei Jie Lim; "Hello," for an initial: R. Sharma). The reader is the one `followup
run` uses: pre-filter, parse, expand, detect, extract; then the bundled workflow's schedule and
drafts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followup.workflows.detect import TitleSigns, hint_words
from followup.workflows.drafts import make_environment, render_draft
from followup.workflows.extract import extract_interview, is_interview_event
from followup.workflows.model import (
    CHINESE_SURNAMES,
    NAME_ABBREVIATIONS,
    Candidate,
    DetectRules,
    EventError,
    Interview,
    is_honorific,
)
from followup.workflows.occurrences import expand, parse_calendar
from followup.workflows.prefilter import prefilter
from followup.workflows.schedule import company_key, interview_followups
from followup.workflows.workflow_file import bundled_workflow

WINDOW = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


@dataclass
class Count:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, file: str, why: str = "") -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(f"{file}: {why}" if why else file)

    def __str__(self) -> str:
        share = f"{100 * self.right / self.total:.0f}%" if self.total else "-"
        return f"{self.right}/{self.total} ({share})"


@dataclass
class Report:
    found: Count = field(default_factory=Count)  # interviews found
    ordinary: Count = field(default_factory=Count)  # look-alikes left alone
    cancelled: Count = field(default_factory=Count)
    company: Count = field(default_factory=Count)
    role: Count = field(default_factory=Count)
    addressed: Count = field(default_factory=Count)  # thank-you notes to a real interviewer
    never: Count = field(default_factory=Count)  # follow-ups kept away from "never" addresses
    greeting: Count = field(default_factory=Count)  # first names in greetings
    problems: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, Count]]:
        return [
            ("interviews found", self.found),
            ("ordinary events left alone", self.ordinary),
            ("cancellations read", self.cancelled),
            ("company right", self.company),
            ("role right", self.role),
            ("thank-you notes to a real interviewer", self.addressed),
            ("follow-ups kept from robots, relays, shared mailboxes, the candidate", self.never),
            ("greetings with the interviewer's first name", self.greeting),
        ]


def candidate_of(truth: dict[str, Any]) -> Candidate:
    data = truth["candidate"]
    emails = data["email"] if isinstance(data["email"], list) else [data["email"]]
    return Candidate(data["name"], emails[0], data["timezone"], data["name"], tuple(emails[1:]))


def read(path: Path, candidate: Candidate, rules: DetectRules) -> tuple[list[Interview], list[str]]:
    """The interviews of one file, as `followup run` reads them (pipeline._read_item, without its
    state, time limit and window: the whole file counts)."""
    title = TitleSigns(candidate.name)
    data = prefilter(path.read_bytes(), rules, None, hint_words(), title)
    calendars, problems = parse_calendar(data, source=path.name)
    found: list[Interview] = []
    notes = [str(p) for p in problems]

    def keep(event: Any) -> bool:
        return is_interview_event(event, rules, candidate)

    for calendar in calendars:
        events, expand_problems = expand(calendar, *WINDOW, keep=keep, source=path.name)
        notes += [str(p) for p in expand_problems]
        for event in events:
            try:
                if keep(event):
                    method = str(calendar.get("METHOD", ""))
                    found.append(
                        extract_interview(event, candidate, source=path.name, method=method)
                    )
            except EventError as exc:  # as the run does: named, the rest read
                notes.append(exc.problem.report())
    return found, notes


def _accepted(value: Any) -> list[str]:
    """What the truth accepts: none or `[]` means nothing is stated, so "" is right."""
    return [value] if isinstance(value, str) else list(value) if value else [""]


def _same(got: str, want: Any) -> bool:
    """As `company_key` compares: case, punctuation and a legal suffix aside."""
    return any(company_key(got) == company_key(w) for w in _accepted(want))


def measure(folder: Path) -> Report:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    candidate = candidate_of(truth)
    rules = DetectRules()
    workflow = bundled_workflow("interview")
    env = make_environment()
    report = Report()
    for name, want in sorted(truth["invites"].items()):
        try:
            interviews, notes = read(folder / name, candidate, rules)
        except Exception as exc:  # the report names it and goes on, as a run would
            interviews, notes = [], [f"{type(exc).__name__}: {exc}"]
        report.problems += [f"{name}: {n}" for n in notes]
        if not want["interview"]:
            report.ordinary.add(not interviews, name, "taken for an interview")
            continue
        report.found.add(bool(interviews), name, "not found")
        if not interviews:
            continue
        iv = interviews[0]
        if want.get("status") == "cancelled":
            report.cancelled.add(iv.status == "cancelled", name, f"status {iv.status}")
        report.company.add(
            _same(iv.company, want.get("company")),
            name,
            f"{iv.company!r}, want {want.get('company')!r}",
        )
        report.role.add(
            _same(iv.role, want.get("role")), name, f"{iv.role!r}, want {want.get('role')!r}"
        )
        # a file of several meetings (a campus visit's back-to-back 1:1s, each its own UID; a
        # series whose moved session has one more interviewer) is one interview for the fields
        # above, and its people are all the meetings' people
        meetings: dict[tuple[str, str | None], Interview] = {}
        for each in interviews:
            meetings.setdefault(each.key, each)
        _recipients(report, name, list(meetings.values()), want, workflow, env, candidate)
    return report


def _recipients(
    report: Report,
    name: str,
    meetings: list[Interview],
    want: dict[str, Any],
    workflow: Any,
    env: Any,
    candidate: Candidate,
) -> None:
    never = {e.lower() for e in want.get("never", [])}
    people = want.get("people", [])
    emails = {(p.get("email") or "").lower() for p in people} - {""}
    # a name is its words in any order: "Chan Siew Ling" is Siew Ling Chan
    names = {_words(p.get("name") or "") for p in people if not p.get("email")}
    followups = [f for iv in meetings for f in interview_followups(iv, workflow)]
    for followup in followups:
        bad = [p.email for p in followup.to if p.email in never]
        report.never.add(not bad, name, f"{followup.stage.name} to {', '.join(bad)}")
    if meetings[0].status != "active" or want.get("status") == "cancelled":
        return
    thanks = [f for f in followups if f.stage.name == "thank-you"]
    reached: set[str | frozenset[str]] = set()
    # each person once, however many sessions, by the address a session gives them
    seen: set[str | frozenset[str]] = set()
    notes = sorted(((f, p) for f in thanks for p in f.to), key=lambda note: not note[1].email)
    for followup, person in notes:
        keys = {person.email, _words(person.name)} - {"", frozenset()}
        if keys & seen:
            continue
        seen |= keys
        real = person.email in emails or (not person.email and _words(person.name) in names)
        if real:
            reached.add(person.email or _words(person.name))
        else:
            report.addressed.add(False, name, f"thank-you to {person.display}")
        words = next(
            (
                p["name"].split()
                for p in people
                if (p.get("email") or "").lower() == person.email
                and (person.email or _words(p["name"]) == _words(person.name))
            ),
            [],
        )
        # and after a short form that stands for a first name: "Cecilia" of "Ma. Cecilia Reyes",
        # or a title the truth writes with the name: "Samir" of "Eng. Samir Haddadin"
        while len(words) > 2 and (
            words[0].lower().rstrip(".") in NAME_ABBREVIATIONS or is_honorific(words[0])
        ):
            words = words[1:]
        # the first word, or all but the surname: "Wei Jie" of "Wei Jie Lim", "Wei Ming" of
        # "Tan Wei Ming" (a Chinese surname first)
        given = {f"Hi {words[0]},", f"Hi {' '.join(words[:-1])},"} if words else set()
        if len(words) > 1 and words[0].lower() in CHINESE_SURNAMES:
            given.add(f"Hi {' '.join(words[1:])},")
        if words and re.fullmatch(r"(?:\w\.)+", words[0]):
            given = {"Hello,"}  # "R. Sharma": no first name to greet
        if real and given:
            greet = render_draft(followup, candidate, env).body.splitlines()[0]
            report.greeting.add(greet in given, name, f"{greet!r}, want Hi {words[0]},")
    for email in sorted(emails):
        report.addressed.add(email in reached, name, f"no thank-you to {email}")
    for words in names:
        report.addressed.add(words in reached, name, f"no thank-you to {' '.join(sorted(words))}")


def _words(name: str) -> frozenset[str]:
    return frozenset(name.casefold().split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders holding truth.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for folder in args.folders:
        report = measure(folder)
        print(f"{folder}:")
        for label, count in report.rows():
            print(f"  {label:<72} {count}")
            if args.verbose:
                for miss in count.misses:
                    print(f"      {miss}")
        if args.verbose and report.problems:
            print("  problems reported:")
            for problem in report.problems:
                print(f"      {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
