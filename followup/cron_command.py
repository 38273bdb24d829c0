"""`followup cron`: print, install or remove the crontab line (or systemd units) of the nightly
run. The line itself is made in crontab.py; this is the command around it.

cli.py registers it with `main.add_command(cron)`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import click
import platformdirs

from followup import crontab
from followup.cli_options import reports_errors
from followup.config import default_config_path, load_config
from followup.errors import ConfigError, FollowupError


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


def cron_knows_zones() -> bool:
    """cronie (Fedora, Arch, RHEL, ...) reads CRON_TZ; Debian's and BusyBox's cron do not, and
    their crontab refuses -V, which cronie's answers with its name."""
    try:
        done = subprocess.run(["crontab", "-V"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and "cronie" in (done.stdout + done.stderr).lower()


def candidate_zone(config: Path) -> str:
    """The config's [candidate] timezone, or "" when there is no readable config (yet)."""
    if not config.exists():
        return ""
    try:
        return load_config(config).candidate.timezone
    except FollowupError:
        return ""


def on_machine_clock(hour: int, minute: int, zone: str) -> tuple[int, int, str]:
    """`zone`'s hour:minute today on this machine's clock, and a note for the line when the two
    differ ("" when they agree). The CLI reads the clock; this is called from it only."""
    wanted = datetime.combine(date.today(), time(hour, minute), ZoneInfo(zone))
    here = wanted.astimezone()  # the machine's local zone
    if here.utcoffset() == wanted.utcoffset():
        return hour, minute, ""
    note = (
        f"{hour:02d}:{minute:02d} {zone} is {here:%H:%M} here; "
        "run 'followup cron --install' again after a daylight-saving change"
    )
    return here.hour, here.minute, note


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

    zone = candidate_zone(config)  # the run is at the candidate's 06:30, not the machine's
    if systemd:
        _print_systemd(hour, minute, arguments, log, zone)
        return
    entry = [crontab.cron_line(hour, minute, arguments)]
    machine_hour, machine_minute, note = (
        on_machine_clock(hour, minute, zone) if zone else (0, 0, "")
    )
    if note and cron_knows_zones():
        entry = crontab.cron_entry(entry[0], zone)
    elif note:
        entry = [crontab.cron_line(machine_hour, machine_minute, arguments, note)]
    line = "\n".join(entry)
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
        updated = crontab.with_line(current, entry)
        if updated == current:
            click.echo(f"Already in your crontab:\n{line}")
            return
        log.parent.mkdir(parents=True, exist_ok=True)
        write_crontab(updated)
        click.echo(f"Added to your crontab (crontab -l shows it):\n{line}")
        click.echo(
            f"# Runs at {hour:02d}:{minute:02d}{' ' + zone if zone else ''}; news is mailed by "
            f"cron, the log is {log}."
        )
        return
    click.echo(line)
    click.echo(
        f"# Runs every night at {hour:02d}:{minute:02d}{' ' + zone if zone else ''} with {config}."
    )
    click.echo("# Output: cron mails what the run prints (only news and problems);")
    click.echo(f"# a timestamped log is appended to {log}.")
    click.echo("# Add it with: followup cron --install   (or paste it into 'crontab -e')")


def _print_systemd(hour: int, minute: int, arguments: list[str], log: Path, zone: str) -> None:
    service, timer = crontab.systemd_units(hour, minute, arguments, zone)
    units = Path(platformdirs.user_config_dir("systemd")) / "user"
    click.echo(f"# {units / 'followup.service'}")
    click.echo(service)
    click.echo(f"# {units / 'followup.timer'}")
    click.echo(timer)
    click.echo("# Save the two files above, then:")
    click.echo("#   systemctl --user daemon-reload && systemctl --user enable --now followup.timer")
    click.echo("#   loginctl enable-linger $USER   # to run while you are logged out")
    click.echo(f"# Output goes to the journal (journalctl --user -u followup) and to {log}.")
