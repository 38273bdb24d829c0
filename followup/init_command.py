"""`followup init`: ask a few questions (each with a default) and write a starter config.

cli.py registers it with `main.add_command(init)`.
"""

from __future__ import annotations

import os
import shlex
import sys
import tempfile
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from followup import starter_config
from followup.cli_options import reports_errors
from followup.config import default_config_path, local_timezone_name, parse_config
from followup.config_check import is_url
from followup.errors import ConfigError
from followup.starter_config import Answers


class _Asker:
    """click.prompt while stdin has answers; once it ends (or is closed), every default is taken."""

    def __init__(self) -> None:
        stdin = sys.stdin
        self.live = stdin is not None and not stdin.closed
        if self.live and not stdin.isatty():
            # no terminal: ask only when answers are piped in (an empty stdin prompts nothing)
            peek = getattr(getattr(stdin, "buffer", None), "peek", None)
            if peek is not None:
                try:
                    self.live = bool(peek(1))
                except (OSError, ValueError):
                    self.live = False

    def ask(self, text: str, default: str, **kwargs: Any) -> str:
        if not self.live:
            return default
        try:
            kwargs.setdefault("show_default", bool(default))
            return str(click.prompt(text, default=default, err=True, **kwargs)).strip()
        except click.Abort as exc:
            if not isinstance(exc.__context__, EOFError):
                raise  # Ctrl-C stops init
            self.live = False
            click.echo("", err=True)
            return default


def account_full_name() -> str:
    """The login's full name (the GECOS field), a default for [candidate] name; "" when the
    system has none (root's GECOS is "root": the login name is no one's signature)."""
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
    except (ImportError, KeyError, AttributeError):
        return ""
    full = entry.pw_gecos.split(",")[0].strip()
    return "" if full.lower() in {entry.pw_name.lower(), "root", ""} else full


def _is_zone(value: str) -> bool:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _zone(value: str) -> str:
    if not _is_zone(value):
        raise click.UsageError(f"'{value}' is not an IANA time zone (e.g. Europe/Berlin)")
    return value


def _email(value: str) -> str:
    if value and "@" not in value:
        raise click.UsageError(f"'{value}' is not an email address")
    return value


def _location(value: str) -> str:
    """A URL as given; a path absolute (the config resolves relative paths against its folder)."""
    if not value or is_url(value) or value.startswith("~"):
        return value
    return str(Path(value).resolve())


def _ask_answers(
    ask: _Asker,
    *,
    name: str | None,
    email: str | None,
    timezone: str | None,
    source: str | None,
    caldav_url: str | None,
    username: str | None,
    target: str | None,
) -> Answers:
    if name is None:
        name = ask.ask("Your name (for the drafts)", account_full_name())
    if email is None:
        email = ask.ask("Your email address (Enter: fill in later)", "", value_proc=_email)
    if timezone is None:
        timezone = ask.ask("Your time zone", local_timezone_name(), value_proc=_zone)
    if source is None and caldav_url is None:
        source = ask.ask(
            "Where is your calendar? A .ics file, a folder of .ics files, an .ics URL or a "
            "CalDAV server URL (Enter: fill in later)",
            "",
        )
    location = caldav_url or source or ""
    kind = (
        "caldav"
        if caldav_url
        else (starter_config.detect_source_kind(location) if location else "")
    )
    answers = Answers(
        name=name,
        email=email.strip().lower(),
        timezone=timezone,
        source_kind=kind,
        source=_location(location),
    )
    if kind == "caldav":
        if username is None:
            username = ask.ask("CalDAV username (Enter: fill in later)", "")
        method = ask.ask(
            "Where does the password come from: a command that prints it (e.g. a password "
            "manager), an environment variable, this file, or later",
            "command",
            type=click.Choice(starter_config.PASSWORD_METHODS),
        )
        value = ""
        if method == "command":
            value = ask.ask(
                "Command that prints the password, e.g. pass show caldav (Enter: later)", ""
            )
        elif method == "env":
            value = ask.ask("Environment variable holding the password", "FOLLOWUP_PASSWORD")
        elif method == "file":
            value = ask.ask("Password (stored in the config file)", "", hide_input=True)
        answers = replace(answers, username=username, password_method=method, password_value=value)
    if target is not None:
        path = Path(target).expanduser()
        answers = replace(
            answers, target=_location(target), target_kind="vdir" if path.is_dir() else "ics"
        )
    elif kind == "caldav":
        answers = replace(answers, target_kind="caldav", target="")
    return answers


