"""One contract suite, every target: the safety promises of design.md, run through `pipeline.run`.

Each backend is a real store (memory double, generated .ics, the source .ics itself, a vdir, and real
Radicale and Xandikos servers started by the fixtures in tests/servers.py). The user's own actions
(edits, deletions, foreign events) are made through the store directly, as their client would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from followup.config import Config
from followup.config_calendars import SourceConfig, TargetConfig
from followup.connect import open_target
from followup.connectors.base import SourceItem, Target
from followup.connectors.memory import MemoryStore
from followup.demo import DEMO_CANDIDATE, demo_calendar
from followup.pipeline import RunReport, plan, run
from followup.reminders import is_edited, is_followup_reminder
from followup.workflows.workflow_file import bundled_workflow
from tests.conftest import DEMO_DAY, FOREIGN, Figures

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("America/New_York"))
ACME = "demo-acme-backend@followup.example"
INITECH = "demo-initech-onsite@followup.example"


@dataclass
class Backend:
    """A target under test, the calendar the interviews are read from, and how to touch both."""

    config: Config
    source_path: Path
    open: Callable[[], Target]  # a fresh connection to the target, as another client would have
    figures: Figures | None = None

    def run(self) -> RunReport:
        report = run(self.config, NOW, target=self.open())
        uids = [
            str(c["UID"])
            for item in self.items().values()
            for c in icalendar.Calendar.from_ical(item.data).subcomponents
            if is_followup_reminder(c)
        ]
        duplicates = len(uids) - len(set(uids))
        if self.figures is not None:
            self.figures.add("contract suite: runs checked for duplicates")
            self.figures.add("contract suite: duplicate reminders found", duplicates)
        assert duplicates == 0, f"{duplicates} duplicate reminders"
        return report

    def items(self) -> dict[str, SourceItem]:
        return {item.name: item for item in self.open().read_items()}

    def reminders(self) -> dict[str, tuple[SourceItem, icalendar.Event]]:
        out = {}
        for item in self.items().values():
            for component in icalendar.Calendar.from_ical(item.data).subcomponents:
                if is_followup_reminder(component):
                    out[str(component["UID"])] = (item, component)
        return out

    def edit_source(self, old: str, new: str) -> None:
        text = self.source_path.read_bytes().decode("utf-8")
        assert old in text
        self.source_path.write_bytes(text.replace(old, new).encode("utf-8"))

    def put(self, name: str, data: bytes, etag: str | None = None) -> None:
        target = self.open()
        target.put(name, data, etag)
        target.flush()

    def delete(self, name: str, etag: str) -> None:
        target = self.open()
        target.delete(name, etag)
        target.flush()


def base_config(tmp_path: Path, source: Path, target: TargetConfig) -> Config:
    return Config(
        candidate=DEMO_CANDIDATE,
        workflow=bundled_workflow("interview"),
        source=SourceConfig(location=str(source)),
        target=target,
        state_path=tmp_path / "state.sqlite",
    )


def file_backend(tmp_path: Path, kind: str) -> Backend:
    source = tmp_path / "calendar.ics"
    source.write_bytes(demo_calendar(DEMO_DAY))
    if kind == "memory":
        store = MemoryStore(where="memory")
        target = TargetConfig(kind="memory", location="memory")
        return Backend(base_config(tmp_path, source, target), source, lambda: store)
    location = {
        "ics": tmp_path / "followups.ics",
        "ics-in-place": source,
        "vdir": tmp_path / "vdir",
    }[kind]
    target = TargetConfig(kind="vdir" if kind == "vdir" else "ics", location=str(location))
    config = base_config(tmp_path, source, target)
    return Backend(config, source, lambda: open_target(config))


def server_backend(tmp_path: Path, fixture: str, request: pytest.FixtureRequest) -> Backend:
    from tests.servers import fresh_calendar

    server = request.getfixturevalue(fixture)
    source = tmp_path / "calendar.ics"
    source.write_bytes(demo_calendar(DEMO_DAY))
    target = TargetConfig(
        kind="caldav",
        location=server.url,
        username=server.username,
        calendar=fresh_calendar(server),
        timeout=10,
    )
    config = base_config(tmp_path, source, target)
    if server.password:
        from followup.config_calendars import Password

        config = replace(config, target=replace(target, password=Password(value=server.password)))
    return Backend(config, source, lambda: open_target(config))


SERVERS = {
    "radicale": "radicale_server",
    "radicale-htpasswd": "radicale_htpasswd_server",  # Basic auth with a password, sent up front
    "xandikos": "xandikos_server",
    "cyrus": "cyrus_server",  # Fastmail's server: rewrites what it stores (issue 15)
}


@pytest.fixture(params=["memory", "ics", "ics-in-place", "vdir", *SERVERS])
def backend(request: pytest.FixtureRequest, tmp_path: Path, figures: Figures) -> Iterator[Backend]:
    if request.param in SERVERS:
        made = server_backend(tmp_path, SERVERS[request.param], request)
    else:
        made = file_backend(tmp_path, request.param)
    made.figures = figures
    yield made


def planned_uids(backend: Backend) -> set[str]:
    return {p.followup.uid for p in plan(backend.config, NOW).followups if not p.stale}


def test_first_run_writes_every_planned_reminder(backend: Backend) -> None:
    report = backend.run()
    assert not report.failures and not report.plan.problems
    reminders = backend.reminders()
    assert set(reminders) == planned_uids(backend)
    assert len(report.changes.create) == len(reminders) > 0


def test_a_rerun_writes_nothing(backend: Backend) -> None:
    backend.run()
    before = {n: (i.data, i.etag) for n, i in backend.items().items()}
    report = backend.run()
    assert not report.changes.changed
    assert {n: (i.data, i.etag) for n, i in backend.items().items()} == before


def test_every_reminder_read_back_reads_as_written(backend: Backend) -> None:
    """Issue 15: Cyrus re-serializes what it stores (URL without VALUE=URI, refolded, reordered,
    its own VTIMEZONE); a store's rewriting is never taken for the user's edit."""
    backend.run()
    reminders = backend.reminders()
    assert reminders and not [u for u, (_, e) in reminders.items() if is_edited(e)]
    assert not backend.run().changes.user_edited


def test_a_rescheduled_interview_moves_its_reminders_under_the_same_uids(backend: Backend) -> None:
    backend.run()
    before = {u for u, (_, e) in backend.reminders().items() if e["X-FOLLOWUP-SOURCE"] == INITECH}
    text = backend.source_path.read_text(encoding="utf-8")
    end = re.search(r"DTEND;TZID=America/New_York:(\d{8})T160000", text)
    assert end is not None
    backend.edit_source(end.group(0), end.group(0).replace("T160000", "T170000"))
    report = backend.run()
    after = {u: e for u, (_, e) in backend.reminders().items() if e["X-FOLLOWUP-SOURCE"] == INITECH}
    assert set(after) == before
    thanks = [e for e in after.values() if e["X-FOLLOWUP-STAGE"] == "thank-you"]
    # ends 17:00 now: +1 hour is 18:00, outside working hours -> 09:00 the next morning
    assert len(thanks) == 2 and all(e.DTSTART.hour == 9 for e in thanks)
    assert all(int(e["SEQUENCE"]) == 1 for e in thanks)
    assert {str(e["UID"]) for e in report.changes.update} == {str(e["UID"]) for e in thanks}
    assert not report.changes.create and not report.changes.delete


def test_a_cancelled_interview_loses_its_reminders(backend: Backend) -> None:
    backend.run()
    assert any(e["X-FOLLOWUP-SOURCE"] == INITECH for _, e in backend.reminders().values())
    backend.edit_source(
        "SUMMARY:Onsite interview: Staff Engineer @ Initech",
        "SUMMARY:Onsite interview: Staff Engineer @ Initech\r\nSTATUS:CANCELLED",
    )
    report = backend.run()
    assert report.changes.delete
    assert not any(e["X-FOLLOWUP-SOURCE"] == INITECH for _, e in backend.reminders().values())


def test_a_users_edit_is_never_overwritten(backend: Backend) -> None:
    backend.run()
    uid, (item, event) = next(
        (u, r) for u, r in backend.reminders().items() if r[1]["X-FOLLOWUP-SOURCE"] == INITECH
    )
    edited = item.data.replace(b"DESCRIPTION:", b"DESCRIPTION:My own note. ", 1)
    assert edited != item.data
    backend.put(item.name, edited, item.etag)
    backend.edit_source("Reply by: Friday", "Reply by: next week")  # content would change
    report = backend.run()
    assert uid in {str(e["UID"]) for e in report.changes.user_edited}
    assert "My own note." in str(backend.reminders()[uid][1]["DESCRIPTION"])
    assert backend.run().changes.changed is False


def test_a_users_delete_is_not_undone(backend: Backend) -> None:
    backend.run()
    uid, (item, _) = next(iter(backend.reminders().items()))
    backend.delete(item.name, item.etag or "")
    report = backend.run()
    assert uid not in backend.reminders()
    assert uid in {str(e["UID"]) for e in report.changes.user_deleted}
    assert not report.changes.changed


def test_foreign_events_are_never_touched(backend: Backend) -> None:
    foreign_name = "dentist-42@example.com"
    target = backend.open()
    backend.put(target.name_for(foreign_name), FOREIGN)
    before = {n: (i.data, i.etag) for n, i in backend.items().items()}
    foreign_before = {
        n: v for n, v in before.items() if b"dentist-42" in v[0] or b"followup-" not in v[0]
    }
    assert foreign_before
    backend.run()
    backend.edit_source(
        "SUMMARY:Onsite interview: Staff Engineer @ Initech",
        "SUMMARY:Onsite interview: Staff Engineer @ Initech\r\nSTATUS:CANCELLED",
    )
    backend.run()
    after = {n: (i.data, i.etag) for n, i in backend.items().items()}
    for name, (data, etag) in foreign_before.items():
        if name not in after:  # in-place: the item holding the edited interview itself
            continue
        if b"Initech" in data:
            continue
        if backend.figures is not None:
            backend.figures.add("contract suite: foreign items compared")
            backend.figures.add(
                "contract suite: foreign items changed", after[name] != (data, etag)
            )
        assert after[name] == (data, etag), f"foreign item {name} changed"


def test_losing_the_state_creates_no_duplicates(backend: Backend) -> None:
    backend.run()
    before = set(backend.reminders())
    assert backend.config.state_path is not None
    backend.config.state_path.unlink()
    report = backend.run()
    assert not report.changes.create
    assert set(backend.reminders()) == before
    # issue 15: the run says it rebuilt the state, and what that costs (deletions forgotten)
    assert [n for n in report.notices if "rebuilt from them" in n and "deleted" in n]
    assert not backend.run().notices
    # ...and the state is rebuilt from the calendar: a delete is now remembered again
    uid, (item, _) = next(iter(backend.reminders().items()))
    backend.delete(item.name, item.etag or "")
    assert uid in {str(e["UID"]) for e in backend.run().changes.user_deleted}
