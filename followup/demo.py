"""`followup demo`: the whole pipeline on a bundled example calendar dated around today."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from importlib.resources import files
from pathlib import Path

from followup.config import Config
from followup.config_calendars import SourceConfig, TargetConfig
from followup.pipeline import RunReport, run
from followup.workflows.model import Candidate
from followup.workflows.workflow_file import bundled_workflow

DEMO_TARGET = "followup-demo.ics"
DEMO_CANDIDATE = Candidate(
    name="Alex Morgan",
    email="alex@example.com",
    timezone="America/New_York",
    signature="Alex Morgan",
)


def demo_calendar(today: date) -> bytes:
    """The bundled example with its @D-3@-style day markers replaced by dates around `today`.

    Interviews happen on working days: a marker landing on a weekend moves to the Friday before
    (past days) or the Monday after (today and later).
    """
    text = files("followup").joinpath("data/demo.ics").read_bytes().decode("utf-8")  # keep CRLF

    def day(match: re.Match[str]) -> str:
        offset = int(match.group(1))
        when = today + timedelta(days=offset)
        while when.weekday() >= 5:
            when += timedelta(days=-1 if offset < 0 else 1)
        return when.strftime("%Y%m%d")

    return re.sub(r"@D([+-]\d+)@", day, text).encode("utf-8")


def run_demo(
    *, now_text: str | None, parse_now: Callable[[str | None, str], datetime]
) -> tuple[RunReport, Path]:
    now = parse_now(now_text, DEMO_CANDIDATE.timezone)
    target = Path.cwd() / DEMO_TARGET
    with tempfile.TemporaryDirectory(prefix="followup-demo-") as folder:
        source = Path(folder) / "demo-calendar.ics"
        source.write_bytes(demo_calendar(now.date()))
        config = Config(
            candidate=DEMO_CANDIDATE,
            workflow=bundled_workflow("interview"),
            source=SourceConfig(location=str(source)),
            target=TargetConfig(location=str(target), name="Follow-ups (demo)"),
        )
        return run(config, now), target
