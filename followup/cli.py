"""The command line: a thin Click layer over pipeline.py. The only place that reads the clock."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from followup import __version__, cli_act, cron_command, init_command, output, pipeline
from followup.cli_options import (
    attach_log_file,
    load_cli_config,
    log,
    parse_now,
    progress_bar,
    report_problems,
    reports_errors,
    say,
    source_options,
    warn,
)


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
@click.option("--target", metavar="PATH", help="The .ics file (or vdir folder) to write to.")
@click.option("--dry-run", is_flag=True, help="Work out the changes, write nothing.")
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Accept a source that now holds no events (else nothing is removed, exit 1).",
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also append timestamped lines to this file (kept under 512 KiB, plus FILE.1).",
)
@reports_errors
def run(
    config_path: Path | None,
    source: str | None,
    target: str | None,
    now: str | None,
    dry_run: bool,
    allow_empty: bool,
    log_file: Path | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """The nightly job: write reminders for every follow-up that is due.

    Silent when nothing changed; one summary line when it created, updated or removed reminders;
    problems on stderr. Exit 0 success, 1 partial failure (an event skipped, a write failed;
    warnings alone exit 0 and show with -v), 2 configuration error, 3 calendar unreadable,
    4 another run holds the lock.

    \b
    Example:
      followup run --source ~/calendar.ics --target ~/followups.ics
      followup run --config ~/.config/followup/config.toml --log-file ~/followup.log
    """
    attach_log_file(log_file)
    config = load_cli_config(config_path, source, target)
    report = pipeline.run(
        config,
        parse_now(now, config.candidate.timezone),
        dry_run=dry_run,
        allow_empty=allow_empty,
        progress=progress_bar("writing reminders"),
    )
    report_problems(report.plan, verbose=verbose)
    for failure in report.failures:
        warn(failure)
    for notice in report.notices:
        warn(notice)
    if verbose:
        for event in report.changes.user_edited:
            warn(f"kept your edit of '{event.get('SUMMARY')}'")
        for event in report.changes.user_deleted:
            warn(f"not recreating '{event.get('SUMMARY')}' (you deleted it)")
    lines = output.run_summary(report, verbose=verbose)
    if dry_run and lines:
        lines[0] = "(dry run, nothing written) " + lines[0]
    for line in lines:
        say(line, quiet=quiet)
    if not lines:
        log.info("nothing changed (%s)", report.target)
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
    config = load_cli_config(config_path, source)
    result = pipeline.plan(config, parse_now(now, config.candidate.timezone))
    report_problems(result, verbose=True)  # plan is read by a person: lint warnings too
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
    from followup.output import paragraph

    config = load_cli_config(config_path, source, target)
    findings = run_check(config, parse_now(now, config.candidate.timezone))
    for finding in findings:
        if not (finding.ok and quiet):
            click.echo(
                paragraph(f"{finding.label:<5} {finding.text}", indent=6), err=not finding.ok
            )
    sys.exit(max(f.exit_code for f in findings))


main.add_command(init_command.init)
main.add_command(cron_command.cron)
main.add_command(cli_act.status)
main.add_command(cli_act.draft)
main.add_command(cli_act.replied)
main.add_command(cli_act.dismiss)
