"""CalDAV calendars (RFC 4791) through the caldav library: a Source and a Target of named items.

The library does the login (HTTP basic sent up front), discovery (principal, calendar home,
calendars) and MKCALENDAR; the item requests are plain WebDAV so the bytes stay as the server
stores them and every write is conditional (RFC 4791 5.3.2: If-None-Match on create, If-Match on
update and delete). Reading is one calendar-query REPORT per calendar, limited to a time range
when one is given; the server returns recurring events whose master starts before the range
when an occurrence falls in it (RFC 4791 9.9), and the caller expands them.

Item names: for a store of one calendar (a display name or URL was given) a name is the last
segment of the item's href, so the items followup writes are named `name_for(uid)`; for a store
of every calendar of the principal (`calendar=None`) it is the href path, unique across
calendars. `put` and `delete` accept both forms.

Sync (RFC 6578 sync-collection): Radicale 3.9 and Xandikos 0.4 both support it; a stale token
raises `SyncTokenInvalid` (Radicale answers 403, Xandikos 412, each with DAV:valid-sync-token).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from caldav.collection import Calendar
from caldav.elements import dav
from caldav.lib import error as dav_error
from caldav.lib.python_utilities import WireBytes

from .base import (
    ConflictError,
    ConnectorError,
    SourceItem,
    TargetGone,
    item_name,
    network_reason,
)
from .caldav_bodies import CALDAV_NS, crlf, multiget, report_query, same_content
from .caldav_retry import RetryingClient
from .ics import _user_agent, redact_url

_XML_HEADERS = {"Content-Type": "application/xml; charset=utf-8"}
_DEPTH_0_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/>'
    "</D:prop></D:propfind>"
)
_NOT_FOUND_STATUS = re.compile(rb"<(?:[\w-]+:)?status>\s*HTTP/1\.[01] 404\b")
_ICS_TYPE = "text/calendar; charset=utf-8"
_VALID_SYNC_TOKEN = "{DAV:}valid-sync-token"

#: Defaults of CalDAVStore(retries=, backoff=): a safe request is sent up to 1 + RETRIES times,
#: pausing BACKOFF, 2 * BACKOFF, 4 * BACKOFF seconds (or the server's Retry-After, at most
#: MAX_WAIT). Read when a store is made, so tests can shorten them.
RETRIES = 3
BACKOFF = 0.5
MAX_WAIT = 30.0


T = TypeVar("T")


class SyncTokenInvalid(ConnectorError):
    """The server rejected the sync token (expired, or it has no sync support): read everything."""


def _is_url(calendar: str) -> bool:
    return calendar.startswith(("http://", "https://", "/"))


def _uid_taken(exc: Forbidden) -> bool:
    """A 403 for a UID the user's calendars already hold: RFC 4791 5.3.2.1 no-uid-conflict (in
    this calendar), or RFC 6638 3.2.4.1 unique-scheduling-object-resource (Cyrus, Fastmail: in
    any calendar of the user, even for events that invite no one)."""
    return any(
        p.endswith(("}no-uid-conflict", "}unique-scheduling-object-resource"))
        for p in exc.preconditions
    )


class Forbidden(ConnectorError):
    """HTTP 403, with the DAV:error preconditions the server named (RFC 4918 16)."""

    def __init__(self, message: str, where: str = "", preconditions: tuple[str, ...] = ()) -> None:
        super().__init__(message, where)
        self.preconditions = preconditions


class CalDAVStore:
    """One calendar (by display name or URL) or all of a principal's calendars, over CalDAV.

    Nothing is sent until a method needs the server. The password is kept by the HTTP client
    only; it never appears in repr() or in an error message. Every request gives up after
    `timeout` seconds without an answer; safe ones are retried (see `caldav_retry`).
    """

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        calendar: str | None = None,
        *,
        timeout: float = 30,
        verify_tls: bool = True,
        create: bool = True,
        retries: int | None = None,
        backoff: float | None = None,
        hint_url: str | None = None,
    ) -> None:
        self.url = url
        self.username = username
        self.calendar = calendar
        self.create = create
        self.where = redact_url(url)
        self._secret = password
        self._client = RetryingClient(
            retries=RETRIES if retries is None else retries,
            backoff=BACKOFF if backoff is None else backoff,
            max_wait=MAX_WAIT,
            url=url,
            username=username,
            password=password,
            auth_type="basic",
            timeout=timeout,  # type: ignore[arg-type]
            ssl_verify_cert=verify_tls,
            enable_rfc6764=False,
            headers={"User-Agent": _user_agent()},
        )
        self._principal: Any = None
        self._listed: list[Any] | None = None
        self._target: Any = None
        #: where the named calendar was last time: spares the three PROPFINDs of a lookup
        self._hint = hint_url if calendar is not None and not _is_url(calendar) else None

    def __repr__(self) -> str:
        return f"CalDAVStore({self.where!r}, user={self.username!r}, calendar={self.calendar!r})"

    # -- errors ---------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        return text.replace(self._secret, "***") if len(self._secret) >= 3 else text

    @contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Turn the library's and the network's exceptions into ConnectorErrors without secrets."""
        try:
            yield
        except ConnectorError:
            raise
        except dav_error.AuthorizationError as exc:
            if exc.status == 403:
                raise Forbidden(
                    f"{what}: the server forbids it (HTTP 403): check that this user may use "
                    "the calendar",
                    self.where,
                    preconditions=tuple(exc.preconditions or ()),
                ) from None
            raise ConnectorError(
                f"{what}: the server refused the login (HTTP {exc.status or 401}): check the "
                "username and password",
                self.where,
            ) from None
        except dav_error.DAVError as exc:
            reason = self._scrub(str(exc.reason or ""))
            if reason.lower() in ("", "no reason", "none", "none given"):
                reason = ""
            status = f"HTTP {exc.status}" if getattr(exc, "status", None) else ""
            said = ", ".join(x for x in (status, reason) if x) or "an error"
            raise ConnectorError(f"{what}: the server answered {said}", self.where) from None
        except OSError as exc:
            raise ConnectorError(f"{what}: {network_reason(exc)}", self.where) from None

    def _request(
        self, method: str, url: str, body: bytes | str = b"", headers: dict[str, str] | None = None
    ) -> Any:
        # WireBytes: the library would otherwise turn every bare LF of a body into CRLF.
        wire = WireBytes(body.encode() if isinstance(body, str) else body)
        with self._guard(f"{method} {urllib.parse.urlsplit(url).path}"):
            return self._client.request(url, method, wire, headers or {})  # type: ignore[arg-type]

    def _fail(self, what: str, response: Any) -> ConnectorError:
        return ConnectorError(f"{what}: the server answered HTTP {response.status}", self.where)

    # -- calendars ------------------------------------------------------------------------

    def _listing(self) -> list[Any]:
        """The principal's calendars (three PROPFINDs, once per store)."""
        if self._listed is None:
            with self._guard("listing the calendars"):
                if self._principal is None:
                    self._principal = self._client.principal()
                self._listed = list(self._principal.get_calendars())
        return self._listed

    def calendars(self) -> list[tuple[str, str]]:
        """(display name, URL) of every calendar the login can see; for `followup check`."""
        found = []
        for cal in self._listing():
            with self._guard("reading a calendar name"):
                name = cal.get_display_name()
            found.append((str(name or cal.url.path.rstrip("/").rsplit("/", 1)[-1]), str(cal.url)))
        return found

    def _find(self, create: bool) -> Any:
        """The one calendar of this store; None when missing and not to be created."""
        if self._target is not None:
            return self._target
        if self._hint:
            self._target = Calendar(client=self._client, url=self._hint)
            return self._target
        if self.calendar is not None and _is_url(self.calendar):
            url = str(self._client.url.join(self.calendar)).rstrip("/") + "/"
            self._target = Calendar(client=self._client, url=url)
            return self._target
        listed = self._listing()
        if self.calendar is None:
            if len(listed) != 1:
                raise ConnectorError(
                    f"{len(listed)} calendars found: name the one to write to (calendar = ...)",
                    self.where,
                )
            self._target = listed[0]
            return self._target
        self._target = self._named(self.calendar)
        if self._target is not None or not create:
            return self._target
        # MKCALENDAR is not repeatable (RFC 4791 5.3.1): at a URL derived from the name, a second
        # one fails instead of making a twin; after a failure, look whether the first one did it.
        cal_id = item_name(f"followup-{self.calendar}").removesuffix(".ics")
        try:
            with self._guard(f"creating calendar {self.calendar!r}"):
                self._target = self._principal.make_calendar(name=self.calendar, cal_id=cal_id)
        except ConnectorError as exc:
            self._listed = None
            self._target = self._named(self.calendar)
            if self._target is None:
                raise TargetGone(exc.message, exc.where) from None
        self._listed = None
        return self._target

    def resolved_url(self) -> str | None:
        """The URL of this store's one calendar once known (to pass as hint_url next time)."""
        return str(self._target.url) if self._target is not None else None

    def _hinted(self, action: Callable[[], T]) -> T:
        """Run `action`; if it fails while trusting the hint, forget the hint and look up again.

        A calendar renamed or moved since last time then costs one failed request, not a failed run.
        """
        if not self._hint:
            return action()
        try:
            return action()
        except SyncTokenInvalid:
            raise
        except ConnectorError:
            self._hint = None
            self._target = None
            return action()

    def _named(self, name: str) -> Any:
        for found, url in self.calendars():
            if found == name:
                return Calendar(client=self._client, url=url)
        return None

    def _missing(self) -> ConnectorError:
        names = ", ".join(repr(n) for n, _ in self.calendars()) or "none"
        return TargetGone(
            f"no calendar {self.calendar!r} (calendars found: {names}): check `calendar`",
            self.where,
        )

    def _to_read(self) -> list[Any]:
        if self.calendar is None:
            return self._listing()
        cal = self._find(create=False)
        if cal is None:
            raise self._missing()
        return [cal]

    def _create_at_url(self, cal: Any) -> None:
        """RFC 4791 5.3.1 MKCALENDAR; Xandikos answers 400 to one without a body."""
        name = urllib.parse.unquote(cal.url.path.rstrip("/").rsplit("/", 1)[-1])
        body = (
            f'<?xml version="1.0" encoding="utf-8"?>\n<C:mkcalendar {CALDAV_NS}><D:set><D:prop>'
            f"<D:displayname>{escape(name)}</D:displayname></D:prop></D:set></C:mkcalendar>"
        )
        response = self._request("MKCALENDAR", str(cal.url), body, _XML_HEADERS)
        if response.status not in (200, 201):
            raise self._fail(f"creating calendar {cal.url.path}", response)

    # -- names ----------------------------------------------------------------------------

    def _name(self, cal: Any, href: str) -> str:
        path = urllib.parse.unquote(urllib.parse.urlsplit(href).path)
        if self.calendar is None:
            return path
        return path.rstrip("/").rsplit("/", 1)[-1]

    def _item_url(self, cal: Any, name: str) -> str:
        quoted = urllib.parse.quote(name, safe="/@:+,;=!$&'()*~")
        return urllib.parse.urljoin(str(cal.url), quoted)

    def name_for(self, uid: str) -> str:
        return item_name(uid)

    # -- reading --------------------------------------------------------------------------

    def _report(self, cal: Any, body: str, depth: int | None = 1) -> list[SourceItem]:
        path = cal.url.path
        with self._guard(f"REPORT {path}"):
            response = self._client.report(str(cal.url), body, depth=depth)
            if response.status == 404:
                raise ConnectorError(f"no calendar at {path}: check `calendar`", self.where)
            if response.status != 207:
                raise self._fail(f"REPORT {path}", response)
            results = response.parse_calendar_query()
        return [
            SourceItem(self._name(cal, r.href), crlf(r.calendar_data), r.etag)
            for r in results
            if r.calendar_data is not None and r.status == 200
        ]

    def read(self, start: datetime | None = None, end: datetime | None = None) -> list[SourceItem]:
        """Source protocol: the events overlapping [start, end), one REPORT per calendar."""

        def query() -> list[SourceItem]:
            items: list[SourceItem] = []
            for cal in self._to_read():
                items += self._report(cal, report_query(start, end, events_only=True))
            return sorted(items, key=lambda item: item.name)

        return self._hinted(query)

    def read_items(self) -> list[SourceItem]:
        """Target protocol: every item of the calendar; a calendar not created yet gives []."""
        return self._hinted(self._all_items)

    def _all_items(self) -> list[SourceItem]:
        cal = self._find(create=False)
        if cal is None:
            return []
        try:
            items = self._report(cal, report_query(None, None, events_only=False))
        except ConnectorError as exc:
            if exc.message.startswith("no calendar at") and not self._hint:
                return []
            raise
        return sorted(items, key=lambda item: item.name)

    def supports_time_range(self) -> bool:
        """Whether the server answers a time-range calendar-query (for `followup check`)."""
        cals = self._to_read()
        if not cals:
            return True
        probe = datetime(1971, 1, 1, tzinfo=UTC)
        try:
            self._report(cals[0], report_query(probe, probe + timedelta(hours=1), events_only=True))
        except ConnectorError:
            return False
        return True

    # -- writing --------------------------------------------------------------------------

    def _get(self, url: str) -> tuple[int, bytes, str | None]:
        response = self._request("GET", url)
        return response.status, bytes(response._raw_body or b""), response.headers.get("ETag")

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        """RFC 4791 5.3.2: create with If-None-Match: *, replace with If-Match; 412 is a conflict.

        Unless the stored bytes are the ones sent: then an earlier try (whose answer was lost, or
        another run) already wrote them, and that is success.
        """
        cal = self._find(create=self.create)
        if cal is None:
            raise self._missing()
        url = self._item_url(cal, name)
        headers = {"Content-Type": _ICS_TYPE}
        headers.update({"If-None-Match": "*"} if etag is None else {"If-Match": etag})
        try:
            response = self._request("PUT", url, data, headers)
        except Forbidden as exc:
            if _uid_taken(exc):
                raise ConnectorError(
                    f"PUT {name!r}: another of your calendars already holds an event with this "
                    "UID (the server keeps UIDs unique across a user's calendars): was the target "
                    "calendar changed? Delete followup's reminders from the old one",
                    self.where,
                ) from None
            if not self._calendar_missing(cal):
                raise
            response = None
        if response is None or (response.status in (404, 409) and self._calendar_missing(cal)):
            if not (self.create and _is_url(self.calendar or "")):
                raise TargetGone(
                    f"the calendar {cal.url.path} does not exist: check `calendar`, or set "
                    "create = true",
                    self.where,
                )
            self._create_at_url(cal)
            response = self._request("PUT", url, data, headers)
        if response.status in (200, 201, 204):
            new_etag = response.headers.get("ETag")
            return new_etag if new_etag else self._get(url)[2] or ""
        if response.status == 412:
            status, stored, stored_etag = self._get(url)
            if status == 200 and stored_etag and same_content(stored, data):
                return stored_etag
            state = "already exists" if etag is None else "changed or vanished since it was read"
            raise ConflictError(f"{name!r} {state}", self.where)
        raise self._fail(f"PUT {name!r}", response)

    def _calendar_missing(self, cal: Any) -> bool:
        """The calendar's URL answers 404: it does not exist. Servers answer a PUT into a missing
        calendar differently: Radicale 409, Xandikos 404, Cyrus (Fastmail) 403 with a web page;
        and a PROPFIND: 404, or (Xandikos) a 207 whose one response has status 404 and no
        properties (RFC 4918 9.1 lets either say it)."""
        response = self._request(
            "PROPFIND", str(cal.url), _DEPTH_0_PROPFIND, {**_XML_HEADERS, "Depth": "0"}
        )
        if response.status == 404:
            return True
        raw = getattr(response, "raw", "") or b""  # the library keeps a 207's body here
        body = raw.encode() if isinstance(raw, str) else bytes(raw)
        return (
            response.status == 207
            and b"propstat" not in body
            and _NOT_FOUND_STATUS.search(body) is not None
        )

    def missing_calendar(self) -> bool:
        """A calendar given by URL that does not exist (yet); for `followup check`."""
        if self.calendar is None or not _is_url(self.calendar):
            return False
        return self._calendar_missing(self._find(create=False))

    def delete(self, name: str, etag: str) -> None:
        """RFC 4791 5.3.2 / RFC 7232: delete only while the item still has `etag`.

        A repeated DELETE that finds nothing (404) succeeded: the first try's answer was lost.
        """
        cal = self._find(create=False)
        if cal is None:
            raise ConflictError(f"{name!r} vanished: its calendar is gone", self.where)
        response = self._request("DELETE", self._item_url(cal, name), b"", {"If-Match": etag})
        if response.status == 404 and self._client.attempts > 1:
            return  # a repeat: the first try deleted it and its answer was lost
        if response.status in (404, 412):
            raise ConflictError(f"{name!r} changed or vanished since it was read", self.where)
        if response.status not in (200, 204):
            raise self._fail(f"DELETE {name!r}", response)

    def flush(self) -> None:
        """Every write is already on the server."""

    # -- sync tokens (RFC 6578) -----------------------------------------------------------

    def current_token(self) -> str:
        """The calendars' sync tokens now, as one opaque string (one PROPFIND per calendar)."""
        return self._hinted(self._current_token)

    def _current_token(self) -> str:
        tokens = {}
        for cal in self._to_read():
            with self._guard(f"PROPFIND {cal.url.path}"):
                token = cal.get_property(dav.SyncToken(), use_cached=False)
            if not token:
                raise SyncTokenInvalid("the server has no sync tokens (RFC 6578)", self.where)
            tokens[str(cal.url)] = str(token)
        return json.dumps(tokens, sort_keys=True)

    def changes_since(self, token: str | None) -> tuple[str, list[SourceItem], list[str]]:
        """(new token, changed or new items, names of deleted items) since `token`.

        None gives every item. A sync-collection REPORT per calendar, then one multiget for the
        changed items. Raises SyncTokenInvalid when the server rejects the token.
        """
        return self._hinted(lambda: self._changes_since(token))

    def _changes_since(self, token: str | None) -> tuple[str, list[SourceItem], list[str]]:
        try:
            old = json.loads(token) if token else {}
        except ValueError:
            raise SyncTokenInvalid("unreadable sync token", self.where) from None
        if not isinstance(old, dict):
            raise SyncTokenInvalid("unreadable sync token", self.where)
        new: dict[str, str] = {}
        changed: list[SourceItem] = []
        deleted: list[str] = []
        for cal in self._to_read():
            collection = self._sync(cal, old.get(str(cal.url)))
            gone = collection.deleted_urls
            hrefs = [obj.url.path for obj in collection if obj.url.canonical() not in gone]
            deleted += [self._name(cal, str(url)) for url in gone]
            if hrefs:
                changed += self._report(cal, multiget(hrefs), depth=None)
            new[str(cal.url)] = str(collection.sync_token)
        return json.dumps(new, sort_keys=True), sorted(changed, key=lambda i: i.name), deleted

    def _sync(self, cal: Any, token: str | None) -> Any:
        with self._guard(f"sync-collection REPORT {cal.url.path}"):
            try:
                return cal.get_objects_by_sync_token(
                    token, load_objects=False, disable_fallback=True
                )
            except dav_error.DAVError as exc:
                stale = _VALID_SYNC_TOKEN in exc.preconditions or exc.status in (403, 412)
                if token and stale:
                    raise SyncTokenInvalid(
                        "the server no longer accepts the sync token: read everything",
                        self.where,
                    ) from None
                if isinstance(exc, dav_error.ReportError) and not token:
                    raise SyncTokenInvalid(
                        "the server has no sync-collection support (RFC 6578)", self.where
                    ) from None
                raise
