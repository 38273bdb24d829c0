"""Server faults between followup and a real Radicale: 500, 503, 412, resets, stalls.

`followup run --config` reads the interviews from one CalDAV calendar and writes the reminders into
another, both through a proxy (tests/counting_proxy.py) that fails chosen requests. Each scenario
runs once with its faults (the exit code and the message are checked), then without: the next run
must converge to exactly the planned reminders, with no duplicate (by UID or by href), no loss and
no foreign event changed (ETag and bytes). The counts go to RELIABILITY.md (the `figures` fixture).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import icalendar
import pytest
from click.testing import CliRunner

from followup.cli import main
from followup.config import load_config
from followup.connectors import caldav as caldav_connector
from followup.connectors.base import item_name
from followup.connectors.caldav_retry import is_repeatable
from followup.pipeline import plan
from tests.conftest import DEMO_NOW, FOREIGN, Figures
from tests.counting_proxy import CountingProxy, Fault, counting_proxy, reset, stall, status
from tests.servers import CalDAVServer, fresh_calendar, raw_get, raw_put, raw_request
from tests.test_caldav_cli import upload_demo_calendar

PASSWORD_ENV = "FOLLOWUP_TEST_FAULTS_PASSWORD"
NOW = datetime.fromisoformat(DEMO_NOW).replace(tzinfo=ZoneInfo("America/New_York"))
TIMEOUT = 1.0  # seconds per request in these configs (the default is 30)
INITECH = "demo-initech-onsite@followup.example"


@dataclass
class Setup:
    server: CalDAVServer
    proxy: CountingProxy
    config: Path
    source: str  # calendar URLs on the server itself (not through the proxy)
    target: str

    def path(self, url: str) -> str:
        return url.replace(self.server.url.rstrip("/"), "")

    def proxied(self, url: str) -> str:
        return url.replace(self.server.url.rstrip("/"), self.proxy.origin)

    def run(self) -> tuple[int, str, str]:
        result = CliRunner().invoke(main, ["run", "--config", str(self.config), "--now", DEMO_NOW])
        return result.exit_code, result.stdout, result.stderr


def items(server: CalDAVServer, calendar_url: str) -> list[tuple[str, str, str, bytes]]:
    """(href, UID, ETag, bytes) of every object of a calendar, read with plain WebDAV."""
    body = (
        b'<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" '
        b'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop>'
        b'<C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>'
    )
    listing = raw_request(server, "REPORT", calendar_url, body, {"Depth": "1"})
    if listing.status == 404:
        return []
    assert listing.status == 207, listing.status
    hrefs = [h.split("</")[0] for h in listing.body.decode().split("href>")[1::2]]
    out = []
    for href in sorted(h for h in hrefs if h.endswith(".ics")):
        got = raw_get(server, server.url.rstrip("/") + href)
        for event in icalendar.Calendar.from_ical(got.body).walk("VEVENT"):
            out.append((href, str(event["UID"]), got.etag or "", got.body))
    return out


@pytest.fixture
def setup(radicale_server: CalDAVServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Setup:
    server = radicale_server
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    monkeypatch.setattr(caldav_connector, "BACKOFF", 0.001)  # retry pauses: 1, 2, 4 ms
    source = fresh_calendar(server, f"Personal {uuid.uuid4().hex[:6]}")
    upload_demo_calendar(server, source, tmp_path)
    target = fresh_calendar(server, f"Follow-ups {uuid.uuid4().hex[:6]}")
    assert raw_put(server, f"{target}dentist.ics", FOREIGN).status == 201
    with counting_proxy(server.url) as proxy:
        config = tmp_path / "faults.toml"
        via = proxy.origin
        config.write_text(
            f'[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
            f'timezone = "America/New_York"\n'
            f'[source]\nkind = "caldav"\nurl = "{proxy.url}"\nusername = "{server.username}"\n'
            f'password_env = "{PASSWORD_ENV}"\n'
            f'calendar = "{source.replace(server.url.rstrip("/"), via)}"\ntimeout = {TIMEOUT}\n'
            f'[target]\nkind = "caldav"\ncalendar = "{target.replace(server.url.rstrip("/"), via)}"\n'
            f'[state]\npath = "state.sqlite"\n',
            encoding="utf-8",
        )
        yield Setup(server, proxy, config, source, target)


def expected_uids(setup: Setup) -> set[str]:
    config = load_config(setup.config)
    return {p.followup.uid for p in plan(config, NOW).followups if not (p.stale or p.dismissed)}


def cancel_initech(setup: Setup) -> None:
    """The user cancels the Initech onsite in their own calendar (its reminders go)."""
    url = f"{setup.source}{INITECH}.ics"
    got = raw_get(setup.server, url)
    old = b"SUMMARY:Onsite interview: Staff Engineer @ Initech"
    assert old in got.body
    changed = got.body.replace(old, old + b"\r\nSTATUS:CANCELLED")
    assert raw_put(setup.server, url, changed, got.etag).status in (200, 204)


def reschedule_initech(setup: Setup) -> None:
    """The Initech onsite ends an hour later: its thank-you reminders are updated (If-Match)."""
    url = f"{setup.source}{INITECH}.ics"
    got = raw_get(setup.server, url)
    assert b"T160000" in got.body
    changed = got.body.replace(b"T160000", b"T170000", 1)
    assert raw_put(setup.server, url, changed, got.etag).status in (200, 204)


@dataclass
class Scenario:
    name: str
    faults: Callable[[Setup], list[Fault]]
    codes: set[int]  # the exit codes the faulty run may end with
    said: str = ""  # a word the faulty run's stderr must contain
    before: Callable[[Setup], None] | None = None  # after a clean first run, before the faults
    saw: Callable[[CountingProxy], bool] = field(default=lambda proxy: True)


def _target(s: Setup) -> str:
    return s.path(s.target)


def _source(s: Setup) -> str:
    return s.path(s.source)


def _statuses(proxy: CountingProxy, method: str) -> list[int]:
    return [r.status for r in proxy.requests if r.method == method]


SCENARIOS = [
    # Recovered by a retry: the faulty run itself succeeds.
    Scenario("500 on the first PUT", lambda s: [status(500, "PUT", nth=1)], {0}),
    Scenario("503 on the third PUT", lambda s: [status(503, "PUT", nth=3)], {0}),
    Scenario(
        "503 with Retry-After on the source REPORT",
        lambda s: [status(503, "REPORT", path=_source(s), nth=1, retry_after="1")],
        {0},
    ),
    Scenario(
        "reset on the source REPORT", lambda s: [reset("REPORT", path=_source(s), nth=1)], {0}
    ),
    Scenario(
        "reset on the target REPORT", lambda s: [reset("REPORT", path=_target(s), nth=1)], {0}
    ),
    Scenario("stall on the sync-token PROPFIND", lambda s: [stall(1.6, "PROPFIND", nth=1)], {0}),
    Scenario(
        "PUT stored, then reset (the answer is lost)",
        lambda s: [reset("PUT", nth=2, upstream=True)],
        {0},
        saw=lambda proxy: 412 in _statuses(proxy, "PUT"),  # the repeat met its own write
    ),
    Scenario(
        "PUT stored, then stalled past the timeout",
        lambda s: [stall(1.6, "PUT", nth=1, upstream=True)],
        {0},
        saw=lambda proxy: 412 in _statuses(proxy, "PUT"),
    ),
    Scenario(
        "update stored, then reset (If-Match repeat meets 412)",
        lambda s: [reset("PUT", nth=1, upstream=True)],
        {0},
        before=reschedule_initech,
        saw=lambda proxy: 412 in _statuses(proxy, "PUT"),
    ),
    Scenario(
        "DELETE done, then reset (the repeat finds 404)",
        lambda s: [reset("DELETE", nth=1, upstream=True)],
        {0},
        before=cancel_initech,
        saw=lambda proxy: 404 in _statuses(proxy, "DELETE"),
    ),
    Scenario(
        "500 on a DELETE", lambda s: [status(500, "DELETE", nth=1)], {0}, before=cancel_initech
    ),
    # Not recovered in this run: reported, exit 1 or 3; the next run finishes the work.
    Scenario(
        "412 on a PUT is a conflict, never retried",
        lambda s: [status(412, "PUT", nth=2)],
        {1},
        said="changed in the target",
        saw=lambda proxy: _statuses(proxy, "PUT").count(412) == 1,
    ),
    Scenario("500 on every PUT", lambda s: [status(500, "PUT")], {1}, said="500"),
    Scenario(
        "reset on every DELETE", lambda s: [reset("DELETE")], {1}, "could not", cancel_initech
    ),
    Scenario(
        "every PUT stored but its answer lost",
        lambda s: [reset("PUT", upstream=True)],
        {1},
        said="could not create",
    ),
    Scenario(
        "503 on every source REPORT",
        lambda s: [status(503, "REPORT", path=_source(s))],
        {3},
        said="cannot read the calendar",
    ),
    Scenario(
        "500 on every target REPORT and PROPFIND",
        lambda s: [status(500, "REPORT", path=_target(s)), status(500, "PROPFIND")],
        {3},
        said="cannot read the target",
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_faults_are_reported_and_the_next_run_converges(
    setup: Setup, scenario: Scenario, figures: Figures
) -> None:
    foreign_before = [
        i for i in items(setup.server, setup.target) if i[1] == "dentist-42@example.com"
    ]
    if scenario.before is not None:
        assert setup.run()[0] == 0
        scenario.before(setup)
    setup.proxy.reset()
    setup.proxy.plan = scenario.faults(setup)
    started = time.monotonic()
    code, out, err = setup.run()
    seconds = time.monotonic() - started
    injected = len(setup.proxy.faults())
    assert injected > 0, "the scenario's faults never hit"
    assert code in scenario.codes, (code, out, err)
    assert "Traceback" not in err
    assert scenario.said in err
    assert scenario.saw(setup.proxy), [(r.method, r.status, r.fault) for r in setup.proxy.requests]
    assert seconds < 15, seconds  # bounded: a stall costs a timeout, not forever
    if "Retry-After" in scenario.name:
        assert seconds >= 1.0  # the server's Retry-After was honoured

    setup.proxy.plan = []
    code, out, err = setup.run()
    assert code == 0, err
    assert setup.run() == (0, "", "")  # converged: a rerun writes nothing

    after = items(setup.server, setup.target)
    ours = [(href, uid) for href, uid, _, _ in after if uid.startswith("followup-")]
    duplicates = len(ours) - len({uid for _, uid in ours})
    expected = expected_uids(setup)
    lost = len(expected - {uid for _, uid in ours})
    foreign_after = [i for i in after if i[1] == "dentist-42@example.com"]
    foreign_changed = int(foreign_after != foreign_before)
    figures.add("server faults: scenarios")
    figures.add("server faults: faults injected", injected)
    figures.add("server faults: duplicate reminders found", duplicates)
    figures.add("server faults: reminders lost", lost)
    figures.add("server faults: foreign items changed", foreign_changed)
    assert duplicates == 0 and len({href for href, _ in ours}) == len(ours)
    assert {uid for _, uid in ours} == expected and lost == 0
    assert foreign_changed == 0
    assert all(unquote(href).rsplit("/", 1)[-1] == item_name(uid) for href, uid in ours)


def test_a_calendar_created_by_name_survives_a_lost_mkcalendar_answer(setup: Setup) -> None:
    """MKCALENDAR is not repeated (not idempotent): the run finds the calendar it made, no twin."""
    name = f"Follow-ups {uuid.uuid4().hex[:6]}"
    text = setup.config.read_text(encoding="utf-8")
    old = f'calendar = "{setup.proxied(setup.target)}"'
    assert old in text
    setup.config.write_text(text.replace(old, f'calendar = "{name}"'), encoding="utf-8")
    setup.proxy.plan = [status(500, "MKCALENDAR", upstream=True)]
    code, _, err = setup.run()
    assert code == 0, err
    assert setup.proxy.count("MKCALENDAR") == 1
    listing = raw_request(
        setup.server, "PROPFIND", setup.server.calendar_home_url, b"", {"Depth": "1"}
    )
    assert listing.body.decode().count(f">{name}<") == 1, setup.proxy.count("MKCALENDAR")
    setup.proxy.plan = []
    assert setup.run()[0] == 0
    assert setup.run() == (0, "", "")


@pytest.mark.parametrize(
    ("method", "headers", "repeat"),
    [
        ("GET", {}, True),
        ("REPORT", {}, True),
        ("PROPFIND", {}, True),
        ("PUT", {"If-None-Match": "*"}, True),
        ("PUT", {"if-match": '"e1"'}, True),
        ("DELETE", {"If-Match": '"e1"'}, True),
        ("PUT", {}, False),
        ("DELETE", {}, False),
        ("MKCALENDAR", {}, False),
        ("POST", {"If-Match": '"e1"'}, False),
    ],
)
def test_only_requests_safe_to_repeat_are_retried(
    method: str, headers: dict[str, str], repeat: bool
) -> None:
    assert is_repeatable(method, headers) is repeat


def test_an_unconditional_put_is_sent_once(setup: Setup) -> None:
    store = caldav_connector.CalDAVStore(
        setup.proxy.url, setup.server.username, setup.server.password, timeout=TIMEOUT
    )
    setup.proxy.plan = [status(503, "PUT")]
    url = setup.proxied(setup.target) + "raw.ics"
    response = store._request("PUT", url, FOREIGN, {"Content-Type": "text/calendar"})
    assert response.status == 503 and setup.proxy.count("PUT") == 1
    response = store._request("PUT", url, FOREIGN, {"If-None-Match": "*"})
    assert response.status == 503 and setup.proxy.count("PUT") == 5  # 1 + RETRIES
