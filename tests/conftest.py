from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from followup.demo import demo_calendar
from tests.servers import (  # noqa: F401  (pytest fixtures: real CalDAV servers on 127.0.0.1)
    _delete_fresh_calendars,
    caldav_calendar,
    caldav_server,
    cyrus_server,
    radicale_htpasswd_server,
    radicale_server,
    xandikos_server,
)

DATA = Path(__file__).parent / "data"
#: The demo calendar's "today", and an evening of that day to plan at.
DEMO_DAY = date(2026, 11, 20)
DEMO_NOW = "2026-11-20T20:00"
#: Someone else's event, with an odd property: must keep its exact bytes wherever it lives.
FOREIGN = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//Else//EN\r\nBEGIN:VEVENT\r\n"
    b"UID:dentist-42@example.com\r\nDTSTAMP:20261101T120000Z\r\n"
    b"DTSTART:20261124T150000Z\r\nDTEND:20261124T160000Z\r\nSUMMARY:Dentist\r\n"
    b"X-SOMETHING-ODD;X-PARAM=1:keep me exactly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's config or state."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)


@pytest.fixture
def demo_ics(tmp_path: Path) -> Path:
    """The bundled example calendar, dated around DEMO_DAY (a Friday)."""
    path = tmp_path / "calendar.ics"
    path.write_bytes(demo_calendar(DEMO_DAY))
    return path


@pytest.fixture
def config_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A config in $FOLLOWUP_CONFIG for the candidate of the demo calendar; yields its path."""
    path = tmp_path / "config.toml"
    path.write_text(
        '[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        'timezone = "America/New_York"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(path))
    yield path


class Figures:
    """Counts the reliability tests report (inputs tried, duplicates found, ...) for RELIABILITY.md.

    `tools/reliability.py` runs the suite with $FOLLOWUP_FIGURES set to a file; the counts of the
    session are written there as JSON. Without the variable, nothing is written.
    """

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, name: str, amount: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + amount


FIGURES = Figures()  # the session's counts


@pytest.fixture
def figures() -> Figures:
    return FIGURES


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import json
    import os

    out = os.environ.get("FOLLOWUP_FIGURES")
    if out:
        Path(out).write_text(json.dumps(FIGURES.counts, indent=2, sort_keys=True), encoding="utf-8")