def _write_private(path: Path, text: str) -> None:
    """Atomically, mode 0600 from the start (the file may hold a password)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command("init")
@click.option("--name", help="Your name, used in the drafts.")
@click.option("--email", help="Your email address (never taken for an interviewer).")
@click.option("--timezone", help="IANA time zone (default: the machine's).")
@click.option(
    "--source",
    metavar="PATH|URL",
    help="Your calendar: a .ics file, a folder of .ics files (vdir), an .ics URL or a CalDAV URL.",
)
@click.option("--caldav-url", metavar="URL", help="A CalDAV server to read the calendar from.")
@click.option("--username", help="The CalDAV login.")
@click.option(
    "--target",
    metavar="PATH",
    help=f"Where reminders go: an .ics file to generate or a vdir folder (default {starter_config.DEFAULT_TARGET}; "
    "with CalDAV a 'Follow-ups' calendar on the server).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write (default: $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.toml).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing config.")
@click.option("-v", "--verbose", is_flag=True, help="Tracebacks on errors.")
@reports_errors
def init(
    name: str | None,
    email: str | None,
    timezone: str | None,
    source: str | None,
    caldav_url: str | None,
    username: str | None,
    target: str | None,
    config_path: Path | None,
    force: bool,
    verbose: bool,
) -> None:
    """Write a commented starter config, asking for what it needs.

    Asks for your name, email, time zone and where your calendar is; options answer a question
    without asking. Enter takes the default; with no input at all (a script) every default is
    taken. Whatever is unknown is left as a commented "# TODO:" line, so the file is valid from
    the start. An existing config is only overwritten with --force. The file is readable only by
    you (it may hold a password).

    \b
    Example:
      followup init
      followup init --name "Alex Morgan" --email alex@example.com --source ~/calendar.ics
    """
    path = (config_path or default_config_path(os.environ)).expanduser().absolute()
    if path.exists() and not force:
        raise ConfigError([f"{path} already exists: pass --force to overwrite it"])
    problems = []
    if timezone is not None and not _is_zone(timezone):
        problems.append(f"--timezone '{timezone}' is not an IANA time zone (e.g. Europe/Berlin)")
    if email is not None and email and "@" not in email:
        problems.append(f"--email '{email}' is not an email address")
    if source is not None and caldav_url is not None:
        problems.append("give --source or --caldav-url, not both")
    if problems:
        raise ConfigError(problems)

    answers = _ask_answers(
        _Asker(),
        name=name,
        email=email,
        timezone=timezone,
        source=source,
        caldav_url=caldav_url,
        username=username,
        target=target,
    )
    text = starter_config.render(answers)
    parse_config(tomllib.loads(text), base=path.parent, path=path)  # never write an invalid file
    _write_private(path, text)

    click.echo(f"Wrote {path} (readable only by you).")
    local = answers.source_kind and not is_url(answers.source)
    if local and not Path(answers.source).expanduser().exists():
        click.echo(f"Note: {answers.source} does not exist yet.")
    todo = starter_config.todo_keys(text)
    if not answers.source_kind:
        todo.append("[source] (where your calendar is)")
    if todo:
        click.echo(f"Still to fill in (the '# TODO:' lines): {', '.join(todo)}.")
    suffix = f" --config {shlex.quote(str(path))}" if config_path else ""
    click.echo("Next:")
    click.echo(f"  followup check{suffix}            # connects; says what is read and written")
    click.echo(f"  followup plan{suffix}             # the interviews found and their follow-ups")
    click.echo(f"  followup cron --install{suffix}   # run it every night (06:30; --at HH:MM)")


# --- cron ------------------------------------------------------------------------------------
