"""`followup init` (write a starter config) and `followup cron` (schedule the nightly run).

cli.py registers these with `main.add_command(init)` and `main.add_command(cron)`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
import platformdirs

from followup import crontab, starter_config
from followup.cli_options import reports_errors
from followup.config import default_config_path, local_timezone_name, parse_config
from followup.config_check import is_url
from followup.errors import ConfigError, FollowupError
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
    """The login's full name (the GECOS field), a default for [candidate] name."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):
        return ""


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


def followup_command() -> list[str]:
    """The absolute command that starts this followup, usable from cron's bare environment.

    Order: the script being run; the script installed beside this Python (so a venv need not be
    on cron's PATH, and pyenv shims are skipped); `followup` on PATH; else `python -m followup`.
    """
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.stem == "followup" and argv0.is_file():
        return [os.path.abspath(argv0)]
    beside = Path(sysconfig.get_path("scripts")) / (
        "followup.exe" if sys.platform == "win32" else "followup"
    )
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("followup")
    if found:
        return [os.path.abspath(found)]
    return [sys.executable, "-m", "followup"]


def default_log_file() -> Path:
    return Path(platformdirs.user_log_dir("followup")) / "followup.log"


def read_crontab() -> str:
    """`crontab -l`; no crontab yet ("no crontab for USER", exit 1) is an empty one."""
    try:
        done = subprocess.run(["crontab", "-l"], capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        raise FollowupError(
            "crontab is not installed: install cron, or use 'followup cron --systemd'"
        ) from None
    if done.returncode == 0:
        return done.stdout
    if "no crontab for" in done.stderr.lower():
        return ""
    raise FollowupError(f"crontab -l failed: {done.stderr.strip() or done.returncode}")


def write_crontab(text: str) -> None:
    done = subprocess.run(["crontab", "-"], input=text, capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        raise FollowupError(f"crontab - failed: {done.stderr.strip() or done.returncode}")


@click.command("cron")
@click.option(
    "--at",
    "at",
    default="06:30",
    show_default=True,
    metavar="HH:MM",
    help="Time of the nightly run.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Config for the run (default: $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.toml).",
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the run appends its log (default: the user log folder, followup.log).",
)
@click.option(
    "--install", is_flag=True, help="Add the line to your crontab (replacing ours if there)."
)
@click.option("--uninstall", is_flag=True, help="Remove our line from your crontab, nothing else.")
@click.option("--systemd", is_flag=True, help="Print a systemd user service and timer instead.")
@click.option("-v", "--verbose", is_flag=True, help="Tracebacks on errors.")
@reports_errors
def cron(
    at: str,
    config_path: Path | None,
    log_file: Path | None,
    install: bool,
    uninstall: bool,
    systemd: bool,
    verbose: bool,
) -> None:
    """Print (or install) the crontab line that runs followup every night.

    The line holds absolute paths (cron has neither your PATH nor your $XDG_* variables) and ends
    with "# followup nightly run", which is how --install and --uninstall find it: --install
    never adds a second line, --uninstall leaves every other line alone.

    Output is not redirected: cron mails you what a run prints, and a run prints nothing unless
    it created, updated or removed reminders or hit a problem, so a mail means there is news.
    A timestamped log is also appended to --log-file.

    \b
    Example:
      followup cron --install
      followup cron --at 07:15 --install
      followup cron --systemd
    """
    try:
        hour, minute = crontab.parse_at(at)
    except ValueError as exc:
        raise ConfigError([str(exc)]) from None
    if install and uninstall:
        raise ConfigError(["give --install or --uninstall, not both"])
    if systemd and (install or uninstall):
        raise ConfigError(
            ["--install and --uninstall edit the crontab; with --systemd, save the units shown"]
        )
    config = (config_path or default_config_path(os.environ)).expanduser().absolute()
    log = (log_file or default_log_file()).expanduser().absolute()
    arguments = crontab.run_arguments(followup_command(), config, log)

    if systemd:
        _print_systemd(hour, minute, arguments, log)
        return
    line = crontab.cron_line(hour, minute, arguments)
    if uninstall:
        current = read_crontab()
        updated = crontab.without_line(current)
        if updated == current:
            click.echo("No followup line in your crontab: nothing to remove.")
            return
        write_crontab(updated)
        click.echo("Removed the followup line from your crontab.")
        return
    if install:
        if not config.exists():
            raise ConfigError([f"no config at {config}: run 'followup init' first"])
        current = read_crontab()
        updated = crontab.with_line(current, line)
        if updated == current:
            click.echo(f"Already in your crontab:\n{line}")
            return
        log.parent.mkdir(parents=True, exist_ok=True)
        write_crontab(updated)
        click.echo(f"Added to your crontab (crontab -l shows it):\n{line}")
        click.echo(f"# Runs at {hour:02d}:{minute:02d}; news is mailed by cron, the log is {log}.")
        return
    click.echo(line)
    click.echo(f"# Runs every night at {hour:02d}:{minute:02d} with {config}.")
    click.echo("# Output: cron mails what the run prints (only news and problems);")
    click.echo(f"# a timestamped log is appended to {log}.")
    click.echo("# Add it with: followup cron --install   (or paste it into 'crontab -e')")


def _print_systemd(hour: int, minute: int, arguments: list[str], log: Path) -> None:
    service, timer = crontab.systemd_units(hour, minute, arguments)
    units = Path(platformdirs.user_config_dir("systemd")) / "user"
    click.echo(f"# {units / 'followup.service'}")
    click.echo(service)
    click.echo(f"# {units / 'followup.timer'}")
    click.echo(timer)
    click.echo("# Save the two files above, then:")
    click.echo("#   systemctl --user daemon-reload && systemctl --user enable --now followup.timer")
    click.echo("#   loginctl enable-linger $USER   # to run while you are logged out")
    click.echo(f"# Output goes to the journal (journalctl --user -u followup) and to {log}.")
