"""A season of nights (issue 16): an evolving job search, one run a night, on every target kind.

The user's calendar is a pure function of the day (`Season.calendar_on`): seeded stories of
interviews that appear days ahead, are rescheduled (SEQUENCE), cancelled, deleted, get a
`Reply by:` or a `Status:` line later, lead to later rounds; a recurring onsite with an override,
Friday-evening and Saturday interviews, look-alikes and one malformed invite. Each night the store
is brought to that calendar as the user's client would, followup runs at 06:30, and then:

- no duplicate reminders; the user's own items keep their bytes (and ETags);
- the reminder the user edited is kept, the one they deleted never comes back;
- no pending reminder of a cancelled chain, no pending nudge or check-in of an answered or
  superseded one; every pending reminder is the plan's (UID and time);
- a second run the same night changes nothing.

Targets: a generated .ics (the source another file), and three that are also the source: the
source .ics itself, a vdir, a CalDAV calendar on Radicale. The vdir lives the long season (old
runs and past reminders pruned from the state); the others a month, every story's turns in it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from followup.config import Config
from followup.config_calendars import Password, SourceConfig, TargetConfig
from followup.connect import target_key
from followup.demo import DEMO_CANDIDATE
from followup.pipeline import run
from followup.reminders import is_followup_reminder
from followup.state import KEEP_RUNS, State
from followup.workflows.workflow_file import bundled_workflow
from followup.writer import FORGET_AFTER
from tests.conftest import Figures
from tests.servers import CalDAVServer, fresh_calendar, raw_items, raw_put, raw_request

NY = ZoneInfo(DEMO_CANDIDATE.timezone)
FIRST = date(2026, 9, 1)
NIGHTS = 60  # long enough that old runs and past reminders are pruned (the vdir's season)
SHORT_NIGHTS = CALDAV_NIGHTS = 30  # the other targets: every story's turns, not the pruning
EDIT_NIGHT, DELETE_NIGHT = 12, 16  # the user edits one pending reminder, deletes another
MY_EDIT = "MY OWN WORDS. "
COMPANIES = [
    "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell", "Cyberdyne",
    "Soylent", "Wonka", "Pied Piper",
]  # fmt: skip
FOREIGN = {  # never followup's: kept byte for byte
    "golf": ("Golf round with Sam", "20260912T140000"),
    "dentist": ("Dentist", "20260915T090000"),
    "table": ("Round table: hiring in 2027", "20261002T170000"),
}


def _stamp(d: date) -> str:
    return f"{d:%Y%m%d}T000000Z"


@dataclass(frozen=True)
class Occurrence:
    key: tuple[str, str | None]  # as Interview.key: UID and the recurrence's original start
    company: str
    start: datetime
    cancelled: bool
    rejected: bool

    @property
    def end(self) -> datetime:
        return self.start + timedelta(hours=1)


@dataclass
class Story:
    """One interview's life in the calendar; day numbers count from FIRST."""

    uid: str
    company: str
    start: datetime
    appear: int
    moved_to: datetime | None = None
    move_day: int | None = None
    cancel_day: int | None = None
    delete_day: int | None = None
    reply_by_day: int | None = None
    status_day: int | None = None
    recurring: bool = False

    def occurrences(self, day: int) -> list[Occurrence]:
        """What a careful reader knows of this interview that day (none: not in the calendar)."""
        if day < self.appear or (self.delete_day is not None and day >= self.delete_day):
            return []
        moved = self.move_day is not None and day >= self.move_day and self.moved_to
        start = self.moved_to if moved and self.moved_to else self.start
        cancelled = self.cancel_day is not None and day >= self.cancel_day
        rejected = self.status_day is not None and day >= self.status_day
        if not self.recurring:
            return [Occurrence((self.uid, None), self.company, start, cancelled, rejected)]
        return [
            Occurrence(
                (self.uid, (start + timedelta(days=n)).isoformat()),
                self.company,
                start + timedelta(days=n, hours=2 if n == 1 else 0),
                cancelled,
                rejected,
            )
            for n in range(3)
        ]

    def event(self, day: int) -> bytes | None:
        if day < self.appear or (self.delete_day is not None and day >= self.delete_day):
            return None
        moved = self.move_day is not None and day >= self.move_day
        cancelled = self.cancel_day is not None and day >= self.cancel_day
        start = self.moved_to if moved and self.moved_to else self.start
        sequence = int(moved) + int(cancelled)
        person = (
            f"{self.company.split()[0].lower()}.lead@{self.company.replace(' ', '').lower()}.example"
            if self.company
            else "jordan.lee.hiring@gmail.com"  # no company known: its reminders say the date
        )
        title = (
            f"Interview with {self.company} - Data Engineer" if self.company else "Tech interview"
        )
        notes = [f"Interviewer: Jordan Lee <{person}>", "Role: Data Engineer"]
        if self.reply_by_day is not None and day >= self.reply_by_day:
            notes.append(f"Reply by: {(self.start + timedelta(days=5)).date().isoformat()}")
        if self.status_day is not None and day >= self.status_day:
            notes.append("Status: Rejected")
        lines = [
            "BEGIN:VEVENT",
            f"UID:{self.uid}",
            f"DTSTAMP:{_stamp(FIRST + timedelta(days=self.appear + sequence))}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;TZID=America/New_York:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=America/New_York:{start + timedelta(hours=1):%Y%m%dT%H%M%S}",
            f"SUMMARY:{title}",
            f"ORGANIZER;CN=Jordan Lee:mailto:{person}",
            "DESCRIPTION:" + "\\n".join(notes),
        ]
        if cancelled:
            lines.append("STATUS:CANCELLED")
        if self.recurring:  # an onsite over three days, the second moved by two hours
            lines.append("RRULE:FREQ=DAILY;COUNT=3")
        lines.append("END:VEVENT")
        if self.recurring:
            second = start + timedelta(days=1)
            lines += [
                "BEGIN:VEVENT",
                f"UID:{self.uid}",
                f"DTSTAMP:{_stamp(FIRST)}",
                f"RECURRENCE-ID;TZID=America/New_York:{second:%Y%m%dT%H%M%S}",
                f"DTSTART;TZID=America/New_York:{second + timedelta(hours=2):%Y%m%dT%H%M%S}",
                f"DTEND;TZID=America/New_York:{second + timedelta(hours=3):%Y%m%dT%H%M%S}",
                f"SUMMARY:Interview with {self.company} - Data Engineer (day 2)",
                f"ORGANIZER;CN=Jordan Lee:mailto:{person}",
                "END:VEVENT",
            ]
        return ("\r\n".join(lines) + "\r\n").encode()


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(FIRST + timedelta(days=day), time(hour, minute), NY)


