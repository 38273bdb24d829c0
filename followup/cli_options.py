"""What the commands share: common options, the clock, error reporting, the log file."""

from __future__ import annotations

import functools
import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import click

from followup import pipeline
from followup.config import Config, load_config, with_overrides
from followup.errors import ConfigError, FollowupError

log = logging.getLogger("followup")
log.addHandler(logging.NullHandler())  # nothing is logged anywhere unless --log-file asks
# What the user sees is what followup prints, whatever a library does to logging (issue 15):
# python-caldav logs a non-XML answer with the module-level `logging.info`, whose implicit
# `basicConfig()` gives the root logger a stderr handler, through which every later message of
# ours would print a second time ("WARNING:followup:..."). Ours do not reach the root logger, and
# the root logger has a handler already, so `basicConfig()` does nothing.
log.propagate = False
logging.getLogger().addHandler(logging.NullHandler())
# Libraries' warnings (icalendar guessing a zone, ...) are not the user's problems: they would
# land in cron mail every night. Every problem that matters is reported by followup itself.
logging.captureWarnings(True)
logging.getLogger("py.warnings").addHandler(logging.NullHandler())
logging.getLogger("py.warnings").propagate = False

#: --log-file stays bounded: at most this size, plus one previous file (FILE.1).
LOG_MAX_BYTES = 512 * 1024


def parse_now(value: str | None, tz: str) -> datetime:
    """Contract: --now is ISO 8601; without an offset it is in the candidate's time zone.

    The only clock read of the whole program is here.
    """
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


class _PrivateLog(logging.handlers.RotatingFileHandler):
    """The log names interviews and addresses: created readable by the user only (0600), also the
    fresh file after a rollover (the stdlib opens it with the umask's mode)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def attach_log_file(path: Path | None) -> None:
    """--log-file: append timestamped lines, rotated at LOG_MAX_BYTES (stdlib RotatingFileHandler)."""
    for old in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
        log.removeHandler(old)  # one log file per command, also when called again in-process
        old.close()
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateLog(path, maxBytes=LOG_MAX_BYTES, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def say(line: str, *, quiet: bool = False) -> None:
    """A result line: stdout (unless quiet) and the log."""
    if not quiet:
        click.echo(line)
    log.info("%s", line)


def warn(line: str) -> None:
    """A problem: stderr and the log."""
    click.echo(f"followup: {line}", err=True)
    log.warning("%s", line)


F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


def progress_bar(label: str, *, at_least: int = 20) -> Callable[[list[T]], Iterable[T]]:
    """A bar on stderr for long lists of work, only when stderr is a terminal (never in cron mail)."""

    def wrap(items: list[T]) -> Iterable[T]:
        if len(items) < at_least or not sys.stderr.isatty():
            return iter(items)
        return _bar(items, label)

    return wrap


def _bar(items: list[T], label: str) -> Iterator[T]:
    with click.progressbar(items, label=label, file=sys.stderr) as bar:
        yield from bar


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
            log.error("%s", exc)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except BrokenPipeError:  # `followup status | head`: the reader left; nothing to report
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except Exception as exc:
            if verbose:
                traceback.print_exc()
            message = f"unexpected error: {type(exc).__name__}: {exc}"
            click.echo(f"followup: {message} (run again with -v for details)", err=True)
            log.error("%s", message)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def load_cli_config(
    config_path: Path | None, source: str | None, target: str | None = None
) -> Config:
    config = with_overrides(load_config(config_path), source=source, target=target)
    for warning in config.warnings:
        warn(f"warning: {warning}")
    return config


def report_problems(plan: pipeline.Plan, *, verbose: bool) -> None:
    """Problems (something was skipped: exit 1) always; warnings (nothing lost) with -v only, so a
    nightly cron mails only real news."""
    for problem in plan.problems:
        warn(problem)  # each says "skipped" (EventProblem.report)
    if verbose:
        for warning in plan.warnings:
            warn(f"warning: {warning}")
