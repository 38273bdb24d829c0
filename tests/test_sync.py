"""sync.diff: desired vs existing reminders. The safety promises of design.md, one test each."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from followup.reminders import build_reminder
from followup.sync import diff, user_edited
from followup.workflows.model import Candidate, Draft, FollowUp, Interview, Person, Stage

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 20, 0, tzinfo=TZ)
CANDIDATE = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex")
STAGE = Stage(
    name="thank-you",
    template="thank-you",
    summary="Send thank-you note to {to} ({company})",
    anchor="end",
    offset=timedelta(hours=1),
)
JANE = Person("Jane Doe", "jane@acme.example")


def reminder(at: datetime, *, uid: str = "followup-0123abcd@followup", body: str = "Hi Jane,"):
    interview = Interview(
        uid="abc@example.com",
        recurrence_id=None,
        summary="Interview with Acme - SRE",
        company="Acme",
        role="SRE",
        start=at - timedelta(hours=2),
        end=at - timedelta(hours=1),
        reply_by=None,
        status="active",
        interviewers=(JANE,),
    )
    followup = FollowUp(interview, STAGE, at, None, (JANE,), uid)
    draft = Draft((JANE,), "Thank you", body)
    return build_reminder(followup, draft, candidate=CANDIDATE, dtstamp=NOW)


def run_diff(desired, existing):
    return diff(
        desired,
        existing,
        now=NOW,
        stale_after=timedelta(days=2),
        planned_sources={"abc@example.com"},
    )


def roundtrip(event: icalendar.Event) -> icalendar.Event:
    """As the event comes back from a file or a server."""
    calendar = icalendar.Calendar()
    calendar.add_component(event)
    return next(iter(icalendar.Calendar.from_ical(calendar.to_ical()).walk("VEVENT")))


def test_new_reminders_are_created() -> None:
    changes = run_diff([reminder(NOW + timedelta(hours=13))], [])
    assert len(changes.create) == 1 and changes.changed


def test_unchanged_reminders_are_kept_untouched() -> None:
    old = roundtrip(reminder(NOW + timedelta(hours=13)))
    changes = run_diff([reminder(NOW + timedelta(hours=13))], [old])
    assert not changes.changed
    assert changes.keep == [old]


def test_changed_content_updates_with_a_higher_sequence() -> None:
    old = roundtrip(reminder(NOW + timedelta(hours=13)))
    changes = run_diff([reminder(NOW + timedelta(days=1, hours=13))], [old])
    assert len(changes.update) == 1
    assert changes.update[0]["SEQUENCE"] == 1
    assert not user_edited(changes.update[0]), "SEQUENCE is not part of the content hash"


def test_a_user_edit_is_never_overwritten() -> None:
    old = roundtrip(reminder(NOW + timedelta(hours=13)))
    old["DESCRIPTION"] = "my own notes"
    assert user_edited(old)
    changes = run_diff([reminder(NOW + timedelta(days=2))], [old])
    assert not changes.changed
    assert changes.user_edited == [old]


def test_stale_reminders_are_not_written_on_first_sight() -> None:
    changes = run_diff([reminder(NOW - timedelta(days=3))], [])
    assert not changes.create and len(changes.stale) == 1
    changes = run_diff([reminder(NOW - timedelta(days=1))], [])
    assert len(changes.create) == 1


def test_a_stale_reminder_already_written_is_kept() -> None:
    old = roundtrip(reminder(NOW - timedelta(days=5)))
    changes = run_diff([reminder(NOW - timedelta(days=5))], [old])
    assert changes.keep == [old] and not changes.changed


def test_reminders_no_longer_wanted_are_deleted_when_their_interview_was_planned() -> None:
    recent = roundtrip(reminder(NOW + timedelta(days=3), uid="followup-01@followup"))
    past = roundtrip(reminder(NOW - timedelta(days=20), uid="followup-02@followup"))
    changes = run_diff([], [recent, past])  # their interview was read: cancelled, answered...
    assert changes.delete == [recent, past]


def test_past_reminders_of_interviews_outside_the_window_are_history() -> None:
    upcoming = roundtrip(reminder(NOW + timedelta(days=3), uid="followup-01@followup"))
    past = roundtrip(reminder(NOW - timedelta(days=20), uid="followup-02@followup"))
    changes = diff(
        [], [upcoming, past], now=NOW, stale_after=timedelta(days=2), planned_sources=set()
    )
    assert changes.delete == [upcoming]  # an interview deleted from the calendar: nothing to come
    assert changes.keep == [past]


def test_an_edited_reminder_no_longer_wanted_is_kept() -> None:
    old = roundtrip(reminder(NOW + timedelta(days=3)))
    old["SUMMARY"] = "Call Jane instead"
    changes = run_diff([], [old])
    assert not changes.delete and changes.user_edited == [old]


def test_a_reminder_the_user_deleted_is_not_recreated() -> None:
    wanted = reminder(NOW + timedelta(days=1))
    changes = diff(
        [wanted],
        [],
        now=NOW,
        stale_after=timedelta(days=2),
        written_before={str(wanted["UID"])},
    )
    assert not changes.changed
    assert changes.user_deleted == [wanted]
