"""Whole .ics files as calendars: a local file or an http(s) URL to read, a local file to write.

A file target holds one item, the file itself, named after the file. Writes replace it atomically
(todoman: write a temporary file in the same folder, fsync, rename), and bytes equal to the file's
are not written at all, so a rerun with nothing changed leaves the file untouched.
"""

from __future__ import annotations

import contextlib
import os
import re
import ssl
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime
from importlib import metadata
from pathlib import Path

from .base import ConnectorError, Source, SourceItem, content_etag, network_reason

#: A calendar bigger than this is refused rather than read into memory.
MAX_BYTES = 64 * 1024 * 1024

_URL_SCHEMES = {"http": "http", "https": "https", "webcal": "https", "webcals": "https"}
_SECRET_SEGMENT = re.compile(r"^(?=.*\d)[^/]{16,}$")


def redact_url(url: str) -> str:
    """The URL with what may be a secret left out, for messages and logs.

    Drops user:password, the query, and path segments that look like tokens (16+ characters
    with a digit: Google's "private-<hex>", Outlook's and iCloud's published-calendar keys).
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    with contextlib.suppress(ValueError):
        if parts.port:
            host = f"{host}:{parts.port}"
    segments = ["…" if _SECRET_SEGMENT.match(s) else s for s in parts.path.split("/")]
    query = "?…" if parts.query else ""
    return f"{parts.scheme}://{host}{'/'.join(segments)}{query}"


def _user_agent() -> str:
    try:
        version = metadata.version("followup")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"followup/{version} (calendar follow-up reminders)"


def os_reason(exc: BaseException) -> str:
    """A short reason for an OSError: "permission denied", "is a directory", ..."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


class IcsFileSource:
    """A local .ics file read as a whole; a missing file is an error (the source must exist)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()

    def __repr__(self) -> str:
        return f"IcsFileSource({str(self.path)!r})"

    def read(self, start: datetime | None = None, end: datetime | None = None) -> list[SourceItem]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise ConnectorError(
                "no such file: check the source path ([source] path or --source)", str(self.path)
            ) from None
        except OSError as exc:
            raise ConnectorError(f"cannot read: {os_reason(exc)}", str(self.path)) from exc
        if _looks_like_html("", data):  # a login or error page saved in place of the calendar
            raise ConnectorError(
                "the file holds a web page (HTML), not a calendar: download the calendar's "
                "iCal (.ics) export again; a login page means the link needs a login",
                str(self.path),
            )
        return [SourceItem(str(self.path), data, content_etag(data))]


class IcsUrlSource:
    """An .ics calendar served over http(s) (also webcal://, read as https://).

    Every failure is a ConnectorError whose `where` is the URL without its secret parts.
    """

    def __init__(self, url: str, timeout: float = 30, verify_tls: bool = True) -> None:
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme not in _URL_SCHEMES:
            raise ConnectorError("only http://, https:// and webcal:// URLs can be read", url)
        self.url = _URL_SCHEMES[scheme] + url[len(scheme) :]
        self.where = redact_url(self.url)
        self.timeout = timeout
        self.verify_tls = verify_tls

    def __repr__(self) -> str:
        return f"IcsUrlSource({self.where!r})"

    def read(self, start: datetime | None = None, end: datetime | None = None) -> list[SourceItem]:
        request = urllib.request.Request(
            self.url,
            headers={"User-Agent": _user_agent(), "Accept": "text/calendar, */*;q=0.5"},
        )
        context = None if self.verify_tls else ssl._create_unverified_context()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=context) as resp:
                content_type = resp.headers.get("Content-Type", "")
                etag = resp.headers.get("ETag")
                data = resp.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise ConnectorError(self._http_message(exc.code, exc.reason), self.where) from None
        except urllib.error.URLError as exc:
            raise ConnectorError(network_reason(exc.reason, self.timeout), self.where) from None
        except TimeoutError as exc:
            raise ConnectorError(network_reason(exc, self.timeout), self.where) from None
        except OSError as exc:  # connection reset while reading the body, ...
            raise ConnectorError(network_reason(exc, self.timeout), self.where) from None
        if len(data) > MAX_BYTES:
            raise ConnectorError(f"larger than {MAX_BYTES // 2**20} MiB: not read", self.where)
        if _looks_like_html(content_type, data):
            raise ConnectorError(
                "the server sent a web page (HTML), not a calendar: use the calendar's iCal "
                "(.ics) address, e.g. Google's 'Secret address in iCal format'; a login or "
                "error page means the link is wrong, expired or private",
                self.where,
            )
        return [SourceItem(self.where, data, etag or content_etag(data))]

    def _http_message(self, code: int, reason: object) -> str:
        hints = {
            401: "the calendar needs a login, or the secret link was reset",
            403: "access denied: the calendar is private or the secret link was reset",
            404: "no calendar at this address: check the URL",
            410: "the calendar was removed: check the URL",
        }
        text = f"HTTP {code} {reason}".strip()
        hint = hints.get(code) or ("server error: try again later" if code >= 500 else "")
        return f"{text}: {hint}" if hint else text


def _looks_like_html(content_type: str, data: bytes) -> bool:
    """A web page served in place of a calendar (login walls, error pages, sharing pages)."""
    if content_type.split(";")[0].strip().lower() in {"text/html", "application/xhtml+xml"}:
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write a temporary file in the same folder, fsync it, rename it over `path` (todoman).

    A symlinked `path` stays a symlink (its target is replaced); missing folders are created; an
    existing file keeps its permission bits, a new one is private (0600). ConnectorError names `path`.
    """
    real = path.resolve()
    tmp_name = ""
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        tmp_name = write_temporary(real.parent, real.name, data)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp_name, real.stat().st_mode & 0o7777)
        os.replace(tmp_name, real)
        tmp_name = ""
        fsync_dir(real.parent)
    except OSError as exc:
        raise ConnectorError(f"cannot write: {os_reason(exc)}", str(path)) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_temporary(folder: Path, name: str, data: bytes) -> str:
    """A complete, fsynced `.<name>.XXXX.tmp` in `folder` (remove_leftovers knows the pattern);
    returns its path, for the caller to rename or link into place and to remove on failure."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    with os.fdopen(fd, "wb") as tmp:
        tmp.write(data)
        tmp.flush()
        os.fsync(tmp.fileno())
    return tmp_name


def fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); not possible on every platform, so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def open_source(
    path_or_url: str | os.PathLike[str], *, timeout: float = 30, verify_tls: bool = True
) -> Source:
    """`--source` / `[source] path`: an http(s)/webcal URL, a file:// URL or a local path."""
    text = os.fspath(path_or_url)
    scheme = urllib.parse.urlsplit(text).scheme.lower()
    if scheme in _URL_SCHEMES:
        return IcsUrlSource(text, timeout=timeout, verify_tls=verify_tls)
    if scheme == "file":
        return IcsFileSource(urllib.request.url2pathname(urllib.parse.urlsplit(text).path))
    if "://" in text:
        raise ConnectorError("only http://, https://, webcal:// and file:// URLs can be read", text)
    return IcsFileSource(text)
