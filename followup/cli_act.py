"""Commands for acting on the reminders: status, draft, replied, dismiss."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import click

from followup import pipeline
from followup.cli_options import load_cli_config, parse_now, reports_errors, source_options
from followup.config import Config
from followup.connect import describe_target, target_key
from followup.errors import UsageError
from followup.output import kept_edit, paragraph, status_table
from followup.reminders import description_text, eml_bytes
from followup.state import State
from followup.workflows.schedule import company_key


def _when(moment: datetime) -> str:
    return moment.strftime("%a %Y-%m-%d %H:%M")


def _label(item: pipeline.InterviewPlan) -> str:
    iv = item.interview
    return f"{iv.uid}@{iv.start.date().isoformat()}  {iv.summary}"


def find_interview(the_plan: pipeline.Plan, selector: str) -> pipeline.InterviewPlan:
    """INTERVIEW: a UID prefix or a company name, optionally "@YYYY-MM-DD" for one date.

    Ambiguous or unknown selectors are usage errors (exit 2) that list the candidates.
    """
    text, day = selector, ""
    head, sep, tail = selector.rpartition("@")
    if sep and re.fullmatch(r"\d{4}-\d{2}-\d{2}", tail):
        text, day = head, tail
    matches = [
        item
        for item in the_plan.interviews
        if item.interview.uid.startswith(text)
        or (company_key(text) and company_key(item.interview.company).startswith(company_key(text)))
    ]
    if day:
        matches = [m for m in matches if m.interview.start.date().isoformat() == day]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UsageError(
            f"no interview in the window matches '{selector}' (a UID prefix or a company name)",
            [_label(i) for i in the_plan.interviews],
        )
    raise UsageError(
        f"'{selector}' matches {len(matches)} interviews; name one of them:",
        [_label(m) for m in matches],
    )


def _plan(config_path: Path | None, source: str | None, now: str | None):  # type: ignore[no-untyped-def]
    config = load_cli_config(config_path, source)
    moment = parse_now(now, config.candidate.timezone)
    return config, moment, pipeline.plan(config, moment)


def _state(config: Config) -> State:
    return State.open(config.state_path)


@click.command()
@source_options
@reports_errors
def status(
    config_path: Path | None, source: str | None, now: str | None, verbose: bool, quiet: bool
) -> None:
    """Upcoming and overdue follow-ups, where each was written, and how the last run went.

    \b
    Example:
      followup status
      followup status --now 2026-11-20T09:00
    """
    config, moment, the_plan = _plan(config_path, source, now)
    state = _state(config)
    try:
        last = state.last_run()
        records = state.records(target_key(config.target)) if config.target else {}
    finally:
        state.close()
    if last is None:
        click.echo("Last run: never (run `followup run`, or `followup cron --install`)")
    else:
        click.echo(
            f"Last run: {last.now[:16].replace('T', ' ')}  {last.outcome}: {last.created} created, "
            f"{last.updated} updated, {last.removed} removed, {last.problems} problem(s)"
        )
    if config.target is not None:
        click.echo(f"Reminders are written to {describe_target(config.target)}")
    rows = []
    for planned in the_plan.followups:
        fu = planned.followup
        if planned.stale:
            continue
        record = records.get(fu.uid)
        if planned.dismissed:
            where = "dismissed"
        elif record is None:
            where = "not written yet"
        elif record.status == "user-deleted":
            where = "deleted by you"
        elif planned.kept_edit is not None:
            where = kept_edit(planned.kept_edit)
        else:
            where = "written there"
        kind = "overdue" if fu.at < moment else "upcoming"
        to = ", ".join(p.display for p in fu.to) or "(fill in)"
        company = fu.interview.company or fu.interview.summary
        rows.append((fu.at, (_when(fu.at), kind, fu.stage.name, company, to, where, fu.uid[:20])))
    if not rows:
        click.echo("No follow-ups due or coming up.")
        return
    click.echo("")
    click.echo(status_table([cells for _, cells in sorted(rows)]), nl=False)


@click.command()
@click.argument("interview")
@click.option("--stage", help="thank-you, nudge or check-in (default: the next one due).")
@click.option(
    "--eml", "eml_path", type=click.Path(dir_okay=False, path_type=Path), help="Write an .eml."
)
@source_options
@reports_errors
def draft(
    interview: str,
    stage: str | None,
    eml_path: Path | None,
    config_path: Path | None,
    source: str | None,
    now: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Print the draft of a follow-up, as in the reminder (To:, Subject:, body), or write an .eml.

    INTERVIEW is a UID prefix or a company name (add @YYYY-MM-DD to pick one date).

    \b
    Example:
      followup draft Acme
      followup draft Acme --stage nudge --eml nudge.eml
    """
    config, moment, the_plan = _plan(config_path, source, now)
    item = find_interview(the_plan, interview)
    chosen = item.followups
    if stage:
        chosen = [p for p in chosen if p.followup.stage.name == stage]
        if not chosen:
            names = sorted({p.followup.stage.name for p in item.followups}) or ["none"]
            raise UsageError(f"no '{stage}' follow-up for this interview (has: {', '.join(names)})")
    elif chosen:
        upcoming = [p for p in chosen if p.followup.at >= moment]
        first = (upcoming or chosen[-1:])[0].followup.stage.name
        chosen = [p for p in chosen if p.followup.stage.name == first]
    if not chosen:
        raise UsageError(f"'{item.interview.summary}' has no follow-ups ({item.interview.status})")
    for index, planned in enumerate(chosen):
        if eml_path is not None:
            path = eml_path
            if len(chosen) > 1:
                path = eml_path.with_name(f"{eml_path.stem}-{index + 1}{eml_path.suffix}")
            path.write_bytes(eml_bytes(planned.draft, config.candidate))
            click.echo(f"wrote {path}")
        else:
            if index:
                click.echo("\n" + "-" * 72 + "\n")
            click.echo(description_text(planned.draft, planned.followup.interview.invite_from))


