"""The CalDAV connector against real servers: Radicale and Xandikos started by tests/servers.py."""

# ruff: noqa: F811  (the fixtures imported from tests.servers are used as test arguments)

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from followup.connectors.base import ConflictError, ConnectorError, Source, Target
from followup.connectors.caldav import CalDAVStore, SyncTokenInvalid
from tests.counting_proxy import counting_proxy
from tests.servers import (
    CalDAVServer,
    caldav_calendar,  # noqa: F401
    caldav_server,  # noqa: F401
    free_port,
    fresh_calendar,
    radicale_htpasswd_server,  # noqa: F401
    radicale_server,  # noqa: F401
    raw_get,
    raw_put,
    raw_request,
    xandikos_server,  # noqa: F401
)

START = datetime(2026, 3, 2, tzinfo=UTC)
END = datetime(2026, 3, 16, tzinfo=UTC)


def event(uid: str, start: str, *, rrule: str = "", summary: str = "Interview") -> bytes:
    """A minimal VEVENT calendar object; `start` is a UTC stamp like 20260305T150000Z."""
    end = start[:9] + f"{int(start[9:11]) + 1:02d}" + start[11:]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followup tests//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        *([f"RRULE:{rrule}"] if rrule else []),
        f"SUMMARY:{summary}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines).encode()


def store(server: CalDAVServer, calendar: str | None, **kwargs: object) -> CalDAVStore:
    return CalDAVStore(server.url, server.username, server.password, calendar, **kwargs)  # type: ignore[arg-type]


