"""The [source] and [target] sections: which calendar is read, which is written, and the login.

Passwords are read only when a connection is made (`Password.resolve`), never stored in a repr,
message or log line.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup.config_check import Checker, is_url, resolve_path
from followup.errors import ConfigError

KINDS = ("ics", "vdir", "caldav")
LOGIN_KEYS = {"url", "username", "password_command", "password_env", "password"}
NETWORK_KEYS = {"timeout", "verify_tls"}
SOURCE_KEYS = {"kind", "path", "calendar"} | LOGIN_KEYS | NETWORK_KEYS
TARGET_KEYS = {"kind", "path", "calendar", "create", "attach_eml", "name"} | SOURCE_KEYS


@dataclass(frozen=True)
class Password:
    """Where the password comes from: a command's output, an environment variable, or the file."""

    command: str = ""
    env: str = ""
    value: str = field(default="", repr=False)

    def __bool__(self) -> bool:
        return bool(self.command or self.env or self.value)

    def resolve(self) -> str | None:
        """The password, or None when none is configured. Raises ConfigError (never echoing it)."""
        if self.command:
            try:
                done = subprocess.run(
                    shlex.split(self.command), capture_output=True, text=True, timeout=60
                )
            except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
                raise ConfigError(
                    [f"password_command could not run: {type(exc).__name__}"]
                ) from None
            if done.returncode != 0:
                raise ConfigError([f"password_command exited with status {done.returncode}"])
            return done.stdout.rstrip("\r\n")
        if self.env:
            if self.env not in os.environ:
                raise ConfigError([f"password_env: the variable {self.env} is not set"])
            return os.environ[self.env]
        return self.value or None


@dataclass(frozen=True)
class SourceConfig:
    kind: str = "ics"
    location: str = ""  # a path (ics, vdir) or URL (ics feed, CalDAV server)
    timeout: float = 30.0
    verify_tls: bool = True
    username: str = ""
    password: Password = field(default_factory=Password)
    calendar: str = ""  # CalDAV: display name or URL; "" = every calendar (source)


@dataclass(frozen=True)
class TargetConfig(SourceConfig):
    attach_eml: bool = True
    name: str = "Follow-ups"  # X-WR-CALNAME of a generated file
    create: bool = True  # CalDAV: MKCALENDAR the named calendar when missing


def _login(check: Checker, table: Mapping[str, Any], section: str) -> dict[str, Any]:
    sources = [k for k in ("password_command", "password_env", "password") if k in table]
    if len(sources) > 1:
        check.problems.append(f"[{section}] give only one of {', '.join(sources)}")
    return {
        "username": check.get(table, section, "username", str, ""),
        "password": Password(
            command=check.get(table, section, "password_command", str, ""),
            env=check.get(table, section, "password_env", str, ""),
            value=check.get(table, section, "password", str, ""),
        ),
        "timeout": check.get(table, section, "timeout", float, 30.0),
        "verify_tls": check.get(table, section, "verify_tls", bool, True),
        "calendar": check.get(table, section, "calendar", str, ""),
    }


def parse_source(check: Checker, table: Mapping[str, Any], base: Path) -> SourceConfig | None:
    if not table:
        return None
    kind = check.get(table, "source", "kind", str, "ics")
    path = check.get(table, "source", "path", str, "")
    url = check.get(table, "source", "url", str, "")
    login = _login(check, table, "source")
    if kind not in KINDS:
        check.problems.append(f"[source] kind must be one of {', '.join(KINDS)}, not '{kind}'")
    location = url or path
    if kind == "caldav" and not url:
        check.problems.append("[source] kind 'caldav' needs a url")
    elif kind == "vdir" and not path:
        check.problems.append("[source] kind 'vdir' needs a path (the folder of .ics files)")
    elif not location:
        check.problems.append("[source] needs a path or url")
    if location and not is_url(location):
        location = str(resolve_path(location, base))
    return SourceConfig(kind=kind, location=location, **login)


def parse_target(
    check: Checker, table: Mapping[str, Any], base: Path, source: SourceConfig | None
) -> TargetConfig | None:
    if not table:
        return None
    kind = check.get(table, "target", "kind", str, "ics")
    common = {
        "attach_eml": check.get(table, "target", "attach_eml", bool, True),
        "name": check.get(table, "target", "name", str, "Follow-ups"),
        "create": check.get(table, "target", "create", bool, True),
    }
    if kind not in KINDS:
        check.problems.append(f"[target] kind must be one of {', '.join(KINDS)}, not '{kind}'")
    if kind == "caldav":
        login = _login(check, table, "target")
        url = check.get(table, "target", "url", str, "")
        if not url and source is not None and source.kind == "caldav":
            # same server and login as [source] unless given (design.md)
            url = source.location
            if not login["username"] and not login["password"]:
                login["username"], login["password"] = source.username, source.password
            for key in NETWORK_KEYS:
                if key not in table:
                    login[key] = getattr(source, key)
        if not url:
            check.problems.append("[target] kind 'caldav' needs a url (or a caldav [source])")
        login["calendar"] = login["calendar"] or "Follow-ups"
        return TargetConfig(kind=kind, location=url, **login, **common)
    path = check.get(table, "target", "path", str, "")
    if not path:
        check.problems.append(f"[target] kind '{kind}' needs a path")
    location = str(resolve_path(path, base)) if path else ""
    return TargetConfig(kind=kind, location=location, **common)