def _weekday_slot(rng: random.Random, day: int) -> datetime:
    while (FIRST + timedelta(days=day)).weekday() >= 5:
        day += 1
    return _at(day, rng.randint(9, 16))


@dataclass
class Season:
    """The seeded job search: stories, plus the fixed special cases."""

    stories: list[Story] = field(default_factory=list)

    @classmethod
    def seeded(cls, seed: int = 16) -> Season:
        rng = random.Random(seed)
        stories: list[Story] = []
        for n in range(22):
            appear = rng.randint(0, 63)
            start = _weekday_slot(rng, appear + rng.randint(2, 7))
            story = Story(f"season-{n}@jobs.example", rng.choice(COMPANIES), start, appear)
            roll = rng.random()
            if roll < 0.2:  # rescheduled before it happens
                story.move_day = rng.randint(appear, (start.date() - FIRST).days - 1)
                story.moved_to = start + timedelta(days=rng.randint(1, 3))
            elif roll < 0.3:
                story.cancel_day = rng.randint(appear, (start.date() - FIRST).days)
            elif roll < 0.4:  # deleted by the user some days after it took place
                story.delete_day = (start.date() - FIRST).days + rng.randint(1, 5)
            held = (story.moved_to or start).date()
            if rng.random() < 0.35:
                story.reply_by_day = (held - FIRST).days + 1
            if rng.random() < 0.2:
                story.status_day = (held - FIRST).days + rng.randint(3, 9)
            stories.append(story)
            if rng.random() < 0.3 and story.cancel_day is None:  # a later round
                later = _weekday_slot(rng, (held - FIRST).days + rng.randint(6, 12))
                stories.append(
                    Story(f"season-{n}-round2@jobs.example", story.company, later,
                          (held - FIRST).days + 2)
                )  # fmt: skip
        # the special cases, at fixed days
        stories += [
            Story("friday-evening@jobs.example", "Hooli", _at(25, 17), 20),  # a Friday
            Story("saturday@jobs.example", "Wonka", _at(32, 10), 27),  # a Saturday
            # no company known: "Interview on Oct 5: ..." titles must never read as interviews
            Story("unknown@jobs.example", "", _at(34, 15), 29),
            Story("onsite@jobs.example", "Tyrell", _at(36, 9), 30, recurring=True),
            # a second round cancelled, then its first round's chain must stay ended
            Story("firm-1@jobs.example", "Vandelay", _at(8, 10), 4),
            Story("firm-2@jobs.example", "Vandelay", _at(14, 10), 10, cancel_day=16),
            # a second round deleted afterwards
            Story("delta-1@jobs.example", "Delta", _at(40, 11), 37),
            Story("delta-2@jobs.example", "Delta", _at(45, 11), 42, delete_day=48),
        ]
        return cls(stories)

    def calendar_on(self, day: int) -> dict[str, bytes]:
        """The user's own items that day: name -> one VCALENDAR each."""
        items = {}
        for story in self.stories:
            event = story.event(day)
            if event is not None:
                items[story.uid.split("@")[0]] = _wrap(event)
        for name, (summary, start) in FOREIGN.items():
            items[name] = _wrap(
                f"BEGIN:VEVENT\r\nUID:{name}@home.example\r\nDTSTAMP:20260801T000000Z\r\n"
                f"DTSTART;TZID=America/New_York:{start}\r\nDURATION:PT1H\r\n"
                f"SUMMARY:{summary}\r\nX-ODD-PROPERTY;X-P=1:kept as it is\r\nEND:VEVENT\r\n".encode()
            )
        if day >= 20:  # one malformed invite, named by every run, never touched
            items["broken"] = _wrap(
                b"BEGIN:VEVENT\r\nUID:broken@jobs.example\r\nDTSTAMP:20260801T000000Z\r\n"
                b"DTSTART;TZID=America/New_York:2026-09-25 10:00\r\n"
                b"SUMMARY:Interview with Nowhere\r\nEND:VEVENT\r\n"
            )
        return items