_UNDO = click.option("--undo", is_flag=True, help="Take the mark back; the next run restores.")


@click.command()
@click.argument("interview")
@_UNDO
@source_options
@reports_errors
def replied(
    interview: str,
    undo: bool,
    config_path: Path | None,
    source: str | None,
    now: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Record that the employer answered: the next run removes the pending nudge and check-in.

    INTERVIEW is a UID prefix or a company name (add @YYYY-MM-DD to pick one date). --undo takes
    the mark back: the next run writes the nudge and check-in again.

    \b
    Example:
      followup replied Acme
      followup replied --undo Acme
    """
    config, moment, the_plan = _plan(config_path, source, now)
    item = find_interview(the_plan, interview)
    state = _state(config)
    try:
        if undo:
            if not state.forget_reply(item.interview.uid, item.interview.recurrence_id):
                raise UsageError(f"no reply was recorded for {_label(item)}")
        else:
            state.record_reply(item.interview.uid, item.interview.recurrence_id, moment)
    finally:
        state.close()
    if quiet:
        return
    if undo:
        click.echo(
            paragraph(
                f"Took back the reply for {_label(item)}. "
                "The next `followup run` writes its nudge and check-in again (when still due)."
            )
        )
    else:
        click.echo(
            paragraph(
                f"Recorded a reply for {_label(item)}. "
                "The next `followup run` removes its pending nudge and check-in "
                "(`followup replied --undo` takes it back)."
            )
        )


@click.command()
@click.argument("reminder")
@_UNDO
@source_options
@reports_errors
def dismiss(
    reminder: str,
    undo: bool,
    config_path: Path | None,
    source: str | None,
    now: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Drop one reminder for good: the next run removes it and it never comes back.

    REMINDER is the reminder's UID or a prefix of it (see `followup status`). --undo takes the
    mark back: the next run writes the reminder again.

    \b
    Example:
      followup dismiss followup-3f2a
      followup dismiss --undo followup-3f2a
    """
    config, moment, the_plan = _plan(config_path, source, now)
    matches = [p for p in the_plan.followups if p.followup.uid.startswith(reminder)]
    if len(matches) != 1:
        found = [
            f"    {p.followup.uid}  {p.followup.stage.name}  {p.followup.interview.summary}"
            for p in matches
        ]
        problem = "no reminder matches" if not matches else f"{len(matches)} reminders match"
        raise UsageError(f"{problem} '{reminder}' in the window", found)
    followup = matches[0].followup
    state = _state(config)
    try:
        if undo:
            if not state.undismiss(followup.uid):
                raise UsageError(
                    f"the {followup.stage.name} reminder {followup.uid} is not dismissed"
                )
        else:
            state.dismiss(followup.uid, moment)
    finally:
        state.close()
    if quiet:
        return
    what = f"the {followup.stage.name} reminder for {followup.interview.summary}"
    if undo:
        click.echo(
            paragraph(
                f"Took back the dismissal of {what}; the next `followup run` writes it again."
            )
        )
    else:
        click.echo(
            paragraph(
                f"Dismissed {what}; the next `followup run` removes it "
                "(`followup dismiss --undo` takes it back)."
            )
        )
