"""The configuration file (TOML, read with the stdlib's tomllib): find it, read it, check every key.

Every problem is collected and reported together (exit 2), so a user fixes the file in one go.
Relative paths in the file are taken relative to the file's own folder, so cron's working directory
does not matter.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from followup.config_calendars import (
    SOURCE_KEYS,
    TARGET_KEYS,
    SourceConfig,
    TargetConfig,
    parse_source,
    parse_target,
)
from followup.config_check import Checker, is_url, nearest, resolve_path
from followup.errors import ConfigError
from followup.workflows.model import Candidate, DetectRules, Workflow
from followup.workflows.workflow_file import (
    WorkflowError,
    apply_overrides,
    bundled_workflow,
    parse_workflow,
)

KNOWN_KEYS: dict[str, set[str]] = {
    "candidate": {"name", "email", "timezone", "signature"},
    "source": SOURCE_KEYS,
    "target": TARGET_KEYS,
    "workflow": {
        "name",
        "lookback_days",
        "horizon_days",
        "business_days",
        "working_hours",
        "offsets",
    },
    "detect": {"keywords", "exclude"},
    "templates": {"dir"},
    "state": {"path"},
}


@dataclass(frozen=True)
class Config:
    candidate: Candidate
    workflow: Workflow
    detect: DetectRules = field(default_factory=DetectRules)
    source: SourceConfig | None = None
    target: TargetConfig | None = None
    templates_dir: Path | None = None
    state_path: Path | None = None
    path: Path | None = None  # the file this came from, if any
    warnings: tuple[str, ...] = ()  # risky but valid settings, told on every run


def security_warnings(
    source: SourceConfig | None, target: TargetConfig | None, path: Path | None
) -> list[str]:
    """Settings that work but weaken the user's safety: said out loud, every run."""
    found = []
    for section, cal in (("source", source), ("target", target)):
        if cal is None:
            continue
        if not cal.verify_tls and cal.location.lower().startswith("https"):
            found.append(
                f"[{section}] verify_tls = false: the server's certificate is not checked, so "
                "anyone on the network path could read the calendar and the password"
            )
    plain = any(c is not None and c.password.value for c in (source, target))
    if plain and path is not None:
        try:
            mode = path.stat().st_mode
        except OSError:
            mode = 0
        if mode & 0o077:
            found.append(
                f"{path} holds a password and other users can read it: run `chmod 600 {path}`, "
                "or use password_command / password_env instead"
            )
    return found


