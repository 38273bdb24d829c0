"""A tiny threaded HTTP proxy that counts what a run sends to a calendar server (and can fail it).

Point a client at `proxy.url` instead of the server's URL: every request is forwarded to the
server unchanged (same path, headers and body) and recorded as a `Request`. `fault` is a hook for
fault injection: called with each request before it is forwarded, it may return a status code to
answer instead (e.g. 503, or 412 for a PUT), and the request is then not forwarded at all.

`plan` is a list of `Fault`s chosen by method, path and the nth matching request: answer a status
(with headers such as Retry-After), reset the connection half-way through the answer, or stall
(answer nothing for a while); each either instead of forwarding, or after forwarding (the server
did the work, the client never hears of it). `latency` slows every request down (so a run is long
enough to be killed in the middle).

Absolute URLs in the server's bodies and Location headers are rewritten to the proxy's address,
so a client that follows hrefs keeps talking through the proxy.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import struct
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: Headers that belong to one connection, not to the request (RFC 9110 7.6.1).
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}


@dataclass(frozen=True)
class Request:
    """One request as the proxy saw it: the status is what the client got back."""

    method: str
    path: str
    status: int
    bytes_in: int
    bytes_out: int
    headers: tuple[tuple[str, str], ...] = ()
    fault: str = ""  # what the plan did to it: "503", "reset", "stall", "" (nothing)

    def header(self, name: str) -> str | None:
        """The value of a request header (case-insensitive), or None."""
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


#: A fault hook: (method, path, request headers) -> a status to send instead, or None to forward.
FaultHook = Callable[[str, str, dict[str, str]], int | None]


@dataclass
class Fault:
    """One planned fault: which requests it hits, and what it does to them.

    `kind` is "status" (answer `status` with `headers`), "reset" (send the headers and half the
    body, then reset the connection) or "stall" (answer nothing for `seconds`, then close).
    A request matches when its method is `method` (None: any) and `path` is in its path; `nth`
    picks only the nth match (1-based; None: every one) and `times` caps the hits. With `upstream`
    the request is forwarded first: the server acts on it, the client never hears the answer.
    """

    kind: str
    method: str | None = None
    path: str = ""
    nth: int | None = None
    times: int | None = None
    status: int = 503
    headers: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0
    upstream: bool = False
    matched: int = field(default=0, compare=False)
    hits: int = field(default=0, compare=False)

    def label(self) -> str:
        what = str(self.status) if self.kind == "status" else self.kind
        return f"{what}{'-after-forward' if self.upstream else ''}"

    def _takes(self, method: str, path: str) -> bool:
        """Counts the match and says whether this request is hit (call under the proxy's lock)."""
        if self.method not in (None, method) or self.path not in path:
            return False
        self.matched += 1
        if self.nth is not None and self.matched != self.nth:
            return False
        if self.times is not None and self.hits >= self.times:
            return False
        self.hits += 1
        return True


def status(
    code: int, method: str | None = None, *, retry_after: str | None = None, **kw: Any
) -> Fault:
    """Answer `code` instead of forwarding (or after forwarding, with upstream=True)."""
    headers = (("Retry-After", retry_after),) if retry_after is not None else ()
    return Fault("status", method, status=code, headers=headers, **kw)


def reset(method: str | None = None, **kw: Any) -> Fault:
    """Close the connection half-way through the answer (a reset, not a clean close)."""
    return Fault("reset", method, **kw)


def stall(seconds: float, method: str | None = None, **kw: Any) -> Fault:
    """Say nothing for `seconds` (longer than the client's timeout), then close."""
    return Fault("stall", method, seconds=seconds, **kw)


class CountingProxy:
    """Forwards to `target` (a base URL such as "http://127.0.0.1:5232") and records each request."""

    def __init__(
        self, target: str, fault: FaultHook | None = None, plan: list[Fault] | None = None
    ) -> None:
        parts = urllib.parse.urlsplit(target)
        self.target_host = parts.hostname or "127.0.0.1"
        self.target_port = parts.port or 80
        self.target_origin = f"{parts.scheme}://{parts.netloc}"
        self.fault = fault
        self.plan: list[Fault] = list(plan or [])
        self.latency = 0.0  # seconds added before every forwarded request
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # wakes stalled handlers on stop()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self.port = self._server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = self.origin + parts.path
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    def start(self) -> CountingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def reset(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self.requests.clear()

    def count(self, method: str | None = None) -> int:
        """How many requests were recorded (of one method, when given)."""
        with self._lock:
            return sum(1 for r in self.requests if method is None or r.method == method)

    def methods(self) -> list[str]:
        """The methods of the recorded requests, in order."""
        with self._lock:
            return [r.method for r in self.requests]

    def bytes_out(self) -> int:
        """The response bytes sent back to the client in total."""
        with self._lock:
            return sum(r.bytes_out for r in self.requests)

    def faults(self) -> list[Request]:
        """The recorded requests the plan (or the hook) failed."""
        with self._lock:
            return [r for r in self.requests if r.fault]

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _pick(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.plan:
                if fault._takes(method, path):
                    return fault
        return None

    def _rewrite(self, data: bytes) -> bytes:
        return data.replace(self.target_origin.encode(), self.origin.encode())

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                """Quiet: the recorded requests are the log."""

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                recorded = tuple(headers.items())
                status = proxy.fault(self.command, self.path, headers) if proxy.fault else None
                planned = None if status is not None else proxy._pick(self.command, self.path)
                label = str(status) if status is not None else ""
                reply: list[tuple[str, str]] = []
                data = b""
                if status is None and (planned is None or planned.upstream):
                    if proxy.latency:
                        proxy._stopping.wait(proxy.latency)
                    status, reply, data = self._upstream(body, headers)
                if planned is not None:
                    label = planned.label()
                    if planned.kind == "status":
                        status, reply, data = planned.status, list(planned.headers), b""
                # Recorded before the answer goes out: a client never sees an unrecorded reply.
                proxy._record(
                    Request(
                        self.command, self.path, status or 0, len(body), len(data), recorded, label
                    )
                )
                if planned is not None and planned.kind == "stall":
                    proxy._stopping.wait(planned.seconds)
                    self.close_connection = True
                    return
                if planned is not None and planned.kind == "reset":
                    # Half of the whole answer: inside the headers of a short one (a 204 to a
                    # PUT), inside the body of a long one (a REPORT). Then a reset.
                    head = f"HTTP/1.1 {status or 502} Cut\r\n" + "".join(
                        f"{key}: {value}\r\n" for key, value in reply
                    )
                    raw = (head + f"Content-Length: {len(data)}\r\n\r\n").encode("latin-1") + data
                    self.wfile.write(raw[: len(raw) // 2])
                    self._reset()
                    return
                self.send_response(status or 502)
                for key, value in reply:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _reset(self) -> None:
                """Abort the connection: SO_LINGER 0 makes close() send a TCP RST."""
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.wfile.flush()
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()

            def _upstream(
                self, body: bytes, headers: dict[str, str]
            ) -> tuple[int, list[tuple[str, str]], bytes]:
                headers["Host"] = f"{proxy.target_host}:{proxy.target_port}"
                conn = http.client.HTTPConnection(proxy.target_host, proxy.target_port, timeout=30)
                try:
                    conn.request(self.command, self.path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = proxy._rewrite(response.read())
                    reply = []
                    for key, value in response.getheaders():
                        if key.lower() in _HOP_BY_HOP or key.lower() == "content-length":
                            continue
                        if key.lower() == "location":
                            value = value.replace(proxy.target_origin, proxy.origin)
                        reply.append((key, value))
                    return response.status, reply, data
                finally:
                    conn.close()

            do_GET = do_PUT = do_DELETE = do_HEAD = do_POST = do_OPTIONS = _forward
            do_PROPFIND = do_PROPPATCH = do_REPORT = do_MKCALENDAR = do_MKCOL = _forward
            do_MOVE = do_COPY = _forward

        return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a stall, a reset) is part of the test, not an error to print."""


@contextmanager
def counting_proxy(
    target: str, fault: FaultHook | None = None, plan: list[Fault] | None = None
) -> Iterator[CountingProxy]:
    """A started CountingProxy in front of `target`, stopped on exit."""
    proxy = CountingProxy(target, fault, plan).start()
    try:
        yield proxy
    finally:
        proxy.stop()
