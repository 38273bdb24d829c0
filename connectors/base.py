"""The protocol every calendar connector implements: I/O only, no rules (vdirsyncer's storages).

A connector moves bytes. It never parses events, never decides what an interview is, and never
imports `followup.workflows`. Every backend is an *item store*: named items (one .ics object each,
or, for a whole-file target, the one file) with an opaque ETag that changes whenever the bytes do.

Writes are conditional, as in CalDAV (RFC 4791 5.3.2 / RFC 7232): `put(name, data)` without an ETag
creates an item that must not exist yet (If-None-Match: *); `put(name, data, etag)` and
`delete(name, etag)` change an item only while it still has that ETag (If-Match). A mismatch raises
`ConflictError`, so a run never overwrites a change it has not seen.
"""

from __future__ import annotations

import hashlib
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable


class ConnectorError(Exception):
    """A calendar could not be read or written: names the file or URL in `where`.

    The message says what failed and, where it can, what to do about it. `where` is safe to print:
    connectors strip passwords and secret URL parts from it.
    """

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def _root_cause(exc: BaseException) -> BaseException:
    """The socket's own error under the wrappers HTTP libraries put around it (niquests and
    urllib3 nest ConnectionError > MaxRetryError > NewConnectionError > ConnectionRefusedError)."""
    seen: list[BaseException] = []
    while exc not in seen and len(seen) < 20:
        seen.append(exc)
        if isinstance(exc, (ConnectionRefusedError, socket.gaierror, ssl.SSLError)):
            return exc
        reason = getattr(exc, "reason", None)
        inner = (
            exc.__cause__
            or exc.__context__
            or (reason if isinstance(reason, BaseException) else None)
        )
        if inner is None:
            break
        exc = inner
    return exc


def network_reason(exc: object, timeout: float | None = None) -> str:
    """What went wrong reaching a server, in a user's words, with what to check. `exc` is the
    error, or what urllib's URLError gives as its reason (an error or a string)."""
    if not isinstance(exc, BaseException):
        return f"cannot connect: {exc}"
    root = _root_cause(exc)
    if isinstance(root, TimeoutError) or "timeout" in type(exc).__name__.lower():
        within = f" within {timeout:g} seconds" if timeout else ""
        return f"no answer{within} (timeout): check the url and that the server is up"
    if isinstance(root, ConnectionRefusedError):
        return "connection refused: is the server running and the port right?"
    if isinstance(root, socket.gaierror):
        return "host not found: check the URL and the network"
    if isinstance(root, ssl.SSLCertVerificationError):
        return (
            f"TLS certificate not trusted ({root.verify_message}); set verify_tls = false "
            "only for a server you trust"
        )
    if isinstance(root, OSError) and root.strerror:
        return f"cannot connect: {root.strerror.lower()}"
    return f"cannot connect: {root or type(root).__name__}"


class TargetGone(ConnectorError):
    """The target cannot take any write (its calendar does not exist): no use trying the rest."""


class ConflictError(ConnectorError):
    """A conditional write failed: the item changed (or appeared, or vanished) since it was read."""


@dataclass(frozen=True)
class SourceItem:
    """One stored calendar object: its name in the store (file name or href), bytes and ETag."""

    name: str
    data: bytes
    etag: str | None = None


def content_etag(data: bytes) -> str:
    """An ETag for stores without their own: a hash of the bytes (never a modification time)."""
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


def item_name(uid: str) -> str:
    """A file or href name derived from a UID alone (vdir convention: "<uid>.ics").

    Characters that are unsafe in a path or URL segment are replaced by "_", and a hash suffix keeps
    two UIDs that differ only in such characters apart.
    """
    safe = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in uid)
    if safe != uid or not safe or safe.startswith("."):
        safe = f"{safe.lstrip('.')[:80]}-{hashlib.sha256(uid.encode()).hexdigest()[:12]}"
    return f"{safe}.ics"


@runtime_checkable
class Source(Protocol):
    """Where interviews are read from."""

    def read(self, start: datetime | None = None, end: datetime | None = None) -> list[SourceItem]:
        """The source's calendar objects; raises ConnectorError when it cannot be read.

        `start`/`end` is the window of interest: a server may use it to send less (an object
        overlapping it must be included); file sources ignore it and return everything.
        """
        ...


@runtime_checkable
class Target(Protocol):
    """Where reminders are written: a store of named items with conditional writes."""

    def read_items(self) -> list[SourceItem]:
        """Every item currently stored, each with its ETag; an empty or missing store gives []."""
        ...

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        """Create (etag None: must not exist) or replace (etag: must still match) an item.

        Returns the item's new ETag. Writing bytes equal to the stored ones changes nothing.
        Raises ConflictError on an ETag mismatch, ConnectorError on I/O failure.
        """
        ...

    def delete(self, name: str, etag: str) -> None:
        """Remove an item while it still has `etag`; ConflictError otherwise."""
        ...

    def name_for(self, uid: str) -> str:
        """The item name a new calendar object with this UID is stored under (stable per UID)."""
        ...

    def flush(self) -> None:
        """Make batched changes durable (a whole-file store writes once per run); else a no-op."""
        ...