def _wrap(event: bytes) -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//soak//EN\r\n" + event + b"END:VCALENDAR\r\n"
    )


def _body(item: bytes) -> bytes:
    """The components of a one-item calendar, without its VCALENDAR lines."""
    return item.split(b"PRODID:-//soak//EN\r\n", 1)[1].rsplit(b"END:VCALENDAR", 1)[0]


# -- the stores ------------------------------------------------------------------------------


@dataclass
class Store:
    """One target kind: how the user's client changes it, and what followup must leave alone."""

    config: Config
    sync_user: Callable[[dict[str, bytes]], None]
    user_bytes: Callable[[], dict[str, object]]  # the user's items as stored (bytes, ETags)
    reminders: Callable[[], dict[str, icalendar.Event]]
    raw: Callable[[], bytes]  # everything the target holds
    change_reminder: Callable[[str, Callable[[bytes], bytes] | None], None]  # None: delete


def _config(tmp_path: Path, source: SourceConfig, target: TargetConfig) -> Config:
    return Config(
        candidate=DEMO_CANDIDATE,
        workflow=bundled_workflow("interview"),
        source=source,
        target=target,
        state_path=tmp_path / "state.sqlite",
    )


def _reminders_in(data: bytes) -> dict[str, icalendar.Event]:
    out = {}
    for cal in icalendar.Calendar.from_ical(data, multiple=True):
        for c in cal.subcomponents:
            if is_followup_reminder(c):
                assert str(c["UID"]) not in out, f"duplicate reminder {c['UID']}"
                out[str(c["UID"])] = c
    return out


