"""`followup run --config` against real servers with a login (Radicale with htpasswd, Cyrus with a
sasldb, the server Fastmail runs), as a user runs it."""

from __future__ import annotations

import contextlib
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from followup.cli import main
from followup.connectors.ics_collection import IcsCollectionTarget
from followup.demo import demo_calendar
from followup.state import State
from tests.conftest import DEMO_DAY, DEMO_NOW
from tests.counting_proxy import counting_proxy
from tests.servers import _MADE, CalDAVServer, fresh_calendar, raw_items, raw_put, raw_request

PASSWORD_ENV = "FOLLOWUP_TEST_CALDAV_PASSWORD"


def upload_demo_calendar(server: CalDAVServer, calendar_url: str, tmp_path: Path) -> int:
    """The demo interviews as the user's own events, one calendar object per UID."""
    path = tmp_path / "demo.ics"
    path.write_bytes(demo_calendar(DEMO_DAY))
    items = IcsCollectionTarget(path).read_items()
    for item in items:
        response = raw_put(server, f"{calendar_url}{item.name}.ics", item.data)
        assert response.status in (201, 204), response.status
    return len(items)


def reminders(server: CalDAVServer, calendar_url: str) -> dict[str, tuple[str, bytes, str]]:
    """UID -> (href, bytes, etag) of every object in the calendar, read with plain WebDAV."""
    out = {}
    for href, got in raw_items(server, calendar_url).items():
        event = next(iter(icalendar.Calendar.from_ical(got.body).walk("VEVENT")))
        out[str(event["UID"])] = (href, got.body, got.etag or "")
    return out


