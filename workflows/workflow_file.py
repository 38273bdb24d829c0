"""Workflow files (TOML, see interview.toml) to `Workflow`, and the config overrides on top.

Every problem in a file is collected and reported together (style: "all configuration problems are
collected and reported together"); nothing here reads files except the bundled workflow.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import fields, replace
from datetime import time, timedelta
from importlib.resources import files
from pathlib import PurePath
from typing import Any

from .model import Stage, Workflow

_PACKAGE = __name__.rpartition(".")[0]
_DURATION = re.compile(r"(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?")
_HOURS = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")

#: Anchors every stage may use; any other anchor must name an earlier stage.
BASE_ANCHORS = ("end", "reply_by")
RECIPIENTS = ("interviewers", "contact")
#: Fields a stage summary may use (model.Stage.summary).
SUMMARY_FIELDS = frozenset({"stage", "to", "company", "role"})
_TOP_KEYS = frozenset(
    {
        "name",
        "lookback_days",
        "horizon_days",
        "business_days",
        "working_hours",
        "stale_after",
        "stage",
    }
)
_STAGE_KEYS = frozenset(f.name for f in fields(Stage))


class WorkflowError(ValueError):
    """A workflow file or override is invalid; `problems` lists every problem found at once."""

    exit_code = 2  # contract: exit 2 for a usage or configuration error

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def parse_duration(text: str) -> timedelta:
    """A duration "30m", "1h", "24h", "2d", "1w", "1d12h" (units in order w d h m) as timedelta."""
    match = _DURATION.fullmatch(text.strip().lower()) if isinstance(text, str) else None
    if match is None or not any(match.groups()):
        raise WorkflowError([f"{text!r} is not a duration like '30m', '1h', '2d' or '1d12h'"])
    weeks, days, hours, minutes = (int(g or 0) for g in match.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes)


def parse_working_hours(text: str) -> tuple[time, time]:
    """Working hours "09:00-18:00" to (time(9), time(18)); start before end (no overnight slots)."""
    match = _HOURS.fullmatch(text.strip()) if isinstance(text, str) else None
    problem = f"working hours {text!r} are not like '09:00-18:00'"
    if match is None:
        raise WorkflowError([problem])
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise WorkflowError([problem])
    start, end = time(h1, m1), time(h2, m2)
    if start >= end:
        raise WorkflowError([f"working hours {text!r} must start before they end"])
    return start, end


class _Check:
    """Collects problems while converting values; each method returns None after a problem."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def add(self, where: str, problem: str) -> None:
        self.problems.append(
            f"{self.source}: {where}: {problem}" if where else f"{self.source}: {problem}"
        )

    def duration(self, value: Any, where: str) -> timedelta | None:
        if isinstance(value, timedelta) and value >= timedelta(0):
            return value
        if not isinstance(value, str):
            self.add(where, f"{value!r} is not a duration string like '2d'")
            return None
        try:
            return parse_duration(value)
        except WorkflowError as exc:
            self.add(where, exc.problems[0])
            return None

    def integer(self, value: Any, where: str, minimum: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.add(where, f"{value!r} is not a whole number >= {minimum}")
            return None
        return value

    def boolean(self, value: Any, where: str) -> bool | None:
        if not isinstance(value, bool):
            self.add(where, f"{value!r} is not true or false")
            return None
        return value

    def name(self, value: Any, where: str) -> str | None:
        if not isinstance(value, str) or not _NAME.fullmatch(value):
            self.add(where, f"{value!r} is not a name of letters, digits, '-' or '_'")
            return None
        return value

    def hours(self, value: Any, where: str) -> tuple[time, time] | None:
        try:
            return parse_working_hours(value)
        except WorkflowError as exc:
            self.add(where, exc.problems[0])
            return None

    def summary(self, value: Any, where: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.add(where, f"{value!r} is not a non-empty text")
            return None
        try:
            used = {fld for _, fld, _, _ in string.Formatter().parse(value) if fld is not None}
        except ValueError as exc:
            self.add(where, f"{value!r}: {exc}")
            return None
        unknown = sorted(used - SUMMARY_FIELDS)
        if unknown:
            known = ", ".join("{" + f + "}" for f in sorted(SUMMARY_FIELDS))
            self.add(where, f"unknown field(s) {', '.join(unknown)!r} (known: {known})")
            return None
        return value

    def settings(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """The top-level Workflow settings present in `data` (shared by files and overrides)."""
        out: dict[str, Any] = {}
        checks = {
            "lookback_days": lambda v: self.integer(v, "lookback_days", 0),
            "horizon_days": lambda v: self.integer(v, "horizon_days", 1),
            "business_days": lambda v: self.boolean(v, "business_days"),
            "working_hours": lambda v: self.hours(v, "working_hours"),
            "stale_after": lambda v: self.duration(v, "stale_after"),
        }
        for key, check in checks.items():
            if key in data and data[key] is not None:
                value = check(data[key])
                if value is not None:
                    out[key] = value
        return out


def parse_workflow(text: str, *, source: str = "workflow") -> Workflow:
    """A workflow file's text to a Workflow; raises WorkflowError listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkflowError([f"{source}: not valid TOML: {exc}"]) from exc
    check = _Check(source)
    for key in sorted(set(data) - _TOP_KEYS):
        check.add("", f"unknown key {key!r} (known: {', '.join(sorted(_TOP_KEYS))})")
    name = check.name(data.get("name", PurePath(source).stem or "workflow"), "name")
    settings = check.settings(data)
    raw_stages = data.get("stage")
    if isinstance(raw_stages, Mapping):
        check.add("stage", "write each stage as an [[stage]] table (double brackets)")
        raw_stages = []
    elif not isinstance(raw_stages, list) or not raw_stages:
        check.add("", "no stages: add at least one [[stage]] table")
        raw_stages = []
    stages = _stages(check, raw_stages)
    if check.problems:
        raise WorkflowError(check.problems)
    assert name is not None
    return Workflow(name=name, stages=tuple(stages), **settings)


def _stages(check: _Check, raw_stages: list[Any]) -> list[Stage]:
    names = [s.get("name") if isinstance(s, Mapping) else None for s in raw_stages]
    stages: list[Stage] = []
    for index, raw in enumerate(raw_stages):
        label = f"stage {index + 1}" + (
            f" ({names[index]})" if isinstance(names[index], str) else ""
        )
        if not isinstance(raw, Mapping):
            check.add(label, "is not a table: write it as [[stage]]")
            continue
        stage = _stage(check, raw, label, earlier=names[:index], later=names[index:])
        if stage is not None:
            stages.append(stage)
    return stages


def _stage(
    check: _Check, raw: Mapping[str, Any], label: str, earlier: list[Any], later: list[Any]
) -> Stage | None:
    before = len(check.problems)
    for key in sorted(set(raw) - _STAGE_KEYS):
        check.add(label, f"unknown key {key!r} (known: {', '.join(sorted(_STAGE_KEYS))})")
    for key in ("name", "anchor", "offset"):
        if key not in raw:
            check.add(label, f"missing {key!r}")
    name = check.name(raw.get("name"), f"{label} name") if "name" in raw else None
    if name in BASE_ANCHORS:
        check.add(label, f"a stage cannot be called {name!r} (that is an anchor)")
    if name is not None and name in earlier:
        check.add(label, f"the stage name {name!r} is used twice")
    kwargs: dict[str, Any] = {
        "summary": check.summary(
            raw.get("summary", "{company}: {stage} to {to}"), f"{label} summary"
        ),
    }
    if "template" in raw or name is not None:
        kwargs["template"] = check.name(raw.get("template", name), f"{label} template")
    anchor = None
    if "anchor" in raw:
        anchor = _anchor(check, raw["anchor"], f"{label} anchor", earlier, later, BASE_ANCHORS)
    offset = check.duration(raw.get("offset"), f"{label} offset") if "offset" in raw else None
    for key in ("fallback_offset", "due"):
        if key in raw:
            kwargs[key] = check.duration(raw[key], f"{label} {key}")
    if "fallback_anchor" in raw:
        kwargs["fallback_anchor"] = _anchor(
            check, raw["fallback_anchor"], f"{label} fallback_anchor", earlier, later, ("end",)
        )
    if anchor == "reply_by" and not ("fallback_anchor" in raw and "fallback_offset" in raw):
        check.add(
            label, "anchor 'reply_by' needs fallback_anchor and fallback_offset (no date given)"
        )
    if anchor != "reply_by" and ("fallback_anchor" in raw or "fallback_offset" in raw):
        check.add(label, "fallback_anchor and fallback_offset apply only to anchor 'reply_by'")
    recipients = raw.get("recipients", "contact")
    if recipients not in RECIPIENTS:
        check.add(label, f"recipients {recipients!r} is not one of {', '.join(RECIPIENTS)}")
    kwargs["recipients"] = recipients
    if "only_active" in raw:
        kwargs["only_active"] = check.boolean(raw["only_active"], f"{label} only_active")
    if "max_words" in raw:
        kwargs["max_words"] = check.integer(raw["max_words"], f"{label} max_words", 1)
    if len(check.problems) > before or name is None or anchor is None or offset is None:
        return None
    return Stage(name=name, anchor=anchor, offset=offset, **kwargs)


def _anchor(
    check: _Check,
    value: Any,
    where: str,
    earlier: list[Any],
    later: list[Any],
    base: tuple[str, ...],
) -> str | None:
    if value in base or (isinstance(value, str) and value in earlier):
        return str(value)
    if isinstance(value, str) and value in later:
        check.add(where, f"{value!r} is this or a later stage; anchor on an earlier stage")
    else:
        allowed = ", ".join(repr(a) for a in (*base, *(e for e in earlier if isinstance(e, str))))
        check.add(where, f"unknown anchor {value!r} (allowed: {allowed})")
    return None


def bundled_names() -> list[str]:
    """The names of the workflows shipped in this package ("interview", ...)."""
    return sorted(
        p.name[: -len(".toml")] for p in files(_PACKAGE).iterdir() if p.name.endswith(".toml")
    )


def bundled_workflow(name: str = "interview") -> Workflow:
    """A workflow shipped with followup (followup/workflows/<name>.toml)."""
    resource = files(_PACKAGE).joinpath(f"{name}.toml")
    if not _NAME.fullmatch(name) or not resource.is_file():
        available = ", ".join(bundled_names())
        raise WorkflowError([f"no bundled workflow {name!r} (bundled: {available})"])
    return parse_workflow(resource.read_text(encoding="utf-8"), source=f"{name}.toml")


def apply_overrides(wf: Workflow, **overrides: Any) -> Workflow:
    """The workflow with config settings on top: lookback_days, horizon_days, business_days,
    working_hours ("09:00-18:00"), stale_after ("2d") and stage_offsets ({"nudge": "3d"}).

    A None value leaves the setting as it is. Raises WorkflowError listing every problem.
    """
    check = _Check("workflow settings")
    known = {"lookback_days", "horizon_days", "business_days", "working_hours", "stale_after"}
    for key in sorted(set(overrides) - known - {"stage_offsets"}):
        check.add("", f"unknown setting {key!r}")
    settings = check.settings({k: v for k, v in overrides.items() if k in known})
    offsets = overrides.get("stage_offsets") or {}
    stages = list(wf.stages)
    if not isinstance(offsets, Mapping):
        check.add("stage_offsets", 'must be a table like { nudge = "3d" }')
        offsets = {}
    by_name = {s.name: i for i, s in enumerate(stages)}
    for stage_name, value in offsets.items():
        if stage_name not in by_name:
            check.add(f"offsets.{stage_name}", f"no such stage (stages: {', '.join(by_name)})")
            continue
        offset = check.duration(value, f"offsets.{stage_name}")
        if offset is not None:
            index = by_name[stage_name]
            stages[index] = replace(stages[index], offset=offset)
    if check.problems:
        raise WorkflowError(check.problems)
    return replace(wf, stages=tuple(stages), **settings)
