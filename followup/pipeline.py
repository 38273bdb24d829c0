"""One run: read, detect, schedule, draft, build, diff, apply.

`plan()` is read-only and returns everything the `plan` command shows; `run()` also writes the
reminders. Both take `now`: only the CLI reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from types import MappingProxyType

import icalendar

from followup.config import Config
from followup.connect import (
    NO_SOURCE,
    NO_TARGET,
    calendar_key,
    describe_source,
    describe_target,
    open_source,
    open_target,
    target_key,
)
from followup.connectors.base import ConnectorError, Source, SourceItem, Target
from followup.errors import ConfigError, SourceUnavailable
from followup.lock import run_lock
from followup.reminders import build_reminder
from followup.state import RunRecord, State
from followup.sync import Changes
from followup.synced import SyncedTarget
from followup.time_limit import TimeLimitExceeded, time_limit
from followup.workflows.detect import TitleSigns, hint_words
from followup.workflows.drafts import DraftError, make_environment, render_draft
from followup.workflows.extract import extract_interview, is_interview_event
from followup.workflows.model import Draft, EventError, EventProblem, FollowUp, Interview
from followup.workflows.occurrences import expand, parse_calendar
from followup.workflows.prefilter import prefilter
from followup.workflows.schedule import in_window, is_stale, schedule, supersede
from followup.writer import Operation, WriteResult, write_reminders


@dataclass
class PlannedFollowUp:
    followup: FollowUp
    draft: Draft
    stale: bool  # too old when first seen: listed, but `run` does not write it
    dismissed: bool = False  # `followup dismiss`: listed, never written
    written: bool = False  # the state says the target holds it (written by an earlier run)
    #: the target holds the user's edit of it, kept: how it differs from this draft ("time,
    #: text"; "" when only in what followup does not compare); None: not edited
    kept_edit: str | None = None


@dataclass(frozen=True)
class UserMarks:
    """What the user told followup by command: interviews answered, reminders dismissed."""

    replied: frozenset[tuple[str, str | None]] = frozenset()
    dismissed: frozenset[str] = frozenset()
    calendar_urls: Mapping[str, str] = field(default_factory=dict)  # CalDAV names resolved before
    written: frozenset[str] = frozenset()  # reminders the configured target holds, by UID
    superseded: frozenset[tuple[str, str | None]] = frozenset()  # chains a later round ended
    edits: Mapping[str, str] = field(default_factory=dict)  # reminders kept as the user edited

    @classmethod
    def load(cls, config: Config) -> UserMarks:
        state = State.open(config.state_path, read_only=True)
        try:
            records = state.records(target_key(config.target)) if config.target else {}
            return cls(
                frozenset(state.replies()),
                frozenset(state.dismissed()),
                state.calendar_urls(),
                frozenset(uid for uid, r in records.items() if r.status != "user-deleted"),
                frozenset(state.superseded()),
                state.edits(target_key(config.target)) if config.target else {},
            )
        finally:
            state.close()


@dataclass
class InterviewPlan:
    interview: Interview
    followups: list[PlannedFollowUp]


@dataclass
class Plan:
    now: datetime
    interviews: list[InterviewPlan]
    problems: list[str] = field(default_factory=list)  # events or drafts that were skipped: exit 1
    warnings: list[str] = field(default_factory=list)  # notes that dropped nothing: exit 0, `-v`
    events: int = 0  # the source's events, followup's own reminders aside (source_events)

    @property
    def followups(self) -> list[PlannedFollowUp]:
        return [p for i in self.interviews for p in i.followups]


@dataclass
class RunReport:
    plan: Plan
    changes: Changes
    target: str
    failures: list[str] = field(default_factory=list)  # writes that failed (the rest was done)
    notices: list[str] = field(default_factory=list)  # worth a look, though nothing failed


def read_source(
    config: Config, now: datetime, hints: Mapping[str, str] = MappingProxyType({})
) -> tuple[list[SourceItem], Source]:
    if config.source is None:
        raise ConfigError([NO_SOURCE])
    start, end = read_window(config, now)
    source = open_source(config, hints)
    try:
        return source.read(start, end), source
    except ConnectorError as exc:
        raise SourceUnavailable(f"cannot read the calendar: {exc}") from exc


def read_window(config: Config, now: datetime) -> tuple[datetime, datetime]:
    """Interviews that can matter now: ended within the lookback (plus a margin), up to the horizon."""
    wf = config.workflow
    return now - timedelta(days=wf.lookback_days + 2), now + timedelta(days=wf.horizon_days)


#: Seconds that reading one calendar item may take (time_limit.py): a 100k-event file takes a few.
ITEM_TIME_LIMIT = 120.0


def read_interviews(
    items: list[SourceItem], config: Config, now: datetime, marks: UserMarks = UserMarks()
) -> tuple[list[Interview], list[str], list[str]]:
    """Every interview occurrence in the window, with superseded chains marked; the problems
    (something was skipped) and the notes (a guessed zone, an ignored line: nothing skipped)."""
    interviews: dict[tuple[str, str | None], Interview] = {}
    problems: list[str] = []
    notes: list[str] = []
    readable = 0  # items that held a calendar at all
    unreadable: list[str] = []  # why the others did not
    for item in items:
        try:
            with time_limit(ITEM_TIME_LIMIT):
                read = _read_item(item, config, now, marks)
        except TimeLimitExceeded:
            why = f"reading it took over {ITEM_TIME_LIMIT:g} s"
            read = _ItemRead(
                [], [f"skipped {item.name}: {why}; the rest was read"], [], False, [why]
            )
        problems += read.problems
        notes += read.notes
        readable += read.readable
        unreadable += read.why_unreadable
        for interview in read.interviews:
            interviews.setdefault(interview.key, interview)
    if items and not readable:
        why = "; ".join(unreadable[:3]) or "it holds nothing (an empty file?)"
        raise SourceUnavailable(f"no calendar could be read from the source: {why}")
    ordered = sorted(interviews.values(), key=lambda i: (i.start, i.uid, i.recurrence_id or ""))
    return in_window(supersede(ordered, marks.superseded), config.workflow, now), problems, notes


@dataclass
class _ItemRead:
    interviews: list[Interview]
    problems: list[str]  # something was skipped
    notes: list[str]  # nothing was skipped
    readable: bool  # it held a calendar (perhaps an empty one)
    why_unreadable: list[str]


def _read_item(item: SourceItem, config: Config, now: datetime, marks: UserMarks) -> _ItemRead:
    start, end = read_window(config, now)  # in_window() trims precisely

    def keep(event: icalendar.Event) -> bool:
        return is_interview_event(event, config.detect, config.candidate)

    name = config.candidate.name
    window = (start.date(), end.date())
    data = prefilter(
        item.data,
        config.detect,
        window,
        hint_words(),
        TitleSigns(name),
    )
    calendars, parse_problems = parse_calendar(data, source=item.name)
    problems: list[str] = []
    notes: list[str] = []

    def report(found: list[EventProblem]) -> None:
        for p in found:
            (problems if p.skipped else notes).append(p.report())

    report(parse_problems)
    why_unreadable = [] if calendars else [str(p) for p in parse_problems]
    found: list[Interview] = []
    for calendar in calendars:
        occurrences, expand_problems = expand(calendar, start, end, keep=keep, source=item.name)
        report(expand_problems)
        for occurrence in occurrences:
            try:
                if not keep(occurrence):  # an override may have renamed one occurrence
                    continue
                interview = extract_interview(
                    occurrence,
                    config.candidate,
                    source=item.name,
                    method=str(calendar.get("METHOD", "")),
                )
            except EventError as exc:
                problems.append(exc.problem.report())
                continue
            if interview.key in marks.replied and interview.status == "active":
                interview = replace(interview, status="replied")
            found.append(interview)
    return _ItemRead(found, problems, notes, bool(calendars), why_unreadable)


def source_events(items: Iterable[SourceItem]) -> int:
    """How many events (and tasks) the source holds that are not followup's reminders.

    Counted in the bytes, without parsing: only "none at all" matters (an emptied source), and
    each reminder carries one X-FOLLOWUP-STAGE line. Names are case-insensitive (RFC 5545 3.1),
    so a count of zero is made sure of case-blind.
    """

    def count(data: bytes) -> int:
        found = data.count(b"BEGIN:VEVENT") + data.count(b"BEGIN:VTODO")
        ours = data.count(b"X-FOLLOWUP-STAGE")
        if found - ours <= 0 and data:
            lower = data.lower()
            found = lower.count(b"begin:vevent") + lower.count(b"begin:vtodo")
            ours = lower.count(b"x-followup-stage")
        return max(0, found - ours)

    return sum(count(item.data) for item in items)


def make_plan(
    config: Config, items: list[SourceItem], now: datetime, marks: UserMarks = UserMarks()
) -> Plan:
    interviews, problems, warnings = read_interviews(items, config, now, marks)
    env = make_environment(config.templates_dir)
    plans: list[InterviewPlan] = []
    for interview in interviews:
        planned = []
        for followup in schedule([interview], config.workflow, now):
            try:
                draft = render_draft(followup, config.candidate, env)
            except DraftError as exc:
                problems.append(f'skipped {exc} (interview {interview.uid} "{interview.summary}")')
                continue
            warnings.extend(draft.warnings)
            written = followup.uid in marks.written
            stale = is_stale(followup, config.workflow, now) and not written
            planned.append(
                PlannedFollowUp(
                    followup,
                    draft,
                    stale,
                    followup.uid in marks.dismissed,
                    written,
                    marks.edits.get(followup.uid),
                )
            )
        plans.append(InterviewPlan(interview, planned))
    return Plan(now, plans, problems, warnings, source_events(items))


def plan(config: Config, now: datetime) -> Plan:
    return _plan(config, now, UserMarks.load(config))[0]


def _plan(config: Config, now: datetime, marks: UserMarks) -> tuple[Plan, Source]:
    items, source = read_source(config, now, marks.calendar_urls)
    return make_plan(config, items, now, marks), source


def desired_reminders(plan: Plan, config: Config) -> list[icalendar.Event]:
    attach = config.target.attach_eml if config.target else True
    return [
        build_reminder(
            p.followup, p.draft, candidate=config.candidate, dtstamp=plan.now, attach_eml=attach
        )
        for p in plan.followups
        if not p.dismissed
    ]


def run(
    config: Config,
    now: datetime,
    *,
    dry_run: bool = False,
    allow_empty: bool = False,
    target: Target | None = None,
    progress: Callable[[list[Operation]], Iterable[Operation]] = iter,
) -> RunReport:
    """The nightly job: plan, then make the target hold exactly the planned reminders.

    `target` replaces the configured one (tests pass a memory store); config.target still names it.
    `allow_empty`: a source that yields no events, where the last run read some, is taken as it
    is (without it, nothing is written: safety promise "a source that suddenly yields no events").
    """
    missing = [
        text
        for part, text in ((config.source, NO_SOURCE), (config.target, NO_TARGET))
        if part is None
    ]
    if missing:
        raise ConfigError([*missing, "`followup init` writes a config that names both"])
    assert config.target is not None
    with run_lock(None if dry_run else config.state_path):
        return _run_locked(
            config, now, dry_run=dry_run, allow_empty=allow_empty, target=target, progress=progress
        )


def _run_locked(
    config: Config,
    now: datetime,
    *,
    dry_run: bool,
    allow_empty: bool,
    target: Target | None,
    progress: Callable[[list[Operation]], Iterable[Operation]],
) -> RunReport:
    assert config.target is not None and config.source is not None
    marks = UserMarks.load(config)
    the_plan, source = _plan(config, now, marks)
    if target is None:
        target = open_target(config, marks.calendar_urls)
    state = State.open(config.state_path, read_only=dry_run)
    key = target_key(config.target)
    if hasattr(target, "changes_since") and not dry_run:
        target = SyncedTarget(target, state, key)
    try:
        before = state.source_events(key)
        if the_plan.events == 0 and before and not allow_empty:
            failure = (
                f"{describe_source(config.source)} holds no events now, where the last run read {before}: "
                "no reminder was removed (a calendar emptied for a moment, or the wrong path?); "
                "if it really is empty now, run again with --allow-empty"
            )
            state.record_run(_run_record(the_plan, WriteResult(Changes(), [failure])))
            return RunReport(the_plan, Changes(), describe_target(config.target), [failure])
        result = write_reminders(
            target,
            desired_reminders(the_plan, config),
            state=state,
            target_key=key,
            workflow=config.workflow,
            now=now,
            planned_sources={i.interview.uid for i in the_plan.interviews},
            dry_run=dry_run,
            progress=progress,
        )
        if not dry_run:
            state.record_superseded(
                [
                    i.interview.key
                    for i in the_plan.interviews
                    if i.interview.status == "superseded"
                ],
                now,
            )
            state.remember_source_events(key, the_plan.events)
            state.record_run(_run_record(the_plan, result))
            _remember_calendars(state, config, source, target)
    finally:
        state.close()
    return RunReport(
        plan=the_plan,
        changes=result.changes,
        target=describe_target(config.target),
        failures=result.failures,
        notices=result.notices,
    )


def _remember_calendars(state: State, config: Config, source: Source, target: Target) -> None:
    """CalDAV calendars named by display name: keep their URLs, so no lookup is needed next run."""
    inner = getattr(target, "inner", target)  # SyncedTarget wraps the store
    for cal, store in ((config.source, source), (config.target, inner)):
        resolved = getattr(store, "resolved_url", lambda: None)()
        if cal is not None and cal.kind == "caldav" and cal.calendar and resolved:
            state.remember_calendar_url(calendar_key(cal), resolved)


def _run_record(the_plan: Plan, result: WriteResult) -> RunRecord:
    problems = len(the_plan.problems) + len(result.failures)
    return RunRecord(
        now=the_plan.now.isoformat(),
        outcome="partial" if problems else "ok",
        created=len(result.changes.create),
        updated=len(result.changes.update),
        removed=len(result.changes.delete),
        problems=problems,
    )
