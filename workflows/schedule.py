"""When each follow-up is due: interviews + workflow -> FollowUps. Pure: `now` is a parameter.

Call order in a run: `supersede` on every interview read, then `in_window`, then `schedule`;
`is_stale` decides which of the scheduled reminders are too old to write on first sight.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from .calendar_time import end_of_day, next_slot, shift
from .model import COMPANY_SUFFIXES, FollowUp, Interview, Person, Stage, Workflow

#: Part of the hashed string: changing it re-keys every reminder ever written.
_UID_VERSION = "followup-uid-v1"


def reminder_uid(interview_uid: str, recurrence_id: str | None, stage: str, recipient: str) -> str:
    """Contract: the UID depends only on (interview UID, RECURRENCE-ID, stage, recipient).

    RFC 5545 3.8.4.7: UID must be globally unique; a hash of those inputs is, and is the same on
    every run and machine. `recipient`: the lower-cased email ("" for a follow-up with empty To).
    """
    parts = (_UID_VERSION, interview_uid, recurrence_id or "", stage, recipient.strip().lower())
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"followup-{digest[:32]}@followup"


def company_key(company: str) -> str:
    """A company name compared loosely: case, accents, punctuation, spaces and a legal suffix
    ignored ("Pōhutukawa Girls" is "Pohutukawa Girls", as a user types it)."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", company) if not unicodedata.combining(c)
    )
    words = re.sub(r"[^\w\s]|_", "", plain.casefold()).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return "".join(words)


def supersede(
    interviews: Sequence[Interview], ended: Collection[tuple[str, str | None]] = ()
) -> list[Interview]:
    """Rule 5: "a later interview with the same company ... ends the earlier one's pending nudges".

    An active interview becomes superseded when another interview with the same company starts
    at or after its end, cancelled or not: "a later round that is then cancelled or deleted does
    not bring the earlier chain back: the employer was in touch after it". For the deleted ones,
    `ended` holds the interviews (by `Interview.key`) that earlier runs found superseded. An
    unknown company never matches. Order is kept.
    """
    starts: dict[str, list[tuple[int, datetime]]] = defaultdict(list)
    for index, iv in enumerate(interviews):
        key = company_key(iv.company)
        if key:
            starts[key].append((index, iv.start))
    out: list[Interview] = []
    for index, iv in enumerate(interviews):
        later = starts.get(company_key(iv.company), [])
        if iv.status == "active" and (
            iv.key in ended or any(i != index and s >= iv.end for i, s in later)
        ):
            iv = replace(iv, status="superseded")
        out.append(iv)
    return out


def in_window(
    interviews: Sequence[Interview], workflow: Workflow, now: datetime
) -> list[Interview]:
    """Contract: interviews that ended more than lookback_days before now are ignored, and so are
    those starting more than horizon_days after now. Order is kept.
    """
    earliest_end = now - timedelta(days=workflow.lookback_days)
    latest_start = now + timedelta(days=workflow.horizon_days)
    return [iv for iv in interviews if iv.end >= earliest_end and iv.start <= latest_start]


def schedule(interviews: Sequence[Interview], workflow: Workflow, now: datetime) -> list[FollowUp]:
    """Every follow-up of every interview given, past ones too, sorted by (at, uid).

    The interviews are taken as they are (no superseding or windowing here). `now` does not change
    the result: staleness is `is_stale`'s business, and `plan` lists past follow-ups too.
    """
    del now  # part of the signature so callers need not know; the schedule itself is timeless
    followups = [f for iv in interviews for f in interview_followups(iv, workflow)]
    return sorted(followups, key=lambda f: (f.at, f.uid))


def is_stale(followup: FollowUp, workflow: Workflow, now: datetime) -> bool:
    """Contract: a reminder whose time is more than stale_after (2 days) before the first run that
    sees it is not written ("no stale reminders on first install"); `plan` still lists it.
    """
    return followup.at < now - workflow.stale_after


def interview_followups(interview: Interview, workflow: Workflow) -> list[FollowUp]:
    """The follow-ups of one interview, in stage order.

    Rule 5: cancelled has none; any status but active only has the stages with only_active = false.
    """
    if interview.status == "cancelled":
        return []
    times = stage_times(interview, workflow)
    out: list[FollowUp] = []
    for stage in workflow.stages:
        if stage.name not in times or (stage.only_active and interview.status != "active"):
            continue
        at, due = times[stage.name]
        for to, recipient in _recipients(interview, stage):
            uid = reminder_uid(interview.uid, interview.recurrence_id, stage.name, recipient)
            out.append(FollowUp(interview, stage, at, due, to, uid))
    return out


def stage_times(
    interview: Interview, workflow: Workflow
) -> dict[str, tuple[datetime, datetime | None]]:
    """Each stage's (at, due) for an interview, whatever its status.

    design.md timing: at = next working slot of anchor + offset; due = anchor + due (not moved).
    A stage is never placed after its own due: when the next slot is past it (a Friday-evening
    interview's thank-you), at stays at anchor + offset (or the due, if the offset is the longer).
    Anchors: "end"; "reply_by" = end of that day in the interview's zone (advice: "2+ days after the
    date they said they would reply"), else the fallback; an earlier stage's `at`.
    A stage whose anchor has no time (no reply_by and no fallback) is left out, with its dependants.
    """
    times: dict[str, tuple[datetime, datetime | None]] = {}
    names = {s.name for s in workflow.stages}
    for stage in workflow.stages:
        anchor, offset = stage.anchor, stage.offset
        if anchor == "reply_by" and interview.reply_by is None:
            if stage.fallback_anchor is None or stage.fallback_offset is None:
                continue
            anchor, offset = stage.fallback_anchor, stage.fallback_offset
        if anchor == "end":
            base = interview.end
        elif anchor == "reply_by":
            assert interview.reply_by is not None
            tz = interview.end.tzinfo
            if tz is None:
                raise ValueError(f"interview {interview.uid} has a naive end time")
            base = end_of_day(interview.reply_by, tz)
        elif anchor in times:
            base = times[anchor][0]
        elif anchor in names:
            continue  # the earlier stage has no time for this interview
        else:
            raise ValueError(f"stage {stage.name!r}: unknown anchor {anchor!r}")
        earliest = shift(base, offset)
        at = next_slot(earliest, hours=workflow.working_hours, business_days=workflow.business_days)
        due = shift(base, stage.due) if stage.due is not None else None
        if due is not None and at > due:
            at = min(earliest, due)
        times[stage.name] = (at, due)
    return times


def recipient_key(person: Person) -> str:
    """What identifies a recipient in a reminder UID: the lower-cased email, else the name."""
    return person.email.strip().lower() or person.name.strip().lower()


def _recipients(interview: Interview, stage: Stage) -> list[tuple[tuple[Person, ...], str]]:
    """Rule 1: one thank-you per interviewer; with none, the contact (unless the invite says they
    are not in the interview); with neither, an empty To."""
    if stage.recipients == "interviewers":
        seen: set[str] = set()
        people: list[tuple[tuple[Person, ...], str]] = []
        for person in interview.interviewers:
            key = recipient_key(person)
            if key and key not in seen:
                seen.add(key)
                people.append(((person,), key))
        if people:
            return people
        if interview.contact_absent:
            return [((), "")]
    contact = interview.contact
    if contact is not None and recipient_key(contact):
        return [((contact,), recipient_key(contact))]
    return [((), "")]
