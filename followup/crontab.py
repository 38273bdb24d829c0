"""The nightly schedule as text: a crontab line (added to or removed from a crontab) or systemd units.

Pure functions: the caller finds the executable and runs `crontab`; nothing here touches the system.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

MARKER = "# followup nightly run"
_AT = re.compile(r"(\d{1,2}):(\d{2})")
_OURS = re.compile(re.escape(MARKER) + r"(?: \([^()]*\))?\s*$")  # the marker, perhaps with a note
_CRON_TZ = "CRON_TZ="


def parse_at(text: str) -> tuple[int, int]:
    """'06:30' -> (6, 30). Raises ValueError on anything that is not a time of day (HH:MM, 24 h)."""
    match = _AT.fullmatch(text.strip())
    if not match:
        raise ValueError(f"--at '{text}' is not a time of day as HH:MM (e.g. 06:30)")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"--at '{text}' is not a time of day (hours 00-23, minutes 00-59)")
    return hour, minute


def run_arguments(command: list[str], config: Path, log_file: Path) -> list[str]:
    """The nightly command: `followup run` with an absolute config (cron has no $XDG_*) and a log."""
    return [*command, "run", "--config", str(config), "--log-file", str(log_file)]


def cron_line(hour: int, minute: int, arguments: list[str], note: str = "") -> str:
    """One crontab entry, ending with MARKER (and a note in brackets) so it can be found again.

    crontab(5): an unescaped '%' in the command becomes a newline, so it is written as '\\%';
    cron runs the command with /bin/sh, which reads the trailing '# ...' as a comment.
    Output is not redirected: cron mails whatever the run prints, and `run` prints only when
    something changed or failed.
    """
    command = " ".join(shlex.quote(a) for a in arguments).replace("%", "\\%")
    marker = f"{MARKER} ({note})" if note else MARKER
    return f"{minute} {hour} * * * {command} {marker}"


def cron_entry(line: str, zone: str = "") -> list[str]:
    """Our lines: the entry, after `CRON_TZ=<zone>` when the run is timed in another zone.

    cronie reads CRON_TZ as the zone of the entries after it (crontab(5)); our entry is then
    placed last, so no other job is moved to that zone.
    """
    return [f"{_CRON_TZ}{zone}", line] if zone else [line]


def is_our_line(line: str) -> bool:
    return bool(_OURS.search(line))


def _split(crontab: str) -> tuple[list[str], int | None]:
    """The lines that are not ours (a CRON_TZ line right before our entry is ours), and where the
    first of ours was."""
    lines = crontab.splitlines()
    kept: list[str] = []
    where = None
    for index, line in enumerate(lines):
        ahead = lines[index + 1] if index + 1 < len(lines) else ""
        if is_our_line(line) or (line.startswith(_CRON_TZ) and is_our_line(ahead)):
            where = len(kept) if where is None else where
            continue
        kept.append(line)
    return kept, where


def with_line(crontab: str, entry: str | list[str]) -> str:
    """`crontab` with our entry in it exactly once: an older one (another --at) is replaced in
    place, or, with a CRON_TZ line, moved to the end."""
    block = [entry] if isinstance(entry, str) else entry
    kept, where = _split(crontab)
    if where is None or block[0].startswith(_CRON_TZ):
        where = len(kept)
    return "\n".join(kept[:where] + block + kept[where:]) + "\n"


def without_line(crontab: str) -> str:
    """`crontab` with our entry removed and every other line (other jobs, comments) kept."""
    kept, _ = _split(crontab)
    return "\n".join(kept) + "\n" if kept else ""


def systemd_quote(argument: str) -> str:
    """systemd.service(5) ExecStart: '%' specifiers and '$' variables escaped, spaces quoted."""
    text = argument.replace("%", "%%").replace("$", "$$")
    if text and not re.search(r"[\s\"'\\;]", text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(hour: int, minute: int, arguments: list[str], zone: str = "") -> tuple[str, str]:
    """followup.service (a oneshot run) and followup.timer (daily; Persistent catches up missed runs).

    systemd.timer(5): Persistent=true runs a job missed while the machine was off at next boot;
    systemd.time(7): a time zone after the time ("06:30:00 Europe/Berlin") is that zone's 06:30.
    """
    exec_start = " ".join(systemd_quote(a) for a in arguments)
    service = (
        "[Unit]\n"
        "Description=followup: reminders for your interview follow-ups\n"
        "Wants=network-online.target\n"
        "After=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Run followup every night\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {hour:02d}:{minute:02d}:00{' ' + zone if zone else ''}\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return service, timer