def test_implements_source_and_target(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    target = store(server, url)
    assert isinstance(target, Source) and isinstance(target, Target)
    assert target.name_for("followup-abc@example.com") == "followup-abc@example.com.ics"


def test_create_update_delete_with_etags(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    target = store(server, url)
    name = target.name_for("r1@followup")
    etag = target.put(name, event("r1@followup", "20260305T150000Z"))
    assert etag
    with pytest.raises(ConflictError, match="already exists"):
        target.put(name, event("r1@followup", "20260306T150000Z"))
    etag2 = target.put(name, event("r1@followup", "20260306T150000Z"), etag)
    assert etag2 != etag
    [item] = target.read_items()
    assert (item.name, item.etag) == (name, etag2)
    assert b"DTSTART:20260306T150000Z" in item.data
    with pytest.raises(ConflictError):
        target.delete(name, etag)
    target.delete(name, etag2)
    assert target.read_items() == []
    with pytest.raises(ConflictError):
        target.delete(name, etag2)


def test_stale_etag_after_someone_elses_edit(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    target = store(server, url)
    name = target.name_for("r2@followup")
    etag = target.put(name, event("r2@followup", "20260305T150000Z"))
    theirs = event("r2@followup", "20260305T150000Z", summary="Edited by hand")
    assert raw_put(server, url + name, theirs).status in (200, 201, 204)
    with pytest.raises(ConflictError, match="changed"):
        target.put(name, event("r2@followup", "20260307T150000Z"), etag)
    with pytest.raises(ConflictError):
        target.delete(name, etag)
    [item] = target.read_items()
    assert b"Edited by hand" in item.data


def test_create_of_identical_bytes_is_not_a_conflict(
    caldav_calendar: tuple[CalDAVServer, str],
) -> None:
    """A run that died after its PUT retries it: equal content gives the stored ETag back."""
    server, url = caldav_calendar
    target = store(server, url)
    data = event("r3@followup", "20260305T150000Z")
    name = target.name_for("r3@followup")
    first = target.put(name, data)
    stored = raw_get(server, url + name).body
    again = target.put(name, stored)
    assert again == first


def test_time_range_read_includes_recurring_master_before_window(
    caldav_calendar: tuple[CalDAVServer, str],
) -> None:
    server, url = caldav_calendar
    events = {
        "inside": event("inside", "20260305T150000Z"),
        "before": event("before", "20260110T150000Z"),
        "after": event("after", "20260601T150000Z"),
        "weekly": event("weekly", "20251201T100000Z", rrule="FREQ=WEEKLY"),
        "ended": event("ended", "20251201T100000Z", rrule="FREQ=WEEKLY;COUNT=3"),
    }
    for uid, data in events.items():
        assert raw_put(server, f"{url}{uid}.ics", data).status in (200, 201, 204)
    items = store(server, url).read(START, END)
    assert [i.name for i in items] == ["inside.ics", "weekly.ics"]
    assert len(store(server, url).read()) == 5


def test_foreign_events_keep_bytes_and_etag(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    foreign = event("someone-else", "20260305T090000Z", summary="Dentist")
    raw_put(server, url + "foreign.ics", foreign)
    before = raw_get(server, url + "foreign.ics")
    target = store(server, url)
    etag = target.put(target.name_for("mine"), event("mine", "20260305T150000Z"))
    target.put(target.name_for("mine"), event("mine", "20260306T150000Z"), etag)
    after = raw_get(server, url + "foreign.ics")
    assert (after.body, after.etag) == (before.body, before.etag)
    by_name = {i.name: i for i in target.read(START, END)}
    assert by_name["foreign.ics"].data == before.body
    assert by_name["foreign.ics"].etag == before.etag


def test_named_calendar_created_on_first_write(caldav_server: CalDAVServer) -> None:
    name = f"Follow-ups {uuid.uuid4().hex[:8]}"
    target = store(caldav_server, name)
    assert target.read_items() == []
    assert name not in [n for n, _ in target.calendars()]
    target.put(target.name_for("r4"), event("r4", "20260305T150000Z"))
    listed = dict(store(caldav_server, None).calendars())
    assert name in listed
    again = store(caldav_server, name)
    assert [i.name for i in again.read_items()] == ["r4.ics"]


def test_missing_calendar_not_created_when_told_not_to(caldav_server: CalDAVServer) -> None:
    name = f"Nope {uuid.uuid4().hex[:8]}"
    target = store(caldav_server, name, create=False)
    with pytest.raises(ConnectorError, match="no calendar"):
        target.put(target.name_for("r5"), event("r5", "20260305T150000Z"))
    with pytest.raises(ConnectorError, match="no calendar"):
        target.read()
    assert name not in dict(store(caldav_server, None).calendars())


def test_calendar_url_created_with_mkcalendar(caldav_server: CalDAVServer) -> None:
    url = f"{caldav_server.calendar_home_url}followups-{uuid.uuid4().hex[:8]}/"
    target = store(caldav_server, url)
    assert target.read_items() == []
    target.put("r6.ics", event("r6", "20260305T150000Z"))
    assert raw_get(caldav_server, url + "r6.ics").status == 200


def test_calendars_lists_display_names(caldav_server: CalDAVServer) -> None:
    url = fresh_calendar(caldav_server, "Job hunt")
    listed = store(caldav_server, None).calendars()
    assert ("Job hunt", url) in listed
    assert store(caldav_server, "Job hunt").supports_time_range()


def test_changes_since_sees_added_and_deleted(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    source = store(server, url)
    raw_put(server, url + "keep.ics", event("keep", "20260305T150000Z"))
    raw_put(server, url + "gone.ics", event("gone", "20260306T150000Z"))
    token, items, deleted = source.changes_since(None)
    assert sorted(i.name for i in items) == ["gone.ics", "keep.ics"] and deleted == []
    token_now = source.current_token()
    raw_put(server, url + "new.ics", event("new", "20260307T150000Z"))
    gone_etag = raw_get(server, url + "gone.ics").etag
    raw_request(server, "DELETE", url + "gone.ics", headers={"If-Match": gone_etag or "*"})
    for start in (token, token_now):
        new_token, items, deleted = source.changes_since(start)
        assert [i.name for i in items] == ["new.ics"]
        assert b"UID:new" in items[0].data and items[0].etag
        assert deleted == ["gone.ics"]
    assert source.changes_since(new_token)[1:] == ([], [])


def test_rejected_sync_token(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    source = store(server, url)
    token, _, _ = source.changes_since(None)
    stale = json.dumps({cal: value + "0bad" for cal, value in json.loads(token).items()})
    with pytest.raises(SyncTokenInvalid):
        source.changes_since(stale)


def test_time_range_read_costs_the_same_for_3_or_60_events(caldav_server: CalDAVServer) -> None:
    """Requests and bytes must not grow with the part of the calendar outside the window."""
    counts: dict[str, list[tuple[int, int, int]]] = {"url": [], "display name": []}
    for n in (3, 60):
        display_name = f"Busy {n} {uuid.uuid4().hex[:6]}"
        url = fresh_calendar(caldav_server, display_name)
        for i in range(n):
            day = 1 + i % 28
            uid = f"e{i}-{n}"  # UIDs unique per user: Cyrus refuses a UID another calendar has
            put = raw_put(caldav_server, f"{url}e{i}.ics", event(uid, f"202601{day:02d}T100000Z"))
            assert put.status in (201, 204), put
        assert raw_put(
            caldav_server, f"{url}in.ics", event(f"in-{n}", "20260305T150000Z")
        ).status in (201, 204)
        for by, calendar in counts.items():
            with counting_proxy(caldav_server.url) as proxy:
                name = (
                    display_name
                    if by == "display name"
                    else url.replace(caldav_server.url, proxy.url)
                )
                source = CalDAVStore(
                    proxy.url, caldav_server.username, caldav_server.password, name
                )
                assert [i.name for i in source.read(START, END)] == ["in.ics"]
                calendar.append((proxy.count(), proxy.count("REPORT"), proxy.bytes_out()))
    for by, ((small, small_reports, small_bytes), (big, big_reports, big_bytes)) in counts.items():
        assert small == big and small_reports == big_reports == 1, by
        assert big_bytes < small_bytes * 2, by
    assert counts["url"][0][0] == 1 and counts["display name"][0][0] <= 4


def test_basic_auth_is_sent_up_front(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar
    with counting_proxy(server.url) as proxy:
        source = CalDAVStore(
            proxy.url, server.username, server.password, url.replace(server.url, proxy.url)
        )
        source.read(START, END)
        [request] = proxy.requests
        assert request.method == "REPORT" and request.status == 207
        assert (request.header("Authorization") or "").startswith("Basic ")


def test_htpasswd_login(radicale_htpasswd_server: CalDAVServer) -> None:
    server = radicale_htpasswd_server
    url = fresh_calendar(server)
    target = store(server, url)
    etag = target.put("r7.ics", event("r7", "20260305T150000Z"))
    assert [(i.name, i.etag) for i in target.read(START, END)] == [("r7.ics", etag)]
    assert raw_request(server, "GET", url + "r7.ics", password="wrong").status == 401


@pytest.mark.parametrize("calendar", [None, "Work"])
def test_wrong_password_is_a_clear_error_without_the_password(
    radicale_htpasswd_server: CalDAVServer, calendar: str | None
) -> None:
    server = radicale_htpasswd_server
    secret = "hunter2-Not-The-Password"
    source = CalDAVStore(server.url, server.username, secret, calendar)
    with pytest.raises(ConnectorError) as caught:
        source.read()
    message = str(caught.value)
    assert "password" in message and "401" in message and "127.0.0.1" in message
    assert secret not in message and secret not in repr(source)
    assert secret not in repr(caught.value) and secret not in str(caught.value.__cause__)


def test_unreachable_server_names_the_url_not_the_password() -> None:
    port = free_port()
    secret = "s3cret-Pa55word-xyz"
    source = CalDAVStore(f"http://127.0.0.1:{port}/dav/", "bob", secret, "Work", timeout=5)
    with pytest.raises(ConnectorError) as caught:
        source.read(START, END)
    assert caught.value.where == f"http://127.0.0.1:{port}/dav/"
    assert "connection" in caught.value.message and secret not in str(caught.value)


def test_server_error_from_a_fault_hook(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    server, url = caldav_calendar

    def fail_reports(method: str, path: str, headers: dict[str, str]) -> int | None:
        return 503 if method == "REPORT" else None

    with counting_proxy(server.url, fault=fail_reports) as proxy:
        source = CalDAVStore(
            proxy.url,
            server.username,
            server.password,
            url.replace(server.url, proxy.url),
            retries=2,
            backoff=0.01,
        )
        with pytest.raises(ConnectorError, match="503"):
            source.read(START, END)
        assert proxy.methods() == ["REPORT"] * 3  # a REPORT is safe to repeat: 2 retries


def test_all_calendars_read_with_href_paths(caldav_server: CalDAVServer) -> None:
    """calendar=None reads every calendar; names are href paths, unique across calendars."""
    first, second = fresh_calendar(caldav_server), fresh_calendar(caldav_server)
    raw_put(caldav_server, first + "same.ics", event("a", "20260305T150000Z"))
    raw_put(caldav_server, second + "same.ics", event("b", "20260306T150000Z"))
    names = [i.name for i in store(caldav_server, None).read(START, END)]
    paths = [u.replace(caldav_server.url, "/") + "same.ics" for u in (first, second)]
    assert set(paths) <= set(names)
    with pytest.raises(ConnectorError, match="name the one to write to"):
        store(caldav_server, None).put("x.ics", event("x", "20260305T150000Z"))
    missing = f"{caldav_server.calendar_home_url}missing-{uuid.uuid4().hex[:6]}/"
    assert store(caldav_server, missing, create=False).read_items() == []


def test_put_sends_the_bytes_unchanged(caldav_calendar: tuple[CalDAVServer, str]) -> None:
    """Round-trip, don't rebuild: no re-serialising, not even LF -> CRLF by the library."""
    server, url = caldav_calendar
    data = event("lf", "20260305T150000Z").replace(b"\r\n", b"\n")
    with counting_proxy(server.url) as proxy:
        target = CalDAVStore(
            proxy.url, server.username, server.password, url.replace(server.url, proxy.url)
        )
        target.put("lf.ics", data)
        [put] = [r for r in proxy.requests if r.method == "PUT"]
        assert put.bytes_in == len(data) and put.header("If-None-Match") == "*"
