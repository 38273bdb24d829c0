"""When follow-ups are due: the contract example, rules 3-5, properties on generated interviews."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.workflows.calendar_time import end_of_day, in_slot, next_slot, shift
from followup.workflows.model import FollowUp, Interview, Person, Workflow
from followup.workflows.schedule import (
    company_key,
    in_window,
    interview_followups,
    is_stale,
    reminder_uid,
    schedule,
    supersede,
)
from followup.workflows.workflow_file import apply_overrides, bundled_workflow

NY = ZoneInfo("America/New_York")
WF = bundled_workflow()
JANE = Person("Jane Doe", "jane@acme.example")
BOB = Person("Bob Roe", "Bob@Acme.example")
NOW = datetime(2026, 11, 20, 20, 0, tzinfo=NY)


def interview(**changes: object) -> Interview:
    """The contract example: 2026-11-20 10:00-11:00 New York, reply by 2026-11-27."""
    base = Interview(
        uid="abc@example.com",
        recurrence_id=None,
        summary="Interview with Acme - SRE",
        company="Acme",
        role="SRE",
        start=datetime(2026, 11, 20, 10, 0, tzinfo=NY),
        end=datetime(2026, 11, 20, 11, 0, tzinfo=NY),
        reply_by=date(2026, 11, 27),
        status="active",
        interviewers=(JANE,),
        contact=JANE,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def by_stage(followups: list[FollowUp]) -> dict[str, list[FollowUp]]:
    out: dict[str, list[FollowUp]] = {}
    for f in followups:
        out.setdefault(f.stage.name, []).append(f)
    return out


def test_contract_example() -> None:
    followups = schedule([interview()], WF, NOW)
    assert [(f.stage.name, f.at.isoformat(), f.due and f.due.isoformat()) for f in followups] == [
        ("thank-you", "2026-11-20T12:00:00-05:00", "2026-11-21T11:00:00-05:00"),
        ("nudge", "2026-11-30T09:00:00-05:00", None),  # Monday
        ("check-in", "2026-12-02T09:00:00-05:00", None),
    ]
    assert all(f.to == (JANE,) for f in followups)
    assert followups[0].uid == reminder_uid(
        "abc@example.com", None, "thank-you", "jane@acme.example"
    )


def test_no_reply_by_nudges_a_week_after_the_end() -> None:
    stages = by_stage(schedule([interview(reply_by=None)], WF, NOW))
    # 2026-11-27 11:00 is a Friday inside working hours
    assert stages["nudge"][0].at == datetime(2026, 11, 27, 11, 0, tzinfo=NY)
    assert stages["check-in"][0].at == datetime(2026, 11, 30, 9, 0, tzinfo=NY)  # Sunday -> Monday


def test_late_friday_interview_thank_you_stays_before_its_due() -> None:
    """Contract: a stage is never placed after its due. Friday 17:00-18:00: the next slot (Monday
    09:00) is past the due (Saturday 18:00), so the reminder stays at end + 1 h."""
    iv = interview(
        start=datetime(2026, 11, 20, 17, 0, tzinfo=NY),
        end=datetime(2026, 11, 20, 18, 0, tzinfo=NY),
    )
    thanks = by_stage(schedule([iv], WF, NOW))["thank-you"][0]
    assert thanks.at == datetime(2026, 11, 20, 19, 0, tzinfo=NY)
    assert thanks.due == datetime(2026, 11, 21, 18, 0, tzinfo=NY)


@pytest.mark.parametrize(
    ("day", "at"),
    [
        (21, datetime(2026, 11, 21, 12, 0, tzinfo=NY)),  # Saturday: Monday 09:00 is past the due
        (22, datetime(2026, 11, 23, 9, 0, tzinfo=NY)),  # Sunday: Monday 09:00 is before it
    ],
)
def test_weekend_interview_thank_you_stays_before_its_due(day: int, at: datetime) -> None:
    iv = interview(
        start=datetime(2026, 11, day, 10, 0, tzinfo=NY),
        end=datetime(2026, 11, day, 11, 0, tzinfo=NY),
    )
    thanks = by_stage(schedule([iv], WF, NOW))["thank-you"][0]
    assert thanks.at == at
    assert thanks.due is not None and thanks.at <= thanks.due


def test_a_thank_you_whose_next_slot_is_before_the_due_still_moves() -> None:
    """Thursday 19:00 end: end + 1 h is 20:00, the next slot Friday 09:00 is before the due."""
    iv = interview(
        start=datetime(2026, 11, 19, 18, 0, tzinfo=NY),
        end=datetime(2026, 11, 19, 19, 0, tzinfo=NY),
    )
    thanks = by_stage(schedule([iv], WF, NOW))["thank-you"][0]
    assert thanks.at == datetime(2026, 11, 20, 9, 0, tzinfo=NY)


def test_weekends_allowed_and_offsets_overridden() -> None:
    wf = apply_overrides(WF, business_days=False, stage_offsets={"nudge": "3d"})
    stages = by_stage(schedule([interview()], wf, NOW))
    assert stages["nudge"][0].at == datetime(2026, 12, 1, 9, 0, tzinfo=NY)  # 11-28 00:00 + 3d
    assert stages["check-in"][0].at == datetime(2026, 12, 3, 9, 0, tzinfo=NY)


def test_one_thank_you_per_interviewer_one_nudge_to_the_contact() -> None:
    dup = Person("Robert Roe", "bob@acme.example")  # same address as BOB, other case
    stages = by_stage(schedule([interview(interviewers=(JANE, BOB, dup), contact=BOB)], WF, NOW))
    assert sorted(f.to[0].email for f in stages["thank-you"]) == ["Bob@Acme.example", JANE.email]
    uids = {f.uid for f in stages["thank-you"]}
    assert reminder_uid("abc@example.com", None, "thank-you", "bob@acme.example") in uids
    assert [f.to for f in stages["nudge"]] == [(BOB,)]
    assert [f.to for f in stages["check-in"]] == [(BOB,)]


def test_without_interviewers_the_thank_you_goes_to_the_contact() -> None:
    stages = by_stage(schedule([interview(interviewers=(), contact=BOB)], WF, NOW))
    assert [f.to for f in stages["thank-you"]] == [(BOB,)]


def test_with_nobody_known_one_follow_up_per_stage_with_an_empty_to() -> None:
    followups = schedule([interview(interviewers=(), contact=None)], WF, NOW)
    assert [(f.stage.name, f.to) for f in followups] == [
        ("thank-you", ()),
        ("nudge", ()),
        ("check-in", ()),
    ]
    assert followups[0].uid == reminder_uid("abc@example.com", None, "thank-you", "")


def test_an_interviewer_without_address_is_keyed_by_name() -> None:
    nameless = Person("Sam Poe", "")
    (thanks,) = by_stage(schedule([interview(interviewers=(nameless,))], WF, NOW))["thank-you"]
    assert thanks.to == (nameless,)
    assert thanks.uid == reminder_uid("abc@example.com", None, "thank-you", "sam poe")


@pytest.mark.parametrize("status", ["replied", "withdrawn", "superseded"])
def test_inactive_interviews_keep_only_the_thank_you(status: str) -> None:
    followups = schedule([interview(status=status)], WF, NOW)
    assert [f.stage.name for f in followups] == ["thank-you"]


def test_cancelled_interviews_have_no_follow_ups() -> None:
    assert schedule([interview(status="cancelled")], WF, NOW) == []


def test_schedule_does_not_depend_on_now() -> None:
    ivs = [interview(), interview(uid="x@y", company="Other")]
    assert schedule(ivs, WF, NOW) == schedule(ivs, WF, NOW + timedelta(days=400))


def test_result_is_sorted_by_time_then_uid() -> None:
    evening = interview(
        uid="evening@x", start=NOW - timedelta(hours=2), end=NOW - timedelta(hours=1)
    )
    followups = schedule([evening, interview(interviewers=(JANE, BOB))], WF, NOW)
    keys = [(f.at.astimezone(UTC), f.uid) for f in followups]
    assert keys == sorted(keys)
    assert followups[0].interview.uid == "abc@example.com"


def test_reminder_uid_is_stable_and_distinguishes_each_input() -> None:
    uid = reminder_uid("abc@example.com", None, "nudge", "Jane@Acme.example")
    assert uid == reminder_uid("abc@example.com", None, "nudge", "jane@acme.example")
    assert uid.startswith("followup-") and uid.endswith("@followup")
    assert len(uid) == len("followup-@followup") + 32
    # a fixed value: the same inputs give the same UID on every run, machine and release
    assert uid == "followup-4a3fe2d92b571524b9f5d765e70bada1@followup"
    others = {
        reminder_uid("abd@example.com", None, "nudge", "jane@acme.example"),
        reminder_uid("abc@example.com", "2026-11-20T10:00:00-05:00", "nudge", "jane@acme.example"),
        reminder_uid("abc@example.com", None, "check-in", "jane@acme.example"),
        reminder_uid("abc@example.com", None, "nudge", ""),
        # the separator keeps fields apart: moving text across a boundary changes the UID
        reminder_uid("abc@example.comnudge", None, "", "jane@acme.example"),
    }
    assert uid not in others and len(others) == 5


def test_reminder_uid_is_a_hash_of_the_separated_inputs() -> None:
    canonical = "\x1f".join(
        ["followup-uid-v1", "abc@example.com", "", "nudge", "jane@acme.example"]
    )
    digest = hashlib.sha256(canonical.encode()).hexdigest()[:32]
    assert reminder_uid("abc@example.com", None, "nudge", "jane@acme.example") == (
        f"followup-{digest}@followup"
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Acme", "ACME, Inc.", True),
        ("Acme Ltd", "acme", True),
        ("The Acme Company", "Acme", True),
        ("Hewlett-Packard", "Hewlett Packard", True),
        ("Acme", "Acme Labs", False),
        ("Inc", "Ltd", False),
    ],
)
def test_company_key(a: str, b: str, same: bool) -> None:
    assert (company_key(a) == company_key(b)) is same
    assert company_key(a)


def test_company_key_of_unknown_company_is_empty() -> None:
    assert company_key("") == "" and company_key(" , ") == ""


def test_supersede_a_later_interview_with_the_same_company() -> None:
    first = interview()
    second = interview(
        uid="second@x",
        company="ACME inc.",
        start=datetime(2026, 11, 25, 10, 0, tzinfo=NY),
        end=datetime(2026, 11, 25, 11, 0, tzinfo=NY),
    )
    other = interview(uid="other@x", company="Globex")
    result = supersede([second, first, other])
    assert [iv.uid for iv in result] == ["second@x", "abc@example.com", "other@x"]
    assert [iv.status for iv in result] == ["active", "superseded", "active"]


@pytest.mark.parametrize(
    ("later_changes", "first_status", "expected"),
    [
        # design.md rule 5: a later round, even cancelled, was the employer in touch after it
        ({"status": "cancelled"}, "active", "superseded"),
        ({"company": ""}, "active", "active"),
        ({"status": "replied"}, "active", "superseded"),  # any other later interview does
        ({}, "replied", "replied"),  # only active ones become superseded
        # overlapping (starts before the first one ends): not "later"
        (
            {"start": datetime(2026, 11, 20, 10, 30, tzinfo=NY)},
            "active",
            "active",
        ),
    ],
)
def test_supersede_cases(
    later_changes: dict[str, object], first_status: str, expected: str
) -> None:
    first = interview(status=first_status)
    later = interview(uid="later@x", start=first.end, end=first.end + timedelta(hours=1))
    later = replace(later, **later_changes)  # type: ignore[arg-type]
    assert supersede([first, later])[0].status == expected


def test_a_chain_ended_once_stays_ended_when_the_later_round_is_gone() -> None:
    """Issue 16: a later round deleted afterwards brought the earlier nudge back for a night."""
    first = interview()
    assert supersede([first], ended={first.key})[0].status == "superseded"
    assert supersede([first], ended={("other@x", None)})[0].status == "active"
    assert supersede([replace(first, status="replied")], ended={first.key})[0].status == "replied"


def test_an_unknown_company_never_supersedes() -> None:
    first, later = interview(company=""), interview(uid="l@x", company="", start=NOW, end=NOW)
    assert [iv.status for iv in supersede([first, later])] == ["active", "active"]


def test_a_zero_length_interview_does_not_supersede_itself() -> None:
    instant = interview(end=interview().start)
    assert supersede([instant])[0].status == "active"


def test_recurring_occurrences_supersede_the_earlier_ones() -> None:
    week = timedelta(days=7)
    occurrences = [
        interview(recurrence_id=(interview().start + n * week).isoformat()) for n in range(3)
    ]
    occurrences = [
        replace(iv, start=iv.start + n * week, end=iv.end + n * week)
        for n, iv in enumerate(occurrences)
    ]
    assert [iv.status for iv in supersede(occurrences)] == ["superseded", "superseded", "active"]


def test_in_window() -> None:
    wf = WF  # lookback 30 days, horizon 365 days
    kept_old = interview(
        uid="a", end=NOW - timedelta(days=30), start=NOW - timedelta(days=30, hours=1)
    )
    too_old = interview(
        uid="b", end=NOW - timedelta(days=30, seconds=1), start=NOW - timedelta(days=31)
    )
    far = interview(
        uid="c", start=NOW + timedelta(days=365, seconds=1), end=NOW + timedelta(days=366)
    )
    near = interview(
        uid="d", start=NOW + timedelta(days=365), end=NOW + timedelta(days=365, hours=1)
    )
    assert [iv.uid for iv in in_window([kept_old, too_old, far, near], wf, NOW)] == ["a", "d"]
    shorter = apply_overrides(wf, lookback_days=0)
    assert in_window([kept_old], shorter, NOW) == []


def test_is_stale() -> None:
    (thanks, *_) = schedule([interview()], WF, NOW)
    assert not is_stale(thanks, WF, thanks.at + timedelta(days=2))
    assert is_stale(thanks, WF, thanks.at + timedelta(days=2, seconds=1))
    assert not is_stale(
        thanks, WF, thanks.at - timedelta(days=5)
    )  # future reminders are never stale


# --- properties on generated interviews ---------------------------------------------------------

ZONES = [
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "America/Santiago",
    "Asia/Kolkata",
    "UTC",
]
PEOPLE = st.builds(
    Person,
    name=st.sampled_from(["", "Jane Doe", "Bob Roe", "Sam"]),
    email=st.sampled_from(["", "jane@acme.example", "bob@acme.example", "sam@x.example"]),
)


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    day = draw(st.dates(date(2025, 1, 1), date(2027, 12, 31)))
    naive = datetime.combine(day, time(0)) + timedelta(minutes=draw(st.integers(0, 24 * 60 - 1)))
    start = (
        naive.replace(tzinfo=zone, fold=draw(st.integers(0, 1))).astimezone(UTC).astimezone(zone)
    )
    end = (start.astimezone(UTC) + timedelta(minutes=draw(st.integers(0, 8 * 60)))).astimezone(zone)
    reply_by = draw(st.none() | st.integers(0, 30).map(lambda n: day + timedelta(days=n)))
    return Interview(
        uid=draw(st.sampled_from(["a@x", "b@x", "c@y"])),
        recurrence_id=draw(st.none() | st.just(start.isoformat())),
        summary="Interview",
        company=draw(st.sampled_from(["", "Acme", "Globex"])),
        role="",
        start=start,
        end=end,
        reply_by=reply_by,
        status=draw(st.sampled_from(["active", "active", "replied", "withdrawn", "cancelled"])),
        interviewers=tuple(draw(st.lists(PEOPLE, max_size=3))),
        contact=draw(st.none() | PEOPLE),
    )


WORKFLOWS = st.sampled_from(
    [
        WF,
        apply_overrides(WF, business_days=False),
        apply_overrides(WF, working_hours="07:30-12:15", stage_offsets={"thank-you": "30m"}),
    ]
)


def utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


@given(iv=interviews(), wf=WORKFLOWS)
@settings(max_examples=120, deadline=None)
def test_properties_of_one_interview(iv: Interview, wf: Workflow) -> None:
    followups = schedule([iv], wf, NOW)
    stages = by_stage(followups)
    slot = {"hours": wf.working_hours, "business_days": wf.business_days}
    thank_you, _, check_in = wf.stages

    if iv.status == "cancelled":
        assert followups == []
        return
    if iv.status != "active":
        assert set(stages) == {"thank-you"}
    else:
        assert set(stages) == {"thank-you", "nudge", "check-in"}

    for f in followups:
        assert utc(f.at) >= utc(iv.end), "no reminder before the interview ends"
        if f.due is not None:
            assert utc(f.at) <= utc(f.due), "contract: never placed after its own due"
        slotted = next_slot(f.at, **slot)
        assert in_slot(f.at, **slot) or (f.due is not None and utc(slotted) > utc(f.due)), (
            "every reminder inside a working slot, unless the slot is past its due"
        )
        assert f.at.tzinfo is iv.end.tzinfo
        assert len(f.to) <= 1

    for f in stages["thank-you"]:
        earliest = shift(iv.end, thank_you.offset)
        assert f.due is not None
        if utc(next_slot(earliest, **slot)) <= utc(f.due):
            assert utc(f.at) == utc(next_slot(earliest, **slot))  # the first slot >= end + 1h
        else:
            assert utc(f.at) == utc(earliest)
        assert utc(f.at) >= utc(earliest)
        assert utc(f.due) == utc(shift(iv.end, timedelta(hours=24)))  # same local time next day
        assert abs(utc(f.due) - utc(iv.end) - timedelta(hours=24)) <= timedelta(hours=1)  # DST
    people = {(p.email.lower() or p.name.lower()) for p in iv.interviewers} - {""}
    assert len(stages["thank-you"]) == max(1, len(people))

    if iv.status == "active":
        (n,) = stages["nudge"]
        (c,) = stages["check-in"]
        if iv.reply_by is not None:
            assert utc(n.at) >= utc(end_of_day(iv.reply_by, iv.end.tzinfo) + timedelta(days=2))
        else:
            assert utc(n.at) >= utc(iv.end + timedelta(days=7))
            assert utc(n.at) - utc(iv.end + timedelta(days=7)) < timedelta(days=3)  # a weekend
        assert utc(c.at) >= utc(n.at + check_in.offset)
        assert c.to == n.to


@given(ivs=st.lists(interviews(), max_size=6), wf=WORKFLOWS)
@settings(max_examples=60, deadline=None)
def test_uids_are_stable_and_unique(ivs: list[Interview], wf: Workflow) -> None:
    # one interview per (uid, recurrence id), as a calendar gives them
    unique = list({iv.key: iv for iv in ivs}.values())
    first = schedule(unique, wf, NOW)
    again = schedule(list(reversed(unique)), wf, NOW - timedelta(days=3))
    assert [f.uid for f in first] == [f.uid for f in again]
    assert len({f.uid for f in first}) == len(first)
    assert first == sorted(first, key=lambda f: (f.at, f.uid))
    assert sum(len(interview_followups(iv, wf)) for iv in unique) == len(first)


@given(ivs=st.lists(interviews(), max_size=6))
@settings(max_examples=60, deadline=None)
def test_supersede_properties(ivs: list[Interview]) -> None:
    result = supersede(ivs)
    assert [iv.key for iv in result] == [iv.key for iv in ivs]
    for before, after in zip(ivs, result, strict=True):
        if after.status != before.status:
            assert (before.status, after.status) == ("active", "superseded")
            assert company_key(before.company)
            assert any(
                other is not before  # cancelled or not (design.md rule 5)
                and company_key(other.company) == company_key(before.company)
                and utc(other.start) >= utc(before.end)
                for other in ivs
            )
    assert supersede(result) == result