_BLOCK = re.compile(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", re.S)


def ics_store(tmp_path: Path, in_place: bool) -> Store:
    source = tmp_path / "calendar.ics"
    target = source if in_place else tmp_path / "followups.ics"
    mine: dict[str, bytes] = {}

    def sync_user(items: dict[str, bytes]) -> None:
        """The user's app saves the file: its own events anew, everything else as it was."""
        blocks = b"".join(_body(i) for i in items.values())
        if in_place and source.exists():
            keep = [b for b in _BLOCK.findall(source.read_bytes()) if b"X-FOLLOWUP-" in b]
            blocks += b"".join(keep)
        source.write_bytes(_wrap(blocks))
        mine.clear()
        mine.update(items)

    def user_bytes() -> dict[str, object]:
        data = source.read_bytes()
        return {name: _body(item) in data for name, item in mine.items()}

    def raw() -> bytes:
        return target.read_bytes() if target.exists() else b""

    def change(uid: str, edit: Callable[[bytes], bytes] | None) -> None:
        data = target.read_bytes()
        block = next(b for b in _BLOCK.findall(data) if f"UID:{uid}".encode() in b)
        target.write_bytes(data.replace(block, edit(block) if edit else b""))

    config = _config(
        tmp_path,
        SourceConfig(location=str(source)),
        TargetConfig(kind="ics", location=str(target)),
    )
    return Store(
        config, sync_user, user_bytes, lambda: _reminders_in(raw()) if raw() else {}, raw, change
    )


def vdir_store(tmp_path: Path) -> Store:
    folder = tmp_path / "vdir"
    folder.mkdir()
    mine: dict[str, bytes] = {}

    def sync_user(items: dict[str, bytes]) -> None:
        for name in set(mine) - set(items):
            (folder / f"{name}.ics").unlink()
        for name, item in items.items():
            if mine.get(name) != item:
                (folder / f"{name}.ics").write_bytes(item)
        mine.clear()
        mine.update(items)

    def files() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(folder.glob("*.ics"))}

    def change(uid: str, edit: Callable[[bytes], bytes] | None) -> None:
        path = next(folder / n for n, d in files().items() if f"UID:{uid}".encode() in d)
        if edit is None:
            path.unlink()
        else:
            path.write_bytes(edit(path.read_bytes()))

    config = _config(
        tmp_path,
        SourceConfig(kind="vdir", location=str(folder)),
        TargetConfig(kind="vdir", location=str(folder)),
    )
    return Store(
        config,
        sync_user,
        lambda: {n: (folder / f"{n}.ics").read_bytes() for n in mine},
        lambda: {u: e for d in files().values() for u, e in _reminders_in(d).items()},
        lambda: b"".join(files().values()),
        change,
    )


def caldav_store(tmp_path: Path, server: CalDAVServer) -> Store:
    url = fresh_calendar(server)
    mine: dict[str, bytes] = {}

    def sync_user(items: dict[str, bytes]) -> None:
        items = {n: i for n, i in items.items() if n != "broken"}  # servers refuse to store it
        for name in set(mine) - set(items):
            assert raw_request(server, "DELETE", f"{url}{name}.ics").status in (200, 204)
        for name, item in items.items():
            if mine.get(name) != item:
                assert raw_put(server, f"{url}{name}.ics", item).status in (201, 204)
        mine.clear()
        mine.update(items)

    def user_bytes() -> dict[str, object]:
        out: dict[str, object] = {}
        for name in mine:
            got = raw_request(server, "GET", f"{url}{name}.ics")
            out[name] = (got.body, got.etag)
        return out

    def all_items() -> dict[str, bytes]:
        return {href: got.body for href, got in raw_items(server, url).items()}

    def change(uid: str, edit: Callable[[bytes], bytes] | None) -> None:
        href, data = next((h, d) for h, d in all_items().items() if f"UID:{uid}".encode() in d)
        full = server.url.rstrip("/") + href
        if edit is None:
            assert raw_request(server, "DELETE", full).status in (200, 204)
        else:
            assert raw_put(server, full, edit(data)).status in (200, 201, 204)

    config = _config(
        tmp_path,
        SourceConfig(kind="caldav", location=server.url, username=server.username,
                     password=Password(value=server.password), calendar=url),
        TargetConfig(kind="caldav", location=server.url, username=server.username,
                     password=Password(value=server.password), calendar=url),
    )  # fmt: skip
    return Store(
        config,
        sync_user,
        user_bytes,
        lambda: {u: e for d in all_items().values() for u, e in _reminders_in(d).items()},
        lambda: b"".join(sorted(all_items().values())),
        change,
    )


# -- the season ------------------------------------------------------------------------------


def _edit(block: bytes) -> bytes:
    return block.replace(b"DESCRIPTION:", f"DESCRIPTION:{MY_EDIT}".encode(), 1)


def _start(event: icalendar.Event) -> datetime:
    return event.decoded("DTSTART")


