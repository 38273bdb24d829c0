"""`followup check`: connect, list what can be seen, say what will be read and written. Read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followup.config import Config
from followup.connect import describe_source, describe_target, open_source, open_target
from followup.connectors.base import ConnectorError
from followup.errors import ConfigError
from followup.pipeline import make_plan, read_window
from followup.writer import find_reminders


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str
    exit_code: int = 0  # what this finding makes `check` exit with (contract exit codes)

    @property
    def label(self) -> str:
        """ok, WARN (worth a look, exit 0) or FAIL."""
        return "ok" if self.ok else "FAIL" if self.exit_code else "WARN"


def _failure(what: str, exc: ConnectorError) -> str:
    """`what` failed, with the connector's reason and its advice said once: the connector's own
    message names the place (when it is `what`'s) and usually says what to check."""
    reason = exc.message if exc.where and exc.where in what else str(exc)
    text, lower = f"{what}: {reason}", reason.lower()
    if "check" in lower:
        return text
    if "401" in lower or "403" in lower or "password" in lower or "unauthori" in lower:
        hint = "check username and password (password_command / password_env / password)"
    elif "not found" in lower or "404" in lower:
        hint = "check the path, url or calendar name (the calendars seen are listed above)"
    else:
        return text
    return f"{text}: {hint}"


def _calendars(store: object, chosen: str, role: str) -> list[Finding]:
    """CalDAV: every calendar the login can see, marked with what followup does with it."""
    lister = getattr(store, "calendars", None)
    if lister is None:
        return []
    found = [Finding(True, f"{role} server: calendars visible to this login:")]
    for name, url in lister():
        mark = ""
        if chosen and chosen in (name, url):
            mark = f"  <- {role}"
        found.append(Finding(True, f"    {name or '(no name)'}  {url}{mark}"))
    return found


def check(config: Config, now: datetime) -> list[Finding]:
    """Every finding, good and bad; nothing is written."""
    findings: list[Finding] = []
    if not config.candidate.name.strip():
        findings.append(
            Finding(False, "no [candidate] name: the drafts are signed with it; fill it in", 2)
        )
    if config.source is None:
        findings.append(Finding(False, "no [source] configured (or give --source PATH|URL)", 2))
    else:
        src = config.source
        where = describe_source(src) + (f" (calendar '{src.calendar}')" if src.calendar else "")
        try:
            store = open_source(config)
            findings.extend(_calendars(store, src.calendar, "source"))
            start, end = read_window(config, now)
            planned = make_plan(config, store.read(start, end), now)
            count = len(planned.interviews)
            findings.append(Finding(True, f"reads {src.kind} {where}: {count} interview(s) now"))
            if planned.events == 0:
                findings.append(
                    Finding(
                        False,
                        f"{where} holds no events: is it the right calendar? (a run that finds "
                        "it empty after reading events removes nothing without --allow-empty)",
                    )
                )
            if planned.problems:
                findings.append(
                    Finding(
                        False,
                        f"{len(planned.problems)} event(s) cannot be used: "
                        "`followup plan` names them and says why",
                        exit_code=1,
                    )
                )
            if src.kind == "caldav" and not getattr(store, "supports_time_range", lambda: True)():
                findings.append(
                    Finding(False, "the server ignores time-range queries: every run reads all", 1)
                )
        except ConnectorError as exc:
            findings.append(Finding(False, _failure(f"cannot read {where}", exc), 3))
        except ConfigError as exc:
            findings.extend(Finding(False, f"source: {p}", 2) for p in exc.problems)

    if config.target is None:
        findings.append(Finding(False, "no [target] configured (or give --target PATH)", 2))
    else:
        where = describe_target(config.target)
        try:
            target = open_target(config)
            findings.extend(_calendars(target, config.target.calendar, "target"))
            if getattr(target, "missing_calendar", lambda: False)():
                if config.target.create:
                    findings.append(Finding(True, f"writes to {where}: made by the first run"))
                else:
                    findings.append(
                        Finding(
                            False,
                            f"the target {where} does not exist: check `calendar`, or set "
                            "create = true",
                            3,
                        )
                    )
            else:
                ours = find_reminders(target.read_items())
                findings.append(
                    Finding(
                        True, f"writes to {where}: holds {len(ours)} of followup's reminders now"
                    )
                )
        except ConnectorError as exc:
            findings.append(Finding(False, _failure(f"cannot use the target {where}", exc), 3))
        except ConfigError as exc:
            findings.extend(Finding(False, f"target: {p}", 2) for p in exc.problems)

    state = config.state_path
    findings.append(Finding(True, f"state file: {state if state else '(in memory)'}"))
    return findings
