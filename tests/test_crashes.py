"""Runs killed with SIGKILL at random points, several times in a row, then a normal run.

`python -m followup run --config ...` runs as a subprocess and is killed after a random delay
(seeded: the same points on every run of the suite). CalDAV runs go through a proxy that adds
latency to every request, so the kills land while it reads and while it writes. After every kill
the state file passes `PRAGMA integrity_check` and every .ics or vdir file is a valid calendar;
after the normal run that follows, the target holds exactly the planned reminders: no duplicate,
no loss, no foreign event changed, and no temporary file left behind.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from followup.config import load_config
from followup.connectors.base import item_name
from followup.connectors.ics_collection import IcsCollectionTarget
from followup.demo import demo_calendar
from followup.pipeline import plan
from tests.conftest import DEMO_DAY, DEMO_NOW, Figures
from tests.counting_proxy import counting_proxy
from tests.servers import CalDAVServer, fresh_calendar, raw_put, raw_request
from tests.test_server_faults import FOREIGN, items

NOW = datetime.fromisoformat(DEMO_NOW).replace(tzinfo=ZoneInfo("America/New_York"))
KILLS = 4  # per target, in a row
LATENCY = 0.03  # seconds added to each CalDAV request
FOREIGN_UID = "dentist-42@example.com"
INITECH = "demo-initech-onsite@followup.example"
PASSWORD_ENV = "FOLLOWUP_TEST_CRASH_PASSWORD"


@dataclass
class Case:
    kind: str
    config: Path
    source: Path
    target: Path | None  # the file or folder (None: CalDAV)


def write_config(folder: Path, source: Path, target: str) -> Path:
    config = folder / "config.toml"
    config.write_text(
        f'[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        f'timezone = "America/New_York"\n[source]\nkind = "ics"\npath = "{source}"\n'
        f'{target}\n[state]\npath = "{folder / "state.sqlite"}"\n',
        encoding="utf-8",
    )
    return config


def start(case: Case) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "followup", "run", "--config", str(case.config), "--now", DEMO_NOW],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )


def run_to_end(case: Case) -> tuple[int, str, str]:
    process = start(case)
    out, err = process.communicate(timeout=60)
    return process.returncode, out.decode(), err.decode()


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def check_intact(case: Case) -> None:
    """What a kill may leave: never a broken state file, calendar file or vdir item."""
    state = case.config.parent / "state.sqlite"
    if state.exists():
        db = sqlite3.connect(state)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
    files = []
    if case.kind == "vdir" and case.target is not None and case.target.exists():
        files = sorted(case.target.glob("*.ics"))
    elif case.target is not None and case.target.exists():
        files = [case.target]
    for path in files:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        assert calendar.name == "VCALENDAR" and calendar.walk("VEVENT"), path


def foreign_snapshot(case: Case, server: CalDAVServer | None, calendar: str) -> object:
    """The foreign events' bytes (and ETags), as their own client sees them."""
    if case.target is None:
        assert server is not None
        return [i for i in items(server, calendar) if i[1] == FOREIGN_UID]
    if case.kind == "vdir":
        return (case.target / "dentist.ics").read_bytes()
    store = IcsCollectionTarget(case.target)
    return sorted(  # in place: the user's events, but the one they moved themselves
        (i.name, i.etag)
        for i in store.read_items()
        if not i.name.startswith("followup-") and i.name != INITECH
    )


def reminder_uids(case: Case, server: CalDAVServer | None, calendar: str) -> list[str]:
    """The UID of every followup reminder in the target, once per event found (duplicates too)."""
    if case.target is None:
        assert server is not None
        return [uid for _, uid, _, _ in items(server, calendar) if uid.startswith("followup-")]
    blobs = (
        [(p.name, p.read_bytes()) for p in case.target.glob("*.ics")]
        if case.kind == "vdir"
        else [("", case.target.read_bytes())]
    )
    uids = []
    for name, data in blobs:
        for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
            uid = str(event["UID"])
            if uid.startswith("followup-"):
                assert not name or name == item_name(uid)  # vdir: one file per UID, named by it
                uids.append(uid)
    return uids


def reschedule_initech(source: Path) -> None:
    """Between kills the user moves an interview: the next runs have updates to make."""
    data = source.read_bytes()
    assert b"DTEND;TZID=America/New_York:20261123T160000" in data
    source.write_bytes(data.replace(b"20261123T160000", b"20261123T170000", 1))


