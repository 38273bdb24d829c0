"""The command line: a thin Click layer over pipeline.py. The only place that reads the clock."""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import click

from followup import __version__, output, pipeline
from followup.config import Config, load_config, with_overrides
from followup.errors import ConfigError, FollowupError

F = TypeVar("F", bound=Callable[..., Any])


def parse_now(value: str | None, tz: str) -> datetime:
    """Contract: --now is ISO 8601; without an offset it is in the candidate's time zone."""
    zone = ZoneInfo(tz)
    if value is None:
        return datetime.now(zone)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError([f"--now '{value}' is not an ISO 8601 date-time"]) from exc
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def source_options(func: F) -> F:
    """--config, --source, --now, -v/-q: shared by every command that reads the calendar."""
    options = [
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Config file (default: $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.toml).",
        ),
        click.option("--source", metavar="PATH|URL", help="Calendar to read (.ics file or URL)."),
        click.option("--now", metavar="DATETIME", help="Pretend it is this time (ISO 8601)."),
        click.option("-v", "--verbose", is_flag=True, help="More detail; tracebacks on errors."),
        click.option("-q", "--quiet", is_flag=True, help="Only problems."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def reports_errors(func: F) -> F:
    """Turn domain errors into a message and their exit code (one place for every command)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        verbose = bool(kwargs.get("verbose"))
        try:
            return func(*args, **kwargs)
        except FollowupError as exc:
            if verbose:
                traceback.print_exc()
            click.echo(f"followup: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if verbose:
                traceback.print_exc()
            click.echo(
                f"followup: unexpected error: {type(exc).__name__}: {exc} "
                "(run again with -v for details)",
                err=True,
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _config(config_path: Path | None, source: str | None, target: str | None = None) -> Config:
    return with_overrides(load_config(config_path), source=source, target=target)


def _report_problems(plan: pipeline.Plan, *, verbose: bool) -> None:
    for problem in plan.problems:
        click.echo(f"followup: skipped {problem}", err=True)
    if verbose:
        for warning in plan.warnings:
            click.echo(f"followup: warning: {warning}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="followup")
def main() -> None:
    """Reminders with drafted follow-up emails after your job interviews.

    Reads interviews from your calendar, works out when each thank-you note, nudge and check-in is
    due, drafts them, and writes reminder events back. It never sends mail.

    \b
    Example:
      followup demo
      followup plan --source ~/calendar.ics
    """


@main.command()
@source_options
@click.option("--target", metavar="PATH", help="The .ics file to generate with the reminders.")
@click.option("--dry-run", is_flag=True, help="Work out the changes, write nothing.")
@reports_errors
def run(
    config_path: Path | None,
    source: str | None,
    target: str | None,
    now: str | None,
    dry_run: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """The nightly job: write reminders for every follow-up that is due.

    Silent when nothing changed; one summary line when it created, updated or removed reminders;
    problems on stderr. Exit 0 success, 1 partial failure, 2 configuration error, 3 calendar
    unreadable, 4 another run holds the lock.

    \b
    Example:
      followup run --source ~/calendar.ics --target ~/followups.ics
    """
    config = _config(config_path, source, target)
    report = pipeline.run(config, parse_now(now, config.candidate.timezone), dry_run=dry_run)
    _report_problems(report.plan, verbose=verbose)
    for failure in report.failures:
        click.echo(f"followup: {failure}", err=True)
    if verbose:
        for event in report.changes.user_edited:
            click.echo(f"followup: kept your edit of '{event.get('SUMMARY')}'", err=True)
        for event in report.changes.user_deleted:
            click.echo(
                f"followup: not recreating '{event.get('SUMMARY')}' (you deleted it)", err=True
            )
    if not quiet:
        lines = output.run_summary(report, verbose=verbose)
        if dry_run and lines:
            lines[0] = "(dry run, nothing written) " + lines[0]
        for line in lines:
            click.echo(line)
    if report.plan.problems or report.failures:
        sys.exit(1)


@main.command()
@source_options
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@reports_errors
def plan(
    config_path: Path | None,
    source: str | None,
    now: str | None,
    as_json: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """Show every interview in the window and all of its follow-ups (read-only).

    \b
    Example:
      followup plan --source ~/calendar.ics --now 2026-11-20T20:00
      followup plan --json | jq '.interviews[].followups[].at'
    """
    config = _config(config_path, source)
    result = pipeline.plan(config, parse_now(now, config.candidate.timezone))
    _report_problems(result, verbose=verbose)
    click.echo(output.plan_json(result) if as_json else output.plan_table(result), nl=as_json)
    if result.problems:
        sys.exit(1)


@main.command()
@click.option("--now", metavar="DATETIME", help="Pretend it is this time (ISO 8601).")
@click.option("-v", "--verbose", is_flag=True, help="More detail; tracebacks on errors.")
@reports_errors
def demo(now: str | None, verbose: bool) -> None:
    """Run the whole pipeline on a bundled example calendar dated around today.

    Writes the reminders to followup-demo.ics in the current folder (import it into any calendar)
    and prints the plan.

    \b
    Example:
      followup demo
    """
    from followup.demo import run_demo

    report, target = run_demo(now_text=now, parse_now=parse_now)
    click.echo(output.plan_table(report.plan))
    for line in output.run_summary(report, verbose=verbose):
        click.echo(line)
    click.echo(f"Reminders written to {target}: import it into your calendar to see them.")


@main.command()
@source_options
@click.option("--target", metavar="PATH", help="The .ics file or folder to write the reminders to.")
@reports_errors
def check(
    config_path: Path | None,
    source: str | None,
    target: str | None,
    now: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Check the setup without changing anything: connect, list the calendars, say what is used.

    Reports problems (wrong password, calendar missing, no time-range support) with what to do.
    Exits 0 when everything works, 1 when some events cannot be used, 2 on configuration
    problems, 3 when a calendar cannot be reached or read.

    \b
    Example:
      followup check --config ~/.config/followup/config.toml
    """
    from followup.check import check as run_check

    config = _config(config_path, source, target)
    findings = run_check(config, parse_now(now, config.candidate.timezone))
    for finding in findings:
        if finding.ok:
            if not quiet:
                click.echo(f"ok    {finding.text}")
        else:
            click.echo(f"FAIL  {finding.text}", err=True)
    sys.exit(max(f.exit_code for f in findings))
