"""Real CalDAV servers for the tests: Radicale, Xandikos and Cyrus, started as subprocesses.

Each server runs on 127.0.0.1 on a free port with its storage in a temporary folder, once per
test session, and is killed at the end. Tests never share data: each one gets a fresh calendar
with a unique name (`fresh_calendar`, or the `caldav_calendar` fixture).

Fixtures: `radicale_server` (no auth: any username and password are accepted, the username picks
the principal), `radicale_htpasswd_server` (htpasswd auth, plain-text file: no bcrypt needed),
`xandikos_server` (no auth at all: one principal, /user/), `cyrus_server` (Cyrus 3.6, the server
Fastmail runs: a sasldb login, Basic auth), and `caldav_server`, parametrized over the three. `caldav_calendar` gives `(server, calendar_url)` for a new empty calendar.

Helpers for tests that play "someone else": `raw_request` sends any method with the server's
login, bypassing the connector under test; `raw_put` and `raw_get` wrap it.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

#: How long a server may take to answer its first request.
STARTUP_SECONDS = 30.0


@dataclass(frozen=True)
class CalDAVServer:
    """A running server: its base URL, a login it accepts, and where that user's calendars live."""

    name: str
    url: str
    username: str
    password: str
    principal_url: str
    calendar_home_url: str
    log: Path | None = None

    def __repr__(self) -> str:
        return f"CalDAVServer({self.name!r}, {self.url!r})"


