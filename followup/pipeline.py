"""One run: read, detect, schedule, draft, build, diff, apply.

`plan()` is read-only and returns everything the `plan` command shows; `run()` also writes the
reminders. Both take `now`: only the CLI reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import icalendar

from followup.config import Config
from followup.connectors.base import ConnectorError, SourceItem
from followup.connectors.ics import IcsFileTarget, open_source
from followup.errors import ConfigError, FollowupError, SourceUnavailable
from followup.reminders import build_calendar, build_reminder, is_followup_reminder
from followup.sync import Changes, diff
from followup.workflows.detect import is_interview
from followup.workflows.drafts import DraftError, make_environment, render_draft
from followup.workflows.extract import event_categories, extract_interview
from followup.workflows.model import Draft, EventError, FollowUp, Interview
from followup.workflows.occurrences import expand, parse_calendar
from followup.workflows.schedule import in_window, is_stale, schedule, supersede


@dataclass
class PlannedFollowUp:
    followup: FollowUp
    draft: Draft
    stale: bool  # too old when first seen: listed, but `run` does not write it


@dataclass
class InterviewPlan:
    interview: Interview
    followups: list[PlannedFollowUp]


@dataclass
class Plan:
    now: datetime
    interviews: list[InterviewPlan]
    problems: list[str] = field(default_factory=list)  # events or drafts that could not be used
    warnings: list[str] = field(default_factory=list)  # draft lint findings

    @property
    def followups(self) -> list[PlannedFollowUp]:
        return [p for i in self.interviews for p in i.followups]


@dataclass
class RunReport:
    plan: Plan
    changes: Changes
    target: str
    written: bool


def read_source(config: Config) -> list[SourceItem]:
    if config.source is None or not config.source.location:
        raise ConfigError(["no calendar to read: give --source PATH|URL or [source] in the config"])
    try:
        source = open_source(
            config.source.location,
            timeout=config.source.timeout,
            verify_tls=config.source.verify_tls,
        )
        return source.read()
    except ConnectorError as exc:
        raise SourceUnavailable(f"cannot read the calendar: {exc}") from exc


def read_interviews(
    items: list[SourceItem], config: Config, now: datetime
) -> tuple[list[Interview], list[str]]:
    """Every interview occurrence in the window, with superseded chains marked."""
    wf = config.workflow
    start = now - timedelta(days=wf.lookback_days + 2)  # in_window() trims precisely below
    end = now + timedelta(days=wf.horizon_days)

    def keep(event: icalendar.Event) -> bool:
        return is_interview(str(event.get("SUMMARY", "")), event_categories(event), config.detect)

    interviews: dict[tuple[str, str | None], Interview] = {}
    problems: list[str] = []
    for item in items:
        calendars, parse_problems = parse_calendar(item.data, source=item.name)
        problems.extend(str(p) for p in parse_problems)
        for calendar in calendars:
            occurrences, expand_problems = expand(calendar, start, end, keep=keep, source=item.name)
            problems.extend(str(p) for p in expand_problems)
            for occurrence in occurrences:
                if not keep(occurrence):  # an override may have renamed one occurrence
                    continue
                try:
                    interview = extract_interview(occurrence, config.candidate, source=item.name)
                except EventError as exc:
                    problems.append(str(exc.problem))
                    continue
                interviews.setdefault(interview.key, interview)
    ordered = sorted(interviews.values(), key=lambda i: (i.start, i.uid, i.recurrence_id or ""))
    return in_window(supersede(ordered), wf, now), problems


def make_plan(config: Config, items: list[SourceItem], now: datetime) -> Plan:
    interviews, problems = read_interviews(items, config, now)
    env = make_environment(config.templates_dir)
    plans: list[InterviewPlan] = []
    warnings: list[str] = []
    for interview in interviews:
        planned = []
        for followup in schedule([interview], config.workflow, now):
            try:
                draft = render_draft(followup, config.candidate, env)
            except DraftError as exc:
                problems.append(f'{exc} (interview {interview.uid} "{interview.summary}")')
                continue
            warnings.extend(draft.warnings)
            planned.append(
                PlannedFollowUp(followup, draft, is_stale(followup, config.workflow, now))
            )
        plans.append(InterviewPlan(interview, planned))
    return Plan(now=now, interviews=plans, problems=problems, warnings=warnings)


def plan(config: Config, now: datetime) -> Plan:
    return make_plan(config, read_source(config), now)


def desired_reminders(plan: Plan, config: Config) -> list[icalendar.Event]:
    attach = config.target.attach_eml if config.target else True
    return [
        build_reminder(
            p.followup, p.draft, candidate=config.candidate, dtstamp=plan.now, attach_eml=attach
        )
        for p in plan.followups
    ]


def split_target(data: bytes) -> tuple[list[icalendar.Event], list[icalendar.Component]]:
    """Our reminders, and every other component of an existing target file (kept as it is)."""
    if not data.strip():
        return [], []
    calendar = icalendar.Calendar.from_ical(data)
    ours: list[icalendar.Event] = []
    others: list[icalendar.Component] = []
    for component in calendar.subcomponents:
        if is_followup_reminder(component):
            ours.append(component)
        elif component.name != "VTIMEZONE":  # VTIMEZONEs are regenerated for what is used
            others.append(component)
    return ours, others


def run(
    config: Config,
    now: datetime,
    *,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
) -> RunReport:
    """The nightly job: plan, then make the target hold exactly the planned reminders."""
    if config.target is None or not config.target.path:
        raise ConfigError(["no target to write: give --target PATH or [target] in the config"])
    the_plan = plan(config, now)
    target = IcsFileTarget(Path(config.target.path))
    try:
        items = target.read_items()
    except ConnectorError as exc:
        raise FollowupError(f"cannot read the target: {exc}") from exc
    existing_data = items[0].data if items else b""
    existing_etag = items[0].etag if items else None
    try:
        ours, others = split_target(existing_data)
    except ValueError as exc:
        raise FollowupError(
            f"the target {config.target.path} is not a calendar followup can update ({exc}); "
            "move it away or choose another --target"
        ) from exc
    wf = config.workflow
    changes = diff(
        desired_reminders(the_plan, config),
        ours,
        now=now,
        stale_after=wf.stale_after,
        lookback=timedelta(days=wf.lookback_days),
    )
    written = False
    if (changes.changed or not existing_data) and not dry_run:
        calendar = build_calendar(changes.result(), name=config.target.name)
        for component in others:
            calendar.add_component(component)
        try:
            target.put(target.name, calendar.to_ical(), existing_etag)
        except ConnectorError as exc:  # ConflictError too: someone changed the file meanwhile
            raise FollowupError(f"cannot write the target: {exc}") from exc
        written = True
    return RunReport(plan=the_plan, changes=changes, target=config.target.path, written=written)