def live_a_season(store: Store, nights: int, figures: Figures) -> dict[str, int]:
    season = Season.seeded()
    edited = deleted = ""
    counts = {"nights": 0, "reminders written": 0, "max pending": 0}
    seen: dict[str, set[datetime]] = {}  # every interview start ever in the calendar, by company
    for day in range(nights):
        now = _at(day, 6, 30)
        store.sync_user(season.calendar_on(day))
        before = store.user_bytes()
        report = run(store.config, now)
        assert not report.failures, (day, report.failures)
        counts["reminders written"] += len(report.changes.create)
        assert store.user_bytes() == before, f"night {day}: the user's items changed"
        held = store.reminders()  # (duplicates fail inside)

        if edited:
            assert edited in held and MY_EDIT in str(held[edited]["DESCRIPTION"]), day
        if deleted:
            assert deleted not in held, f"night {day}: the deleted reminder came back"

        # the truth, from the season itself: which chains are ended (design.md rule 5)
        today = {o.key: o for story in season.stories for o in story.occurrences(day)}
        for o in today.values():
            seen.setdefault(o.company, set()).add(o.start)
        pending = {u: e for u, e in held.items() if _start(e) >= now and u != edited}
        for uid, event in pending.items():
            o = today.get((str(event["X-FOLLOWUP-SOURCE"]), _rid(event)))
            assert o is not None and not o.cancelled, f"night {day}: {uid} of a gone interview"
            # a later one with the company, even cancelled or deleted since; none for no company
            later = bool(o.company) and any(s >= o.end for s in seen[o.company])
            if str(event["X-FOLLOWUP-STAGE"]) != "thank-you":
                assert not (o.rejected or later), f"night {day}: {uid} of an ended chain"
        the_plan = report.plan  # what this night's run planned
        planned = {
            p.followup.uid: p.followup.at
            for p in the_plan.followups
            if p.followup.at >= now and not p.stale and not p.dismissed
        }
        planned.pop(edited, None)
        planned.pop(deleted, None)
        assert {u: _start(e) for u, e in pending.items()} == planned, f"night {day}"
        counts["max pending"] = max(counts["max pending"], len(pending))

        snapshot = store.raw()
        again = run(store.config, now)
        assert not again.changes.changed and not again.failures, f"night {day}: a rerun wrote"
        assert store.raw() == snapshot

        future = sorted(u for u, e in pending.items() if u != deleted)
        if day == EDIT_NIGHT:
            edited = future[0]
            store.change_reminder(edited, _edit)
        if day == DELETE_NIGHT:
            deleted = next(u for u in future if u != edited)
            store.change_reminder(deleted, None)
        counts["nights"] += 1
        figures.add("season: nights run")
    assert counts["reminders written"] > 20 and edited and deleted
    return counts


def _rid(event: icalendar.Event) -> str | None:
    rid = event.get("X-FOLLOWUP-RECURRENCE-ID")
    return str(rid) if rid is not None else None


@pytest.mark.parametrize("in_place", [False, True], ids=["ics", "ics-in-place"])
def test_a_season_of_nights_on_ics_files(in_place: bool, tmp_path: Path, figures: Figures) -> None:
    live_a_season(ics_store(tmp_path, in_place), SHORT_NIGHTS, figures)


def test_a_long_season_on_a_vdir_keeps_the_state_small(tmp_path: Path, figures: Figures) -> None:
    kind = "vdir"
    store = vdir_store(tmp_path)
    live_a_season(store, NIGHTS, figures)
    assert store.config.state_path is not None
    state = State.open(store.config.state_path)
    try:  # issue 16: the state stays small: the last runs, no rows of reminders long past
        runs = state._db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
        rows = state.records(target_key(store.config.target))
    finally:
        state.close()
    assert runs == KEEP_RUNS < 2 * NIGHTS
    horizon = _at(NIGHTS - 1, 6, 30) - timedelta(days=bundled_workflow("interview").lookback_days)
    assert rows and all(
        datetime.fromisoformat(r.at) >= horizon - FORGET_AFTER for r in rows.values()
    )
    size = store.config.state_path.stat().st_size
    figures.add(f"season: state file after {NIGHTS} nights, KiB ({kind})", size // 1024)


def test_a_season_of_nights_on_caldav_as_its_own_source(
    radicale_server: CalDAVServer, tmp_path: Path, figures: Figures
) -> None:
    live_a_season(caldav_store(tmp_path, radicale_server), CALDAV_NIGHTS, figures)
