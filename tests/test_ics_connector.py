"""connectors/ics.py and connectors/memory.py: one contract for every target, plus file and URL I/O."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from followup.connectors.base import (
    ConflictError,
    ConnectorError,
    Source,
    SourceItem,
    Target,
    content_etag,
)
from followup.connectors.ics import (
    IcsFileSource,
    IcsUrlSource,
    open_source,
    redact_url,
    write_atomically,
)
from followup.connectors.memory import MemoryStore

DATA = Path(__file__).parent / "data"
CALENDAR = (DATA / "google_x_wr_timezone.ics").read_bytes()
OTHER = (DATA / "apple_x_apple_props.ics").read_bytes()

# --- one contract, every target ----------------------------------------------------------------


@pytest.fixture
def target() -> tuple[Target, str]:
    """A target and the name of an item it can hold (the memory double; the file-backed targets
    run the same protocol test in tests/test_vdir_connector.py)."""
    return MemoryStore(), "reminder-1.ics"


def test_target_protocol(target: tuple[Target, str]) -> None:
    store, _ = target
    assert isinstance(store, Target)


def test_target_starts_empty_and_creates(target: tuple[Target, str]) -> None:
    store, name = target
    assert store.read_items() == []
    etag = store.put(name, CALENDAR)
    assert store.read_items() == [SourceItem(name, CALENDAR, etag)]


def test_target_replaces_with_the_current_etag(target: tuple[Target, str]) -> None:
    store, name = target
    first = store.put(name, CALENDAR)
    second = store.put(name, OTHER, first)
    assert second != first
    assert store.read_items()[0].data == OTHER


def test_target_unchanged_bytes_keep_the_etag(target: tuple[Target, str]) -> None:
    store, name = target
    etag = store.put(name, CALENDAR)
    assert store.put(name, CALENDAR, etag) == etag
    assert store.put(name, CALENDAR) == etag  # a rerun after a half-finished run: no conflict


def test_target_refuses_stale_writes(target: tuple[Target, str]) -> None:
    store, name = target
    etag = store.put(name, CALENDAR)
    store.put(name, OTHER, etag)
    with pytest.raises(ConflictError):
        store.put(name, CALENDAR, etag)  # someone else wrote since we read
    with pytest.raises(ConflictError):
        store.put(name, CALENDAR)  # "create" but it exists
    with pytest.raises(ConflictError):
        store.delete(name, etag)
    assert store.read_items()[0].data == OTHER


def test_target_deletes(target: tuple[Target, str]) -> None:
    store, name = target
    etag = store.put(name, CALENDAR)
    store.delete(name, etag)
    assert store.read_items() == []
    with pytest.raises(ConflictError):
        store.put(name, OTHER, etag)  # replacing what is gone


# --- memory store ---------------------------------------------------------------------------


def test_memory_store_is_also_a_source_and_has_failure_hooks() -> None:
    store = MemoryStore({"b.ics": OTHER, "a.ics": CALENDAR}, where="test")
    assert isinstance(store, Source)
    assert [item.name for item in store.read()] == ["a.ics", "b.ics"]
    assert store.get("a.ics") == CALENDAR and store.get("zzz") is None
    etag = store.read_items()[0].etag
    assert etag is not None
    assert store.put("a.ics", CALENDAR, etag) == etag
    assert store.writes == 0
    store.fail_on.add("a.ics")
    with pytest.raises(ConnectorError) as failed:
        store.put("a.ics", OTHER, etag)
    assert failed.value.where == "test"
    store.unreachable = True
    with pytest.raises(ConnectorError):
        store.read()
    assert store.writes == 0


# --- .ics file target: atomic, untouched when unchanged ---------------------------------------


def test_atomic_write_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "followups.ics"
    path.write_bytes(CALENDAR)
    path.chmod(0o640)
    inode = path.stat().st_ino
    write_atomically(path, OTHER)
    assert path.read_bytes() == OTHER
    assert path.stat().st_ino != inode  # a new file renamed over the old one
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["followups.ics"]  # no temp files left


def test_a_failed_atomic_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "followups.ics"
    path.write_bytes(CALENDAR)

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(ConnectorError) as failed:
        write_atomically(path, OTHER)
    assert failed.value.where == str(path)
    assert "no space left" in str(failed.value)
    assert path.read_bytes() == CALENDAR
    assert sorted(p.name for p in tmp_path.iterdir()) == ["followups.ics"]


def test_atomic_write_keeps_a_symlink_and_creates_folders(tmp_path: Path) -> None:
    real = tmp_path / "real.ics"
    real.write_bytes(CALENDAR)
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    write_atomically(link, OTHER)
    assert link.is_symlink() and real.read_bytes() == OTHER
    nested = tmp_path / "new" / "folder" / "out.ics"
    write_atomically(nested, CALENDAR)
    assert nested.read_bytes() == CALENDAR


# --- .ics file source -----------------------------------------------------------------------


def test_file_source_reads_bytes_with_an_etag(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(CALENDAR)
    (item,) = IcsFileSource(path).read()
    assert item == SourceItem(str(path), CALENDAR, content_etag(CALENDAR))


def test_file_source_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "missing.ics"
    with pytest.raises(ConnectorError) as failed:
        IcsFileSource(path).read()
    assert failed.value.where == str(path)
    assert "no such file" in str(failed.value) and str(path) in str(failed.value)


def test_open_source_picks_the_connector(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(CALENDAR)
    assert isinstance(open_source(str(path)), IcsFileSource)
    assert isinstance(open_source(path), IcsFileSource)
    assert open_source(path.as_uri()).read()[0].data == CALENDAR
    url = open_source("webcal://example.com/cal.ics", timeout=5, verify_tls=False)
    assert isinstance(url, IcsUrlSource)
    assert (url.url, url.timeout, url.verify_tls) == ("https://example.com/cal.ics", 5, False)
    with pytest.raises(ConnectorError, match="only http"):
        open_source("ftp://example.com/cal.ics")


def test_redact_url_hides_secrets() -> None:
    google = "https://calendar.google.com/calendar/ical/alex%40gmail.com/private-0a1b2c3d4e5f6789/basic.ics"
    assert redact_url(google) == "https://calendar.google.com/calendar/ical/…/…/basic.ics"
    shown = redact_url("https://alex:hunter2@example.com:8443/cal.ics?token=abc")
    assert shown == "https://example.com:8443/cal.ics?…"


# --- URL source against a local http.server -------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        routes: dict[str, Callable[[], None]] = {
            "/cal.ics": lambda: self._send(200, "text/calendar; charset=utf-8", CALENDAR, "W/1"),
            "/page": lambda: self._send(200, "text/html", b"<!DOCTYPE html><html>Sign in</html>"),
            "/plain-html": lambda: self._send(200, "text/plain", b"\n  <html><body>hi</body>"),
            "/slow": self._slow,
        }
        routes.get(self.path.split("?")[0], lambda: self._send(404, "text/plain", b"nope"))()

    def _send(self, status: int, content_type: str, body: bytes, etag: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def _slow(self) -> None:
        time.sleep(1.0)
        with contextlib.suppress(OSError):  # the client gave up long ago
            self._send(200, "text/calendar", CALENDAR)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_source_200(server: str) -> None:
    (item,) = IcsUrlSource(f"{server}/cal.ics").read()
    assert item == SourceItem(f"{server}/cal.ics", CALENDAR, "W/1")


def test_url_source_404_names_the_url(server: str) -> None:
    with pytest.raises(ConnectorError) as failed:
        IcsUrlSource(f"{server}/missing.ics").read()
    assert failed.value.where == f"{server}/missing.ics"
    assert "HTTP 404" in str(failed.value) and "check the URL" in str(failed.value)


def test_url_source_never_shows_a_secret(server: str) -> None:
    url = f"{server}/ical/private-0a1b2c3d4e5f67890/basic.ics?key=s3cret"
    with pytest.raises(ConnectorError) as failed:
        IcsUrlSource(url).read()
    assert "private-0a1b" not in str(failed.value) and "s3cret" not in str(failed.value)
    assert failed.value.where == f"{server}/ical/…/basic.ics?…"


@pytest.mark.parametrize("path", ["/page", "/plain-html"])
def test_url_source_rejects_an_html_page(server: str, path: str) -> None:
    with pytest.raises(ConnectorError, match="HTML.*not a calendar") as failed:
        IcsUrlSource(server + path).read()
    assert failed.value.where == server + path


def test_url_source_timeout(server: str) -> None:
    with pytest.raises(ConnectorError, match="no answer within 0.2 seconds"):
        IcsUrlSource(f"{server}/slow", timeout=0.2).read()


def test_url_source_connection_refused() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/cal.ics"
    with pytest.raises(ConnectorError, match="connection refused") as failed:
        IcsUrlSource(url).read()
    assert failed.value.where == url
    assert url in str(failed.value)