def local_timezone_name() -> str:
    """The machine's IANA zone name (tzlocal knows every platform's way of storing it)."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # an unreadable /etc/localtime must not stop the tool
        name = None
    return name or "UTC"


def default_config_path(environ: Mapping[str, str]) -> Path:
    """Contract: $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.toml."""
    if environ.get("FOLLOWUP_CONFIG"):
        return Path(environ["FOLLOWUP_CONFIG"]).expanduser()
    base = environ.get("XDG_CONFIG_HOME") or platformdirs.user_config_dir()
    return Path(base).expanduser() / "followup" / "config.toml"


def load_config(explicit: Path | None, environ: Mapping[str, str] = os.environ) -> Config:
    """Read the config. A missing default file means all defaults; a missing explicit one is an error."""
    path = explicit if explicit is not None else default_config_path(environ)
    named = explicit is not None or bool(environ.get("FOLLOWUP_CONFIG"))
    if not path.exists():
        if named:
            raise ConfigError([f"config file not found: {path}"])
        return parse_config({}, base=Path.cwd(), path=None)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"cannot read {path}: {exc}"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"not valid TOML: {exc}"], where=str(path)) from exc
    return parse_config(data, base=path.parent, path=path)


def parse_config(data: Mapping[str, Any], *, base: Path, path: Path | None) -> Config:
    """Turn the TOML data into a Config, or raise ConfigError listing every problem."""
    check = Checker(data, KNOWN_KEYS)
    for section in data:
        if section not in KNOWN_KEYS:
            check.problems.append(f"unknown section [{section}]{nearest(section, set(KNOWN_KEYS))}")

    cand = check.table("candidate")
    name = check.get(cand, "candidate", "name", str, "")
    emails = _emails(check, cand.get("email", ""))
    tz = check.get(cand, "candidate", "timezone", str, "") or local_timezone_name()
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        check.problems.append(f"[candidate] timezone '{tz}' is not a known IANA zone")
        tz = "UTC"
    signature = check.get(cand, "candidate", "signature", str, "") or name
    candidate = Candidate(
        name=name,
        email=next(iter(emails), ""),
        timezone=tz,
        signature=signature,
        other_emails=emails[1:],
    )

    source = parse_source(check, check.table("source"), base)
    target = parse_target(check, check.table("target"), base, source)

    workflow = _workflow(check, base)

    det = check.table("detect")
    rules = DetectRules()
    keywords = _word_list(check, det, "keywords", rules.keywords)
    exclude = _word_list(check, det, "exclude", rules.exclude)
    if not keywords:
        check.problems.append("[detect] keywords must not be empty")
    detect = DetectRules(keywords=keywords, exclude=exclude)

    tpl = check.table("templates")
    tdir = check.get(tpl, "templates", "dir", str, "")
    templates_dir = resolve_path(tdir, base) if tdir else None
    if templates_dir is not None and not templates_dir.is_dir():
        check.problems.append(f"[templates] dir {templates_dir} is not a folder")

    st = check.table("state")
    spath = check.get(st, "state", "path", str, "")
    state_path = (
        resolve_path(spath, base)
        if spath
        else Path(platformdirs.user_state_dir("followup")) / "state.sqlite"
    )

    if check.problems:
        raise ConfigError(check.problems, where=str(path) if path else "")
    return Config(
        candidate=candidate,
        workflow=workflow,
        detect=detect,
        source=source,
        target=target,
        templates_dir=templates_dir,
        state_path=state_path,
        path=path,
        warnings=tuple(security_warnings(source, target, path)),
    )


def _emails(check: Checker, value: Any) -> tuple[str, ...]:
    """`[candidate] email`: one address, or a list of every address (the first sends)."""
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        check.problems.append(
            f"[candidate] email must be an address or a list of addresses, not {value!r}"
        )
        return ()
    emails = tuple(dict.fromkeys(v.strip().lower() for v in values if v.strip()))
    for email in emails:
        if "@" not in email:
            check.problems.append(f"[candidate] email '{email}' is not an email address")
    return emails


def _word_list(
    check: Checker, table: Mapping[str, Any], key: str, default: tuple[str, ...]
) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        check.problems.append(f"[detect] {key} must be a list of strings")
        return default
    return tuple(v.strip() for v in value if v.strip())


def _workflow(check: Checker, base: Path) -> Workflow:
    wf = check.table("workflow")
    name = check.get(wf, "workflow", "name", str, "interview")
    try:
        if name.endswith(".toml") or "/" in name:
            wpath = resolve_path(name, base)
            workflow = parse_workflow(wpath.read_text(encoding="utf-8"), source=str(wpath))
        else:
            workflow = bundled_workflow(name)
    except WorkflowError as exc:
        check.problems.extend(f"[workflow] {p}" for p in exc.problems)
        return bundled_workflow("interview")
    except (OSError, FileNotFoundError, ModuleNotFoundError) as exc:
        check.problems.append(f"[workflow] cannot read workflow '{name}': {exc}")
        return bundled_workflow("interview")

    overrides: dict[str, Any] = {}
    for key, kind in (
        ("lookback_days", int),
        ("horizon_days", int),
        ("business_days", bool),
        ("working_hours", str),
    ):
        if key in wf:
            value = check.get(wf, "workflow", key, kind, None)
            if value is not None:
                overrides[key] = value
    offsets = wf.get("offsets")
    if offsets is not None:
        if isinstance(offsets, Mapping) and all(isinstance(v, str) for v in offsets.values()):
            overrides["stage_offsets"] = dict(offsets)
        else:
            check.problems.append('[workflow] offsets must be a table like { nudge = "3d" }')
    try:
        return apply_overrides(workflow, **overrides) if overrides else workflow
    except WorkflowError as exc:
        check.problems.extend(f"[workflow] {p}" for p in exc.problems)
        return workflow


def with_overrides(config: Config, *, source: str | None, target: str | None) -> Config:
    """Contract: --source and --target override the config. A folder is taken as a vdir."""
    if source:
        location = source if is_url(source) else str(Path(source).expanduser().resolve())
        kind = "vdir" if Path(location).is_dir() else "ics"
        config = replace(config, source=SourceConfig(kind=kind, location=location))
    if target:
        path = Path(target).expanduser().resolve()
        base = config.target or TargetConfig()
        config = replace(
            config,
            target=TargetConfig(
                kind="vdir" if path.is_dir() else "ics",
                location=str(path),
                attach_eml=base.attach_eml,
                name=base.name,
            ),
        )
    return config
