"""Desired reminders vs the ones already in the target -> what to create, update, delete, keep.

Pure: no I/O, `now` passed in. Only components that followup created (its UID scheme and marks) ever
reach this module as "existing"; everything else in a calendar is never looked at here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import icalendar

from followup.reminders import content_hash, is_edited


@dataclass
class Changes:
    create: list[icalendar.cal.Component] = field(default_factory=list)
    update: list[icalendar.cal.Component] = field(default_factory=list)
    delete: list[icalendar.cal.Component] = field(default_factory=list)
    #: reminders left as they are: unchanged, edited by the user, or out of our window
    keep: list[icalendar.cal.Component] = field(default_factory=list)
    #: reminders the user edited, which we therefore leave alone (UID, summary)
    user_edited: list[icalendar.cal.Component] = field(default_factory=list)
    #: reminders not written because they were already stale when first seen
    stale: list[icalendar.cal.Component] = field(default_factory=list)
    #: reminders written earlier that the user has deleted since: never recreated
    user_deleted: list[icalendar.cal.Component] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.create or self.update or self.delete)

    def result(self) -> list[icalendar.cal.Component]:
        """Every reminder the target holds after the change."""
        return [*self.keep, *self.create, *self.update]


def stored_hash(event: icalendar.cal.Component) -> str:
    return str(event.get("X-FOLLOWUP-HASH", ""))


def user_edited(event: icalendar.cal.Component) -> bool:
    """Our content no longer means what we wrote into it: someone edited the reminder."""
    return is_edited(event)


def _start(event: icalendar.cal.Component) -> datetime | None:
    try:
        value = event.decoded("DTSTART")
    except Exception:  # a broken reminder is treated as outside the window: never deleted
        return None
    return value if isinstance(value, datetime) else None


def diff(
    desired: Sequence[icalendar.cal.Component],
    existing: list[icalendar.cal.Component],
    *,
    now: datetime,
    stale_after: timedelta,
    planned_sources: Collection[str] = (),
    written_before: Collection[str] = (),
) -> Changes:
    """Work out the changes that make the target hold the desired reminders.

    Safety promises (design.md): a reminder the user edited is never overwritten or deleted; an
    unchanged one is never rewritten; a new one whose time is more than `stale_after` before now is
    not written (no stale reminders on first install). Ours that are no longer desired are deleted
    when their interview was planned in this run (it was cancelled, answered, superseded...) or
    when they are still to come (their interview is gone); past reminders of interviews outside
    the window are history, and are left alone.
    `written_before` holds the UIDs the state remembers writing to this target: one of those missing
    from the target was deleted by the user, and is not recreated.
    """
    changes = Changes()
    have = {str(e["UID"]): e for e in existing}
    for event in desired:
        uid = str(event["UID"])
        old = have.pop(uid, None)
        if old is None:
            start = _start(event)
            if uid in written_before:
                changes.user_deleted.append(event)
            elif start is not None and start < now - stale_after:
                changes.stale.append(event)
            else:
                changes.create.append(event)
        elif user_edited(old):
            changes.keep.append(old)
            changes.user_edited.append(old)
        elif content_hash(old) == stored_hash(event):  # says what it would say: not rewritten
            changes.keep.append(old)
        else:
            _carry_sequence(event, old)
            changes.update.append(event)
    for old in have.values():
        start = _start(old)
        if user_edited(old):
            changes.keep.append(old)
            changes.user_edited.append(old)
        elif str(old.get("X-FOLLOWUP-SOURCE", "")) in planned_sources or (
            start is not None and start >= now
        ):
            changes.delete.append(old)
        else:
            changes.keep.append(old)
    return changes


def _carry_sequence(event: icalendar.cal.Component, old: icalendar.cal.Component) -> None:
    """RFC 5545 3.8.7.4: SEQUENCE rises when the organizer changes the content."""
    try:
        previous = int(old.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        previous = 0
    if "SEQUENCE" in event:
        del event["SEQUENCE"]
    event.add("SEQUENCE", previous + 1)