@dataclass(frozen=True)
class Response:
    """What `raw_request` got back."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _auth_header(username: str, password: str) -> str:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return f"Basic {token}"


def raw_request(
    server: CalDAVServer,
    method: str,
    url: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    password: str | None = None,
) -> Response:
    """One HTTP request with the server's login (or another password), whatever its status."""
    all_headers = {"Authorization": _auth_header(server.username, password or server.password)}
    all_headers.update(headers or {})
    request = urllib.request.Request(url, data=body or None, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Response(
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
            )
    except urllib.error.HTTPError as exc:
        return Response(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


def raw_put(server: CalDAVServer, url: str, data: bytes, etag: str | None = None) -> Response:
    """A PUT as another client would send it (unconditional unless `etag` is given)."""
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    if etag is not None:
        headers["If-Match"] = etag
    return raw_request(server, "PUT", url, data, headers)


def raw_get(server: CalDAVServer, url: str) -> Response:
    return raw_request(server, "GET", url)


def raw_items(server: CalDAVServer, calendar_url: str) -> dict[str, Response]:
    """href -> GET answer of every .ics object in the calendar, listed with a plain REPORT (as
    another client sees them; Cyrus wants the Content-Type)."""
    body = (
        b'<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" '
        b'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop>'
        b'<C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>'
    )
    headers = {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}
    listing = raw_request(server, "REPORT", calendar_url, body, headers).body.decode()
    hrefs = re.findall(r"<(?:[\w-]+:)?href>([^<]+\.ics)</", listing)
    return {h: raw_request(server, "GET", server.url.rstrip("/") + h) for h in hrefs}


def fresh_calendar(server: CalDAVServer, display_name: str | None = None) -> str:
    """MKCALENDAR a new, uniquely named calendar in the user's home; returns its URL."""
    slug = f"test-{uuid.uuid4().hex[:12]}"
    name = display_name or slug
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        f"<D:set><D:prop><D:displayname>{escape(name)}</D:displayname>"
        '<C:supported-calendar-component-set><C:comp name="VEVENT"/>'
        "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
    ).encode()
    url = f"{server.calendar_home_url}{slug}/"
    response = raw_request(
        server, "MKCALENDAR", url, body, {"Content-Type": "application/xml; charset=utf-8"}
    )
    if response.status not in (200, 201):
        raise RuntimeError(f"MKCALENDAR {url} on {server.name}: HTTP {response.status}")
    _MADE.append((server, url))
    return url


#: Calendars `fresh_calendar` made during the running test (deleted after it).
_MADE: list[tuple[CalDAVServer, str]] = []


@pytest.fixture(autouse=True)
def _delete_fresh_calendars() -> Iterator[None]:
    """After each test, delete the calendars it made: Cyrus keeps event UIDs unique across all of
    a user's calendars (RFC 6638 3.2.4.1), so the next test's reminders could not be written."""
    yield
    while _MADE:
        server, url = _MADE.pop()
        with contextlib.suppress(OSError):
            raw_request(server, "DELETE", url)


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    """Poll until the server answers HTTP at all (any status), or fail with its log."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            request = urllib.request.Request(url, method="OPTIONS")
            with urllib.request.urlopen(request, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not answer within {STARTUP_SECONDS}s:\n{log.read_text()}")


@dataclass
class _Running:
    process: subprocess.Popen[bytes]
    log: Path


def _start(args: list[str], url: str, log: Path) -> _Running:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
    try:
        _wait_until_up(process, url, log)
    except BaseException:
        _stop(process)
        raise
    return _Running(process, log)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server (its own process group only), then kill it if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=5)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def start_radicale(folder: Path, *, htpasswd: dict[str, str] | None = None) -> tuple[_Running, str]:
    """Radicale 3.9 on a free port: `--auth-type none` (it denies everyone by default) or htpasswd."""
    port = free_port()
    storage = folder / "storage"
    storage.mkdir(parents=True, exist_ok=True)
    args = [
        "-m",
        "radicale",
        "--config",
        "",
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--storage-filesystem-folder",
        str(storage),
        "--logging-level",
        "warning",
        # Radicale sleeps ~1 s before every 401/403 (a stale sync token is a 403 too) and 1 s
        # before every 5xx: no use in tests.
        "--auth-delay",
        "0",
        "--server-delay-on-error",
        "0",
    ]
    if htpasswd is None:
        args += ["--auth-type", "none"]
    else:
        users = folder / "users"
        users.write_text("".join(f"{u}:{p}\n" for u, p in htpasswd.items()), encoding="utf-8")
        args += [
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(users),
            "--auth-htpasswd-encryption",
            "plain",
        ]
    url = f"http://127.0.0.1:{port}/"
    return _start(args, url, folder / "radicale.log"), url


def start_xandikos(folder: Path) -> tuple[_Running, str]:
    """Xandikos on a free port with `--defaults`: principal /user/, calendars in /user/calendars/."""
    port = free_port()
    args = [
        "-m",
        "xandikos.web",
        "--defaults",
        "-d",
        str(folder / "storage"),
        "--state-dir",
        str(folder / "state"),
        "--no-detect-systemd",
        "-l",
        "127.0.0.1",
        "-p",
        str(port),
    ]
    url = f"http://127.0.0.1:{port}/"
    return _start(args, url, folder / "xandikos.log"), url


#: Debian's cyrus-caldav (+ cyrus-common, sasl2-bin): `.ci/run` installs them.
CYRUS_BIN = Path("/usr/lib/cyrus/bin")
CYRUS_USER = "alex"
CYRUS_PASSWORD = "cyrus-Pa55word"


def _cyrus_config(folder: Path, http: int, lmtp: int) -> None:
    """imapd.conf and cyrus.conf for a private instance: every path under `folder`, CalDAV on
    `http`, LMTP on `lmtp` (its one delivery creates the user's INBOX, which CalDAV needs)."""
    for sub in ("conf/db", "conf/socket", "spool", "lock", "proc", "sieve"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    conf = folder / "imapd.conf"
    conf.write_text(
        f"""configdirectory: {folder}/conf
partition-default: {folder}/spool
proc_path: {folder}/proc
mboxname_lockpath: {folder}/lock
sievedir: {folder}/sieve
lmtpsocket: {folder}/conf/socket/lmtp
idlesocket: {folder}/conf/socket/idle
notifysocket: {folder}/conf/socket/notify
servername: localhost
admins: cyrus
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: {folder}/sasldb2
sasl_mech_list: PLAIN LOGIN
httpmodules: caldav
virtdomains: off
unixhierarchysep: yes
autocreate_post: 1
autocreate_quota: 0
""",
        encoding="utf-8",
    )
    (folder / "cyrus.conf").write_text(
        f"""START {{
  recover cmd="ctl_cyrusdb -C {conf} -r"
}}
SERVICES {{
  http cmd="httpd -C {conf}" listen="127.0.0.1:{http}" prefork=0
  lmtp cmd="lmtpd -C {conf} -a" listen="127.0.0.1:{lmtp}" prefork=0
}}
EVENTS {{
}}
DAEMON {{
}}
""",
        encoding="utf-8",
    )


def start_cyrus(folder: Path) -> tuple[_Running, str]:
    """Cyrus 3.6 CalDAV on a free port, its storage in `folder` (which user `cyrus` must reach:
    the master runs as root and drops to it), one user in a sasldb, the INBOX made by LMTP."""
    if not (CYRUS_BIN / "master").exists():
        raise RuntimeError(
            "Cyrus is not installed: apt-get install -y --no-install-recommends cyrus-caldav "
            "cyrus-common sasl2-bin (the README's test command does it)"
        )
    http, lmtp = free_port(), free_port()
    _cyrus_config(folder, http, lmtp)
    subprocess.run(
        ["saslpasswd2", "-p", "-c", "-f", str(folder / "sasldb2"), "-u", "localhost", CYRUS_USER],
        input=CYRUS_PASSWORD.encode(),
        check=True,
    )
    shutil.chown(folder, "cyrus", "mail")
    for path in folder.rglob("*"):
        shutil.chown(path, "cyrus", "mail")
    log = folder / "cyrus.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(CYRUS_BIN / "master"),
                "-C",
                str(folder / "imapd.conf"),
                "-M",
                str(folder / "cyrus.conf"),
                "-p",
                str(folder / "master.pid"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{http}/"
    try:
        _wait_until_up(process, url, log)
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:  # LMTP listens a moment after HTTP
            try:
                with smtplib.LMTP("127.0.0.1", lmtp, timeout=5) as delivery:
                    delivery.sendmail(
                        "tests@localhost",
                        [CYRUS_USER],
                        b"From: tests@localhost\r\nSubject: create the INBOX\r\n\r\nhello\r\n",
                    )
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    except BaseException:
        _stop(process)
        raise
    return _Running(process, log), url


@pytest.fixture(scope="session")
def cyrus_server() -> Iterator[CalDAVServer]:
    """Cyrus CalDAV with a sasldb login: alex / cyrus-Pa55word. Its storage is a private temp
    folder of its own, as pytest's are closed to the `cyrus` user the server runs as."""
    folder = Path(tempfile.mkdtemp(prefix="followup-cyrus-"))
    folder.chmod(0o755)
    try:
        running, url = start_cyrus(folder)
        try:
            home = f"{url}dav/calendars/user/{CYRUS_USER}/"
            yield CalDAVServer("cyrus", url, CYRUS_USER, CYRUS_PASSWORD, home, home, running.log)
        finally:
            _stop(running.process)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CalDAVServer]:
    """Radicale without authentication; user "alice" (any password)."""
    running, url = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield CalDAVServer(
            "radicale", url, "alice", "any-password", f"{url}alice/", f"{url}alice/", running.log
        )
    finally:
        _stop(running.process)


#: The login of `radicale_htpasswd_server`.
HTPASSWD_USER = "bob"
HTPASSWD_PASSWORD = "s3cret-Pa55word"


@pytest.fixture(scope="session")
def radicale_htpasswd_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CalDAVServer]:
    """Radicale with htpasswd authentication: only bob / s3cret-Pa55word gets in."""
    folder = tmp_path_factory.mktemp("radicale-htpasswd")
    running, url = start_radicale(folder, htpasswd={HTPASSWD_USER: HTPASSWD_PASSWORD})
    try:
        yield CalDAVServer(
            "radicale-htpasswd",
            url,
            HTPASSWD_USER,
            HTPASSWD_PASSWORD,
            f"{url}{HTPASSWD_USER}/",
            f"{url}{HTPASSWD_USER}/",
            running.log,
        )
    finally:
        _stop(running.process)


@pytest.fixture(scope="session")
def xandikos_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CalDAVServer]:
    """Xandikos without authentication (any login is ignored); principal /user/."""
    running, url = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    try:
        yield CalDAVServer(
            "xandikos",
            url,
            "user",
            "any-password",
            f"{url}user/",
            f"{url}user/calendars/",
            running.log,
        )
    finally:
        _stop(running.process)


@pytest.fixture(params=["radicale", "xandikos", "cyrus"])
def caldav_server(request: pytest.FixtureRequest) -> CalDAVServer:
    """Each real server in turn (session-scoped underneath: started once)."""
    server: CalDAVServer = request.getfixturevalue(f"{request.param}_server")
    return server


@pytest.fixture
def caldav_calendar(caldav_server: CalDAVServer) -> tuple[CalDAVServer, str]:
    """A new, empty, uniquely named calendar on each server in turn: (server, calendar URL)."""
    return caldav_server, fresh_calendar(caldav_server)