@pytest.fixture(params=["radicale_htpasswd_server", "cyrus_server"], ids=["radicale", "cyrus"])
def setup(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    server: CalDAVServer = request.getfixturevalue(request.param)
    personal_name = f"Personal {tmp_path.name}"
    personal = fresh_calendar(server, personal_name)
    upload_demo_calendar(server, personal, tmp_path)
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    with counting_proxy(server.url) as proxy:
        config = tmp_path / "my.toml"
        config.write_text(
            f"""
[candidate]
name = "Alex Morgan"
email = "alex@example.com"
timezone = "America/New_York"

[source]
kind = "caldav"
url = "{proxy.url}"
username = "{server.username}"
password_env = "{PASSWORD_ENV}"
calendar = "{personal_name}"

[target]
kind = "caldav"
calendar = "Follow-ups"

[state]
path = "state.sqlite"
""",
            encoding="utf-8",
        )
        yield server, proxy, config
    with contextlib.suppress(AssertionError):  # Cyrus: the next test's UIDs must be free
        raw_request(server, "DELETE", follow_ups_url(server))


def run(config: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["run", "--config", str(config), "--now", DEMO_NOW])
    return result.exit_code, result.stdout, result.stderr


def follow_ups_url(server: CalDAVServer) -> str:
    listing = raw_request(server, "PROPFIND", server.calendar_home_url, b"", {"Depth": "1"})
    text = listing.body.decode()
    for response in text.split("<D:response>")[1:] or text.split("response>")[1:]:
        if "Follow-ups" in response:
            return server.url.rstrip("/") + response.split("href>")[1].split("<")[0]
    raise AssertionError("no Follow-ups calendar was created")


def test_run_creates_then_leaves_alone(setup) -> None:
    server, proxy, config = setup
    code, out, err = run(config)
    assert code == 0, err
    assert "created" in out and "Follow-ups" in out
    assert server.password not in out + err
    target = follow_ups_url(server)
    written = reminders(server, target)
    assert len(written) > 0
    assert all(uid.startswith("followup-") for uid in written)

    # A second run with nothing changed: no write, and only a handful of requests.
    proxy.reset()
    code, out, err = run(config)
    assert (code, out, err) == (0, "", "")
    assert proxy.count("PUT") == 0 and proxy.count("DELETE") == 0
    assert proxy.count() <= 3, proxy.methods()  # a REPORT each for source and target
    assert reminders(server, target) == written

    # The user edits one reminder and deletes another, by hand; later runs keep both choices.
    (edited_uid, (href, data, etag)), (deleted_uid, (gone_href, _, gone_etag)) = list(
        written.items()
    )[:2]
    edited = data.replace(b"DESCRIPTION:", b"DESCRIPTION:Call instead. ", 1)
    assert raw_put(server, server.url.rstrip("/") + href, edited, etag).status in (200, 204)
    deleted = raw_request(
        server, "DELETE", server.url.rstrip("/") + gone_href, b"", {"If-Match": gone_etag}
    )
    assert deleted.status in (200, 204)
    for _ in range(2):
        code, out, err = run(config)
        assert (code, out) == (0, ""), err
    after = reminders(server, target)
    assert deleted_uid not in after
    assert b"Call instead." in after[edited_uid][1]
    assert set(after) == set(written) - {deleted_uid}


def test_replied_removes_the_pending_reminders_from_the_server(setup) -> None:
    """Issue 15: on Cyrus `followup replied` had no effect (every reminder read as edited)."""
    server, _, config = setup
    assert run(config)[0] == 0
    target = follow_ups_url(server)
    before = reminders(server, target)
    marked = CliRunner().invoke(
        main, ["replied", "Acme", "--config", str(config), "--now", DEMO_NOW]
    )
    assert marked.exit_code == 0, marked.output
    code, out, err = run(config)
    assert code == 0 and "2 removed" in out, (out, err)
    gone = set(before) - set(reminders(server, target))
    stages = {
        str(icalendar.Calendar.from_ical(before[uid][1]).walk("VEVENT")[0]["X-FOLLOWUP-STAGE"])
        for uid in gone
    }
    assert len(gone) == 2 and stages == {"nudge", "check-in"}
    assert run(config)[:2] == (0, "")


def old_event(uid: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240301T150000Z\r\n"
        "DTEND:20240301T160000Z\r\nSUMMARY:Interview with Oldco - history\r\n"
        f"DESCRIPTION:{'long text ' * 80}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_rerun_cost_does_not_grow_with_events_outside_the_window(setup) -> None:
    server, proxy, config = setup
    assert run(config)[0] == 0
    proxy.reset()
    assert run(config)[:2] == (0, "")
    requests, received = proxy.count(), proxy.bytes_out()

    personal = next(
        r
        for r in raw_request(server, "PROPFIND", server.calendar_home_url, b"", {"Depth": "1"})
        .body.decode()
        .split("href>")[1::2]
        if "test-" in r
    )
    for c, calendar in enumerate(
        (server.url.rstrip("/") + personal.split("<")[0], follow_ups_url(server))
    ):
        for n in range(60):
            uid = f"old-{n}-{c}"  # unique per user: Cyrus refuses a UID another calendar holds
            assert raw_put(server, f"{calendar}old-{n}.ics", old_event(uid)).status == 201
    assert run(config)[:2] == (0, "")  # picks up the 60 new items of the target once
    proxy.reset()
    assert run(config)[:2] == (0, "")
    assert proxy.count() <= requests
    assert proxy.count("PUT") == 0 and proxy.count("DELETE") == 0
    assert proxy.bytes_out() < received * 1.2, (proxy.bytes_out(), received)


def test_reminders_can_live_in_the_source_calendar_itself(
    radicale_htpasswd_server: CalDAVServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = radicale_htpasswd_server
    personal = fresh_calendar(server, f"Own {tmp_path.name}")
    upload_demo_calendar(server, personal, tmp_path)
    before = reminders(server, personal)  # the user's own events, by UID
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    config = tmp_path / "own.toml"
    config.write_text(
        f'[candidate]\nemail = "alex@example.com"\ntimezone = "America/New_York"\n'
        f'[source]\nkind = "caldav"\nurl = "{server.url}"\nusername = "{server.username}"\n'
        f'password_env = "{PASSWORD_ENV}"\ncalendar = "{personal}"\n'
        f'[target]\nkind = "caldav"\ncalendar = "{personal}"\n[state]\npath = "s.sqlite"\n',
        encoding="utf-8",
    )
    code, out, err = run(config)
    assert code == 0 and "created" in out, err
    after = reminders(server, personal)
    ours = {uid for uid in after if uid.startswith("followup-")}
    assert ours and set(after) - ours == set(before)
    for uid, (href, data, etag) in before.items():
        assert after[uid] == (href, data, etag), f"the user's event {uid} changed"
    assert run(config)[:2] == (0, "")


def test_a_remembered_calendar_url_that_went_stale_costs_nothing_but_a_lookup(setup) -> None:
    server, proxy, config = setup
    assert run(config)[0] == 0
    state = State.open(config.parent / "state.sqlite")
    try:
        remembered = state.calendar_urls()
        assert len(remembered) == 2  # the source and the target calendar, both named
        for key in remembered:
            state.remember_calendar_url(key, f"{proxy.url}/bob/gone-{len(key)}/")
    finally:
        state.close()
    code, out, err = run(config)
    assert (code, out, err) == (0, "", "")  # looked up again; nothing duplicated or rewritten
    state = State.open(config.parent / "state.sqlite")
    try:
        assert state.calendar_urls() == remembered
    finally:
        state.close()


@pytest.mark.parametrize("create", [False, True])
def test_a_missing_target_calendar_is_named_as_missing(
    caldav_server: CalDAVServer, demo_ics: Path, tmp_path: Path, create: bool
) -> None:
    """Issue 15: Cyrus answers a PUT into a missing calendar with 403 and a web page, which read
    "the server refused the login"; Radicale answers 409. Said once, and `check` says it too."""
    server = caldav_server
    url = f"{server.calendar_home_url}missing-{tmp_path.name[-12:]}/"
    config = tmp_path / "missing.toml"
    config.write_text(
        f'[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        f'timezone = "America/New_York"\n[source]\npath = "{demo_ics}"\n'
        f'[target]\nkind = "caldav"\nurl = "{server.url}"\nusername = "{server.username}"\n'
        f'password_env = "{PASSWORD_ENV}"\ncalendar = "{url}"\ncreate = {str(create).lower()}\n'
        f'[state]\npath = "{tmp_path / "state.sqlite"}"\n',
        encoding="utf-8",
    )
    env = {PASSWORD_ENV: server.password, "COLUMNS": "400"}
    checked = CliRunner().invoke(main, ["check", "--config", str(config)], env=env)
    ran = CliRunner().invoke(main, ["run", "--config", str(config), "--now", DEMO_NOW], env=env)
    if create:
        assert checked.exit_code == 0 and "made by the first run" in checked.stdout
        assert ran.exit_code == 0 and "created" in ran.stdout, ran.output
        assert len(reminders(server, url)) > 0
        _MADE.append((server, url))  # deleted after the test, as a fresh calendar is
    else:
        assert checked.exit_code == 3
        assert f"{url.removeprefix(server.url.rstrip('/'))} does not exist" in ran.stderr
        assert "does not exist: check `calendar`, or set create = true" in checked.stderr
        assert ran.exit_code == 1 and ran.stderr.count("does not exist") == 1, ran.stderr
        assert "login" not in ran.stderr


class _HtmlErrors(http.server.BaseHTTPRequestHandler):
    """A server that answers every request with a web page, as a captive portal does: 200 to
    PROPFIND, 500 to the rest."""

    def _answer(self) -> None:
        body = b"<html><body><h1>Sign in to the network</h1></body></html>"
        self.send_response(200 if self.command == "PROPFIND" else 500)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = do_PROPFIND = do_REPORT = do_OPTIONS = _answer

    def log_message(self, *args: object) -> None:
        pass


def test_a_librarys_logging_never_doubles_our_messages(demo_ics: Path, tmp_path: Path) -> None:
    """Issue 15: after a non-XML error body, python-caldav logs through the root logger, whose
    implicit basicConfig() printed every later message of ours twice ("ERROR:followup:...")."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HtmlErrors)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        config = tmp_path / "c.toml"
        config.write_text(
            f'[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
            f'timezone = "America/New_York"\n[source]\npath = "{demo_ics}"\n[target]\n'
            f'kind = "caldav"\nurl = "http://127.0.0.1:{server.server_port}/"\n'
            f'username = "alex"\npassword_env = "{PASSWORD_ENV}"\ncalendar = "Follow-ups"\n'
            f'[state]\npath = "{tmp_path / "s.sqlite"}"\n',
            encoding="utf-8",
        )
        result = subprocess.run(
            [sys.executable, "-m", "followup", "run", "--config", str(config), "--now", DEMO_NOW],
            capture_output=True,
            text=True,
            env={**os.environ, PASSWORD_ENV: "x", "COLUMNS": "400"},
            timeout=120,
        )
    finally:
        server.shutdown()
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr  # said once, by us
    assert lines[0].startswith("followup: could not write to the target: ")
    assert "creating calendar 'Follow-ups': the server answered HTTP 501" in lines[0]