@pytest.fixture(params=["caldav", "ics", "ics-in-place", "vdir"])
def case(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    source = tmp_path / "calendar.ics"
    source.write_bytes(demo_calendar(DEMO_DAY))
    kind = request.param
    if kind != "caldav":
        if kind == "vdir":
            target = tmp_path / "vdir"
            target.mkdir()
            (target / "dentist.ics").write_bytes(FOREIGN)
        elif kind == "ics":
            target = tmp_path / "followups.ics"
            target.write_bytes(FOREIGN)
        else:
            target = source
        table = f'[target]\nkind = "{"vdir" if kind == "vdir" else "ics"}"\npath = "{target}"'
        yield Case(kind, write_config(tmp_path, source, table), source, target), None, ""
        return
    server: CalDAVServer = request.getfixturevalue("radicale_server")
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    calendar = fresh_calendar(server, f"Follow-ups {uuid.uuid4().hex[:6]}")
    assert raw_put(server, f"{calendar}dentist.ics", FOREIGN).status == 201
    with counting_proxy(server.url) as proxy:
        proxy.latency = LATENCY
        via = calendar.replace(server.url.rstrip("/"), proxy.origin)
        table = (
            f'[target]\nkind = "caldav"\nurl = "{proxy.url}"\nusername = "{server.username}"\n'
            f'password_env = "{PASSWORD_ENV}"\ncalendar = "{via}"\ntimeout = 5'
        )
        yield Case(kind, write_config(tmp_path, source, table), source, None), server, calendar


def test_killed_runs_leave_nothing_broken_and_the_next_run_converges(
    case: object, figures: Figures
) -> None:
    the_case, server, calendar = case  # type: ignore[misc]
    assert isinstance(the_case, Case)
    foreign_before = foreign_snapshot(the_case, server, calendar)
    # how long one whole run takes here, to kill inside it: the shorter of a first run and a
    # rerun (the first process of a fresh clone also compiles the bytecode, so it is slower than
    # the runs the test kills; a kill timed by it would often come too late)
    lengths = []
    for _ in range(2):
        started = time.monotonic()
        assert run_to_end(the_case)[0] == 0
        lengths.append(time.monotonic() - started)
    whole = min(lengths)
    (the_case.config.parent / "state.sqlite").unlink()  # start afresh, knowing a run's length
    if the_case.kind == "caldav":
        assert server is not None
        for href, uid, etag, _ in items(server, calendar):
            if uid.startswith("followup-"):
                url = server.url.rstrip("/") + href
                assert raw_request(server, "DELETE", url, b"", {"If-Match": etag}).status in (
                    200,
                    204,
                )
    else:
        the_case.source.write_bytes(demo_calendar(DEMO_DAY))
        if the_case.kind == "ics":
            assert the_case.target is not None
            the_case.target.write_bytes(FOREIGN)
        elif the_case.kind == "vdir":
            assert the_case.target is not None
            for path in the_case.target.glob("followup-*.ics"):
                path.unlink()

    chance = random.Random(f"crash-{the_case.kind}")
    kills = 0
    for attempt in range(KILLS):
        if attempt == KILLS // 2:
            reschedule_initech(the_case.source)
        process = start(the_case)
        time.sleep(chance.uniform(0.05, whole))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate(timeout=30)
        check_intact(the_case)

    code, out, err = run_to_end(the_case)
    assert code == 0, err
    assert "Traceback" not in err
    assert run_to_end(the_case) == (0, "", "")  # converged: nothing left to do
    check_intact(the_case)

    uids = reminder_uids(the_case, server, calendar)
    expected = {
        p.followup.uid
        for p in plan(load_config(the_case.config), NOW).followups
        if not (p.stale or p.dismissed)
    }
    duplicates = len(uids) - len(set(uids))
    lost = len(expected - set(uids))
    foreign_changed = int(foreign_snapshot(the_case, server, calendar) != foreign_before)
    figures.add("killed runs: targets")
    figures.add("killed runs: kills", kills)
    figures.add("killed runs: duplicate reminders found", duplicates)
    figures.add("killed runs: reminders lost", lost)
    figures.add("killed runs: foreign items changed", foreign_changed)
    assert kills >= KILLS // 2, "the runs ended before they could be killed"
    assert duplicates == 0 and lost == 0 and set(uids) == expected
    assert foreign_changed == 0
    folder = the_case.config.parent if the_case.kind != "vdir" else the_case.target
    assert folder is not None and temp_files(folder) == []


@pytest.mark.parametrize("kind", ["ics", "vdir"])
def test_a_temp_file_left_by_a_kill_is_removed_by_the_next_run(tmp_path: Path, kind: str) -> None:
    """SIGKILL between writing the temp file and renaming it: the next run cleans up after it."""
    source = tmp_path / "calendar.ics"
    source.write_bytes(demo_calendar(DEMO_DAY))
    target = tmp_path / ("vdir" if kind == "vdir" else "followups.ics")
    folder = target if kind == "vdir" else tmp_path
    folder.mkdir(exist_ok=True)
    name = f"{item_name('followup-x@followup')}" if kind == "vdir" else target.name
    leftover = folder / f".{name}.k1ll3d_x.tmp"
    leftover.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")  # cut off mid-write
    someone_elses = folder / ".calendar.ics.notours.tmp"
    someone_elses.write_bytes(b"not ours")
    table = f'[target]\nkind = "{kind}"\npath = "{target}"'
    case = Case(kind, write_config(tmp_path, source, table), source, target)
    assert run_to_end(case)[0] == 0
    assert not leftover.exists() and someone_elses.exists()
    check_intact(case)
