"""Make a target hold the planned reminders: find ours, diff, write conditionally, remember.

Works on any connector implementing the Target protocol (memory, generated or in-place .ics, vdir,
CalDAV). Only items holding exactly one followup reminder (its UID scheme and X-FOLLOWUP marks) are
ever written or deleted; every other item is never touched. Writes are conditional on the ETag read
(RFC 7232), so a change someone made meanwhile is never overwritten: it is reported and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import icalendar

from followup.connectors.base import ConflictError, ConnectorError, SourceItem, Target, TargetGone
from followup.errors import FollowupError, SourceUnavailable
from followup.reminders import build_calendar, is_followup_reminder
from followup.state import State
from followup.sync import Changes, diff, stored_hash
from followup.workflows.model import Workflow


@dataclass(frozen=True)
class Found:
    """One of our reminders as it is in the target."""

    event: icalendar.cal.Component
    name: str
    etag: str | None


#: One write: ("create" | "update" | "remove", the reminder).
Operation = tuple[str, icalendar.cal.Component]


@dataclass
class WriteResult:
    changes: Changes  # what was actually done (or, in a dry run, what would be)
    failures: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # worth a look, though nothing failed


def find_reminders(items: list[SourceItem]) -> dict[str, Found]:
    """Our reminders among the target's items, by UID.

    An item is ours only when its one non-timezone component is a followup reminder: an item we
    cannot parse, or one that mixes our reminder with anything else, is left alone.
    """
    found: dict[str, Found] = {}
    for item in items:
        try:
            calendar = icalendar.Calendar.from_ical(item.data)
        except ValueError:
            continue
        components = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
        if len(components) == 1 and is_followup_reminder(components[0]):
            event = components[0]
            found[str(event["UID"])] = Found(event, item.name, item.etag)
    return found


def item_data(event: icalendar.cal.Component) -> bytes:
    """One reminder as a calendar object resource (RFC 4791 4.1: one UID, its VTIMEZONEs)."""
    return build_calendar([event]).to_ical()


def _label(event: icalendar.cal.Component) -> str:
    return f'reminder {event.get("UID")} "{event.get("SUMMARY", "")}"'


def write_reminders(
    target: Target,
    desired: Sequence[icalendar.cal.Component],
    *,
    state: State,
    target_key: str,
    workflow: Workflow,
    now: datetime,
    planned_sources: Collection[str] = (),
    dry_run: bool = False,
    progress: Callable[[list[Operation]], Iterable[Operation]] = iter,
) -> WriteResult:
    """Diff the desired reminders against the target's and apply the difference.

    `planned_sources`: the UIDs of the interviews this run planned (see sync.diff).

    `progress` wraps the list of writes (the CLI shows a bar on a terminal for long ones).
    """
    try:
        found = find_reminders(target.read_items())
    except ConnectorError as exc:
        raise SourceUnavailable(f"cannot read the target calendar: {exc}") from exc
    records = state.records(target_key)
    planned = diff(
        desired,
        [f.event for f in found.values()],
        now=now,
        stale_after=workflow.stale_after,
        planned_sources=planned_sources,
        written_before=set(records),
    )
    if dry_run:
        return WriteResult(planned)

    done = Changes(
        keep=planned.keep,
        user_edited=planned.user_edited,
        stale=planned.stale,
        user_deleted=planned.user_deleted,
    )
    failures: list[str] = []
    remember: list[tuple[icalendar.cal.Component, str]] = []  # (reminder, item name) written
    forget: list[str] = []

    operations = [
        *(("create", e) for e in planned.create),
        *(("update", e) for e in planned.update),
        *(("remove", e) for e in planned.delete),
    ]
    for action, event in progress(operations):
        uid = str(event["UID"])
        try:
            if action == "create":
                name = target.name_for(uid)
                target.put(name, item_data(event))
            else:  # diff() only updates or removes reminders it found in the target
                old = found[uid]
                name = old.name
                if action == "update":
                    target.put(name, item_data(event), old.etag)
                else:
                    target.delete(name, old.etag or "")
        except ConflictError as exc:
            failures.append(
                f"{_label(event)} changed in the target since it was read; "
                f"left as it is ({exc}); the next run looks again"
            )
            continue
        except TargetGone as exc:
            failures.append(f"could not write to the target: {exc}")
            break
        except ConnectorError as exc:
            failures.append(f"could not {action} {_label(event)}: {exc}")
            continue
        if action == "remove":
            done.delete.append(event)
            forget.append(uid)
        else:
            (done.create if action == "create" else done.update).append(event)
            remember.append((event, name))
    try:
        target.flush()
    except ConnectorError as exc:
        raise FollowupError(f"could not write the target: {exc}") from exc

    # The state follows the target only once the target holds the change.
    for event, name in remember:
        _remember(state, target_key, event, name, now)
    horizon = now - workflow.lookback_days * DAY - FORGET_AFTER
    for event in planned.keep:  # rebuilds a lost state from what the calendar holds
        uid = str(event["UID"])
        if (
            uid not in records
            and uid in found
            and event not in planned.user_edited
            and _at_or_after(event, horizon)
        ):
            _remember(state, target_key, event, found[uid].name, now)
    for uid in forget:
        state.forget(target_key, uid)
    for event in planned.user_deleted:
        state.user_deleted(target_key, str(event["UID"]), now)
    wanted = {str(e["UID"]): e for e in desired}
    newly = [
        e
        for e in planned.user_edited
        if state.user_edited(target_key, str(e["UID"]), _differs(e, wanted.get(str(e["UID"]))), now)
    ]
    notices = _mass_edit_notice(newly, len(found))
    state.prune(target_key, horizon)
    if not records and any(_at_or_after(f.event, horizon) for f in found.values()):
        notices.append(
            f"the state file knew nothing of this target, which holds {len(found)} of "
            "followup's reminders: rebuilt from them (a lost or moved state file?). Reminders "
            "you had deleted were remembered only there: the ones still due were written again"
        )
    return WriteResult(done, failures, notices)


DAY = timedelta(days=1)
#: The state forgets a reminder this long after its interview left the window (lookback_days):
#: none of its rows can matter again (it is history, never desired, too old to recreate), and
#: the state of a season of nights stays small (issue 16).
FORGET_AFTER = timedelta(days=30)


def _differs(kept: icalendar.cal.Component, wanted: icalendar.cal.Component | None) -> str:
    """How the user's version of a reminder differs from what followup would write now (issue
    16: `plan` and `status` say so): "time", "text", or "no longer planned"."""
    if wanted is None:
        return "no longer planned"
    parts = []
    try:  # aware datetimes compare as instants
        same_time = kept.decoded("DTSTART") == wanted.decoded("DTSTART")
    except Exception:  # the user's version has no readable time
        same_time = False
    if not same_time:
        parts.append("time")
    if any(str(kept.get(n, "")) != str(wanted.get(n, "")) for n in ("SUMMARY", "DESCRIPTION")):
        parts.append("text")
    return ", ".join(parts)


def _at_or_after(event: icalendar.cal.Component, moment: datetime) -> bool:
    start = event.get("DTSTART")
    value = getattr(start, "dt", None)
    if not isinstance(value, datetime) or value.utcoffset() is None:
        return True  # unreadable or floating: kept, as anything unsure is
    return value >= moment


#: Reminders that turn "edited" in one run, at least this many and most of the target's: a
#: server rewriting what it stores, far likelier than a user editing them all in one day.
MASS_EDIT_AT_LEAST = 3


def _mass_edit_notice(newly: list[icalendar.cal.Component], ours: int) -> list[str]:
    """Issue 15: a server that re-serializes items made every reminder read as edited, and the
    safety rule then kept them all, silently, forever. Say so when it happens at once."""
    if len(newly) < MASS_EDIT_AT_LEAST or 2 * len(newly) <= ours:
        return []
    return [
        f"{len(newly)} of the {ours} reminders in the target read as edited by you since the "
        "last run, and are kept as they are: if you did not edit them, the server may be "
        "rewriting what it stores (please report it); `followup run -v` lists them"
    ]


def _remember(
    state: State, target_key: str, event: icalendar.cal.Component, name: str, now: datetime
) -> None:
    state.written(
        target_key,
        uid=str(event["UID"]),
        name=name,
        hash=stored_hash(event),
        source_uid=str(event.get("X-FOLLOWUP-SOURCE", "")),
        stage=str(event.get("X-FOLLOWUP-STAGE", "")),
        at=event.decoded("DTSTART"),
        now=now,
    )
