"""The nightly schedule as text: a crontab line (added to or removed from a crontab) or systemd units.

Pure functions: the caller finds the executable and runs `crontab`; nothing here touches the system.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

MARKER = "# followup nightly run"
_AT = re.compile(r"(\d{1,2}):(\d{2})")


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


def cron_line(hour: int, minute: int, arguments: list[str]) -> str:
    """One crontab entry, ending with MARKER so it can be found again.

    crontab(5): an unescaped '%' in the command becomes a newline, so it is written as '\\%';
    cron runs the command with /bin/sh, which reads the trailing '# ...' as a comment.
    Output is not redirected: cron mails whatever the run prints, and `run` prints only when
    something changed or failed.
    """
    command = " ".join(shlex.quote(a) for a in arguments).replace("%", "\\%")
    return f"{minute} {hour} * * * {command} {MARKER}"


def is_our_line(line: str) -> bool:
    return line.rstrip().endswith(MARKER)


def with_line(crontab: str, line: str) -> str:
    """`crontab` with our line in it exactly once: an older one (another --at) is replaced in place."""
    lines = crontab.splitlines()
    kept: list[str] = []
    placed = False
    for existing in lines:
        if is_our_line(existing):
            if not placed:
                kept.append(line)
                placed = True
            continue
        kept.append(existing)
    if not placed:
        kept.append(line)
    return "\n".join(kept) + "\n"


def without_line(crontab: str) -> str:
    """`crontab` with our line(s) removed and every other line (other jobs, comments) kept."""
    kept = [line for line in crontab.splitlines() if not is_our_line(line)]
    return "\n".join(kept) + "\n" if kept else ""


def systemd_quote(argument: str) -> str:
    """systemd.service(5) ExecStart: '%' specifiers and '$' variables escaped, spaces quoted."""
    text = argument.replace("%", "%%").replace("$", "$$")
    if text and not re.search(r"[\s\"'\\;]", text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(hour: int, minute: int, arguments: list[str]) -> tuple[str, str]:
    """followup.service (a oneshot run) and followup.timer (daily; Persistent catches up missed runs).

    systemd.timer(5): Persistent=true runs a job missed while the machine was off at next boot.
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
        f"OnCalendar=*-*-* {hour:02d}:{minute:02d}:00\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return service, timer
